import { type Overlay, type Regime, refsOf, withOverlays } from '../engine/index.js';
import {
  compileSummary,
  current,
  type Incident,
  ROUTES,
  type RouteName,
  type RouteStatus,
  type RouteSummary,
  STATUSES,
} from '../law/index.js';
import { shapleyValues } from './attribution.js';

/**
 * Impact over the cases corpus: for every regime, how many cases have each route available,
 * unavailable, not applicable or undetermined; what changed against `current` case by case; and
 * each change split across the regime's provisions with exact Shapley values. One bad case is
 * reported and the run goes on.
 */

export type StatusCounts = Record<RouteStatus, number>;

export interface ProvisionShare {
  readonly provision: string;
  readonly share: number;
}

export interface RouteAttribution {
  /** Change in the number of cases where the route is available, against the baseline regime. */
  readonly availableChange: number;
  /** That change split across the provisions (Shapley values; they add up to the change). */
  readonly provisions: readonly ProvisionShare[];
}

export interface RegimeImpact {
  readonly regime: string;
  readonly hypothetical: boolean;
  readonly routes: Readonly<Record<RouteName, StatusCounts>>;
  /** Null for the baseline itself. */
  readonly attribution: Readonly<Record<RouteName, RouteAttribution>> | null;
}

export interface ImpactChange {
  readonly incident: string;
  readonly regime: string;
  readonly route: RouteName;
  readonly before: RouteStatus;
  readonly after: RouteStatus;
  /** Each provision's share of the responsibility for the change (Shapley values adding up to 1). */
  readonly provisions: readonly ProvisionShare[];
}

export interface CaseError {
  readonly file: string;
  readonly error: string;
}

export interface CorpusImpact {
  readonly baseline: string;
  readonly cases: number;
  readonly errors: readonly CaseError[];
  readonly regimes: readonly RegimeImpact[];
  readonly changes: readonly ImpactChange[];
}

/** A case as loaded: an incident, or why it could not be read. */
export type LoadedCase =
  | { readonly file: string; readonly incident: Incident }
  | { readonly file: string; readonly error: string };

const emptyCounts = (): StatusCounts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

/** The provisions a regime adds to (or changes in) the baseline. */
export function provisionsBeyond(regime: Regime, baseline: Regime): Overlay[] {
  const base = new Map(baseline.overlays.map((o) => [o.id, JSON.stringify(o)]));
  return regime.overlays.filter((o) => base.get(o.id) !== JSON.stringify(o));
}

/** Every definition the routes depend on, through the rules that refer to others. */
export function routeDependencies(regime: Regime): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const rule of regime.definitions.get(id)?.rules ?? []) {
      const deps = refsOf(rule.then);
      if (rule.when) refsOf(rule.when, deps);
      for (const d of deps) visit(d);
    }
  };
  for (const r of ROUTES) visit(r);
  return seen;
}

/**
 * Whether a provision can change a route at all. One that cannot is a null player: its Shapley
 * value is 0 and leaving it out of the computation changes no other provision's value, so the
 * attribution stays exact while visiting 2^k subsets of the k provisions that matter.
 */
export function touchesRoutes(provision: Overlay, dependencies: ReadonlySet<string>): boolean {
  return provision.patches.some((p) => dependencies.has(p.op === 'define' ? p.definition.id : p.definition));
}

/**
 * The overlays of the baseline plus the subset `mask` of the provisions. A provision that replaces
 * an overlay of the baseline (the same id, other content: a state law applied everywhere instead of
 * in place) stands in for it when chosen; when not chosen, the baseline's own overlay stays, so
 * subset 0 is the baseline itself.
 */
export function overlaysOfSubset(baseline: Regime, provisions: readonly Overlay[], mask: number): Overlay[] {
  const ids = new Set(provisions.map((p) => p.id));
  const kept = baseline.overlays.filter((o) => !ids.has(o.id));
  const replaced = new Map(baseline.overlays.filter((o) => ids.has(o.id)).map((o) => [o.id, o] as const));
  const chosen = provisions.flatMap((p, i) => {
    if (mask & (1 << i)) return [p];
    const own = replaced.get(p.id);
    return own ? [own] : [];
  });
  return [...kept, ...chosen];
}

/**
 * Route summaries of every case under the baseline plus each subset of the provisions
 * (indexed by bitmask). Exact attribution needs all 2^n subsets.
 */
function summariesBySubset(
  baseline: Regime,
  provisions: readonly Overlay[],
  incidents: readonly Incident[],
): (RouteSummary | null)[][] {
  const out: (RouteSummary | null)[][] = [];
  for (let mask = 0; mask < 1 << provisions.length; mask++) {
    const regime = withOverlays(
      baseline,
      `${baseline.id}+${mask}`,
      overlaysOfSubset(baseline, provisions, mask),
    );
    const summarise = compileSummary(regime);
    out.push(
      incidents.map((incident) => {
        try {
          return summarise(incident);
        } catch {
          return null;
        }
      }),
    );
  }
  return out;
}

export function corpusImpact(
  regimes: readonly Regime[],
  cases: readonly LoadedCase[],
  baseline: Regime = current,
): CorpusImpact {
  const errors: CaseError[] = [];
  const incidents: Incident[] = [];
  const files: string[] = [];
  for (const c of cases) {
    if ('error' in c) errors.push({ file: c.file, error: c.error });
    else {
      incidents.push(c.incident);
      files.push(c.file);
    }
  }
  // Evaluate under the baseline first; a case that cannot be evaluated is reported and dropped.
  const base = compileSummary(baseline);
  const usable: Incident[] = [];
  const before: RouteSummary[] = [];
  incidents.forEach((incident, i) => {
    try {
      before.push(base(incident));
      usable.push(incident);
    } catch (e) {
      errors.push({ file: files[i] as string, error: e instanceof Error ? e.message : String(e) });
    }
  });

  const impacts: RegimeImpact[] = [];
  const changes: ImpactChange[] = [];
  for (const regime of regimes) {
    const all = provisionsBeyond(regime, baseline);
    const dependencies = routeDependencies(regime);
    const provisions = all.filter((p) => touchesRoutes(p, dependencies));
    const bySubset = regime === baseline ? [before] : summariesBySubset(baseline, provisions, usable);
    const full = bySubset[bySubset.length - 1] as (RouteSummary | null)[];
    const counts = Object.fromEntries(ROUTES.map((r) => [r, emptyCounts()])) as Record<
      RouteName,
      StatusCounts
    >;
    full.forEach((summary, i) => {
      if (!summary) {
        errors.push({
          file: `${usable[i]?.id} under ${regime.id}`,
          error: 'the case could not be evaluated',
        });
        return;
      }
      for (const r of ROUTES) counts[r][summary.routes[r].status]++;
    });
    if (regime === baseline || all.length === 0) {
      impacts.push({
        regime: regime.id,
        hypothetical: regime.hypothetical,
        routes: counts,
        attribution: null,
      });
      continue;
    }
    const status = (mask: number, i: number, r: RouteName) => bySubset[mask]?.[i]?.routes[r].status;
    const attribution = {} as Record<RouteName, RouteAttribution>;
    for (const r of ROUTES) {
      const available = (mask: number) => usable.filter((_, i) => status(mask, i, r) === 'available').length;
      const shares = shapleyValues(provisions.length, available);
      attribution[r] = {
        availableChange: available((1 << provisions.length) - 1) - available(0),
        provisions: all.map((p) => {
          const k = provisions.indexOf(p);
          return { provision: p.id, share: k < 0 ? 0 : round(shares[k] as number) };
        }),
      };
      usable.forEach((incident, i) => {
        const was = status(0, i, r);
        const now = status((1 << provisions.length) - 1, i, r);
        if (!was || !now || was === now) return;
        const caseShares = shapleyValues(provisions.length, (mask) => (status(mask, i, r) === now ? 1 : 0));
        changes.push({
          incident: incident.id,
          regime: regime.id,
          route: r,
          before: was,
          after: now,
          provisions: provisions
            .map((p, k) => ({ provision: p.id, share: round(caseShares[k] as number) }))
            .filter((p) => p.share !== 0),
        });
      });
    }
    impacts.push({ regime: regime.id, hypothetical: regime.hypothetical, routes: counts, attribution });
  }
  return { baseline: baseline.id, cases: usable.length, errors, regimes: impacts, changes };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
