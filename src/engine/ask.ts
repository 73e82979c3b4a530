import { Evaluation, type FactReader, factsFromObject, type Reuse } from './evaluate.js';
import { type Expr, factsRead, refsOf, sameValue, type Value } from './expr.js';
import type { FactSpec } from './facts.js';
import type { Regime } from './regime.js';

/**
 * The next question: from the `needs` of the targets still undetermined, rank the unknown facts
 * by how much their answer would settle, across every target (every definition of every regime)
 * at once, tier by tier. A small function over `needs`, not a second rule set.
 */

/** A definition of a regime whose value the questions aim to settle. */
export interface Target {
  readonly regime: Regime;
  readonly definition: string;
  /**
   * Where the definition matters at all: while it is undetermined and this is known false, the
   * target is settled as `MOOT` (nothing to ask for it); while this is unknown, what it needs is
   * asked too. Absent: the definition always matters.
   */
  readonly when?: Expr;
  /**
   * How much the target counts: questions are ranked by what they settle of tier 0 first, then of
   * tier 1, and so on (absent = 0).
   */
  readonly tier?: number;
}

/** The value of a target whose definition does not matter on these facts (its `when` is false). */
export const MOOT = '(moot)';

/** What the targets come to if the question is answered with `answer`. */
export interface AnswerOutcome {
  readonly answer: Value;
  /** One value per target, in the order of the targets (undefined = still undetermined). */
  readonly values: readonly (Value | undefined)[];
  readonly undetermined: number;
}

export interface RankedQuestion {
  readonly fact: FactSpec;
  /** Expected number of targets the answer settles (each answer taken as equally likely). */
  readonly expectedSettled: number;
  /** How many different outcomes the answers lead to: a question that separates regimes is worth more. */
  readonly separates: number;
  /**
   * `expectedSettled` and `separates` counted over the targets of each tier alone, by tier, and
   * whether a target of the tier still open needs the fact.
   */
  readonly byTier: readonly {
    readonly expectedSettled: number;
    readonly separates: number;
    readonly needed: boolean;
  }[];
  readonly answers: readonly AnswerOutcome[];
  /** The targets whose value depends on this fact now. */
  readonly dependents: readonly number[];
}

/** A copy of `facts` with the value at a dotted path set (undefined removes it). */
export function withFact(facts: unknown, path: string, value: Value | undefined): Record<string, unknown> {
  const root: Record<string, unknown> = { ...(facts as Record<string, unknown>) };
  const keys = path.split('.');
  let cur = root;
  for (const key of keys.slice(0, -1)) {
    const next = cur[key];
    const copy: Record<string, unknown> =
      next !== null && typeof next === 'object' ? { ...(next as object) } : {};
    cur[key] = copy;
    cur = copy;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return root;
}

/** The answers a question offers: every value, or for a set each single member and none. */
export function candidateAnswers(spec: FactSpec): Value[] {
  switch (spec.type) {
    case 'boolean':
      return [true, false];
    case 'enum':
      return [...spec.values];
    case 'set':
      return [[], ...spec.values.map((v) => [v])];
    case 'text':
      return [...(spec.values ?? [])];
    case 'date':
      return [];
  }
}

/** The value and the needs of each target for these facts. */
export function evaluateTargets(
  targets: readonly Target[],
  facts: unknown,
  date: string,
): { values: (Value | undefined)[]; needs: (readonly string[])[] } {
  return evaluateWith(targets, new Map(), factsFromObject(facts), date);
}

/**
 * `evaluateTargets` with the evaluations of each regime kept in `runs`, so that targets evaluated
 * later on the same facts reuse what the earlier ones computed.
 */
function evaluateWith(
  targets: readonly Target[],
  runs: Map<Regime, Evaluation>,
  read: FactReader,
  date: string,
  /** What a new run of a regime may take from an earlier one (none: it computes everything). */
  reuse: (regime: Regime) => Reuse | null = () => null,
  withTrace = false,
): { values: (Value | undefined)[]; needs: (readonly string[])[] } {
  const values: (Value | undefined)[] = [];
  const needs: (readonly string[])[] = [];
  for (const t of targets) {
    let run = runs.get(t.regime);
    if (!run) {
      run = new Evaluation(t.regime, read, date, withTrace, reuse(t.regime));
      runs.set(t.regime, run);
    }
    const o = run.get(t.definition);
    if (o.value !== undefined || t.when === undefined) {
      values.push(o.value);
      needs.push(o.needs);
      continue;
    }
    const matters = run.test(t.when);
    if (matters.value === undefined) {
      values.push(undefined);
      needs.push([...new Set([...o.needs, ...matters.needs])]);
    } else if (matters.value === true) {
      values.push(undefined);
      needs.push(o.needs);
    } else {
      values.push(MOOT);
      needs.push([]);
    }
  }
  return { values, needs };
}

/** How many different lists of values there are among `outcomes` (an answer's values each). */
function distinct(outcomes: readonly (readonly (Value | undefined)[])[]): number {
  const seen: (readonly (Value | undefined)[])[] = [];
  for (const values of outcomes)
    if (!seen.some((other) => values.every((v, i) => sameValue(v, other[i])))) seen.push(values);
  return seen.length;
}

/**
 * Ranks the facts worth asking, best first. Only facts some undetermined target needs are
 * candidates; `skip` lists facts already asked (answered or "don't know").
 */
export function rankQuestions(
  targets: readonly Target[],
  facts: unknown,
  date: string,
  catalog: readonly FactSpec[],
  skip: ReadonlySet<string> = new Set(),
  /** What the targets come to on these facts, when the caller has it already. */
  now: ReturnType<typeof evaluateTargets> = evaluateTargets(targets, facts, date),
): RankedQuestion[] {
  return rankWith(
    targets,
    catalog,
    skip,
    now,
    (spec, answer) => evaluateTargets(targets, withFact(facts, spec.path, answer), date).values,
  );
}

/** `rankQuestions`, with what the targets come to on each answer to each question from `valuesOf`. */
function rankWith(
  targets: readonly Target[],
  catalog: readonly FactSpec[],
  skip: ReadonlySet<string>,
  now: ReturnType<typeof evaluateTargets>,
  /** What the targets come to on the `k`th of the question's candidate answers, `answer`. */
  valuesOf: (spec: FactSpec, answer: Value, k: number) => (Value | undefined)[],
): RankedQuestion[] {
  const tiers = [...new Set(targets.map((t) => t.tier ?? 0))].sort((a, b) => a - b);
  const inTier = (tier: number) => (_: unknown, i: number) => ((targets[i] as Target).tier ?? 0) === tier;
  const undeterminedNow = now.values.filter((v) => v === undefined).length;
  const needed = new Map<string, number[]>();
  now.needs.forEach((list, i) => {
    for (const path of list) needed.set(path, [...(needed.get(path) ?? []), i]);
  });
  const ranked: RankedQuestion[] = [];
  for (const spec of catalog) {
    const dependents = needed.get(spec.path);
    if (!dependents || skip.has(spec.path)) continue;
    const answers = candidateAnswers(spec).map((answer, k): AnswerOutcome => {
      const values = valuesOf(spec, answer, k);
      return { answer, values, undetermined: values.filter((v) => v === undefined).length };
    });
    if (answers.length === 0) continue;
    const expectedRemaining = answers.reduce((s, a) => s + a.undetermined, 0) / answers.length;
    ranked.push({
      fact: spec,
      expectedSettled: undeterminedNow - expectedRemaining,
      separates: distinct(answers.map((a) => a.values)),
      byTier: tiers.map((tier) => {
        const of = inTier(tier);
        const open = (values: readonly (Value | undefined)[]) =>
          values.filter((v, i) => v === undefined && of(v, i)).length;
        const remaining = answers.reduce((s, a) => s + open(a.values), 0) / answers.length;
        return {
          expectedSettled: open(now.values) - remaining,
          separates: distinct(answers.map((a) => a.values.filter(of))),
          needed: dependents.some((i) => of(undefined, i)),
        };
      }),
      answers,
      dependents,
    });
  }
  const order = new Map(catalog.map((s, i) => [s.path, i]));
  const byTiers = (a: RankedQuestion, b: RankedQuestion): number => {
    for (let t = 0; t < tiers.length; t++) {
      const x = a.byTier[t] as RankedQuestion['byTier'][number];
      const y = b.byTier[t] as RankedQuestion['byTier'][number];
      const d =
        y.expectedSettled - x.expectedSettled ||
        y.separates - x.separates ||
        Number(y.needed) - Number(x.needed);
      if (d !== 0) return d;
    }
    return 0;
  };
  return ranked.sort(
    (a, b) => byTiers(a, b) || (order.get(a.fact.path) ?? 0) - (order.get(b.fact.path) ?? 0),
  );
}

/**
 * The best question: `rankQuestions(...)[0]`, computed for less. Questions are ordered tier by
 * tier, so the best is among those tied at the top of tier 0, and among those the ones tied at the
 * top of tier 1, and so on: each tier's targets are evaluated only for the candidates still tied
 * on the tiers before it, and the survivors alone are ranked in full.
 */
export function bestQuestion(
  targets: readonly Target[],
  facts: unknown,
  date: string,
  catalog: readonly FactSpec[],
  skip: ReadonlySet<string> = new Set(),
  now: ReturnType<typeof evaluateTargets> = evaluateTargets(targets, facts, date),
): RankedQuestion | undefined {
  const tiers = [...new Set(targets.map((t) => t.tier ?? 0))].sort((a, b) => a - b);
  const neededBy = new Map<string, number[]>();
  now.needs.forEach((list, i) => {
    for (const path of list) neededBy.set(path, [...(neededBy.get(path) ?? []), i]);
  });
  // The evaluation is a function of the facts it reads: an answer to a fact that a definition
  // does not read (nor a part or a whole of it), directly or through the definitions it uses,
  // leaves the definition as it is now. One traced run per regime on these facts says what each
  // definition read and used; an answer's runs take every other definition from it, and only the
  // targets whose definition (or condition) the answer reaches are evaluated again.
  const base = factsFromObject(facts);
  const baseRuns = new Map<Regime, Evaluation>();
  evaluateWith(targets, baseRuns, base, date, () => null, true);
  const pushTo = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  /** Every fact path read, under each of its proper prefixes ("a" and "a.b" for "a.b.c"). */
  const under = new Map<string, string[]>();
  const seen = new Set<string>();
  const graphs = [...baseRuns].map(([regime, run]) => {
    /** The definitions reading each fact themselves, and those using each definition. */
    const readers = new Map<string, string[]>();
    const users = new Map<string, string[]>();
    for (const trace of run.traces()) {
      for (const f of trace.facts) {
        if (!seen.has(f.path)) {
          seen.add(f.path);
          for (let dot = f.path.indexOf('.'); dot > 0; dot = f.path.indexOf('.', dot + 1))
            pushTo(under, f.path.slice(0, dot), f.path);
        }
        pushTo(readers, f.path, trace.definition);
      }
      for (const c of trace.children) pushTo(users, c.definition, trace.definition);
    }
    return { regime, readers, users };
  });
  /** The fact paths read that an answer to `path` changes: it, a whole it is part of, a part of it. */
  const relatedReads = (path: string): string[] => {
    const out = [path, ...(under.get(path) ?? [])];
    for (let dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) out.push(path.slice(0, dot));
    return [...new Set(out)];
  };
  const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
  /** By regime, the definitions an answer to `path` may change: those reading it, and their users. */
  const changedBy = (path: string): Map<Regime, Set<string>> => {
    const reads = relatedReads(path);
    return new Map(
      graphs.map(({ regime, readers, users }) => {
        const changed = new Set<string>();
        const stack: string[] = [];
        for (const read of reads)
          for (const d of readers.get(read) ?? [])
            if (!changed.has(d)) {
              changed.add(d);
              stack.push(d);
            }
        for (let d = stack.pop(); d !== undefined; d = stack.pop())
          for (const u of users.get(d) ?? [])
            if (!changed.has(u)) {
              changed.add(u);
              stack.push(u);
            }
        return [regime, changed];
      }),
    );
  };
  // A target's condition is evaluated outside any definition: the facts it names, the definitions it uses.
  const conditions = targets.map((t) =>
    t.when ? { facts: [...factsRead(t.when)], refs: [...refsOf(t.when)] } : { facts: [], refs: [] },
  );
  /** The targets an answer to `path` may change, and the runs its answers may take from. */
  const reach = (path: string) => {
    const changed = changedBy(path);
    const touched = new Set<number>();
    targets.forEach((t, i) => {
      const defs = changed.get(t.regime) as Set<string>;
      const cond = conditions[i] as (typeof conditions)[number];
      if (
        defs.has(t.definition) ||
        cond.facts.some((f) => related(f, path)) ||
        cond.refs.some((r) => defs.has(r))
      )
        touched.add(i);
    });
    const reuse = (regime: Regime): Reuse => ({
      from: baseRuns.get(regime) as Evaluation,
      changed: changed.get(regime) as Set<string>,
    });
    return { touched, reuse };
  };
  /** The values of the targets at `at` once `path` is answered (read by `read`). */
  const valuesAfter = (
    at: readonly number[],
    touched: ReadonlySet<number>,
    read: FactReader,
    runs: Map<Regime, Evaluation>,
    reuse: (regime: Regime) => Reuse,
  ): (Value | undefined)[] => {
    const affected = at.filter((i) => touched.has(i));
    const changed = evaluateWith(
      affected.map((i) => targets[i] as Target),
      runs,
      read,
      date,
      reuse,
    ).values;
    let k = 0;
    return at.map((i) => (affected[k] === i ? changed[k++] : now.values[i]));
  };
  let candidates = catalog
    .filter((spec) => neededBy.has(spec.path) && !skip.has(spec.path))
    .map((spec) => ({
      spec,
      dependents: neededBy.get(spec.path) as number[],
      ...reach(spec.path),
      // One run per answer and regime, kept across the tiers and for the final ranking.
      answers: candidateAnswers(spec).map((answer) => ({
        runs: new Map<Regime, Evaluation>(),
        read: factsFromObject(withFact(facts, spec.path, answer)),
      })),
    }))
    .filter((c) => c.answers.length > 0);
  for (const tier of tiers) {
    if (candidates.length <= 1) break;
    const at = targets.flatMap((t, i) => ((t.tier ?? 0) === tier ? [i] : []));
    const openNow = at.filter((i) => now.values[i] === undefined).length;
    const scored = candidates.map((c) => {
      const outcomes = c.answers.map((a) => valuesAfter(at, c.touched, a.read, a.runs, c.reuse));
      const open = (values: readonly (Value | undefined)[]) => values.filter((v) => v === undefined).length;
      const remaining = outcomes.reduce((s, values) => s + open(values), 0) / outcomes.length;
      return {
        c,
        expectedSettled: openNow - remaining,
        separates: distinct(outcomes),
        needed: c.dependents.some((i) => ((targets[i] as Target).tier ?? 0) === tier),
      };
    });
    const worse = (x: (typeof scored)[number], y: (typeof scored)[number]): number =>
      y.expectedSettled - x.expectedSettled ||
      y.separates - x.separates ||
      Number(y.needed) - Number(x.needed);
    const top = scored.reduce((best, s) => (worse(s, best) < 0 ? s : best));
    candidates = scored.filter((s) => worse(s, top) === 0).map((s) => s.c);
  }
  const all = targets.map((_, i) => i);
  const survivors = new Map(candidates.map((c) => [c.spec, c]));
  return rankWith(targets, [...survivors.keys()], skip, now, (spec, _answer, k) => {
    const c = survivors.get(spec) as (typeof candidates)[number];
    const a = c.answers[k] as (typeof c.answers)[number];
    return valuesAfter(all, c.touched, a.read, a.runs, c.reuse);
  })[0];
}
