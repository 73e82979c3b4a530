import { describe, expect, it } from 'vitest';
import type { Regime } from '../../../engine/index.js';
import { current } from '../../regimes.js';
import { decideYaml, evaluateYaml, regimeById } from '../../testkit.js';

/**
 * S. 3985 § 105, "Incentivizing banning of chokeholds" (LAW.md §3.3, §3.4): a state or locality
 * without an agency-wide *policy* banning chokeholds except when deadly force is authorized loses
 * certain federal funds (Byrne JAG or COPS per the press; the percentage is UNCONFIRMED). A policy
 * suffices, where H.R. 1280 demands a law.
 */

const JUSTICE_ACT = regimeById('justice-act-2020');
const GFJPA = regimeById('gfjpa-2021');

const grants = (r: Regime, yaml: string) =>
  evaluateYaml(r, yaml)
    .funding.filter((f) => f.grant !== 'doj-discretionary')
    .map((f) => [f.grant, f.atRisk]);

const CITE = 'S. 3985 (116th Cong.) § 105';

/** A sheriff's deputy in rural Georgia chokes a man during an arrest. */
const deputy = (chokeholdRule: string, o: { employer?: string; date?: string } = {}) => `
  id: county-chokehold
  title: A deputy chokes a man during an arrest
  date: ${o.date ?? '2019-11-02'}
  place: { state: GA, locality: Dougherty County }
  officer: { employer: ${o.employer ?? 'local'}, role: police, underColorOfLaw: true }
  agency: { receivesByrneJag: true, receivesCops: true, chokeholdRule: ${chokeholdRule} }
  conduct: { force: [chokehold], claims: [excessive-force] }
  harm: injury
`;

describe('S. 3985 § 105: federal funds reduced without an agency policy banning chokeholds', () => {
  it('a county with no chokehold rule risked no Byrne JAG or COPS money in 2019', () => {
    expect(evaluateYaml(current, deputy('none')).tactics).toMatchObject([{ rule: 'unregulated' }]);
    expect(grants(current, deputy('none'))).toEqual([
      ['byrne-jag', false],
      ['cops', false],
    ]);
  });

  it('under the JUSTICE Act its chokehold is a funding condition the county does not meet, and both grants are at risk', () => {
    const result = evaluateYaml(JUSTICE_ACT, deputy('none'));
    expect(result.hypothetical).toBe(true);
    expect(result.tactics).toEqual([
      expect.objectContaining({ tactic: 'chokehold', rule: 'funding-condition', met: false, cite: CITE }),
    ]);
    expect(result.tactics[0]?.unconfirmed).toMatch(/percentage of funds withheld is UNCONFIRMED/);
    expect(result.funding.filter((f) => f.grant !== 'doj-discretionary')).toEqual([
      expect.objectContaining({
        grant: 'byrne-jag',
        atRisk: true,
        cite: CITE,
        text: 'Funding reduced (Byrne JAG named by the press) without the chokehold policy.',
      }),
      expect.objectContaining({
        grant: 'cops',
        atRisk: true,
        cite: CITE,
        text: 'Funding reduced (COPS named by the press) without the chokehold policy.',
      }),
    ]);
    expect(decideYaml(JUSTICE_ACT, deputy('none'), 'tactics.chokehold.rule').rule).toBe(
      's-3985.sec-105.funding-condition',
    );
    expect(decideYaml(JUSTICE_ACT, deputy('none'), 'tactics.chokehold.met')).toEqual({
      value: false,
      rule: 's-3985.sec-105.condition-met',
      needs: [],
    });
    expect(decideYaml(JUSTICE_ACT, deputy('none'), 'funding.byrneJag.atRisk').rule).toBe(
      's-3985.sec-105.byrne-jag-reduced',
    );
    expect(decideYaml(JUSTICE_ACT, deputy('none'), 'funding.cops.atRisk').rule).toBe(
      's-3985.sec-105.cops-reduced',
    );
  });

  it('a policy banning chokeholds except when deadly force is authorized meets it, and the county keeps both grants', () => {
    const yaml = deputy('policy-deadly-force-exception');
    expect(evaluateYaml(JUSTICE_ACT, yaml).tactics[0]).toMatchObject({
      rule: 'funding-condition',
      met: true,
    });
    expect(grants(JUSTICE_ACT, yaml)).toEqual([
      ['byrne-jag', false],
      ['cops', false],
    ]);
  });

  it.each(['policy', 'law-deadly-force-exception', 'law'])('a stricter rule (%s) meets it too', (rule) => {
    expect(decideYaml(JUSTICE_ACT, deputy(rule), 'tactics.chokehold.met').value).toBe(true);
  });

  it('the contrast with H.R. 1280: the same policy does not meet the House bill, which demands a law', () => {
    const yaml = deputy('policy-deadly-force-exception');
    expect(evaluateYaml(GFJPA, yaml).tactics[0]).toMatchObject({ rule: 'funding-condition', met: false });
    expect(evaluateYaml(GFJPA, yaml).funding.find((f) => f.grant === 'byrne-jag')?.atRisk).toBe(true);
  });

  it('a federal officer’s chokehold is outside it', () => {
    expect(
      decideYaml(JUSTICE_ACT, deputy('none', { employer: 'federal' }), 'tactics.chokehold.rule').rule,
    ).toBe('tactics.chokehold.no-federal-rule');
  });

  it('as a proposal it applies whatever the date: a 1995 county without a policy loses funds', () => {
    expect(grants(JUSTICE_ACT, deputy('none', { date: '1995-01-15' }))).toEqual([
      ['byrne-jag', true],
      ['cops', true],
    ]);
  });
});
