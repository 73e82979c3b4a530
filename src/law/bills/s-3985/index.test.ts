import { describe, expect, it } from 'vitest';
import { parseIncident } from '../../parse.js';
import { current, PROPOSALS } from '../../regimes.js';
import { evaluateIncident } from '../../results.js';
import { regimeById } from '../../testkit.js';
import { S_3985 } from './index.js';

/** The JUSTICE Act, S. 3985 (116th Cong.), as a whole: no qualified-immunity or § 242 change (LAW.md §3.1). */

const JUSTICE_ACT = regimeById('justice-act-2020');

/** Walter Scott's killing by a North Charleston officer, 4 April 2015 (LAW.md §6 M5). */
const scott = parseIncident(`
  id: scott-2015
  title: Walter Scott, North Charleston
  date: 2015-04-04
  place: { state: SC, locality: North Charleston }
  officer: { employer: local, role: police, underColorOfLaw: true, withinScopeOfEmployment: true }
  agency: { receivesByrneJag: true, receivesCops: true, chokeholdRule: none }
  conduct: { force: [taser, firearm], deadlyForce: true, claims: [excessive-force] }
  harm: death
  findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false, mentalState: purpose }
`);

describe('S. 3985 as a whole', () => {
  it('is the justice-act-2020 regime: its three provisions on top of the law in force', () => {
    expect(S_3985.map((o) => o.id)).toEqual(['s-3985-sec-101', 's-3985-sec-102', 's-3985-sec-105']);
    expect(PROPOSALS.find((p) => p.id === 'justice-act-2020')?.provisions).toEqual(S_3985);
    for (const provision of S_3985)
      expect(provision.cite, provision.id).toMatch(/^S\. 3985 \(116th Cong\.\)/);
  });

  it('Walter Scott under the JUSTICE Act: the shooting is reported and the grants depend on a chokehold policy, but no suit or charge changes', () => {
    const law = evaluateIncident(current, scott);
    const bill = evaluateIncident(JUSTICE_ACT, scott);
    expect(bill.hypothetical).toBe(true);
    for (const route of [
      'officerSuit',
      'employerSuit',
      'stateSuit',
      'federalProsecution',
      'patternOrPractice',
    ] as const) {
      expect(bill.routes[route].status, route).toBe(law.routes[route].status);
    }
    expect(bill.routes.officerSuit.blockedBy).toBe('qualified-immunity');
    expect(bill.reporting.map((r) => r.system)).toContain('fbi-national-use-of-force-data-collection');
    expect(
      bill.funding.filter((f) => f.grant !== 'doj-discretionary').map((f) => [f.grant, f.atRisk]),
    ).toEqual([
      ['byrne-jag', true],
      ['cops', true],
    ]);
  });
});
