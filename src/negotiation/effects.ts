import {
  drawReplicate,
  generateIncident,
  type ParameterSet,
  routeDependencies,
  touchesRoutes,
} from '../analysis/index.js';
import type { Overlay } from '../engine/index.js';
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
 * route reads share one compiled regime.
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

export interface PackageEffect {
  /** The package's provisions, sorted. */
  readonly provisions: readonly string[];
  /** Those of them that some route reads: the key of the compiled regime. */
  readonly provisionsThatMatter: readonly string[];
  readonly corpus: PopulationEffect;
  readonly synthetic: PopulationEffect;
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

interface OptionInfo {
  readonly provisions: readonly string[];
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

  constructor(
    private readonly negotiation: Negotiation,
    private readonly corpus: readonly Incident[],
    private readonly synthetic: readonly Incident[],
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

  /** The key of the regime a package compiles to: the provisions of it that matter. */
  private keyOf(pkg: Package): string {
    let key = '';
    const issues = this.negotiation.issues;
    for (let i = 0; i < issues.length; i++) {
      const option = pkg[(issues[i] as { id: IssueId }).id];
      if (option === undefined) continue;
      const { matter } = this.optionInfo(i, option);
      if (matter !== '') key = key === '' ? matter : `${key}+${matter}`;
    }
    return key;
  }

  /** The package's effect on the corpus and the synthetic sample, compiling its regime if new. */
  measure(pkg: Package): { readonly corpus: PopulationEffect; readonly synthetic: PopulationEffect } {
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

  effectOf(pkg: Package): PackageEffect {
    const provisions: string[] = [];
    const unmeasured: { issue: string; option: string; why: string }[] = [];
    for (const [i, issue] of this.negotiation.issues.entries()) {
      const option = pkg[issue.id];
      if (option === undefined) continue;
      const info = this.optionInfo(i, option);
      for (const p of info.provisions) provisions.push(p);
      for (const u of info.unmeasured) unmeasured.push(u);
    }
    const all = [...new Set(provisions)].sort();
    const matter = all.filter((p) => this.relevant.has(p));
    return { provisions: all, provisionsThatMatter: matter, ...this.measure(pkg), unmeasured };
  }
}
