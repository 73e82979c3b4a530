/**
 * The issue a quotation is about, in the vocabulary of the annotations (the negotiation's issues,
 * or `general` for the bill or the talks as a whole), from a lexicon of cue words read at widening
 * levels: the quotation, its sentence, the rest of its paragraph, then the paragraphs before it
 * one by one. The first level with any cue decides: a cue of a specific issue outweighs the
 * words of the talks in general ("deal", "bill"), which outweigh nothing.
 */

export type NewsIssue =
  | 'QI'
  | 'S242'
  | 'CHOKEHOLD'
  | 'NOKNOCK'
  | 'DATA'
  | 'PATTERN'
  | 'UOF'
  | 'MILEQUIP'
  | 'FUNDING'
  | 'general';

export const NEWS_ISSUES: readonly NewsIssue[] = [
  'QI',
  'S242',
  'CHOKEHOLD',
  'NOKNOCK',
  'DATA',
  'PATTERN',
  'UOF',
  'MILEQUIP',
  'FUNDING',
  'general',
];

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

const count = (text: string, patterns: readonly RegExp[]) =>
  patterns.reduce((n, p) => n + (text.match(p)?.length ?? 0), 0);

/** The issue cued in one text, or null when it has no cue; `general` when only the talks are. */
export function issueOf(text: string): NewsIssue | null {
  const lower = text.toLowerCase();
  let best: SpecificIssue | null = null;
  let bestScore = 0;
  for (const issue of NEWS_ISSUES) {
    if (issue === 'general') continue;
    const score = count(lower, CUES[issue]);
    if (score > bestScore) {
      best = issue;
      bestScore = score;
    }
  }
  if (best) return best;
  return count(lower, GENERAL) > 0 ? 'general' : null;
}

/**
 * The issue of a quotation from texts at widening levels (quotation, sentence, paragraph,
 * previous paragraphs...): the first level with a cue decides. `general` when none has any, with
 * the level it came from (0 for the quotation) for the confidence.
 */
export function issueOfLevels(levels: readonly string[]): { issue: NewsIssue; level: number } {
  for (let level = 0; level < levels.length; level++) {
    const issue = issueOf(levels[level] as string);
    if (issue) return { issue, level };
  }
  return { issue: 'general', level: levels.length };
}
