import { describe, expect, it } from 'vitest';
import type { Regime } from '../../../engine/index.js';
import { current } from '../../regimes.js';
import { decideYaml, evaluateYaml, regimeById } from '../../testkit.js';

/**
 * The Democrats' final offer of September 2021: no qualified-immunity change, no § 242 change;
 * EO 13929's chokehold standard codified as a Byrne JAG and COPS condition, and a federal database
 * documenting complaints against officers. Its no-knock content is UNCONFIRMED (CBS: banned; NBC:
 * dropped).
 */

const OFFER = regimeById('dem-final-offer-2021');

const grants = (r: Regime, yaml: string) =>
  evaluateYaml(r, yaml)
    .funding.filter((f) => f.grant !== 'doj-discretionary')
    .map((f) => [f.grant, f.atRisk]);

const CITE = "Democrats' final offer (Sept. 2021), as reported";

/** A Tulsa officer puts a man in a chokehold; the city's rules on chokeholds vary below. */
const tulsa = (chokeholdRule: string, date = '2019-04-20') => `
  id: tulsa-chokehold
  title: A city officer's chokehold during an arrest
  date: ${date}
  place: { state: OK, locality: Tulsa }
  officer: { employer: local, role: police, underColorOfLaw: true, convictedForConduct: true }
  agency: { receivesByrneJag: true, receivesCops: true, chokeholdRule: ${chokeholdRule} }
  conduct: { force: [chokehold], noKnockEntry: true, warrantFor: drug, claims: [excessive-force] }
  harm: serious-injury
  findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false, mentalState: reckless }
`;

describe("Democrats' final offer (2021): EO 13929's chokehold standard as a Byrne JAG and COPS condition", () => {
  it('under the law in force in 2019 a city with no chokehold rule risked neither grant', () => {
    expect(grants(current, tulsa('none'))).toEqual([
      ['byrne-jag', false],
      ['cops', false],
    ]);
  });

  it('under the offer its chokehold is a funding condition it does not meet, and both grants are at risk', () => {
    const result = evaluateYaml(OFFER, tulsa('none'));
    expect(result.hypothetical).toBe(true);
    expect(result.tactics).toContainEqual(
      expect.objectContaining({ tactic: 'chokehold', rule: 'funding-condition', met: false, cite: CITE }),
    );
    expect(result.funding.filter((f) => f.grant !== 'doj-discretionary')).toEqual([
      expect.objectContaining({
        grant: 'byrne-jag',
        atRisk: true,
        cite: CITE,
        text: 'Byrne JAG eligibility conditioned on the chokehold standard.',
      }),
      expect.objectContaining({
        grant: 'cops',
        atRisk: true,
        cite: CITE,
        text: 'COPS eligibility conditioned on the chokehold standard.',
      }),
    ]);
    expect(decideYaml(OFFER, tulsa('none'), 'tactics.chokehold.rule').rule).toBe(
      'dem-final-offer-2021.chokehold-condition',
    );
    expect(decideYaml(OFFER, tulsa('none'), 'tactics.chokehold.met')).toEqual({
      value: false,
      rule: 'dem-final-offer-2021.chokehold-condition-met',
      needs: [],
    });
    expect(decideYaml(OFFER, tulsa('none'), 'funding.byrneJag.atRisk').rule).toBe(
      'dem-final-offer-2021.byrne-jag-eligibility',
    );
    expect(decideYaml(OFFER, tulsa('none'), 'funding.cops.atRisk').rule).toBe(
      'dem-final-offer-2021.cops-eligibility',
    );
  });

  it('a policy banning chokeholds except where deadly force is allowed (the EO 13929 standard) meets it', () => {
    const result = evaluateYaml(OFFER, tulsa('policy-deadly-force-exception'));
    expect(result.tactics).toContainEqual(expect.objectContaining({ rule: 'funding-condition', met: true }));
    expect(grants(OFFER, tulsa('policy-deadly-force-exception'))).toEqual([
      ['byrne-jag', false],
      ['cops', false],
    ]);
  });

  it('its misconduct database (H.R. 1280 § 201’s registry, reused) takes the convicted officer', () => {
    expect(evaluateYaml(current, tulsa('none')).reporting.map((x) => x.system)).not.toContain(
      'national-police-misconduct-registry',
    );
    expect(evaluateYaml(OFFER, tulsa('none')).reporting).toContainEqual({
      system: 'national-police-misconduct-registry',
      determined: true,
      cite: 'H.R. 1280 (117th Cong.) § 201',
      needs: [],
    });
  });

  it('its database documents complaints: an officer only complained of, with no conviction or finding, goes to it', () => {
    const yaml = tulsa('none')
      .replace(
        'convictedForConduct: true',
        'convictedForConduct: false, decertifiedForConduct: false, complaintFiled: true',
      )
      .replace('rightViolated: true', 'rightViolated: null');
    expect(decideYaml(OFFER, yaml, 'reporting.nationalPoliceMisconductRegistry')).toEqual({
      value: true,
      rule: 'hr-1280.sec-201.misconduct-record',
      needs: [],
    });
    const none = yaml
      .replace('complaintFiled: true', 'complaintFiled: false')
      .replace('rightViolated: null', 'rightViolated: false');
    expect(decideYaml(OFFER, none, 'reporting.nationalPoliceMisconductRegistry').rule).toBe(
      'hr-1280.sec-201.no-record',
    );
  });

  it('it leaves qualified immunity and § 242 as they are', () => {
    const result = evaluateYaml(OFFER, tulsa('none'));
    expect(result.routes.officerSuit).toMatchObject({
      status: 'unavailable',
      blockedBy: 'qualified-immunity',
    });
    expect(result.routes.federalProsecution).toMatchObject({
      status: 'unavailable',
      blockedBy: 'mental-state',
    });
  });

  it('its no-knock content is UNCONFIRMED, the sources conflicting: the city’s no-knock drug raid is left unregulated by the offer, and the result says why', () => {
    expect(evaluateYaml(OFFER, tulsa('none')).tactics).toContainEqual({
      tactic: 'no-knock-entry',
      rule: 'unregulated',
      met: null,
      breached: null,
      cite: CITE,
      text: expect.stringContaining('NBC reports the no-knock provisions were dropped'),
      needs: [],
      unconfirmed: expect.stringContaining('CBS: banned; NBC: dropped'),
    });
    expect(decideYaml(OFFER, tulsa('none'), 'tactics.noKnock.rule').rule).toBe(
      'dem-final-offer-2021.no-knock-unconfirmed',
    );
  });

  it('as a proposal it applies whatever the date: a 1995 city without a policy loses both grants', () => {
    expect(grants(OFFER, tulsa('none', '1995-10-10'))).toEqual([
      ['byrne-jag', true],
      ['cops', true],
    ]);
  });
});
