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
      {
        rule: 'state-suit.no-state-civil-rights-act',
        cite: 'C.R.S. § 13-21-131; NMSA 41-4A-1 to -13; NYC Admin. Code Title 8, ch. 8; C.G.S. § 52-571k; Mass. Acts 2020, ch. 253',
        value: 'not-applicable',
      },
    ]);
    // The rule encodes an absence: it says so in its text and cites no project file.
    expect(suit.reasons[0]?.text).toMatch(/No state or local civil-rights statute/);
  });

  it('there is then no defendant, nothing the officer pays and no cap', () => {
    const suit = evaluateYaml(current, texas).routes.stateSuit;
    expect(suit.defendant ?? null).toBeNull();
    expect(suit.officerPays ?? null).toBeNull();
    expect(suit.damagesCapUsd ?? null).toBeNull();
    expect(suit.relief).toBeNull();
    expect(decide(texas, 'stateSuit.relief')).toEqual({ value: 'none', rule: 'state-suit.relief.none' });
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

describe('stateSuit where an action applies but its source is silent on the relief', () => {
  it('a Massachusetts action for decertified conduct: the relief is not encoded, and the result says null', () => {
    const yaml = `
      id: boston-decertified-2021
      date: 2021-06-01
      place: { state: MA, locality: Boston }
      officer: { employer: local, role: police, underColorOfLaw: true, decertifiedForConduct: true }
      conduct: { force: [bodily-force], claims: [excessive-force] }
      findings: { rightViolated: true }
    `;
    expect(evaluateYaml(current, yaml).routes.stateSuit.relief).toBeNull();
    expect(decide(yaml, 'stateSuit.relief')).toEqual({
      value: 'unencoded',
      rule: 'state-suit.relief.unencoded',
    });
  });
});
