import {
  compileRegime,
  ENGINE_VERSION,
  evaluate,
  factsFromObject,
  type Outcome,
  type Regime,
  type Rule,
  type TraceNode,
  type Value,
} from '../../engine/index.js';
import {
  bindsId,
  type Grant,
  type Loss,
  type Mechanism,
  metId,
  type NotAddressed,
  ROW_TITLES,
  ROWS,
  type Row,
} from './obligations.js';
import type { AgencyProfile } from './profile.js';
import { agencySpecOf } from './regimes.js';

/** Whether the agency meets an obligation. */
export type ObligationStatus = 'met' | 'not-met' | 'undetermined' | 'not-applicable';

export interface Obligation {
  readonly row: Row;
  readonly title: string;
  /** How it binds; null while that is undetermined (see needs). */
  readonly mechanism: Mechanism | null;
  readonly provision: string | null;
  readonly rule: string | null;
  readonly cite: string | null;
  readonly text: string | null;
  readonly unconfirmed?: string;
  readonly status: ObligationStatus;
  /** The facts that would decide whether it binds or is met. */
  readonly needs: readonly string[];
  readonly loss: Loss;
  readonly grants: readonly Grant[];
  readonly percent?: number;
  readonly laterPercent?: number;
}

export interface GrantAtRisk {
  readonly grant: Grant;
  readonly row: Row;
  readonly loss: Loss;
  readonly percent?: number;
  readonly laterPercent?: number;
  /** true when the obligation is known not met; false never appears (nothing at risk is not listed). */
  readonly determined: boolean;
  /** Dollars a year at risk, where the profile gives the grant's size and LAW.md gives the loss; else null. */
  readonly usdPerYear: number | null;
  readonly cite: string;
  readonly note?: string;
}

/** An agency evaluated under one regime (the agency result v1). */
export interface AgencyResult {
  readonly profile: string;
  readonly regime: string;
  readonly asOf: string;
  readonly hypothetical: boolean;
  readonly obligations: readonly Obligation[];
  readonly grantsAtRisk: readonly GrantAtRisk[];
  /** Federal crimes and duties that newly reach the agency's officers. */
  readonly crimes: readonly Obligation[];
  /** Rows the regime's bill leaves alone, said explicitly. */
  readonly notAddressed: readonly NotAddressed[];
  /** Dollars a year known to be at risk, by grant (a grant is counted at most once in full). */
  readonly usdAtRisk: Readonly<Partial<Record<Grant, number>>>;
  readonly regimeHash: string;
  readonly engineVersion: string;
}

const NOT_OBLIGATIONS: readonly Mechanism[] = ['grant-eligibility', 'crime', 'unconfirmed'];

export const AGENCY_DEFINITIONS: readonly string[] = ROWS.flatMap((row) => [bindsId(row), metId(row)]);

function usdOf(profile: AgencyProfile, grant: Grant): number | null {
  const g = profile.grants;
  if (!g) return null;
  switch (grant) {
    case 'byrne-jag':
      return g.byrneJag === 'none' ? 0 : (g.byrneJagUsd ?? null);
    case 'cops':
      return g.cops === false ? 0 : (g.copsUsd ?? null);
    case 'doj-discretionary':
      return g.dojDiscretionary === false ? 0 : (g.dojDiscretionaryUsd ?? null);
    case 'other-federal-funds':
      return null;
  }
}

/** What the kernel decided on one row: the binding value and rule, whether met, and the facts needed. */
interface RowOutcome {
  readonly value: Value | undefined;
  readonly needs: readonly string[];
  readonly decidedBy: Rule | null;
}

/** What a binding rule says an unmet obligation costs, read once per rule from its tags. */
interface Cost {
  readonly loss: Loss;
  readonly grants: readonly Grant[];
  readonly percent?: number;
  readonly laterPercent?: number;
}
const COSTS = new WeakMap<Rule, Cost>();
const NO_COST: Cost = { loss: 'none', grants: [] };
function costOf(rule: Rule | null): Cost {
  if (!rule) return NO_COST;
  let cost = COSTS.get(rule);
  if (!cost) {
    const t = rule.tags ?? {};
    cost = {
      loss: (t.loss as Loss | undefined) ?? 'none',
      grants: t.grants ? (t.grants.split(',') as Grant[]) : [],
      ...(t.percent ? { percent: Number(t.percent) } : {}),
      ...(t.laterPercent ? { laterPercent: Number(t.laterPercent) } : {}),
    };
    COSTS.set(rule, cost);
  }
  return cost;
}

function obligationOf(
  row: Row,
  binds: RowOutcome,
  met: Omit<RowOutcome, 'decidedBy'>,
): Obligation | undefined {
  if (binds.value === 'none') return undefined;
  const rule: Rule | null = binds.decidedBy;
  const mechanism = (binds.value as Mechanism | undefined) ?? null;
  const status: ObligationStatus =
    mechanism !== null && NOT_OBLIGATIONS.includes(mechanism)
      ? 'not-applicable'
      : mechanism === null || met.value === undefined
        ? 'undetermined'
        : met.value === true
          ? 'met'
          : met.value === false
            ? 'not-met'
            : 'not-applicable';
  const metNeeds = status === 'undetermined' ? met.needs : [];
  const needs =
    metNeeds.length === 0
      ? binds.needs
      : binds.needs.length === 0
        ? metNeeds
        : [...new Set([...binds.needs, ...metNeeds])];
  const cost = costOf(rule);
  const o: Obligation = {
    row,
    title: ROW_TITLES[row],
    mechanism,
    provision: rule?.provision ?? null,
    rule: rule?.id ?? null,
    cite: rule?.cite ?? null,
    text: rule?.text ?? null,
    status,
    needs,
    loss: cost.loss,
    grants: cost.grants,
  };
  if (rule?.unconfirmed) (o as { unconfirmed?: string }).unconfirmed = rule.unconfirmed;
  if (cost.percent !== undefined) (o as { percent?: number }).percent = cost.percent;
  if (cost.laterPercent !== undefined) (o as { laterPercent?: number }).laterPercent = cost.laterPercent;
  return o;
}

function grantsAtRisk(profile: AgencyProfile, obligations: readonly Obligation[]): GrantAtRisk[] {
  const out: GrantAtRisk[] = [];
  for (const o of obligations) {
    if (o.loss === 'none' || (o.status !== 'not-met' && o.status !== 'undetermined')) continue;
    for (const grant of o.grants) {
      const usd = usdOf(profile, grant);
      if (usd === 0) continue;
      const full = o.loss === 'ineligible-for-year' || o.loss === 'conditioned-on-credentialing';
      const share = full
        ? 1
        : o.loss === 'reduced-by-percentage' && o.percent !== undefined
          ? o.percent / 100
          : null;
      const note =
        share === null
          ? o.loss === 'reduced-by-percentage'
            ? 'the percentage is UNCONFIRMED in the sources: no amount is computed'
            : 'the form of the loss is UNCONFIRMED in the sources: no amount is computed'
          : usd === null
            ? 'the profile does not give this grant’s amount'
            : undefined;
      out.push({
        grant,
        row: o.row,
        loss: o.loss,
        ...(o.percent === undefined ? {} : { percent: o.percent }),
        ...(o.laterPercent === undefined ? {} : { laterPercent: o.laterPercent }),
        determined: o.status === 'not-met',
        usdPerYear: share === null || usd === null ? null : Math.round(usd * share),
        cite: o.cite ?? '',
        ...(note ? { note } : {}),
      });
    }
  }
  return out;
}

/** Dollars known at risk by grant: a grant lost in full counts once; reductions add up to the whole. */
export function usdAtRisk(
  profile: AgencyProfile,
  risks: readonly GrantAtRisk[],
): Partial<Record<Grant, number>> {
  const out: Partial<Record<Grant, number>> = {};
  for (const r of risks) {
    if (!r.determined || r.usdPerYear === null) continue;
    const cap = usdOf(profile, r.grant) ?? r.usdPerYear;
    out[r.grant] = Math.min(cap, (out[r.grant] ?? 0) + r.usdPerYear);
  }
  return out;
}

/** An agency evaluator for bulk runs: the regime compiled once; no needs, no traces. */
export function compileAgency(regime: Regime): (profile: AgencyProfile) => AgencyResult {
  const compiled = compileRegime(regime);
  const at = ROWS.map((row) => [compiled.indexOf(bindsId(row)), compiled.indexOf(metId(row))] as const);
  return (profile) => {
    const run = compiled.run(profile, profile.date);
    const all = ROWS.flatMap((row, i) => {
      const [b, m] = at[i] as readonly [number, number];
      const o = obligationOf(
        row,
        { value: run.valueAt(b), needs: [], decidedBy: run.decidedAt(b) },
        { value: run.valueAt(m), needs: [] },
      );
      return o ? [o] : [];
    });
    return resultOf(regime, profile, all);
  };
}

export function evaluateAgency(regime: Regime, profile: AgencyProfile): AgencyResult {
  const outcomes = evaluate(regime, factsFromObject(profile), profile.date, AGENCY_DEFINITIONS, {
    trace: false,
  });
  const all = ROWS.flatMap((row) => {
    const o = obligationOf(row, outcomes.get(bindsId(row)) as Outcome, outcomes.get(metId(row)) as Outcome);
    return o ? [o] : [];
  });
  return resultOf(regime, profile, all);
}

function resultOf(regime: Regime, profile: AgencyProfile, all: readonly Obligation[]): AgencyResult {
  const obligations = all.filter((o) => o.mechanism !== 'crime');
  const risks = grantsAtRisk(profile, obligations);
  const spec = agencySpecOf(regime.id);
  return {
    profile: profile.id,
    regime: regime.id,
    asOf: profile.date,
    hypothetical: regime.hypothetical,
    obligations,
    grantsAtRisk: risks,
    crimes: all.filter((o) => o.mechanism === 'crime'),
    notAddressed: spec?.notAddressed ?? [],
    usdAtRisk: usdAtRisk(profile, risks),
    regimeHash: regime.hash,
    engineVersion: ENGINE_VERSION,
  };
}

/** The derivation of each row's obligation, rule by rule (for `recourse agency --explain`). */
export function traceAgency(
  regime: Regime,
  profile: AgencyProfile,
  rows: readonly Row[] = ROWS,
): TraceNode[] {
  const ids = rows.flatMap((row) => [bindsId(row), metId(row)]);
  const outcomes = evaluate(regime, factsFromObject(profile), profile.date, ids, { trace: true });
  return ids
    .filter((id) => outcomes.get(id)?.value !== 'none' && outcomes.get(id)?.value !== 'not-applicable')
    .map((id) => outcomes.get(id)?.trace as TraceNode);
}
