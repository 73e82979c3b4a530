import { type Expr, sameValue, type Value } from './expr.js';
import { generateKernel, type Kernel } from './kernel.js';
import { changeDates, type Regime } from './regime.js';
import { type Rule, rulesInForce, segmentOf } from './rule.js';

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

/**
 * A definition computed as unknown, in a run's `values`; a hole (`undefined`) there means not
 * computed yet. The arrays start as holes, so a run costs no initialisation.
 */
const UNKNOWN: unique symbol = Symbol('unknown');

interface Context {
  readonly facts: unknown;
  readonly date: string;
  /** Each definition's rules in force on the run's date (its segment's), by index. */
  readonly active: readonly (readonly CompiledRule[])[];
  /** Each definition's value when none of its rules applies, by index. */
  readonly otherwise: readonly (Value | undefined)[];
  /**
   * The definitions' values (by index), then the facts `a.b` read so far and the objects `a` they
   * were read from (by slot, after the definitions): a fact read several times in a run is read
   * from the facts once. Objects are stored there too, hence the casts where slots are read.
   */
  readonly values: (Value | typeof UNKNOWN | undefined)[];
  readonly decided: (Rule | null | undefined)[];
}

/** A fact `a.b` of a regime, with its place in a run's `values`, and the place of `a`. */
interface Fact2 {
  readonly a: string;
  readonly b: string;
  readonly slot: number;
  readonly top: number;
}

interface CompiledRule {
  readonly rule: Rule;
  readonly when: Getter | undefined;
  readonly then: Getter;
  /** When `then` is a literal: its value, read without a call. */
  readonly literal: boolean;
  readonly thenValue: Value | undefined;
  /**
   * When `when` compares a fact `a.b` with a value (`isTrue`, `isFalse`, `eq`: the commonest
   * condition), the comparison is made in the chain's loop, without a call: its keys and value.
   */
  readonly whenFact: Fact2 | null;
  readonly whenValue: Value | undefined;
}

/**
 * The value of a fact `a.b` in a run: read from the facts the first time, remembered after. The
 * object `a` is remembered too (in its own slot: the object, or UNKNOWN when it is not one).
 */
function readFact2(ctx: Context, f: Fact2): Value | undefined {
  const values = ctx.values as unknown[];
  const seen = values[f.slot];
  if (seen !== undefined) return seen === UNKNOWN ? undefined : (seen as Value);
  let o = values[f.top];
  if (o === undefined) {
    const facts = ctx.facts;
    const x =
      facts === null || typeof facts !== 'object' ? undefined : (facts as Record<string, unknown>)[f.a];
    o = x === null || typeof x !== 'object' ? UNKNOWN : x;
    values[f.top] = o;
  }
  let v: Value | undefined;
  if (o === UNKNOWN) v = undefined;
  else {
    const x = (o as Record<string, unknown>)[f.b];
    v = x === null ? undefined : (x as Value | undefined);
  }
  values[f.slot] = v === undefined ? UNKNOWN : v;
  return v;
}

function factGetter(path: string, fact2: Fact2 | null): Getter {
  if (fact2 !== null) return (ctx) => readFact2(ctx, fact2);
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

/**
 * Writes the values of some definitions (those given to `CompiledRegime.valuesOf`, in that order)
 * for `facts` on `date` into `out`; undefined is undetermined.
 */
export type ValuesOf = (facts: unknown, date: string, out: (Value | undefined)[]) => void;

export interface CompiledRegime {
  readonly regime: Regime;
  run(facts: unknown, date: string): CompiledRun;
  /** The index of a definition, for `valueAt` and `decidedAt`; throws for an unknown id. */
  indexOf(id: string): number;
  /**
   * The values of the definitions `ids` only, for the hottest loops (the synthetic population):
   * the values `run(facts, date).value(id)` gives, computed by JavaScript generated for the regime
   * (kernel.ts), with nothing allocated per call. No `decidedBy`, no trace.
   */
  valuesOf(ids: readonly string[]): ValuesOf;
}

/** `Compiled.byYear`: a cut falls in the year; the year is not looked at yet. */
const YEAR_HAS_CUT = -1;
const YEAR_UNKNOWN = -2;

/** The first four characters of a string as a number, when they are digits; otherwise -1. */
function yearOf(date: string): number {
  if (date.length < 4) return -1;
  const a = date.charCodeAt(0) - 48;
  const b = date.charCodeAt(1) - 48;
  const c = date.charCodeAt(2) - 48;
  const d = date.charCodeAt(3) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9 || c < 0 || c > 9 || d < 0 || d > 9) return -1;
  return a * 1000 + b * 100 + c * 10 + d;
}

/**
 * A date `YYYY-MM-DD` as the number YYYYMMDD, or -1 for any other string. For such dates the
 * numbers are in the same order as the strings.
 */
function dateKey(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  let key = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = date.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    key = key * 10 + c;
  }
  return key;
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
    let c: Value | undefined;
    if (r.whenFact !== null) {
      const v = readFact2(ctx, r.whenFact);
      c = v === undefined ? undefined : v === r.whenValue;
    } else c = r.when === undefined ? true : r.when(ctx);
    if (c === undefined) {
      const v = r.literal ? r.thenValue : r.then(ctx);
      const rest = chain(ctx, rules, k + 1, i, otherwise);
      return v !== undefined && sameValue(v, rest) ? v : undefined;
    }
    if (c === true) {
      ctx.decided[i] = r.rule;
      return r.literal ? r.thenValue : r.then(ctx);
    }
  }
  ctx.decided[i] = null;
  return otherwise;
}

/** The value of definition `i` in a run, computed on first use and remembered. */
function definitionValue(ctx: Context, i: number): Value | undefined {
  const known = ctx.values[i];
  if (known !== undefined) return known === UNKNOWN ? undefined : known;
  const v = chain(ctx, ctx.active[i] as readonly CompiledRule[], 0, i, ctx.otherwise[i]);
  ctx.values[i] = v === undefined ? UNKNOWN : v;
  return v;
}

/** One evaluation: the context the closures read, and the public view of it. */
class Run implements CompiledRun, Context {
  readonly values: (Value | typeof UNKNOWN | undefined)[];
  readonly decided: (Rule | null | undefined)[];

  constructor(
    private readonly compiled: Compiled,
    readonly facts: unknown,
    readonly date: string,
    readonly active: readonly (readonly CompiledRule[])[],
    readonly otherwise: readonly (Value | undefined)[],
    slots: number,
  ) {
    this.values = new Array(slots);
    this.decided = new Array(active.length);
  }

  valueAt(i: number): Value | undefined {
    return definitionValue(this, i);
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
  /** The cuts as numbers (`dateKey`) when they are all `YYYY-MM-DD` dates, otherwise null. */
  private readonly cutKeys: Int32Array | null;
  /** The definitions' rules in force in each date segment, built on first use. */
  private readonly segments: (readonly (readonly CompiledRule[])[] | undefined)[];
  private readonly rules: readonly (readonly CompiledRule[])[];
  readonly otherwise: readonly (Value | undefined)[];
  /** The length of a run's values: the definitions, then the facts `a.b` the rules read. */
  private readonly slots: number;
  /**
   * The segment of each date seen lately (bounded), to skip the search for a date seen before,
   * for dates not written `YYYY-MM-DD`.
   */
  private readonly byDate = new Map<string, number>();
  /** By year 0-9999: the segment of the dates of that year, YEAR_HAS_CUT or YEAR_UNKNOWN. */
  private readonly byYear = new Int16Array(10_000).fill(YEAR_UNKNOWN);

  constructor(readonly regime: Regime) {
    const ids = [...regime.order];
    this.index = new Map<string, number>(ids.map((id, i) => [id, i]));

    // Facts `a.b` get a slot in a run's values, after the definitions.
    // and so do the objects `a` they are read from.
    let nextSlot = ids.length;
    const facts2 = new Map<string, Fact2>();
    const tops = new Map<string, number>();
    const fact2 = (e: Expr): Fact2 | null => {
      if (e.kind !== 'fact') return null;
      let f = facts2.get(e.path);
      if (f === undefined) {
        const keys = e.path.split('.');
        if (keys.length !== 2) return null;
        const a = keys[0] as string;
        let top = tops.get(a);
        if (top === undefined) {
          top = nextSlot++;
          tops.set(a, top);
        }
        f = { a, b: keys[1] as string, slot: nextSlot++, top };
        facts2.set(e.path, f);
      }
      return f;
    };

    const ref = (id: string): Getter => {
      const i = this.indexOf(id);
      return (ctx) => definitionValue(ctx, i);
    };

    const expr = (e: Expr): Getter => {
      switch (e.kind) {
        case 'lit': {
          const v = e.value;
          return () => v;
        }
        case 'fact':
          return factGetter(e.path, fact2(e));
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
          const want = e.value;
          const f = fact2(e.arg);
          if (f) {
            return (ctx) => {
              const v = readFact2(ctx, f);
              return v === undefined ? undefined : v === want;
            };
          }
          const a = expr(e.arg);
          return (ctx) => {
            const v = a(ctx);
            return v === undefined ? undefined : v === want;
          };
        }
        case 'oneOf': {
          const values = e.values;
          const f = fact2(e.arg);
          if (f) {
            return (ctx) => {
              const v = readFact2(ctx, f);
              return v === undefined ? undefined : values.includes(v as string);
            };
          }
          const a = expr(e.arg);
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

    this.rules = ids.map((id) => {
      const def = regime.definitions.get(id);
      if (!def) throw new Error(`regime ${regime.id} lost definition ${id}`);
      return def.rules.map((rule) => {
        return {
          rule,
          when: rule.when ? expr(rule.when) : undefined,
          then: expr(rule.then),
          literal: rule.then.kind === 'lit',
          thenValue: rule.then.kind === 'lit' ? rule.then.value : undefined,
          whenFact: rule.when?.kind === 'eq' ? fact2(rule.when.arg) : null,
          whenValue: rule.when?.kind === 'eq' ? rule.when.value : undefined,
        };
      });
    });
    this.otherwise = ids.map((id) => regime.definitions.get(id)?.otherwise);
    this.slots = nextSlot;
    this.cuts = changeDates(regime);
    const keys = this.cuts.map(dateKey);
    this.cutKeys = keys.every((k) => k >= 0) ? Int32Array.from(keys) : null;
    this.segments = new Array(this.cuts.length + 1).fill(undefined);
  }

  indexOf(id: string): number {
    const i = this.index.get(id);
    if (i === undefined) throw new Error(`regime ${this.regime.id} has no definition ${id}`);
    return i;
  }

  /**
   * The segment of a date: the number of cuts on or before it. Most years have no cut: the
   * segment of a date in such a year is looked up by the year. Other `YYYY-MM-DD` dates are
   * searched for as numbers, which costs less than comparing strings or looking the string up.
   */
  private segmentIndex(date: string): number {
    const year = yearOf(date);
    if (year >= 0) {
      const s = this.byYear[year] as number;
      if (s >= 0) return s;
      if (s === YEAR_UNKNOWN) return this.yearSegment(date, year);
    }
    const cutKeys = this.cutKeys;
    if (cutKeys !== null) {
      const key = dateKey(date);
      if (key >= 0) return segmentOf(cutKeys, key);
    }
    const seen = this.byDate.get(date);
    if (seen !== undefined) return seen;
    if (this.byDate.size >= 4096) this.byDate.clear();
    const s = this.searchCuts(date);
    this.byDate.set(date, s);
    return s;
  }

  /** The number of cuts on or before `date`, comparing strings. */
  private searchCuts(date: string): number {
    return segmentOf(this.cuts, date);
  }

  /**
   * Fills `byYear` for the year of `date` (its first four characters) and gives the date's segment.
   * When no cut starts with those four characters, every cut compares with every string starting
   * with them as it compares with the four characters, so all such dates are in one segment.
   */
  private yearSegment(date: string, year: number): number {
    const prefix = date.slice(0, 4);
    const s = this.searchCuts(date);
    this.byYear[year] = this.cuts.some((c) => c.startsWith(prefix)) ? YEAR_HAS_CUT : s;
    return s;
  }

  /** The definitions' rules in force on a date: its segment's, built on first use. */
  private activeOn(date: string): readonly (readonly CompiledRule[])[] {
    const s = this.segmentIndex(date);
    return this.segments[s] ?? this.segmentAt(s, date);
  }

  /** Builds segment `s`, of which `date` is one day. */
  private segmentAt(s: number, date: string): readonly (readonly CompiledRule[])[] {
    // Every date of the segment compares the same way with every cut, so `date` stands for them all.
    const active = this.rules.map((rules) => {
      const inForce = new Set(
        rulesInForce(
          rules.map((r) => r.rule),
          date,
        ),
      );
      return rules.filter((r) => inForce.has(r.rule));
    });
    this.segments[s] = active;
    return active;
  }

  valuesOf(ids: readonly string[]): ValuesOf {
    const wanted = ids.map((id) => this.indexOf(id));
    // Every segment, built now (segment 0 is the dates before the first cut, which '' stands for).
    const segments = this.segments.map(
      (known, s) => known ?? this.segmentAt(s, s === 0 ? '' : (this.cuts[s - 1] as string)),
    );
    let kernel: Kernel;
    try {
      kernel = generateKernel(
        {
          ids: this.regime.order,
          indexOf: (id) => this.indexOf(id),
          rules: this.rules.map((rules, i) =>
            rules.map((r) => ({
              rule: r.rule,
              applies: segments.map((active) => active[i]?.includes(r) ?? false),
            })),
          ),
          segments: segments.length,
          otherwise: this.otherwise,
        },
        wanted,
      );
    } catch (e) {
      // Where code cannot be generated (node --disallow-code-generation-from-strings), the closures.
      if (!(e instanceof EvalError)) throw e;
      return (facts, date, out) => {
        const run = this.run(facts, date);
        for (let j = 0; j < wanted.length; j++) out[j] = run.valueAt(wanted[j] as number);
      };
    }
    return (facts, date, out) => kernel(facts, this.segmentIndex(date), out);
  }

  run(facts: unknown, date: string): CompiledRun {
    return new Run(this, facts, date, this.activeOn(date), this.otherwise, this.slots);
  }
}

export function compileRegime(regime: Regime): CompiledRegime {
  return new Compiled(regime);
}
