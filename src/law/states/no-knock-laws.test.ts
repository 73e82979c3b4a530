import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { listRules } from '../../engine/explain.js';
import { parseIncident } from '../parse.js';
import { current, regimeWith } from '../regimes.js';
import { decideYaml, evaluateYaml } from '../testkit.js';

/** State and local no-knock warrant laws of 2020-2021 (LAW.md §5.7, §0 E11, E16, E17). */

function ruleFor(yaml: string, regime = current) {
  const incident = parseIncident(yaml);
  const id = 'tactics.noKnock.rule';
  const outcome = evaluate(regime, factsFromObject(incident), incident.date, [id]).get(id);
  return { value: outcome?.value, rule: outcome?.decidedBy?.id ?? null, needs: outcome?.needs ?? [] };
}

/** Police of the given employer execute a warrant without knocking. */
const raid = (
  date: string,
  state: string,
  locality: string,
  o: { employer?: string; metro?: string; warrant?: string } = {},
) => `
  id: no-knock-raid-${date}
  date: ${date}
  place: { state: ${state}, locality: ${locality} }
  officer: { employer: ${o.employer ?? 'local'}, role: police, underColorOfLaw: true, employedByLocality: ${o.metro ?? 'true'} }
  conduct: { noKnockEntry: true, warrantFor: ${o.warrant ?? 'drug'} }
`;

const KY_CITE = 'KRS 455.180 (Kentucky SB 4, 2021 Ky. Acts ch. 202)';

describe('Louisville "Breonna’s Law" (2020): Metro officers, from 12 June 2020', () => {
  it('a Louisville Metro police no-knock raid on 12 June 2020, the day it was signed and took effect, is prohibited', () => {
    const yaml = raid('2020-06-12', 'KY', 'Louisville');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      {
        tactic: 'no-knock-entry',
        rule: 'prohibited',
        breached: true,
        cite: 'Louisville Metro Ordinance ("Breonna\'s Law"), June 12, 2020',
      },
    ]);
    expect(evaluateYaml(current, yaml).tactics[0]?.unconfirmed).toBeUndefined();
    expect(ruleFor(yaml)).toMatchObject({ value: 'prohibited', rule: 'louisville-2020.no-knock-ban' });
  });

  it('the raid on Breonna Taylor’s home in March 2020 came before the ordinance: unregulated, and so on 11 June 2020', () => {
    expect(ruleFor(raid('2020-03-13', 'KY', 'Louisville'))).toEqual({
      value: 'unregulated',
      rule: 'tactics.no-knock.no-federal-rule',
      needs: [],
    });
    expect(ruleFor(raid('2020-06-11', 'KY', 'Louisville')).value).toBe('unregulated');
  });

  it('it binds Metro officers only: a Jefferson County city’s own police force is not bound (E17)', () => {
    expect(ruleFor(raid('2020-07-01', 'KY', 'Jefferson County', { metro: 'false' }))).toMatchObject({
      value: 'unregulated',
      rule: 'tactics.no-knock.no-federal-rule',
    });
    // After SB 4 such a force is bound by the state law only.
    expect(ruleFor(raid('2022-01-01', 'KY', 'Jefferson County', { metro: 'false' }))).toMatchObject({
      value: 'prohibited',
      rule: 'ky-sb4-2021.no-knock-drug-prohibited',
    });
  });

  it('whether the officer is a Metro officer is asked when unknown: the place and employer cannot tell', () => {
    const yaml = raid('2020-07-01', 'KY', 'Louisville').replace(', employedByLocality: true', '');
    expect(ruleFor(yaml)).toMatchObject({ value: undefined, needs: ['officer.employedByLocality'] });
  });

  it('after Kentucky SB 4 the city ban still prevails over the state restriction in Louisville', () => {
    expect(ruleFor(raid('2022-01-01', 'KY', 'Louisville', { warrant: 'violent-crime' })).rule).toBe(
      'louisville-2020.no-knock-ban',
    );
  });

  it('from the Kentucky Supreme Court’s Lexington ruling (18 Sept. 2025) the ban is UNCONFIRMED', () => {
    const yaml = raid('2025-09-18', 'KY', 'Louisville');
    expect(ruleFor(yaml)).toMatchObject({
      value: 'prohibited',
      rule: 'louisville-2020.no-knock-ban-after-lexington-ruling',
    });
    expect(evaluateYaml(current, yaml).tactics[0]?.unconfirmed).toMatch(/Lexington's no-knock ban void/);
    expect(decideYaml(current, yaml, 'tactics.noKnock.bindingRule')).toMatchObject({
      value: 'banned',
      rule: 'louisville-2020.no-knock-law-after-lexington-ruling',
    });
    expect(ruleFor(raid('2025-09-17', 'KY', 'Louisville')).rule).toBe('louisville-2020.no-knock-ban');
  });

  it('applied hypothetically with --with, it reaches a 2019 Metro raid', () => {
    const regime = regimeWith('current', ['louisville-2020']);
    expect(ruleFor(raid('2019-05-01', 'KY', 'Louisville'), regime).rule).toBe('louisville-2020.no-knock-ban');
  });

  it('state troopers in Louisville are bound by the state law, not the city ordinance', () => {
    expect(
      ruleFor(raid('2022-01-01', 'KY', 'Louisville', { employer: 'state', warrant: 'violent-crime' })),
    ).toMatchObject({
      value: 'restricted',
      rule: 'ky-sb4-2021.no-knock-restricted',
    });
  });
});

describe('Kentucky SB 4 (2021 Ky. Acts ch. 202), KRS 455.180: from 29 June 2021', () => {
  it('a Lexington police no-knock raid on a violent-crime warrant on 29 June 2021 is restricted (not banned)', () => {
    const yaml = raid('2021-06-29', 'KY', 'Lexington', { warrant: 'violent-crime' });
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'restricted', breached: null, cite: KY_CITE },
    ]);
    expect(ruleFor(yaml).rule).toBe('ky-sb4-2021.no-knock-restricted');
  });

  it('on a drug warrant it is prohibited, and breached; the Class A drug-felony exception is UNCONFIRMED for the case (E16)', () => {
    const yaml = raid('2021-06-29', 'KY', 'Lexington');
    const [entry] = evaluateYaml(current, yaml).tactics;
    expect(entry).toMatchObject({
      tactic: 'no-knock-entry',
      rule: 'prohibited',
      breached: true,
      cite: KY_CITE,
    });
    expect(entry?.unconfirmed).toMatch(/Class A drug felonies/);
    expect(ruleFor(yaml).rule).toBe('ky-sb4-2021.no-knock-drug-prohibited');
  });

  it('when the warrant is unknown, the rule is open on it alone', () => {
    const yaml = raid('2021-06-29', 'KY', 'Lexington').replace('warrantFor: drug', 'warrantFor: null');
    expect(ruleFor(yaml)).toMatchObject({ value: undefined, needs: ['conduct.warrantFor'] });
  });

  it('signed on 9 April 2021, it took effect on 29 June 2021: on 28 June 2021 a raid was unregulated', () => {
    expect(ruleFor(raid('2021-06-28', 'KY', 'Lexington')).value).toBe('unregulated');
  });

  it('whether it meets H.R. 1280’s COPS condition is UNCONFIRMED, said on the rule the condition reads', () => {
    const yaml = raid('2021-06-29', 'KY', 'Lexington');
    expect(decideYaml(current, yaml, 'tactics.noKnock.bindingRule')).toMatchObject({
      value: 'restricted',
      rule: 'ky-sb4-2021.no-knock-law',
    });
    const rule = listRules(current).find((r) => r.id === 'ky-sb4-2021.no-knock-law');
    expect(rule?.unconfirmed).toMatch(/COPS condition .* is UNCONFIRMED/);
  });
});

describe('Virginia HB 5099 (2020 Special Session I): from 1 March 2021', () => {
  it('a Richmond police no-knock raid on 1 March 2021 is prohibited', () => {
    const yaml = raid('2021-03-01', 'VA', 'Richmond');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      {
        tactic: 'no-knock-entry',
        rule: 'prohibited',
        breached: true,
        cite: 'Va. HB 5099 (2020 Special Session I)',
      },
    ]);
    expect(ruleFor(yaml).rule).toBe('va-2020.no-knock-ban');
  });

  it('signed on 28 October 2020, it was not yet in effect: on 28 February 2021 a raid was unregulated', () => {
    expect(ruleFor(raid('2020-10-28', 'VA', 'Richmond')).value).toBe('unregulated');
    expect(ruleFor(raid('2021-02-28', 'VA', 'Richmond')).value).toBe('unregulated');
  });

  it('the state ban does not bind federal agents in Virginia', () => {
    expect(ruleFor(raid('2021-05-05', 'VA', 'Richmond', { employer: 'federal' })).value).toBe('unregulated');
  });
});
