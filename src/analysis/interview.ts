import {
  bestQuestion,
  evaluateTargets,
  type FactSpec,
  factsFromObject,
  MOOT,
  type RankedQuestion,
  type Regime,
  type Target,
  type Value,
  withFact,
} from '../engine/index.js';
import {
  beyondRoutes,
  evaluateIncident,
  FACT_GROUPS,
  INCIDENT_FACTS,
  type Incident,
  type Result,
  ROUTES,
  type RouteName,
  type RouteStatus,
  statusOf,
  toIncident,
} from '../law/index.js';
import { inWords } from './in-words.js';

/**
 * The interview: ask only what matters, explain why it is asked, and stop when every route of
 * every selected regime is settled, and every grant at risk, tactic's condition or breach and
 * reporting duty too (or nothing left to ask could settle more).
 */

export interface QuestionAnswer {
  readonly value: Value;
  readonly label: string;
  /** What this answer settles: route statuses by regime, e.g. "officerSuit available under current". */
  readonly settles: string;
}

export interface Question {
  readonly path: string;
  readonly type: FactSpec['type'];
  readonly wording: string;
  readonly help: string | null;
  /** The allowed answers; "don't know" is always allowed besides these. */
  readonly answers: readonly QuestionAnswer[];
  /**
   * What under which regimes depends on the answer, answer by answer: routes, grants at risk,
   * tactics' conditions and breaches, reporting duties.
   */
  readonly why: string;
  /** The routes the answer is expected to settle. */
  readonly expectedSettled: number;
  /** The grants, tactics and reporting duties the answer is expected to settle. */
  readonly expectedSettledBeyondRoutes: number;
  /** Asked for a route still open that needs it; false: only for funding, tactics or reporting. */
  readonly forRoutes: boolean;
  /** The group the fact belongs to, which "don't know any of these" leaves open as a whole. */
  readonly group: QuestionGroup | null;
}

export interface QuestionGroup {
  readonly id: string;
  readonly about: string;
  /** The answer that leaves the whole group open. */
  readonly dontKnowAny: string;
  /** The facts of the group still to be asked, this one included. */
  readonly facts: readonly string[];
}

export const DONT_KNOW = "don't know";

/** A target of the interview, with what a value of it says in words (null: nothing worth saying). */
export interface InterviewTarget extends Target {
  readonly inWords: (value: Value) => string | null;
}

/** The tier of the routes; funding, tactics and reporting come after them. */
const ROUTES_TIER = 0;
const BEYOND_ROUTES_TIER = 1;

/**
 * Every route of every regime, then the definitions behind every regime's funding (atRisk),
 * tactics (met, breached, where they matter) and reporting.
 *
 * The order: routes first. A person comes to the interview for the routes (can I sue, will anyone
 * be prosecuted); a grant at risk or a reporting duty is worth knowing but is not what they came
 * for. So questions are ranked by what they settle of the routes, and only among questions that
 * settle the routes equally (in expectation and in how many outcomes they separate) by what they
 * settle of the rest; a question only the rest needs comes after every question a route still
 * open needs. An answer to a fact no open route needs cannot change a route nor what it needs, so
 * the questions for the routes come first, as a prefix of the interview, and their number does
 * not grow for the rest (the tests check both).
 */
export function interviewTargets(regimes: readonly Regime[]): InterviewTarget[] {
  const routes = regimes.flatMap((regime) =>
    ROUTES.map(
      (definition): InterviewTarget => ({
        regime,
        definition,
        tier: ROUTES_TIER,
        // A value the law leaves undetermined (nothing encoded) settles nothing worth saying.
        inWords: (v) => (statusOf(v) === 'undetermined' ? null : `${definition} ${statusOf(v)}`),
      }),
    ),
  );
  const rest = regimes.flatMap((regime) =>
    beyondRoutes(regime).map(
      (d): InterviewTarget => ({
        regime,
        definition: d.definition,
        tier: BEYOND_ROUTES_TIER,
        ...(d.when ? { when: d.when } : {}),
        inWords: d.inWords,
      }),
    ),
  );
  return [...routes, ...rest];
}

/**
 * "officerSuit available under gfjpa-2021 and current; federalProsecution unavailable under
 * current; doj-discretionary at risk under current"
 */
function settles(
  targets: readonly InterviewTarget[],
  before: readonly (Value | undefined)[],
  after: readonly (Value | undefined)[],
): string {
  const groups = new Map<string, string[]>();
  after.forEach((v, i) => {
    // A target that no longer matters (a tactic not used, a condition that does not apply) settles nothing to say.
    if (v === undefined || v === MOOT || before[i] !== undefined) return;
    const t = targets[i] as InterviewTarget;
    const key = t.inWords(v);
    if (key === null) return;
    groups.set(key, [...(groups.get(key) ?? []), t.regime.id]);
  });
  if (groups.size === 0) return 'settles nothing by itself';
  return [...groups].map(([k, regimes]) => `${k} under ${regimes.join(' and ')}`).join('; ');
}

function groupOf(
  spec: FactSpec,
  catalog: readonly FactSpec[],
  done: ReadonlySet<string>,
): QuestionGroup | null {
  if (!spec.group) return null;
  const described = FACT_GROUPS[spec.group];
  const facts = catalog.filter((s) => s.group === spec.group && !done.has(s.path)).map((s) => s.path);
  return {
    id: spec.group,
    about: described?.about ?? spec.group,
    dontKnowAny: described?.dontKnowAny ?? `don't know any of ${spec.group}`,
    facts,
  };
}

function toQuestion(
  ranked: RankedQuestion,
  targets: readonly InterviewTarget[],
  now: readonly (Value | undefined)[],
  group: QuestionGroup | null,
): Question {
  const spec = ranked.fact;
  const answers = ranked.answers.map((a) => ({
    value: a.answer,
    label: inWords(a.answer),
    settles: settles(targets, now, a.values),
  }));
  return {
    path: spec.path,
    type: spec.type,
    wording: spec.question,
    help: spec.help ?? null,
    answers,
    why: answers.map((a) => `if ${a.label}: ${a.settles}`).join('. '),
    expectedSettled: ranked.byTier[ROUTES_TIER]?.expectedSettled ?? 0,
    expectedSettledBeyondRoutes: ranked.byTier[BEYOND_ROUTES_TIER]?.expectedSettled ?? 0,
    forRoutes: ranked.dependents.some((i) => (targets[i] as Target).tier === ROUTES_TIER),
    group,
  };
}

export interface InterviewStep {
  readonly facts: Record<string, unknown>;
  /** Facts asked so far, in order (answered or "don't know"). */
  readonly asked: readonly string[];
  /** Facts left open without being asked: the rest of a group the person knows nothing of. */
  readonly leftOpen: readonly string[];
}

/** Where an interview begins: these facts, nothing asked yet. */
export function firstStep(facts: Record<string, unknown>): InterviewStep {
  return { facts, asked: [], leftOpen: [] };
}

/**
 * The best next question, or null when nothing left to ask could settle a route, a grant at risk,
 * a tactic's condition or breach, or a reporting duty.
 */
export function nextQuestion(
  regimes: readonly Regime[],
  step: InterviewStep,
  catalog: readonly FactSpec[] = INCIDENT_FACTS,
): Question | null {
  const targets = interviewTargets(regimes);
  const date = String(step.facts.date);
  const done = new Set([...step.asked, ...step.leftOpen]);
  const now = evaluateTargets(targets, step.facts, date);
  const best = bestQuestion(targets, step.facts, date, catalog, done, now);
  if (!best) return null;
  return toQuestion(best, targets, now.values, groupOf(best.fact, catalog, done));
}

/** Records an answer (undefined = "don't know"). */
export function answer(step: InterviewStep, path: string, value: Value | undefined): InterviewStep {
  return {
    facts: value === undefined ? step.facts : withFact(step.facts, path, value),
    asked: [...step.asked, path],
    leftOpen: step.leftOpen,
  };
}

/**
 * Records "don't know any of these" to a question of a group: the fact asked and every fact of
 * its group not yet asked stay unknown, and none of them is asked again.
 */
export function answerNoneOfGroup(step: InterviewStep, question: Question): InterviewStep {
  if (!question.group) throw new Error(`${question.path} belongs to no group of questions`);
  const rest = question.group.facts.filter((p) => p !== question.path && !step.asked.includes(p));
  return {
    facts: step.facts,
    asked: [...step.asked, question.path],
    leftOpen: [...step.leftOpen, ...rest.filter((p) => !step.leftOpen.includes(p))],
  };
}

/** The statuses of every route under every regime. */
export function routeStatuses(results: readonly Result[]): Record<string, Record<RouteName, RouteStatus>> {
  const out: Record<string, Record<RouteName, RouteStatus>> = {};
  for (const r of results) {
    const routes = {} as Record<RouteName, RouteStatus>;
    for (const name of ROUTES) routes[name] = r.routes[name].status;
    out[r.regime] = routes;
  }
  return out;
}

export interface InterviewRun {
  /** The facts asked, in order: one per question. */
  readonly asked: readonly string[];
  /** Facts left open unasked, because the person knew none of their group. */
  readonly leftOpen: readonly string[];
  /** Every route of every regime is settled. */
  readonly determined: boolean;
  /** The facts asked for a route still open (a subset of `asked`); the rest were asked for funding, tactics or reporting. */
  readonly askedForRoutes: readonly string[];
  /** Every grant at risk, tactic's condition or breach (where it matters) and reporting duty is settled. */
  readonly beyondRoutesDetermined: boolean;
  /** Those left undetermined: "funding.dojDiscretionary.atRisk under current". */
  readonly beyondRoutesOpen: readonly string[];
  /** The incident as the interview gathered it: the starting point and every answer. */
  readonly facts: Incident;
  readonly results: readonly Result[];
}

/** Only what identifies the incident: where the interview starts from. */
export function startingPoint(incident: Incident): Record<string, unknown> {
  return { id: incident.id, date: incident.date, place: { ...incident.place } };
}

/**
 * Runs the interview non-interactively: each question is answered from the oracle (a complete
 * incident); a fact the oracle does not know is answered "don't know", and "don't know any of
 * these" when the oracle knows none of the facts of its group still to be asked.
 */
export function runInterview(
  regimes: readonly Regime[],
  start: Record<string, unknown>,
  oracle: Incident,
  catalog: readonly FactSpec[] = INCIDENT_FACTS,
): InterviewRun {
  const read = factsFromObject(oracle);
  let step = firstStep(start);
  const askedForRoutes: string[] = [];
  for (let q = nextQuestion(regimes, step, catalog); q; q = nextQuestion(regimes, step, catalog)) {
    if (q.forRoutes) askedForRoutes.push(q.path);
    const knowsNoneOfGroup = q.group?.facts.every((p) => read(p) === undefined) ?? false;
    step = knowsNoneOfGroup ? answerNoneOfGroup(step, q) : answer(step, q.path, read(q.path));
  }
  const incident = toIncident(step.facts, 'interview');
  const results = regimes.map((r) => evaluateIncident(r, incident));
  const determined = results.every((r) => ROUTES.every((name) => r.routes[name].status !== 'undetermined'));
  const rest = interviewTargets(regimes).filter((t) => t.tier === BEYOND_ROUTES_TIER);
  const { values } = evaluateTargets(rest, step.facts, String(step.facts.date));
  const beyondRoutesOpen = rest
    .filter((_, i) => values[i] === undefined)
    .map((t) => `${t.definition} under ${t.regime.id}`);
  return {
    asked: step.asked,
    leftOpen: step.leftOpen,
    determined,
    askedForRoutes,
    beyondRoutesDetermined: beyondRoutesOpen.length === 0,
    beyondRoutesOpen,
    facts: incident,
    results,
  };
}
