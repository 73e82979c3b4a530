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
  INCIDENT_FACTS,
  type Incident,
  type Result,
  ROUTES,
  type RouteName,
  type RouteStatus,
  statusOf,
  toIncident,
} from '../law/index.js';

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
}

export const DONT_KNOW = "don't know";

/** Every route of every regime. */
export function interviewTargets(regimes: readonly Regime[]): Target[] {
  return regimes.flatMap((regime) => ROUTES.map((definition) => ({ regime, definition })));
}

const label = (v: Value): string =>
  Array.isArray(v)
    ? v.length === 0
      ? 'none'
      : v.join(', ')
    : v === true
      ? 'yes'
      : v === false
        ? 'no'
        : String(v);

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

function toQuestion(
  ranked: RankedQuestion,
  targets: readonly Target[],
  now: readonly (Value | undefined)[],
): Question {
  const spec = ranked.fact;
  const answers = ranked.answers.map((a) => ({
    value: a.answer,
    label: label(a.answer),
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
  };
}

export interface InterviewStep {
  readonly facts: Record<string, unknown>;
  /** Facts asked so far, in order (answered or "don't know"). */
  readonly asked: readonly string[];
}

/** The best next question, or null when nothing left to ask could settle a route. */
export function nextQuestion(
  regimes: readonly Regime[],
  step: InterviewStep,
  catalog: readonly FactSpec[] = INCIDENT_FACTS,
): Question | null {
  const targets = interviewTargets(regimes);
  const date = String(step.facts.date);
  const ranked = rankQuestions(targets, step.facts, date, catalog, new Set(step.asked));
  const best = ranked[0];
  if (!best) return null;
  return toQuestion(best, targets, evaluateTargets(targets, step.facts, date).values);
}

/** Records an answer (undefined = "don't know"). */
export function answer(step: InterviewStep, path: string, value: Value | undefined): InterviewStep {
  return {
    facts: value === undefined ? step.facts : withFact(step.facts, path, value),
    asked: [...step.asked, path],
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
  readonly asked: readonly string[];
  /** Every route of every regime is settled. */
  readonly determined: boolean;
  readonly results: readonly Result[];
}

/** Only what identifies the incident: where the interview starts from. */
export function startingPoint(incident: Incident): Record<string, unknown> {
  return { id: incident.id, date: incident.date, place: { ...incident.place } };
}

/**
 * Runs the interview non-interactively: each question is answered from the oracle (a complete
 * incident); a fact the oracle does not know is answered "don't know".
 */
export function runInterview(
  regimes: readonly Regime[],
  start: Record<string, unknown>,
  oracle: Incident,
  catalog: readonly FactSpec[] = INCIDENT_FACTS,
): InterviewRun {
  const read = factsFromObject(oracle);
  let step: InterviewStep = { facts: start, asked: [] };
  for (let q = nextQuestion(regimes, step, catalog); q; q = nextQuestion(regimes, step, catalog)) {
    step = answer(step, q.path, read(q.path));
  }
  const incident = toIncident(step.facts, 'interview');
  const results = regimes.map((r) => evaluateIncident(r, incident));
  const determined = results.every((r) => ROUTES.every((name) => r.routes[name].status !== 'undetermined'));
  return { asked: step.asked, determined, results };
}
