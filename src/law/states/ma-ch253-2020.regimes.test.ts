import { describe, expect, it } from 'vitest';
import { current, REGIMES } from '../regimes.js';
import { decideYaml, evaluateYaml, regimeById, ruleIdsOf } from '../testkit.js';

/**
 * Massachusetts, Chapter 253 of the Acts of 2020 (LAW.md §5.5), signed 31 December 2020: no
 * qualified immunity for claims against officers based on conduct they were decertified for (the
 * Civil Rights Act's threats element is not encoded), and chokeholds banned.
 */

const CITE = 'Mass. Acts 2020, ch. 253';
const CHOKEHOLD_CITE = 'M.G.L. c. 6E § 14 (Mass. Acts 2020, ch. 253); 555 CMR 6.05(2)';

/** A Springfield officer chokes a handcuffed teenager; the POST Commission later decertifies him for it. */
const springfield = (
  o: {
    date?: string;
    state?: string;
    locality?: string;
    employer?: string;
    decertified?: string;
    rightViolated?: string;
    deadlyForceAuthorized?: string;
    chokeholdRule?: string;
  } = {},
) => `
  id: springfield-chokehold
  title: A Springfield officer chokes a handcuffed teenager
  date: ${o.date ?? '2021-05-14'}
  place: { state: ${o.state ?? 'MA'}, locality: ${o.locality ?? 'Springfield'} }
  officer: { employer: ${o.employer ?? 'local'}, role: police, underColorOfLaw: true, decertifiedForConduct: ${o.decertified ?? 'true'} }
  agency: { receivesByrneJag: true, chokeholdRule: ${o.chokeholdRule ?? 'law-deadly-force-exception'} }
  conduct: { force: [chokehold], deadlyForceAuthorized: ${o.deadlyForceAuthorized ?? 'false'}, claims: [excessive-force] }
  harm: injury
  findings: { rightViolated: ${o.rightViolated ?? 'true'}, clearlyEstablished: false, obviousViolation: false }
`;

describe('Massachusetts ch. 253: no qualified immunity for conduct the officer was decertified for', () => {
  it('the decertified officer’s suit loses the immunity, but the threats element is not encoded, so the route stays open', () => {
    const suit = evaluateYaml(current, springfield()).routes.stateSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual([]);
    expect(suit.reasons[0]).toMatchObject({
      rule: 'ma-ch253-2020.decertified-conduct',
      definition: 'stateSuit',
      cite: CITE,
      provision: 'ma-ch253-2020',
    });
    expect(ruleIdsOf(suit)).toContain('ma-ch253-2020.threats-element-not-encoded');
  });

  it('the claim is against the officer', () => {
    expect(evaluateYaml(current, springfield()).routes.stateSuit.defendant).toBe('officer');
    expect(decideYaml(current, springfield(), 'stateSuit.defendant')).toEqual({
      value: 'officer',
      rule: 'ma-ch253-2020.defendant',
      needs: [],
    });
  });

  it('without a deprivation of rights there is no claim', () => {
    const suit = evaluateYaml(current, springfield({ rightViolated: 'false' })).routes.stateSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'no-violation' });
    expect(suit.decidedBy).toBe('ma-ch253-2020.deprivation');
  });

  it('an officer who was not decertified keeps the immunity: the Act gives no route', () => {
    const suit = evaluateYaml(current, springfield({ decertified: 'false' })).routes.stateSuit;
    expect(suit.status).toBe('not-applicable');
    expect(suit.defendant).toBeNull();
  });
});

describe('Massachusetts ch. 253: chokeholds banned', () => {
  it('the officer’s chokehold is prohibited by state law and breaches it', () => {
    expect(evaluateYaml(current, springfield()).tactics).toEqual([
      expect.objectContaining({
        tactic: 'chokehold',
        rule: 'prohibited',
        breached: true,
        cite: CHOKEHOLD_CITE,
      }),
    ]);
    expect(decideYaml(current, springfield(), 'tactics.chokehold.rule').rule).toBe(
      'ma-ch253-2020.chokehold-ban',
    );
  });

  it('a state trooper is bound too; a federal agent in Massachusetts is not', () => {
    expect(decideYaml(current, springfield({ employer: 'state' }), 'tactics.chokehold.rule').rule).toBe(
      'ma-ch253-2020.chokehold-ban',
    );
    expect(decideYaml(current, springfield({ employer: 'federal' }), 'tactics.chokehold.rule').rule).not.toBe(
      'ma-ch253-2020.chokehold-ban',
    );
  });

  it('under H.R. 1280 the state ban stays what the tactic shows, and it is the law the grant condition asks for', () => {
    // The agency reports a law with a deadly-force exception; Massachusetts' own ban, which binds
    // every agency in the Commonwealth, states none, and it is what the condition reads.
    const result = evaluateYaml(regimeById('gfjpa-2021'), springfield());
    expect(result.tactics[0]).toMatchObject({ rule: 'prohibited', cite: CHOKEHOLD_CITE });
    expect(result.funding.find((f) => f.grant === 'byrne-jag')?.atRisk).toBe(false);
  });
});

describe('Massachusetts ch. 253 applies in Massachusetts from 31 December 2020', () => {
  it('not on 30 December 2020, the day before it was signed: no state action, and the chokehold only an EO 13929 condition', () => {
    const result = evaluateYaml(current, springfield({ date: '2020-12-30' }));
    expect(result.routes.stateSuit.status).toBe('not-applicable');
    expect(result.tactics[0]).toMatchObject({ rule: 'funding-condition' });
  });

  it('on 31 December 2020, the day it was signed', () => {
    const result = evaluateYaml(current, springfield({ date: '2020-12-31' }));
    expect(result.routes.stateSuit.status).toBe('undetermined');
    expect(result.tactics[0]).toMatchObject({ rule: 'prohibited' });
  });

  it('not in another state: the same chokehold in Hartford is not banned by Massachusetts law', () => {
    const result = evaluateYaml(current, springfield({ state: 'CT', locality: 'Hartford' }));
    expect(result.tactics[0]?.rule).not.toBe('prohibited');
    expect(ruleIdsOf(result.routes.stateSuit)).not.toContain('ma-ch253-2020.decertified-conduct');
  });

  it('under every proposal it still applies by place and date', () => {
    for (const [id, r] of REGIMES) {
      expect(evaluateYaml(r, springfield()).tactics[0]?.rule, id).toBe('prohibited');
      expect(evaluateYaml(r, springfield({ date: '2020-12-30' })).routes.stateSuit.status, id).toBe(
        'not-applicable',
      );
    }
  });
});
