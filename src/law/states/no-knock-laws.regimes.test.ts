import { describe, expect, it } from 'vitest';
import type { Regime } from '../../engine/index.js';
import { current, REGIMES } from '../regimes.js';
import { decideYaml, evaluateYaml, regimeById } from '../testkit.js';

/**
 * The no-knock warrant laws of 2020-2021 (LAW.md §5.7, §0 E11, E16, E17): Kentucky SB 4 (from 29
 * June 2021) prohibits them for drug offences and restricts them for violent ones; Virginia HB 5099
 * bans (from 1 March 2021); Louisville's "Breonna's Law" bans them for Louisville Metro's officers
 * (from 12 June 2020). Tested under the law in force and under the proposals.
 */

const noKnock = (r: Regime, yaml: string) =>
  evaluateYaml(r, yaml).tactics.find((t) => t.tactic === 'no-knock-entry');

const RULE = 'tactics.noKnock.rule';

/** Police break into an apartment without knocking to execute a drug warrant. */
const raid = (state: string, locality: string, date: string, employer = 'local', warrant = 'drug') => `
  id: no-knock-drug-raid
  title: Police execute a drug warrant without knocking
  date: ${date}
  place: { state: ${state}, locality: ${locality} }
  officer: { employer: ${employer}, role: police, underColorOfLaw: true, employedByLocality: true }
  agency: { receivesCops: true }
  conduct: { force: [firearm], deadlyForce: true, noKnockEntry: true, warrantFor: ${warrant}, claims: [unlawful-search, excessive-force] }
  harm: death
`;

describe('Kentucky SB 4 (2021): no-knock warrants restricted for violent crimes, prohibited for drug offences', () => {
  const violent = (date: string) => raid('KY', 'Lexington', date, 'local', 'violent-crime');
  it('a Lexington no-knock raid on a violent-crime warrant on 29 June 2021 is restricted by state law, and no ban is breached', () => {
    expect(noKnock(current, violent('2021-06-29'))).toMatchObject({
      rule: 'restricted',
      breached: null,
      cite: 'KRS 455.180 (Kentucky SB 4, 2021 Ky. Acts ch. 202)',
    });
    expect(decideYaml(current, violent('2021-06-29'), RULE).rule).toBe('ky-sb4-2021.no-knock-restricted');
    expect(decideYaml(current, violent('2021-06-29'), 'tactics.noKnock.breached').value).toBe(false);
  });

  it('on a drug warrant the raid is prohibited and breaches the law (E16)', () => {
    expect(noKnock(current, raid('KY', 'Lexington', '2021-06-29'))).toMatchObject({
      rule: 'prohibited',
      breached: true,
    });
    expect(decideYaml(current, raid('KY', 'Lexington', '2021-06-29'), RULE).rule).toBe(
      'ky-sb4-2021.no-knock-drug-prohibited',
    );
  });

  it('on 28 June 2021, the day before it took effect, the raid was unregulated', () => {
    expect(noKnock(current, raid('KY', 'Lexington', '2021-06-28'))).toMatchObject({ rule: 'unregulated' });
  });

  it('it does not reach a raid in Ohio', () => {
    expect(noKnock(current, raid('OH', 'Cincinnati', '2021-06-01'))).toMatchObject({ rule: 'unregulated' });
  });

  it('nor federal agents in Kentucky', () => {
    expect(decideYaml(current, raid('KY', 'Lexington', '2021-07-01', 'federal'), RULE).rule).not.toMatch(
      /^ky-sb4-2021/,
    );
  });
});

describe('Virginia HB 5099 (2020): no-knock warrants banned from 1 March 2021', () => {
  it('a Richmond no-knock raid on 1 March 2021 is prohibited, and breaches the ban', () => {
    expect(noKnock(current, raid('VA', 'Richmond', '2021-03-01'))).toMatchObject({
      rule: 'prohibited',
      breached: true,
      cite: 'Va. HB 5099 (2020 Special Session I)',
    });
    expect(decideYaml(current, raid('VA', 'Richmond', '2021-03-01'), RULE).rule).toBe('va-2020.no-knock-ban');
  });

  it('on 28 February 2021, signed but not yet in effect, the raid was unregulated', () => {
    expect(noKnock(current, raid('VA', 'Richmond', '2021-02-28'))).toMatchObject({ rule: 'unregulated' });
  });

  it('it does not reach a raid across the river in Maryland', () => {
    expect(noKnock(current, raid('MD', 'Baltimore', '2021-01-10'))).toMatchObject({ rule: 'unregulated' });
  });

  it('a state police raid is covered too', () => {
    expect(decideYaml(current, raid('VA', 'Richmond', '2021-03-10', 'state'), RULE).rule).toBe(
      'va-2020.no-knock-ban',
    );
  });
});

describe('Louisville Metro "Breonna’s Law" (2020): no-knock warrants banned for Metro officers in Louisville and Jefferson County', () => {
  it('Breonna Taylor’s own raid (13 March 2020) came before it: unregulated', () => {
    expect(noKnock(current, raid('KY', 'Louisville', '2020-03-13'))).toMatchObject({ rule: 'unregulated' });
  });

  it('a Louisville Metro no-knock raid on 12 June 2020 is prohibited and breaches the ban', () => {
    expect(noKnock(current, raid('KY', 'Louisville', '2020-06-12'))).toMatchObject({
      rule: 'prohibited',
      breached: true,
      cite: 'Louisville Metro Ordinance ("Breonna\'s Law"), June 12, 2020',
    });
    expect(decideYaml(current, raid('KY', 'Louisville', '2020-06-12'), RULE).rule).toBe(
      'louisville-2020.no-knock-ban',
    );
  });

  it('on 11 June 2020, the day it passed the Council, it was not yet in effect', () => {
    expect(noKnock(current, raid('KY', 'Louisville', '2020-06-11'))).toMatchObject({ rule: 'unregulated' });
  });

  it('it covers Jefferson County too, but not Lexington', () => {
    expect(decideYaml(current, raid('KY', 'Jefferson County', '2020-08-01'), RULE).rule).toBe(
      'louisville-2020.no-knock-ban',
    );
    expect(noKnock(current, raid('KY', 'Lexington', '2020-08-01'))).toMatchObject({ rule: 'unregulated' });
  });

  it('after Kentucky SB 4 the city ban still prevails in Louisville over the state restriction', () => {
    expect(decideYaml(current, raid('KY', 'Louisville', '2021-07-01'), RULE).rule).toBe(
      'louisville-2020.no-knock-ban',
    );
  });

  it('the ordinance binds the city’s police, not a state trooper in Louisville', () => {
    expect(decideYaml(current, raid('KY', 'Louisville', '2020-08-01', 'state'), RULE).rule).not.toBe(
      'louisville-2020.no-knock-ban',
    );
  });
});

describe('the no-knock laws under the proposals', () => {
  it('under every proposal each law still applies by place and date', () => {
    for (const [id, r] of REGIMES) {
      expect(decideYaml(r, raid('KY', 'Lexington', '2021-06-29'), RULE).rule, id).toBe(
        'ky-sb4-2021.no-knock-drug-prohibited',
      );
      expect(decideYaml(r, raid('VA', 'Richmond', '2021-03-01'), RULE).rule, id).toBe('va-2020.no-knock-ban');
      expect(decideYaml(r, raid('KY', 'Louisville', '2020-06-12'), RULE).rule, id).toBe(
        'louisville-2020.no-knock-ban',
      );
      expect(decideYaml(r, raid('VA', 'Richmond', '2021-02-28'), RULE).rule, id).not.toBe(
        'va-2020.no-knock-ban',
      );
    }
  });

  it('Kentucky’s restriction is not the ban H.R. 1280 asks for: Lexington’s COPS money is at risk', () => {
    const yaml = raid('KY', 'Lexington', '2021-07-01').replace(
      'agency: { receivesCops: true }',
      'agency: { receivesCops: true, chokeholdRule: law, noKnockRule: restricted }',
    );
    expect(evaluateYaml(regimeById('gfjpa-2021'), yaml).funding.find((f) => f.grant === 'cops')?.atRisk).toBe(
      true,
    );
  });
});
