import { type Expr, sameValue, type Value } from './expr.js';
import { changeDates, type Regime } from './regime.js';
import { type Definition, type Rule, rulesInForce, segmentOf } from './rule.js';

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
// Results are never mutated, so the known booleans are shared rather than allocated each time.
const R_TRUE: Res = { v: true, n: NONE };
const R_FALSE: Res = { v: false, n: NONE };
const R_UNKNOWN: Res = { v: undefined, n: NONE };
const known = (v: Value): Res => (v === true ? R_TRUE : v === false ? R_FALSE : { v, n: NONE });

function union(a: readonly string[], b: readonly string[]): readonly string[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = a.slice();
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

// Trace arrays of a definition that read no fact or used no other definition share these.
const NO_FACTS: readonly FactRead[] = Object.freeze([]);
const NO_CHILDREN: readonly TraceNode[] = Object.freeze([]);

/** A rule with the three entries it can have in a trace's `considered` (immutable, so shared). */
interface RuleEntry {
  readonly rule: Rule;
  readonly holds: Considered;
  readonly fails: Considered;
  readonly open: Considered;
  /** When the rule's value is a literal: its result, made once (results are immutable). */
  readonly literal: Res | null;
}
type Considered = { readonly rule: Rule; readonly condition: boolean | undefined };

/**
 * What a run needs of a regime, prepared once per regime: its definitions by position (a run
 * remembers outcomes in an array), and the rules of each definition in force on a date.
 *
 * Which rules are in force (and which are shadowed by a replacement in force) depends only on the
 * date, and changes only at the dates where some rule starts or stops being in force. Those dates
 * cut time into segments; each segment's lists are built the first time a date in it is evaluated,
 * by the same walk the rules would get on every run: in order, skipping rules not in force and
 * rules replaced by a replacement in force met before them.
 */
class Prepared {
  readonly index: ReadonlyMap<string, number>;
  readonly definitions: readonly Definition[];
  private readonly cuts: readonly string[];
  private readonly segments: (readonly (readonly RuleEntry[])[] | undefined)[];
  private readonly byDate = new Map<string, readonly (readonly RuleEntry[])[]>();
  private readonly entries = new Map<Rule, RuleEntry>();

  constructor(regime: Regime) {
    const ids = [...regime.definitions.keys()];
    this.index = new Map(ids.map((id, i) => [id, i]));
    this.definitions = ids.map((id) => regime.definitions.get(id) as Definition);
    this.cuts = changeDates(regime);
    this.segments = new Array(this.cuts.length + 1);
  }

  /** Each definition's rules in force on the date, replacements applied, in order. */
  rulesOn(date: string): readonly (readonly RuleEntry[])[] {
    const seen = this.byDate.get(date);
    if (seen) return seen;
    const lo = segmentOf(this.cuts, date);
    let rules = this.segments[lo];
    if (rules === undefined) {
      // Every date of the segment compares the same way with every cut: `date` stands for them all.
      rules = this.definitions.map((def) => rulesInForce(def.rules, date).map((rule) => this.entry(rule)));
      this.segments[lo] = rules;
    }
    if (this.byDate.size >= 4096) this.byDate.clear();
    this.byDate.set(date, rules);
    return rules;
  }

  private entry(rule: Rule): RuleEntry {
    let e = this.entries.get(rule);
    if (e === undefined) {
      e = {
        rule,
        holds: Object.freeze({ rule, condition: true }),
        fails: Object.freeze({ rule, condition: false }),
        open: Object.freeze({ rule, condition: undefined }),
        literal: rule.then.kind === 'lit' ? known(rule.then.value) : null,
      };
      this.entries.set(rule, e);
    }
    return e;
  }
}
const PREPARED = new WeakMap<Regime, Prepared>();
function prepared(regime: Regime): Prepared {
  let x = PREPARED.get(regime);
  if (x === undefined) {
    x = new Prepared(regime);
    PREPARED.set(regime, x);
  }
  return x;
}

/**
 * What a run may take from an earlier run of the same regime on the same date, instead of
 * computing it: the outcome of every definition not in `changed`. Sound when the two runs' facts
 * differ only in facts that no definition outside `changed` read in `from` (an evaluation is a
 * function of the facts it reads), which is for the caller to know.
 */
export interface Reuse {
  readonly from: Evaluation;
  /** The definitions whose outcome may differ on this run's facts: computed anew. */
  readonly changed: ReadonlySet<string>;
}

/**
 * One evaluation of a regime for one set of facts on one date: a fresh context per run, the
 * regime untouched. Definitions are computed on demand and remembered for the run.
 */
export class Evaluation {
  private readonly indexed: Prepared;
  /** Each definition's rules in force on the date, by definition index. */
  private readonly rules: readonly (readonly RuleEntry[])[];
  /** Outcomes computed so far, by definition index. */
  private readonly memo: (Outcome | undefined)[];
  /**
   * The trace of the definition being computed (with traces on): whether there is one, and the
   * facts it read and definitions it used so far (null until the first).
   */
  private inDefinition = false;
  /** The rule that decided the definition `chain` last computed. */
  private decided: Rule | null = null;
  private facts: FactRead[] | null = null;
  private children: TraceNode[] | null = null;

  constructor(
    readonly regime: Regime,
    private readonly readFact: FactReader,
    readonly date: string,
    private readonly withTrace = true,
    private readonly reuse: Reuse | null = null,
  ) {
    if (reuse !== null && (reuse.from.regime !== regime || reuse.from.date !== date))
      throw new Error('a run reuses only a run of the same regime on the same date');
    this.indexed = prepared(regime);
    this.rules = this.indexed.rulesOn(date);
    this.memo = new Array(this.indexed.definitions.length);
  }

  get(id: string): Outcome {
    const at = this.indexed.index.get(id);
    if (at === undefined) throw new Error(`regime ${this.regime.id} has no definition ${id}`);
    let known = this.memo[at];
    if (known === undefined && this.reuse !== null && !this.reuse.changed.has(id)) {
      known = this.reuse.from.memo[at];
      if (known !== undefined) this.memo[at] = known;
    }
    if (known) {
      if (this.inDefinition && known.trace) this.addChild(known.trace);
      return known;
    }
    const def = this.indexed.definitions[at] as Definition;
    const parentIn = this.inDefinition;
    const parentFacts = this.facts;
    const parentChildren = this.children;
    const tracing = this.withTrace;
    if (tracing) {
      this.inDefinition = true;
      this.facts = null;
      this.children = null;
    }
    // The rules considered go only into the trace.
    const considered: Considered[] | null = tracing ? [] : null;
    const r = this.chain(this.rules[at] as readonly RuleEntry[], 0, considered, def.otherwise);
    const decidedBy = this.decided;
    const facts = this.facts ?? NO_FACTS;
    const children = this.children ?? NO_CHILDREN;
    this.inDefinition = parentIn;
    this.facts = parentFacts;
    this.children = parentChildren;
    const needs = r.v === undefined ? r.n : NONE;
    const trace: TraceNode | undefined = tracing
      ? {
          definition: id,
          description: def.description,
          value: r.v,
          decidedBy,
          considered: considered ?? [],
          facts,
          children,
          needs,
        }
      : undefined;
    const outcome: Outcome = { value: r.v, needs, decidedBy, trace };
    this.memo[at] = outcome;
    if (parentIn && trace) {
      if (this.children === null) this.children = [trace];
      else this.children.push(trace);
    }
    return outcome;
  }

  /** The traces of the definitions computed so far (a run with traces), in no particular order. */
  traces(): TraceNode[] {
    const out: TraceNode[] = [];
    for (const o of this.memo) if (o?.trace) out.push(o.trace);
    return out;
  }

  /**
   * The value of an expression over this run's facts and definitions, outside any definition
   * (nothing is traced for it), with the facts it still needs while unknown.
   */
  test(e: Expr): { readonly value: Value | undefined; readonly needs: readonly string[] } {
    const r = this.expr(e);
    return { value: r.v, needs: r.v === undefined ? r.n : NONE };
  }

  private addChild(trace: TraceNode): void {
    if (this.children === null) this.children = [trace];
    else if (!this.children.includes(trace)) this.children.push(trace);
  }

  /**
   * The rules of a definition in force on the date (`Prepared.rulesOn`), from `start`, in order.
   * Sets `decided` to the rule that decided (null for none) before returning.
   */
  private chain(
    rules: readonly RuleEntry[],
    start: number,
    considered: Considered[] | null,
    otherwise: Value | undefined,
  ): Res {
    for (let i = start; i < rules.length; i++) {
      const entry = rules[i] as RuleEntry;
      const rule = entry.rule;
      const c = rule.when ? this.expr(rule.when) : R_TRUE;
      const condition = c.v === undefined ? undefined : c.v === true;
      if (considered !== null)
        considered.push(condition === true ? entry.holds : condition === false ? entry.fails : entry.open);
      if (condition === false) continue;
      const v = entry.literal ?? this.expr(rule.then);
      if (condition === true) {
        this.decided = rule;
        return v;
      }
      // The condition is unknown: the value is this rule's or the rest's. When both are known
      // and equal the result is determined all the same; otherwise it needs what both read.
      const rest = this.chain(rules, i + 1, considered, otherwise);
      // (`decided` is the rest's, as the rest set it.) A known value needs nothing.
      if (v.v !== undefined && sameValue(v.v, rest.v)) return v;
      return { v: undefined, n: union(union(c.n, v.n), rest.n) };
    }
    this.decided = null;
    return otherwise === undefined ? R_UNKNOWN : known(otherwise);
  }

  private fact(path: string): Res {
    const v = this.read(path);
    return v === undefined ? { v: undefined, n: [path] } : known(v);
  }

  /** Reads a fact, recording it in the trace of the definition being computed. */
  private read(path: string): Value | undefined {
    const v = this.readFact(path);
    if (this.inDefinition) {
      const facts = this.facts;
      if (facts === null) this.facts = [{ path, value: v }];
      else {
        let seen = false;
        for (const f of facts)
          if (f.path === path) {
            seen = true;
            break;
          }
        if (!seen) facts.push({ path, value: v });
      }
    }
    return v;
  }

  private expr(e: Expr): Res {
    switch (e.kind) {
      case 'lit':
        return known(e.value);
      case 'fact':
        return this.fact(e.path);
      case 'ref': {
        const o = this.get(e.id);
        return o.value === undefined ? { v: undefined, n: o.needs } : known(o.value);
      }
      case 'not': {
        const a = this.expr(e.arg);
        return a.v === undefined ? a : a.v !== true ? R_TRUE : R_FALSE;
      }
      case 'and': {
        let needs: readonly string[] = NONE;
        let unknown = false;
        for (const arg of e.args) {
          const a = this.expr(arg);
          if (a.v === undefined) {
            unknown = true;
            needs = union(needs, a.n);
          } else if (a.v !== true) return R_FALSE;
        }
        return unknown ? { v: undefined, n: needs } : R_TRUE;
      }
      case 'or': {
        let needs: readonly string[] = NONE;
        let unknown = false;
        for (const arg of e.args) {
          const a = this.expr(arg);
          if (a.v === undefined) {
            unknown = true;
            needs = union(needs, a.n);
          } else if (a.v === true) return R_TRUE;
        }
        return unknown ? { v: undefined, n: needs } : R_FALSE;
      }
      // A comparison of a fact, the commonest expression, reads the fact without an intermediate result.
      case 'eq': {
        if (e.arg.kind === 'fact') {
          const v = this.read(e.arg.path);
          return v === undefined ? { v: undefined, n: [e.arg.path] } : v === e.value ? R_TRUE : R_FALSE;
        }
        const a = this.expr(e.arg);
        return a.v === undefined ? a : a.v === e.value ? R_TRUE : R_FALSE;
      }
      case 'oneOf': {
        if (e.arg.kind === 'fact') {
          const v = this.read(e.arg.path);
          if (v === undefined) return { v: undefined, n: [e.arg.path] };
          return e.values.includes(v as string) ? R_TRUE : R_FALSE;
        }
        const a = this.expr(e.arg);
        return a.v === undefined ? a : e.values.includes(a.v as string) ? R_TRUE : R_FALSE;
      }
      case 'hasAny': {
        const a = this.expr(e.arg);
        if (a.v === undefined) return a;
        const set = a.v;
        if (!Array.isArray(set)) return R_FALSE;
        for (const x of e.values) if (set.includes(x)) return R_TRUE;
        return R_FALSE;
      }
    }
  }
}

/** Dotted paths split once: fact paths come from rules, so there are few of them. */
const PATH_KEYS = new Map<string, readonly string[]>();
function keysOf(path: string): readonly string[] {
  let keys = PATH_KEYS.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    if (PATH_KEYS.size < 10_000) PATH_KEYS.set(path, keys);
  }
  return keys;
}

/** Reads dotted paths from a plain object; `null` and missing are unknown. */
export function factsFromObject(obj: unknown): FactReader {
  return (path: string) => {
    const keys = keysOf(path);
    if (keys.length === 2) {
      // The common case (`officer.employer`), unrolled.
      if (obj === null || typeof obj !== 'object') return undefined;
      const o = (obj as Record<string, unknown>)[keys[0] as string];
      if (o === null || typeof o !== 'object') return undefined;
      const v = (o as Record<string, unknown>)[keys[1] as string];
      return v === null || v === undefined ? undefined : (v as Value);
    }
    let cur: unknown = obj;
    for (let i = 0; i < keys.length; i++) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[keys[i] as string];
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
