import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml } from '../testkit.js';

/** The DOJ department-wide policy on chokeholds and unannounced entries of Sept. 13, 2021, announced on the 14th. */

const CITE =
  'U.S. Department of Justice, policy on chokeholds and unannounced entries (Sept. 13, 2021; announced Sept. 14)';

/** A federal agent of the given department restrains an arrestee by the neck. */
const agentChokehold = (date: string, department: string, deadlyForceAuthorized = 'false') => `
  id: agent-chokehold-${date}
  date: ${date}
  place: { state: IL, locality: Chicago }
  officer: { employer: federal, role: police, department: ${department}, underColorOfLaw: true }
  conduct: { force: [chokehold], deadlyForceAuthorized: ${deadlyForceAuthorized}, claims: [excessive-force] }
  harm: injury
`;

/** Federal agents of the given department execute a drug warrant without knocking. */
const agentNoKnock = (date: string, department: string) => `
  id: agent-no-knock-${date}
  date: ${date}
  place: { state: KY, locality: Louisville }
  officer: { employer: federal, role: police, department: ${department}, underColorOfLaw: true }
  conduct: { noKnockEntry: true, warrantFor: drug, claims: [unlawful-search] }
  harm: none
`;

describe('DOJ policy of 13 September 2021: chokeholds', () => {
  it('an FBI agent’s chokehold on 13 September 2021, the policy’s date, when deadly force was not authorized, breaches the DOJ prohibition', () => {
    const yaml = agentChokehold('2021-09-13', 'justice');
    expect(evaluateYaml(current, yaml).tactics).toEqual([
      {
        tactic: 'chokehold',
        rule: 'prohibited',
        met: null,
        breached: true,
        cite: CITE,
        text: 'Chokeholds and carotid restraints are prohibited unless deadly force is authorized (FBI, DEA, USMS, ATF).',
        needs: [],
        unconfirmed: expect.stringContaining('no rescission'),
      },
    ]);
    expect(decideYaml(current, yaml, 'tactics.chokehold.rule')).toEqual({
      value: 'prohibited',
      rule: 'doj-policy-2021.chokehold',
      needs: [],
    });
  });

  it('the same chokehold on 12 September 2021, the day before the policy, was federally unregulated', () => {
    const yaml = agentChokehold('2021-09-12', 'justice');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'unregulated', breached: null, needs: [] },
    ]);
    expect(decideYaml(current, yaml, 'tactics.chokehold.rule').rule).toBe(
      'tactics.chokehold.no-federal-rule',
    );
  });

  it('the policy binds only Justice Department components: a Homeland Security officer’s chokehold in late 2021 is unregulated', () => {
    const yaml = agentChokehold('2021-10-01', 'homeland-security');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([{ tactic: 'chokehold', rule: 'unregulated' }]);
  });

  it('a chokehold where deadly force was authorized falls within the policy’s exception', () => {
    const yaml = agentChokehold('2021-10-01', 'justice', 'true');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'prohibited', breached: false },
    ]);
  });

  it('after EO 14074 was revoked on 20 January 2025 the DOJ policy, never rescinded, still prohibits an FBI chokehold', () => {
    const yaml = agentChokehold('2025-01-20', 'justice');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'prohibited', breached: true },
    ]);
    expect(decideYaml(current, yaml, 'tactics.chokehold.rule').rule).toBe('doj-policy-2021.chokehold');
  });

  it('after that revocation a Homeland Security officer’s chokehold is unregulated again', () => {
    const yaml = agentChokehold('2025-01-20', 'homeland-security');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([{ tactic: 'chokehold', rule: 'unregulated' }]);
  });

  it('when a federal officer’s department is unknown in late 2021, whether it is the Justice Department is asked', () => {
    const yaml = agentChokehold('2021-10-01', 'null');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'chokehold', rule: null, breached: null, needs: ['officer.department'] },
    ]);
  });

  it('while EO 14074 was in force the department does not matter: every federal officer was bound', () => {
    const yaml = agentChokehold('2023-06-01', 'null');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'prohibited', breached: true, needs: [] },
    ]);
  });
});

describe('DOJ policy of 13 September 2021: no-knock entries', () => {
  it('DEA agents’ no-knock entry on 13 September 2021 is restricted to imminent threats of violence', () => {
    const yaml = agentNoKnock('2021-09-13', 'justice');
    expect(evaluateYaml(current, yaml).tactics).toEqual([
      {
        tactic: 'no-knock-entry',
        rule: 'restricted',
        met: null,
        breached: null,
        cite: CITE,
        text: expect.stringContaining('imminent threat of physical violence'),
        needs: [],
        unconfirmed: expect.stringContaining('no rescission'),
      },
    ]);
    expect(decideYaml(current, yaml, 'tactics.noKnock.rule').rule).toBe('doj-policy-2021.no-knock');
  });

  it('the same entry on 12 September 2021 was federally unregulated', () => {
    const yaml = agentNoKnock('2021-09-12', 'justice');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'unregulated' },
    ]);
    expect(decideYaml(current, yaml, 'tactics.noKnock.rule').rule).toBe('tactics.no-knock.no-federal-rule');
  });

  it('a Homeland Security team’s no-knock entry in late 2021 is not covered by the DOJ policy', () => {
    const yaml = agentNoKnock('2021-10-01', 'homeland-security');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'unregulated' },
    ]);
  });

  it('after EO 14074 was revoked the DOJ policy still restricts a DEA no-knock entry', () => {
    const yaml = agentNoKnock('2025-02-01', 'justice');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'restricted' },
    ]);
    expect(decideYaml(current, yaml, 'tactics.noKnock.rule').rule).toBe('doj-policy-2021.no-knock');
  });
});
