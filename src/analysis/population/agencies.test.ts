import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENCY_REGIMES, compileAgency, evaluateAgency } from '../../law/agency/index.js';
import { generateAgency, loadAgencyParameters, simulateAgencies } from './agencies.js';

const PARAMETERS = loadAgencyParameters(join(import.meta.dirname, '..', '..', '..', 'data', 'parameters'));
const regimes = [...AGENCY_REGIMES.values()];

describe('the synthetic population of agencies', () => {
  it('is labelled model estimates, scaled to the BJS count, with intervals around the mean, and reproducible', () => {
    const a = simulateAgencies(regimes, PARAMETERS, { agencies: 600, replicates: 4, seed: 7 });
    const b = simulateAgencies(regimes, PARAMETERS, { agencies: 600, replicates: 4, seed: 7 });
    expect(a).toEqual(b);
    expect(a.label).toBe('model estimates');
    expect(a.scaledTo).toBe(17541);
    const house = a.regimes.find((r) => r.regime === 'gfjpa-2021');
    const uof = house?.rows.find((r) => r.row === 'use-of-force-data');
    expect(uof?.notMet.low).toBeLessThanOrEqual(uof?.notMet.mean ?? -1);
    expect(uof?.notMet.mean).toBeLessThanOrEqual(uof?.notMet.high ?? -1);
    expect(uof?.notMet.mean).toBeGreaterThan(0);
    expect(house?.usdAtRisk['byrne-jag']?.mean).toBeGreaterThan(0);
    // The Senate bill reduces JAG by 20%: less at risk than the House bill's ineligibility.
    const senate = a.regimes.find((r) => r.regime === 'justice-act-2020');
    expect(senate?.usdAtRisk['byrne-jag']?.mean).toBeLessThan(house?.usdAtRisk['byrne-jag']?.mean ?? 0);
    expect(a.assumptions.filter((x) => x.assumption).map((x) => x.parameter)).toContain(
      'agency-jag-subgrant-share',
    );
  });

  it('what no parameter covers stays unknown: stop-and-frisk reporting is undetermined for every agency', () => {
    const a = simulateAgencies(regimes, PARAMETERS, { agencies: 200, replicates: 2 });
    const row = a.regimes
      .find((r) => r.regime === 'gfjpa-2021')
      ?.rows.find((r) => r.row === 'stop-and-frisk-data');
    expect(row?.notMet.mean).toBe(0);
    expect(row?.undetermined.mean).toBe(17541);
  });

  it('the compiled agency evaluator agrees with the interpreter on synthetic agencies', () => {
    const draw = {
      localPolice: 0.67,
      sheriff: 0.17,
      under10: 0.5,
      over100: 0.06,
      jagDirect: 0.078,
      jagSubgrant: 0.5,
      cops: 0.2,
      jagDirectUsd: 55580,
      copsUsd: 661157,
      jagSubgrantUsd: [1000, 10000] as [number, number],
      chokeholdLaw: 0.5,
      deadlyForceException: 0.5,
      fbiUseOfForce: 0.4,
    };
    for (const regime of regimes) {
      const compiled = compileAgency(regime);
      for (let i = 0; i < 300; i++) {
        const p = generateAgency(draw, 3, i, i % 2 ? '2021-03-03' : '2023-06-01');
        const strip = (r: ReturnType<typeof evaluateAgency>) => ({
          ...r,
          obligations: r.obligations.map((o) => ({ ...o, needs: [] })),
        });
        expect(strip(compiled(p))).toEqual(strip(evaluateAgency(regime, p)));
      }
    }
  });
});
