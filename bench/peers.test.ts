import { describe, expect, it } from 'vitest';
import { compileSummary, current, evaluateIncident, type Incident, summarise } from '../src/law/index.js';
import { handWrittenSummary } from './peers/hand-written.js';
import { createEngine, jsonRulesEngineSummary } from './peers/json-rules-engine.js';
import { benchWorkload, loadCases, randomIncidents } from './workload.js';

/**
 * The benchmark's peers compute the same route summaries as Recourse: the bundled cases, 500
 * seeded random incidents, and the benchmark's workload.
 */
const compiled = compileSummary(current);
const { cases, skipped } = loadCases();
const random = randomIncidents(500);
const workload = benchWorkload();

const label = (x: Incident) => `${x.id} (${x.date})`;

/**
 * The random incidents moved into New York City, on the days around Local Law 48's passage and
 * its latest date of adoption (the action is undetermined in between): the window is a few weeks,
 * which random dates seldom hit.
 */
const NYC_DATES = ['2021-03-24', '2021-03-25', '2021-04-10', '2021-04-24', '2021-04-25'];
const newYorkCity: Incident[] = random.slice(0, 100).map((x, i) => ({
  ...x,
  id: `${x.id}-nyc`,
  date: NYC_DATES[i % NYC_DATES.length] as string,
  place: { state: 'NY', locality: 'Brooklyn' },
}));

describe('the bundled cases', () => {
  it('all parse', () => {
    expect(skipped).toEqual([]);
  });
});

describe('hand-written peer', () => {
  it.each(cases.map((x) => [label(x), x] as const))('agrees on case %s', (_, x) => {
    const summary = handWrittenSummary(x);
    expect(summary).toEqual(compiled(x));
    expect(summary).toEqual(summarise(evaluateIncident(current, x)));
  });

  it('agrees on 500 seeded random incidents, and on them in New York City around Local Law 48’s adoption', () => {
    for (const x of [...random, ...newYorkCity]) {
      const summary = handWrittenSummary(x);
      expect(summary, label(x)).toEqual(compiled(x));
      expect(summary, label(x)).toEqual(summarise(evaluateIncident(current, x)));
    }
  });
});

describe('json-rules-engine peer', () => {
  const engine = createEngine();

  it.each(cases.map((x) => [label(x), x] as const))('agrees on case %s', async (_, x) => {
    const summary = await jsonRulesEngineSummary(engine, x);
    expect(summary).toEqual(compiled(x));
    expect(summary).toEqual(summarise(evaluateIncident(current, x)));
  });

  it(`agrees on the benchmark workload (${workload.incidents.length} incidents)`, async () => {
    expect(workload.incidents.length).toBeGreaterThan(0);
    for (const x of workload.incidents) {
      const summary = await jsonRulesEngineSummary(engine, x);
      expect(summary, label(x)).toEqual(compiled(x));
      expect(summary, label(x)).toEqual(summarise(evaluateIncident(current, x)));
    }
  });

  it('agrees on the 500 seeded random incidents too, and in New York City around Local Law 48’s adoption', async () => {
    for (const x of [...random, ...newYorkCity])
      expect(await jsonRulesEngineSummary(engine, x), label(x)).toEqual(compiled(x));
  });
});
