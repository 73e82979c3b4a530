import { candidateAnswers, withFact } from './ask.js';
import { Evaluation, factsFromObject } from './evaluate.js';
import { sameValue, type Value } from './expr.js';
import type { FactSpec } from './facts.js';
import type { Regime } from './regime.js';

/**
 * Counterfactuals: the smallest sets of fact changes (one fact, else two) that change what a
 * definition comes to. Only known values are tried: making a fact unknown is not a what-if.
 */

export interface FactChange {
  readonly path: string;
  readonly from: Value | undefined;
  readonly to: Value;
}

export interface Flip {
  readonly changes: readonly FactChange[];
  readonly before: Value | undefined;
  readonly after: Value | undefined;
  /** The evaluation after the change, with traces, to explain it. */
  readonly run: Evaluation;
}

/** The single changes worth trying for one fact. */
function changesFor(spec: FactSpec, facts: unknown): FactChange[] {
  const from = factsFromObject(facts)(spec.path);
  if (spec.type === 'set' && Array.isArray(from)) {
    // Toggle each member of a known set.
    return spec.values.map((m) => ({
      path: spec.path,
      from,
      to: from.includes(m) ? from.filter((x) => x !== m) : [...from, m],
    }));
  }
  return candidateAnswers(spec)
    .filter((to) => !sameValue(from, to))
    .map((to) => ({ path: spec.path, from, to }));
}

export interface WhatIfOptions {
  /** Whether going from one value to another counts as a change (by default, any change of value). */
  readonly flips?: (before: Value | undefined, after: Value | undefined) => boolean;
  /** Facts never changed (for example the place). */
  readonly fixed?: ReadonlySet<string>;
}

export function whatIf(
  regime: Regime,
  definition: string,
  facts: unknown,
  date: string,
  catalog: readonly FactSpec[],
  options: WhatIfOptions = {},
): Flip[] {
  const flipsTo = options.flips ?? ((a, b) => !sameValue(a, b));
  const evaluate = (f: unknown) => {
    const run = new Evaluation(regime, factsFromObject(f), date, true);
    return { run, value: run.get(definition).value };
  };
  const before = evaluate(facts).value;
  const singles = catalog
    .filter((spec) => !options.fixed?.has(spec.path))
    .flatMap((spec) => changesFor(spec, facts));

  const flips: Flip[] = [];
  const quiet: FactChange[] = [];
  for (const change of singles) {
    const { run, value } = evaluate(withFact(facts, change.path, change.to));
    if (flipsTo(before, value)) flips.push({ changes: [change], before, after: value, run });
    else quiet.push(change);
  }
  if (flips.length > 0) return flips;

  for (let i = 0; i < quiet.length; i++) {
    for (let j = i + 1; j < quiet.length; j++) {
      const a = quiet[i] as FactChange;
      const b = quiet[j] as FactChange;
      if (a.path === b.path) continue;
      const { run, value } = evaluate(withFact(withFact(facts, a.path, a.to), b.path, b.to));
      if (flipsTo(before, value)) flips.push({ changes: [a, b], before, after: value, run });
    }
  }
  return flips;
}
