import { describe, expect, it } from 'vitest';
import { current, REGIMES } from '../regimes.js';
import { decideYaml, evaluateYaml, ruleIdsOf } from '../testkit.js';

/**
 * Connecticut Public Act 20-1, C.G.S. § 52-571k (LAW.md §5.4): an action against the police
 * officer; governmental immunity only for an objectively good-faith belief that the conduct was
 * lawful; the officer pays personally only for "willful, wanton, or malicious" conduct. The civil
 * action applies to incidents on or after 1 July 2021, though the Act was signed in July 2020.
 */

const CITE = 'C.G.S. § 52-571k (Connecticut Public Act 20-1, § 41)';

/** A Hartford officer searches a car without cause and pepper-sprays the driver. */
const hartford = (
  o: {
    date?: string;
    state?: string;
    locality?: string;
    employer?: string;
    underColorOfLaw?: string;
    goodFaithBelief?: string;
    rightViolated?: string;
  } = {},
) => `
  id: hartford-car-search
  title: A Hartford officer searches a car and pepper-sprays the driver
  date: ${o.date ?? '2021-10-02'}
  place: { state: ${o.state ?? 'CT'}, locality: ${o.locality ?? 'Hartford'} }
  officer: { employer: ${o.employer ?? 'local'}, role: police, underColorOfLaw: ${o.underColorOfLaw ?? 'true'}, goodFaithBelief: ${o.goodFaithBelief ?? 'false'} }
  conduct: { force: [chemical-agent], claims: [unlawful-search, excessive-force] }
  harm: injury
  findings: { rightViolated: ${o.rightViolated ?? 'true'}, clearlyEstablished: false, obviousViolation: false }
`;

describe('Connecticut PA 20-1: an action against the police officer, immunity only for objective good faith', () => {
  it('the driver can sue the officer under § 52-571k though qualified immunity would defeat a federal suit', () => {
    const result = evaluateYaml(current, hartford());
    expect(result.routes.officerSuit).toMatchObject({
      status: 'unavailable',
      blockedBy: 'qualified-immunity',
    });
    const suit = result.routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.decidedBy).toBe('ct-pa20-1.liable');
    expect(suit.cite).toBe(CITE);
    expect(suit.reasons[0]).toMatchObject({
      rule: 'ct-pa20-1.civil-action',
      definition: 'stateSuit',
      cite: CITE,
      value: 'available',
      provision: 'ct-pa20-1',
    });
    expect(ruleIdsOf(suit)).toContain('ct-pa20-1.liable');
  });

  it('the action lies against the officer, who pays personally only for willful, wanton or malicious conduct', () => {
    const suit = evaluateYaml(current, hartford()).routes.stateSuit;
    expect(suit.defendant).toBe('officer');
    expect(suit.officerPays).toBe('only-if-willful-wanton-or-malicious');
    expect(decideYaml(current, hartford(), 'stateSuit.defendant').rule).toBe('ct-pa20-1.defendant');
    expect(decideYaml(current, hartford(), 'stateSuit.officerPays').rule).toBe(
      'ct-pa20-1.willful-wanton-malicious',
    );
  });

  it('an officer with an objectively good-faith belief that the search was lawful has governmental immunity', () => {
    const suit = evaluateYaml(current, hartford({ goodFaithBelief: 'true' })).routes.stateSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'good-faith-immunity' });
    expect(suit.decidedBy).toBe('ct-pa20-1.objective-good-faith');
  });

  it('when good faith is unknown, it is the question', () => {
    const suit = evaluateYaml(current, hartford({ goodFaithBelief: 'null' })).routes.stateSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['officer.goodFaithBelief']);
  });

  it('an officer not acting under color of law is not liable under the Act', () => {
    const suit = evaluateYaml(current, hartford({ underColorOfLaw: 'false' })).routes.stateSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'no-color-of-law' });
    expect(suit.decidedBy).toBe('ct-pa20-1.color-of-law');
  });

  it('without a deprivation of rights there is no claim', () => {
    const suit = evaluateYaml(current, hartford({ rightViolated: 'false' })).routes.stateSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'no-violation' });
    expect(suit.decidedBy).toBe('ct-pa20-1.deprivation');
  });

  it('a state trooper is a police officer too; a federal agent is not', () => {
    expect(evaluateYaml(current, hartford({ employer: 'state' })).routes.stateSuit.status).toBe('available');
    expect(evaluateYaml(current, hartford({ employer: 'federal' })).routes.stateSuit.status).toBe(
      'not-applicable',
    );
  });
});

describe('Connecticut’s civil action applies in Connecticut to incidents from 1 July 2021', () => {
  it('not to a search on 30 June 2021, though the Act was signed in 2020 and took effect in October 2020', () => {
    const suit = evaluateYaml(current, hartford({ date: '2021-06-30' })).routes.stateSuit;
    expect(suit.status).toBe('not-applicable');
    expect(suit.officerPays).toBeNull();
    expect(evaluateYaml(current, hartford({ date: '2020-10-01' })).routes.stateSuit.status).toBe(
      'not-applicable',
    );
  });

  it('to a search on 1 July 2021', () => {
    expect(evaluateYaml(current, hartford({ date: '2021-07-01' })).routes.stateSuit).toMatchObject({
      status: 'available',
      defendant: 'officer',
    });
  });

  it('not in another state: the same search in Providence has no state action', () => {
    expect(
      evaluateYaml(current, hartford({ state: 'RI', locality: 'Providence' })).routes.stateSuit.status,
    ).toBe('not-applicable');
  });

  it('under every proposal it still applies by place and date', () => {
    for (const [id, r] of REGIMES) {
      expect(evaluateYaml(r, hartford()).routes.stateSuit.status, id).toBe('available');
      expect(evaluateYaml(r, hartford({ date: '2021-06-30' })).routes.stateSuit.status, id).toBe(
        'not-applicable',
      );
    }
  });
});
