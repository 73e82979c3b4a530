import { describe, expect, it } from 'vitest';
import { compileRegime, type Value } from '../../engine/index.js';
import { parseIncident } from '../parse.js';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml, regimeById } from '../testkit.js';

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
    const yaml = county(
      '2021-02-01',
      '{ chokeholdRule: policy-deadly-force-exception, credentialing: credentialed }',
    );
    expect(evaluateYaml(current, yaml).funding.find((f) => f.grant === 'doj-discretionary')).toEqual({
      grant: 'doj-discretionary',
      atRisk: false,
      cite: 'Executive Order 13929 (June 16, 2020), revoked by Executive Order 14074 § 22(b) (May 25, 2022)',
      text: expect.stringContaining('for an agency credentialed or with an application pending'),
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
      '{ receivesByrneJag: true, receivesCops: true, chokeholdRule: policy, credentialing: credentialed }',
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
      '{ receivesByrneJag: false, receivesCops: false, chokeholdRule: none, credentialing: none }',
    );
    expect(evaluateYaml(current, yaml).funding.map((f) => [f.grant, f.atRisk])).toEqual([
      ['doj-discretionary', true],
    ]);
    expect(decideYaml(current, yaml, 'funding.byrneJag.atRisk').rule).toBe('usc-34-10151.not-received');
    expect(decideYaml(current, yaml, 'funding.cops.atRisk').rule).toBe('usc-34-10381.not-received');
  });
});

describe('funding: whether the government receives Byrne JAG or COPS is a cited rule above every condition', () => {
  // H.R. 1280 conditions both grants on a state or local law banning chokeholds; the county has none.
  const GFJPA = regimeById('gfjpa-2021');
  const noLaw = (receives: string) =>
    county('2021-02-01', `{ ${receives} chokeholdRule: none, noKnockRule: none }`);

  it('under H.R. 1280 a county without a chokehold law that takes both grants puts both at risk', () => {
    const funding = evaluateYaml(GFJPA, noLaw('receivesByrneJag: true, receivesCops: true,')).funding;
    expect(funding.filter((f) => f.grant !== 'doj-discretionary').map((f) => [f.grant, f.atRisk])).toEqual([
      ['byrne-jag', true],
      ['cops', true],
    ]);
  });

  it('a county that takes neither has nothing at risk, and the rule that says so is cited, above the bill’s conditions', () => {
    const yaml = noLaw('receivesByrneJag: false, receivesCops: false,');
    expect(evaluateYaml(GFJPA, yaml).funding.map((f) => f.grant)).toEqual(['doj-discretionary']);
    expect(decideYaml(GFJPA, yaml, 'funding.byrneJag.atRisk')).toEqual({
      value: false,
      rule: 'usc-34-10151.not-received',
      needs: [],
    });
    expect(decideYaml(GFJPA, yaml, 'funding.cops.atRisk').rule).toBe('usc-34-10381.not-received');
  });

  it('when it is unknown whether the county takes them, the grants at risk ask it', () => {
    const funding = evaluateYaml(GFJPA, noLaw('')).funding;
    expect(funding.find((f) => f.grant === 'byrne-jag')).toMatchObject({
      atRisk: null,
      needs: ['agency.receivesByrneJag'],
    });
    expect(funding.find((f) => f.grant === 'cops')).toMatchObject({
      atRisk: null,
      needs: ['agency.receivesCops'],
    });
  });

  it('under the law in force, with no condition, a grant nobody knows the county takes is still not at risk', () => {
    const funding = evaluateYaml(current, county('2019-02-01', '{ chokeholdRule: none }')).funding;
    expect(funding.map((f) => [f.grant, f.atRisk, f.needs])).toEqual([
      ['byrne-jag', false, []],
      ['cops', false, []],
      ['doj-discretionary', false, []],
    ]);
  });

  it('the compiled regime gives the same answers as the interpreter', () => {
    const ids = ['funding.byrneJag.atRisk', 'funding.cops.atRisk'];
    const valuesOf = compileRegime(GFJPA).valuesOf(ids);
    const cases: [string, (Value | undefined)[]][] = [
      ['receivesByrneJag: true, receivesCops: true,', [true, true]],
      ['receivesByrneJag: false, receivesCops: true,', [false, true]],
      ['', [undefined, undefined]],
    ];
    for (const [receives, expected] of cases) {
      const incident = parseIncident(noLaw(receives), 'test.yaml');
      const out: (Value | undefined)[] = [undefined, undefined];
      valuesOf(incident, incident.date, out);
      expect(out).toEqual(expected);
    }
  });
});
