import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { evaluateYaml, regimeById, ruleIdsOf } from '../testkit.js';

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

describe('federalProsecution: the rule named as deciding is the one that decided under the regime', () => {
  /** A deputy strikes a handcuffed man with a flashlight, on a given date and mental state. */
  const strike = (date: string, findings: string) => `
    id: flashlight-strike
    date: ${date}
    place: { state: GA }
    officer: { employer: local, role: police, underColorOfLaw: true }
    conduct: { force: [impact-weapon], claims: [excessive-force] }
    harm: injury
    findings: ${findings}
  `;

  it('a failed element names the element as blocker and the rule that decided it as authority, under each regime', () => {
    const negligent = strike(
      '2019-03-03',
      '{ rightViolated: true, clearlyEstablished: true, mentalState: negligent }',
    );
    const today = evaluateYaml(current, negligent).routes.federalProsecution;
    const bill = evaluateYaml(regimeById('gfjpa-2021'), negligent).routes.federalProsecution;
    for (const route of [today, bill]) expect(route.blockedBy).toBe('mental-state');
    expect(today.decidedBy).toBe('screws-v-united-states.specific-intent');
    expect(bill.decidedBy).toBe('hr-1280.sec-101.knowingly-or-recklessly');
    const noWarning = evaluateYaml(
      current,
      strike(
        '2019-03-03',
        '{ rightViolated: true, clearlyEstablished: false, obviousViolation: false, mentalState: purpose }',
      ),
    ).routes.federalProsecution;
    expect(noWarning).toMatchObject({
      blockedBy: 'fair-warning',
      decidedBy: 'united-states-v-lanier.fair-warning',
      cite: 'United States v. Lanier, 520 U.S. 259 (1997)',
    });
  });

  it('a rule that decides without testing an element is named itself (color of law, the law not yet in force)', () => {
    const offDuty = evaluateYaml(
      current,
      strike('2019-03-03', '{ rightViolated: true }').replace(
        'underColorOfLaw: true',
        'underColorOfLaw: false',
      ),
    ).routes.federalProsecution;
    expect(offDuty.decidedBy).toBe('usc-18-242.color-of-law');
    const before = evaluateYaml(current, strike('1860-03-03', '{ rightViolated: true }')).routes
      .federalProsecution;
    expect(before).toMatchObject({ blockedBy: 'not-in-force', decidedBy: 'usc-18-242.before-enactment' });
  });
});
