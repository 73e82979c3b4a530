import type { Expr, Value } from './expr.js';
import type { Regime } from './regime.js';
import { inForceOn, type Rule } from './rule.js';

/** Reads a fact by dotted path; `undefined` means unknown. */
export type FactReader = (path: string) => Value | undefined;

/** A fact as read during an evaluation. */
export interface FactRead {
  readonly path: string;
  readonly value: Value | undefined;
}

/** How a definition got its value: the rules looked at, the facts read, the definitions used. */
export interface TraceNode {
  readonly definition: string;
  readonly description: string;
  readonly value: Value | undefined;
  /** The first rule in force whose condition was known to hold; null when none was. */
  readonly decidedBy: Rule | null;
  /** Rules in force, in the order considered, with what their condition came to. */
  readonly considered: readonly { readonly rule: Rule; readonly condition: boolean | undefined }[];
  readonly facts: readonly FactRead[];
  readonly children: readonly TraceNode[];
  readonly needs: readonly string[];
}

/** The result of one definition: its value (undefined = undetermined) and what would decide it. */
export interface Outcome {
  readonly value: Value | undefined;
  /** When undetermined: exactly the unknown facts the result still depends on. */
  readonly needs: readonly string[];
  readonly decidedBy: Rule | null;
  readonly trace: TraceNode | undefined;
}

interface Res {
  v: Value | undefined;
  n: readonly string[];
}

const NONE: readonly string[] = [];

function union(a: readonly string[], b: readonly string[]): readonly string[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = a.slice();
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return false;
}

interface Frame {
  facts: FactRead[];
  children: TraceNode[];
}

/**
 * One evaluation of a regime for one set of facts on one date: a fresh context per run, the
 * regime untouched. Definitions are computed on demand and remembered for the run.
 */
export class Evaluation {
  private readonly memo = new Map<string, Outcome>();
  private frame: Frame | undefined;

  constructor(
    readonly regime: Regime,
    private readonly readFact: FactReader,
    readonly date: string,
    private readonly withTrace = true,
  ) {}

  get(id: string): Outcome {
    const known = this.memo.get(id);
    if (known) {
      if (this.frame && known.trace && !this.frame.children.includes(known.trace))
        this.frame.children.push(known.trace);
      return known;
    }
    const def = this.regime.definitions.get(id);
    if (!def) throw new Error(`regime ${this.regime.id} has no definition ${id}`);
    const parent = this.frame;
    const frame: Frame | undefined = this.withTrace ? { facts: [], children: [] } : undefined;
    this.frame = frame;
    const considered: { rule: Rule; condition: boolean | undefined }[] = [];
    const r = this.chain(def.rules, 0, new Set(), considered, def.otherwise);
    this.frame = parent;
    const needs = r.v === undefined ? r.n : NONE;
    const trace: TraceNode | undefined = frame
      ? {
          definition: id,
          description: def.description,
          value: r.v,
          decidedBy: r.decidedBy,
          considered,
          facts: frame.facts,
          children: frame.children,
          needs,
        }
      : undefined;
    const outcome: Outcome = { value: r.v, needs, decidedBy: r.decidedBy, trace };
    this.memo.set(id, outcome);
    if (parent && trace) parent.children.push(trace);
    return outcome;
  }

  private chain(
    rules: readonly Rule[],
    start: number,
    shadowed: Set<string>,
    considered: { rule: Rule; condition: boolean | undefined }[],
    otherwise: Value | undefined,
  ): Res & { decidedBy: Rule | null } {
    for (let i = start; i < rules.length; i++) {
      const rule = rules[i] as Rule;
      if (shadowed.has(rule.id) || !inForceOn(rule.inForce, this.date)) continue;
      if (rule.replaces) shadowed.add(rule.replaces);
      const c = rule.when ? this.expr(rule.when) : { v: true, n: NONE };
      const condition = c.v === undefined ? undefined : c.v === true;
      considered.push({ rule, condition });
      if (condition === false) continue;
      const v = this.expr(rule.then);
      if (condition === true) return { v: v.v, n: v.n, decidedBy: rule };
      // The condition is unknown: the value is this rule's or the rest's. When both are known
      // and equal the result is determined all the same; otherwise it needs what both read.
      const rest = this.chain(rules, i + 1, new Set(shadowed), considered, otherwise);
      if (v.v !== undefined && sameValue(v.v, rest.v)) return { v: v.v, n: NONE, decidedBy: rest.decidedBy };
      return { v: undefined, n: union(union(c.n, v.n), rest.n), decidedBy: rest.decidedBy };
    }
    return { v: otherwise, n: NONE, decidedBy: null };
  }

  private fact(path: string): Res {
    const v = this.readFact(path);
    if (this.frame && !this.frame.facts.some((f) => f.path === path))
      this.frame.facts.push({ path, value: v });
    return v === undefined ? { v: undefined, n: [path] } : { v, n: NONE };
  }

  private expr(e: Expr): Res {
    switch (e.kind) {
      case 'lit':
        return { v: e.value, n: NONE };
      case 'fact':
        return this.fact(e.path);
      case 'ref': {
        const o = this.get(e.id);
        return { v: o.value, n: o.needs };
      }
      case 'not': {
        const a = this.expr(e.arg);
        return a.v === undefined ? a : { v: a.v !== true, n: NONE };
      }
      case 'and': {
        let needs: readonly string[] = NONE;
        let unknown = false;
        for (const arg of e.args) {
          const a = this.expr(arg);
          if (a.v === undefined) {
            unknown = true;
            needs = union(needs, a.n);
          } else if (a.v !== true) return { v: false, n: NONE };
        }
        return unknown ? { v: undefined, n: needs } : { v: true, n: NONE };
      }
      case 'or': {
        let needs: readonly string[] = NONE;
        let unknown = false;
        for (const arg of e.args) {
          const a = this.expr(arg);
          if (a.v === undefined) {
            unknown = true;
            needs = union(needs, a.n);
          } else if (a.v === true) return { v: true, n: NONE };
        }
        return unknown ? { v: undefined, n: needs } : { v: false, n: NONE };
      }
      case 'eq': {
        const a = this.expr(e.arg);
        return a.v === undefined ? a : { v: a.v === e.value, n: NONE };
      }
      case 'oneOf': {
        const a = this.expr(e.arg);
        return a.v === undefined ? a : { v: e.values.includes(a.v as string), n: NONE };
      }
      case 'hasAny': {
        const a = this.expr(e.arg);
        if (a.v === undefined) return a;
        const set = a.v;
        return { v: Array.isArray(set) && e.values.some((x) => set.includes(x)), n: NONE };
      }
    }
  }
}

/** Reads dotted paths from a plain object; `null` and missing are unknown. */
export function factsFromObject(obj: unknown): FactReader {
  return (path: string) => {
    let cur: unknown = obj;
    for (const key of path.split('.')) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[key];
    }
    return cur === null || cur === undefined ? undefined : (cur as Value);
  };
}

/** Evaluates the named definitions of a regime for one set of facts on one date. */
export function evaluate(
  regime: Regime,
  facts: FactReader,
  date: string,
  ids: readonly string[],
  options: { trace?: boolean } = {},
): Map<string, Outcome> {
  const run = new Evaluation(regime, facts, date, options.trace ?? true);
  const out = new Map<string, Outcome>();
  for (const id of ids) out.set(id, run.get(id));
  return out;
}
