import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { parseIncident } from '../parse.js';
import { current } from '../regimes.js';
import { evaluateYaml } from '../testkit.js';

/** Route `stateSuit` without a state civil-rights statute (LAW.md §1.10, §5). */

/** A Texas deputy shoots a man in 2019: Texas has no state civil-rights action without immunity. */
const texas = `
  id: texas-shooting-2019
  date: 2019-07-04
  place: { state: TX, locality: Houston }
  officer: { employer: local, role: police, underColorOfLaw: true }
  conduct: { force: [firearm], deadlyForce: true, claims: [excessive-force] }
  harm: death
  findings: { rightViolated: true, clearlyEstablished: false }
`;

function decide(yaml: string, id: string) {
  const incident = parseIncident(yaml);
  const outcome = evaluate(current, factsFromObject(incident), incident.date, [id]).get(id);
  if (!outcome) throw new Error(`no outcome for ${id}`);
  return { value: outcome.value, rule: outcome.decidedBy?.id ?? null };
}

describe('stateSuit where no state civil-rights act applies', () => {
  it('a shooting in Texas has no state civil-rights action to bring: the route does not apply', () => {
    const suit = evaluateYaml(current, texas).routes.stateSuit;
    expect(suit.status).toBe('not-applicable');
    expect(suit.blockedBy).toBeNull();
    expect(suit.needs).toEqual([]);
    expect(suit.reasons).toMatchObject([
      { rule: 'state-suit.no-state-civil-rights-act', cite: 'LAW.md §1.10, §5', value: 'not-applicable' },
    ]);
  });

  it('there is then no defendant, nothing the officer pays and no cap', () => {
    const suit = evaluateYaml(current, texas).routes.stateSuit;
    expect(suit.defendant ?? null).toBeNull();
    expect(suit.officerPays ?? null).toBeNull();
    expect(suit.damagesCapUsd ?? null).toBeNull();
    expect(decide(texas, 'stateSuit.defendant')).toEqual({
      value: 'none',
      rule: 'state-suit.defendant.none',
    });
    expect(decide(texas, 'stateSuit.officerPays')).toEqual({
      value: 'none',
      rule: 'state-suit.officer-pays.none',
    });
    expect(decide(texas, 'stateSuit.damagesCapUsd')).toEqual({
      value: 'none',
      rule: 'state-suit.damages-cap.none',
    });
  });

  it('nothing about the incident needs to be known for that', () => {
    const suit = evaluateYaml(
      current,
      `
      id: georgia-unknowns
      date: 2016-01-01
      place: { state: GA }
    `,
    ).routes.stateSuit;
    expect(suit.status).toBe('not-applicable');
    expect(suit.needs).toEqual([]);
  });
});
