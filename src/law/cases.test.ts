import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Incident } from './incident.js';
import { parseIncident } from './parse.js';
import { current } from './regimes.js';
import { evaluateIncident } from './results.js';
import { ROUTES, STATUSES } from './vocabulary.js';

/**
 * The bundled cases corpus (data/cases/*.yaml, LAW.md §6): golden scenarios a lawyer can review.
 * Each file is an incident v1 with its sources, what actually happened, and the expected status
 * of every route under the law in force (`expected.current`).
 */
const CASES_DIR = new URL('../../data/cases/', import.meta.url);

const files = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const cases: { file: string; incident: Incident }[] = files.map((file) => ({
  file,
  incident: parseIncident(readFileSync(new URL(file, CASES_DIR), 'utf8'), `data/cases/${file}`),
}));

describe('the cases corpus (data/cases)', () => {
  it('has at least 10 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('$file is named after its id', ({ file, incident }) => {
    expect(file).toBe(`${incident.id}.yaml`);
  });

  it('gives every case a distinct id', () => {
    const ids = cases.map((c) => c.incident.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(cases)('$file cites at least one source URL', ({ incident }) => {
    const urls = (incident.sources ?? []).map((s) => s.url).filter((u) => /^https?:\/\/\S+$/.test(u));
    expect(urls.length).toBeGreaterThanOrEqual(1);
  });

  it.each(cases)('$file records what actually happened and all five expected routes', ({ incident }) => {
    expect(incident.actual, 'actual').toBeTruthy();
    expect(Object.keys(incident.actual ?? {}).length, 'actual has at least one entry').toBeGreaterThan(0);
    const expected = incident.expected?.current;
    expect(expected, 'expected.current').toBeTruthy();
    for (const route of ROUTES) {
      expect(STATUSES, `expected.current.${route}`).toContain(expected?.[route]);
    }
  });
});

describe('the cases corpus under the law in force (regime current)', () => {
  for (const { file, incident } of cases) {
    it(`${incident.id}: every route has its expected status`, () => {
      const result = evaluateIncident(current, incident);
      const expected = incident.expected?.current ?? {};
      const differences: string[] = [];
      for (const route of ROUTES) {
        const want = expected[route];
        if (want === undefined) continue;
        const got = result.routes[route];
        if (got.status !== want) {
          differences.push(
            `${route}: expected ${want}, got ${got.status}` +
              ` (blockedBy: ${got.blockedBy ?? 'none'}; needs: ${got.needs.length ? got.needs.join(', ') : 'none'})`,
          );
        }
      }
      expect(differences, `data/cases/${file}:\n  ${differences.join('\n  ')}`).toEqual([]);
    });
  }
});
