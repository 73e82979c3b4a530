import { type FactChange, type Regime, type TraceNode, type Value, whatIf } from '../engine/index.js';
import {
  INCIDENT_FACTS,
  type Incident,
  type RouteName,
  type RouteStatus,
  statusOf,
  traceIncident,
} from '../law/index.js';
import { type Cause, divergences } from './contrast.js';

/**
 * What would change a route: toward each other settled outcome (for an undetermined route, both
 * what would make it available and what would make it unavailable), the smallest sets of fact
 * changes (one fact, else two) that reach it, each with the rule that makes the difference; and,
 * for a settled route, the smallest that unsettle it, leaving it to turn on facts still unknown.
 *
 * Changes a person can establish (a finding of a court, a jury or a prosecutor; the department's
 * record) come before changes to the incident itself (who employed the officer, what was done,
 * the harm, the date), and each flip says which it is.
 */

/**
 * `establish`: every change is a finding or a record, something a person can find out or prove
 * about what happened. `incident`: some change alters what happened itself.
 */
export type FlipKind = 'establish' | 'incident';

/** The facts a person establishes rather than changes: findings and the department's record. */
export const ESTABLISHABLE_PREFIXES: readonly string[] = ['findings.', 'agency.'];

export const kindOfChange = (path: string): FlipKind =>
  ESTABLISHABLE_PREFIXES.some((p) => path.startsWith(p)) ? 'establish' : 'incident';

export interface RouteFlip {
  readonly changes: readonly FactChange[];
  readonly kind: FlipKind;
  readonly before: RouteStatus;
  readonly after: RouteStatus;
  /** Where the derivation after the change departs from the one before, with the deciding rules. */
  readonly because: readonly Cause[];
  /** After the change, the unknown facts the route then turns on (empty when it is settled). */
  readonly needs: readonly string[];
}

export interface WhatIfResult {
  readonly incident: string;
  readonly regime: string;
  readonly route: RouteName;
  readonly status: RouteStatus;
  /**
   * Toward each settled status other than the present one, the smallest changes that reach it;
   * grouped by that status (`after`, in the order available, unavailable, not-applicable), and
   * within it the changes to establish before the changes to the incident.
   */
  readonly flips: readonly RouteFlip[];
  /**
   * The smallest changes that take away what settles the route, so that it turns on facts still
   * unknown (the officer acting with purpose, where a charge failed on the mental state). Empty
   * for a route that is undetermined already.
   */
  readonly unsettles: readonly RouteFlip[];
}

/** The place and the date identify the incident; they are not what-ifs. */
const FIXED = new Set(['place.state', 'place.locality']);

/** The settled outcomes a route can be brought to, in the order they are shown. */
const OUTCOMES: readonly RouteStatus[] = ['available', 'unavailable', 'not-applicable'];

/** A flip reaches this settled status, other than the present one. */
const toward = (target: RouteStatus) => (before: Value | undefined, after: Value | undefined) =>
  statusOf(after) === target && statusOf(before) !== target;

/**
 * An unsettling change leaves a settled route turning on unknown facts (not on law Recourse leaves
 * unencoded, such as a tribal officer's: that is no fact to find out).
 */
const toUndetermined = (before: Value | undefined, after: Value | undefined) =>
  statusOf(before) !== 'undetermined' && after === undefined;

/** Changes to establish first, then changes to the incident; otherwise in the order found. */
const establishFirst = (flips: RouteFlip[]) =>
  [...flips].sort((a, b) => Number(a.kind === 'incident') - Number(b.kind === 'incident'));

export function whatIfRoute(regime: Regime, incident: Incident, route: RouteName): WhatIfResult {
  const [before] = traceIncident(regime, incident, [route]) as [TraceNode];
  const search = (flips: (b: Value | undefined, a: Value | undefined) => boolean): RouteFlip[] =>
    whatIf(regime, route, incident, incident.date, INCIDENT_FACTS, { flips, fixed: FIXED }).map((flip) => {
      const after = flip.run.get(route);
      return {
        changes: flip.changes,
        kind: flip.changes.every((c) => kindOfChange(c.path) === 'establish') ? 'establish' : 'incident',
        before: statusOf(flip.before),
        after: statusOf(flip.after),
        because: divergences(before, after.trace as TraceNode, 'before', 'after'),
        needs: after.needs,
      };
    });
  const status = statusOf(before.value);
  return {
    incident: incident.id,
    regime: regime.id,
    route,
    status,
    flips: OUTCOMES.filter((target) => target !== status).flatMap((target) =>
      establishFirst(search(toward(target))),
    ),
    unsettles: status === 'undetermined' ? [] : search(toUndetermined),
  };
}
