import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Overlay, withOverlays } from '../engine/index.js';
import {
  compileSummary,
  current,
  parseIncident,
  REGIMES,
  ROUTES,
  regimeWith,
  STATUSES,
} from '../law/index.js';
import {
  type CorpusImpact,
  corpusImpact,
  type LoadedCase,
  overlaysOfSubset,
  provisionsBeyond,
} from './impact.js';

/** Impact over cases whose answer is known, and the invariants of every run. */

const CASES = join(import.meta.dirname, '..', '..', 'data', 'cases');

/** Reads every YAML file of a directory; a file that does not parse is kept as an error. */
function load(dir: string): LoadedCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f): LoadedCase => {
      const file = join(dir, f);
      try {
        return { file, incident: parseIncident(readFileSync(file, 'utf8'), file) };
      } catch (e) {
        return { file, error: e instanceof Error ? e.message : String(e) };
      }
    });
}

const regime = (id: string) => {
  const r = REGIMES.get(id);
  if (!r) throw new Error(`no regime ${id}`);
  return r;
};

const corpus = load(CASES);
const all = corpusImpact([...REGIMES.values()], corpus);

const change = (impact: CorpusImpact, regimeId: string, incident: string, route: string) =>
  impact.changes.find((c) => c.regime === regimeId && c.incident === incident && c.route === route);
const shares = (provisions: readonly { provision: string; share: number }[]) =>
  Object.fromEntries(provisions.map((p) => [p.provision, p.share]));

describe('corpusImpact over the cases corpus', () => {
  it('reads every case of the corpus without error', () => {
    expect(all.errors).toEqual([]);
    expect(all.cases).toBe(corpus.length);
    expect(all.baseline).toBe('current');
    expect(all.regimes.map((r) => r.regime)).toEqual([...REGIMES.keys()]);
  });

  it('gfjpa-2021: jamison-mcclendon-2013 officerSuit becomes available, entirely by § 102', () => {
    const c = change(all, 'gfjpa-2021', 'jamison-mcclendon-2013', 'officerSuit');
    expect(c).toMatchObject({ before: 'unavailable', after: 'available' });
    expect(c?.provisions).toEqual([{ provision: 'hr-1280-sec-102', share: 1 }]);
  });

  it('gfjpa-2021: garner-2014 federalProsecution needs both § 101 and the chokehold provision, half each', () => {
    const c = change(all, 'gfjpa-2021', 'garner-2014', 'federalProsecution');
    expect(c).toMatchObject({ before: 'unavailable', after: 'available' });
    expect(shares(c?.provisions ?? [])).toEqual({
      'hr-1280-sec-101': 0.5,
      'hr-1280-chokehold-section-242': 0.5,
    });
  });

  it('gfjpa-2021: the corpus-level change of each route adds up over its provisions', () => {
    const gfjpa = all.regimes.find((r) => r.regime === 'gfjpa-2021');
    const attribution = gfjpa?.attribution;
    expect(attribution).not.toBeNull();
    const base = all.regimes.find((r) => r.regime === 'current');
    for (const route of ROUTES) {
      const a = attribution?.[route];
      expect(a?.availableChange).toBe(
        (gfjpa?.routes[route].available as number) - (base?.routes[route].available as number),
      );
      const total = (a?.provisions ?? []).reduce((s, p) => s + p.share, 0);
      expect(total).toBeCloseTo(a?.availableChange as number, 6);
    }
    expect(shares(attribution?.federalProsecution.provisions ?? [])).toMatchObject({
      'hr-1280-sec-101': 0.5,
      'hr-1280-chokehold-section-242': 0.5,
    });
    expect(shares(attribution?.officerSuit.provisions ?? [])['hr-1280-sec-102']).toBe(
      attribution?.officerSuit.availableChange,
    );
  });

  it('scott-2021: every employerSuit change is the employer-liability provision', () => {
    const employer = all.changes.filter((c) => c.regime === 'scott-2021' && c.route === 'employerSuit');
    expect(employer.length).toBeGreaterThan(0);
    for (const c of employer) {
      expect(c.provisions).toEqual([{ provision: 'scott-2021-employer-liability', share: 1 }]);
    }
    const scott = all.regimes.find((r) => r.regime === 'scott-2021');
    const a = scott?.attribution?.employerSuit;
    expect(a?.availableChange).toBeGreaterThan(0);
    expect(a?.provisions).toEqual([
      { provision: 'scott-2021-employer-liability', share: a?.availableChange },
    ]);
  });

  it('the counts of each route add up to the number of cases, under every regime', () => {
    for (const r of all.regimes) {
      for (const route of ROUTES) {
        const total = STATUSES.reduce((s, status) => s + r.routes[route][status], 0);
        expect(total, `${r.regime} ${route}`).toBe(all.cases);
      }
    }
  });

  it('the counts are those of evaluating each regime directly', () => {
    const incidents = corpus.flatMap((c) => ('incident' in c ? [c.incident] : []));
    for (const r of all.regimes) {
      const summarise = compileSummary(regime(r.regime));
      for (const route of ROUTES) {
        const direct: Record<string, number> = Object.fromEntries(STATUSES.map((s) => [s, 0]));
        for (const incident of incidents) {
          const status = summarise(incident).routes[route].status;
          direct[status] = (direct[status] ?? 0) + 1;
        }
        expect(r.routes[route], `${r.regime} ${route}`).toEqual(direct);
      }
    }
  });

  it('every change says what it was and what it is, with shares adding up to 1', () => {
    expect(all.changes.length).toBeGreaterThan(0);
    const before = compileSummary(current);
    const after = new Map([...REGIMES].map(([id, r]) => [id, compileSummary(r)]));
    const byId = new Map(corpus.flatMap((c) => ('incident' in c ? [[c.incident.id, c.incident]] : [])));
    for (const c of all.changes) {
      expect(c.before).not.toBe(c.after);
      const incident = byId.get(c.incident);
      if (!incident) throw new Error(`unknown case ${c.incident}`);
      expect(before(incident).routes[c.route].status).toBe(c.before);
      expect(after.get(c.regime)?.(incident).routes[c.route].status).toBe(c.after);
      expect(c.provisions.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 6);
    }
  });

  it('the baseline has no attribution and no changes', () => {
    expect(all.regimes.find((r) => r.regime === 'current')?.attribution).toBeNull();
    expect(all.changes.some((c) => c.regime === 'current')).toBe(false);
  });
});

describe('corpusImpact with a bad case', () => {
  it('reports the bad case in errors and goes on with the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recourse-impact-'));
    writeFileSync(join(dir, 'a-good.yaml'), readFileSync(join(CASES, 'garner-2014.yaml'), 'utf8'));
    writeFileSync(join(dir, 'b-bad.yaml'), 'id: broken\ndate: not-a-date\nplace: { state: ZZ }\nharm: [\n');
    const loaded = load(dir);
    expect(loaded.map((c) => 'error' in c)).toEqual([false, true]);
    const impact = corpusImpact([current, regime('gfjpa-2021')], loaded);
    expect(impact.cases).toBe(1);
    expect(impact.errors).toHaveLength(1);
    expect(impact.errors[0]?.file).toBe(join(dir, 'b-bad.yaml'));
    expect(impact.errors[0]?.error).not.toBe('');
    for (const r of impact.regimes) {
      for (const route of ROUTES) {
        expect(STATUSES.reduce((s, status) => s + r.routes[route][status], 0)).toBe(1);
      }
    }
    expect(change(impact, 'gfjpa-2021', 'garner-2014', 'federalProsecution')).toMatchObject({
      before: 'unavailable',
      after: 'available',
    });
  });

  it('an empty corpus gives zero counts and no changes', () => {
    const impact = corpusImpact([current, regime('scott-2021')], []);
    expect(impact.cases).toBe(0);
    expect(impact.changes).toEqual([]);
    for (const r of impact.regimes) for (const route of ROUTES) expect(r.routes[route].available).toBe(0);
  });
});

describe('corpusImpact against a provision that replaces an overlay of the baseline', () => {
  // Colorado's SB 20-217 applied everywhere replaces the same law applied in place: same id, other
  // content. Without it (subset 0) the baseline keeps Colorado's law in Colorado.
  const everywhere = regimeWith('current', ['co-sb20-217']);
  const arrest = (id: string, state: string) =>
    parseIncident(`
      id: ${id}
      date: 2021-03-01
      place: { state: ${state} }
      officer: { employer: local, role: police, underColorOfLaw: true, withinScopeOfEmployment: true, goodFaithBelief: true }
      conduct: { force: [bodily-force], claims: [excessive-force] }
      harm: injury
      findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false }
    `);
  const denver = arrest('denver-arrest', 'CO');
  const dallas = arrest('dallas-arrest', 'TX');
  const cases: LoadedCase[] = [
    { file: 'denver.yaml', incident: denver },
    { file: 'dallas.yaml', incident: dallas },
  ];

  it('subset 0 keeps the baseline’s own overlay: it is the baseline itself', () => {
    const [provision] = provisionsBeyond(everywhere, current);
    expect(provision?.id).toBe('co-sb20-217');
    const subset0 = withOverlays(current, 'subset-0', overlaysOfSubset(current, [provision as Overlay], 0));
    expect(subset0.hash).toBe(current.hash);
    expect(compileSummary(subset0)(denver)).toEqual(compileSummary(current)(denver));
    expect(compileSummary(current)(denver).routes.stateSuit.status).toBe('available');
  });

  it('only the case outside Colorado changes, and the change is the provision’s', () => {
    const impact = corpusImpact([everywhere], cases);
    expect(impact.changes.map((c) => [c.incident, c.route, c.before, c.after])).toEqual([
      ['dallas-arrest', 'stateSuit', 'not-applicable', 'available'],
    ]);
    expect(impact.regimes[0]?.attribution?.stateSuit).toEqual({
      availableChange: 1,
      provisions: [{ provision: 'co-sb20-217', share: 1 }],
    });
  });
});
