import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIncident, toIncident } from './parse.js';
import { current, REGIMES } from './regimes.js';
import {
  compileStatuses,
  compileSummary,
  evaluateIncident,
  type RouteSummary,
  summarise,
} from './results.js';
import { arbitraryIncident, LAW_BOUNDARIES } from './testkit.js';
import { ROUTES, STATUSES } from './vocabulary.js';

/**
 * The compiled law must agree with the interpreter on every input (DESIGN.md §2): random incidents
 * in which every fact may be missing, null or any allowed value, on random dates and on both sides
 * of every date at which a rule comes into or goes out of force.
 */

describe('the compiled law agrees with the interpreter', () => {
  const compiled = compileSummary(current);

  it('covers every boundary date of the law in force', () => {
    for (const d of [
      '1974-03-16',
      '1994-09-13',
      '2020-06-16',
      '2021-09-13',
      '2022-05-25',
      '2022-07-24',
      '2022-08-23',
      '2022-11-21',
      '2025-01-20',
    ])
      expect(LAW_BOUNDARIES).toContain(d);
    // The laws' starts and § 242's dated penalty tiers (issue 9).
    for (const d of ['1866-01-01', '1867-01-01', '1871-01-01', '1872-01-01', '1968-04-11', '1988-11-18'])
      expect(LAW_BOUNDARIES).toContain(d);
  });

  it('under every regime too: the same summaries, penalty ceiling and what would lower it, on 200 random incidents', () => {
    const regimes = [...REGIMES.values()];
    const compiledByRegime = regimes.map((r) => compileSummary(r));
    fc.assert(
      fc.property(arbitraryIncident, (i) => {
        regimes.forEach((r, g) => {
          expect((compiledByRegime[g] as (typeof compiledByRegime)[number])(i), r.id).toEqual(
            summarise(evaluateIncident(r, i)),
          );
        });
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same route statuses, blockers and penalty ceiling on 3000 random incidents', () => {
    fc.assert(
      fc.property(arbitraryIncident, (i) => {
        expect(compiled(i)).toEqual(summarise(evaluateIncident(current, i)));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on an incident where nothing but the date and place is known', () => {
    for (const d of LAW_BOUNDARIES) {
      const i = toIncident({ id: 'bare', date: d, place: { state: 'NY' } });
      expect(compiled(i)).toEqual(summarise(evaluateIncident(current, i)));
    }
  });
});

/** compileSummary's statuses, as compileStatuses writes them (indices in STATUSES). */
const statusIndices = (summary: RouteSummary): number[] =>
  ROUTES.map((route) => STATUSES.indexOf(summary.routes[route].status));

describe('compileStatuses (the status path of bulk runs) agrees with compileSummary', () => {
  const regimes = [...REGIMES.values()];
  const summaries = regimes.map((r) => compileSummary(r));
  const statuses = regimes.map((r) => compileStatuses(r));
  const out = new Uint8Array(ROUTES.length + 2);
  const statusesOf = (g: number, i: Parameters<(typeof statuses)[number]>[0]) => {
    out.fill(255);
    (statuses[g] as (typeof statuses)[number])(i, out, 1);
    // Only its five places are written.
    expect(out[0]).toBe(255);
    expect(out[ROUTES.length + 1]).toBe(255);
    return [...out.subarray(1, ROUTES.length + 1)];
  };

  it('on every bundled case, under every regime', () => {
    const dir = new URL('../../data/cases/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const i = parseIncident(readFileSync(new URL(file, dir), 'utf8'), file);
      regimes.forEach((r, g) => {
        expect(statusesOf(g, i), `${file} under ${r.id}`).toEqual(
          statusIndices((summaries[g] as (typeof summaries)[number])(i)),
        );
      });
    }
  });

  it('on 1000 random incidents, under every regime', () => {
    fc.assert(
      fc.property(arbitraryIncident, (i) => {
        regimes.forEach((r, g) => {
          expect(statusesOf(g, i), r.id).toEqual(
            statusIndices((summaries[g] as (typeof summaries)[number])(i)),
          );
        });
      }),
      { numRuns: 1000 },
    );
  });
});
