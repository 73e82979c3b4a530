import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml, ruleIdsOf } from '../testkit.js';

/** Qualified immunity (LAW.md §1.2): Harlow's clearly-established test and the obvious-case exception. */

const shields = (yaml: string) => decideYaml(current, yaml, 'qualifiedImmunity.shields');

/** A Tucson officer shoots a woman holding a kitchen knife near another woman (Kisela v. Hughes). */
const kisela = (findings: string) => `
  id: kisela-v-hughes
  title: Amy Hughes, Tucson
  date: 2010-05-21
  place: { state: AZ, locality: Tucson }
  officer: { employer: local, role: police, underColorOfLaw: true }
  conduct: { force: [firearm], deadlyForce: true, claims: [excessive-force] }
  harm: serious-injury
  findings: ${findings}
`;

/** A Texas inmate held six days in feces-covered and sewage-flooded cells (Taylor v. Riojas). */
const taylor = (findings: string) => `
  id: taylor-v-riojas
  title: Trent Taylor, Montford Psychiatric Unit
  date: 2013-09-06
  place: { state: TX }
  officer: { employer: state, role: corrections, underColorOfLaw: true }
  conduct: { claims: [conditions-of-confinement] }
  harm: injury
  findings: ${findings}
`;

describe('qualified immunity (Harlow v. Fitzgerald; Hope v. Pelzer)', () => {
  it('prison guards who kept an inmate six days in a sewage-flooded cell get no immunity though no case matched: the violation was obvious (Taylor v. Riojas)', () => {
    const yaml = taylor('{ rightViolated: true, clearlyEstablished: false, obviousViolation: true }');
    const suit = evaluateYaml(current, yaml).routes.officerSuit;
    expect(suit.status).toBe('available');
    expect(suit.blockedBy).toBeNull();
    expect(suit.needs).toEqual([]);
    expect(ruleIdsOf(suit)).toContain('hope-v-pelzer.obvious-violation');
    expect(ruleIdsOf(suit)).toContain('usc-42-1983.liable');
    expect(shields(yaml)).toEqual({ value: false, rule: 'hope-v-pelzer.obvious-violation', needs: [] });
  });

  it('an officer who shot a woman holding a knife is immune where no controlling case with materially similar facts existed (Kisela v. Hughes)', () => {
    const yaml = kisela('{ rightViolated: true, clearlyEstablished: false, obviousViolation: false }');
    const suit = evaluateYaml(current, yaml).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('qualified-immunity');
    expect(ruleIdsOf(suit)).toEqual([
      'officer-suit.state-or-local-officer',
      'pearson-v-callahan.prong-two-first',
      'harlow-v-fitzgerald.clearly-established',
    ]);
    const harlow = suit.reasons.find((r) => r.rule === 'harlow-v-fitzgerald.clearly-established');
    expect(harlow?.value).toBe(true);
    expect(harlow?.cite).toContain('Harlow v. Fitzgerald, 457 U.S. 800 (1982)');
    expect(shields(yaml)).toEqual({
      value: true,
      rule: 'harlow-v-fitzgerald.clearly-established',
      needs: [],
    });
  });

  it('the same shooting can be sued on when the right was clearly established at the time', () => {
    const yaml = kisela('{ rightViolated: true, clearlyEstablished: true, obviousViolation: false }');
    const suit = evaluateYaml(current, yaml).routes.officerSuit;
    expect(suit.status).toBe('available');
    expect(suit.blockedBy).toBeNull();
    expect(shields(yaml)).toEqual({
      value: false,
      rule: 'harlow-v-fitzgerald.clearly-established',
      needs: [],
    });
  });

  it('when the violation was not obvious and no one has said whether the right was clearly established, that is the one question left', () => {
    const suit = evaluateYaml(current, kisela('{ rightViolated: true, obviousViolation: false }')).routes
      .officerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.blockedBy).toBeNull();
    expect(suit.needs).toEqual(['findings.clearlyEstablished']);
    expect(ruleIdsOf(suit)).toContain('harlow-v-fitzgerald.clearly-established');
  });

  it('when no precedent was clearly established, only whether the violation was obvious decides the immunity', () => {
    const yaml = kisela('{ rightViolated: true, clearlyEstablished: false }');
    const suit = evaluateYaml(current, yaml).routes.officerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['findings.obviousViolation']);
    expect(ruleIdsOf(suit)).toContain('hope-v-pelzer.obvious-violation');
    expect(shields(yaml).needs).toEqual(['findings.obviousViolation']);
  });

  it('whether the violation was obvious does not matter once the right was clearly established', () => {
    const suit = evaluateYaml(current, kisela('{ rightViolated: true, clearlyEstablished: true }')).routes
      .officerSuit;
    expect(suit.status).toBe('available');
    expect(suit.needs).toEqual([]);
  });

  it('whether the right was clearly established does not matter once the violation was obvious', () => {
    const suit = evaluateYaml(current, taylor('{ rightViolated: true, obviousViolation: true }')).routes
      .officerSuit;
    expect(suit.status).toBe('available');
    expect(suit.needs).toEqual([]);
  });

  it('as judge-made doctrine it is applied as courts apply it today, even to a 1961 arrest decided before Harlow (Pierson v. Ray)', () => {
    const suit = evaluateYaml(
      current,
      `
      id: pierson-v-ray
      title: Clergy arrested at the Jackson bus terminal
      date: 1961-09-13
      place: { state: MS, locality: Jackson }
      officer: { employer: local, role: police, underColorOfLaw: true }
      conduct: { claims: [false-arrest] }
      findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false }
    `,
    ).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('qualified-immunity');
    expect(ruleIdsOf(suit)).toContain('harlow-v-fitzgerald.clearly-established');
  });

  it('the immunity protects the officer, not the city whose own policy caused the violation', () => {
    const result = evaluateYaml(
      current,
      `
      id: city-policy-no-precedent
      date: 2019-03-02
      place: { state: OH }
      officer: { employer: local, role: police, underColorOfLaw: true }
      agency: { policyOrCustomCaused: true }
      conduct: { claims: [excessive-force] }
      findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false }
    `,
    );
    expect(result.routes.officerSuit.blockedBy).toBe('qualified-immunity');
    expect(result.routes.employerSuit.status).toBe('available');
    expect(ruleIdsOf(result.routes.employerSuit)).not.toContain('harlow-v-fitzgerald.clearly-established');
  });
});
