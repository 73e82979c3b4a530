import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { evaluateYaml, regimeById, ruleIdsOf } from '../testkit.js';

/** 42 U.S.C. 1983 against the individual state or local officer (LAW.md §1.1), with immunity on top. */

const sorted = (xs: readonly string[]) => [...xs].sort();

/** A North Charleston officer shoots a fleeing, unarmed man in the back (Walter Scott, LAW.md §6 M5). */
const scott = (officer: string, findings: string) => `
  id: walter-scott-2015
  title: Walter Scott, North Charleston
  date: 2015-04-04
  place: { state: SC, locality: North Charleston }
  officer: ${officer}
  conduct: { force: [firearm], deadlyForce: true, claims: [excessive-force] }
  harm: death
  findings: ${findings}
`;

describe('42 U.S.C. 1983: the damages action against a state or local officer', () => {
  it('an off-duty local officer in a private quarrel, not under color of law, cannot be sued under § 1983, whatever the findings', () => {
    const suit = evaluateYaml(
      current,
      `
      id: off-duty-bar-fight
      title: An off-duty officer punches a man in a bar over a personal dispute
      date: 2018-11-03
      place: { state: IL, locality: Chicago }
      officer: { employer: local, role: police, underColorOfLaw: false }
      conduct: { force: [bodily-force], claims: [excessive-force] }
      harm: injury
    `,
    ).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-color-of-law');
    expect(suit.needs).toEqual([]);
    expect(ruleIdsOf(suit)).toEqual(['officer-suit.state-or-local-officer', 'usc-42-1983.color-of-law']);
    expect(suit.reasons[1]?.cite).toBe('42 U.S.C. 1983');
  });

  it('a court may grant immunity on prong two without deciding whether a right was violated (Pearson v. Callahan)', () => {
    const suit = evaluateYaml(
      current,
      scott(
        '{ employer: local, role: police, underColorOfLaw: true }',
        '{ clearlyEstablished: false, obviousViolation: false }',
      ),
    ).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('qualified-immunity');
    expect(suit.needs).toEqual([]);
    expect(ruleIdsOf(suit)).toContain('pearson-v-callahan.prong-two-first');
  });

  it('when no federal right was violated there is nothing to sue on, even under clearly established law', () => {
    const suit = evaluateYaml(
      current,
      scott(
        '{ employer: local, role: police, underColorOfLaw: true }',
        '{ rightViolated: false, clearlyEstablished: true }',
      ),
    ).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-violation');
    expect(ruleIdsOf(suit)).toContain('usc-42-1983.deprivation-of-right');
  });

  it('the officer who shot Walter Scott in the back, a clearly established violation, is liable to the party injured', () => {
    const suit = evaluateYaml(
      current,
      scott(
        '{ employer: local, role: police, underColorOfLaw: true }',
        '{ rightViolated: true, clearlyEstablished: true, obviousViolation: false }',
      ),
    ).routes.officerSuit;
    expect(suit.status).toBe('available');
    expect(suit.blockedBy).toBeNull();
    expect(suit.needs).toEqual([]);
    expect(ruleIdsOf(suit)).toContain('usc-42-1983.liable');
    expect(suit.reasons.find((r) => r.rule === 'usc-42-1983.liable')?.value).toBe('available');
  });

  it('a state trooper is a state actor and is sued under § 1983 like a local officer', () => {
    const suit = evaluateYaml(
      current,
      scott(
        '{ employer: state, role: police, underColorOfLaw: true }',
        '{ rightViolated: true, clearlyEstablished: true }',
      ),
    ).routes.officerSuit;
    expect(suit.status).toBe('available');
    expect(ruleIdsOf(suit)).toEqual([
      'officer-suit.state-or-local-officer',
      'usc-42-1983.liable',
      'harlow-v-fitzgerald.clearly-established',
    ]);
  });

  it('when it is not known whether the officer acted under color of law, that alone is asked', () => {
    const suit = evaluateYaml(
      current,
      scott('{ employer: local, role: police }', '{ rightViolated: true, clearlyEstablished: true }'),
    ).routes.officerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['officer.underColorOfLaw']);
    expect(ruleIdsOf(suit)).toContain('usc-42-1983.color-of-law');
  });

  it('when the right was clearly established but no one has found it violated, prong one is asked', () => {
    const suit = evaluateYaml(
      current,
      scott('{ employer: local, role: police, underColorOfLaw: true }', '{ clearlyEstablished: true }'),
    ).routes.officerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['findings.rightViolated']);
    expect(ruleIdsOf(suit)).toContain('usc-42-1983.deprivation-of-right');
  });

  it('with both color of law and the violation open, both are asked and nothing else', () => {
    const suit = evaluateYaml(
      current,
      scott('{ employer: local }', '{ clearlyEstablished: true, obviousViolation: false }'),
    ).routes.officerSuit;
    expect(suit.status).toBe('undetermined');
    expect(sorted(suit.needs)).toEqual(['findings.rightViolated', 'officer.underColorOfLaw']);
  });
});

describe('42 U.S.C. 1983: dates the law does not reach (the Civil Rights Act of 1871)', () => {
  const at = (date: string) =>
    scott(
      '{ employer: local, role: police, underColorOfLaw: true }',
      '{ rightViolated: true, obviousViolation: true }',
    ).replace('date: 2015-04-04', `date: ${date}`);

  it('an 1850 beating by a town constable: § 1983 did not exist yet, so the officer suit is not in force', () => {
    const suit = evaluateYaml(current, at('1850-06-01')).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('not-in-force');
    expect(suit.decidedBy).toBe('usc-42-1983.before-enactment');
    expect(suit.cite).toBe('Civil Rights Act of 1871, § 1, 17 Stat. 13');
    expect(ruleIdsOf(suit)).toEqual(['officer-suit.state-or-local-officer', 'usc-42-1983.before-enactment']);
  });

  it('in 1871 the source gives the year, not the day: undetermined, and UNCONFIRMED', () => {
    const suit = evaluateYaml(current, at('1871-06-01')).routes.officerSuit;
    expect(suit.status).toBe('undetermined');
    const open = suit.reasons.find((r) => r.rule === 'usc-42-1983.before-enactment-year-unknown-day');
    expect(open?.unconfirmed).toMatch(/1871/);
    expect(evaluateYaml(current, at('1872-01-01')).routes.officerSuit.status).toBe('available');
  });

  it('a proposal amending § 1983 as if in force does not reach back before the statute: H.R. 1280 in 1850 is not in force either', () => {
    const suit = evaluateYaml(regimeById('gfjpa-2021'), at('1850-06-01')).routes.officerSuit;
    expect(suit.blockedBy).toBe('not-in-force');
  });
});
