import { describe, expect, it } from 'vitest';
import { parseIncident } from '../../parse.js';
import { current, PROPOSALS } from '../../regimes.js';
import { evaluateIncident } from '../../results.js';
import { regimeById } from '../../testkit.js';
import { HR_1280 } from './index.js';

/** The George Floyd Justice in Policing Act of 2021, H.R. 1280 as passed by the House, as a whole. */

const GFJPA = regimeById('gfjpa-2021');

/** Eric Garner's death on Staten Island, 17 July 2014 (LAW.md §6 M3), as the corpus records it. */
const garner = parseIncident(`
  id: garner-2014
  title: Eric Garner, Staten Island
  date: 2014-07-17
  place: { state: NY, locality: New York City }
  officer: { employer: local, role: police, underColorOfLaw: true, withinScopeOfEmployment: true, convictedForConduct: false }
  agency: { receivesByrneJag: true, receivesCops: true, chokeholdRule: policy, noKnockRule: none }
  conduct: { force: [chokehold, prone-restraint], noKnockEntry: false, warrantFor: none, claims: [excessive-force] }
  harm: death
  findings: { mentalState: reckless }
`);

describe('H.R. 1280 as a whole', () => {
  it('is the gfjpa-2021 regime: its eleven provisions on top of the law in force', () => {
    expect(HR_1280.map((o) => o.id)).toEqual([
      'hr-1280-sec-101',
      'hr-1280-sec-102',
      'hr-1280-sec-103',
      'hr-1280-chokehold-section-242',
      'hr-1280-chokehold-federal-ban',
      'hr-1280-chokehold-funding-condition',
      'hr-1280-no-knock-federal-ban',
      'hr-1280-no-knock-funding-condition',
      'hr-1280-deadly-force-standard',
      'hr-1280-sec-201',
      'hr-1280-use-of-force-data',
    ]);
    expect(PROPOSALS.find((p) => p.id === 'gfjpa-2021')?.provisions).toBe(HR_1280);
    expect(GFJPA.title).toBe(
      'George Floyd Justice in Policing Act of 2021 (H.R. 1280, as passed by the House)',
    );
  });

  it('every provision cites H.R. 1280', () => {
    for (const provision of HR_1280)
      expect(provision.cite, provision.id).toMatch(/^H\.R\. 1280 \(117th Cong\.\)/);
  });

  it('Eric Garner under H.R. 1280: a federal charge up to life, New York’s grants at risk, and the registry; none of it under the law in force', () => {
    const law = evaluateIncident(current, garner);
    const bill = evaluateIncident(GFJPA, garner);
    expect(law.hypothetical).toBe(false);
    expect(bill.hypothetical).toBe(true);
    expect(law.routes.federalProsecution).toMatchObject({ status: 'unavailable', blockedBy: 'mental-state' });
    expect(bill.routes.federalProsecution).toMatchObject({ status: 'available', maxPenalty: 'life' });
    expect(law.tactics).toMatchObject([{ tactic: 'chokehold', rule: 'unregulated' }]);
    expect(bill.tactics).toMatchObject([{ tactic: 'chokehold', rule: 'funding-condition', met: false }]);
    expect(
      bill.funding.filter((f) => f.grant !== 'doj-discretionary').map((f) => [f.grant, f.atRisk]),
    ).toEqual([
      ['byrne-jag', true],
      ['cops', true],
    ]);
    // No violation has been found by a court, so whether a misconduct record goes to the registry is open.
    expect(bill.reporting).toContainEqual(
      expect.objectContaining({ system: 'national-police-misconduct-registry', determined: false }),
    );
  });
});
