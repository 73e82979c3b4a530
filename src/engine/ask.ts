import { Evaluation, factsFromObject } from './evaluate.js';
import type { Expr, Value } from './expr.js';
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
  const runs = new Map<Regime, Evaluation>();
  const values: (Value | undefined)[] = [];
  const needs: (readonly string[])[] = [];
  const read = factsFromObject(facts);
  for (const t of targets) {
    let run = runs.get(t.regime);
    if (!run) {
      run = new Evaluation(t.regime, read, date, false);
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

const key = (values: readonly (Value | undefined)[]) => JSON.stringify(values.map((v) => v ?? null));

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
    const answers = candidateAnswers(spec).map((answer): AnswerOutcome => {
      const { values } = evaluateTargets(targets, withFact(facts, spec.path, answer), date);
      return { answer, values, undetermined: values.filter((v) => v === undefined).length };
    });
    if (answers.length === 0) continue;
    const expectedRemaining = answers.reduce((s, a) => s + a.undetermined, 0) / answers.length;
    ranked.push({
      fact: spec,
      expectedSettled: undeterminedNow - expectedRemaining,
      separates: new Set(answers.map((a) => key(a.values))).size,
      byTier: tiers.map((tier) => {
        const of = inTier(tier);
        const open = (values: readonly (Value | undefined)[]) =>
          values.filter((v, i) => v === undefined && of(v, i)).length;
        const remaining = answers.reduce((s, a) => s + open(a.values), 0) / answers.length;
        return {
          expectedSettled: open(now.values) - remaining,
          separates: new Set(answers.map((a) => key(a.values.filter(of)))).size,
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
