import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml, regimeById } from '../testkit.js';

/**
 * The rule on chokeholds, and on no-knock warrants in drug cases, that binds the agency: the state
 * or local law in force at the place and date where one is encoded, or else what the agency
 * reports. The federal funding conditions (H.R. 1280, S. 3985 § 105, EO 13929, the Democrats' final
 * offer) read it, so that a state ban in force meets them whatever the agency reports.
 */

const incident = (state: string, locality: string, date: string, agency = '{}') => `
  id: binding-${state.toLowerCase()}-${date}
  date: ${date}
  place: { state: ${state}, locality: ${locality} }
  officer: { employer: local, role: police, underColorOfLaw: true, employedByLocality: true }
  agency: ${agency}
  conduct: { force: [chokehold], noKnockEntry: true, warrantFor: drug }
`;

describe('the rule on chokeholds binding the agency', () => {
  it('where no state or local law is encoded, it is what the agency reports, and unknown when it reports nothing', () => {
    const reported = incident('TX', 'Houston', '2022-03-01', '{ chokeholdRule: policy }');
    expect(decideYaml(current, reported, 'tactics.chokehold.bindingRule')).toMatchObject({
      value: 'policy',
      rule: 'tactics.chokehold.binding-rule.as-reported',
    });
    expect(
      decideYaml(current, incident('TX', 'Houston', '2022-03-01'), 'tactics.chokehold.bindingRule'),
    ).toMatchObject({
      value: undefined,
      needs: ['agency.chokeholdRule'],
    });
  });

  it.each([
    ['CO', 'Denver', '2020-06-19', 'law', 'co-sb20-217.chokehold-law'],
    ['MA', 'Boston', '2020-12-31', 'law', 'ma-ch253-2020.chokehold-law'],
    ['MN', 'Minneapolis', '2020-07-24', 'law-deadly-force-exception', 'mn-2020.chokehold-law'],
    ['WA', 'Seattle', '2022-01-01', 'law', 'wa-hb1054-2021.chokehold-law'],
  ])(
    'in %s (%s) from %s the state law binds the agency whatever it reports: %s',
    (state, locality, date, value, rule) => {
      const yaml = incident(state, locality, date, '{ chokeholdRule: none }');
      expect(decideYaml(current, yaml, 'tactics.chokehold.bindingRule')).toMatchObject({ value, rule });
    },
  );

  it('the day before the law, what the agency reports stands', () => {
    const yaml = incident('MN', 'Minneapolis', '2020-07-23', '{ chokeholdRule: none }');
    expect(decideYaml(current, yaml, 'tactics.chokehold.bindingRule')).toMatchObject({
      value: 'none',
      rule: 'tactics.chokehold.binding-rule.as-reported',
    });
  });
});

describe('the rule on no-knock warrants binding the agency', () => {
  it('where no state or local law is encoded, it is what the agency reports', () => {
    const yaml = incident('TX', 'Houston', '2022-03-01', '{ noKnockRule: none }');
    expect(decideYaml(current, yaml, 'tactics.noKnock.bindingRule')).toMatchObject({
      value: 'none',
      rule: 'tactics.no-knock.binding-rule.as-reported',
    });
  });

  it.each([
    ['VA', 'Richmond', '2021-03-01', 'banned', 'va-2020.no-knock-law'],
    ['WA', 'Seattle', '2022-01-01', 'banned', 'wa-hb1054-2021.no-knock-law'],
    ['KY', 'Lexington', '2021-06-29', 'restricted', 'ky-sb4-2021.no-knock-law'],
    ['MA', 'Boston', '2021-06-01', 'restricted', 'ma-ch253-2020.no-knock-law'],
    // Louisville's ban, a local law, stands above Kentucky's restriction for Metro's own officers.
    ['KY', 'Louisville', '2021-06-29', 'banned', 'louisville-2020.no-knock-law'],
  ])('in %s (%s) on %s the law in force binds the agency: %s', (state, locality, date, value, rule) => {
    const yaml = incident(state, locality, date, '{ noKnockRule: none }');
    expect(decideYaml(current, yaml, 'tactics.noKnock.bindingRule')).toMatchObject({ value, rule });
  });
});

describe('the federal funding conditions read the law in force, not only what the agency reports', () => {
  const seattle = incident(
    'WA',
    'Seattle',
    '2022-03-01',
    '{ receivesByrneJag: true, receivesCops: true, chokeholdRule: none, noKnockRule: none }',
  );

  it('a Washington agency that reports no rule meets H.R. 1280’s conditions, because Washington’s law bans both', () => {
    const result = evaluateYaml(regimeById('gfjpa-2021'), seattle);
    expect(result.tactics.map((t) => [t.tactic, t.rule])).toEqual([
      ['chokehold', 'prohibited'],
      ['no-knock-entry', 'prohibited'],
    ]);
    expect(result.funding.find((f) => f.grant === 'byrne-jag')?.atRisk).toBe(false);
    expect(result.funding.find((f) => f.grant === 'cops')?.atRisk).toBe(false);
  });

  it('the same agency in Texas, with no such law, puts both grants at risk under H.R. 1280', () => {
    const result = evaluateYaml(regimeById('gfjpa-2021'), seattle.replace('state: WA', 'state: TX'));
    expect(result.funding.find((f) => f.grant === 'byrne-jag')?.atRisk).toBe(true);
    expect(result.funding.find((f) => f.grant === 'cops')?.atRisk).toBe(true);
  });

  it('under current law, EO 13929’s chokehold standard is met in Washington by the state law; the grants then turn on the agency’s credentials', () => {
    expect(decideYaml(current, seattle, 'tactics.chokehold.met')).toMatchObject({
      value: true,
      rule: 'eo-13929.credentialing-met',
    });
    const pending = seattle.replace(
      'chokeholdRule: none',
      'chokeholdRule: none, credentialing: application-pending',
    );
    expect(evaluateYaml(current, pending).funding.find((f) => f.grant === 'doj-discretionary')?.atRisk).toBe(
      false,
    );
  });
});
