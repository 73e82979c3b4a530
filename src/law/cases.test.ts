import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Incident } from './incident.js';
import { parseIncident } from './parse.js';
import { REGIMES } from './regimes.js';
import { evaluateIncident } from './results.js';
import { ROUTES, STATUSES } from './vocabulary.js';

/**
 * The bundled cases corpus (data/cases/*.yaml, LAW.md §6): golden scenarios a lawyer can review.
 * Each file is an incident v1 with its sources, what actually happened, and the expected status
 * of every route under every regime (`expected.current`, `expected['gfjpa-2021']`, ...), written
 * from a reading of LAW.md and reviewed against the model: where they differed, the model was
 * fixed or the case's notes explain the reading.
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

  it.each(cases)('$file records what actually happened', ({ incident }) => {
    expect(incident.actual, 'actual').toBeTruthy();
    expect(Object.keys(incident.actual ?? {}).length, 'actual has at least one entry').toBeGreaterThan(0);
  });

  it.each(cases)('$file expects all five routes under every regime, and no other regime', ({ incident }) => {
    const expected = incident.expected ?? {};
    expect(Object.keys(expected).sort(), 'regimes in expected').toEqual([...REGIMES.keys()].sort());
    for (const regime of REGIMES.keys()) {
      for (const route of ROUTES) {
        expect(STATUSES, `expected.${regime}.${route}`).toContain(expected[regime]?.[route]);
      }
    }
  });
});

const runs = cases.flatMap(({ file, incident }) =>
  Object.keys(incident.expected ?? {}).map((regime) => ({ file, incident, regime })),
);

describe('the cases corpus under every regime', () => {
  it.each(runs)(
    '$incident.id under $regime: every route has its expected status',
    ({ file, incident, regime }) => {
      const built = REGIMES.get(regime);
      expect(built, `data/cases/${file}: unknown regime "${regime}" in expected`).toBeDefined();
      if (!built) return;
      const result = evaluateIncident(built, incident);
      const expected = incident.expected?.[regime] ?? {};
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
      expect(differences, `data/cases/${file} under ${regime}:\n  ${differences.join('\n  ')}`).toEqual([]);
    },
  );
});
