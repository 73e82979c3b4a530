import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { evaluateYaml, ruleIdsOf } from '../testkit.js';

/** Route `officerSuit`: which damages action lies against the individual officer (DESIGN.md §3). */

/** An officer of the given employer searches a home without a warrant and arrests the owner. */
const raid = (employer: string, underColorOfLaw = 'true') => `
  id: warrantless-raid-${employer}
  date: 2018-02-14
  place: { state: OK, locality: Tahlequah, nearBorder: false }
  officer: { employer: ${employer}, role: police, underColorOfLaw: ${underColorOfLaw} }
  conduct: { claims: [unlawful-search, false-arrest] }
  harm: none
  findings: { rightViolated: true, clearlyEstablished: true, obviousViolation: false }
`;

describe('officerSuit: the damages action against the individual officer', () => {
  it('a federal agent who raided a home without a warrant is sued under Bivens, not § 1983', () => {
    // A Justice Department agent away from the border: not a new context by agency or place (Egbert v. Boule).
    const yaml = raid('federal').replace('role: police', 'role: police, department: justice');
    const suit = evaluateYaml(current, yaml).routes.officerSuit;
    expect(suit.status).toBe('available');
    expect(suit.reasons[0]).toMatchObject({
      rule: 'officer-suit.federal-officer',
      definition: 'officerSuit',
      value: 'available',
    });
    expect(ruleIdsOf(suit)).toContain('bivens.damages');
    expect(ruleIdsOf(suit)).not.toContain('usc-42-1983.liable');
  });

  it.each(['local', 'state'] as const)('a %s officer who did the same is sued under § 1983', (employer) => {
    const suit = evaluateYaml(current, raid(employer)).routes.officerSuit;
    expect(suit.status).toBe('available');
    expect(suit.reasons[0]?.rule).toBe('officer-suit.state-or-local-officer');
    expect(suit.reasons[0]?.cite).toBe('42 U.S.C. 1983');
    expect(ruleIdsOf(suit)).toContain('usc-42-1983.liable');
    expect(ruleIdsOf(suit)).not.toContain('bivens.damages');
  });

  it('a tribal police officer’s liability is not encoded (LAW.md is silent), so the route stays open with nothing to ask', () => {
    const suit = evaluateYaml(current, raid('tribal')).routes.officerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.blockedBy).toBeNull();
    expect(suit.needs).toEqual([]);
    expect(suit.reasons).toMatchObject([
      { rule: 'officer-suit.tribal-officer-not-encoded', value: 'unencoded' },
    ]);
  });

  it('when the employer is unknown, it is asked even if both federal and state actions would fail, since tribal officers are not encoded', () => {
    const suit = evaluateYaml(current, raid('null', 'false')).routes.officerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['officer.employer']);
    expect(ruleIdsOf(suit)).toEqual(
      expect.arrayContaining([
        'officer-suit.federal-officer',
        'officer-suit.state-or-local-officer',
        'officer-suit.tribal-officer-not-encoded',
      ]),
    );
  });
});
