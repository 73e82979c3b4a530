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
 * What would change a route: the smallest sets of fact changes (one fact, else two) that bring it
 * to another settled status, each with the rule that makes the difference; and, for a settled
 * route, the smallest that unsettle it, leaving it to turn on facts still unknown.
 */
export interface RouteFlip {
  readonly changes: readonly FactChange[];
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
  /** The smallest changes to another settled status. */
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

/** A flip reaches a settled status other than the present one. */
const toOtherSettled = (before: Value | undefined, after: Value | undefined) =>
  statusOf(after) !== 'undetermined' && statusOf(after) !== statusOf(before);

/**
 * An unsettling change leaves a settled route turning on unknown facts (not on law Recourse leaves
 * unencoded, such as a tribal officer's: that is no fact to find out).
 */
const toUndetermined = (before: Value | undefined, after: Value | undefined) =>
  statusOf(before) !== 'undetermined' && after === undefined;

export function whatIfRoute(regime: Regime, incident: Incident, route: RouteName): WhatIfResult {
  const [before] = traceIncident(regime, incident, [route]) as [TraceNode];
  const search = (flips: (b: Value | undefined, a: Value | undefined) => boolean): RouteFlip[] =>
    whatIf(regime, route, incident, incident.date, INCIDENT_FACTS, { flips, fixed: FIXED }).map((flip) => {
      const after = flip.run.get(route);
      return {
        changes: flip.changes,
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
    flips: search(toOtherSettled),
    unsettles: status === 'undetermined' ? [] : search(toUndetermined),
  };
}
