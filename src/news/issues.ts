import { ISSUES, type IssueId } from '../negotiation/model.js';

/**
 * The issue a quotation is about, in the vocabulary of the annotations (the negotiation's issues,
 * or `general` for the bill or the talks as a whole), from a lexicon of cue words read at widening
 * levels: the quotation, its sentence, the rest of its paragraph, then the paragraphs before it
 * one by one. The first level with any cue decides: a cue of a specific issue outweighs the
 * words of the talks in general ("deal", "bill"), which outweigh nothing.
 */

/** The negotiation's issues, and `general` for the bill or the talks as a whole. */
export type NewsIssue = IssueId | 'general';

export const NEWS_ISSUES: readonly NewsIssue[] = [...ISSUES, 'general'];

type SpecificIssue = Exclude<NewsIssue, 'general'>;

/** Cue patterns of each issue, over lower-case text. */
const CUES: Readonly<Record<SpecificIssue, readonly RegExp[]>> = {
  QI: [
    /\bqualified immunity\b/g,
    /\bimmunity\b/g,
    /\b(?:sue|sued|sues|suing)\b/g,
    /\blawsuits?\b/g,
    /\bcivil (?:court|courts|suits?|liability|litigation|cases?|actions?|damages)\b/g,
    /\b(?:taken|brought|take|bring|hauled) (?:\w+ ){0,2}to court\b/g,
    /\bpersonal(?:ly)? liab/g,
    /\bemployers?\b/g,
    /\bsection 1983\b/g,
  ],
  S242: [
    /\bsection 242\b/g,
    /\b242\b/g,
    /\bcriminal(?:ly)? (?:prosecut\w*|charg\w*|liab\w*|standard|intent|code|statute)\b/g,
    /\bprosecut\w*/g,
    /\bmens rea\b/g,
    /\bwill?ful(?:ly|ness)?\b/g,
    /\breckless(?:ly|ness)?\b/g,
    /\b(?:lower|lowers|lowering|lowered)\b(?:\s+\w+){0,3}\s+(?:standard|bar)\b/g,
    /\bstandard (?:to|for) (?:prosecut|charg|convict)\w*/g,
    /\bcharged\b/g,
  ],
  CHOKEHOLD: [/\bchoke ?holds?\b/g, /\bcarotid\b/g, /\bneck restraints?\b/g, /\bstrangleholds?\b/g],
  NOKNOCK: [/\bno-? ?knock\b/g],
  DATA: [
    /\bregistry\b/g,
    /\bdatabases?\b/g,
    /\bdata\b/g,
    /\breporting requirements?\b/g,
    /\bmisconduct records?\b/g,
    /\b(?:report|track|collect)\w* (?:\w+ ){0,2}(?:uses? of force|misconduct|shootings)\b/g,
  ],
  PATTERN: [
    /\bpattern[- ]or[- ]practice\b/g,
    /\bconsent decrees?\b/g,
    /\bsubpoena\w*/g,
    /\binvestigat\w* (?:\w+ ){0,2}(?:departments|agencies)\b/g,
  ],
  UOF: [
    /\buse[- ]of[- ]force (?:standards?|polic\w+|rules?)\b/g,
    /\bdeadly force\b/g,
    /\bde-?escalat\w*/g,
    /\b(?:reasonable|necessary)[- ]force\b/g,
    /\bobjectively reasonable\b/g,
    /\blast resort\b/g,
  ],
  MILEQUIP: [
    /\bmilitary(?:-style| surplus)? (?:equipment|gear|weapons|vehicles|hardware)\b/g,
    /\b1033\b/g,
    /\bmilitari[sz]\w*/g,
    /\barmou?red vehicles?\b/g,
  ],
  FUNDING: [
    /\bgrants?\b/g,
    /\bfunding\b/g,
    /\bfederal (?:money|funds|dollars)\b/g,
    /\bbyrne\b/g,
    /\bjag\b/g,
    /\bincentives?\b/g,
    /\bwithh(?:o|e)ld\w*\b/g,
  ],
};

/** Words of the bill or the negotiation as a whole. */
const GENERAL: readonly RegExp[] = [
  /\bbills?\b/g,
  /\blegislation\b/g,
  /\blegislative\b/g,
  /\bdeal\b/g,
  /\bagreements?\b/g,
  /\bnegotiat\w*/g,
  /\btalks\b/g,
  /\bpackage\b/g,
  /\boverhaul\b/g,
  /\breforms?\b/g,
  /\bbipartisan\b/g,
  /\bframework\b/g,
  /\bconference\b(?! calls?\b)/g,
  /\bjustice in policing act\b/g,
  /\bjustice act\b/g,
];

/** A list of cue patterns as one, for one pass over a text. */
/** Every cue as one pattern, a named group per issue: one pass over a text finds them all. */
const ALL_CUES = new RegExp(
  [
    ...NEWS_ISSUES.filter((i): i is SpecificIssue => i !== 'general').map((i) => [i, CUES[i]] as const),
    ['general', GENERAL] as const,
  ]
    .map(([issue, patterns]) => `(?<${issue}>${patterns.map((p) => `(?:${p.source})`).join('|')})`)
    .join('|'),
  'g',
);

/** The issue cued in one text, or null when it has no cue; `general` when only the talks are. */
export function issueOf(text: string): NewsIssue | null {
  const scores = new Map<NewsIssue, number>();
  for (const m of text.toLowerCase().matchAll(ALL_CUES)) {
    const groups = m.groups ?? {};
    const issue = NEWS_ISSUES.find((i) => groups[i] !== undefined);
    if (issue) scores.set(issue, (scores.get(issue) ?? 0) + 1);
  }
  let best: NewsIssue | null = null;
  let bestScore = 0;
  // A specific issue outweighs the talks in general; on a tie, the first in NEWS_ISSUES.
  for (const issue of NEWS_ISSUES) {
    const score = scores.get(issue) ?? 0;
    if (issue !== 'general' && score > bestScore) {
      best = issue;
      bestScore = score;
    }
  }
  if (best) return best;
  return (scores.get('general') ?? 0) > 0 ? 'general' : null;
}

/**
 * The issue of a quotation from texts at widening levels (quotation, sentence, paragraph,
 * the speaker's previous quotation in the paragraph, previous paragraphs...): the first level with
 * a cue decides; a level may be an issue already decided (a quotation continues its speaker's). `general` when none has any, with
 * the level it came from (0 for the quotation) for the confidence.
 */
export function issueOfLevels(levels: readonly (() => NewsIssue | string | null)[]): {
  issue: NewsIssue;
  level: number;
} {
  for (let level = 0; level < levels.length; level++) {
    const read = (levels[level] as () => NewsIssue | string | null)();
    if (read === null) continue;
    const issue = isIssue(read) ? read : issueOf(read);
    if (issue) return { issue, level };
  }
  return { issue: 'general', level: levels.length };
}

/** A level may give an issue already decided (the speaker's previous quotation's). */
const isIssue = (s: string): s is NewsIssue => (NEWS_ISSUES as readonly string[]).includes(s);
