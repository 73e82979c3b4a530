import { indexedAlternation } from './cue-pattern.js';
import { ISSUE_TERM_SOURCE, isProcessTalk } from './issues.js';

/**
 * The speaker's stance toward the change on the issue, from cue phrases in the quotation. A stance
 * needs an evaluative cue about a change; words about the talks themselves ("good discussions",
 * "days, not weeks") and a bare "must" or "need to" with no reform after it are none. The cues:
 *
 * - limits the speaker sets: "off the table", "red line", "a bridge too far", "reject" (oppose;
 *   a passive "were rejected" reports others); negated ("not a red line") they open the door;
 * - what opponents call a proposal or fear of it: "unworkable", "overreach", "defunding the
 *   police", "taking money away from police", "officers will quit" (oppose); negated ("that's
 *   not defunding anybody") they rebut the charge: support;
 * - giving up a reform, "drop the immunity provision", "water down the ban" (oppose; negated,
 *   "I'm not giving up on this", support; by others, "if they drop it", the speaker's fear:
 *   support);
 * - a verb of keeping with the status quo as its object, "protect qualified immunity", "keep the
 *   current standard", "defend the protections officers have" (oppose; negated, support);
 * - a verb of change with a reform target as its object, "end qualified immunity", "ban these
 *   raids", "lower the bar", "hold officers accountable" (support; negated, oppose), and an
 *   obligation whose object is a reform ("any ban has to include ...", "needs subpoena power");
 * - evaluative words for a change: "essential", "long overdue", "half-measure", "deserve their
 *   day in court" (support; negated, oppose); the harm the status quo allows ("died", "anguish",
 *   "abuse", "kept out of court"; not an officer's death), blame for inaction ("inaction is
 *   unacceptable", "they still can't agree", "should be ashamed"), urgency and persistence ("the
 *   time is now", "we will not stop"), criticism of a weaker measure ("weaker", "not as strong as
 *   it should be"), the bill as the answer, praise of a proposal, conditioning grants;
 * - openness: "a good start", "open to", "could live with", "as long as", the perfect and the
 *   good (open; negated, oppose, except the saying that carries its own negation).
 *
 * A forecast ("likely", "odds are") is no support: "it's more likely than not that we will get a
 * bill done".
 *
 * A negation just before a cue ("not", "n't", "cannot", "never", "no"), or inside a cue of two
 * parts ("should not rewrite that standard"), turns it as above. A modal right
 * before a support ("I could support ...") hedges it, and so does a condition ("if", "unless")
 * in a quotation whose support is the speaker's own attitude ("I'd back it if ..."), not the
 * content of the rule ("if a department takes federal dollars, it should meet ..."). A short answer
 * ("It is," when asked whether X is essential) takes the cue of its sentence nearest to it, turned
 * as that cue's kind turns by a negative answer ("No," "Not a chance," "I don't think so").
 *
 * Without a cue, the only side read is the speaker's role as the article introduces them (a victim's
 * relative, a civil-rights advocate): it comes from the article's own words, never from the
 * negotiation data, since the stances extracted here are proposed as positions of the negotiation
 * (position-proposal.ts) and a prior drawn from those positions would only echo them back; the
 * basis of each stance says when the role was read.
 */

export type NewsStance = 'supports change' | 'opposes change' | 'open or conditional' | 'not a stance';

export const NEWS_STANCES: readonly NewsStance[] = [
  'supports change',
  'opposes change',
  'open or conditional',
  'not a stance',
];

type Polarity = 'supports change' | 'opposes change' | 'open or conditional';

/**
 * A cue made of a head and its object a few words on: a verb and what it acts on ("end ...
 * qualified immunity"), an obligation and the reform it asks for. The head is found first and the
 * object read only after it, so the lexicon of objects costs little.
 */
interface Frame {
  readonly head: string;
  readonly object: string;
  /** How many words may stand between the head and its object. */
  readonly within: number;
  /** What must end the text before the head (a verb's base form only where a verb may stand). */
  readonly licensed?: RegExp;
  /** Words that may not stand between head and object ("should drop the registry"). */
  readonly notBetween?: string;
}

/** A kind of cue: its polarity, what a negation before it makes of it, and its patterns. */
interface CueKind {
  readonly polarity: Polarity;
  readonly negated: Polarity;
  /** Whether the cue is the speaker's attitude, which a condition in the quotation hedges. */
  readonly attitude: boolean;
  /** The polarity when a third party is the subject ("they drop it"), where it differs. */
  readonly byOthers?: Polarity;
  readonly patterns: readonly RegExp[];
  readonly frames?: readonly Frame[];
}

/** The object of a verb of change: a term of an issue, a word for the rule or practice, or the bill. */
const CHANGE_TARGET = `(?:${ISSUE_TERM_SOURCE}|\\b(?:it|them|this|that|these|those|doctrine|standards?|bar|test|practices?|program|rules?|laws?|loopholes?|protections?|shield|bills?|legislation|reforms?)\\b)`;

/** What the status quo is made of: a term of an issue, the officers it protects, what is current. */
const STATUS_QUO = `(?:${ISSUE_TERM_SOURCE}|\\b(?:officers?|police|cops|law enforcement|the badge|protections?|status quo|current|existing|it)\\b)`;

/** Verbs of changing a rule or practice, base form. */
const CHANGE_BASE =
  '\\b(?:end|eliminate|abolish|ban|outlaw|prohibit|restrict|limit|curb|lower|reform|overhaul|narrow|scrap|repeal|change|fix|strengthen|expand|create|establish|condition|tie|rein in|rewrite|revise|tighten|pass|enact|sign)\\b';

/** Verbs of changing a rule or practice, -ing form: a verb or a gerund wherever it stands. */
const CHANGE_ING =
  '\\b(?:ending|eliminating|abolishing|banning|outlawing|prohibiting|restricting|limiting|curbing|lowering|reforming|overhauling|narrowing|scrapping|repealing|changing|fixing|strengthening|expanding|creating|establishing|conditioning|tying|reining in|rewriting|revising|tightening|passing|enacting|signing)\\b';

/**
 * Where a base form is a verb: after "to", a modal, a negation, a subject pronoun, or opening a
 * clause ("Lower the bar"); not a noun after a determiner or a modifier ("a chokehold ban").
 */
const VERB_PLACE =
  /(?:^|[.!?;:,"“]\s*|\b(?:to|must|should|will|would|can|could|shall|'ll|'d|n't|not|never|we|i|you|they|let's|and|or|also|just|finally|then|please)\s+)$/;

/** Verbs of giving up or weakening a reform. */
const RETREAT_VERB =
  '\\b(?:drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?|giv(?:e|es|en|ing) up(?: on)?|gave up(?: on)?|water(?:s|ed|ing)? down|weaken(?:s|ed|ing)?|gut(?:s|ted|ting)?)\\b';

/** What a reform is, as the object of giving it up. */
const REFORM_OBJECT = `(?:${ISSUE_TERM_SOURCE}|\\b(?:provisions?|demands?|language|reforms?|requirements?|bans?|registry|database|standards?|this|it|that|anything|the fight)\\b)`;

/** Verbs of keeping. */
const KEEP_VERB =
  '\\b(?:protect(?:ing)?|preserv(?:e|ing)|keep(?:ing)?(?!\\s+\\w+ing\\b)|defend(?:ing)?|maintain(?:ing)?|retain(?:ing)?|sav(?:e|ing)|uphold(?:ing)?)\\b';

/** What a reform is made of, as the object of an obligation ("we need real penalties"). */
const REFORM_NOUN =
  '\\b(?:bans?|registry|database|data|standards|limits|restrictions|reforms?|accountability|conditions|requirements|oversight|transparency|subpoena|accreditation|consequences|penalties|teeth)\\b';

const OBLIGATION = '\\b(?:must|needs? to|has to|have (?:got )?to|ought to|should)\\b';

const KINDS: readonly CueKind[] = [
  {
    // Limits the speaker sets.
    polarity: 'opposes change',
    negated: 'open or conditional',
    attitude: false,
    patterns: [
      /\boff the table\b/,
      /\bred lines?\b/,
      /\bpoison pills?\b/,
      /\bnon-?starters?\b/,
      /\bdeal-?breakers?\b/,
      /\bdeal-?killers?\b/,
      /\bdead on arrival\b/,
      /\b(?:a )?bridge too far\b/,
      /\b(?:go|goes|going|went|gone) too far\b/,
      /\blines? (?:\w+ ){0,3}(?:not|n't|never) (?:cross|go)\b/,
      /\boppos(?:e|es|ed|ing)\b/,
      /\bagainst\b/,
      // A passive ("were rejected") reports what others did; it is no limit the speaker sets.
      /\breject\w*(?<!\b(?:was|were|been|being|be|got) (?:\w+ )?reject\w*)/,
      /\bunacceptable\b/,
      /\bno way\b/,
      /\bnever (?:support|accept|agree|vote)\b/,
      /\bnot if\b/,
      // Refusing to take something away: keeping it.
      /\b(?:won't|will not|not going to|never|can't|cannot)(?:\s+\w+){0,3}\s+(?:take (?:\w+ )?away|strip|cut off)\b/,
    ],
  },
  {
    // What those who oppose a proposal call it.
    polarity: 'opposes change',
    negated: 'supports change',
    attitude: false,
    patterns: [
      /\bunworkable\b/,
      /\bover-?reach\w*/,
      /\bheavy-handed\b/,
      /\bburdensome\b/,
      /\bone-size-fits-all\b/,
      /\bdefund\w*/,
      /\b(?:an |a direct )?attacks? on\b/,
      /\bpunish\w*/,
      /\bwitch-? ?hunts?\b/,
      /\banti-police\b/,
      /\bwar on (?:police|cops|law enforcement|officers)\b/,
      /\bhandcuff\w*/,
      /\btak(?:e|es|ing|en|ke) (?:\w+ ){0,2}money away from\b/,
      // That officers will leave the job: the argument of those who fear a reform.
      /\b(?:officers|cops|police)\b(?:\s+\S+){0,2}\s+(?:walk away|quit|leave the (?:job|force|profession))\b/,
      /\bti(?:e|es|ed|ing) (?:\w+ ){0,2}hands\b/,
      /\brecipe for\b/,
      /\bsecond-?guess\w*/,
      /\bnationali[sz]\w*/,
      /\bfederali[sz]\w*/,
      /\b(?<!\bof )(?:officers|police|cops|law enforcement)\b(?:\s+\S+){0,2}\s+deserves?\b/,
    ],
  },
  {
    // Giving up a reform: "drop the immunity provision", "water down the ban"; when others give it
    // up ("if they drop it"), the speaker fears or blames it.
    polarity: 'opposes change',
    negated: 'supports change',
    byOthers: 'supports change',
    attitude: false,
    patterns: [],
    frames: [{ head: RETREAT_VERB, object: REFORM_OBJECT, within: 3 }],
  },
  {
    // Keeping the status quo.
    polarity: 'opposes change',
    negated: 'supports change',
    attitude: false,
    patterns: [],
    frames: [{ head: KEEP_VERB, object: STATUS_QUO, within: 3 }],
  },
  {
    // The speaker's own support.
    polarity: 'supports change',
    negated: 'opposes change',
    attitude: true,
    patterns: [
      /\bsupport(?:s|ed|ing)?\b/,
      /\bin favou?r of\b/,
      /\bvot(?:e|ing) for\b/,
      /\b(?:i'm|i am|we're|we are) (?:all |still )?for\b/,
      // Where the talks agree to a reform: "on chokeholds, we're there".
      /\bwe(?:'re| are| were) there(?= on\b|[,.]|$)/,
    ],
    frames: [
      // Praise of a proposal: "I appreciate his leadership putting together a reform proposal".
      {
        head: '\\b(?:appreciat|applaud|commend|welcom|prais)\\w*',
        object: '\\b(?:bills?|proposals?|legislation|reforms?|plan|efforts?)\\b',
        within: 8,
      },
    ],
  },
  {
    // A change, or an obligation to make one.
    polarity: 'supports change',
    negated: 'opposes change',
    attitude: false,
    patterns: [/\bhold(?:s|ing)? (?:\S+ ){1,3}(?:accountable|responsible|liable)\b/, /\baccountab\w*/],
    frames: [
      { head: CHANGE_BASE, object: CHANGE_TARGET, within: 4, licensed: VERB_PLACE },
      { head: CHANGE_ING, object: CHANGE_TARGET, within: 4 },
      {
        head: OBLIGATION,
        object: `(?:${CHANGE_BASE}|${REFORM_NOUN})`,
        within: 3,
        notBetween: `${RETREAT_VERB}|${KEEP_VERB}`,
      },
      { head: REFORM_NOUN, object: OBLIGATION, within: 3 },
      { head: '\\b(?:needs?|wants?)\\b', object: REFORM_NOUN, within: 2 },
    ],
  },
  {
    // What those who want a change say of it or of what falls short of it.
    polarity: 'supports change',
    negated: 'opposes change',
    attitude: false,
    patterns: [
      /\bessential\b/,
      /\bparamount\b/,
      /\bnecessary\b(?![- ]force)/,
      /\bcritical\b/,
      /\bvital\b/,
      /\bimperative\b/,
      /\burgent\w*/,
      /\blong overdue\b/,
      /\bhalf-?measures?\b/,
      /\b(?:non-?|not )negotiable\b/,
      /\bnot (?:nearly |good )?enough\b/,
      /\b(?:not|n't) go (?:nearly )?far enough\b/,
      /\bget (?:a |the |this |it |that )?(?:bill )?done\b/,
      /\bday in court\b/,
      // Those harmed kept out of court.
      /\b(?:can't|cannot|can never|never) (?:get|go) (?:in)?to (?:a )?(?:court(?:room)?|trial|a jury)\b/,
      /\bpriorit(?:y|ies)\b/,
      /\bcommon-?\s?sense\b/,
      /\bno (?:bill|deal|agreement) without\b/,
      /\brecourse\b/,
      /\bjustice for\b/,
      // The bill as the answer to a wrong.
      /\b(?:bill|legislation|act|reform)\b(?:\s+\S+){0,2}\s+(?:is|will be) (?:our |the |how we )answer\w*/,
      // Criticism of a weaker measure: the speaker wants more.
      /\b(?:narrower|weaker|watered-down|toothless)\b/,
      /\bless effective\b/,
      /\bnot as \w+ as (?:it|they|this|that) (?:should|could|ought to) be\b/,
      /\bbarely mov\w*/,
      /\bfalls? (?:far )?short\b/,
      // A rebuttal of the charge that a reform targets officers.
      /\bnot about (?:\w+ ){0,2}(?:good )?(?:officers|cops|police|law enforcement)\b/,
      // Harm and injustice the status quo allows.
      // Not an officer's death, the police side's grief ("a deputy was killed"), nor the risk an act
      // runs ("knocking gets somebody killed"), which either side may argue.
      /\b(?:die|died|dying|killed|killings?)\b(?<!(?:\b(?:officers?|deput(?:y|ies)|troopers?|cops?|sergeants?|lieutenants?)\b(?:\s+\S+){0,2}\s+(?:(?:was|were|been|being|get|gets|got)\s+(?:\w+\s+)?)?|\b(?:get|gets|getting|got)\s+(?:\w+\s+){1,2})(?:die|died|dying|killed|killings?))/,
      /\banguish\b/,
      /\bcries of\b/,
      /\bloved ones\b/,
      /\babus(?:e|es|ed|ing|ive)\b/,
      /\begregious\b/,
      /\binjustice\b/,
      /\bbrutal\w*/,
      /\bconsequences?\b/,
      /\bnever happen\b/,
      /\bnever again\b/,
      // What policing is not (the negation is the claim): "our neighborhoods are not war zones".
      /\b(?:are|is|were|was) not (?:an? )?(?:war zones?|arm(?:y|ies)|battlefields?|occupying (?:force|army))\b/,
      /\bwar zones?\b/,
      /\boccupying (?:force|army)\b/,
      /\bright now\b(?<=(?:^|[.!?"“]\s*)right now)/,
      // Blame for inaction.
      /\b(?:inaction|the status quo|doing nothing|delay)\b(?:\s+\S+){0,2}?\s+(?:is|are|was)\s+(?:\w+\s+)?(?:unacceptable|not an option|wrong|shameful|a disgrace)\b/,
      /\binaction\b/,
      /\bembarrass\w*/,
      /\bashamed\b/,
      /\bshameful\b/,
      /\bdisgrace\w*/,
      /\b(?:they|congress|washington|the senate|lawmakers|republicans|democrats)\s+(?:still\s+|just\s+)?(?:can't|cannot|couldn't|won't|haven't|hasn't|didn't|failed to)(?:\s+\w+){0,2}?\s+(?:agree|act|pass|deliver)\b/,
      // Persistence.
      /\b(?:will not|won't|not going to|never) stop\b/,
      /\bkeep fighting\b/,
      // Promises deferred: "they keep telling us next time".
      /\b(?:keep|keeps|kept) (?:telling|promising) (?:us|me|them|families|victims)\b/,
      /\bnot the end of (?:the|this|our) fight\b/,
      /\bthe fight (?:goes on|continues|is not over)\b/,
      /\b(?:get|take|pass) what we can\b/,
      // Conditioning grants: "if your department wants those grant dollars, ...".
      /\bif (?:a|your|the|any|their) (?:department|agency|city|state|county|police force)s? (?:wants?|takes?|accepts?|gets?) (?:\w+ ){0,3}(?:grants?|dollars|money|funds|funding)\b/,
      /\b(?:the )?time (?:is|for \w+ is) now\b/,
      /\b(?:it's|it is) (?:long )?past time\b/,
      // What the status quo lets happen.
      /\bunpunished\b/,
      /\bget(?:s|ting)? away with\b/,
      /\bimpunity\b/,
      /\btoo many (?:\w+ )?(?:lives|deaths|shootings|killings|families|victims)\b/,
      // Urgency.
      /\b(?:can't|cannot|can not|won't|will not) (?:keep )?wait(?:ing)?\b/,
      /\bwaited (?:long )?enough\b/,
      /\b(?:every|each) (?:day|week|month|year) (?:we|they|congress) (?:wait|waits|delays?)\b/,
      /\b(?:victims|families|communities|people|americans|citizens|everyone)\b(?:\s+\S+){0,4}\s+deserves?\b/,
    ],
  },
  {
    // Not letting the perfect be the enemy of the good: taking what can pass. A negation is part of
    // the saying ("we can't get a perfect bill"), so it turns nothing.
    polarity: 'open or conditional',
    negated: 'open or conditional',
    attitude: false,
    patterns: [
      /\b(?:altar|enemy) of (?:the )?(?:perfect|good)\b/,
      /\b(?:a|the) perfect (?:bill|deal|agreement|law)\b/,
    ],
  },
  {
    polarity: 'open or conditional',
    negated: 'opposes change',
    attitude: false,
    patterns: [
      /\ba good start\b/,
      /\b(?:good|reasonable|decent|fair|sensible) (?:place|point) to start\b/,
      /\bstarting point\b/,
      /\bonly if\b/,
      /\bstands? ready\b/,
      /\bready to (?:work|talk|negotiate|sit down)\b/,
      /\bgood first step\b/,
      /\bstep in the right direction\b/,
      /\bopen to\b/,
      /\bamenable\b/,
      /\bwilling to\b/,
      /\baccept(?:s|ed|ing)?\b/,
      /\bacceptable\b/,
      /\b(?:can|could|would) live with\b/,
      /\bconsider\w*/,
      /\bexamin\w*/,
      // Looking at a proposal, not at what is coming ("we'll be looking at a very different year").
      /\blook(?:ing)? (?:at|into)(?= (?:it|that|this|them|those|these|(?:the|his|her|their|your|any|a) (?:\w+ )?(?:proposals?|ideas?|plans?|bills?|language|options?))\b|[\s,."”]*$)/,
      /\bbridge\b/,
      /\b(?:common|middle) ground\b/,
      /\bcompromise\w*/,
      /\bmaybe\b/,
      /\bperhaps\b/,
      /\bdepends\b/,
      /\bas long as\b/,
      /\bprovided that\b/,
      /\bexplor\w*/,
      /\bon the table\b/,
      /\bworth (?:a look|considering|discussing|exploring)\b/,
      /\bintrigu\w*/,
      /\binteresting (?:idea|proposal|approach|concept)\b/,
      /\bcome back (?:\w+ ){0,5}?later\b/,
    ],
  },
];

const NEGATION =
  /(?:\b(?:nobody|no one|none of us)\b(?:\s+\S+){0,4}\s+(?:is|are|was|were|will|would)\s*$)|(?:\bnot|\bcannot|n't|\bnever|\bno|\bnor|\bnothing|\bnobody|\bwithout|\bhardly)(?:\s+\w+){0,2}\s*$/;

/** A modal before a cue of support hedges it: "I could support ..." is open or conditional. */
const HEDGE = /(?:\b(?:could|might|may|would)|'d)(?:\s+\w+)?\s*$/;

/** A condition in the same words: the speaker's support "if" something else holds is conditional. */
const CONDITION = /\b(?:if|unless|as long as|provided|so long as)\b/;

/** One alternative of the cue pattern: a kind's plain cues, or one of its frames. */
interface Alternative {
  readonly kind: CueKind;
  /** The alternative alone, to try it where another failed. */
  readonly here: RegExp;
  /** The object pattern of a frame, read where its head ends; null for plain cues. */
  readonly object: RegExp | null;
  readonly licensed: RegExp | null;
}

const SOURCES: readonly { kind: CueKind; source: string; frame: Frame | null }[] = KINDS.flatMap((kind) => [
  ...kind.patterns.map((p) => ({ kind, source: p.source, frame: null })),
  ...(kind.frames ?? []).map((frame) => ({ kind, source: frame.head, frame })),
]);

const ALTERNATIVES: readonly Alternative[] = SOURCES.map(({ kind, source, frame }) => ({
  kind,
  here: new RegExp(source, 'y'),
  object: frame
    ? new RegExp(
        `(?:\\s+${frame.notBetween ? `(?!${frame.notBetween})` : ''}\\S+){0,${frame.within}}?\\s+(?:${frame.object})`,
        'y',
      )
    : null,
  licensed: frame?.licensed ?? null,
}));

/**
 * Every cue as one pattern, a capturing group per alternative (in the order of KINDS, which decides
 * between cues at the same place): one pass over a text finds them all.
 */
const ALL_CUES_SOURCE = indexedAlternation(SOURCES.map(({ source }) => source));
const ALL_CUES = new RegExp(ALL_CUES_SOURCE.source, 'g');

/** The first alternative from `from` on whose group a match defines. */
function matchedAlternative(m: RegExpExecArray, groupOf: readonly number[], from: number): number {
  for (let k = 0; k < groupOf.length; k++) if (m[groupOf[k] as number] !== undefined) return from + k;
  return -1;
}

/** The end of the cue of an alternative at `at` (its head matched, ending at `headEnd`), or -1. */
function cueEnd(alternative: Alternative, lower: string, at: number, headEnd: number): number {
  if (!alternative.object) return headEnd;
  if (alternative.licensed && !alternative.licensed.test(lower.slice(Math.max(0, at - 12), at))) return -1;
  alternative.object.lastIndex = headEnd;
  return alternative.object.test(lower) ? alternative.object.lastIndex : -1;
}

/**
 * The alternatives after each one as one sticky pattern (built when first needed): where a frame's
 * object is missing, the next alternative that starts at the same place is found in one match.
 */
const LATER: ({ pattern: RegExp; groupOf: readonly number[] } | null)[] = ALTERNATIVES.map(() => null);
function laterThan(first: number): { pattern: RegExp; groupOf: readonly number[] } {
  let later = LATER[first];
  if (!later) {
    const rest = SOURCES.slice(first + 1).map(({ source }) => source);
    const { source, groupOf } = indexedAlternation(rest);
    later = { pattern: rest.length > 0 ? new RegExp(source, 'y') : /(?!)/y, groupOf };
    LATER[first] = later;
  }
  return later;
}

/** The first cue at `at` from alternative `first` on: its alternative and end. */
function cueAt(lower: string, at: number, first: number, headEnd: number) {
  let end = cueEnd(ALTERNATIVES[first] as Alternative, lower, at, headEnd);
  if (end >= 0) return { alternative: ALTERNATIVES[first] as Alternative, end };
  // A frame whose object is missing: a later alternative may still start here ("ban" the noun).
  let i = first;
  for (;;) {
    const later = laterThan(i);
    later.pattern.lastIndex = at;
    const m = later.pattern.exec(lower);
    if (!m) return null;
    i = matchedAlternative(m, later.groupOf, i + 1);
    const alternative = ALTERNATIVES[i] as Alternative;
    end = cueEnd(alternative, lower, at, at + m[0].length);
    if (end >= 0) return { alternative, end };
  }
}

/** A cue found: its polarity, what a negative answer to it would be, where it starts. */
interface Cue {
  readonly polarity: Polarity;
  readonly turned: Polarity;
  readonly at: number;
}

const FORECAST_BEFORE =
  /\b(?:likely|unlikely|probably|odds are|chances are|i expect|we expect|predict)\b[^.!?;]{0,40}$/;

const NECESSITY_BEFORE = /\b(?:can't|cannot|can not) (?:have|get|achieve|expect)\s+$/;
const CONDITION_AFTER = /^\s*(?:\S+\s+){0,2}?(?:if|without|unless|when)\b/;

/** A third party as the subject right before a cue: "if they drop it". */
const THIRD_PARTY_BEFORE = /\b(?:they|he|she|republicans|democrats|the other side)\s+(?:\w+\s+)?$/;

const NEGATED_INSIDE = /\b(?:not|never)\b|n't\b/;

/** The cues of a text with their polarity, negation applied, in order of appearance. */
function cues(text: string, own: boolean): Cue[] {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const found: Cue[] = [];
  // The module's pattern itself, not a copy per call (`new RegExp(ALL_CUES)`): a copy of so large a
  // pattern made cues() measurably slower. Nothing cues() calls reads or moves its lastIndex.
  const pattern = ALL_CUES;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
    const at = m.index;
    const first = matchedAlternative(m, ALL_CUES_SOURCE.groupOf, 0);
    const cue = cueAt(lower, at, first, at + m[0].length);
    if (!cue) {
      pattern.lastIndex = at + 1;
      continue;
    }
    pattern.lastIndex = cue.end;
    const { kind } = cue.alternative;
    const before = lower.slice(Math.max(0, at - 30), at);
    // A negation before the cue, or inside a frame ("should not rewrite that standard"), turns it.
    // "You cannot have accountability if ...": a condition of the cue, not its negation.
    const necessity =
      NECESSITY_BEFORE.test(before) && CONDITION_AFTER.test(lower.slice(cue.end, cue.end + 40));
    const negated =
      (!necessity && NEGATION.test(before)) ||
      (cue.alternative.object !== null && NEGATED_INSIDE.test(lower.slice(at, cue.end)));
    // A forecast is no stance: "it's more likely than not that we will get a bill done".
    if (kind.polarity === 'supports change' && FORECAST_BEFORE.test(lower.slice(Math.max(0, at - 60), at)))
      continue;
    let turned = negated ? kind.negated : kind.polarity;
    if (own && kind.byOthers && !negated && THIRD_PARTY_BEFORE.test(before)) turned = kind.byOthers;
    if (
      turned === 'supports change' &&
      (HEDGE.test(before) || (own && kind.attitude && CONDITION.test(lower)))
    )
      turned = 'open or conditional';
    found.push({ polarity: turned, turned: turned === kind.polarity ? kind.negated : kind.polarity, at });
  }
  return found;
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

/** A negative answer: "No," "Not really," "I don't think so" (but not "no problem"). */
const NEGATIVE_ANSWER =
  /^(?:no(?:[,.!;:]|$)|not\b|nope\b|never\b|i don't think so|i do not think so|absolutely not)/i;

/**
 * Where a quotation's stance came from: its own cue, its sentence (a short answer), the speaker's
 * role in the article, or nothing.
 */
export type StanceBasis = 'quotation' | 'sentence' | 'speaker role' | 'none';

/** What may be known of a speaker's side before reading the quotation. */
export interface SpeakerSide {
  /**
   * 'supports change' when the article introduces the speaker as a relative of someone killed or
   * hurt by police or as a civil-rights advocate (extract.ts), or null.
   */
  readonly role: 'supports change' | null;
}

/**
 * The stance of a quotation. A short answer without cues of its own ("It is," when asked whether
 * X is essential) takes the cue of its sentence nearest to it, before or after the quotation,
 * turned by a negative answer. Without a cue, the speaker's role is read, and the basis says so:
 * a victim's relative or a civil-rights advocate speaks to the press for the change, so any of
 * their quotations that is not process talk. A cue in the text always wins over it.
 */
export function stanceOf(
  quote: string,
  sentenceBefore: string,
  sentenceAfter: string,
  side: SpeakerSide = { role: null },
): { stance: NewsStance; fromQuote: boolean; basis: StanceBasis } {
  const own = cues(quote, true);
  if (own.length > 0) return { stance: stanceOfCues(own), fromQuote: true, basis: 'quotation' };
  const words = quote.split(/\s+/).filter((w) => w.length > 0).length;
  if (words <= 4) {
    const before = cues(sentenceBefore, false).at(-1);
    const after = cues(sentenceAfter, false)[0];
    const distanceBefore = before ? sentenceBefore.length - before.at : Number.POSITIVE_INFINITY;
    const nearest = after && after.at < distanceBefore ? after : before;
    if (nearest) {
      const turn = NEGATIVE_ANSWER.test(quote.trim().replace(/’/g, "'"));
      return { stance: turn ? nearest.turned : nearest.polarity, fromQuote: false, basis: 'sentence' };
    }
  }
  if (side.role !== null && !isProcessTalk(quote))
    return { stance: side.role, fromQuote: true, basis: 'speaker role' };
  return { stance: 'not a stance', fromQuote: true, basis: 'none' };
}
