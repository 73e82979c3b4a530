import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { evaluateYaml, ruleIdsOf } from '../testkit.js';

/** Route `employerSuit`: which damages action lies against the employing government (DESIGN.md §3). */

/** An officer of the given employer beats a man during an arrest; the employer's policy drove it. */
const beating = (employer: string) => `
  id: arrest-beating-${employer}
  date: 2017-09-09
  place: { state: NM, locality: Albuquerque }
  officer: { employer: ${employer}, role: police, underColorOfLaw: true, withinScopeOfEmployment: true }
  agency: { policyOrCustomCaused: true }
  conduct: { force: [bodily-force, impact-weapon], claims: [excessive-force] }
  harm: serious-injury
  findings: { rightViolated: true }
`;

describe('employerSuit: the damages action against the employing government', () => {
  it('the United States answers for a federal officer’s battery under the FTCA', () => {
    const suit = evaluateYaml(current, beating('federal')).routes.employerSuit;
    expect(suit.status).toBe('available');
    expect(suit.reasons[0]).toMatchObject({
      rule: 'employer-suit.united-states',
      cite: '28 U.S.C. 2671-2680 (Federal Tort Claims Act)',
      value: 'available',
    });
    expect(ruleIdsOf(suit)).toContain('usc-28-2680h.law-enforcement-proviso');
  });

  it('a city is sued under Monell for its own policy', () => {
    const suit = evaluateYaml(current, beating('local')).routes.employerSuit;
    expect(suit.status).toBe('available');
    expect(suit.reasons[0]?.rule).toBe('employer-suit.local-government');
    expect(ruleIdsOf(suit)).toContain('monell.local-government-liable');
  });

  it('a State is not a Monell defendant: a state police agency cannot be sued for damages under § 1983', () => {
    const suit = evaluateYaml(current, beating('state')).routes.employerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('not-covered');
    expect(suit.reasons).toMatchObject([
      { rule: 'employer-suit.state-not-a-monell-defendant', value: 'unavailable' },
    ]);
    expect(suit.reasons[0]?.unconfirmed).toMatch(/Will v\. Michigan/);
  });

  it('a tribal government’s liability is not encoded, so the route stays open with nothing to ask', () => {
    const suit = evaluateYaml(current, beating('tribal')).routes.employerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual([]);
    expect(suit.reasons).toMatchObject([{ rule: 'employer-suit.tribal-not-encoded', value: 'unencoded' }]);
  });

  it('when the employer is unknown, it is the question', () => {
    const suit = evaluateYaml(current, beating('null')).routes.employerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['officer.employer']);
  });
});
