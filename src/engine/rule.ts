import { type Expr, lit, type Value } from './expr.js';

/** The dates between which a rule is the law: `from` inclusive, `until` exclusive (ISO dates). */
export interface InForce {
  readonly from?: string;
  readonly until?: string;
}

/**
 * A rule: one case of a definition. When its condition holds (and it is in force on the
 * evaluation date) the definition takes its value. Rules carry their legal source.
 */
export interface Rule {
  /** Reads like a citation: `usc-18-242.willfully`. Unique within a regime. */
  readonly id: string;
  /** The citation, as a lawyer would write it. */
  readonly cite: string;
  /** The short source text (or a close paraphrase) the rule encodes. */
  readonly text: string;
  /** The condition; a rule without one always applies (a default). */
  readonly when?: Expr;
  /** The value the definition takes when this rule applies. */
  readonly then: Expr;
  /** Higher priority is considered first; the default has the lowest. */
  readonly priority: number;
  readonly inForce?: InForce;
  /** What the legal source could not confirm, in its words. Shown wherever the rule is. */
  readonly unconfirmed?: string;
  /** Free annotations the layers above read (for example the reason a route is blocked). */
  readonly tags?: Readonly<Record<string, string>>;
  /** When set, this rule takes the place of the named rule while it is in force. */
  readonly replaces?: string;
  /** The provision (overlay) that added the rule; empty for the baseline. */
  readonly provision?: string;
  /** Where the rule was taken from (URLs of the legal source). */
  readonly sources?: readonly string[];
}

/** A definition: a value computed by the first applicable of its rules, in priority order. */
export interface Definition {
  readonly id: string;
  readonly description: string;
  readonly rules: readonly Rule[];
  /** The value when no rule is in force on the date (for law that did not exist yet). */
  readonly otherwise?: Value;
}

export function inForceOn(inForce: InForce | undefined, date: string): boolean {
  if (!inForce) return true;
  if (inForce.from !== undefined && date < inForce.from) return false;
  if (inForce.until !== undefined && date >= inForce.until) return false;
  return true;
}

/** Builds a definition whose rules are listed from the most to the least specific. */
export function definition(
  id: string,
  description: string,
  rules: readonly Omit<Rule, 'priority'>[],
  options: { otherwise?: Value } = {},
): Definition {
  const n = rules.length;
  return {
    id,
    description,
    rules: rules.map((r, i) => ({ ...r, priority: (n - i) * 100 })),
    ...(options.otherwise === undefined ? {} : { otherwise: options.otherwise }),
  };
}

/** Shorthand for a rule whose value is a literal. */
export const value = (v: Value): Expr => lit(v);

/**
 * The rules a rule stands in for: the rule it replaces, and what that one replaced, and so on. A
 * replacement of a replacement (an amendment of an amendment) keeps the original replaced too.
 */
export function replacedBy(rule: Rule, rules: readonly Rule[]): string[] {
  const out: string[] = [];
  for (let target = rule.replaces; target !== undefined && !out.includes(target); ) {
    out.push(target);
    target = rules.find((r) => r.id === target)?.replaces;
  }
  return out;
}

/**
 * A definition's rules in force on a date, in their order: those whose dates include it, less
 * every rule that a replacement in force on that date stands in for, wherever the two sit in the
 * list. The interpreter and the compiler both take their rules from here.
 */
export function rulesInForce(rules: readonly Rule[], date: string): Rule[] {
  const inForce = rules.filter((rule) => inForceOn(rule.inForce, date));
  const shadowed = new Set(inForce.flatMap((rule) => replacedBy(rule, rules)));
  return inForce.filter((rule) => !shadowed.has(rule.id));
}

/**
 * How many of the sorted `cuts` are at or before `key`: the index of the date segment `key` falls
 * in, when time is cut at the dates where rules start or stop being in force.
 */
export function segmentOf<T extends string | number>(cuts: ArrayLike<T>, key: T): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key >= (cuts[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
