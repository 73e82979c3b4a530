import { type Overlay, type Regime, RegimeBuildError, withOverlays } from '../engine/index.js';
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

/** What a provision changes, for changes `C` of the subjects evaluated (corpus cases, agencies). */
export interface ProvisionChangeOf<C> {
  readonly provision: string;
  readonly title: string;
  readonly cite: string;
  readonly unconfirmed: string | null;
  readonly rules: readonly RuleChange[];
  /** Subjects whose outcome this provision alone changes (from `a` towards `b`). */
  readonly cases: readonly C[];
  /**
   * Subjects whose outcome this provision changes only together with another provision of the
   * difference (`with`): neither alone changes it, the two together bring it to its value under `b`.
   */
  readonly casesTogether: readonly (C & { readonly with: readonly string[] })[];
  /**
   * Present when the provision cannot be taken alone from `a` towards `b` because its rules
   * conflict with `a`'s (two bills deciding the same definition at the same priority): the
   * conflicts, and then `cases` is empty and its changes show only together with others.
   */
  readonly aloneConflicts?: readonly string[];
}

export type ProvisionChange = ProvisionChangeOf<CaseChange>;

export interface JointCaseChange extends CaseChange {
  /** The other provisions it takes. */
  readonly with: readonly string[];
}

export interface RegimeDiffOf<C> {
  readonly a: string;
  readonly b: string;
  readonly added: readonly ProvisionChangeOf<C>[];
  readonly removed: readonly ProvisionChangeOf<C>[];
  readonly replaced: readonly ProvisionChangeOf<C>[];
  /** Every subject whose outcome differs between the two regimes. */
  readonly cases: readonly C[];
  /**
   * The changes no single provision makes, with the smallest set of provisions (two) that makes
   * each; empty provisions when no pair does (it takes three or more).
   */
  readonly jointly: readonly (C & { readonly provisions: readonly string[] })[];
}

export type RegimeDiff = RegimeDiffOf<CaseChange>;

/**
 * How the subjects of a diff are judged: the changes between two regimes over a list of them,
 * which subject a change is of, and whether two changes are of the same subject and outcome.
 */
export interface DiffJudge<S, C extends { readonly after: string }> {
  changes(before: Regime, after: Regime, subjects: readonly S[]): C[];
  /** The same subject and the same part of its outcome (the route, the row). */
  same(x: C, y: C): boolean;
  /** Whether the change is of this subject. */
  isOf(change: C, subject: S): boolean;
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

function incidentChanges(before: Regime, after: Regime, cases: readonly Incident[]): CaseChange[] {
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

const describe = <C>(overlay: Overlay, alone: Alone<C>): ProvisionChangeOf<C> => ({
  provision: overlay.id,
  title: overlay.title,
  cite: overlay.cite,
  unconfirmed: overlay.unconfirmed ?? null,
  rules: rulesOf(overlay),
  cases: alone.cases,
  casesTogether: [],
  ...(alone.conflicts ? { aloneConflicts: alone.conflicts } : {}),
});

/** What a provision changes alone, or the conflicts that keep it from being taken alone. */
interface Alone<C> {
  readonly cases: C[];
  readonly conflicts?: readonly string[];
}

/** The regime `build` gives, or the conflicts that keep it from being built. */
function built(build: () => Regime): Regime | readonly string[] {
  try {
    return build();
  } catch (e) {
    if (e instanceof RegimeBuildError) return e.problems;
    throw e;
  }
}

/** The corpus cases, judged by the status of each route. */
export const INCIDENT_JUDGE: DiffJudge<Incident, CaseChange> = {
  changes: incidentChanges,
  same: (x, y) => x.incident === y.incident && x.route === y.route,
  isOf: (c, incident) => c.incident === incident.id,
};

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
function jointChanges<S, C extends { readonly after: string }>(
  judge: DiffJudge<S, C>,
  a: Regime,
  b: Regime,
  provisions: readonly ProvisionChangeOf<C>[],
  all: readonly C[],
  cases: readonly S[],
): RegimeDiffOf<C>['jointly'] {
  const alone = provisions.flatMap((p) => p.cases);
  const unexplained = all.filter((c) => !alone.some((x) => judge.same(x, c) && x.after === c.after));
  if (unexplained.length === 0) return [];
  const ids = provisions.map((p) => p.provision);
  const incidents = cases.filter((i) => unexplained.some((c) => judge.isOf(c, i)));
  const found = new Map<C, string[]>();
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const pair = [ids[i] as string, ids[j] as string];
      const open = unexplained.filter((c) => !found.has(c));
      if (open.length === 0) break;
      const regime = built(() => partway(a, b, pair));
      if (!('id' in regime)) continue; // the pair conflicts with what `a` keeps
      const changed = judge.changes(a, regime, incidents);
      for (const c of open) {
        if (changed.some((x) => judge.same(x, c) && x.after === c.after)) found.set(c, pair);
      }
    }
  }
  return unexplained.map((c) => ({ ...c, provisions: found.get(c) ?? [] }));
}

/** Each provision's cases changed together with another, from the joint changes. */
function withTogether<C>(p: ProvisionChangeOf<C>, jointly: RegimeDiffOf<C>['jointly']): ProvisionChangeOf<C> {
  const casesTogether = jointly
    .filter((c) => c.provisions.includes(p.provision))
    .map(({ provisions, ...c }) => ({
      ...(c as unknown as C),
      with: provisions.filter((id) => id !== p.provision),
    }));
  return { ...p, casesTogether };
}

export function diffRegimes(a: Regime, b: Regime, cases: readonly Incident[]): RegimeDiff {
  return diffRegimesBy(INCIDENT_JUDGE, a, b, cases);
}

/** `diffRegimes` over any subjects, judged by `judge`. */
export function diffRegimesBy<S, C extends { readonly after: string }>(
  judge: DiffJudge<S, C>,
  a: Regime,
  b: Regime,
  cases: readonly S[],
): RegimeDiffOf<C> {
  const changes = judge.changes;
  const alone = (build: () => Regime): Alone<C> => {
    const regime = built(build);
    return 'id' in regime ? { cases: changes(a, regime, cases) } : { cases: [], conflicts: regime };
  };
  const inA = new Map(a.overlays.map((o) => [o.id, o]));
  const inB = new Map(b.overlays.map((o) => [o.id, o]));
  const added: ProvisionChangeOf<C>[] = [];
  const removed: ProvisionChangeOf<C>[] = [];
  const replaced: ProvisionChangeOf<C>[] = [];
  for (const [id, overlay] of inB) {
    const old = inA.get(id);
    if (!old) {
      added.push(
        describe(
          overlay,
          alone(() => withOverlays(a, `${a.id}+${id}`, [...a.overlays, overlay])),
        ),
      );
    } else if (JSON.stringify(old) !== JSON.stringify(overlay)) {
      const swapped = a.overlays.map((o) => (o.id === id ? overlay : o));
      replaced.push(
        describe(
          overlay,
          alone(() => withOverlays(a, `${a.id}~${id}`, swapped)),
        ),
      );
    }
  }
  for (const [id, overlay] of inA) {
    if (inB.has(id)) continue;
    const without = () =>
      withOverlays(
        a,
        `${a.id}-${id}`,
        a.overlays.filter((o) => o.id !== id),
      );
    removed.push(describe(overlay, alone(without)));
  }
  const all = changes(a, b, cases);
  const jointly = jointChanges(judge, a, b, [...added, ...replaced, ...removed], all, cases);
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
