import { describe, expect, it } from 'vitest';
import { current, REGIMES } from '../regimes.js';
import { decideYaml, evaluateYaml, ruleIdsOf } from '../testkit.js';

/**
 * Colorado SB 20-217, C.R.S. § 13-21-131 (LAW.md §5.1): a state civil action against the peace
 * officer; "qualified immunity is not a defense"; the employer indemnifies, except 5% or $25,000
 * (whichever is less) for an officer who did not act in good faith, and no indemnity for a
 * convicted officer. Good faith decides who pays, not liability. In force from 19 June 2020.
 */

const CITE = 'C.R.S. § 13-21-131 (Colorado SB 20-217, 2020)';

/**
 * Aurora officers stop a young man walking home, take him down and put him in a carotid hold (the
 * Elijah McClain facts, LAW.md §7.2), on the given date; no precedent had materially similar facts.
 */
const aurora = (
  o: {
    date?: string;
    state?: string;
    locality?: string;
    employer?: string;
    role?: string;
    underColorOfLaw?: string;
    goodFaithBelief?: string;
    convicted?: string;
    rightViolated?: string;
  } = {},
) => `
  id: aurora-carotid-hold
  title: Aurora officers stop and restrain a young man walking home
  date: ${o.date ?? '2020-08-24'}
  place: { state: ${o.state ?? 'CO'}, locality: ${o.locality ?? 'Aurora'} }
  officer: { employer: ${o.employer ?? 'local'}, role: ${o.role ?? 'police'}, underColorOfLaw: ${o.underColorOfLaw ?? 'true'}, goodFaithBelief: ${o.goodFaithBelief ?? 'false'}, convictedForConduct: ${o.convicted ?? 'false'} }
  conduct: { force: [carotid-restraint, bodily-force], claims: [excessive-force, unlawful-seizure] }
  harm: death
  findings: { rightViolated: ${o.rightViolated ?? 'true'}, clearlyEstablished: false, obviousViolation: false }
`;

describe('Colorado SB 20-217: a civil action against the peace officer, without qualified immunity', () => {
  it('the Aurora officers get qualified immunity in a federal suit, but the Colorado action lies against them', () => {
    const result = evaluateYaml(current, aurora());
    expect(result.hypothetical).toBe(false);
    expect(result.routes.officerSuit).toMatchObject({
      status: 'unavailable',
      blockedBy: 'qualified-immunity',
    });
    const suit = result.routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.blockedBy).toBeNull();
    expect(suit.decidedBy).toBe('co-sb20-217.no-qualified-immunity');
    expect(suit.cite).toBe(CITE);
    expect(suit.reasons[0]).toMatchObject({
      rule: 'co-sb20-217.civil-action',
      definition: 'stateSuit',
      cite: CITE,
      value: 'available',
      provision: 'co-sb20-217',
    });
    expect(ruleIdsOf(suit)).toContain('co-sb20-217.no-qualified-immunity');
  });

  it('the action is against the officer, with no statutory cap', () => {
    const suit = evaluateYaml(current, aurora()).routes.stateSuit;
    expect(suit.defendant).toBe('officer');
    expect(suit.damagesCapUsd).toBeNull();
    expect(decideYaml(current, aurora(), 'stateSuit.defendant')).toEqual({
      value: 'officer',
      rule: 'co-sb20-217.defendant',
      needs: [],
    });
  });

  it('an officer acting under color of law is required: an off-duty private act is not covered', () => {
    const suit = evaluateYaml(current, aurora({ underColorOfLaw: 'false' })).routes.stateSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'no-color-of-law' });
    expect(suit.decidedBy).toBe('co-sb20-217.color-of-law');
  });

  it('without a deprivation of rights there is no claim', () => {
    const suit = evaluateYaml(current, aurora({ rightViolated: 'false' })).routes.stateSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'no-violation' });
    expect(suit.decidedBy).toBe('co-sb20-217.deprivation');
  });

  it('a state trooper is a peace officer too; a federal agent in Colorado is not', () => {
    expect(evaluateYaml(current, aurora({ employer: 'state' })).routes.stateSuit.status).toBe('available');
    expect(evaluateYaml(current, aurora({ employer: 'federal' })).routes.stateSuit).toMatchObject({
      status: 'not-applicable',
      decidedBy: 'state-suit.no-state-civil-rights-act',
    });
  });
});

describe('Colorado SB 20-217: who pays', () => {
  it('an officer who did not act in good faith pays 5% of the judgment or $25,000, whichever is less', () => {
    expect(evaluateYaml(current, aurora({ goodFaithBelief: 'false' })).routes.stateSuit.officerPays).toBe(
      'lesser-of-5-percent-or-25000',
    );
    expect(decideYaml(current, aurora({ goodFaithBelief: 'false' }), 'stateSuit.officerPays').rule).toBe(
      'co-sb20-217.personal-share',
    );
  });

  it('an officer who acted in good faith is indemnified in full: good faith decides who pays, not liability', () => {
    const suit = evaluateYaml(current, aurora({ goodFaithBelief: 'true' })).routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.officerPays).toBe('none');
    expect(decideYaml(current, aurora({ goodFaithBelief: 'true' }), 'stateSuit.officerPays').rule).toBe(
      'co-sb20-217.indemnified',
    );
  });

  it('an officer criminally convicted for the conduct is not indemnified, the employer not being a causal factor', () => {
    const yaml = aurora({ goodFaithBelief: 'false', convicted: 'true' }).replace(
      '  conduct:',
      '  agency: { employerCausalFactor: false }\n  conduct:',
    );
    expect(evaluateYaml(current, yaml).routes.stateSuit.officerPays).toBe('not-indemnified');
    expect(decideYaml(current, yaml, 'stateSuit.officerPays')).toEqual({
      value: 'not-indemnified',
      rule: 'co-sb20-217.conviction-carve-out',
      needs: [],
    });
  });

  it('when good faith is unknown, who pays is the question, not whether the officer is liable', () => {
    const suit = evaluateYaml(current, aurora({ goodFaithBelief: 'null' })).routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.officerPays).toBeNull();
    expect(decideYaml(current, aurora({ goodFaithBelief: 'null' }), 'stateSuit.officerPays').needs).toEqual([
      'officer.goodFaithBelief',
    ]);
  });
});

describe('Colorado SB 20-217 applies in Colorado from 19 June 2020', () => {
  it('not to a restraint on 18 June 2020, the day before it was signed', () => {
    const suit = evaluateYaml(current, aurora({ date: '2020-06-18' })).routes.stateSuit;
    expect(suit.status).toBe('not-applicable');
    expect(suit.defendant).toBeNull();
    expect(suit.officerPays).toBeNull();
  });

  it('to a restraint on 19 June 2020, the day it was signed', () => {
    const suit = evaluateYaml(current, aurora({ date: '2020-06-19' })).routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.defendant).toBe('officer');
  });

  it('not to Elijah McClain’s own restraint (August 2019), before the law', () => {
    expect(evaluateYaml(current, aurora({ date: '2019-08-24' })).routes.stateSuit.status).toBe(
      'not-applicable',
    );
  });

  it('not in another state: the same restraint in Utah in 2021 has no state action', () => {
    expect(
      evaluateYaml(current, aurora({ state: 'UT', locality: 'Salt Lake City', date: '2021-08-24' })).routes
        .stateSuit.status,
    ).toBe('not-applicable');
  });

  it('under every proposal it still applies by place and date: the proposals sit on top of state law', () => {
    for (const [id, regime] of REGIMES) {
      expect(evaluateYaml(regime, aurora()).routes.stateSuit.status, id).toBe('available');
      expect(evaluateYaml(regime, aurora({ date: '2020-06-18' })).routes.stateSuit.status, id).toBe(
        'not-applicable',
      );
    }
  });
});
