import {
  evaluateTargets,
  type FactSpec,
  factsFromObject,
  type RankedQuestion,
  type Regime,
  rankQuestions,
  type Target,
  type Value,
  withFact,
} from '../engine/index.js';
import {
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
 * every selected regime is settled (or nothing left to ask could settle more).
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
  /** Which routes under which regimes depend on the answer, answer by answer. */
  readonly why: string;
  readonly expectedSettled: number;
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

/** Every route of every regime. */
export function interviewTargets(regimes: readonly Regime[]): Target[] {
  return regimes.flatMap((regime) => ROUTES.map((definition) => ({ regime, definition })));
}

/** "officerSuit available under gfjpa-2021 and current; federalProsecution unavailable under current" */
function settles(
  targets: readonly Target[],
  before: readonly (Value | undefined)[],
  after: readonly (Value | undefined)[],
): string {
  const groups = new Map<string, string[]>();
  after.forEach((v, i) => {
    // A value the law leaves undetermined (nothing encoded) settles nothing worth saying.
    if (v === undefined || before[i] !== undefined || statusOf(v) === 'undetermined') return;
    const t = targets[i] as Target;
    const key = `${t.definition} ${statusOf(v)}`;
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
  targets: readonly Target[],
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
    expectedSettled: ranked.expectedSettled,
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

/** The best next question, or null when nothing left to ask could settle a route. */
export function nextQuestion(
  regimes: readonly Regime[],
  step: InterviewStep,
  catalog: readonly FactSpec[] = INCIDENT_FACTS,
): Question | null {
  const targets = interviewTargets(regimes);
  const date = String(step.facts.date);
  const done = new Set([...step.asked, ...step.leftOpen]);
  const now = evaluateTargets(targets, step.facts, date);
  const best = rankQuestions(targets, step.facts, date, catalog, done, now)[0];
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
  for (let q = nextQuestion(regimes, step, catalog); q; q = nextQuestion(regimes, step, catalog)) {
    const knowsNoneOfGroup = q.group?.facts.every((p) => read(p) === undefined) ?? false;
    step = knowsNoneOfGroup ? answerNoneOfGroup(step, q) : answer(step, q.path, read(q.path));
  }
  const incident = toIncident(step.facts, 'interview');
  const results = regimes.map((r) => evaluateIncident(r, incident));
  const determined = results.every((r) => ROUTES.every((name) => r.routes[name].status !== 'undetermined'));
  return { asked: step.asked, leftOpen: step.leftOpen, determined, facts: incident, results };
}
