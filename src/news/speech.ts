/**
 * The verbs that attribute words to their subject, as printed, lower case. Two kinds are read
 * only in one place: a calling verb ("called the bill a “non-starter”", "described it as ...")
 * gives the speaker of the words quoted after it in its sentence, never of words before it; a
 * question verb ("she asked") gives the speaker only of a question right before it, since
 * elsewhere its subject asks someone else ("Asked about ..., Scott said").
 */

/** Verbs that attribute words to their subject. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    'say says said saying',
    'tell tells told telling',
    'add adds added adding',
    'note notes noted noting',
    'argue argues argued arguing',
    'insist insists insisted insisting',
    'explain explains explained explaining',
    'answer answers answered',
    'reply replies replied',
    'respond responds responded',
    'write writes wrote',
    'stated declare declares declared',
    'acknowledge acknowledges acknowledged',
    'concede concedes conceded',
    'warn warns warned warning',
    'caution cautions cautioned',
    'predict predicts predicted',
    'vow vows vowed',
    'promise promises promised',
    'stress stresses stressed',
    'emphasize emphasizes emphasized emphasise emphasises emphasised',
    'maintain maintains maintained',
    'contend contends contended',
    'complain complains complained',
    'claim claims claimed',
    'recall recalls recalled',
    'counter counters countered',
    'quip quips quipped',
    'remark remarks remarked',
    'observe observes observed',
    'suggest suggests suggested',
    'tweet tweets tweeted',
    'announce announces announced',
    'admit admits admitted',
    'conclude concludes concluded',
    'recount recounts recounted',
    'lament laments lamented',
    'pledge pledges pledged',
    'testify testifies testified',
    'continue continues continued',
    'plead pleads pleaded pleading',
    'called describes described dismisses dismissed hails hailed derides derided',
    'characterizes characterized characterises characterised deems deemed labeled labelled branded',
    'ask asks asked',
    'according',
  ]
    .join(' ')
    .split(' '),
);

/** Verbs whose subject calls something by the words quoted after them. */
export const CALLING_VERBS: ReadonlySet<string> = new Set(
  [
    'called describes described dismisses dismissed hails hailed derides derided',
    'characterizes characterized characterises characterised deems deemed labeled labelled branded',
  ]
    .join(' ')
    .split(' '),
);

/** Verbs whose subject asks the question quoted right before them. */
export const QUESTION_VERBS: ReadonlySet<string> = new Set(['ask', 'asks', 'asked']);
