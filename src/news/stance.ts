/**
 * The speaker's stance toward the change on the issue, from cue phrases in the quotation: "off the
 * table", "red line", "poison pill" oppose; "essential", "must", "accountable" support; "a good
 * start", "open to", "amenable" are open or conditional. A negation just before a cue ("not", "n't",
 * "never", "no") turns it: a negated support opposes, a negated opposition is open, a negated
 * openness opposes. A short answer ("It is," when asked whether X is essential) takes the cues of
 * the question around it, turned by a negative answer ("No," "I don't think so").
 */

export type NewsStance = 'supports change' | 'opposes change' | 'open or conditional' | 'not a stance';

export const NEWS_STANCES: readonly NewsStance[] = [
  'supports change',
  'opposes change',
  'open or conditional',
  'not a stance',
];

type Polarity = 'supports change' | 'opposes change' | 'open or conditional';

const CUES: Readonly<Record<Polarity, readonly RegExp[]>> = {
  'opposes change': [
    /\boff the table\b/g,
    /\bred lines?\b/g,
    /\bpoison pills?\b/g,
    /\bnon-?starters?\b/g,
    /\bdeal-?breakers?\b/g,
    /\bdead on arrival\b/g,
    /\boppos(?:e|es|ed|ing)\b/g,
    /\bagainst\b/g,
    /\breject\w*/g,
    /\bunacceptable\b/g,
    // What a proposal's opponents call it.
    /\bunworkable\b/g,
    /\bover-?reach\w*/g,
    /\bheavy-handed\b/g,
    /\bburdensome\b/g,
    /\bone-size-fits-all\b/g,
    /\b(?:go|goes|going|went) too far\b/g,
    /\bno way\b/g,
    /\bnever (?:support|accept|agree|vote)\b/g,
  ],
  'supports change': [
    /\bessential\b/g,
    /\bparamount\b/g,
    /\bmust\b/g,
    /\bhave got to\b/g,
    /\bneeds? to\b/g,
    /\bhas to\b/g,
    /\bnecessary\b/g,
    /\bcritical\b/g,
    /\bvital\b/g,
    /\bimperative\b/g,
    /\baccountab\w*/g,
    /\bsupport(?:s|ed|ing)?\b/g,
    /\bin favou?r of\b/g,
    /\burgent\w*/g,
    /\blong overdue\b/g,
    // What those who want more call a proposal.
    /\bhalf-?measures?\b/g,
    /\b(?:non-?|not )negotiable\b/g,
    /\bnot (?:nearly |good )?enough\b/g,
    /\b(?:not|n't) go (?:nearly )?far enough\b/g,
    /\b(?:we|you|they|i|america|congress|the country) needs?\b/g,
    /\bget (?:a |the |this |it |that )?(?:bill )?done\b/g,
  ],
  'open or conditional': [
    /\ba good start\b/g,
    /\bgood first step\b/g,
    /\bstep in the right direction\b/g,
    /\bopen to\b/g,
    /\bamenable\b/g,
    /\bwilling to\b/g,
    /\baccept(?:s|ed|ing)?\b/g,
    /\bacceptable\b/g,
    /\bconsider\w*/g,
    /\bexamin\w*/g,
    /\blook(?:ing)? (?:at|into)\b/g,
    /\bbridge\b/g,
    /\b(?:common|middle) ground\b/g,
    /\bcompromise\w*/g,
    /\bmaybe\b/g,
    /\bperhaps\b/g,
    /\bdepends\b/g,
    /\bas long as\b/g,
    /\bprovided that\b/g,
    /\bexplor\w*/g,
    /\bon the table\b/g,
    /\bworth (?:a look|considering|discussing|exploring)\b/g,
  ],
};

const NEGATION = /(?:\bnot|n't|\bnever|\bno|\bnor|\bnothing|\bnobody|\bwithout|\bhardly)(?:\s+\w+){0,2}\s*$/;

/** A modal before a cue of support hedges it: "I could support ..." is open or conditional. */
const HEDGE = /\b(?:could|might|may|would)(?:\s+\w+)?\s*$/;

/** A condition in the same words: support "if" something else holds is conditional. */
const CONDITION = /\b(?:if|unless|as long as|provided|so long as)\b/;

const TURNED: Readonly<Record<Polarity, Polarity>> = {
  'supports change': 'opposes change',
  'opposes change': 'open or conditional',
  'open or conditional': 'opposes change',
};

/** Each polarity's cues as one pattern: one pass over the text per polarity. */
const COMBINED: readonly [Polarity, RegExp][] = (Object.keys(CUES) as Polarity[]).map((polarity) => [
  polarity,
  new RegExp(CUES[polarity].map((p) => `(?:${p.source})`).join('|'), 'g'),
]);

/** The cues of a text with their polarity, negation applied, in order of appearance. */
function cues(text: string, own: boolean): { polarity: Polarity; at: number }[] {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const found: { polarity: Polarity; at: number; end: number }[] = [];
  for (const [polarity, pattern] of COMBINED) {
    for (const m of lower.matchAll(pattern)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      // "on the table" inside "off the table" is not a cue of its own.
      if (found.some((f) => at < f.end && end > f.at)) continue;
      const before = lower.slice(Math.max(0, at - 30), at);
      const negated = NEGATION.test(before);
      let turned = negated ? TURNED[polarity] : polarity;
      if (turned === 'supports change' && (HEDGE.test(before) || (own && CONDITION.test(lower))))
        turned = 'open or conditional';
      found.push({ polarity: turned, at, end });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The stance of a text's cues: the most frequent polarity, the strongest (opposition) on a tie. */
function stanceOfCues(found: readonly { polarity: Polarity }[]): NewsStance {
  if (found.length === 0) return 'not a stance';
  const order: Polarity[] = ['opposes change', 'supports change', 'open or conditional'];
  let best: Polarity = order[0] as Polarity;
  let bestCount = -1;
  for (const p of order) {
    const n = found.filter((f) => f.polarity === p).length;
    if (n > bestCount) {
      best = p;
      bestCount = n;
    }
  }
  return best;
}

const NEGATIVE_ANSWER = /^(?:no\b|not\b|nope\b|never\b|i don't think so|i do not think so|absolutely not)/i;

/** The stance of a quotation, with its sentence outside the quotation for short answers. */
export function stanceOf(quote: string, sentenceOutside: string): { stance: NewsStance; fromQuote: boolean } {
  const own = cues(quote, true);
  if (own.length > 0) return { stance: stanceOfCues(own), fromQuote: true };
  const words = quote.split(/\s+/).filter((w) => w.length > 0).length;
  if (words <= 4) {
    const asked = cues(sentenceOutside, false);
    if (asked.length > 0) {
      const turn = NEGATIVE_ANSWER.test(quote.trim());
      return {
        stance: stanceOfCues(asked.map((c) => ({ polarity: turn ? TURNED[c.polarity] : c.polarity }))),
        fromQuote: false,
      };
    }
  }
  return { stance: 'not a stance', fromQuote: true };
}
