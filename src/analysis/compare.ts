import type { Regime } from '../engine/index.js';
import { evaluateIncident, type Incident, type Result, ROUTES } from '../law/index.js';
import { type Contrast, contrast } from './contrast.js';

/**
 * Comparison of one incident across regimes: the regimes x routes table, and for each pair of
 * regimes and each route on which they differ, a contrastive explanation.
 */
export interface Comparison {
  readonly incident: string;
  readonly regimes: readonly string[];
  readonly results: readonly Result[];
  readonly differences: readonly Contrast[];
}

export function compareRegimes(incident: Incident, regimes: readonly Regime[]): Comparison {
  const results = regimes.map((r) => evaluateIncident(r, incident));
  const differences: Contrast[] = [];
  for (let i = 0; i < regimes.length; i++) {
    for (let j = i + 1; j < regimes.length; j++) {
      const a = regimes[i] as Regime;
      const b = regimes[j] as Regime;
      for (const route of ROUTES) {
        const ra = (results[i] as Result).routes[route];
        const rb = (results[j] as Result).routes[route];
        if (ra.status === rb.status && ra.blockedBy === rb.blockedBy) continue;
        differences.push(contrast(incident, route, a, b));
      }
    }
  }
  return { incident: incident.id, regimes: regimes.map((r) => r.id), results, differences };
}
