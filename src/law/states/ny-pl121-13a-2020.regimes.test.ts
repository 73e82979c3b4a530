import { describe, expect, it } from 'vitest';
import { current, REGIMES } from '../regimes.js';
import { decideYaml, evaluateYaml } from '../testkit.js';

/**
 * New York Penal Law § 121.13-a (LAW.md §0 E12) under the law in force and under the proposals:
 * everywhere in New York State from 12 June 2020, by place and date.
 */

/** A Rochester officer's chokehold kills a man; the date and place vary. */
const rochester = (date: string, state = 'NY') => `
  id: rochester-chokehold
  title: A Rochester officer's fatal chokehold
  date: ${date}
  place: { state: ${state}, locality: Rochester }
  officer: { employer: local, role: police, underColorOfLaw: true }
  agency: { chokeholdRule: policy, receivesByrneJag: true }
  conduct: { force: [chokehold], claims: [excessive-force] }
  harm: death
  findings: { rightViolated: true }
`;

describe('New York Penal Law § 121.13-a applies in New York State from 12 June 2020', () => {
  it('not on 11 June 2020, the day before it was signed: the chokehold was federally unregulated', () => {
    const result = evaluateYaml(current, rochester('2020-06-11'));
    expect(result.tactics[0]).toMatchObject({ rule: 'unregulated' });
    expect(result.stateCriminal).toEqual([]);
  });

  it('on 12 June 2020, the day it was signed', () => {
    const result = evaluateYaml(current, rochester('2020-06-12'));
    expect(result.tactics[0]).toMatchObject({ rule: 'prohibited', breached: true });
    expect(result.stateCriminal).toMatchObject([{ grade: 'class-c-felony' }]);
  });

  it('not in another state: the same chokehold in New Jersey', () => {
    expect(evaluateYaml(current, rochester('2021-01-01', 'NJ')).stateCriminal).toEqual([]);
  });

  it('it adds a state crime, and leaves the five routes as they were', () => {
    const result = evaluateYaml(current, rochester('2021-01-01'));
    const before = evaluateYaml(current, rochester('2021-01-01', 'NJ'));
    for (const name of Object.keys(result.routes) as (keyof typeof result.routes)[])
      expect(result.routes[name].status, name).toBe(before.routes[name].status);
  });

  it('it does not change the rule binding the agency: a crime defined by its result is not read as the law a funding condition asks for', () => {
    expect(decideYaml(current, rochester('2021-01-01'), 'tactics.chokehold.bindingRule')).toMatchObject({
      value: 'policy',
      rule: 'tactics.chokehold.binding-rule.as-reported',
    });
  });

  it('under every proposal it still applies by place and date', () => {
    for (const [id, regime] of REGIMES) {
      expect(evaluateYaml(regime, rochester('2021-01-01')).stateCriminal, id).toMatchObject([
        { grade: 'class-c-felony' },
      ]);
      expect(evaluateYaml(regime, rochester('2020-06-11')).stateCriminal, id).toEqual([]);
    }
  });
});
