import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { evaluateYaml, ruleIdsOf } from '../testkit.js';

/** Route `federalProsecution`: a charge under 18 U.S.C. 242 (DESIGN.md §3). */

const sorted = (xs: readonly string[]) => [...xs].sort();

describe('federalProsecution: 18 U.S.C. 242', () => {
  it('§ 242 reaches a federal agent as it reaches local police: "under color of any law"', () => {
    const route = evaluateYaml(
      current,
      `
      id: federal-agent-assault
      date: 2018-03-03
      place: { state: CA }
      officer: { employer: federal, role: police, department: homeland-security, underColorOfLaw: true }
      conduct: { force: [bodily-force], claims: [excessive-force] }
      harm: injury
      findings: { rightViolated: true, clearlyEstablished: true, mentalState: purpose }
    `,
    ).routes.federalProsecution;
    expect(route.status).toBe('available');
    expect(route.maxPenalty).toBe('10y');
    expect(route.reasons[0]).toMatchObject({
      rule: 'federal-prosecution.section-242',
      definition: 'federalProsecution',
      cite: '18 U.S.C. 242',
      value: 'available',
    });
    expect(ruleIdsOf(route)).toContain('usc-18-242.offense');
  });

  it('it reaches a prison guard too: § 242 is not limited to police', () => {
    const route = evaluateYaml(
      current,
      `
      id: guard-beating
      date: 2018-03-03
      place: { state: AL }
      officer: { employer: state, role: corrections, underColorOfLaw: true }
      conduct: { force: [bodily-force], claims: [excessive-force] }
      harm: serious-injury
      findings: { rightViolated: true, obviousViolation: true, mentalState: purpose }
    `,
    ).routes.federalProsecution;
    expect(route.status).toBe('available');
    expect(route.reasons[0]?.rule).toBe('federal-prosecution.section-242');
  });

  it('with only the date and place known, it asks color of law, the violation, the mental state and fair warning, and the penalty is open', () => {
    const route = evaluateYaml(
      current,
      `
      id: nothing-known
      date: 2020-01-01
      place: { state: WA }
    `,
    ).routes.federalProsecution;
    expect(route.status).toBe('undetermined');
    expect(route.maxPenalty).toBeNull();
    expect(sorted(route.needs)).toEqual([
      'findings.clearlyEstablished',
      'findings.mentalState',
      'findings.obviousViolation',
      'findings.rightViolated',
      'officer.underColorOfLaw',
    ]);
    expect(ruleIdsOf(route)).toContain('federal-prosecution.section-242');
  });
});
