import { describe, expect, it } from 'vitest';
import { current, REGIMES } from '../regimes.js';
import { decideYaml, evaluateYaml, ruleIdsOf } from '../testkit.js';

/**
 * New Mexico Civil Rights Act, HB 4 (LAW.md §5.2): claims against the public body (of every kind),
 * no qualified immunity, damages capped at $2 million; in force from 1 July 2021, and claims from
 * acts before then cannot be brought. Tested under the law in force and under the proposals.
 */

const CITE = 'NMSA 1978, §§ 41-4A-1 to -13 (New Mexico Civil Rights Act, HB 4, Laws 2021, ch. 119)';

/** Albuquerque police tackle and arrest a man filming them from the sidewalk. */
const albuquerque = (
  o: {
    date?: string;
    state?: string;
    locality?: string;
    employer?: string;
    role?: string;
    underColorOfLaw?: string;
    rightViolated?: string;
  } = {},
) => `
  id: albuquerque-sidewalk-arrest
  title: Albuquerque police tackle and arrest a man filming them
  date: ${o.date ?? '2021-09-10'}
  place: { state: ${o.state ?? 'NM'}, locality: ${o.locality ?? 'Albuquerque'} }
  officer: { employer: ${o.employer ?? 'local'}, role: ${o.role ?? 'police'}, underColorOfLaw: ${o.underColorOfLaw ?? 'true'} }
  conduct: { force: [bodily-force], claims: [false-arrest, excessive-force, speech-retaliation] }
  harm: injury
  findings: { rightViolated: ${o.rightViolated ?? 'true'}, clearlyEstablished: false, obviousViolation: false }
`;

describe('New Mexico Civil Rights Act: a claim against the public body, without qualified immunity', () => {
  it('the man can sue the city under the Act though the officers would get qualified immunity in federal court', () => {
    const result = evaluateYaml(current, albuquerque());
    expect(result.routes.officerSuit).toMatchObject({
      status: 'unavailable',
      blockedBy: 'qualified-immunity',
    });
    const suit = result.routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.decidedBy).toBe('nm-hb4-2021.no-qualified-immunity');
    expect(suit.cite).toBe(CITE);
    expect(suit.reasons[0]).toMatchObject({
      rule: 'nm-hb4-2021.civil-action',
      definition: 'stateSuit',
      cite: CITE,
      value: 'available',
      provision: 'nm-hb4-2021',
    });
    expect(ruleIdsOf(suit)).toContain('nm-hb4-2021.no-qualified-immunity');
  });

  it('the defendant is the public body, damages are capped at $2 million, and the officer pays nothing', () => {
    const suit = evaluateYaml(current, albuquerque()).routes.stateSuit;
    expect(suit.defendant).toBe('public-body');
    expect(suit.damagesCapUsd).toBe(2_000_000);
    expect(suit.officerPays).toBe('none');
    expect(decideYaml(current, albuquerque(), 'stateSuit.defendant').rule).toBe('nm-hb4-2021.defendant');
    expect(decideYaml(current, albuquerque(), 'stateSuit.damagesCapUsd')).toEqual({
      value: 2_000_000,
      rule: 'nm-hb4-2021.damages-cap',
      needs: [],
    });
    expect(decideYaml(current, albuquerque(), 'stateSuit.officerPays')).toEqual({
      value: 'none',
      rule: 'nm-hb4-2021.officer-pays',
      needs: [],
    });
  });

  it('the Act reaches every public body: a state prison guard’s conduct engages the State', () => {
    const suit = evaluateYaml(current, albuquerque({ employer: 'state', role: 'corrections' })).routes
      .stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.defendant).toBe('public-body');
  });

  it('acts outside the authority of a public body are not covered', () => {
    const suit = evaluateYaml(current, albuquerque({ underColorOfLaw: 'false' })).routes.stateSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'no-color-of-law' });
    expect(suit.decidedBy).toBe('nm-hb4-2021.color-of-authority');
  });

  it('without a deprivation of rights under the state bill of rights there is no claim', () => {
    const suit = evaluateYaml(current, albuquerque({ rightViolated: 'false' })).routes.stateSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'no-violation' });
    expect(suit.decidedBy).toBe('nm-hb4-2021.deprivation');
  });

  it('a federal agency is not a New Mexico public body', () => {
    expect(evaluateYaml(current, albuquerque({ employer: 'federal' })).routes.stateSuit.status).toBe(
      'not-applicable',
    );
  });
});

describe('New Mexico Civil Rights Act applies in New Mexico from 1 July 2021', () => {
  it('not to an arrest on 30 June 2021: claims from acts before the Act cannot be brought', () => {
    const suit = evaluateYaml(current, albuquerque({ date: '2021-06-30' })).routes.stateSuit;
    expect(suit.status).toBe('not-applicable');
    expect(suit.defendant).toBeNull();
    expect(suit.damagesCapUsd).toBeNull();
  });

  it('to an arrest on 1 July 2021, the day it took effect', () => {
    expect(evaluateYaml(current, albuquerque({ date: '2021-07-01' })).routes.stateSuit).toMatchObject({
      status: 'available',
      defendant: 'public-body',
      damagesCapUsd: 2_000_000,
    });
  });

  it('not in another state: the same arrest in Phoenix has no state action', () => {
    expect(
      evaluateYaml(current, albuquerque({ state: 'AZ', locality: 'Phoenix' })).routes.stateSuit.status,
    ).toBe('not-applicable');
  });

  it('under every proposal it still applies by place and date', () => {
    for (const [id, regime] of REGIMES) {
      expect(evaluateYaml(regime, albuquerque()).routes.stateSuit.damagesCapUsd, id).toBe(2_000_000);
      expect(evaluateYaml(regime, albuquerque({ date: '2021-06-30' })).routes.stateSuit.status, id).toBe(
        'not-applicable',
      );
    }
  });
});
