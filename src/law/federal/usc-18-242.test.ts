import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncident } from '../parse.js';
import { current, REGIMES } from '../regimes.js';
import { evaluateIncident } from '../results.js';
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

  it('an officer who acted recklessly, without the specific intent to deprive of a right, cannot be charged (Screws v. United States; §0 E1)', () => {
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
      'screws-v-united-states.recklessness-not-willful',
    ]);
    const reckless = route.reasons.find((r) => r.rule === 'screws-v-united-states.recklessness-not-willful');
    expect(reckless?.value).toBe(false);
    // The circuit view (Reese, 9th Cir. 1993) is noted, and marked UNCONFIRMED as a general rule.
    expect(reckless?.cite).toContain('United States v. Reese, 2 F.3d 870');
    expect(reckless?.unconfirmed).toMatch(/Reese.*not a general rule/);
    // The route names the rule that decided the element, not only the element that failed.
    expect(route.decidedBy).toBe('screws-v-united-states.recklessness-not-willful');
    expect(route.cite).toContain('Screws v. United States');
  });

  it('an officer who meant to do the act and knew it was unlawful acts "willfully" (§0 E1): knowing meets § 242 today', () => {
    const yaml = floyd('{ rightViolated: true, clearlyEstablished: true, mentalState: knowing }');
    const route = evaluateYaml(current, yaml).routes.federalProsecution;
    expect(route.status).toBe('available');
    expect(decideYaml(current, yaml, 'section242.mentalStateMet')).toEqual({
      value: true,
      rule: 'screws-v-united-states.specific-intent',
      needs: [],
    });
  });

  it.each(['negligent', 'none'] as const)(
    'a %s mental state does not meet "willfully": mistake, fear or poor judgment is not willful',
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

  it('a reckless mental state does not meet "willfully" today', () => {
    const yaml = floyd('{ rightViolated: true, clearlyEstablished: true, mentalState: reckless }');
    expect(evaluateYaml(current, yaml).routes.federalProsecution.blockedBy).toBe('mental-state');
    expect(decideYaml(current, yaml, 'section242.mentalStateMet')).toEqual({
      value: false,
      rule: 'screws-v-united-states.recklessness-not-willful',
      needs: [],
    });
  });

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
    // A prone restraint is not force used as a weapon (bodily force, which may be kicks, is: §0 E3).
    const yaml = force('none', '[prone-restraint]');
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
    expect(sorted(decideYaml(current, yaml, 'section242.maxPenalty').needs)).toEqual([
      'conduct.force',
      'findings.dangerousWeapon',
    ]);
  });

  it('when death results the force used does not matter', () => {
    const yaml = force('death', 'null');
    expect(evaluateYaml(current, yaml).routes.federalProsecution.maxPenalty).toBe('death');
  });
});

describe('18 U.S.C. 242: the penalty tiers have dates (§0 E2; the ceiling in force on the date of the conduct)', () => {
  /** A purposeful beating or shooting on a given date, with a given harm and force. */
  const onDate = (date: string, harm: string, kinds = '[bodily-force, impact-weapon]') =>
    force(harm, kinds).replace('date: 2019-08-01', `date: ${date}`);

  it('Screws’s 1943 killing carries one year: before Apr. 11, 1968 the ceiling was one year whatever the harm', () => {
    const route = evaluateYaml(current, onDate('1943-01-01', 'death')).routes.federalProsecution;
    expect(route.maxPenalty).toBe('1y');
    expect(decideYaml(current, onDate('1968-04-10', 'death'), 'section242.maxPenalty')).toEqual({
      value: '1y',
      rule: 'usc-18-242.base-penalty',
      needs: [],
    });
    // Whatever the harm, even unknown: only one tier existed.
    expect(decideYaml(current, onDate('1950-06-01', 'null'), 'section242.maxPenalty').value).toBe('1y');
  });

  it('a 1985 killing carries life, not death: from Apr. 11, 1968 (Pub. L. 90-284) life if death results', () => {
    const yaml = onDate('1985-05-13', 'death');
    expect(evaluateYaml(current, yaml).routes.federalProsecution.maxPenalty).toBe('life');
    const decided = decideYaml(current, yaml, 'section242.maxPenalty');
    expect(decided).toEqual({ value: 'life', rule: 'usc-18-242.death-results-1968', needs: [] });
    expect(decideYaml(current, onDate('1968-04-11', 'death'), 'section242.maxPenalty').value).toBe('life');
  });

  it('between 1968 and 1988 bodily injury did not raise the ceiling: one year', () => {
    const yaml = onDate('1980-02-02', 'serious-injury');
    expect(decideYaml(current, yaml, 'section242.maxPenalty')).toEqual({
      value: '1y',
      rule: 'usc-18-242.base-penalty',
      needs: [],
    });
  });

  it('from Nov. 18, 1988 (Pub. L. 100-690) bodily injury carries ten years, marked UNCONFIRMED', () => {
    const yaml = onDate('1991-03-03', 'injury');
    const route = evaluateYaml(current, yaml).routes.federalProsecution;
    expect(route.maxPenalty).toBe('10y');
    expect(decideYaml(current, yaml, 'section242.maxPenalty').rule).toBe('usc-18-242.bodily-injury-1988');
    expect(decideYaml(current, onDate('1988-11-17', 'injury'), 'section242.maxPenalty').value).toBe('1y');
    const rule = current.definitions
      .get('section242.maxPenalty')
      ?.rules.find((r) => r.id === 'usc-18-242.bodily-injury-1988');
    expect(rule?.unconfirmed).toMatch(/Pub\. L\. 100-690/);
    expect(rule?.inForce).toEqual({ from: '1988-11-18', until: '1994-09-13' });
  });

  it('before Sept. 13, 1994 a gun used without injury did not raise the ceiling: the weapon tier is from Pub. L. 103-322', () => {
    expect(
      decideYaml(current, onDate('1991-03-03', 'none', '[firearm]'), 'section242.maxPenalty').value,
    ).toBe('1y');
    expect(
      decideYaml(current, onDate('1994-09-13', 'none', '[firearm]'), 'section242.maxPenalty').value,
    ).toBe('10y');
  });

  it('the death penalty applies only from Sept. 13, 1994', () => {
    expect(decideYaml(current, onDate('1994-09-12', 'death'), 'section242.maxPenalty')).toEqual({
      value: 'life',
      rule: 'usc-18-242.death-results-1968',
      needs: [],
    });
    expect(decideYaml(current, onDate('1994-09-13', 'death'), 'section242.maxPenalty')).toEqual({
      value: 'death',
      rule: 'usc-18-242.death-results',
      needs: [],
    });
  });
});

describe('18 U.S.C. 242: a "dangerous weapon" is a question of fact (§0 E3)', () => {
  it('a Taser with no injury: ten years may apply, lowered to one year if the jury finds it was not a dangerous weapon', () => {
    const yaml = force('none', '[taser]');
    const route = evaluateYaml(current, yaml).routes.federalProsecution;
    expect(route.status).toBe('available');
    expect(route.maxPenalty).toBe('10y');
    expect(route.maxPenaltyLoweredBy).toEqual({
      fact: 'findings.dangerousWeapon',
      value: false,
      maxPenalty: '1y',
      text: 'if the jury finds that the Taser used was not a dangerous weapon: 1y',
    });
    const open = decideYaml(current, yaml, 'section242.maxPenalty');
    expect(open.value).toBeUndefined();
    expect(open.needs).toEqual(['findings.dangerousWeapon']);
  });

  it.each([
    ['k9', 'police dog'],
    ['impact-weapon', 'baton or flashlight'],
    ['vehicle', 'vehicle'],
    ['bodily-force', 'kicks or blows'],
  ])('force used as a weapon (%s) leaves the ten-year tier to the jury', (kind, words) => {
    const route = evaluateYaml(current, force('none', `[${kind}]`)).routes.federalProsecution;
    expect(route.maxPenalty).toBe('10y');
    expect(route.maxPenaltyLoweredBy?.maxPenalty).toBe('1y');
    expect(route.maxPenaltyLoweredBy?.text).toContain(words);
  });

  it('the jury’s finding settles it: a dangerous weapon, ten years; not one, one year', () => {
    const found = (v: boolean) =>
      force('none', '[k9]').replace(
        'mentalState: purpose }',
        `mentalState: purpose, dangerousWeapon: ${v} }`,
      );
    const yes = evaluateYaml(current, found(true)).routes.federalProsecution;
    expect(yes.maxPenalty).toBe('10y');
    expect(yes.maxPenaltyLoweredBy).toBeNull();
    expect(decideYaml(current, found(true), 'section242.maxPenalty').rule).toBe(
      'usc-18-242.dangerous-weapon',
    );
    const no = evaluateYaml(current, found(false)).routes.federalProsecution;
    expect(no.maxPenalty).toBe('1y');
    expect(no.maxPenaltyLoweredBy).toBeNull();
  });

  it('a firearm is a dangerous weapon as a matter of course: nothing lowers its ten years', () => {
    const route = evaluateYaml(current, force('none', '[firearm, taser]')).routes.federalProsecution;
    expect(route.maxPenalty).toBe('10y');
    expect(route.maxPenaltyLoweredBy).toBeNull();
  });

  it('bodily injury already reaches ten years, so the weapon question does not arise', () => {
    const route = evaluateYaml(current, force('injury', '[taser]')).routes.federalProsecution;
    expect(route.maxPenalty).toBe('10y');
    expect(route.maxPenaltyLoweredBy).toBeNull();
  });

  it('before Sept. 13, 1994 there was no weapon tier, so a baton leaves nothing open', () => {
    const yaml = force('none', '[impact-weapon]').replace('date: 2019-08-01', 'date: 1990-01-01');
    const route = evaluateYaml(current, yaml).routes.federalProsecution;
    expect(route.maxPenalty).toBe('1y');
    expect(route.maxPenaltyLoweredBy).toBeNull();
  });
});

describe('18 U.S.C. 242: dates the law does not reach', () => {
  const onDay = (date: string) =>
    force('death', '[impact-weapon]').replace('date: 2019-08-01', `date: ${date}`);

  it('before 1866 (the Civil Rights Act of 1866, § 2, from which § 242 derives) no charge lies: not in force', () => {
    const route = evaluateYaml(current, onDay('1850-06-01')).routes.federalProsecution;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('not-in-force');
    expect(route.decidedBy).toBe('usc-18-242.before-enactment');
    expect(route.cite).toBe('Civil Rights Act of 1866, § 2');
  });

  it('in 1866 itself the day is not in the source: undetermined, UNCONFIRMED', () => {
    const route = evaluateYaml(current, onDay('1866-06-01')).routes.federalProsecution;
    expect(route.status).toBe('undetermined');
    expect(ruleIdsOf(route)).toContain('usc-18-242.before-enactment-year-unknown-day');
    expect(
      route.reasons.find((r) => r.rule === 'usc-18-242.before-enactment-year-unknown-day')?.unconfirmed,
    ).toMatch(/1866/);
    expect(evaluateYaml(current, onDay('1867-01-01')).routes.federalProsecution.status).toBe('available');
  });
});

describe('18 U.S.C. 242: the corpus ceilings the dated tiers change (data/cases)', () => {
  const corpusCase = (id: string) =>
    parseIncident(readFileSync(new URL(`../../../data/cases/${id}.yaml`, import.meta.url), 'utf8'), id);

  it.each([
    ['screws-1943', '1y'],
    ['graham-connor-1984', '1y'],
    ['bivens-1965', '1y'],
    ['pierson-ray-1961', '1y'],
  ])('%s carries %s under every regime', (id, ceiling) => {
    for (const regime of REGIMES.values())
      expect(evaluateIncident(regime, corpusCase(id)).routes.federalProsecution.maxPenalty, regime.id).toBe(
        ceiling,
      );
  });
});

describe('18 U.S.C. 242: no ceiling before the law', () => {
  it('an 1850 killing has no § 242 ceiling at all: the crime did not exist', () => {
    const yaml = force('death', '[impact-weapon]').replace('date: 2019-08-01', 'date: 1850-06-01');
    const route = evaluateYaml(current, yaml).routes.federalProsecution;
    expect(route.blockedBy).toBe('not-in-force');
    expect(route.maxPenalty).toBeNull();
    expect(route.maxPenaltyLoweredBy).toBeNull();
  });
});
