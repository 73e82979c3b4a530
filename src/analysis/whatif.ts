import { type FactChange, type Regime, type TraceNode, whatIf } from '../engine/index.js';
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
 * to another settled status, each with the rule that makes the difference.
 */
export interface RouteFlip {
  readonly changes: readonly FactChange[];
  readonly before: RouteStatus;
  readonly after: RouteStatus;
  /** Where the derivation after the change departs from the one before, with the deciding rules. */
  readonly because: readonly Cause[];
}

export interface WhatIfResult {
  readonly incident: string;
  readonly regime: string;
  readonly route: RouteName;
  readonly status: RouteStatus;
  readonly flips: readonly RouteFlip[];
}

/** The place and the date identify the incident; they are not what-ifs. */
const FIXED = new Set(['place.state', 'place.locality']);

export function whatIfRoute(regime: Regime, incident: Incident, route: RouteName): WhatIfResult {
  const [before] = traceIncident(regime, incident, [route]) as [TraceNode];
  const flips = whatIf(regime, route, incident, incident.date, INCIDENT_FACTS, {
    // A flip reaches a settled status other than the present one.
    flips: (before, after) => statusOf(after) !== 'undetermined' && statusOf(after) !== statusOf(before),
    fixed: FIXED,
  }).map((flip) => {
    const after = flip.run.get(route).trace as TraceNode;
    return {
      changes: flip.changes,
      before: statusOf(flip.before),
      after: statusOf(flip.after),
      because: divergences(before, after, 'before', 'after'),
    };
  });
  return { incident: incident.id, regime: regime.id, route, status: statusOf(before.value), flips };
}
