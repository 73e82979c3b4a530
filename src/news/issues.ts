import { ISSUES, type IssueId } from '../negotiation/model.js';
import { cueAlternation } from './cue-pattern.js';

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

/**
 * Cue patterns of each issue, over lower-case text: the terms of the statute or doctrine at issue,
 * the remedy it governs, and the words the press uses for them.
 */
const CUES: Readonly<Record<SpecificIssue, readonly RegExp[]>> = {
  // Qualified immunity: a defence to civil suits for damages under 42 U.S.C. 1983
  // (Harlow v. Fitzgerald, 457 U.S. 800 (1982): "clearly established" rights).
  QI: [
    /\bqualified immunity\b/g,
    /\bimmunity\b/g,
    /\b(?:sue|sued|sues|suing)\b/g,
    /\blawsuits?\b/g,
    /\bcivil (?:court|courts|suits?|liability|litigation|cases?|actions?|damages|rights lawsuits?)\b/g,
    /\b(?:taken|brought|take|bring|hauled) (?:\w+ ){0,2}to court\b/g,
    /\bday in court\b/g,
    // Those harmed going to court are plaintiffs in civil suits.
    /\b(?:get|go|gets|going) (?:in)?to (?:a )?court(?:room)?\b/g,
    /\bcourthouse doors?\b/g,
    /\bpersonal(?:ly)? (?:liab|responsib|accountab)\w*/g,
    /\bliab(?:le|ility)\b/g,
    /\bliability (?:insurance|shield)\b/g,
    /\bindemnif\w*/g,
    /\bdamages\b/g,
    /\bclearly established\b/g,
    /\brespondeat superior\b/g,
    /\b(?:legal )?shield(?:s|ed|ing)?\b/g,
    /\bthe doctrine\b/g,
    /\bemployers?\b/g,
    /\bsection 1983\b/g,
  ],
  // 18 U.S.C. 242: a crime to deprive someone of a right under colour of law "willfully"
  // (Screws v. United States, 325 U.S. 91 (1945)); the reform would reach "knowing or reckless" acts.
  S242: [
    /\bsection 242\b/g,
    /\b242\b/g,
    /\bcriminal(?:ly)? (?:prosecut\w*|charg\w*|liab\w*|standard|intent|code|statute|cases?)\b/g,
    /\bprosecut\w*/g,
    /\bmens rea\b/g,
    /\bmental state\b/g,
    /\bwill?ful(?:ly|ness)?\b/g,
    /\breckless(?:ly|ness)?\b/g,
    /\bknowing(?:ly)? or reckless/g,
    /\bspecific intent\b/g,
    /\b(?:lower|lowers|lowering|lowered)\b(?:\s+\w+){0,3}\s+(?:standard|bar)\b/g,
    /\bstandard (?:to|for) (?:prosecut|charg|convict)\w*/g,
    /\bcharged\b/g,
    /\bconvict(?:ed|ion|ions)?\b/g,
    /\b(?:go|sent|send|sending) to (?:prison|jail)\b/g,
    /\b(?:prison|jail) (?:time|terms?|sentences?)\b/g,
    /\bjur(?:y|ies|ors)\b/g,
  ],
  CHOKEHOLD: [
    /\bchoke ?holds?\b/g,
    /\bcarotid\b/g,
    /\bneck (?:restraints?|holds?)\b/g,
    /\bstrangleholds?\b/g,
    /\bcan'?t breathe\b/g,
  ],
  // Warrants that dispense with the knock-and-announce rule (Wilson v. Arkansas, 514 U.S. 927 (1995);
  // Richards v. Wisconsin, 520 U.S. 385 (1997)).
  NOKNOCK: [
    /\bno-? ?knock\b/g,
    /\bknock[- ]and[- ]announce\b/g,
    /\b(?:search )?warrants?\b/g,
    /\braids?\b/g,
    /\bbattering rams?\b/g,
    /\bbreonna taylor\b/g,
    /\bknocking\b/g,
  ],
  DATA: [
    /\bregistry\b/g,
    /\bdatabases?\b/g,
    /\bdata\b/g,
    /\breporting(?: requirements?)?\b/g,
    /\bmisconduct records?\b/g,
    /\b(?:de)?certif(?:y|ied|ication)\b/g,
    /\bdecertif\w*/g,
    /\bwandering officers?\b/g,
    /\b(?:re-?hired?|hired (?:again|elsewhere|by (?:another|the next|a different)))\b/g,
    /\bdisciplinary records?\b/g,
    /\btransparency\b/g,
    /\b(?:report|track|collect)\w* (?:\w+ ){0,2}(?:uses? of force|misconduct|shootings|stops)\b/g,
  ],
  // 34 U.S.C. 12601: the Attorney General's civil action against a "pattern or practice" of
  // unconstitutional policing.
  PATTERN: [
    /\bpattern[- ]or[- ]practice\b/g,
    /\bconsent decrees?\b/g,
    /\bsubpoena\w*/g,
    /\bcivil rights division\b/g,
    /\b12601\b/g,
    /\binvestigat\w* (?:\w+ ){0,2}(?:departments|agencies)\b/g,
  ],
  // The constitutional test is "objective reasonableness" (Graham v. Connor, 490 U.S. 386 (1989)).
  UOF: [
    /\buse[- ]of[- ]force\b/g,
    /\buses? of force\b/g,
    /\bdeadly force\b/g,
    /\bde-?escalat\w*/g,
    /\b(?:reasonable|necessary)[- ]force\b/g,
    /\bobjectively reasonable\b/g,
    /\blast resort\b/g,
    /\bduty to intervene\b/g,
    /\bgraham v\.? connor\b/g,
  ],
  // 10 U.S.C. 2576a: the Defense Department's transfers of surplus property ("1033 program").
  MILEQUIP: [
    /\bmilitary(?:-style| surplus)? (?:equipment|gear|weapons|vehicles|hardware)\b/g,
    /\b1033\b/g,
    /\b2576a\b/g,
    /\bmilitari[sz]\w*/g,
    /\barmou?red vehicles?\b/g,
    /\btanks?\b/g,
    /\bmraps?\b/g,
    /\bgrenade launchers?\b/g,
    /\bbayonets?\b/g,
    /\bsurplus\b/g,
    /\bpentagon\b/g,
  ],
  // Conditions on federal grants to state and local police: Byrne JAG (34 U.S.C. 10151) and
  // COPS (34 U.S.C. 10381), and the accreditation the grants could require.
  FUNDING: [
    /\bgrants?\b/g,
    /\bfunding\b/g,
    /\bfunds\b/g,
    /\bfederal (?:money|funds|dollars)\b/g,
    /\b(?:grant|federal|their|the) money\b/g,
    /\bmoney (?:away|flowing)\b/g,
    /\bbyrne\b/g,
    /\bjag\b/g,
    /\bcops (?:grants?|program|office|funding|hiring)\b/g,
    // An incentive paid in grants; not any incentive ("change incentives across the profession").
    /\b(?:grant|financial|federal|funding|fiscal) incentives?\b/g,
    /\bincentive (?:grants?|funding|payments?)\b/g,
    /\bwithh(?:o|e)ld\w*\b/g,
    /\beligib\w*/g,
    /\baccredit\w*/g,
    /\bdefund\w*/g,
    /\bpurse\b/g,
  ],
};

/** Any term of a specific issue, as a pattern source: what a verb of change or of keeping is about. */
export const ISSUE_TERM_SOURCE: string = (Object.values(CUES) as RegExp[][])
  .flat()
  .map((p) => `(?:${p.source})`)
  .join('|');

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
  /\bmeasures?\b(?<!half-measures?)/g,
  /\boverhaul\b/g,
  /\breforms?\b/g,
  /\bbipartisan\b/g,
  /\bframework\b/g,
  /\bconference\b(?! calls?\b)/g,
  /\bjustice in policing act\b/g,
  /\bjustice act\b/g,
];

/**
 * Process talk: what negotiators say of the talks themselves, their pace, mood and meetings
 * ("we're making progress", "days, not weeks", "good discussions", "closer than ever"). Such a
 * quotation is about the negotiation as a whole unless it names an issue itself, whatever the
 * paragraphs around it are about.
 */
const PROCESS_TALK = new RegExp(
  [
    /\bprogress\b/,
    /\bproductive\b/,
    /\b(?:good|great|constructive|frank|candid|positive|serious|tough|hard) (?:\w+ )?(?:discussions?|conversations?|talks|meetings?|faith|phase)\b/,
    /\bgoodwill\b/,
    /\b(?:meet|meeting|met|talking|talked|working|worked) (?:again|every day|daily|hard|through|together|tomorrow|today|this week|next week|on it)\b/,
    /\b(?:days|weeks|months),? (?:not|or) (?:days|weeks|months)\b/,
    /\b(?:days|weeks|months) away\b/,
    /\bcloser\b/,
    /\b(?:close to|near) (?:a deal|an agreement|agreement|done|the end)\b/,
    /\bfar (?:apart|away|from (?:a deal|an agreement))\b/,
    /\b(?:final|home) stretch\b/,
    /\bfinish line\b/,
    /\bhopeful\b/,
    /\boptimis\w*/,
    /\bmomentum\b/,
    /\bnegotiate in public\b/,
    /\bwork to be done\b/,
    /\bstill talking\b/,
    // The moves of bargaining.
    // Walking out of the talks, not officers walking away from the job.
    /\bwalk(?:s|ed|ing)? (?:out|away)(?! from (?:this|the|their|his|her) (?:job|jobs|profession|force|badge))\b/,
    /\b(?:left|leave) off\b/,
    /\bpick(?:s|ed|ing)? (?:it )?(?:up|back up) where\b/,
    /\b(?:our|their|your|his|her) turn\b/,
    /\bmoved (?:a long way|a lot|a great deal|far)\b/,
    /\bhalfway\b/,
    /\b(?:good|bad|positive|encouraging|hopeful|promising) signs?\b/,
    /\b(?:back to|come to|at|leave|left) the table\b/,
    /\bgoal ?posts\b/,
    /\bnew demands?\b/,
    /\b(?:counter-?)?offers?\b/,
    /\b(?:on|off) track\b/,
    /\bbreakthrough\b/,
    /\bimpasse\b/,
    /\bstall(?:s|ed|ing)?\b/,
    /\bsticking points?\b/,
    /\bdeadline\b/,
  ]
    .map((p) => `(?:${p.source})`)
    .join('|'),
);

/** Whether a quotation is process talk about the negotiation (see PROCESS_TALK) naming no issue. */
export function isProcessTalk(quote: string): boolean {
  const lower = quote.toLowerCase().replace(/’/g, "'");
  if (!PROCESS_TALK.test(lower)) return false;
  const issue = issueOf(lower);
  return issue === null || issue === 'general';
}

/** Every cue as one pattern, a named group per issue: one pass over a text finds them all. */
const ALL_CUES = new RegExp(
  cueAlternation(
    [
      ...NEWS_ISSUES.filter((i): i is SpecificIssue => i !== 'general').map((i) => [i, CUES[i]] as const),
      ['general', GENERAL] as const,
    ].map(([issue, patterns]) => [issue, patterns.map((p) => p.source)] as const),
  ),
  'g',
);

/** How many different specific issues make a list of the bill's contents (the package, `general`). */
const PACKAGE_ISSUES = 3;

function cueScores(text: string): Map<NewsIssue, number> {
  const scores = new Map<NewsIssue, number>();
  const lower = text.toLowerCase();
  // exec on the module's pattern, not matchAll: matchAll copies the pattern (new RegExp) on every
  // call, and a copy of so large a pattern cost most of the time of cueScores.
  ALL_CUES.lastIndex = 0;
  for (let m = ALL_CUES.exec(lower); m !== null; m = ALL_CUES.exec(lower)) {
    if (m[0].length === 0) ALL_CUES.lastIndex += 1;
    const groups = m.groups ?? {};
    const issue = NEWS_ISSUES.find((i) => groups[i] !== undefined);
    if (issue) scores.set(issue, (scores.get(issue) ?? 0) + 1);
  }
  return scores;
}

/** Whether a text lists the bill's contents: three or more specific issues ("a ban on chokeholds, limits on military equipment and a database"). */
function isPackage(scores: ReadonlyMap<NewsIssue, number>): boolean {
  return [...scores.keys()].filter((i) => i !== 'general').length >= PACKAGE_ISSUES;
}

/**
 * The issue cued in one text, or null when it has no cue; `general` when only the talks are, or
 * when it lists three or more issues (the package as a whole).
 */
export function issueOf(text: string): NewsIssue | null {
  return issueOfScores(cueScores(text));
}

function issueOfScores(scores: ReadonlyMap<NewsIssue, number>): NewsIssue | null {
  if (isPackage(scores)) return 'general';
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
 * The issue of a quotation from texts at widening levels (quotation, sentence, the speaker's
 * previous quotation in the paragraph, paragraph, previous paragraphs...): the first level with a
 * cue of a specific issue decides; a level may be an issue already decided (a quotation continues
 * its speaker's). Words of the talks in general decide `general` only in the first
 * `generalDecides` levels (the quotation and its own paragraph), and there, when found outside the
 * quotation, only if no specific issue is named in them: further out, a paragraph about
 * the bill in general does not stop the topic carried over from before it, unless it lists three
 * or more issues (the package as a whole).
 * `general` when no level names an issue, with the level it came from (0 for the quotation) for
 * the confidence.
 */
export function issueOfLevels(
  levels: readonly (() => NewsIssue | string | null)[],
  generalDecides: number = levels.length,
): {
  issue: NewsIssue;
  level: number;
} {
  for (let level = 0; level < levels.length; level++) {
    const read = (levels[level] as () => NewsIssue | string | null)();
    if (read === null) continue;
    if (isIssue(read)) return { issue: read, level };
    const scores = cueScores(read);
    const issue = issueOfScores(scores);
    // A list of the bill's issues decides `general` at any level: the story was about the package.
    // Words of the bill in the narrative around a quotation ("if negotiators cannot resolve it")
    // yield to an issue its own paragraph names; the quotation's own words of the bill do not.
    if (issue === 'general' && level > 0 && level < generalDecides && !isPackage(scores)) {
      for (let k = level + 1; k < generalDecides && k < levels.length; k++) {
        const further = (levels[k] as () => NewsIssue | string | null)();
        const specific = further === null ? null : isIssue(further) ? further : issueOf(further);
        if (specific && specific !== 'general') return { issue: specific, level: k };
      }
      return { issue, level };
    }
    if (issue && (issue !== 'general' || level < generalDecides || isPackage(scores)))
      return { issue, level };
  }
  return { issue: 'general', level: levels.length };
}

/** A level may give an issue already decided (the speaker's previous quotation's). */
const isIssue = (s: string): s is NewsIssue => (NEWS_ISSUES as readonly string[]).includes(s);
