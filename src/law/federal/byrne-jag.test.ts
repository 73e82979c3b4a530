import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { parseIncident } from '../parse.js';
import { current } from '../regimes.js';
import { evaluateYaml } from '../testkit.js';

/** The Byrne JAG formula grant under the law in force (LAW.md §1.7): no condition tied to an incident. */

const CITE = '34 U.S.C. 10151 et seq. (Byrne JAG, P.L. 109-162)';

/** A city department that takes Byrne JAG money; one of its officers uses a chokehold. */
const grantee = (date: string, receives: string) => `
  id: byrne-grantee-${date}
  date: ${date}
  place: { state: NY, locality: New York City }
  officer: { employer: local, role: police, underColorOfLaw: true }
  agency: { receivesByrneJag: ${receives}, chokeholdRule: none }
  conduct: { force: [chokehold], noKnockEntry: true, warrantFor: drug }
  harm: death
`;

describe('Byrne JAG under the law in force', () => {
  it('a city that takes Byrne JAG money does not put it at risk by a deadly chokehold and a no-knock raid: the formula grant carries no such condition', () => {
    const yaml = grantee('2021-06-01', 'true');
    expect(evaluateYaml(current, yaml).funding.find((f) => f.grant === 'byrne-jag')).toEqual({
      grant: 'byrne-jag',
      atRisk: false,
      cite: CITE,
      text: expect.stringContaining('No condition ties the award'),
      needs: [],
    });
    const incident = parseIncident(yaml);
    const id = 'funding.byrneJag.atRisk';
    const outcome = evaluate(current, factsFromObject(incident), incident.date, [id]).get(id);
    expect(outcome?.decidedBy?.id).toBe('usc-34-10151.formula-grant');
  });

  it('no date changes that: neither before EO 13929 (2019) nor during EO 14074 (2023)', () => {
    for (const date of ['2019-06-01', '2023-06-01']) {
      expect(
        evaluateYaml(current, grantee(date, 'true')).funding.find((f) => f.grant === 'byrne-jag')?.atRisk,
      ).toBe(false);
    }
  });

  it('a government that takes no Byrne JAG money has nothing at risk and no Byrne JAG entry', () => {
    expect(evaluateYaml(current, grantee('2021-06-01', 'false')).funding.map((f) => f.grant)).not.toContain(
      'byrne-jag',
    );
  });

  it('whether the government takes the grant does not matter to the answer: nothing is at risk either way', () => {
    const entry = evaluateYaml(current, grantee('2021-06-01', 'null')).funding.find(
      (f) => f.grant === 'byrne-jag',
    );
    expect(entry).toMatchObject({ atRisk: false, needs: [] });
  });
});
