import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml } from '../testkit.js';

/** Executive Order 13929, "Safe Policing for Safe Communities" (June 16, 2020) (LAW.md §4.4). */

const CITE = 'Executive Order 13929 (June 16, 2020)';

/** A city officer puts a man in a chokehold; the department has the given chokehold rule. */
const cityChokehold = (date: string, chokeholdRule: string, employer = 'local', force = 'chokehold') => `
  id: city-chokehold-${date}
  date: ${date}
  place: { state: GA, locality: Atlanta }
  officer: { employer: ${employer}, role: police, underColorOfLaw: true }
  agency: { receivesByrneJag: true, receivesCops: true, chokeholdRule: ${chokeholdRule} }
  conduct: { force: [${force}], claims: [excessive-force] }
  harm: injury
`;

describe('EO 13929: chokehold credentialing as a condition of DOJ discretionary grants', () => {
  it('from 16 June 2020 a city police chokehold is regulated as a condition of DOJ discretionary grants, which a department with no chokehold rule does not meet', () => {
    const yaml = cityChokehold('2020-06-16', 'none');
    const result = evaluateYaml(current, yaml);
    expect(result.tactics).toEqual([
      {
        tactic: 'chokehold',
        rule: 'funding-condition',
        met: false,
        breached: null,
        cite: CITE,
        text: expect.stringContaining('credentialed by a body'),
        needs: [],
        unconfirmed: expect.stringContaining('carotid restraints is UNCONFIRMED'),
      },
    ]);
    expect(decideYaml(current, yaml, 'tactics.chokehold.rule').rule).toBe('eo-13929.chokehold-credentialing');
    expect(decideYaml(current, yaml, 'tactics.chokehold.met')).toEqual({
      value: false,
      rule: 'eo-13929.credentialing-met',
      needs: [],
    });
  });

  it('the same department puts its DOJ discretionary grants at risk from 16 June 2020', () => {
    const yaml = cityChokehold('2020-06-16', 'none');
    const doj = evaluateYaml(current, yaml).funding.find((f) => f.grant === 'doj-discretionary');
    expect(doj).toEqual({
      grant: 'doj-discretionary',
      atRisk: true,
      cite: CITE,
      text: 'DOJ discretionary grant funding goes only to credentialed agencies.',
      needs: [],
    });
    expect(decideYaml(current, yaml, 'funding.dojDiscretionary.atRisk').rule).toBe(
      'eo-13929.discretionary-grants',
    );
  });

  it('on 15 June 2020, the day before the order, the same chokehold was federally unregulated and no grant was at risk', () => {
    const yaml = cityChokehold('2020-06-15', 'none');
    const result = evaluateYaml(current, yaml);
    expect(result.tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'unregulated', met: null, breached: null },
    ]);
    expect(result.funding.find((f) => f.grant === 'doj-discretionary')?.atRisk).toBe(false);
    expect(decideYaml(current, yaml, 'tactics.chokehold.rule').rule).toBe(
      'tactics.chokehold.no-federal-rule',
    );
    expect(decideYaml(current, yaml, 'funding.dojDiscretionary.atRisk').rule).toBe(
      'funding.doj-discretionary.no-condition',
    );
  });

  it.each(['policy-deadly-force-exception', 'policy', 'law-deadly-force-exception', 'law'] as const)(
    'a department whose chokehold rule is "%s" meets the credentialing condition and keeps its grants',
    (rule) => {
      const yaml = cityChokehold('2021-03-01', rule);
      const result = evaluateYaml(current, yaml);
      expect(result.tactics).toMatchObject([{ tactic: 'chokehold', rule: 'funding-condition', met: true }]);
      expect(result.funding.find((f) => f.grant === 'doj-discretionary')?.atRisk).toBe(false);
      expect(decideYaml(current, yaml, 'tactics.chokehold.met').rule).toBe('eo-13929.credentialing-met');
    },
  );

  it('a state trooper’s carotid restraint is treated as a chokehold under the order (UNCONFIRMED)', () => {
    const result = evaluateYaml(current, cityChokehold('2021-03-01', 'none', 'state', 'carotid-restraint'));
    expect(result.tactics).toMatchObject([
      { tactic: 'carotid-restraint', rule: 'funding-condition', met: false, cite: CITE },
    ]);
    expect(result.tactics[0]?.unconfirmed).toMatch(/carotid restraints is UNCONFIRMED/);
  });

  it('the order does not reach federal officers: a Border Patrol chokehold in 2021 is not a funding condition', () => {
    const yaml = `
      id: border-patrol-chokehold-2021
      date: 2021-03-01
      place: { state: TX }
      officer: { employer: federal, role: police, department: homeland-security, underColorOfLaw: true }
      conduct: { force: [chokehold] }
    `;
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([{ tactic: 'chokehold', rule: 'unregulated' }]);
    expect(evaluateYaml(current, yaml).funding.find((f) => f.grant === 'doj-discretionary')?.atRisk).toBe(
      false,
    );
  });

  it('when the department’s chokehold rule is unknown, whether it meets the condition and whether its grants are at risk are asked', () => {
    const result = evaluateYaml(current, cityChokehold('2021-03-01', 'null'));
    expect(result.tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'funding-condition', met: null, needs: ['agency.chokeholdRule'] },
    ]);
    expect(result.funding.find((f) => f.grant === 'doj-discretionary')).toMatchObject({
      atRisk: null,
      needs: ['agency.chokeholdRule'],
    });
  });

  it('when the employer is unknown, whether the officer is state or local decides if the condition applies', () => {
    const result = evaluateYaml(current, cityChokehold('2021-03-01', 'none', 'null'));
    expect(result.tactics).toMatchObject([{ tactic: 'chokehold', rule: null }]);
    expect(result.tactics[0]?.needs).toContain('officer.employer');
    expect(result.funding.find((f) => f.grant === 'doj-discretionary')).toMatchObject({
      atRisk: null,
      needs: ['officer.employer'],
    });
  });

  it('before the order the department’s chokehold rule does not matter', () => {
    const result = evaluateYaml(current, cityChokehold('2019-03-01', 'null'));
    expect(result.tactics).toMatchObject([{ tactic: 'chokehold', rule: 'unregulated', needs: [] }]);
    expect(result.funding.find((f) => f.grant === 'doj-discretionary')).toMatchObject({
      atRisk: false,
      needs: [],
    });
  });
});
