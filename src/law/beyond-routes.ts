import { and, type Expr, eq, fact, hasAny, type Regime, ref, type Value } from '../engine/index.js';
import { cachedReportingSystems, GRANT_DEFINITIONS } from './results.js';

/**
 * The definitions behind a result's other parts (DESIGN.md §4): whether each grant is at risk
 * (`funding[]`), whether a tactic used meets a funding condition or breaches a prohibition
 * (`tactics[]`), and where the incident is reported (`reporting[]`). Each says where it matters,
 * as the result reads it, and what a value of it means in words.
 */
export interface BeyondRoute {
  readonly part: 'funding' | 'tactics' | 'reporting';
  readonly definition: string;
  /** Where the definition matters at all (absent: always); the result shows it only there. */
  readonly when?: Expr;
  /** A value in words ("doj-discretionary at risk"), or null when it says nothing worth saying. */
  readonly inWords: (value: Value) => string | null;
}

/** The tactics a result lists, with the facts that say the incident used them (as `usedTactics`). */
const TACTICS: readonly { readonly key: string; readonly name: string; readonly used: Expr }[] = [
  {
    key: 'chokehold',
    name: 'chokehold',
    used: hasAny(fact('conduct.force'), ['chokehold', 'carotid-restraint']),
  },
  { key: 'noKnock', name: 'no-knock entry', used: eq(fact('conduct.noKnockEntry'), true) },
];

/** The definitions behind funding, tactics and reporting under a regime, in the result's order. */
export function beyondRoutes(regime: Regime): BeyondRoute[] {
  const funding = GRANT_DEFINITIONS.map(
    ([grant, definition]): BeyondRoute => ({
      part: 'funding',
      definition,
      inWords: (v) => (v === true ? `${grant} at risk` : v === false ? `${grant} not at risk` : null),
    }),
  );
  // A tactic's `met` shows only for a funding condition, its `breached` only for a prohibition.
  const tactics = TACTICS.flatMap(({ key, name, used }): BeyondRoute[] => [
    {
      part: 'tactics',
      definition: `tactics.${key}.met`,
      when: and(used, eq(ref(`tactics.${key}.rule`), 'funding-condition')),
      inWords: (v) =>
        v === true
          ? `${name} (if used) meets the funding condition`
          : v === false
            ? `${name} (if used) fails the funding condition`
            : null,
    },
    {
      part: 'tactics',
      definition: `tactics.${key}.breached`,
      when: and(used, eq(ref(`tactics.${key}.rule`), 'prohibited')),
      inWords: (v) =>
        v === true
          ? `${name} (if used) breaches the prohibition`
          : v === false
            ? `${name} (if used) breaches no prohibition`
            : null,
    },
  ]);
  const reporting = cachedReportingSystems(regime).map(
    ([definition, system]): BeyondRoute => ({
      part: 'reporting',
      definition,
      inWords: (v) =>
        v === true ? `reported to ${system}` : v === false ? `not reported to ${system}` : null,
    }),
  );
  return [...funding, ...tactics, ...reporting];
}
