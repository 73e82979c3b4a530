import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgencyParameters, loadParameters, simulateAgencies } from '../analysis/index.js';
import type { Overlay } from '../engine/index.js';
import { AGENCY_PROVISIONS, agencyRegime, composeAgencyRegime } from '../law/agency/index.js';
import { allPackages } from './deal-space.js';
import { EffectCache, syntheticSample } from './effects.js';
import { parseNegotiation } from './load.js';
import { negotiationReport, renderReport } from './report.js';
import { bundledCases, PARAMETERS, ROOT, STATUS_QUO } from './testkit.js';

/**
 * The FUNDING and MILEQUIP options measured on the synthetic agencies (issue 14): the package's
 * agency provisions run over the agency population with the impact library, against current law.
 */

const FILE = join(ROOT, 'data', 'negotiation', 'us-2020-2022.yaml');
const negotiation = parseNegotiation(readFileSync(FILE, 'utf8'), FILE);
const cases = bundledCases();
const synthetic = syntheticSample(loadParameters(PARAMETERS), 100);
const population = { parameters: loadAgencyParameters(PARAMETERS), agencies: 400, replicates: 2 };
const statusQuo = STATUS_QUO;

describe('the agency effects of a package', () => {
  const cache = new EffectCache(negotiation, cases, synthetic, population);

  it('the law as it stands changes no agency obligation and puts no new dollar at risk', () => {
    const a = cache.effectOf(statusQuo).agencies;
    expect(a?.provisions).toEqual([]);
    expect(a?.rows).toEqual([]);
    expect(a?.usdAtRiskUpTo).toEqual(a?.usdAtRiskUpToNow);
    expect(a?.label).toBe('model estimates');
  });

  it('FUND-1 conditions Byrne JAG and COPS eligibility on the chokehold standard: what the impact library gives for it', () => {
    const a = cache.effectOf({ ...statusQuo, FUNDING: 'FUND-1' }).agencies;
    expect(a?.provisions).toEqual(['dem-final-offer-2021-agency-grant-conditions']);
    const regime = composeAgencyRegime({
      id: 'fund-1',
      title: 'FUND-1',
      provisions: [AGENCY_PROVISIONS.get('dem-final-offer-2021-agency-grant-conditions') as Overlay],
    });
    const [now, after] = simulateAgencies(
      [agencyRegime('current'), regime],
      population.parameters,
      population,
    ).regimes;
    const chokehold = a?.rows.find((r) => r.row === 'chokehold');
    expect(chokehold?.undetermined).toEqual(after?.rows.find((r) => r.row === 'chokehold')?.undetermined);
    expect(chokehold?.undeterminedNow.mean).toBe(0);
    // Agencies without a state chokehold law may or may not have a policy: undetermined, and
    // their Byrne JAG and COPS money at risk if they have none.
    expect(chokehold?.undetermined.mean).toBeGreaterThan(0);
    expect(a?.usdAtRiskUpTo).toEqual(after?.usdAtRiskUpTo);
    expect(a?.usdAtRiskUpTo['byrne-jag']?.mean).toBeGreaterThan(0);
    expect(a?.usdAtRiskUpTo.cops?.mean).toBeGreaterThan(0);
    expect(a?.usdAtRiskUpToNow).toEqual(now?.usdAtRiskUpTo);
    expect(a?.usdAtRiskUpToNow['byrne-jag']).toBeUndefined();
  });

  it('ME-1 binds agencies in the 1033 program, but no source says which equipment: none is out of compliance, nothing at risk', () => {
    const e = cache.effectOf({ ...statusQuo, MILEQUIP: 'ME-1' });
    const row = e.agencies?.rows.find((r) => r.row === 'military-equipment');
    expect(row?.notMet.mean).toBe(0);
    expect(row?.undetermined.mean).toBe(e.agencies?.scaledTo); // no parameter says who takes part in 1033
    expect(e.agencies?.usdAtRiskUpTo).toEqual(e.agencies?.usdAtRiskUpToNow);
    expect(e.unmeasured.map((u) => u.option)).toEqual(['ME-1']);
    expect(e.unmeasured[0]?.why).toContain('UNCONFIRMED');
  });

  it('runs each distinct set of agency provisions once, whatever the other options', () => {
    // No incidents: only the agencies are measured here.
    const shared = new EffectCache(negotiation, [], [], population);
    let n = 0;
    for (const pkg of allPackages(negotiation)) {
      if (n++ % 4999 !== 0) continue;
      shared.effectOf(pkg);
    }
    // Current law, and at most {ME-1}, {FUND-1} and both.
    expect(shared.agencyRegimesRun).toBeLessThanOrEqual(4);
    expect(shared.agencyRegimesRun).toBeGreaterThan(1);
    const both = { ...statusQuo, MILEQUIP: 'ME-1', FUNDING: 'FUND-1' };
    expect(shared.effectOf({ ...both, QI: 'QI-1' }).agencies).toBe(shared.effectOf(both).agencies);
  });

  it('without an agency population, says the agency provisions were not measured', () => {
    const bare = new EffectCache(negotiation, cases, synthetic);
    const e = bare.effectOf({ ...statusQuo, FUNDING: 'FUND-1' });
    expect(e.agencies).toBeNull();
    expect(e.unmeasured.map((u) => u.why)).toContainEqual(
      'its agency provisions are measured only on a synthetic agency population, and none was given',
    );
  });

  it('the report prints each best package’s agency effect as model estimates', () => {
    const report = negotiationReport({
      negotiation,
      corpus: cases,
      synthetic,
      agencies: population,
      asOf: '2021-09-21',
      limit: 1,
    });
    expect(report.measured.notMeasured).toEqual([]);
    expect(report.measured.syntheticAgencies).toBe(400);
    const text = renderReport(report);
    expect(text).toContain('agencies (MODEL ESTIMATES, 400 synthetic scaled to 17,541, means): ');
    expect(text).toContain('at risk a year if every undetermined obligation is not met: byrne-jag $0 -> $');
  });
});
