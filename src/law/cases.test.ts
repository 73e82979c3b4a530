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

  it.each(cases)(
    '$file tells its history in date order, after the conduct, from listed sources',
    ({ incident }) => {
      const history = incident.history ?? [];
      const dates = history.map((h) => h.date);
      expect(dates, 'history in date order').toEqual([...dates].sort());
      for (const h of history) expect(h.date >= incident.date.slice(0, h.date.length), h.event).toBe(true);
      const urls = new Set((incident.sources ?? []).map((s) => s.url));
      for (const h of history)
        if (h.source) expect(urls, `${h.event}: source listed in sources`).toContain(h.source);
    },
  );

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

describe('the corpus records what happened later (pleas, verdicts, sentences, acquittals, DOJ findings)', () => {
  const byId = (id: string) => {
    const found = cases.find((c) => c.incident.id === id)?.incident;
    if (!found) throw new Error(`no case ${id}`);
    return found;
  };
  const events = (id: string) => (byId(id).history ?? []).map((h) => [h.date, h.event] as const);
  const on = (id: string, date: string) =>
    events(id)
      .filter(([d]) => d === date)
      .map(([, e]) => e);

  it('Thao, Kueng and Lane: federal sentences, Lane’s and Kueng’s pleas, Thao’s conviction, and the Minneapolis findings', () => {
    const id = 'floyd-thao-kueng-lane-2020';
    expect(on(id, '2022-07-27')).toEqual([expect.stringMatching(/Kueng 3 years, Thao 3½ years/)]);
    expect(on(id, '2022-05-18')).toEqual([expect.stringMatching(/^Lane pleads guilty/)]);
    expect(on(id, '2022-10-24')).toEqual([expect.stringMatching(/^Kueng pleads guilty/)]);
    expect(on(id, '2023-05-02')).toEqual([expect.stringMatching(/^Thao convicted/)]);
    expect(on(id, '2023-06-16')).toEqual([expect.stringMatching(/Minneapolis Police Department/)]);
    expect(byId(id).actual).toMatchObject({
      stateCharges: 'convicted',
      patternOrPracticeFindings: '2023-06-16',
    });
  });

  it('Taylor: Hankison’s federal conviction and 33-month sentence, and the Louisville findings', () => {
    const id = 'taylor-2020';
    expect(on(id, '2024-11')).toEqual([expect.stringMatching(/Hankison convicted/)]);
    expect(on(id, '2025-07-21')).toEqual([expect.stringMatching(/33 months/)]);
    expect(on(id, '2023-03-08')).toEqual([expect.stringMatching(/Louisville Metro Police Department/)]);
  });

  it('Nichols: the split federal verdict, the state acquittals, and the Memphis findings', () => {
    const id = 'nichols-2023';
    expect(on(id, '2024-10-03')).toEqual([
      expect.stringMatching(/Haley guilty of § 242 \(bodily injury\); Bean and Smith acquitted/),
    ]);
    expect(on(id, '2025-05-07')).toEqual([expect.stringMatching(/acquitted of the state charges/)]);
    expect(on(id, '2024-12-04')).toEqual([expect.stringMatching(/Memphis Police Department/)]);
    expect(byId(id).actual).toMatchObject({ federalPleas: 'Martin and Mills pleaded guilty' });
  });

  it('Screws: acquitted on retrial', () => {
    expect(byId('screws-1943').actual).toMatchObject({ retrial: 'acquitted' });
  });
});
