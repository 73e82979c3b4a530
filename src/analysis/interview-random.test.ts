import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsFromObject, type Regime } from '../engine/index.js';
import { evaluateIncident, REGIMES } from '../law/index.js';
import { arbitraryIncident } from '../law/testkit.js';
import { routeStatuses, runInterview, startingPoint } from './interview.js';

/**
 * The interview over random incidents (a file of its own beside interview.test.ts, so that the
 * two heaviest parts of the interview's tests run on both workers): from id, date and place, it
 * reaches the full incident's statuses, asking each fact once.
 */

const ALL: readonly Regime[] = [...REGIMES.values()];

describe('the interview over random incidents', () => {
  it("from id, date and place only, reaches the full incident's statuses under every regime, asking each fact once", () => {
    fc.assert(
      fc.property(arbitraryIncident, (incident) => {
        const run = runInterview(ALL, startingPoint(incident), incident);
        const full = routeStatuses(ALL.map((r) => evaluateIncident(r, incident)));
        expect(routeStatuses(run.results)).toEqual(full);
        expect(new Set(run.asked).size).toBe(run.asked.length);
        const oracle = factsFromObject(incident);
        for (const path of run.leftOpen) {
          expect(oracle(path)).toBeUndefined();
          expect(run.asked).not.toContain(path);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
