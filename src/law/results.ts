import {
  type CompiledRegime,
  type CompiledRun,
  compileRegime,
  ENGINE_VERSION,
  Evaluation,
  factsFromObject,
  type Regime,
  type Rule,
  type TraceNode,
  type Value,
  withFact,
} from '../engine/index.js';
import { DANGEROUS_WEAPON, FORCE_THAT_MAY_BE_A_DANGEROUS_WEAPON } from './federal/usc-18-242.js';
import type { Incident } from './incident.js';
import {
  type Blocker,
  type Grant,
  type MaxPenalty,
  PENALTIES,
  ROUTES,
  type RouteName,
  type RouteStatus,
  STATUSES,
  type TacticRule,
} from './vocabulary.js';

/** Why a route came out as it did: a rule, its citation and text, and the value it gave. */
export interface Reason {
  readonly rule: string;
  readonly definition: string;
  readonly cite: string;
  readonly text: string;
  readonly value: Value | null;
  readonly provision: string | null;
  readonly unconfirmed?: string;
}

/**
 * What would lower a penalty ceiling that rests on an open question of fact for the jury: the
 * finding (`fact` = `value`), the ceiling it would leave, and the same in words.
 */
export interface PenaltyLowering {
  readonly fact: string;
  readonly value: boolean;
  readonly maxPenalty: MaxPenalty;
  readonly text: string;
}

export interface RouteResult {
  readonly status: RouteStatus;
  /**
   * The rule that decided the route under this regime, following the definitions it delegates to
   * and, for an element the route tests (a rule blocking it when another definition does not hold),
   * the rule that decided that element: under H.R. 1280 a mental state that fails § 101 is decided
   * by § 101, not by Screws's reading of "willfully".
   */
  readonly decidedBy: string | null;
  readonly cite: string | null;
  readonly blockedBy: Blocker | null;
  readonly needs: readonly string[];
  readonly reasons: readonly Reason[];
  /**
   * federalProsecution only: the highest penalty ceiling that may apply under the text in force on
   * the date of the conduct (null while undetermined).
   */
  readonly maxPenalty?: MaxPenalty | null;
  /**
   * federalProsecution only: when `maxPenalty` rests on a question of fact still open (was the
   * force used a dangerous weapon?), the finding that would lower it and the ceiling it would
   * leave; null otherwise.
   */
  readonly maxPenaltyLoweredBy?: PenaltyLowering | null;
  /** patternOrPractice only: the remedies and investigative tools. */
  readonly tools?: readonly string[];
  /** patternOrPractice only: who may bring the action (`united-states`, `state-attorney-general`). */
  readonly plaintiffs?: readonly string[];
  /** stateSuit only: who is sued (`officer`, `public-body`). */
  readonly defendant?: string | null;
  /** stateSuit only: what the officer pays personally (`none`, `lesser-of-5-percent-or-25000`, ...). */
  readonly officerPays?: string | null;
  /** stateSuit only: the statutory cap on damages, if any. */
  readonly damagesCapUsd?: number | null;
  /**
   * stateSuit only: the relief the action can give, `damages-and-equitable` or `equitable-only`
   * (a defence bars damages but a claim for equitable relief survives: Connecticut's good faith,
   * with `status: unavailable`); null when undetermined, unencoded, or no action applies.
   */
  readonly relief?: string | null;
}

/**
 * A state crime the officer's use of a tactic commits (New York's Penal Law § 121.13-a), beside
 * the five routes: the tactic, the grade of the offence, and whether it is settled.
 */
export interface StateCriminalResult {
  readonly tactic: 'chokehold';
  /** The grade (`class-c-felony`); null while undetermined. */
  readonly grade: string | null;
  /** false while undetermined: the use may commit the crime, depending on `needs`. */
  readonly determined: boolean;
  readonly cite: string;
  readonly text: string;
  readonly needs: readonly string[];
  readonly unconfirmed?: string;
}

export interface TacticResult {
  readonly tactic: string;
  readonly rule: TacticRule | null;
  /** For a funding condition: whether the state or locality meets it. */
  readonly met: boolean | null;
  /** For a prohibition: whether this use breaches it (the deadly-force exception aside). */
  readonly breached: boolean | null;
  readonly cite: string;
  readonly text: string;
  readonly needs: readonly string[];
  readonly unconfirmed?: string;
}

export interface FundingResult {
  readonly grant: Grant;
  readonly atRisk: boolean | null;
  readonly cite: string;
  readonly text: string;
  readonly needs: readonly string[];
}

export interface ReportingResult {
  readonly system: string;
  /** false while undetermined: the incident may go there, depending on `needs`. */
  readonly determined: boolean;
  readonly cite: string;
  readonly needs: readonly string[];
}

export interface StandardResult {
  readonly standard: string | null;
  readonly cite: string;
  readonly text: string;
}

/** Result v1 (DESIGN.md §4). */
export interface Result {
  readonly incident: string;
  readonly regime: string;
  readonly asOf: string;
  readonly hypothetical: boolean;
  readonly regimeHash: string;
  readonly engineVersion: string;
  readonly routes: Readonly<Record<RouteName, RouteResult>>;
  readonly tactics: readonly TacticResult[];
  readonly funding: readonly FundingResult[];
  readonly reporting: readonly ReportingResult[];
  /** The legal standards that govern the officer's conduct (deadly force). */
  readonly standards: { readonly deadlyForce: StandardResult };
  /** What the reader must know about how the incident was evaluated (a date after today). */
  readonly warnings: readonly string[];
  /** State crimes the use of a tactic commits or may commit; empty when none applies. */
  readonly stateCriminal: readonly StateCriminalResult[];
}

const REPORTING_PREFIX = 'reporting.';

/** The grants a result lists, with the definition that says whether each is at risk. */
export const GRANT_DEFINITIONS: readonly (readonly [Grant, string])[] = [
  ['byrne-jag', 'funding.byrneJag.atRisk'],
  ['cops', 'funding.cops.atRisk'],
  ['doj-discretionary', 'funding.dojDiscretionary.atRisk'],
];

const REPORTING_SYSTEMS = new WeakMap<Regime, readonly (readonly [string, string])[]>();

/**
 * The registries and data collections a regime defines (`reporting.fooBar` reports to `foo-bar`),
 * computed once per regime (immutable): evaluateIncident asks on each incident.
 */
export function cachedReportingSystems(regime: Regime): readonly (readonly [string, string])[] {
  let systems = REPORTING_SYSTEMS.get(regime);
  if (systems === undefined) {
    systems = regime.order
      .filter((id) => id.startsWith(REPORTING_PREFIX))
      .sort()
      .map(
        (id) =>
          [id, id.slice(REPORTING_PREFIX.length).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)] as const,
      );
    REPORTING_SYSTEMS.set(regime, systems);
  }
  return systems;
}

/** Maps a route definition's value to its status. */
export function statusOf(value: Value | undefined): RouteStatus {
  if (value === 'available' || value === 'unavailable' || value === 'not-applicable') return value;
  return 'undetermined';
}

/**
 * The rule that decided a definition, following the definitions it delegates to (a rule whose
 * value is another definition).
 */
export function decisiveRule(decidedBy: (id: string) => Rule | null, id: string): Rule | null {
  let rule = decidedBy(id);
  for (let depth = 0; rule && depth < 16; depth++) {
    if (rule.tags?.blockedBy || rule.then.kind !== 'ref') return rule;
    const next = decidedBy(rule.then.id);
    if (!next) return rule;
    rule = next;
  }
  return rule;
}

/** The definition a rule tests as an element: its condition is that definition, or its negation. */
function elementOf(rule: Rule): string | null {
  const when = rule.when;
  if (when === undefined) return null;
  if (when.kind === 'ref') return when.id;
  if (when.kind === 'not' && when.arg.kind === 'ref') return when.arg.id;
  return null;
}

/**
 * The rule whose authority decided a definition: `decisiveRule`, and when that is a rule blocking
 * the route because an element (another definition) does or does not hold, the rule that decided
 * the element, and so on down. The element's rule says what the law of the regime is (Screws's
 * "willfully", or H.R. 1280 § 101's "knowingly or recklessly"); the blocking rule says only which
 * element failed, and keeps giving the blocker.
 */
export function authorityOf(decidedBy: (id: string) => Rule | null, id: string): Rule | null {
  return authorityFrom(decidedBy, decisiveRule(decidedBy, id));
}

/** `authorityOf`, from the decisive rule already found. */
function authorityFrom(decidedBy: (id: string) => Rule | null, decisive: Rule | null): Rule | null {
  let rule = decisive;
  for (let depth = 0; rule && depth < 16; depth++) {
    const element = rule.tags?.blockedBy ? elementOf(rule) : null;
    if (element === null) return rule;
    const next = decisiveRule(decidedBy, element);
    if (!next) return rule;
    rule = next;
  }
  return rule;
}

/** The rule that decided each definition in a run (one closure per incident, made unnamed). */
function decisionsOf(run: Evaluation): (id: string) => Rule | null {
  return (id) => run.get(id).decidedBy;
}

/** The reason a route is blocked: the tag of the rule that decided it. */
export function blockerOf(decidedBy: (id: string) => Rule | null, id: string): Blocker | null {
  return (decisiveRule(decidedBy, id)?.tags?.blockedBy as Blocker | undefined) ?? null;
}

// Helpers of the per-incident hot path are module functions, not closures made per call: a
// closure bound to a name costs ~0.4 µs under tsx (esbuild's keepNames wraps each in __name).
function walkReasons(n: TraceNode, seen: Set<string>, out: Reason[]): void {
  if (seen.has(n.definition)) return;
  seen.add(n.definition);
  if (n.decidedBy) pushReason(out, n, n.decidedBy);
  if (n.value === undefined) {
    // Undetermined: also the rules whose condition is unknown, once each.
    const considered = n.considered;
    for (let i = 0; i < considered.length; i++) {
      const c = considered[i] as TraceNode['considered'][number];
      if (c.condition !== undefined || c.rule === n.decidedBy) continue;
      let dup = false;
      for (let j = 0; j < i; j++)
        if ((considered[j] as typeof c).condition === undefined && considered[j]?.rule === c.rule) dup = true;
      if (!dup) pushReason(out, n, c.rule);
    }
  }
  const children = n.children;
  for (let i = 0; i < children.length; i++) walkReasons(children[i] as TraceNode, seen, out);
}

function pushReason(out: Reason[], n: TraceNode, r: Rule): void {
  const value = r === n.decidedBy ? (n.value ?? null) : null;
  const provision = r.provision ?? null;
  out.push(
    r.unconfirmed
      ? {
          rule: r.id,
          definition: n.definition,
          cite: r.cite,
          text: r.text,
          value,
          provision,
          unconfirmed: r.unconfirmed,
        }
      : { rule: r.id, definition: n.definition, cite: r.cite, text: r.text, value, provision },
  );
}

/**
 * The reasons of a route, from its trace. `seen` is scratch space, cleared first: one set serves
 * all the routes of an incident.
 */
function reasonsOf(node: TraceNode | undefined, seen: Set<string>): Reason[] {
  const out: Reason[] = [];
  seen.clear();
  if (node) walkReasons(node, seen, out);
  return out;
}

const usedTactics = (incident: Incident): string[] => {
  const out: string[] = [];
  const force = incident.conduct?.force ?? [];
  if (force.includes('chokehold')) out.push('chokehold');
  if (force.includes('carotid-restraint')) out.push('carotid-restraint');
  if (incident.conduct?.noKnockEntry === true) out.push('no-knock-entry');
  return out;
};

/** A value the law gives, or null when it is undetermined or the law leaves it unencoded. */
const encodedOrNull = (v: Value | undefined): string | null =>
  v === undefined || v === 'unencoded' ? null : String(v);

const FORCE_NAMES: Readonly<Record<string, string>> = {
  k9: 'police dog',
  taser: 'Taser',
  'impact-weapon': 'baton or flashlight',
  vehicle: 'vehicle',
  'bodily-force': 'kicks or blows',
};

const NO_CEILING = { maxPenalty: null, loweredBy: null } as const;

/** Whether § 242 gives the prosecution route a ceiling: not where it does not apply, nor before it existed. */
export const hasCeiling = (status: RouteStatus, blockedBy: Blocker | null): boolean =>
  status !== 'not-applicable' && blockedBy !== 'not-in-force';

const higherPenalty = (a: MaxPenalty, b: MaxPenalty): MaxPenalty =>
  PENALTIES.indexOf(a) >= PENALTIES.indexOf(b) ? a : b;

/**
 * The penalty ceiling of a result: the ceiling the law gives when it is determined; when it is not,
 * and only the jury's finding of a dangerous weapon is open, the higher of the ceilings either
 * finding would give (so `maxPenalty` keeps its v1 meaning, the highest that may apply), with the
 * finding that would lower it. `ceilingWith` evaluates the ceiling for other facts by the same path
 * (interpreter or compiled) the result uses.
 */
export function penaltyCeiling(
  incident: Incident,
  ceiling: Value | undefined,
  ceilingWith: (facts: unknown) => Value | undefined,
): { maxPenalty: MaxPenalty | null; loweredBy: PenaltyLowering | null } {
  if (ceiling !== undefined) return { maxPenalty: ceiling as MaxPenalty, loweredBy: null };
  const found = incident.findings?.dangerousWeapon;
  if (found !== undefined && found !== null) return NO_CEILING;
  // The finding can settle the ceiling only where force that may be a weapon was used (known).
  const force = incident.conduct?.force;
  if (!force?.some((f) => FORCE_THAT_MAY_BE_A_DANGEROUS_WEAPON.includes(f))) return NO_CEILING;
  const yes = ceilingWith(withFact(incident, DANGEROUS_WEAPON, true)) as MaxPenalty | undefined;
  const no = ceilingWith(withFact(incident, DANGEROUS_WEAPON, false)) as MaxPenalty | undefined;
  if (yes === undefined || no === undefined || yes === no) return NO_CEILING;
  const kinds = force
    .filter((f) => FORCE_THAT_MAY_BE_A_DANGEROUS_WEAPON.includes(f))
    .map((f) => FORCE_NAMES[f] ?? f);
  return {
    maxPenalty: higherPenalty(yes, no),
    loweredBy: {
      fact: DANGEROUS_WEAPON,
      value: false,
      maxPenalty: no,
      text: `if the jury finds that the ${kinds.join(', ')} used was not a dangerous weapon: ${no}`,
    },
  };
}

/** Today's date (UTC), as the incident format writes dates. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** The warnings of a result: a date after today is evaluated under the law as encoded today. */
export function warningsFor(incident: Incident, today: string): string[] {
  return incident.date > today
    ? [
        `The incident's date ${incident.date} is after today (${today}): it is evaluated under the law as encoded today, which may change before then.`,
      ]
    : [];
}

export interface EvaluateOptions {
  /** Today's date, for the warning on a date after today (default: the clock's, UTC). */
  readonly today?: string;
}

/** Evaluates one incident under one regime with the interpreter, with full reasons. */
export function evaluateIncident(regime: Regime, incident: Incident, options: EvaluateOptions = {}): Result {
  const run = new Evaluation(regime, factsFromObject(incident), incident.date, true);

  const routes = {} as Record<RouteName, RouteResult>;
  const seen = new Set<string>();
  const decided = decisionsOf(run);
  for (const name of ROUTES) {
    const o = run.get(name);
    const status = statusOf(o.value);
    const decisive = status === 'undetermined' ? null : decisiveRule(decided, name);
    const authority = decisive === null ? null : authorityFrom(decided, decisive);
    // Each route's result is built as one literal (same fields, same order as { ...base, extra }):
    // object spread costs several times more on this path.
    const decidedBy = authority?.id ?? null;
    const cite = authority?.cite ?? null;
    const blockedBy =
      status === 'unavailable' ? ((decisive?.tags?.blockedBy as Blocker | undefined) ?? null) : null;
    const needs = o.needs;
    const reasons = reasonsOf(o.trace, seen);
    if (name === 'federalProsecution') {
      const noCeiling = !hasCeiling(status, blockedBy);
      const ceiling = noCeiling ? undefined : run.get('section242.maxPenalty').value;
      const p = noCeiling
        ? NO_CEILING
        : ceiling !== undefined
          ? { maxPenalty: ceiling as MaxPenalty, loweredBy: null }
          : penaltyCeiling(
              incident,
              ceiling,
              (facts) =>
                new Evaluation(regime, factsFromObject(facts), incident.date, false).get(
                  'section242.maxPenalty',
                ).value,
            );
      routes[name] = {
        status,
        decidedBy,
        cite,
        blockedBy,
        needs,
        reasons,
        maxPenalty: p.maxPenalty,
        maxPenaltyLoweredBy: p.loweredBy,
      };
    } else if (name === 'stateSuit') {
      const applies = status !== 'not-applicable';
      const cap = applies ? run.get('stateSuit.damagesCapUsd').value : undefined;
      routes[name] = {
        status,
        decidedBy,
        cite,
        blockedBy,
        needs,
        reasons,
        defendant: applies ? ((run.get('stateSuit.defendant').value as string | undefined) ?? null) : null,
        officerPays: applies ? encodedOrNull(run.get('stateSuit.officerPays').value) : null,
        damagesCapUsd: applies && typeof cap === 'number' ? cap : null,
        relief: applies ? encodedOrNull(run.get('stateSuit.relief').value) : null,
      };
    } else if (name === 'patternOrPractice') {
      routes[name] = {
        status,
        decidedBy,
        cite,
        blockedBy,
        needs,
        reasons,
        tools: (run.get('patternOrPractice.tools').value as string[] | undefined) ?? [],
        plaintiffs: (run.get('patternOrPractice.plaintiffs').value as string[] | undefined) ?? [],
      };
    } else {
      routes[name] = { status, decidedBy, cite, blockedBy, needs, reasons };
    }
  }

  const tactics: TacticResult[] = usedTactics(incident).map((tactic) => {
    const key = tactic === 'no-knock-entry' ? 'noKnock' : 'chokehold';
    const rule = run.get(`tactics.${key}.rule`);
    const met = run.get(`tactics.${key}.met`);
    const breached = run.get(`tactics.${key}.breached`);
    const decided = rule.decidedBy;
    const ruleValue = (rule.value as TacticRule | undefined) ?? null;
    return {
      tactic,
      rule: ruleValue,
      met: ruleValue === 'funding-condition' ? ((met.value as boolean | undefined) ?? null) : null,
      breached: ruleValue === 'prohibited' && typeof breached.value === 'boolean' ? breached.value : null,
      cite: decided?.cite ?? '',
      text: decided?.text ?? '',
      needs: [
        ...new Set([
          ...rule.needs,
          ...(ruleValue === 'funding-condition' ? met.needs : []),
          ...breached.needs,
        ]),
      ],
      ...(decided?.unconfirmed ? { unconfirmed: decided.unconfirmed } : {}),
    };
  });

  const funding: FundingResult[] = [];
  for (const [grant, id] of GRANT_DEFINITIONS) {
    const o = run.get(id);
    // A grant the government does not receive is left out: a cited rule of the grant says so.
    if (o.decidedBy?.tags?.grantNotReceived !== undefined) continue;
    funding.push({
      grant,
      atRisk: (o.value as boolean | undefined) ?? null,
      cite: o.decidedBy?.cite ?? '',
      text: o.decidedBy?.text ?? '',
      needs: o.needs,
    });
  }

  const reporting: ReportingResult[] = [];
  for (const [id, system] of cachedReportingSystems(regime)) {
    const o = run.get(id);
    if (o.value === false) continue;
    // While undetermined, cite the open rule that would require the report, not the fall-back.
    const open = o.trace?.considered.find((c) => c.condition === undefined)?.rule;
    const rule = o.value === undefined ? (open ?? o.decidedBy) : o.decidedBy;
    reporting.push({ system, determined: o.value === true, cite: rule?.cite ?? '', needs: o.needs });
  }

  const deadly = run.get('standards.deadlyForce');
  const standards = {
    deadlyForce: {
      standard: (deadly.value as string | undefined) ?? null,
      cite: deadly.decidedBy?.cite ?? '',
      text: deadly.decidedBy?.text ?? '',
    },
  };

  const stateCriminal: StateCriminalResult[] = [];
  if (usedTactics(incident).some((t) => t !== 'no-knock-entry')) {
    const crime = run.get('stateCrime.chokehold');
    const open = crime.trace?.considered.find((c) => c.condition === undefined)?.rule;
    const rule = crime.value === undefined ? open : crime.decidedBy;
    if (rule) {
      stateCriminal.push({
        tactic: 'chokehold',
        grade: crime.value === undefined ? null : String(crime.value),
        determined: crime.value !== undefined,
        cite: rule.cite,
        text: rule.text,
        needs: crime.needs,
        ...(rule.unconfirmed ? { unconfirmed: rule.unconfirmed } : {}),
      });
    }
  }

  return {
    incident: incident.id,
    regime: regime.id,
    asOf: incident.date,
    hypothetical: regime.hypothetical,
    regimeHash: regime.hash,
    engineVersion: ENGINE_VERSION,
    routes,
    tactics,
    funding,
    reporting,
    standards,
    warnings: warningsFor(incident, options.today ?? todayUtc()),
    stateCriminal,
  };
}

/** The part of a result bulk runs need: each route's status and blocker, and the penalty ceiling. */
export interface RouteSummary {
  readonly routes: Readonly<Record<RouteName, { status: RouteStatus; blockedBy: Blocker | null }>>;
  readonly maxPenalty: MaxPenalty | null;
  /** The ceiling the open finding would leave (`maxPenaltyLoweredBy.maxPenalty`), if any. */
  readonly maxPenaltyLoweredTo: MaxPenalty | null;
}

/** Summarises a full result (used to check the compiled path against the interpreter). */
export function summarise(result: Result): RouteSummary {
  const routes = {} as Record<RouteName, { status: RouteStatus; blockedBy: Blocker | null }>;
  for (const name of ROUTES)
    routes[name] = { status: result.routes[name].status, blockedBy: result.routes[name].blockedBy };
  const prosecution = result.routes.federalProsecution;
  return {
    routes,
    maxPenalty: prosecution.maxPenalty ?? null,
    maxPenaltyLoweredTo: prosecution.maxPenaltyLoweredBy?.maxPenalty ?? null,
  };
}

/** A regime compiled for bulk runs, giving route summaries. */
export function compileSummary(regime: Regime): (incident: Incident) => RouteSummary {
  const compiled: CompiledRegime = compileRegime(regime);
  // The routes in ROUTES order (officerSuit, employerSuit, stateSuit, federalProsecution,
  // patternOrPractice), built as one object literal below.
  const routeIndex = ROUTES.map((name) => compiled.indexOf(name));
  const penaltyIndex = compiled.indexOf('section242.maxPenalty');
  // One closure for the compiled function's lifetime, reading the run in progress: the hot path
  // allocates no closure per incident.
  let run: CompiledRun | undefined;
  const decidedBy = (id: string) => (run as CompiledRun).decidedBy(id);
  const route = (k: number) => {
    const status = statusOf((run as CompiledRun).valueAt(routeIndex[k] as number));
    return {
      status,
      blockedBy: status === 'unavailable' ? blockerOf(decidedBy, ROUTES[k] as RouteName) : null,
    };
  };
  return (incident) => {
    run = compiled.run(incident, incident.date);
    const routes: Record<RouteName, { status: RouteStatus; blockedBy: Blocker | null }> = {
      officerSuit: route(0),
      employerSuit: route(1),
      stateSuit: route(2),
      federalProsecution: route(3),
      patternOrPractice: route(4),
    };
    const p = run.valueAt(penaltyIndex);
    run = undefined;
    if (!hasCeiling(routes.federalProsecution.status, routes.federalProsecution.blockedBy))
      return { routes, maxPenalty: null, maxPenaltyLoweredTo: null };
    if (p !== undefined) return { routes, maxPenalty: p as MaxPenalty, maxPenaltyLoweredTo: null };
    const ceiling = penaltyCeiling(incident, p, (facts) =>
      compiled.run(facts, incident.date).valueAt(penaltyIndex),
    );
    return {
      routes,
      maxPenalty: ceiling.maxPenalty,
      maxPenaltyLoweredTo: ceiling.loweredBy?.maxPenalty ?? null,
    };
  };
}

/** A route's status and the rule that decided it, as the full result gives them. */
export interface RouteDecision {
  readonly status: RouteStatus;
  readonly decidedBy: string | null;
  readonly cite: string | null;
}

/**
 * A regime compiled for bulk checks of who decided each route: the `status`, `decidedBy` and
 * `cite` of each route, chosen from the compiled run by `authorityOf`, the function
 * `evaluateIncident` chooses them with.
 */
export function compileDecisions(regime: Regime): (incident: Incident) => Record<RouteName, RouteDecision> {
  const compiled = compileRegime(regime);
  const routeIndex = ROUTES.map((name) => compiled.indexOf(name));
  return (incident) => {
    const run = compiled.run(incident, incident.date);
    const decided = (id: string) => run.decidedBy(id);
    const out = {} as Record<RouteName, RouteDecision>;
    ROUTES.forEach((name, k) => {
      const status = statusOf(run.valueAt(routeIndex[k] as number));
      const authority = status === 'undetermined' ? null : authorityOf(decided, name);
      out[name] = { status, decidedBy: authority?.id ?? null, cite: authority?.cite ?? null };
    });
    return out;
  };
}

/** A route status's index in STATUSES, the form `compileStatuses` writes. */
const AVAILABLE = STATUSES.indexOf('available');
const UNAVAILABLE = STATUSES.indexOf('unavailable');
const NOT_APPLICABLE = STATUSES.indexOf('not-applicable');
const UNDETERMINED = STATUSES.indexOf('undetermined');

/** `statusOf`, as the status's index in STATUSES. */
export function statusIndexOf(value: Value | undefined): number {
  // Strings only are compared, so that V8 compares them as strings (comparing a string with
  // `undefined` as well makes every comparison generic, and several times slower).
  if (typeof value !== 'string') return UNDETERMINED;
  return value === 'available'
    ? AVAILABLE
    : value === 'unavailable'
      ? UNAVAILABLE
      : value === 'not-applicable'
        ? NOT_APPLICABLE
        : UNDETERMINED;
}

/**
 * Writes the statuses of an incident's routes, as indices in STATUSES, into `out[offset + k]` for
 * the k-th route of ROUTES.
 */
export type StatusesOf = (incident: Incident, out: Uint8Array, offset: number) => void;

/**
 * A regime compiled for bulk runs that need only the route statuses (the synthetic population):
 * the statuses `compileSummary` gives, written into a small typed array. The routes are computed
 * by code generated for the regime (`CompiledRegime.valuesOf`), without a summary object, the
 * blockers or the penalty ceiling: nothing is allocated per incident.
 */
export function compileStatuses(regime: Regime): StatusesOf {
  const valuesOf = compileRegime(regime).valuesOf(ROUTES);
  const values: (Value | undefined)[] = new Array(ROUTES.length).fill(undefined);
  const n = ROUTES.length;
  return (incident, out, offset) => {
    valuesOf(incident, incident.date, values);
    for (let k = 0; k < n; k++) out[offset + k] = statusIndexOf(values[k]);
  };
}

/** The derivation of the named definitions (routes by default), for explanations. */
export function traceIncident(
  regime: Regime,
  incident: Incident,
  ids: readonly string[] = ROUTES,
): TraceNode[] {
  const run = new Evaluation(regime, factsFromObject(incident), incident.date, true);
  return ids.map((id) => run.get(id).trace as TraceNode);
}
