import { describe, expect, it } from 'vitest';
import { current, REGIMES } from '../regimes.js';
import { decideYaml, evaluateYaml, regimeById, ruleIdsOf } from '../testkit.js';

/**
 * New York City Local Law 48 of 2021 (LAW.md §5.3): a local right against unreasonable search and
 * seizure and excessive force, enforceable against the officer, with no qualified immunity; the
 * draft's $25,000 officer contribution was removed. Applied from passage, 25 March 2021 (the
 * effective date is UNCONFIRMED). Tested under the law in force and under the proposals.
 */

const CITE = 'NYC Admin. Code Title 8, ch. 8 (Local Law 48 of 2021)';

/** An NYPD officer stops a man on a Bronx street, frisks him and throws him against a car. */
const bronxStop = (
  o: { date?: string; locality?: string; employer?: string; claims?: string; rightViolated?: string } = {},
) => `
  id: bronx-street-stop
  title: An NYPD officer stops, frisks and throws a man against a car
  date: ${o.date ?? '2021-08-12'}
  place: { state: NY, locality: ${o.locality ?? 'Bronx'} }
  officer: { employer: ${o.employer ?? 'local'}, role: police, underColorOfLaw: true }
  conduct: { force: [bodily-force], claims: [${o.claims ?? 'unlawful-seizure, excessive-force'}] }
  harm: injury
  findings: { rightViolated: ${o.rightViolated ?? 'true'}, clearlyEstablished: false, obviousViolation: false }
`;

describe('NYC Local Law 48: an action against the officer for unreasonable seizure or excessive force, without qualified immunity', () => {
  it('the man can sue the officer under the local law though qualified immunity would defeat a federal suit', () => {
    const result = evaluateYaml(current, bronxStop());
    expect(result.routes.officerSuit).toMatchObject({
      status: 'unavailable',
      blockedBy: 'qualified-immunity',
    });
    const suit = result.routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.decidedBy).toBe('nyc-ll48-2021.no-qualified-immunity');
    expect(suit.reasons[0]).toMatchObject({
      rule: 'nyc-ll48-2021.civil-action',
      definition: 'stateSuit',
      cite: CITE,
      value: 'available',
      provision: 'nyc-ll48-2021',
    });
    expect(ruleIdsOf(suit)).toContain('nyc-ll48-2021.no-qualified-immunity');
  });

  it('the action lies against the officer, who pays nothing personally: the $25,000 contribution was dropped', () => {
    const suit = evaluateYaml(current, bronxStop()).routes.stateSuit;
    expect(suit.defendant).toBe('officer');
    expect(suit.officerPays).toBe('none');
    expect(suit.damagesCapUsd).toBeNull();
    expect(decideYaml(current, bronxStop(), 'stateSuit.defendant').rule).toBe('nyc-ll48-2021.defendant');
    expect(decideYaml(current, bronxStop(), 'stateSuit.officerPays')).toEqual({
      value: 'none',
      rule: 'nyc-ll48-2021.officer-pays',
      needs: [],
    });
  });

  it('without a violation of the right there is no claim', () => {
    const suit = evaluateYaml(current, bronxStop({ rightViolated: 'false' })).routes.stateSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'no-violation' });
    expect(suit.decidedBy).toBe('nyc-ll48-2021.violation');
  });

  it('a claim of speech retaliation alone is not one of the rights the local law creates', () => {
    expect(evaluateYaml(current, bronxStop({ claims: 'speech-retaliation' })).routes.stateSuit.status).toBe(
      'not-applicable',
    );
  });

  it('a federal agent in the Bronx is not a covered officer', () => {
    expect(evaluateYaml(current, bronxStop({ employer: 'federal' })).routes.stateSuit.status).toBe(
      'not-applicable',
    );
  });
});

describe('NYC Local Law 48 applies in New York City from its adoption, between 25 March and 25 April 2021', () => {
  it('not to a stop on 24 March 2021, the day before the Council passed it', () => {
    const suit = evaluateYaml(current, bronxStop({ date: '2021-03-24' })).routes.stateSuit;
    expect(suit.status).toBe('not-applicable');
    expect(suit.defendant).toBeNull();
  });

  it('to a stop on 25 March 2021 it may or may not apply: its adoption date is UNCONFIRMED', () => {
    expect(evaluateYaml(current, bronxStop({ date: '2021-03-25' })).routes.stateSuit).toMatchObject({
      status: 'undetermined',
      defendant: 'officer',
    });
  });

  it('to a stop on 25 April 2021, by when it was law', () => {
    expect(evaluateYaml(current, bronxStop({ date: '2021-04-25' })).routes.stateSuit).toMatchObject({
      status: 'available',
      defendant: 'officer',
    });
  });

  it('not to Eric Garner’s death on Staten Island in 2014, long before it', () => {
    expect(
      evaluateYaml(current, bronxStop({ date: '2014-07-17', locality: 'Staten Island' })).routes.stateSuit
        .status,
    ).toBe('not-applicable');
  });

  it.each(['New York City', 'Manhattan', 'Brooklyn', 'Queens', 'Staten Island'])(
    'it applies in %s',
    (locality) => {
      expect(evaluateYaml(current, bronxStop({ locality })).routes.stateSuit.status).toBe('available');
    },
  );

  it('not elsewhere in New York State: a stop in Buffalo has no local action', () => {
    expect(evaluateYaml(current, bronxStop({ locality: 'Buffalo' })).routes.stateSuit.status).toBe(
      'not-applicable',
    );
  });

  it('under every proposal it still applies by place and date; H.R. 1280 adds a federal suit beside it', () => {
    for (const [id, r] of REGIMES) {
      expect(evaluateYaml(r, bronxStop()).routes.stateSuit.status, id).toBe('available');
      expect(evaluateYaml(r, bronxStop({ date: '2021-03-24' })).routes.stateSuit.status, id).toBe(
        'not-applicable',
      );
    }
    expect(evaluateYaml(regimeById('gfjpa-2021'), bronxStop()).routes.officerSuit.status).toBe('available');
  });
});
