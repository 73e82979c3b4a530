import { type Regime, sameValue, type TraceNode, type Value } from '../engine/index.js';
import { type Incident, type RouteName, type RouteStatus, statusOf, traceIncident } from '../law/index.js';
import { inWords } from './in-words.js';

/**
 * Contrastive explanation: why one route comes out differently under two regimes. Built from the
 * two derivations only: walk both traces together from the route down, following the definitions
 * whose values differ, to the definitions where the difference starts (their own inputs agree).
 * Each such cause is reported with the rule and citation that decided it on each side.
 */

export interface Side {
  readonly regime: string;
  readonly value: Value | null;
  readonly rule: string | null;
  readonly cite: string | null;
  readonly provision: string | null;
  readonly text: string | null;
}

export interface Cause {
  /** The definition where the two derivations start to differ. */
  readonly definition: string;
  readonly description: string;
  readonly a: Side;
  readonly b: Side;
}

export interface Contrast {
  readonly route: RouteName;
  readonly a: { readonly regime: string; readonly status: RouteStatus };
  readonly b: { readonly regime: string; readonly status: RouteStatus };
  readonly differs: boolean;
  /** The first cause in derivation order (the first rule where the derivations diverge). */
  readonly divergence: Cause | null;
  readonly causes: readonly Cause[];
  /** Two clauses, each citing the provision that decides its side. */
  readonly sentence: string;
}

function side(regime: string, node: TraceNode): Side {
  const r = node.decidedBy;
  return {
    regime,
    value: node.value ?? null,
    rule: r?.id ?? null,
    cite: r?.cite ?? null,
    provision: r?.provision ?? null,
    text: r?.text ?? null,
  };
}

function rootCauses(
  a: TraceNode,
  b: TraceNode,
  regimeA: string,
  regimeB: string,
  out: Cause[],
  seen: Set<string>,
) {
  if (seen.has(a.definition)) return;
  seen.add(a.definition);
  const childrenB = new Map(b.children.map((c) => [c.definition, c]));
  const differing = a.children.filter((c) => {
    const other = childrenB.get(c.definition);
    return other !== undefined && !sameValue(c.value, other.value);
  });
  if (differing.length === 0) {
    out.push({
      definition: a.definition,
      description: a.description,
      a: side(regimeA, a),
      b: side(regimeB, b),
    });
    return;
  }
  for (const c of differing)
    rootCauses(c, childrenB.get(c.definition) as TraceNode, regimeA, regimeB, out, seen);
}

/** Where two derivations of the same definition start to differ (their inputs agreeing). */
export function divergences(a: TraceNode, b: TraceNode, labelA: string, labelB: string): Cause[] {
  const out: Cause[] = [];
  if (!sameValue(a.value, b.value)) rootCauses(a, b, labelA, labelB, out, new Set());
  return out;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function clause(
  status: RouteStatus,
  regime: string,
  causes: readonly Cause[],
  pick: (c: Cause) => Side,
): string {
  const because = causes.map((c) => {
    const s = pick(c);
    return `${lowerFirst(c.description)}: ${inWords(s.value)} (${s.cite ?? 'no rule in force'})`;
  });
  return `${status} under ${regime} because ${because.join('; and ')}`;
}

/** Why `route` differs (or not) between regimes A and B for this incident. */
export function contrast(incident: Incident, route: RouteName, regimeA: Regime, regimeB: Regime): Contrast {
  const [ta] = traceIncident(regimeA, incident, [route]) as [TraceNode];
  const [tb] = traceIncident(regimeB, incident, [route]) as [TraceNode];
  const statusA = statusOf(ta.value);
  const statusB = statusOf(tb.value);
  const differs = !sameValue(ta.value, tb.value);
  const causes = divergences(ta, tb, regimeA.id, regimeB.id);
  const sentence = differs
    ? `${route}: ${clause(statusA, regimeA.id, causes, (c) => c.a)}; ${clause(statusB, regimeB.id, causes, (c) => c.b)}.`
    : `${route}: ${statusA} under both ${regimeA.id} and ${regimeB.id}.`;
  return {
    route,
    a: { regime: regimeA.id, status: statusA },
    b: { regime: regimeB.id, status: statusB },
    differs,
    divergence: causes[0] ?? null,
    causes,
    sentence,
  };
}
