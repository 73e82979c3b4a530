import { sameValue } from './evaluate.js';
import type { Expr, Value } from './expr.js';
import type { Regime } from './regime.js';
import { type InForce, inForceOn, type Rule } from './rule.js';

/**
 * Compilation of a regime to plain closures, for bulk runs. A compiled regime is immutable and
 * shared; each run gets its own small context. It computes the same values as the interpreter
 * (a property test checks it), without traces or `needs`.
 *
 * Which rules are in force depends only on the date, and only changes at the dates where some
 * rule starts or stops being in force. Those dates cut time into segments; each segment's rule
 * chains (the rules in force, replacements applied) are built once, the first time a date in it
 * is evaluated, so a run does no date arithmetic beyond finding its segment.
 */

type Getter = (ctx: Context) => Value | undefined;

/** Marks a definition not yet computed in a run (a computed one may be undefined: unknown). */
const UNSET: unique symbol = Symbol('unset');

interface Context {
  readonly facts: unknown;
  readonly date: string;
  /** Each definition's function for the run's date segment, by index. */
  readonly defs: readonly Getter[];
  readonly values: (Value | undefined | typeof UNSET)[];
  readonly decided: (Rule | null)[];
}

interface CompiledRule {
  readonly rule: Rule;
  readonly inForce: InForce | undefined;
  /** Replacements of this rule: it is skipped on dates where one of them is in force. */
  readonly replacedDuring: readonly (InForce | undefined)[];
  readonly when: Getter | undefined;
  readonly then: Getter;
}

function factGetter(path: string): Getter {
  const keys = path.split('.');
  if (keys.length === 1) {
    const [a] = keys as [string];
    return (ctx) => {
      const facts = ctx.facts as Record<string, unknown> | null | undefined;
      if (facts === null || typeof facts !== 'object') return undefined;
      const v = facts[a];
      return v === null ? undefined : (v as Value | undefined);
    };
  }
  if (keys.length === 2) {
    const [a, b] = keys as [string, string];
    return (ctx) => {
      const facts = ctx.facts as Record<string, unknown> | null | undefined;
      if (facts === null || typeof facts !== 'object') return undefined;
      const o = facts[a] as Record<string, unknown> | null | undefined;
      if (o === null || typeof o !== 'object') return undefined;
      const v = o[b];
      return v === null ? undefined : (v as Value | undefined);
    };
  }
  return (ctx) => {
    let cur: unknown = ctx.facts;
    for (const k of keys) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[k];
    }
    return cur === null ? undefined : (cur as Value | undefined);
  };
}

export interface CompiledRun {
  /** The value of a definition (undefined = undetermined). */
  value(id: string): Value | undefined;
  /** The first rule in force whose condition held, as in the interpreter's `decidedBy`. */
  decidedBy(id: string): Rule | null;
  /** `value` by the definition's index (`CompiledRegime.indexOf`), for hot loops. */
  valueAt(index: number): Value | undefined;
  /** `decidedBy` by the definition's index (`CompiledRegime.indexOf`), for hot loops. */
  decidedAt(index: number): Rule | null;
}

export interface CompiledRegime {
  readonly regime: Regime;
  run(facts: unknown, date: string): CompiledRun;
  /** The index of a definition, for `valueAt` and `decidedAt`; throws for an unknown id. */
  indexOf(id: string): number;
}

/**
 * A definition's value from its rules in force, the first whose condition holds deciding. An
 * unknown condition decides nothing: the value is the rule's if the rest of the chain gives the
 * same, and unknown otherwise.
 */
function chain(
  ctx: Context,
  rules: readonly CompiledRule[],
  start: number,
  i: number,
  otherwise: Value | undefined,
): Value | undefined {
  for (let k = start; k < rules.length; k++) {
    const r = rules[k] as CompiledRule;
    const c = r.when === undefined ? true : r.when(ctx);
    if (c === undefined) {
      const v = r.then(ctx);
      const rest = chain(ctx, rules, k + 1, i, otherwise);
      return v !== undefined && sameValue(v, rest) ? v : undefined;
    }
    if (c === true) {
      ctx.decided[i] = r.rule;
      return r.then(ctx);
    }
  }
  ctx.decided[i] = null;
  return otherwise;
}

/** One evaluation: the context the closures read, and the public view of it. */
class Run implements CompiledRun, Context {
  readonly values: (Value | undefined | typeof UNSET)[];
  readonly decided: (Rule | null)[];

  constructor(
    private readonly compiled: Compiled,
    readonly facts: unknown,
    readonly date: string,
    readonly defs: readonly Getter[],
  ) {
    const n = defs.length;
    this.values = new Array(n).fill(UNSET);
    this.decided = new Array(n).fill(null);
  }

  valueAt(i: number): Value | undefined {
    const known = this.values[i];
    if (known !== UNSET) return known;
    const v = (this.defs[i] as Getter)(this);
    this.values[i] = v;
    return v;
  }

  decidedAt(i: number): Rule | null {
    this.valueAt(i);
    return this.decided[i] ?? null;
  }

  value(id: string): Value | undefined {
    return this.valueAt(this.compiled.indexOf(id));
  }

  decidedBy(id: string): Rule | null {
    return this.decidedAt(this.compiled.indexOf(id));
  }
}

class Compiled implements CompiledRegime {
  private readonly index: ReadonlyMap<string, number>;
  /** The dates at which some rule starts or stops being in force, ascending. */
  private readonly cuts: readonly string[];
  /** The definitions' functions for each date segment, built on first use. */
  private readonly segments: (readonly Getter[] | undefined)[];
  private readonly rules: readonly (readonly CompiledRule[])[];
  private readonly otherwise: readonly (Value | undefined)[];

  constructor(readonly regime: Regime) {
    const ids = [...regime.order];
    this.index = new Map<string, number>(ids.map((id, i) => [id, i]));
    const cuts = new Set<string>();

    const ref = (id: string): Getter => {
      const i = this.indexOf(id);
      return (ctx) => {
        const known = ctx.values[i];
        if (known !== UNSET) return known;
        const v = (ctx.defs[i] as Getter)(ctx);
        ctx.values[i] = v;
        return v;
      };
    };

    const expr = (e: Expr): Getter => {
      switch (e.kind) {
        case 'lit': {
          const v = e.value;
          return () => v;
        }
        case 'fact':
          return factGetter(e.path);
        case 'ref':
          return ref(e.id);
        case 'not': {
          const a = expr(e.arg);
          return (ctx) => {
            const v = a(ctx);
            return v === undefined ? undefined : v !== true;
          };
        }
        case 'and': {
          const args = e.args.map(expr);
          return (ctx) => {
            let unknown = false;
            for (let k = 0; k < args.length; k++) {
              const v = (args[k] as Getter)(ctx);
              if (v === undefined) unknown = true;
              else if (v !== true) return false;
            }
            return unknown ? undefined : true;
          };
        }
        case 'or': {
          const args = e.args.map(expr);
          return (ctx) => {
            let unknown = false;
            for (let k = 0; k < args.length; k++) {
              const v = (args[k] as Getter)(ctx);
              if (v === undefined) unknown = true;
              else if (v === true) return true;
            }
            return unknown ? undefined : false;
          };
        }
        case 'eq': {
          const a = expr(e.arg);
          const want = e.value;
          return (ctx) => {
            const v = a(ctx);
            return v === undefined ? undefined : v === want;
          };
        }
        case 'oneOf': {
          const a = expr(e.arg);
          const values = e.values;
          return (ctx) => {
            const v = a(ctx);
            return v === undefined ? undefined : values.includes(v as string);
          };
        }
        case 'hasAny': {
          const a = expr(e.arg);
          const values = e.values;
          return (ctx) => {
            const v = a(ctx);
            if (v === undefined) return undefined;
            if (!Array.isArray(v)) return false;
            for (let k = 0; k < values.length; k++) if (v.includes(values[k] as string)) return true;
            return false;
          };
        }
      }
    };

    const addCuts = (f: InForce | undefined) => {
      if (f?.from !== undefined) cuts.add(f.from);
      if (f?.until !== undefined) cuts.add(f.until);
    };
    this.rules = ids.map((id) => {
      const def = regime.definitions.get(id);
      if (!def) throw new Error(`regime ${regime.id} lost definition ${id}`);
      return def.rules.map((rule) => {
        addCuts(rule.inForce);
        return {
          rule,
          inForce: rule.inForce,
          replacedDuring: def.rules.filter((r) => r.replaces === rule.id).map((r) => r.inForce),
          when: rule.when ? expr(rule.when) : undefined,
          then: expr(rule.then),
        };
      });
    });
    this.otherwise = ids.map((id) => regime.definitions.get(id)?.otherwise);
    this.cuts = [...cuts].sort();
    this.segments = new Array(this.cuts.length + 1).fill(undefined);
  }

  indexOf(id: string): number {
    const i = this.index.get(id);
    if (i === undefined) throw new Error(`regime ${this.regime.id} has no definition ${id}`);
    return i;
  }

  /** The definitions' functions on a date: its segment's, built on first use. */
  private defsOn(date: string): readonly Getter[] {
    const cuts = this.cuts;
    let s = 0;
    while (s < cuts.length && date >= (cuts[s] as string)) s++;
    const known = this.segments[s];
    if (known) return known;
    // Every date of segment s compares the same way with every cut, so `date` stands for them all.
    const defs = this.rules.map((rules, i): Getter => {
      const active = rules.filter(
        (r) => inForceOn(r.inForce, date) && !r.replacedDuring.some((w) => inForceOn(w, date)),
      );
      const otherwise = this.otherwise[i];
      return (ctx) => chain(ctx, active, 0, i, otherwise);
    });
    this.segments[s] = defs;
    return defs;
  }

  run(facts: unknown, date: string): CompiledRun {
    return new Run(this, facts, date, this.defsOn(date));
  }
}

export function compileRegime(regime: Regime): CompiledRegime {
  return new Compiled(regime);
}
