import { type Overlay, type Regime, withOverlays } from '../engine/index.js';
import { evaluateIncident, type Incident, ROUTES, type RouteName, type RouteStatus } from '../law/index.js';

/**
 * The difference between two regimes built on the same baseline: the provisions one has and the
 * other lacks (or has in another form), each with its rules and citations, and the corpus cases
 * whose routes each provision changes on its own.
 */

export interface RuleChange {
  readonly op: 'add' | 'replace' | 'define';
  readonly definition: string;
  readonly rule: string;
  readonly cite: string;
  readonly text: string;
  readonly replaces: string | null;
}

export interface CaseChange {
  readonly incident: string;
  readonly route: RouteName;
  readonly before: RouteStatus;
  readonly after: RouteStatus;
}

export interface ProvisionChange {
  readonly provision: string;
  readonly title: string;
  readonly cite: string;
  readonly unconfirmed: string | null;
  readonly rules: readonly RuleChange[];
  /** Cases whose routes this provision alone changes (from `a` towards `b`). */
  readonly cases: readonly CaseChange[];
}

export interface RegimeDiff {
  readonly a: string;
  readonly b: string;
  readonly added: readonly ProvisionChange[];
  readonly removed: readonly ProvisionChange[];
  readonly replaced: readonly ProvisionChange[];
  /** Every case whose routes differ between the two regimes. */
  readonly cases: readonly CaseChange[];
}

function rulesOf(overlay: Overlay): RuleChange[] {
  return overlay.patches.flatMap((p): RuleChange[] => {
    if (p.op === 'define') {
      return p.definition.rules.map((r) => ({
        op: 'define',
        definition: p.definition.id,
        rule: r.id,
        cite: r.cite,
        text: r.text,
        replaces: null,
      }));
    }
    return [
      {
        op: p.op,
        definition: p.definition,
        rule: p.rule.id,
        cite: p.rule.cite,
        text: p.rule.text,
        replaces: p.op === 'replace' ? p.target : null,
      },
    ];
  });
}

function changes(before: Regime, after: Regime, cases: readonly Incident[]): CaseChange[] {
  const out: CaseChange[] = [];
  for (const incident of cases) {
    const x = evaluateIncident(before, incident);
    const y = evaluateIncident(after, incident);
    for (const route of ROUTES) {
      if (x.routes[route].status !== y.routes[route].status) {
        out.push({
          incident: incident.id,
          route,
          before: x.routes[route].status,
          after: y.routes[route].status,
        });
      }
    }
  }
  return out;
}

const describe = (overlay: Overlay, cases: CaseChange[]): ProvisionChange => ({
  provision: overlay.id,
  title: overlay.title,
  cite: overlay.cite,
  unconfirmed: overlay.unconfirmed ?? null,
  rules: rulesOf(overlay),
  cases,
});

export function diffRegimes(a: Regime, b: Regime, cases: readonly Incident[]): RegimeDiff {
  const inA = new Map(a.overlays.map((o) => [o.id, o]));
  const inB = new Map(b.overlays.map((o) => [o.id, o]));
  const added: ProvisionChange[] = [];
  const removed: ProvisionChange[] = [];
  const replaced: ProvisionChange[] = [];
  for (const [id, overlay] of inB) {
    const old = inA.get(id);
    if (!old) {
      added.push(
        describe(overlay, changes(a, withOverlays(a, `${a.id}+${id}`, [...a.overlays, overlay]), cases)),
      );
    } else if (JSON.stringify(old) !== JSON.stringify(overlay)) {
      const swapped = a.overlays.map((o) => (o.id === id ? overlay : o));
      replaced.push(describe(overlay, changes(a, withOverlays(a, `${a.id}~${id}`, swapped), cases)));
    }
  }
  for (const [id, overlay] of inA) {
    if (inB.has(id)) continue;
    const without = withOverlays(
      a,
      `${a.id}-${id}`,
      a.overlays.filter((o) => o.id !== id),
    );
    removed.push(describe(overlay, changes(a, without, cases)));
  }
  return { a: a.id, b: b.id, added, removed, replaced, cases: changes(a, b, cases) };
}
