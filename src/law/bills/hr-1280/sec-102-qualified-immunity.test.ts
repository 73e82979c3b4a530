import { describe, expect, it } from 'vitest';
import { current } from '../../regimes.js';
import { decideYaml, evaluateYaml, regimeById, ruleIdsOf } from '../../testkit.js';

/**
 * H.R. 1280 § 102 (LAW.md §2.3): good faith and "not clearly established" are no defence in § 1983
 * actions against state and local law enforcement officers, nor in actions "under any source of
 * law" against federal investigative or law enforcement officers. Not correctional officers as
 * such; no new cause of action; Monell untouched.
 */

const GFJPA = regimeById('gfjpa-2021');

/**
 * An officer shoots a woman holding a kitchen knife near her housemate (the Kisela v. Hughes
 * facts, LAW.md §6 M15): a violation, but no case with materially similar facts.
 */
const knifeShooting = (employer: string, role = 'police', date = '2010-05-21') => `
  id: kitchen-knife-shooting
  title: An officer shoots a woman holding a kitchen knife
  date: ${date}
  place: { state: AZ, locality: Tucson }
  officer: { employer: ${employer}, role: ${role}, underColorOfLaw: true, goodFaithBelief: true }
  agency: { policyOrCustomCaused: false, deliberatelyIndifferentTraining: false }
  conduct: { force: [firearm], deadlyForce: true, claims: [excessive-force] }
  harm: serious-injury
  findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false }
`;

/** FBI agents search a home without a warrant and arrest the owner (the Bivens context itself). */
const federalRaid = `
  id: warrantless-federal-raid
  title: Federal agents search a home without a warrant
  date: 2016-11-26
  place: { state: NY, locality: Brooklyn, nearBorder: false }
  officer: { employer: federal, role: police, department: justice, underColorOfLaw: true, goodFaithBelief: true }
  conduct: { force: [bodily-force], claims: [unlawful-search, false-arrest] }
  harm: injury
  findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false }
`;

describe('H.R. 1280 § 102: qualified immunity is no defence for law enforcement officers', () => {
  it('a city officer who shot without a materially similar precedent gets qualified immunity under the law in force', () => {
    const suit = evaluateYaml(current, knifeShooting('local')).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('qualified-immunity');
    expect(ruleIdsOf(suit)).toContain('harlow-v-fitzgerald.clearly-established');
  });

  it('under H.R. 1280 the § 1983 suit against that officer lies: neither good faith nor the lack of precedent is a defence', () => {
    const result = evaluateYaml(GFJPA, knifeShooting('local'));
    expect(result.hypothetical).toBe(true);
    const suit = result.routes.officerSuit;
    expect(suit.status).toBe('available');
    expect(suit.blockedBy).toBeNull();
    expect(suit.decidedBy).toBe('usc-42-1983.liable');
    expect(suit.reasons).toContainEqual(
      expect.objectContaining({
        rule: 'hr-1280.sec-102.no-qualified-immunity',
        definition: 'qualifiedImmunity.shields',
        cite: 'H.R. 1280 (117th Cong.) § 102, amending 42 U.S.C. 1983',
        value: false,
        provision: 'hr-1280-sec-102',
      }),
    );
  });

  it('a state trooper is a law enforcement officer too', () => {
    expect(decideYaml(GFJPA, knifeShooting('state'), 'qualifiedImmunity.shields')).toEqual({
      value: false,
      rule: 'hr-1280.sec-102.no-qualified-immunity',
      needs: [],
    });
    expect(evaluateYaml(GFJPA, knifeShooting('state')).routes.officerSuit.status).toBe('available');
  });

  it('a federal agent sued under Bivens loses the defence as well ("any source of law")', () => {
    expect(evaluateYaml(current, federalRaid).routes.officerSuit).toMatchObject({
      status: 'unavailable',
      blockedBy: 'qualified-immunity',
    });
    const suit = evaluateYaml(GFJPA, federalRaid).routes.officerSuit;
    expect(suit.status).toBe('available');
    expect(suit.decidedBy).toBe('bivens.damages');
    // LAW.md §0 E6: the federal limb is its own rule, reaching whoever 28 U.S.C. 2680(h) defines.
    expect(ruleIdsOf(suit)).toContain('hr-1280.sec-102.federal-law-enforcement-officer');
  });

  // Before LAW.md §0 E5 this used a federal agent of unknown agency, whose shooting was then a new
  // context; a Fourth Amendment force claim against a non-border agent is now treated as within
  // Bivens (UNCONFIRMED), so the new context is shown with a Border Patrol agent.
  it('it creates no cause of action: a Border Patrol agent’s shooting is still a new Bivens context', () => {
    const yaml = knifeShooting('federal', 'police', '2019-05-21').replace(
      'role: police',
      'role: police, department: homeland-security',
    );
    const suit = evaluateYaml(GFJPA, yaml).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('bivens-new-context');
  });

  // LAW.md §0 E6: whether a state or local correctional officer is within the bill's definition is
  // UNCONFIRMED, so the rule that keeps the defence for them is the bill's own, carrying that note.
  it('a state prison guard is not a law enforcement officer under § 102: qualified immunity still applies (UNCONFIRMED)', () => {
    const yaml = knifeShooting('state', 'corrections');
    expect(decideYaml(GFJPA, yaml, 'qualifiedImmunity.shields')).toEqual({
      value: true,
      rule: 'hr-1280.sec-102.state-local-corrections-not-covered',
      needs: [],
    });
    const reason = evaluateYaml(GFJPA, yaml).routes.officerSuit.reasons.find(
      (r) => r.rule === 'hr-1280.sec-102.state-local-corrections-not-covered',
    );
    expect(reason?.unconfirmed).toMatch(/definition of local law enforcement officer/);
    expect(decideYaml(current, yaml, 'qualifiedImmunity.shields').rule).toBe(
      'harlow-v-fitzgerald.clearly-established',
    );
    expect(evaluateYaml(GFJPA, yaml).routes.officerSuit.blockedBy).toBe('qualified-immunity');
  });

  it('a tribal officer is not covered either (H.R. 1280 names state, local and federal officers)', () => {
    expect(decideYaml(GFJPA, knifeShooting('tribal'), 'qualifiedImmunity.shields').rule).toBe(
      'harlow-v-fitzgerald.clearly-established',
    );
  });

  it('Monell is untouched: without a policy or custom the city still cannot be sued', () => {
    const suit = evaluateYaml(GFJPA, knifeShooting('local')).routes.employerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-policy-or-custom');
  });

  it('as a proposal it applies whatever the date: a 1995 shooting is judged without the defence', () => {
    const yaml = knifeShooting('local', 'police', '1995-08-01');
    expect(evaluateYaml(GFJPA, yaml).routes.officerSuit.status).toBe('available');
    expect(evaluateYaml(current, yaml).routes.officerSuit.blockedBy).toBe('qualified-immunity');
  });

  it('a state prison guard’s obvious violation is still judged without the defence (Hope v. Pelzer comes first)', () => {
    const yaml = knifeShooting('local', 'corrections').replace(
      'obviousViolation: false',
      'obviousViolation: true',
    );
    expect(decideYaml(GFJPA, yaml, 'qualifiedImmunity.shields')).toEqual({
      value: false,
      rule: 'hope-v-pelzer.obvious-violation',
      needs: [],
    });
  });

  // --- E6: federal Bureau of Prisons officers are "investigative or law enforcement officers" -----

  /** Bureau of Prisons officers ignore a federal prisoner's asthma attack (the Carlson v. Green context). */
  const bopMedicalNeglect = (officer: string) => `
    id: bop-asthma
    title: A federal prisoner's asthma attack
    date: 2019-08-01
    place: { state: IN, locality: Terre Haute, nearBorder: false }
    officer: ${officer}
    conduct: { deniedMedicalCare: true, claims: [medical-neglect] }
    harm: death
    findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false }
  `;
  const BOP = '{ employer: federal, role: corrections, department: justice, underColorOfLaw: true }';

  it('a federal Bureau of Prisons officer loses the defence in a Bivens suit: 28 U.S.C. 2680(h) and 18 U.S.C. 3050', () => {
    expect(evaluateYaml(current, bopMedicalNeglect(BOP)).routes.officerSuit.blockedBy).toBe(
      'qualified-immunity',
    );
    const suit = evaluateYaml(GFJPA, bopMedicalNeglect(BOP)).routes.officerSuit;
    expect(suit.status).toBe('available');
    expect(ruleIdsOf(suit)).toEqual(
      expect.arrayContaining([
        'hr-1280.sec-102.federal-law-enforcement-officer',
        'usc-18-3050.prison-officer-arrest-powers',
      ]),
    );
    const reason = suit.reasons.find((r) => r.rule === 'hr-1280.sec-102.federal-law-enforcement-officer');
    expect(reason?.unconfirmed).toMatch(/no court has construed the bill/);
  });

  it('another federal official keeps the defence unless empowered by law to search or arrest, which is asked', () => {
    const official = (powers: string) =>
      bopMedicalNeglect(
        `{ employer: federal, role: other-official, department: other, lawEnforcementPowers: ${powers}, underColorOfLaw: true }`,
      );
    expect(decideYaml(GFJPA, official('false'), 'qualifiedImmunity.shields')).toEqual({
      value: true,
      rule: 'harlow-v-fitzgerald.clearly-established',
      needs: [],
    });
    expect(decideYaml(GFJPA, official('true'), 'qualifiedImmunity.shields').rule).toBe(
      'hr-1280.sec-102.federal-law-enforcement-officer',
    );
    expect(decideYaml(GFJPA, official('null'), 'qualifiedImmunity.shields').needs).toEqual([
      'officer.lawEnforcementPowers',
    ]);
  });
});
