import { sameValue } from './evaluate.js';
import type { Expr, Value } from './expr.js';
import type { Regime } from './regime.js';
import { type InForce, inForceOn, type Rule } from './rule.js';

/**
 * Compilation of a regime to plain closures, for bulk runs. A compiled regime is immutable and
 * shared; each run gets its own small context. It computes the same values as the interpreter
 * (a property test checks it), without traces or `needs`.
 */

type Getter = (ctx: Context) => Value | undefined;

interface Context {
  readonly facts: unknown;
  readonly date: string;
  readonly values: (Value | undefined)[];
  readonly done: Uint8Array;
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
  if (keys.length === 2) {
    const [a, b] = keys as [string, string];
    return (ctx) => {
      const o = (ctx.facts as Record<string, Record<string, unknown> | null | undefined>)[a];
      if (o === null || o === undefined || typeof o !== 'object') return undefined;
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
}

export interface CompiledRegime {
  readonly regime: Regime;
  run(facts: unknown, date: string): CompiledRun;
}

export function compileRegime(regime: Regime): CompiledRegime {
  const ids = [...regime.order];
  const index = new Map<string, number>(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const defs: ((ctx: Context) => Value | undefined)[] = new Array(n);

  const ref = (id: string): Getter => {
    const i = index.get(id) as number;
    return (ctx) => {
      if (ctx.done[i] === 1) return ctx.values[i];
      const v = (defs[i] as Getter)(ctx);
      ctx.values[i] = v;
      ctx.done[i] = 1;
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
          for (const a of args) {
            const v = a(ctx);
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
          for (const a of args) {
            const v = a(ctx);
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
          for (const x of values) if (v.includes(x)) return true;
          return false;
        };
      }
    }
  };

  ids.forEach((id, i) => {
    const def = regime.definitions.get(id);
    if (!def) throw new Error(`regime ${regime.id} lost definition ${id}`);
    const rules: CompiledRule[] = def.rules.map((rule) => ({
      rule,
      inForce: rule.inForce,
      replacedDuring: def.rules.filter((r) => r.replaces === rule.id).map((r) => r.inForce),
      when: rule.when ? expr(rule.when) : undefined,
      then: expr(rule.then),
    }));
    const otherwise = def.otherwise;
    const active = (r: CompiledRule, date: string) =>
      inForceOn(r.inForce, date) && !r.replacedDuring.some((w) => inForceOn(w, date));
    const chain = (ctx: Context, start: number): Value | undefined => {
      for (let k = start; k < rules.length; k++) {
        const r = rules[k] as CompiledRule;
        if (!active(r, ctx.date)) continue;
        const c = r.when ? r.when(ctx) : true;
        if (c === undefined) {
          const v = r.then(ctx);
          const rest = chain(ctx, k + 1);
          return v !== undefined && sameValue(v, rest) ? v : undefined;
        }
        if (c === true) {
          ctx.decided[i] = r.rule;
          return r.then(ctx);
        }
      }
      ctx.decided[i] = null;
      return otherwise;
    };
    defs[i] = (ctx) => chain(ctx, 0);
  });

  return {
    regime,
    run(facts: unknown, date: string): CompiledRun {
      const ctx: Context = {
        facts,
        date,
        values: new Array(n),
        done: new Uint8Array(n),
        decided: new Array(n).fill(null),
      };
      const get = (id: string): number => {
        const i = index.get(id);
        if (i === undefined) throw new Error(`regime ${regime.id} has no definition ${id}`);
        return i;
      };
      return {
        value(id) {
          const i = get(id);
          if (ctx.done[i] !== 1) {
            ctx.values[i] = (defs[i] as Getter)(ctx);
            ctx.done[i] = 1;
          }
          return ctx.values[i];
        },
        decidedBy(id) {
          this.value(id);
          return ctx.decided[get(id)] ?? null;
        },
      };
    },
  };
}
