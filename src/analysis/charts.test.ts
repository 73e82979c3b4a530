import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ROUTES, STATUSES } from '../law/index.js';
import { attributionChart, corpusCharts, regimeColors, syntheticChart, transitionsChart } from './charts.js';
import type { CorpusImpact, RegimeImpact } from './impact.js';

/** The charts are pure: data in, one standalone SVG document out, titled and legible without the text. */

const counts = (available: number, cases: number) =>
  Object.fromEntries(
    ROUTES.map((r) => [
      r,
      Object.fromEntries(
        STATUSES.map((s) => [
          s,
          s === 'available' ? available : s === 'undetermined' ? cases - available : 0,
        ]),
      ),
    ]),
  ) as unknown as RegimeImpact['routes'];

const attribution = (change: number, provisions: { provision: string; share: number }[]) =>
  Object.fromEntries(
    ROUTES.map((r) => [
      r,
      r === 'officerSuit' ? { availableChange: change, provisions } : { availableChange: 0, provisions: [] },
    ]),
  ) as unknown as NonNullable<RegimeImpact['attribution']>;

const IMPACT: CorpusImpact = {
  baseline: 'current',
  cases: 10,
  errors: [],
  regimes: [
    { regime: 'current', hypothetical: false, routes: counts(4, 10), attribution: null },
    {
      regime: 'a-&-b <bill>',
      hypothetical: true,
      routes: counts(5, 10),
      attribution: attribution(1, [
        { provision: 'adds-a-route', share: 2 },
        { provision: 'takes-one-away', share: -1 },
      ]),
    },
    { regime: 'no-change', hypothetical: true, routes: counts(4, 10), attribution: attribution(0, []) },
  ],
  changes: [
    {
      incident: 'x',
      regime: 'a-&-b <bill>',
      route: 'officerSuit',
      before: 'undetermined',
      after: 'available',
      provisions: [],
    },
    {
      incident: 'y',
      regime: 'a-&-b <bill>',
      route: 'officerSuit',
      before: 'undetermined',
      after: 'available',
      provisions: [],
    },
    {
      incident: 'z',
      regime: 'a-&-b <bill>',
      route: 'officerSuit',
      before: 'available',
      after: 'unavailable',
      provisions: [],
    },
  ],
};

function parse(svg: string) {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).not.toMatch(/<figure|<div|<h2|<style/);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.documentElement?.tagName.toLowerCase()).toBe('svg');
  return doc;
}

describe('charts', () => {
  it('writes the three corpus charts as standalone SVG with their titles', () => {
    const charts = corpusCharts(IMPACT, { provisionTitles: new Map([['adds-a-route', 'Adds a route']]) });
    expect(charts.map((c) => c.name)).toEqual([
      'routes-available.svg',
      'change-by-provision.svg',
      'status-changes.svg',
    ]);
    for (const c of charts) {
      const doc = parse(c.svg);
      expect(doc.querySelector('title')?.textContent).toBe(c.title);
    }
    // Names are escaped, not injected.
    expect(charts[0]?.svg).toContain('a-&amp;-b &lt;bill&gt;');
    expect(charts[1]?.svg).toContain('adds-a-route: Adds a route.');
  });

  it('labels each provision bar with its share, negative ones included', () => {
    const svg = attributionChart(IMPACT).svg;
    expect(svg).toContain('adds-a-route');
    expect(svg).toContain('+2');
    expect(svg).toContain('takes-one-away');
    expect(svg).toContain('>-1<');
    expect(svg).toContain('+1 case with the route available');
  });

  it('counts the moves between statuses and names the regimes that change nothing', () => {
    const svg = transitionsChart(IMPACT).svg;
    expect(svg).toContain('undetermined → available');
    expect(svg).toContain('available → unavailable');
    expect(svg).toContain('3 case-routes change status');
    expect(svg).toContain('No change against current: no-change.');
  });

  it('says so when nothing changes', () => {
    const baselineOnly: CorpusImpact = {
      ...IMPACT,
      regimes: [IMPACT.regimes[0] as RegimeImpact],
      changes: [],
    };
    const [, provisions, transitions] = corpusCharts(baselineOnly);
    parse(provisions?.svg ?? '');
    expect(provisions?.svg).toContain('No regime changes the number of cases');
    expect(transitions?.svg).toContain('No case-route changes status against current.');
  });

  it('draws the synthetic estimates with their intervals and labels them as model estimates', () => {
    const chart = syntheticChart({
      n: 1000,
      seed: 3,
      replicates: 10,
      years: [2015, 2021],
      rows: ROUTES.flatMap((route) => [
        { regime: 'current', route, mean: 100, low: 80, high: 130 },
        { regime: 'gfjpa-2021', route, mean: 250.4, low: 200, high: 320 },
      ]),
      assumptions: [
        { parameter: 'right-violated', assumption: true },
        { parameter: 'fatal-shootings-per-year', assumption: false },
      ],
    });
    const doc = parse(chart.svg);
    expect(doc.querySelector('title')?.textContent).toContain('Model estimates');
    expect(chart.svg).toContain('MODEL ESTIMATES, not observations');
    expect(chart.svg).toContain('250 (200–320)');
    expect(chart.svg).toContain('assumptions (no source gives them): right-violated');
  });

  it('gives the baseline grey and each proposal its own colour', () => {
    const colors = regimeColors(['current', 'a', 'b', 'a']);
    expect(colors.size).toBe(3);
    expect(new Set(colors.values()).size).toBe(3);
  });
});
