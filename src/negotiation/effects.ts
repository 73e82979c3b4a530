import {
  type AgencyParameterSet,
  type AgencyRegimeEstimate,
  drawReplicate,
  generateIncident,
  type Interval,
  type ParameterSet,
  routeDependencies,
  simulateAgencies,
  touchesRoutes,
} from '../analysis/index.js';
import type { Overlay } from '../engine/index.js';
import {
  AGENCY_PROVISIONS,
  agencyRegime,
  composeAgencyRegime,
  type Grant,
  ROWS,
  type Row,
} from '../law/agency/index.js';
import {
  compileStatuses,
  composeRegime,
  current,
  type Incident,
  PROVISIONS,
  ROUTES,
  type RouteName,
  STATUSES,
} from '../law/index.js';
import type { Package } from './deal-space.js';
import type { IssueId, Negotiation } from './model.js';

/**
 * What a package would change, computed by the law engine: the package's provisions compose a
 * regime on top of the law in force, and the routes of every corpus case and synthetic incident
 * are compared with those under current law. Packages that differ only by provisions that no
 * route reads share one compiled regime. The package's agency provisions (grant conditions,
 * military-equipment limits) compose an agency regime, run over the synthetic agency population
 * with the agency impact library against current law: agencies out of compliance on each row and
 * dollars a year at risk, model estimates; packages with the same agency provisions share it.
 */

export type RouteCounts = Readonly<Record<RouteName, number>>;

export interface PopulationEffect {
  /** Incidents evaluated. */
  readonly incidents: number;
  /** Incidents where the route is available under the package and was not under current law. */
  readonly opened: RouteCounts;
  /** Incidents where the route was available under current law and is not under the package. */
  readonly closed: RouteCounts;
}

/** The synthetic agency population a package's agency provisions are measured on. */
export interface AgencyPopulation {
  readonly parameters: AgencyParameterSet;
  /** Synthetic agencies, split across the replicates. */
  readonly agencies: number;
  readonly seed?: number;
  readonly replicates?: number;
  /** The day the agencies are evaluated on (the package as if in force then). */
  readonly date?: string;
}

/** One row where the package and current law differ over the synthetic agencies. */
export interface AgencyRowEffect {
  readonly row: Row;
  /** Agencies (scaled to the national count) that do not meet the row's obligation, under the package. */
  readonly notMet: Interval;
  /** Agencies whose compliance the population's facts do not settle, under the package. */
  readonly undetermined: Interval;
  readonly notMetNow: Interval;
  readonly undeterminedNow: Interval;
}

/** A package's effect on the synthetic agencies, against current law: model estimates. */
export interface AgencyEffect {
  readonly label: 'model estimates';
  readonly agencies: number;
  readonly scaledTo: number;
  readonly replicates: number;
  readonly date: string;
  /** The package's agency provisions, sorted: the key of its agency regime. */
  readonly provisions: readonly string[];
  /** The rows on which the package and current law differ. */
  readonly rows: readonly AgencyRowEffect[];
  /** Dollars a year known at risk, by grant, under the package and under current law. */
  readonly usdAtRisk: Readonly<Partial<Record<Grant, Interval>>>;
  readonly usdAtRiskNow: Readonly<Partial<Record<Grant, Interval>>>;
  /** Dollars a year at risk if every undetermined obligation turned out not met, under each. */
  readonly usdAtRiskUpTo: Readonly<Partial<Record<Grant, Interval>>>;
  readonly usdAtRiskUpToNow: Readonly<Partial<Record<Grant, Interval>>>;
}

export interface PackageEffect {
  /** The package's provisions, sorted. */
  readonly provisions: readonly string[];
  /** Those of them that some route reads: the key of the compiled regime. */
  readonly provisionsThatMatter: readonly string[];
  readonly corpus: PopulationEffect;
  readonly synthetic: PopulationEffect;
  /** On the synthetic agencies; null when the cache was given no agency population. */
  readonly agencies: AgencyEffect | null;
  /** The options chosen whose effect could not be measured, each with why. */
  readonly unmeasured: readonly { readonly issue: string; readonly option: string; readonly why: string }[];
}

const AVAILABLE = STATUSES.indexOf('available');
const K = ROUTES.length;

/** `n` synthetic incidents of the population of `seed` (the first replicate's parameters). */
export function syntheticSample(parameters: ParameterSet, n: number, seed = 1): Incident[] {
  const theta = drawReplicate(parameters, seed, 0);
  return Array.from({ length: n }, (_, i) => generateIncident(seed, i, theta).incident);
}

/** The route statuses (indexes into STATUSES) of each incident, K per incident. */
function statusesUnder(provisions: readonly Overlay[], incidents: readonly Incident[]): Uint8Array {
  const regime =
    provisions.length === 0
      ? current
      : composeRegime({
          id: `package:${provisions.map((p) => p.id).join('+')}`,
          title: 'a package',
          provisions,
        });
  const statusesOf = compileStatuses(regime);
  const out = new Uint8Array(incidents.length * K);
  incidents.forEach((incident, i) => {
    statusesOf(incident, out, i * K);
  });
  return out;
}

const zero = () => Object.fromEntries(ROUTES.map((r) => [r, 0])) as Record<RouteName, number>;

function compare(before: Uint8Array, after: Uint8Array, incidents: number): PopulationEffect {
  const opened = zero();
  const closed = zero();
  for (let i = 0; i < incidents; i++)
    for (let k = 0; k < K; k++) {
      const was = before[i * K + k] === AVAILABLE;
      const now = after[i * K + k] === AVAILABLE;
      if (now && !was) opened[ROUTES[k] as RouteName]++;
      else if (was && !now) closed[ROUTES[k] as RouteName]++;
    }
  return { incidents, opened, closed };
}

/** At most this many distinct sets of agency provisions are run together up front. */
const MAX_AGENCY_SETS = 64;

const ZERO: Interval = { mean: 0, low: 0, high: 0 };
const same = (x: Interval, y: Interval) => x.mean === y.mean && x.low === y.low && x.high === y.high;

/** The rows on which two estimates of the same agencies differ. */
function rowEffects(after: AgencyRegimeEstimate, before: AgencyRegimeEstimate): AgencyRowEffect[] {
  return ROWS.flatMap((row) => {
    const a = after.rows.find((r) => r.row === row);
    const b = before.rows.find((r) => r.row === row);
    const effect = {
      row,
      notMet: a?.notMet ?? ZERO,
      undetermined: a?.undetermined ?? ZERO,
      notMetNow: b?.notMet ?? ZERO,
      undeterminedNow: b?.undetermined ?? ZERO,
    };
    return same(effect.notMet, effect.notMetNow) && same(effect.undetermined, effect.undeterminedNow)
      ? []
      : [effect];
  });
}

interface OptionInfo {
  readonly provisions: readonly string[];
  readonly agencyProvisions: readonly string[];
  /** Its agency provisions, sorted and joined by `+`. */
  readonly agencyKey: string;
  readonly matter: string;
  readonly unmeasured: readonly { readonly issue: string; readonly option: string; readonly why: string }[];
}

export class EffectCache {
  private readonly relevant: ReadonlySet<string>;
  private readonly byKey = new Map<string, { corpus: PopulationEffect; synthetic: PopulationEffect }>();
  private readonly incidents: readonly Incident[];
  private readonly baseline: Uint8Array;
  /** Distinct regimes compiled and evaluated. */
  regimesCompiled = 0;
  /** Regime evaluations of one incident. */
  evaluations = 0;

  /** Distinct agency regimes run over the synthetic agencies (current law included). */
  agencyRegimesRun = 0;
  /** Agency evaluations: one agency under one agency regime. */
  agencyEvaluations = 0;
  private readonly agencyByKey = new Map<string, AgencyEffect>();
  private agencyNow:
    | {
        readonly estimate: AgencyRegimeEstimate;
        readonly scaledTo: number;
        readonly replicates: number;
        readonly date: string;
      }
    | undefined;

  constructor(
    private readonly negotiation: Negotiation,
    private readonly corpus: readonly Incident[],
    private readonly synthetic: readonly Incident[],
    private readonly population?: AgencyPopulation,
  ) {
    this.incidents = [...corpus, ...synthetic];
    this.options = negotiation.issues.map(() => new Map());
    // A provision matters when it patches a definition a route depends on: under current law, or
    // once the provision itself is in (it may bring in definitions of its own).
    const used = [...new Set(negotiation.issues.flatMap((i) => i.options.flatMap((o) => o.provisions)))].map(
      (id) => PROVISIONS.get(id) as Overlay,
    );
    const base = routeDependencies(current);
    this.relevant = new Set(
      used
        .filter((p) => {
          const own = routeDependencies(composeRegime({ id: `with:${p.id}`, title: p.id, provisions: [p] }));
          return touchesRoutes(p, new Set([...base, ...own]));
        })
        .map((p) => p.id),
    );
    this.baseline = statusesUnder([], this.incidents);
    this.regimesCompiled++;
    this.evaluations += this.incidents.length;
    const n = corpus.length;
    const none = { incidents: 0, opened: zero(), closed: zero() };
    this.byKey.set('', {
      corpus: { ...none, incidents: n },
      synthetic: { ...none, incidents: synthetic.length },
    });
  }

  /** Each option's provisions, those of them that matter (as a key), and why it is not measured. */
  private optionInfo(issue: number, option: string): OptionInfo {
    const byOption = this.options[issue] as Map<string, OptionInfo>;
    let info = byOption.get(option);
    if (!info) {
      const i = this.negotiation.issues[issue];
      const o = i?.options.find((x) => x.id === option);
      const provisions = o?.provisions ?? [];
      info = {
        provisions,
        agencyProvisions: o?.agencyProvisions ?? [],
        agencyKey: [...(o?.agencyProvisions ?? [])].sort().join('+'),
        matter: provisions
          .filter((p) => this.relevant.has(p))
          .sort()
          .join('+'),
        unmeasured: o?.unencoded ? [{ issue: i?.id as string, option, why: o.unencoded }] : [],
      };
      byOption.set(option, info);
    }
    return info;
  }
  /** By issue (in the negotiation's order), by option id. */
  private readonly options: Map<string, OptionInfo>[];

  /**
   * A key of the package: the options' parts (`part` of each option's info, empty ones left out)
   * joined by `+` in the order of the issues.
   */
  private joinedKey(pkg: Package, part: (info: OptionInfo) => string): string {
    let key = '';
    const issues = this.negotiation.issues;
    for (let i = 0; i < issues.length; i++) {
      const option = pkg[(issues[i] as { id: IssueId }).id];
      if (option === undefined) continue;
      const p = part(this.optionInfo(i, option));
      if (p !== '') key = key === '' ? p : `${key}+${p}`;
    }
    return key;
  }

  /** The key of the regime a package compiles to: the provisions of it that matter. */
  private keyOf(pkg: Package): string {
    return this.joinedKey(pkg, (info) => info.matter);
  }

  /** The package's agency provisions, as the options' keys joined in the order of the issues. */
  private agencyKeyOf(pkg: Package): string {
    return this.joinedKey(pkg, (info) => info.agencyKey);
  }

  /**
   * The package's effect on the corpus and the synthetic sample, compiling its regime if new, and
   * on the synthetic agencies (null without an agency population).
   */
  measure(pkg: Package): {
    readonly corpus: PopulationEffect;
    readonly synthetic: PopulationEffect;
    readonly agencies: AgencyEffect | null;
  } {
    const agencyKey = this.agencyKeyOf(pkg);
    let agencies = this.agencyByOptions.get(agencyKey);
    if (agencies === undefined) {
      agencies = this.measureAgencies(agencyKey === '' ? [] : agencyKey.split('+'));
      this.agencyByOptions.set(agencyKey, agencies);
    }
    return { ...this.measureIncidents(pkg), agencies };
  }
  /** The agency effect by the options' agency keys joined (before sorting): a shortcut to agencyByKey. */
  private readonly agencyByOptions = new Map<string, AgencyEffect | null>();

  /** The package's effect on the corpus and the synthetic sample, compiling its regime if new. */
  private measureIncidents(pkg: Package): {
    readonly corpus: PopulationEffect;
    readonly synthetic: PopulationEffect;
  } {
    const key = this.keyOf(pkg);
    let effect = this.byKey.get(key);
    if (!effect) {
      const ids = [...new Set(key.split('+'))];
      const after = statusesUnder(
        ids.map((id) => PROVISIONS.get(id) as Overlay),
        this.incidents,
      );
      this.regimesCompiled++;
      this.evaluations += this.incidents.length;
      const n = this.corpus.length;
      effect = {
        corpus: compare(this.baseline.subarray(0, n * K), after.subarray(0, n * K), n),
        synthetic: compare(this.baseline.subarray(n * K), after.subarray(n * K), this.synthetic.length),
      };
      this.byKey.set(key, effect);
    }
    return effect;
  }

  /**
   * The distinct sets of agency provisions the packages can have (one option per issue), as keys
   * (sorted ids joined by `+`); undefined when there are more than MAX_AGENCY_SETS.
   */
  private agencyKeys(): string[] | undefined {
    let sets: string[][] = [[]];
    for (const issue of this.negotiation.issues) {
      const options = [...new Set(issue.options.map((o) => [...o.agencyProvisions].sort().join('+')))];
      sets = sets.flatMap((set) => options.map((o) => (o === '' ? set : [...set, ...o.split('+')])));
      if (sets.length > MAX_AGENCY_SETS) return undefined;
    }
    return [...new Set(sets.map((set) => [...new Set(set)].sort().join('+')))];
  }

  /**
   * Runs the synthetic agencies under current law and under the agency regime of each key, all in
   * one run of the impact library (each agency drawn once for every regime), and keeps each
   * key's effect.
   */
  private runAgencies(keys: readonly string[], population: AgencyPopulation): void {
    const fresh = keys.filter((k) => k !== '' && !this.agencyByKey.has(k));
    const regimes = fresh.map((key) =>
      composeAgencyRegime({
        id: `package:${key}`,
        title: 'a package',
        provisions: key.split('+').map((id) => AGENCY_PROVISIONS.get(id) as Overlay),
      }),
    );
    const first = !this.agencyNow;
    const impact = simulateAgencies(
      first ? [agencyRegime('current'), ...regimes] : regimes,
      population.parameters,
      {
        agencies: population.agencies,
        ...(population.seed === undefined ? {} : { seed: population.seed }),
        ...(population.replicates === undefined ? {} : { replicates: population.replicates }),
        ...(population.date === undefined ? {} : { date: population.date }),
      },
    );
    this.agencyRegimesRun += impact.regimes.length;
    this.agencyEvaluations += population.agencies * impact.regimes.length;
    const estimates = [...impact.regimes];
    if (first) {
      this.agencyNow = {
        estimate: estimates.shift() as AgencyRegimeEstimate,
        scaledTo: impact.scaledTo,
        replicates: impact.replicates,
        date: impact.date,
      };
    }
    const now = this.agencyNow as NonNullable<typeof this.agencyNow>;
    const effectOf = (key: string, estimate: AgencyRegimeEstimate): AgencyEffect => ({
      label: 'model estimates',
      agencies: population.agencies,
      scaledTo: now.scaledTo,
      replicates: now.replicates,
      date: now.date,
      provisions: key === '' ? [] : key.split('+'),
      rows: rowEffects(estimate, now.estimate),
      usdAtRisk: estimate.usdAtRisk,
      usdAtRiskNow: now.estimate.usdAtRisk,
      usdAtRiskUpTo: estimate.usdAtRiskUpTo,
      usdAtRiskUpToNow: now.estimate.usdAtRiskUpTo,
    });
    if (first) this.agencyByKey.set('', effectOf('', now.estimate));
    fresh.forEach((key, i) => {
      this.agencyByKey.set(key, effectOf(key, estimates[i] as AgencyRegimeEstimate));
    });
  }

  /**
   * The package's effect on the synthetic agencies, from its agency provisions (sorted, the
   * key). On first use every set of agency provisions the packages can have is run at once;
   * each distinct set is run once. Null without an agency population.
   */
  measureAgencies(agencyProvisions: readonly string[]): AgencyEffect | null {
    const population = this.population;
    if (!population) return null;
    const key = [...new Set(agencyProvisions)].sort().join('+');
    const known = this.agencyByKey.get(key);
    if (known) return known;
    this.runAgencies(this.agencyNow ? [key] : (this.agencyKeys() ?? [key]), population);
    return this.agencyByKey.get(key) as AgencyEffect;
  }

  effectOf(pkg: Package): PackageEffect {
    const provisions: string[] = [];
    const unmeasured: { issue: string; option: string; why: string }[] = [];
    for (const [i, issue] of this.negotiation.issues.entries()) {
      const option = pkg[issue.id];
      if (option === undefined) continue;
      const info = this.optionInfo(i, option);
      for (const p of info.provisions) provisions.push(p);
      for (const u of info.unmeasured) unmeasured.push(u);
      if (!this.population && info.agencyProvisions.length > 0)
        unmeasured.push({
          issue: issue.id,
          option,
          why: 'its agency provisions are measured only on a synthetic agency population, and none was given',
        });
    }
    const all = [...new Set(provisions)].sort();
    const matter = all.filter((p) => this.relevant.has(p));
    return {
      provisions: all,
      provisionsThatMatter: matter,
      ...this.measure(pkg),
      unmeasured,
    };
  }
}
