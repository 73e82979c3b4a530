import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml } from '../testkit.js';

/**
 * Executive Order 13929, "Safe Policing for Safe Communities" (June 16, 2020), revoked by EO 14074
 * § 22(b) on May 25, 2022; EO 14074 § 19(b) maintained the accreditation requirements until its own
 * revocation on Jan. 20, 2025.
 */

const CITE = 'Executive Order 13929 (June 16, 2020), revoked by Executive Order 14074 § 22(b) (May 25, 2022)';
const SEC_19B_CITE =
  'Executive Order 14074 (May 25, 2022) § 19(b), revoked by Executive Order 14148 (Jan. 20, 2025)';

/** A city officer puts a man in a chokehold; the department has the given chokehold rule and credentials. */
const cityChokehold = (
  date: string,
  chokeholdRule: string,
  employer = 'local',
  force = 'chokehold',
  credentialing = 'none',
) => `
  id: city-chokehold-${date}
  date: ${date}
  place: { state: GA, locality: Atlanta }
  officer: { employer: ${employer}, role: police, underColorOfLaw: true }
  agency: { receivesByrneJag: true, receivesCops: true, chokeholdRule: ${chokeholdRule}, credentialing: ${credentialing} }
  conduct: { force: [${force}], claims: [excessive-force] }
  harm: injury
`;
const doj = (yaml: string) =>
  evaluateYaml(current, yaml).funding.find((f) => f.grant === 'doj-discretionary');

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

  it('a department with neither credentials nor an application pending puts its DOJ discretionary grants at risk from 16 June 2020', () => {
    const yaml = cityChokehold('2020-06-16', 'none');
    expect(doj(yaml)).toEqual({
      grant: 'doj-discretionary',
      atRisk: true,
      cite: CITE,
      text: expect.stringContaining('"have sought or are in the process of seeking" credentials'),
      needs: [],
    });
    expect(decideYaml(current, yaml, 'funding.dojDiscretionary.atRisk').rule).toBe(
      'eo-13929.discretionary-grants',
    );
  });

  it('a department with no chokehold ban in 2021 but an application for credentials pending is not at risk: the order funds agencies "in the process of seeking" credentials', () => {
    const yaml = cityChokehold('2021-03-01', 'none', 'local', 'chokehold', 'application-pending');
    expect(doj(yaml)).toMatchObject({ atRisk: false, needs: [] });
    expect(decideYaml(current, yaml, 'funding.dojDiscretionary.atRisk').rule).toBe(
      'funding.doj-discretionary.no-condition',
    );
    // The chokehold condition itself is still unmet: the policy must ban them to be credentialed.
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([{ rule: 'funding-condition', met: false }]);
  });

  it('a credentialed department is not at risk', () => {
    expect(
      doj(cityChokehold('2021-03-01', 'policy-deadly-force-exception', 'local', 'chokehold', 'credentialed')),
    ).toMatchObject({
      atRisk: false,
    });
  });

  it('whether the department is credentialed or seeking credentials is asked when unknown', () => {
    expect(doj(cityChokehold('2021-03-01', 'none', 'local', 'chokehold', 'null'))).toMatchObject({
      atRisk: null,
      needs: ['agency.credentialing'],
    });
  });

  it('on 15 June 2020, the day before the order, the same chokehold was federally unregulated and no grant was at risk', () => {
    const yaml = cityChokehold('2020-06-15', 'none');
    const result = evaluateYaml(current, yaml);
    expect(result.tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'unregulated', met: null, breached: null },
    ]);
    expect(doj(yaml)?.atRisk).toBe(false);
    expect(decideYaml(current, yaml, 'tactics.chokehold.rule').rule).toBe(
      'tactics.chokehold.no-federal-rule',
    );
    expect(decideYaml(current, yaml, 'funding.dojDiscretionary.atRisk').rule).toBe(
      'funding.doj-discretionary.no-condition',
    );
  });

  it('on 24 May 2022, its last day, the order still applies; from 25 May 2022, its revocation, EO 14074 § 19(b) maintains the requirements (UNCONFIRMED)', () => {
    expect(
      decideYaml(current, cityChokehold('2022-05-24', 'none'), 'funding.dojDiscretionary.atRisk').rule,
    ).toBe('eo-13929.discretionary-grants');
    const after = cityChokehold('2022-05-25', 'none');
    expect(doj(after)).toMatchObject({ atRisk: true, cite: SEC_19B_CITE });
    expect(evaluateYaml(current, after).tactics).toMatchObject([
      {
        rule: 'funding-condition',
        met: false,
        cite: SEC_19B_CITE,
        unconfirmed: expect.stringContaining('What DOJ actually kept'),
      },
    ]);
    expect(decideYaml(current, after, 'funding.dojDiscretionary.atRisk').rule).toBe(
      'eo-14074.sec-19b.discretionary-grants',
    );
    expect(decideYaml(current, after, 'tactics.chokehold.rule').rule).toBe(
      'eo-14074.sec-19b.chokehold-credentialing',
    );
    expect(decideYaml(current, after, 'tactics.chokehold.met').rule).toBe(
      'eo-14074.sec-19b.credentialing-met',
    );
  });

  it('a 2025 chokehold by a city officer with no credentials puts no DOJ grant at risk: the order was revoked and EO 14288 has no such condition', () => {
    for (const date of ['2025-01-20', '2025-06-01']) {
      const yaml = cityChokehold(date, 'none');
      expect(doj(yaml)).toMatchObject({ atRisk: false, needs: [] });
      expect(evaluateYaml(current, yaml).tactics).toMatchObject([
        { tactic: 'chokehold', rule: 'unregulated' },
      ]);
    }
    expect(doj(cityChokehold('2025-01-19', 'none'))?.atRisk).toBe(true);
  });

  it.each(['policy-deadly-force-exception', 'policy', 'law-deadly-force-exception', 'law'] as const)(
    'a credentialed department whose chokehold rule is "%s" meets the credentialing condition and keeps its grants',
    (rule) => {
      const yaml = cityChokehold('2021-03-01', rule, 'local', 'chokehold', 'credentialed');
      const result = evaluateYaml(current, yaml);
      expect(result.tactics).toMatchObject([{ tactic: 'chokehold', rule: 'funding-condition', met: true }]);
      expect(doj(yaml)?.atRisk).toBe(false);
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
    expect(doj(yaml)?.atRisk).toBe(false);
  });

  it('when the department’s chokehold rule is unknown, whether it meets the condition is asked; the grants turn on its credentials alone', () => {
    const yaml = cityChokehold('2021-03-01', 'null');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'funding-condition', met: null, needs: ['agency.chokeholdRule'] },
    ]);
    expect(doj(yaml)).toMatchObject({ atRisk: true, needs: [] });
  });

  it('when the employer is unknown, whether the officer is state or local decides if the condition applies', () => {
    const yaml = cityChokehold('2021-03-01', 'none', 'null');
    const result = evaluateYaml(current, yaml);
    expect(result.tactics).toMatchObject([{ tactic: 'chokehold', rule: null }]);
    expect(result.tactics[0]?.needs).toContain('officer.employer');
    expect(doj(yaml)).toMatchObject({ atRisk: null, needs: ['officer.employer'] });
  });

  it('before the order the department’s chokehold rule and credentials do not matter', () => {
    const result = evaluateYaml(current, cityChokehold('2019-03-01', 'null', 'local', 'chokehold', 'null'));
    expect(result.tactics).toMatchObject([{ tactic: 'chokehold', rule: 'unregulated', needs: [] }]);
    expect(result.funding.find((f) => f.grant === 'doj-discretionary')).toMatchObject({
      atRisk: false,
      needs: [],
    });
  });
});
