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
import type { Negotiation } from './model.js';

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

function compare(before: Uint8Array, after: Uint8Array, incidents: number): PopulationEffect {
  const opened = Object.fromEntries(ROUTES.map((r) => [r, 0])) as Record<RouteName, number>;
  const closed = Object.fromEntries(ROUTES.map((r) => [r, 0])) as Record<RouteName, number>;
  for (let i = 0; i < incidents; i++)
    for (let k = 0; k < K; k++) {
      const was = before[i * K + k] === AVAILABLE;
      const now = after[i * K + k] === AVAILABLE;
      if (now && !was) opened[ROUTES[k] as RouteName]++;
      else if (was && !now) closed[ROUTES[k] as RouteName]++;
    }
  return { incidents, opened, closed };
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
  }

  effectOf(pkg: Package): PackageEffect {
    const provisions: string[] = [];
    const unmeasured: { issue: string; option: string; why: string }[] = [];
    for (const issue of this.negotiation.issues) {
      const option = issue.options.find((o) => o.id === pkg[issue.id]);
      if (!option) continue;
      provisions.push(...option.provisions);
      if (option.unencoded) unmeasured.push({ issue: issue.id, option: option.id, why: option.unencoded });
    }
    const all = [...new Set(provisions)].sort();
    const matter = all.filter((p) => this.relevant.has(p));
    const key = matter.join('+');
    let effect = this.byKey.get(key);
    if (!effect) {
      const after = statusesUnder(
        matter.map((id) => PROVISIONS.get(id) as Overlay),
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
    return { provisions: all, provisionsThatMatter: matter, ...effect, unmeasured };
  }
}
