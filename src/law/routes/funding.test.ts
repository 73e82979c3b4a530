import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml } from '../testkit.js';

/** Which grants the employing government puts at risk (DESIGN.md §4). */

/** A county sheriff's deputy uses a chokehold; the county takes the given grants. */
const county = (date: string, agency: string) => `
  id: county-chokehold-${date}
  date: ${date}
  place: { state: FL }
  officer: { employer: local, role: police, underColorOfLaw: true }
  agency: ${agency}
  conduct: { force: [chokehold] }
  harm: injury
`;

describe('funding: DOJ discretionary grants and EO 13929', () => {
  it('a county whose policy bans chokeholds except where deadly force is allowed keeps its DOJ discretionary grants', () => {
    const yaml = county('2021-02-01', '{ chokeholdRule: policy-deadly-force-exception }');
    expect(evaluateYaml(current, yaml).funding.find((f) => f.grant === 'doj-discretionary')).toEqual({
      grant: 'doj-discretionary',
      atRisk: false,
      cite: 'Executive Order 13929 (June 16, 2020)',
      text: 'Before EO 13929, and for agencies whose policy bans chokeholds, no credentialing condition puts discretionary grants at risk.',
      needs: [],
    });
    expect(decideYaml(current, yaml, 'funding.dojDiscretionary.atRisk').rule).toBe(
      'funding.doj-discretionary.no-condition',
    );
  });

  it('before EO 13929 even a county with no chokehold rule risked no discretionary grant', () => {
    const yaml = county('2019-02-01', '{ chokeholdRule: none }');
    expect(evaluateYaml(current, yaml).funding.find((f) => f.grant === 'doj-discretionary')?.atRisk).toBe(
      false,
    );
    expect(decideYaml(current, yaml, 'funding.dojDiscretionary.atRisk').rule).toBe(
      'funding.doj-discretionary.no-condition',
    );
  });

  it('a federal agency risks no DOJ discretionary grant under the order', () => {
    const yaml = `
      id: federal-agency-grants
      date: 2021-02-01
      place: { state: DC }
      officer: { employer: federal, role: police }
      agency: { chokeholdRule: none }
    `;
    expect(decideYaml(current, yaml, 'funding.dojDiscretionary.atRisk')).toEqual({
      value: false,
      rule: 'funding.doj-discretionary.no-condition',
      needs: [],
    });
  });

  it('lists Byrne JAG and COPS for a county that takes them, and always DOJ discretionary grants', () => {
    const yaml = county(
      '2021-02-01',
      '{ receivesByrneJag: true, receivesCops: true, chokeholdRule: policy }',
    );
    expect(evaluateYaml(current, yaml).funding.map((f) => [f.grant, f.atRisk])).toEqual([
      ['byrne-jag', false],
      ['cops', false],
      ['doj-discretionary', false],
    ]);
  });

  it('leaves out a grant the county is known not to take', () => {
    const yaml = county(
      '2021-02-01',
      '{ receivesByrneJag: false, receivesCops: false, chokeholdRule: none }',
    );
    expect(evaluateYaml(current, yaml).funding.map((f) => [f.grant, f.atRisk])).toEqual([
      ['doj-discretionary', true],
    ]);
  });
});
