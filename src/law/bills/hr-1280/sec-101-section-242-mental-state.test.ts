import { describe, expect, it } from 'vitest';
import { current } from '../../regimes.js';
import { decideYaml, evaluateYaml, regimeById, ruleIdsOf } from '../../testkit.js';

/**
 * H.R. 1280 § 101 (LAW.md §2.3, §0 E1): in 18 U.S.C. 242 "willfully" becomes "knowingly or
 * recklessly", and the death penalty is struck. Fair warning (Lanier) is constitutional and stays.
 */

const GFJPA = regimeById('gfjpa-2021');

/** A county deputy beats a handcuffed man in a holding cell; the right was clearly established. */
const beating = (o: { mentalState: string; harm: string; date?: string; clearlyEstablished?: boolean }) => `
  id: holding-cell-beating
  title: A deputy beats a handcuffed detainee
  date: ${o.date ?? '2019-05-02'}
  place: { state: GA, locality: Baker County }
  officer: { employer: local, role: police, underColorOfLaw: true }
  conduct: { force: [bodily-force, impact-weapon], claims: [excessive-force] }
  harm: ${o.harm}
  findings: { rightViolated: true, clearlyEstablished: ${o.clearlyEstablished ?? true}, obviousViolation: false, mentalState: ${o.mentalState} }
`;

describe('H.R. 1280 § 101: "knowingly or recklessly" replaces "willfully" in 18 U.S.C. 242', () => {
  it('a deputy who beat a handcuffed man recklessly cannot be charged today, for want of specific intent', () => {
    const route = evaluateYaml(current, beating({ mentalState: 'reckless', harm: 'serious-injury' })).routes
      .federalProsecution;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('mental-state');
    expect(route.decidedBy).toBe('screws-v-united-states.recklessness-not-willful');
    expect(ruleIdsOf(route)).toContain('screws-v-united-states.recklessness-not-willful');
  });

  it('under H.R. 1280 the same reckless beating can be charged, with ten years as the ceiling', () => {
    const result = evaluateYaml(GFJPA, beating({ mentalState: 'reckless', harm: 'serious-injury' }));
    expect(result.hypothetical).toBe(true);
    const route = result.routes.federalProsecution;
    expect(route.status).toBe('available');
    expect(route.blockedBy).toBeNull();
    expect(route.maxPenalty).toBe('10y');
    expect(route.reasons).toContainEqual(
      expect.objectContaining({
        rule: 'hr-1280.sec-101.recklessly',
        definition: 'section242.mentalStateMet',
        cite: 'H.R. 1280 (117th Cong.) § 101, amending 18 U.S.C. 242',
        value: true,
        provision: 'hr-1280-sec-101',
      }),
    );
    expect(ruleIdsOf(route)).not.toContain('screws-v-united-states.specific-intent');
    expect(ruleIdsOf(route)).not.toContain('screws-v-united-states.recklessness-not-willful');
  });

  it('knowing conduct meets the new standard, as it meets "willfully" today (§0 E1), each by its own rule', () => {
    expect(
      decideYaml(GFJPA, beating({ mentalState: 'knowing', harm: 'injury' }), 'section242.mentalStateMet'),
    ).toEqual({ value: true, rule: 'hr-1280.sec-101.knowingly-or-recklessly', needs: [] });
    expect(
      decideYaml(current, beating({ mentalState: 'knowing', harm: 'injury' }), 'section242.mentalStateMet'),
    ).toEqual({ value: true, rule: 'screws-v-united-states.specific-intent', needs: [] });
  });

  it('negligence is still not enough: the charge stays blocked on the mental state, decided and cited by § 101, not by Screws', () => {
    const route = evaluateYaml(GFJPA, beating({ mentalState: 'negligent', harm: 'injury' })).routes
      .federalProsecution;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('mental-state');
    expect(route.decidedBy).toBe('hr-1280.sec-101.knowingly-or-recklessly');
    expect(route.cite).toBe('H.R. 1280 (117th Cong.) § 101, amending 18 U.S.C. 242');
    const today = evaluateYaml(current, beating({ mentalState: 'negligent', harm: 'injury' })).routes
      .federalProsecution;
    expect(today.decidedBy).toBe('screws-v-united-states.specific-intent');
    expect(today.cite).toContain('Screws v. United States');
  });

  it('the fair-warning requirement stays: reckless conduct without clearly established law or an obvious violation is still not chargeable', () => {
    const route = evaluateYaml(
      GFJPA,
      beating({ mentalState: 'reckless', harm: 'injury', clearlyEstablished: false }),
    ).routes.federalProsecution;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('fair-warning');
    expect(ruleIdsOf(route)).toContain('united-states-v-lanier.fair-warning');
  });

  it('when the mental state is unknown, it is the question under the bill as under the law in force', () => {
    const yaml = beating({ mentalState: 'null', harm: 'injury' });
    expect(evaluateYaml(GFJPA, yaml).routes.federalProsecution.needs).toEqual(['findings.mentalState']);
    expect(evaluateYaml(current, yaml).routes.federalProsecution.needs).toEqual(['findings.mentalState']);
  });
});

describe('H.R. 1280 § 101: no death penalty under 18 U.S.C. 242', () => {
  it('when death results from a purposeful beating, the law in force allows a death sentence', () => {
    const route = evaluateYaml(current, beating({ mentalState: 'purpose', harm: 'death' })).routes
      .federalProsecution;
    expect(route.status).toBe('available');
    expect(route.maxPenalty).toBe('death');
    expect(
      decideYaml(current, beating({ mentalState: 'purpose', harm: 'death' }), 'section242.maxPenalty').rule,
    ).toBe('usc-18-242.death-results');
  });

  it('under H.R. 1280 the ceiling when death results is life imprisonment', () => {
    const yaml = beating({ mentalState: 'purpose', harm: 'death' });
    expect(evaluateYaml(GFJPA, yaml).routes.federalProsecution.maxPenalty).toBe('life');
    expect(decideYaml(GFJPA, yaml, 'section242.maxPenalty')).toEqual({
      value: 'life',
      rule: 'hr-1280.sec-101.no-death-penalty',
      needs: [],
    });
  });

  it('the lower tiers are untouched: bodily injury still carries ten years', () => {
    const yaml = beating({ mentalState: 'purpose', harm: 'injury' });
    expect(decideYaml(GFJPA, yaml, 'section242.maxPenalty')).toEqual({
      value: '10y',
      rule: 'usc-18-242.bodily-injury-or-weapon',
      needs: [],
    });
  });

  it('as a proposal it applies as if in force whatever the date: a 1995 killing is capped at life', () => {
    const yaml = beating({ mentalState: 'reckless', harm: 'death', date: '1995-03-10' });
    const proposal = evaluateYaml(GFJPA, yaml);
    expect(proposal.hypothetical).toBe(true);
    expect(proposal.routes.federalProsecution.status).toBe('available');
    expect(proposal.routes.federalProsecution.maxPenalty).toBe('life');
    const law = evaluateYaml(current, yaml);
    expect(law.hypothetical).toBe(false);
    expect(law.routes.federalProsecution.status).toBe('unavailable');
    expect(law.routes.federalProsecution.maxPenalty).toBe('death');
  });

  it('it strikes the death penalty of the 1994 text only: a 1985 killing keeps the ceiling of its day, life, and Screws’s 1943 killing one year', () => {
    const killing1985 = beating({ mentalState: 'reckless', harm: 'death', date: '1985-06-01' });
    expect(decideYaml(GFJPA, killing1985, 'section242.maxPenalty')).toEqual({
      value: 'life',
      rule: 'usc-18-242.death-results-1968',
      needs: [],
    });
    const killing1943 = beating({ mentalState: 'reckless', harm: 'death', date: '1943-01-01' });
    expect(evaluateYaml(GFJPA, killing1943).routes.federalProsecution.maxPenalty).toBe('1y');
    expect(evaluateYaml(current, killing1943).routes.federalProsecution.maxPenalty).toBe('1y');
  });
});
