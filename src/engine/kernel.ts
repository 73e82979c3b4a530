import { type Expr, refsOf, type Scalar, sameValue, type Value } from './expr.js';
import type { Rule } from './rule.js';

/**
 * Generated code for bulk runs that need only a few values (the synthetic population: the five
 * route statuses of a million incidents under each regime).
 *
 * The definitions the wanted values depend on are generated as JavaScript, once per regime: each
 * definition is a function computing its rule chain, a rule in force in some date segments only
 * (compile.ts cuts time into segments in which the same rules are in force) being skipped in the
 * others. As in compile.ts, a definition is computed on first use and remembered for the rest of
 * the evaluation, facts are read as they are needed, and `and`/`or` stop at the first operand that
 * decides them. The closures of compile.ts call each other through the regime's tables; here the
 * calls are direct, conditions are inline code, and an evaluation allocates nothing. One kernel
 * serves all the segments, so that a regime is one piece of machine code.
 *
 * The values are those of compile.ts (the tests compare them with the interpreter's). There are no
 * traces and no `decidedBy`.
 */

/**
 * Writes the values of the wanted definitions (undefined = undetermined) for `facts` in date
 * segment `segment` into `out`, in order.
 */
export type Kernel = (facts: unknown, segment: number, out: (Value | undefined)[]) => void;

/** A rule of a definition, with the date segments in which it applies (in force, not replaced). */
export interface KernelRule {
  readonly rule: Rule;
  /** By segment: whether the rule applies there. */
  readonly applies: readonly boolean[];
}

/** What a kernel is generated from: a regime's definitions and their rules. */
export interface KernelSource {
  /** The definitions, by index. */
  readonly ids: readonly string[];
  readonly indexOf: (id: string) => number;
  /** Each definition's rules, in the order they are tried. */
  readonly rules: readonly (readonly KernelRule[])[];
  /** The number of date segments. */
  readonly segments: number;
  /** Each definition's value when none of its rules applies. */
  readonly otherwise: readonly (Value | undefined)[];
}

/** Marks a rule not reached, or reached with a known condition, in a chain's pending values. */
const NONE: unique symbol = Symbol('none');
/**
 * Marks a definition not computed yet in the evaluation in progress: `null`, which no value is
 * (facts that are null are unknown, `undefined`), written as a literal so that V8 compares by
 * reference. A literal null in a rule would only be computed again at each use.
 */
const UNSET = 'null';

class Generator {
  /** The function being emitted. */
  private lines: string[] = [];
  private readonly functions: string[] = [];
  /** Values the code refers to that are not written as literals, as `K[n]`. */
  readonly constants: unknown[] = [];
  private temps = 0;

  constructor(private readonly source: KernelSource) {}

  private temp(): string {
    return `t${this.temps++}`;
  }

  private constant(v: unknown): string {
    this.constants.push(v);
    return `K[${this.constants.length - 1}]`;
  }

  /** A literal as code: strings, booleans and ordinary numbers inline, the rest as constants. */
  private literal(v: Value | Scalar | undefined): string {
    if (v === undefined) return 'undefined';
    if (typeof v === 'string' || typeof v === 'boolean') return JSON.stringify(v);
    if (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0)) return String(v);
    return this.constant(v);
  }

  /** Reads a fact, as compile.ts does: unknown when a step is not an object, or the value is null. */
  private fact(path: string): string {
    let cur = 'facts';
    for (const key of path.split('.')) {
      const next = this.temp();
      this.lines.push(
        `const ${next} = ${cur} === null || typeof ${cur} !== 'object' ? undefined : ${cur}[${JSON.stringify(key)}];`,
      );
      cur = next;
    }
    const t = this.temp();
    this.lines.push(`const ${t} = ${cur} === null ? undefined : ${cur};`);
    return t;
  }

  /** Emits the statements computing `e` and returns the expression (a local or a literal) holding it. */
  private expr(e: Expr): string {
    switch (e.kind) {
      case 'lit':
        return this.literal(e.value);
      case 'fact':
        return this.fact(e.path);
      case 'ref': {
        const i = this.source.indexOf(e.id);
        const t = this.temp();
        this.lines.push(`const ${t} = d${i} !== ${UNSET} ? d${i} : D${i}();`);
        return t;
      }
      case 'not': {
        const a = this.expr(e.arg);
        const t = this.temp();
        this.lines.push(`const ${t} = ${a} === undefined ? undefined : ${a} !== true;`);
        return t;
      }
      case 'and': {
        // Kleene: false at the first operand known and not true; else unknown if any is; else true.
        const t = this.temp();
        this.lines.push(`let ${t} = true;`, `${t}: {`);
        for (const arg of e.args) {
          const a = this.expr(arg);
          this.lines.push(`if (${a} === undefined) ${t} = undefined;`);
          this.lines.push(`else if (${a} !== true) { ${t} = false; break ${t}; }`);
        }
        this.lines.push('}');
        return t;
      }
      case 'or': {
        const t = this.temp();
        this.lines.push(`let ${t} = false;`, `${t}: {`);
        for (const arg of e.args) {
          const a = this.expr(arg);
          this.lines.push(`if (${a} === undefined) ${t} = undefined;`);
          this.lines.push(`else if (${a} === true) { ${t} = true; break ${t}; }`);
        }
        this.lines.push('}');
        return t;
      }
      case 'eq': {
        const a = this.expr(e.arg);
        const t = this.temp();
        this.lines.push(`const ${t} = ${a} === undefined ? undefined : ${a} === ${this.literal(e.value)};`);
        return t;
      }
      case 'oneOf': {
        const a = this.expr(e.arg);
        const t = this.temp();
        // `includes` compares as `===` does, except for NaN: strings and booleans are inlined.
        const inline = e.values.every((v) => typeof v === 'string' || typeof v === 'boolean');
        const test = inline
          ? e.values.length === 0
            ? 'false'
            : e.values.map((v) => `${a} === ${JSON.stringify(v)}`).join(' || ')
          : `${this.constant(e.values)}.includes(${a})`;
        this.lines.push(`const ${t} = ${a} === undefined ? undefined : (${test});`);
        return t;
      }
      case 'hasAny': {
        const a = this.expr(e.arg);
        const t = this.temp();
        const test =
          e.values.length === 0
            ? 'false'
            : e.values.map((v) => `${a}.includes(${JSON.stringify(v)})`).join(' || ');
        this.lines.push(`const ${t} = ${a} === undefined ? undefined : Array.isArray(${a}) && (${test});`);
        return t;
      }
    }
  }

  /** The test that a rule applies in the segment `segment`, or null when it applies in all. */
  private applies(r: KernelRule): string | null {
    if (r.applies.every((a) => a)) return null;
    if (this.source.segments <= 31) {
      let mask = 0;
      r.applies.forEach((a, s) => {
        if (a) mask |= 1 << s;
      });
      return `((${mask} >>> segment) & 1) !== 0`;
    }
    return `${this.constant(Uint8Array.from(r.applies, (a) => (a ? 1 : 0)))}[segment] === 1`;
  }

  /**
   * Emits definition `i` as the function `D<i>`, which computes it as compile.ts's `chain` does
   * and remembers it in `d<i>`: the first rule that applies and whose condition is true decides;
   * a rule whose condition is unknown gives its value only if the rest of the chain gives the same
   * value, and leaves the definition undetermined otherwise.
   */
  definition(i: number): void {
    this.lines = [];
    const rules = (this.source.rules[i] as readonly KernelRule[]).filter((r) => r.applies.some((a) => a));
    const pending = rules.map((r) => (r.rule.when === undefined ? null : `p${this.temps++}`));
    this.lines.push('let v;');
    for (const p of pending) if (p !== null) this.lines.push(`let ${p} = NONE;`);
    this.lines.push('chain: {');
    let reachesEnd = true;
    for (let k = 0; k < rules.length; k++) {
      const r = rules[k] as KernelRule;
      const when = r.rule.when;
      const guard = this.applies(r);
      if (guard !== null) this.lines.push(`if (${guard}) {`);
      if (when === undefined) {
        this.lines.push(`v = ${this.expr(r.rule.then)};`, 'break chain;');
      } else {
        const c = this.expr(when);
        this.lines.push(`if (${c} === true) {`);
        this.lines.push(`v = ${this.expr(r.rule.then)};`, 'break chain;');
        this.lines.push(`}`, `if (${c} === undefined) {`);
        this.lines.push(`${pending[k]} = ${this.expr(r.rule.then)};`);
        this.lines.push('}');
      }
      if (guard !== null) this.lines.push('}');
      else if (when === undefined) {
        // Always applies: the rules after it are never reached.
        reachesEnd = false;
        break;
      }
    }
    if (reachesEnd) this.lines.push(`v = ${this.literal(this.source.otherwise[i])};`);
    this.lines.push('}');
    // The pending values, innermost first, as the recursion in `chain` combines them.
    for (let k = pending.length - 1; k >= 0; k--) {
      const p = pending[k];
      if (p === null || p === undefined) continue;
      const then = (rules[k] as KernelRule).rule.then;
      // A pending scalar literal is the same value as the rest's only if it is `===` to it.
      const same = then.kind === 'lit' && !Array.isArray(then.value) ? `${p} === v` : `sameValue(${p}, v)`;
      this.lines.push(`if (${p} !== NONE) v = ${p} !== undefined && ${same} ? ${p} : undefined;`);
    }
    this.lines.push(`d${i} = v;`, 'return v;');
    this.functions.push(`function D${i}() {\n${this.lines.join('\n')}\n}`);
  }

  /** The factory's source: the state of an evaluation, the definitions, and the kernel. */
  source_(order: readonly number[], wanted: readonly number[]): string {
    const memo = order.map((i) => `d${i}`);
    return [
      "'use strict';",
      'let facts;',
      'let segment;',
      `let ${memo.map((d) => `${d} = ${UNSET}`).join(', ')};`,
      ...this.functions,
      'return function kernel(f, s, out) {',
      'facts = f;',
      'segment = s;',
      ...memo.map((d) => `${d} = ${UNSET};`),
      ...wanted.map((i, j) => `out[${j}] = d${i} !== ${UNSET} ? d${i} : D${i}();`),
      // The facts are not kept after the evaluation.
      'facts = undefined;',
      '};',
    ].join('\n');
  }
}

/**
 * The definitions `wanted` depends on (by the rules that apply in some segment), each after those
 * it refers to; throws on a cycle (which buildRegime refuses anyway).
 */
function dependencyOrder(source: KernelSource, wanted: readonly number[]): number[] {
  const order: number[] = [];
  const state = new Uint8Array(source.ids.length); // 0 new, 1 in progress, 2 done
  const refs = (e: Expr | undefined, into: Set<number>): void => {
    if (e !== undefined) for (const id of refsOf(e)) into.add(source.indexOf(id));
  };
  const visit = (i: number): void => {
    if (state[i] === 2) return;
    if (state[i] === 1) throw new Error(`definitions refer to each other in a cycle: ${source.ids[i]}`);
    state[i] = 1;
    const deps = new Set<number>();
    for (const r of source.rules[i] as readonly KernelRule[]) {
      if (!r.applies.some((a) => a)) continue;
      refs(r.rule.when, deps);
      refs(r.rule.then, deps);
    }
    for (const j of deps) visit(j);
    state[i] = 2;
    order.push(i);
  };
  for (const i of wanted) visit(i);
  return order;
}

/** Generates the kernel computing the definitions `wanted` (indices). */
export function generateKernel(source: KernelSource, wanted: readonly number[]): Kernel {
  const g = new Generator(source);
  const order = dependencyOrder(source, wanted);
  for (const i of order) g.definition(i);
  const factory = new Function('K', 'NONE', 'sameValue', g.source_(order, wanted)) as (
    k: unknown[],
    none: symbol,
    same: typeof sameValue,
  ) => Kernel;
  return factory(g.constants, NONE, sameValue);
}
