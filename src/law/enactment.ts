import { type Rule, value } from '../engine/index.js';

/**
 * When a law began, as the legal source gives it: a day, or only a year.
 * - `{ on: 'YYYY-MM-DD' }`: the law is in force from that day.
 * - `{ year: YYYY }`: the source gives the year only. Before the year the law certainly did not
 *   exist; within the year it may or may not have, so the route is left undetermined there rather
 *   than guessing a day.
 */
export type Enactment = { readonly on: string } | { readonly year: number };

export interface EnactmentSpec {
  /** The rule ids are `${id}` (before the law) and, for a year, `${id}-year-unknown-day`. */
  readonly id: string;
  /** The enacting act, as a lawyer cites it. */
  readonly cite: string;
  /** What did not exist before: "The damages action of 42 U.S.C. 1983 ...". */
  readonly text: string;
  readonly enacted: Enactment;
  readonly sources?: readonly string[];
  readonly unconfirmed?: string;
}

/**
 * The rules that put an incident before a law's start outside the law: `unavailable`, blocked by
 * `not-in-force`, dated with the engine's own effective dates (in force until the law began). Put
 * them first in the definition that the law creates, so that no later rule (and no reform amending
 * that law) decides an incident the law never reached.
 */
export function beforeEnactment(spec: EnactmentSpec): Omit<Rule, 'priority'>[] {
  const from = 'on' in spec.enacted ? spec.enacted.on : `${spec.enacted.year}-01-01`;
  const sources = spec.sources ? { sources: spec.sources } : {};
  const before: Omit<Rule, 'priority'> = {
    id: spec.id,
    cite: spec.cite,
    text: spec.text,
    then: value('unavailable'),
    inForce: { until: from },
    tags: { blockedBy: 'not-in-force' },
    ...(spec.unconfirmed ? { unconfirmed: spec.unconfirmed } : {}),
    ...sources,
  };
  if ('on' in spec.enacted) return [before];
  const year = spec.enacted.year;
  return [
    before,
    {
      id: `${spec.id}-year-unknown-day`,
      cite: spec.cite,
      text: `Enacted in ${year}; the day it took effect is not in Recourse's legal source, so an incident in ${year} is left undetermined.`,
      // 'unencoded' is the value for what the legal source does not settle: the route is undetermined.
      then: value('unencoded'),
      inForce: { from, until: `${year + 1}-01-01` },
      unconfirmed: `The source gives the year of enactment (${year}), not the day: whether the law was in force on a date in ${year} is not known.`,
      ...sources,
    },
  ];
}
