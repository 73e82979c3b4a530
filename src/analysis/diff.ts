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
  /**
   * Cases whose routes this provision changes only together with another provision of the
   * difference (`with`): neither alone changes the route, the two together bring it to its status
   * under `b`.
   */
  readonly casesTogether: readonly JointCaseChange[];
}

export interface JointCaseChange extends CaseChange {
  /** The other provisions it takes. */
  readonly with: readonly string[];
}

export interface RegimeDiff {
  readonly a: string;
  readonly b: string;
  readonly added: readonly ProvisionChange[];
  readonly removed: readonly ProvisionChange[];
  readonly replaced: readonly ProvisionChange[];
  /** Every case whose routes differ between the two regimes. */
  readonly cases: readonly CaseChange[];
  /**
   * The route changes no single provision makes, with the smallest set of provisions (two) that
   * makes each; empty provisions when no pair does (it takes three or more).
   */
  readonly jointly: readonly (CaseChange & { readonly provisions: readonly string[] })[];
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
  casesTogether: [],
});

const sameCase = (x: CaseChange, y: CaseChange) => x.incident === y.incident && x.route === y.route;

/** `a` with a set of the provisions by which `b` differs: added, swapped in, or taken out. */
function partway(a: Regime, b: Regime, ids: readonly string[]): Regime {
  const inB = new Map(b.overlays.map((o) => [o.id, o]));
  const kept = a.overlays
    .filter((o) => !ids.includes(o.id) || inB.has(o.id))
    .map((o) => (ids.includes(o.id) ? (inB.get(o.id) as Overlay) : o));
  const added = ids.filter((id) => !a.overlays.some((o) => o.id === id)).map((id) => inB.get(id) as Overlay);
  return withOverlays(a, `${a.id}+${[...ids].sort().join('+')}`, [...kept, ...added]);
}

/**
 * The route changes between `a` and `b` that no provision makes alone, each with the pair of
 * provisions that makes it together (the route reaches its status under `b`), if a pair does.
 */
function jointChanges(
  a: Regime,
  b: Regime,
  provisions: readonly ProvisionChange[],
  all: readonly CaseChange[],
  cases: readonly Incident[],
): RegimeDiff['jointly'] {
  const alone = provisions.flatMap((p) => p.cases);
  const unexplained = all.filter((c) => !alone.some((x) => sameCase(x, c) && x.after === c.after));
  if (unexplained.length === 0) return [];
  const ids = provisions.map((p) => p.provision);
  const incidents = cases.filter((i) => unexplained.some((c) => c.incident === i.id));
  const found = new Map<CaseChange, string[]>();
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const pair = [ids[i] as string, ids[j] as string];
      const open = unexplained.filter((c) => !found.has(c));
      if (open.length === 0) break;
      const changed = changes(a, partway(a, b, pair), incidents);
      for (const c of open) {
        if (changed.some((x) => sameCase(x, c) && x.after === c.after)) found.set(c, pair);
      }
    }
  }
  return unexplained.map((c) => ({ ...c, provisions: found.get(c) ?? [] }));
}

/** Each provision's cases changed together with another, from the joint changes. */
function withTogether(p: ProvisionChange, jointly: RegimeDiff['jointly']): ProvisionChange {
  const casesTogether = jointly
    .filter((c) => c.provisions.includes(p.provision))
    .map(({ provisions, ...c }) => ({ ...c, with: provisions.filter((id) => id !== p.provision) }));
  return { ...p, casesTogether };
}

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
  const all = changes(a, b, cases);
  const jointly = jointChanges(a, b, [...added, ...replaced, ...removed], all, cases);
  return {
    a: a.id,
    b: b.id,
    added: added.map((p) => withTogether(p, jointly)),
    removed: removed.map((p) => withTogether(p, jointly)),
    replaced: replaced.map((p) => withTogether(p, jointly)),
    cases: all,
    jointly,
  };
}
