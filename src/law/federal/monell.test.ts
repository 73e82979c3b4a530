import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml, ruleIdsOf } from '../testkit.js';

/** Municipal liability under § 1983: Monell and City of Canton (LAW.md §1.3). */

const sorted = (xs: readonly string[]) => [...xs].sort();

const policyOrCustom = (yaml: string) => decideYaml(current, yaml, 'monell.policyOrCustom');

/** Geraldine Harris slumps to the floor at the Canton police station and gets no medical care. */
const canton = (officer: string, agency: string, findings: string) => `
  id: city-of-canton-v-harris
  title: Geraldine Harris, Canton police station
  date: 1978-04-06
  place: { state: OH, locality: Canton }
  officer: ${officer}
  agency: ${agency}
  conduct: { deniedMedicalCare: true, claims: [medical-neglect] }
  harm: serious-injury
  findings: ${findings}
`;
const ON_DUTY = '{ employer: local, role: police, underColorOfLaw: true }';
const VIOLATED = '{ rightViolated: true, clearlyEstablished: false, obviousViolation: false }';

describe('Monell: damages from the local government', () => {
  it('a city whose deliberately indifferent failure to train caused a detainee to be left without care can be sued (City of Canton v. Harris)', () => {
    const yaml = canton(
      ON_DUTY,
      '{ policyOrCustomCaused: false, deliberatelyIndifferentTraining: true }',
      VIOLATED,
    );
    const suit = evaluateYaml(current, yaml).routes.employerSuit;
    expect(suit.status).toBe('available');
    expect(suit.blockedBy).toBeNull();
    expect(suit.needs).toEqual([]);
    expect(ruleIdsOf(suit)).toEqual([
      'employer-suit.local-government',
      'monell.local-government-liable',
      'city-of-canton-v-harris.deliberate-indifference',
    ]);
    expect(policyOrCustom(yaml)).toEqual({
      value: true,
      rule: 'city-of-canton-v-harris.deliberate-indifference',
      needs: [],
    });
  });

  it('a city whose official policy was the moving force behind the violation can be sued', () => {
    const yaml = canton(
      ON_DUTY,
      '{ policyOrCustomCaused: true, deliberatelyIndifferentTraining: false }',
      VIOLATED,
    );
    const suit = evaluateYaml(current, yaml).routes.employerSuit;
    expect(suit.status).toBe('available');
    expect(ruleIdsOf(suit)).toContain('monell.policy-or-custom');
    expect(suit.reasons.find((r) => r.rule === 'monell.policy-or-custom')?.value).toBe(true);
  });

  it('a city is not liable merely because it employs the officer: one incident by a non-policymaker is no policy (Tuttle)', () => {
    const yaml = canton(
      ON_DUTY,
      '{ policyOrCustomCaused: false, deliberatelyIndifferentTraining: false }',
      VIOLATED,
    );
    const suit = evaluateYaml(current, yaml).routes.employerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-policy-or-custom');
    expect(ruleIdsOf(suit)).toEqual([
      'employer-suit.local-government',
      'monell.no-respondeat-superior',
      'monell.policy-or-custom',
    ]);
    expect(policyOrCustom(yaml)).toEqual({ value: false, rule: 'monell.policy-or-custom', needs: [] });
  });

  it('a city is not liable for what an off-duty officer did outside color of law, whatever its policies', () => {
    const suit = evaluateYaml(
      current,
      canton('{ employer: local, role: police, underColorOfLaw: false }', '{}', '{}'),
    ).routes.employerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-color-of-law');
    expect(suit.needs).toEqual([]);
    expect(ruleIdsOf(suit)).toContain('monell.color-of-law');
  });

  it('without a violated right there is no injury for a policy to inflict, and the policy need not be examined', () => {
    const suit = evaluateYaml(current, canton(ON_DUTY, '{}', '{ rightViolated: false }')).routes.employerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-violation');
    expect(suit.needs).toEqual([]);
    expect(ruleIdsOf(suit)).toContain('monell.deprivation-of-right');
  });

  it('when there was no policy but the training is unexamined, deliberate indifference in training is the question', () => {
    const suit = evaluateYaml(current, canton(ON_DUTY, '{ policyOrCustomCaused: false }', VIOLATED)).routes
      .employerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['agency.deliberatelyIndifferentTraining']);
    expect(ruleIdsOf(suit)).toContain('city-of-canton-v-harris.deliberate-indifference');
  });

  it('when nothing is known of the city’s policies, both the policy and the training are asked', () => {
    const suit = evaluateYaml(current, canton(ON_DUTY, '{}', VIOLATED)).routes.employerSuit;
    expect(suit.status).toBe('undetermined');
    expect(sorted(suit.needs)).toEqual([
      'agency.deliberatelyIndifferentTraining',
      'agency.policyOrCustomCaused',
    ]);
  });

  it('deliberately indifferent training suffices, so the policy question need not be answered', () => {
    const suit = evaluateYaml(current, canton(ON_DUTY, '{ deliberatelyIndifferentTraining: true }', VIOLATED))
      .routes.employerSuit;
    expect(suit.status).toBe('available');
    expect(suit.needs).toEqual([]);
  });
});

describe('Monell: dates the law does not reach (the Civil Rights Act of 1871)', () => {
  const at = (date: string) =>
    canton(ON_DUTY, '{ policyOrCustomCaused: true }', VIOLATED).replace('date: 1978-04-06', `date: ${date}`);

  it('a town whose policy caused an 1860 beating cannot be sued under § 1983, which came in 1871', () => {
    const suit = evaluateYaml(current, at('1860-04-06')).routes.employerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('not-in-force');
    expect(suit.decidedBy).toBe('monell.before-enactment');
    expect(suit.cite).toBe('Civil Rights Act of 1871, § 1, 17 Stat. 13');
  });

  it('in 1871 the day is unknown: undetermined, UNCONFIRMED; from 1872 the action lies', () => {
    const suit = evaluateYaml(current, at('1871-12-31')).routes.employerSuit;
    expect(suit.status).toBe('undetermined');
    expect(ruleIdsOf(suit)).toContain('monell.before-enactment-year-unknown-day');
    expect(evaluateYaml(current, at('1872-01-01')).routes.employerSuit.status).toBe('available');
  });
});
