import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { parseIncident } from '../parse.js';
import { current } from '../regimes.js';
import { evaluateYaml } from '../testkit.js';

/** State and local no-knock warrant laws of 2020-2021 (LAW.md §5.7). */

function ruleFor(yaml: string) {
  const incident = parseIncident(yaml);
  const id = 'tactics.noKnock.rule';
  const outcome = evaluate(current, factsFromObject(incident), incident.date, [id]).get(id);
  return { value: outcome?.value, rule: outcome?.decidedBy?.id ?? null };
}

/** Police of the given employer execute a drug warrant without knocking. */
const raid = (date: string, state: string, locality: string, employer = 'local') => `
  id: no-knock-raid-${date}
  date: ${date}
  place: { state: ${state}, locality: ${locality} }
  officer: { employer: ${employer}, role: police, underColorOfLaw: true }
  conduct: { noKnockEntry: true, warrantFor: drug }
`;

describe('Louisville "Breonna’s Law" (2020)', () => {
  it('a Louisville Metro police no-knock raid on 1 July 2020 is prohibited by the ordinance', () => {
    const yaml = raid('2020-07-01', 'KY', 'Louisville');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'prohibited', breached: true },
    ]);
    expect(evaluateYaml(current, yaml).tactics[0]?.unconfirmed).toMatch(/1 July 2020/);
    expect(ruleFor(yaml)).toEqual({ value: 'prohibited', rule: 'louisville-2020.no-knock-ban' });
  });

  it('the raid on Breonna Taylor’s home in March 2020 came before the ordinance: unregulated', () => {
    expect(ruleFor(raid('2020-03-13', 'KY', 'Louisville'))).toEqual({
      value: 'unregulated',
      rule: 'tactics.no-knock.no-federal-rule',
    });
    expect(ruleFor(raid('2020-06-30', 'KY', 'Louisville')).value).toBe('unregulated');
  });

  it('after Kentucky SB 4 the city ban still prevails over the state restriction in Louisville', () => {
    expect(ruleFor(raid('2022-01-01', 'KY', 'Louisville')).rule).toBe('louisville-2020.no-knock-ban');
  });

  it('state troopers in Louisville are bound by the state restriction, not the city ordinance', () => {
    expect(ruleFor(raid('2022-01-01', 'KY', 'Louisville', 'state'))).toEqual({
      value: 'restricted',
      rule: 'ky-sb4-2021.no-knock-restricted',
    });
  });
});

describe('Kentucky SB 4 (2021)', () => {
  it('a Lexington police no-knock raid on 9 April 2021 is restricted (not banned) by the state law', () => {
    const yaml = raid('2021-04-09', 'KY', 'Lexington');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'restricted', breached: null, cite: 'Kentucky SB 4 (2021)' },
    ]);
    expect(ruleFor(yaml).rule).toBe('ky-sb4-2021.no-knock-restricted');
  });

  it('on 8 April 2021 it was unregulated', () => {
    expect(ruleFor(raid('2021-04-08', 'KY', 'Lexington')).value).toBe('unregulated');
  });
});

describe('Virginia (2020)', () => {
  it('a Richmond police no-knock raid on 28 October 2020 is prohibited', () => {
    const yaml = raid('2020-10-28', 'VA', 'Richmond');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      {
        tactic: 'no-knock-entry',
        rule: 'prohibited',
        breached: true,
        cite: 'Virginia 2020 Special Session I',
      },
    ]);
    expect(ruleFor(yaml).rule).toBe('va-2020.no-knock-ban');
  });

  it('on 27 October 2020 it was unregulated', () => {
    expect(ruleFor(raid('2020-10-27', 'VA', 'Richmond')).value).toBe('unregulated');
  });

  it('the state ban does not bind federal agents in Virginia', () => {
    expect(ruleFor(raid('2021-01-05', 'VA', 'Richmond', 'federal')).value).toBe('unregulated');
  });
});
