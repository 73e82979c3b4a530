import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml, ruleIdsOf } from '../testkit.js';

/** 18 U.S.C. 242: willfulness (Screws), fair warning (Lanier, Hope) and the penalty tiers (LAW.md §1.5). */

const sorted = (xs: readonly string[]) => [...xs].sort();

/** Derek Chauvin kneels on George Floyd's neck for over nine minutes (LAW.md §6 M1). */
const floyd = (findings: string) => `
  id: george-floyd-chauvin
  title: George Floyd, Minneapolis
  date: 2020-05-25
  place: { state: MN, locality: Minneapolis }
  officer: { employer: local, role: police, underColorOfLaw: true }
  conduct: { force: [bodily-force, prone-restraint], deadlyForce: true, deniedMedicalCare: true, claims: [excessive-force] }
  harm: death
  findings: ${findings}
`;

/** A local officer's use of force with a given harm and kinds of force, for the penalty tiers. */
const force = (harm: string, kinds: string) => `
  id: penalty-${harm}
  date: 2019-08-01
  place: { state: GA }
  officer: { employer: local, role: police, underColorOfLaw: true }
  conduct: { force: ${kinds}, claims: [excessive-force] }
  harm: ${harm}
  findings: { rightViolated: true, clearlyEstablished: true, mentalState: purpose }
`;

describe('18 U.S.C. 242: the charge', () => {
  it('an officer who willfully deprived George Floyd of a clearly established right, and killed him, can be charged under § 242 with death as the ceiling', () => {
    const yaml = floyd(
      '{ rightViolated: true, clearlyEstablished: true, obviousViolation: true, mentalState: purpose }',
    );
    const route = evaluateYaml(current, yaml).routes.federalProsecution;
    expect(route.status).toBe('available');
    expect(route.blockedBy).toBeNull();
    expect(route.needs).toEqual([]);
    expect(route.maxPenalty).toBe('death');
    expect(ruleIdsOf(route)).toEqual([
      'federal-prosecution.section-242',
      'usc-18-242.offense',
      'usc-18-242.deprivation-of-right',
      'screws-v-united-states.specific-intent',
      'hope-v-pelzer.obvious-fair-warning',
    ]);
    expect(route.reasons.find((r) => r.rule === 'screws-v-united-states.specific-intent')?.value).toBe(true);
  });

  it('an officer who acted recklessly, without the specific intent to deprive of a right, cannot be charged (Screws v. United States)', () => {
    const route = evaluateYaml(
      current,
      `
      id: eric-garner
      title: Eric Garner, Staten Island
      date: 2014-07-17
      place: { state: NY, locality: New York City }
      officer: { employer: local, role: police, underColorOfLaw: true }
      agency: { chokeholdRule: policy }
      conduct: { force: [chokehold], claims: [excessive-force] }
      harm: death
      findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false, mentalState: reckless }
    `,
    ).routes.federalProsecution;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('mental-state');
    expect(route.maxPenalty).toBe('death');
    expect(ruleIdsOf(route)).toEqual([
      'federal-prosecution.section-242',
      'usc-18-242.willfully',
      'usc-18-242.deprivation-of-right',
      'screws-v-united-states.specific-intent',
    ]);
    expect(route.reasons.find((r) => r.rule === 'screws-v-united-states.specific-intent')?.value).toBe(false);
  });

  it.each(['knowing', 'reckless', 'negligent', 'none'] as const)(
    'a %s mental state does not meet "willfully"',
    (mentalState) => {
      const yaml = floyd(`{ rightViolated: true, clearlyEstablished: true, mentalState: ${mentalState} }`);
      expect(evaluateYaml(current, yaml).routes.federalProsecution.blockedBy).toBe('mental-state');
      expect(decideYaml(current, yaml, 'section242.mentalStateMet')).toEqual({
        value: false,
        rule: 'screws-v-united-states.specific-intent',
        needs: [],
      });
    },
  );

  it('an officer who meant to deprive a right cannot be charged without fair warning that the conduct was unlawful (United States v. Lanier)', () => {
    const yaml = floyd(
      '{ rightViolated: true, clearlyEstablished: false, obviousViolation: false, mentalState: purpose }',
    );
    const route = evaluateYaml(current, yaml).routes.federalProsecution;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('fair-warning');
    expect(ruleIdsOf(route)).toContain('usc-18-242.fair-warning');
    expect(route.reasons.find((r) => r.rule === 'united-states-v-lanier.fair-warning')?.value).toBe(false);
  });

  it('a clearly established right gives fair warning (Lanier: the same standard as qualified immunity)', () => {
    const yaml = floyd(
      '{ rightViolated: true, clearlyEstablished: true, obviousViolation: false, mentalState: purpose }',
    );
    expect(evaluateYaml(current, yaml).routes.federalProsecution.status).toBe('available');
    expect(decideYaml(current, yaml, 'section242.fairWarning')).toEqual({
      value: true,
      rule: 'united-states-v-lanier.fair-warning',
      needs: [],
    });
  });

  it('a jailer who beats a handcuffed, compliant detainee had fair warning without any similar precedent: the violation is obvious (Hope v. Pelzer)', () => {
    const yaml = `
      id: jail-beating
      title: A jail officer beats a handcuffed detainee
      date: 2019-01-15
      place: { state: AL }
      officer: { employer: local, role: corrections, underColorOfLaw: true }
      conduct: { force: [bodily-force, impact-weapon], claims: [excessive-force] }
      harm: serious-injury
      findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: true, mentalState: purpose }
    `;
    const route = evaluateYaml(current, yaml).routes.federalProsecution;
    expect(route.status).toBe('available');
    expect(route.maxPenalty).toBe('10y');
    expect(ruleIdsOf(route)).toContain('hope-v-pelzer.obvious-fair-warning');
    expect(decideYaml(current, yaml, 'section242.fairWarning').rule).toBe(
      'hope-v-pelzer.obvious-fair-warning',
    );
  });

  it('an officer settling a private score off duty does not act under color of law, and the findings need not be known', () => {
    const route = evaluateYaml(
      current,
      `
      id: off-duty-assault
      date: 2017-05-05
      place: { state: FL }
      officer: { employer: local, role: police, underColorOfLaw: false }
      conduct: { force: [bodily-force] }
      harm: injury
    `,
    ).routes.federalProsecution;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('no-color-of-law');
    expect(route.needs).toEqual([]);
    expect(ruleIdsOf(route)).toEqual(['federal-prosecution.section-242', 'usc-18-242.color-of-law']);
  });

  it('no deprivation of a federal right, no § 242 offense', () => {
    const yaml = floyd('{ rightViolated: false, mentalState: purpose, clearlyEstablished: true }');
    const route = evaluateYaml(current, yaml).routes.federalProsecution;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('no-violation');
    expect(ruleIdsOf(route)).toEqual([
      'federal-prosecution.section-242',
      'usc-18-242.deprivation',
      'usc-18-242.deprivation-of-right',
    ]);
    expect(decideYaml(current, yaml, 'section242.deprivation')).toEqual({
      value: false,
      rule: 'usc-18-242.deprivation-of-right',
      needs: [],
    });
  });

  it('a court’s finding that a federal right was violated is the deprivation § 242 punishes', () => {
    const yaml = floyd('{ rightViolated: true }');
    expect(decideYaml(current, yaml, 'section242.deprivation')).toEqual({
      value: true,
      rule: 'usc-18-242.deprivation-of-right',
      needs: [],
    });
  });

  it('when the mental state is unknown it is the only question left', () => {
    const route = evaluateYaml(current, floyd('{ rightViolated: true, clearlyEstablished: true }')).routes
      .federalProsecution;
    expect(route.status).toBe('undetermined');
    expect(route.blockedBy).toBeNull();
    expect(route.needs).toEqual(['findings.mentalState']);
    expect(route.maxPenalty).toBe('death');
  });

  it('with intent shown but neither precedent nor obviousness known, both fair-warning questions are asked', () => {
    const route = evaluateYaml(current, floyd('{ rightViolated: true, mentalState: purpose }')).routes
      .federalProsecution;
    expect(route.status).toBe('undetermined');
    expect(sorted(route.needs)).toEqual(['findings.clearlyEstablished', 'findings.obviousViolation']);
  });

  it('a reckless officer cannot be charged, so neither the violation nor fair warning needs deciding', () => {
    const route = evaluateYaml(current, floyd('{ mentalState: reckless }')).routes.federalProsecution;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('mental-state');
    expect(route.needs).toEqual([]);
  });
});

describe('18 U.S.C. 242: the penalty tiers', () => {
  it('when death results the ceiling is any term of years or life, or death', () => {
    const yaml = force('death', '[firearm]');
    expect(evaluateYaml(current, yaml).routes.federalProsecution.maxPenalty).toBe('death');
    expect(decideYaml(current, yaml, 'section242.maxPenalty')).toEqual({
      value: 'death',
      rule: 'usc-18-242.death-results',
      needs: [],
    });
  });

  it.each(['injury', 'serious-injury'] as const)(
    'when bodily injury results (%s) the ceiling is ten years',
    (harm) => {
      const yaml = force(harm, '[bodily-force]');
      expect(evaluateYaml(current, yaml).routes.federalProsecution.maxPenalty).toBe('10y');
      expect(decideYaml(current, yaml, 'section242.maxPenalty').rule).toBe(
        'usc-18-242.bodily-injury-or-weapon',
      );
    },
  );

  it('firing a gun is the use of a dangerous weapon: ten years even when no one was hurt', () => {
    const yaml = force('none', '[firearm]');
    expect(evaluateYaml(current, yaml).routes.federalProsecution.maxPenalty).toBe('10y');
    expect(decideYaml(current, yaml, 'section242.maxPenalty').rule).toBe(
      'usc-18-242.bodily-injury-or-weapon',
    );
  });

  it('a deprivation without injury or weapon is a misdemeanour: one year', () => {
    const yaml = force('none', '[bodily-force]');
    const route = evaluateYaml(current, yaml).routes.federalProsecution;
    expect(route.status).toBe('available');
    expect(route.maxPenalty).toBe('1y');
    expect(decideYaml(current, yaml, 'section242.maxPenalty')).toEqual({
      value: '1y',
      rule: 'usc-18-242.base-penalty',
      needs: [],
    });
  });

  it('when the harm is unknown but a gun was used, the ceiling is open between ten years and death', () => {
    const yaml = force('null', '[firearm]');
    expect(evaluateYaml(current, yaml).routes.federalProsecution.maxPenalty).toBeNull();
    expect(decideYaml(current, yaml, 'section242.maxPenalty').needs).toEqual(['harm']);
  });

  it('when no one was hurt but the force used is unknown, whether a weapon was used decides the ceiling', () => {
    const yaml = force('none', 'null');
    expect(evaluateYaml(current, yaml).routes.federalProsecution.maxPenalty).toBeNull();
    expect(decideYaml(current, yaml, 'section242.maxPenalty').needs).toEqual(['conduct.force']);
  });

  it('when death results the force used does not matter', () => {
    const yaml = force('death', 'null');
    expect(evaluateYaml(current, yaml).routes.federalProsecution.maxPenalty).toBe('death');
  });
});
