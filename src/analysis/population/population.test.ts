import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStatuses, compileSummary, REGIMES, ROUTES, STATUSES } from '../../law/index.js';
import { drawReplicate, generateIncident, YEARS } from './generate.js';
import { assumptionsOf, loadParameters, REQUIRED_PARAMETERS } from './parameters.js';
import { runSimulation } from './run.js';
import {
  averageYearEstimates,
  type Estimate,
  estimates,
  type SimulationSpec,
  tallySize,
} from './simulate.js';

/** The synthetic population: cited parameters, reproducible draws, the same tallies on any number of workers. */

const PARAMETERS = join(import.meta.dirname, '..', '..', '..', 'data', 'parameters');
const parameters = loadParameters(PARAMETERS);

const spec = (over: Partial<SimulationSpec> = {}): SimulationSpec => ({
  n: 3_000,
  seed: 1,
  replicates: 5,
  regimes: ['current', 'gfjpa-2021'],
  parameters,
  ...over,
});

describe('parameter files', () => {
  it('load, with every required parameter', () => {
    expect(Object.keys(parameters).sort()).toEqual([...REQUIRED_PARAMETERS].sort());
  });

  it('every required parameter has a source for each value, or is marked as an assumption', () => {
    for (const id of REQUIRED_PARAMETERS) {
      const p = parameters[id];
      if (p.assumption) {
        expect(p.assumptionNote, `${id}: an assumption says why`).toBeTruthy();
        continue;
      }
      for (const v of p.values) expect(v.source, `${id}: ${JSON.stringify(v)}`).toMatch(/^https?:\/\//);
    }
  });

  it('the assumptions listed in every report carry the sources and the assumption flag', () => {
    const listed = assumptionsOf(parameters);
    expect(listed.map((a) => a.parameter)).toEqual([...REQUIRED_PARAMETERS]);
    for (const a of listed) {
      expect(a.assumption || a.sources.length > 0, a.parameter).toBe(true);
      for (const s of a.sources) expect(s).toMatch(/^https?:\/\/\S+$/);
    }
    expect(listed.find((a) => a.parameter === 'right-violated')?.assumption).toBe(true);
    expect(listed.find((a) => a.parameter === 'fatal-shootings-per-year')?.assumption).toBe(false);
  });

  it('a directory without the parameter files is refused, naming what is missing', () => {
    expect(() => loadParameters(join(import.meta.dirname, '..', '..', '..', 'data', 'cases'))).toThrow(
      /data\/cases/,
    );
  });
});

describe('the synthetic population', () => {
  it('draws each replicate within the parameter ranges', () => {
    for (let r = 0; r < 10; r++) {
      const theta = drawReplicate(parameters, 7, r);
      expect(theta.rightViolated).toBeGreaterThanOrEqual(0.2);
      expect(theta.rightViolated).toBeLessThanOrEqual(0.6);
      expect(theta.shootings[2016]).toBe(958);
      expect(theta.shootings[2015]).toBeGreaterThanOrEqual(958);
      expect(theta.shootings[2015]).toBeLessThanOrEqual(1055);
      expect(theta.qualifiedImmunity[2018]).toBe(0.57);
      expect(theta.federal + theta.local).toBeLessThan(1);
    }
  });

  it('incident i depends only on the seed and i', () => {
    const theta = drawReplicate(parameters, 3, 0);
    expect(generateIncident(3, 42, theta)).toEqual(generateIncident(3, 42, theta));
    expect(generateIncident(3, 42, theta)).not.toEqual(generateIncident(4, 42, theta));
    const { incident, year } = generateIncident(3, 42, theta);
    expect(YEARS).toContain(year);
    expect(incident.date.startsWith(String(year))).toBe(true);
    expect(Number.isNaN(Date.parse(incident.date))).toBe(false);
  });

  it('the same seed gives identical tallies, a different seed different ones', async () => {
    const a = await runSimulation(spec());
    const b = await runSimulation(spec());
    const c = await runSimulation(spec({ seed: 2 }));
    expect(a).toHaveLength(tallySize(spec()));
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
    // Every incident is counted once per regime and route.
    const total = a.reduce((s, x) => s + x, 0);
    expect(total).toBe(spec().n * spec().regimes.length * ROUTES.length);
  });

  it('tallies are identical on 1 worker and on 2 worker threads', async () => {
    // More than one chunk (10,000 incidents), so that the work is really split.
    const big = spec({ n: 25_000, replicates: 3 });
    const progress: number[] = [];
    const one = await runSimulation(big, { workers: 1 });
    const two = await runSimulation(big, { workers: 2, onProgress: (done) => progress.push(done) });
    expect([...two]).toEqual([...one]);
    expect(progress.at(-1)).toBe(big.n);
  });

  it('estimates carry low <= mean <= high, even with few incidents and a skewed spread', async () => {
    for (const seed of [1, 2, 3]) {
      const s = spec({ n: 2_000, seed, replicates: 20, regimes: [...REGIMES.keys()] });
      const counts = await runSimulation(s);
      const check = (e: Estimate, where: string) => {
        expect(e.low, where).toBeLessThanOrEqual(e.mean);
        expect(e.mean, where).toBeLessThanOrEqual(e.high);
        expect(e.low, where).toBeGreaterThanOrEqual(0);
      };
      for (const r of estimates(s, counts)) {
        for (const y of r.years) {
          check(y.incidents, `${r.regime} ${y.year} incidents`);
          for (const route of ROUTES)
            for (const status of STATUSES)
              check(
                y.routes[route]?.[status] as Estimate,
                `${seed} ${r.regime} ${y.year} ${route} ${status}`,
              );
        }
      }
      for (const r of averageYearEstimates(s, counts))
        for (const route of ROUTES)
          for (const status of STATUSES)
            check(r.routes[route]?.[status] as Estimate, `${seed} ${r.regime} average ${route} ${status}`);
    }
  });

  it('the statuses of a route add up to the shootings of the year; the average year is the mean of the years', async () => {
    const s = spec({ n: 4_000, replicates: 4 });
    const counts = await runSimulation(s);
    const perYear = estimates(s, counts);
    const average = averageYearEstimates(s, counts);
    for (const [g, r] of perYear.entries()) {
      for (const y of r.years) {
        for (const route of ROUTES) {
          const total = STATUSES.reduce((sum, st) => sum + (y.routes[route]?.[st]?.mean ?? 0), 0);
          expect(Math.abs(total - y.incidents.mean)).toBeLessThan(0.5);
        }
      }
      expect(average[g]?.years).toEqual([YEARS[0], YEARS[YEARS.length - 1]]);
      for (const route of ROUTES) {
        const mean =
          r.years.reduce((sum, y) => sum + (y.routes[route]?.available?.mean ?? 0), 0) / r.years.length;
        expect(Math.abs((average[g]?.routes[route]?.available?.mean ?? NaN) - mean)).toBeLessThan(0.2);
      }
    }
  });

  it('a proposal that lifts qualified immunity opens more officer suits than current law', async () => {
    const s = spec({ n: 5_000, replicates: 4 });
    const [cur, gfjpa] = averageYearEstimates(s, await runSimulation(s));
    expect(gfjpa?.routes.officerSuit?.available?.mean).toBeGreaterThan(
      cur?.routes.officerSuit?.available?.mean as number,
    );
  });

  it('the status path gives the statuses of compileSummary on 10,000 synthetic incidents, under every regime', () => {
    const regimes = [...REGIMES.values()];
    const summaries = regimes.map((r) => compileSummary(r));
    const statuses = regimes.map((r) => compileStatuses(r));
    const thetas = Array.from({ length: 20 }, (_, r) => drawReplicate(parameters, 1, r));
    const out = new Uint8Array(ROUTES.length);
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const { incident } = generateIncident(1, i, thetas[i % 20] as (typeof thetas)[number]);
      regimes.forEach((r, g) => {
        (statuses[g] as (typeof statuses)[number])(incident, out, 0);
        const summary = (summaries[g] as (typeof summaries)[number])(incident);
        ROUTES.forEach((route, k) => {
          const want = summary.routes[route].status;
          if (STATUSES[out[k] as number] !== want)
            expect(STATUSES[out[k] as number], `${incident.id} ${r.id} ${route}`).toBe(want);
          seen.add(want);
        });
      });
    }
    // The population reaches every status.
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });

  it('tallies are those of evaluating each incident with compileSummary', async () => {
    const s = spec({ n: 3_000, replicates: 7, regimes: [...REGIMES.keys()] });
    const summaries = s.regimes.map((id) =>
      compileSummary(REGIMES.get(id) as NonNullable<ReturnType<typeof REGIMES.get>>),
    );
    const thetas = Array.from({ length: s.replicates }, (_, r) => drawReplicate(parameters, s.seed, r));
    const want = new Float64Array(tallySize(s));
    for (let i = 0; i < s.n; i++) {
      const r = i % s.replicates;
      const { incident, year } = generateIncident(s.seed, i, thetas[r] as (typeof thetas)[number]);
      summaries.forEach((summarise, g) => {
        const summary = summarise(incident);
        ROUTES.forEach((route, k) => {
          const at =
            (((g * YEARS.length + (year - YEARS[0])) * s.replicates + r) * ROUTES.length + k) *
              STATUSES.length +
            STATUSES.indexOf(summary.routes[route].status);
          want[at] = (want[at] as number) + 1;
        });
      });
    }
    expect([...(await runSimulation(s))]).toEqual([...want]);
  });
});
