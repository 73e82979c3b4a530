import { describe, expect, it } from 'vitest';
import { current, REGIMES } from '../regimes.js';
import { decideYaml, evaluateYaml } from '../testkit.js';

/**
 * Washington ESHB 1054 (ch. 320, Laws of 2021), RCW 10.116 (LAW.md §5.8, §0 E11): no chokehold or
 * neck restraint at all (no deadly-force exception), and no no-knock warrants. Signed 18 May 2021,
 * effective 25 July 2021. Tested under the law in force and under the proposals.
 */

/**
 * Tacoma officers break into a house without knocking on a drug warrant and put the owner in a
 * neck restraint, in circumstances where deadly force was authorized.
 */
const tacoma = (o: { date?: string; state?: string; locality?: string; employer?: string } = {}) => `
  id: tacoma-raid-neck-restraint
  title: Tacoma officers' no-knock raid and neck restraint
  date: ${o.date ?? '2022-03-03'}
  place: { state: ${o.state ?? 'WA'}, locality: ${o.locality ?? 'Tacoma'} }
  officer: { employer: ${o.employer ?? 'local'}, role: police, underColorOfLaw: true }
  conduct: { force: [carotid-restraint], deadlyForceAuthorized: true, noKnockEntry: true, warrantFor: drug, claims: [unlawful-search, excessive-force] }
  harm: serious-injury
`;

describe('Washington HB 1054: chokeholds, neck restraints and no-knock warrants banned', () => {
  it('the neck restraint is prohibited, and breaches the ban though deadly force was authorized: the ban has no exception', () => {
    expect(evaluateYaml(current, tacoma()).tactics).toContainEqual(
      expect.objectContaining({
        tactic: 'carotid-restraint',
        rule: 'prohibited',
        breached: true,
        cite: 'RCW 10.116.020',
      }),
    );
    expect(decideYaml(current, tacoma(), 'tactics.chokehold.rule').rule).toBe('wa-hb1054-2021.chokehold-ban');
    expect(decideYaml(current, tacoma(), 'tactics.chokehold.breached')).toEqual({
      value: true,
      rule: 'wa-hb1054-2021.no-exception',
      needs: [],
    });
  });

  it('the no-knock entry is prohibited and breaches the ban', () => {
    expect(evaluateYaml(current, tacoma()).tactics).toContainEqual(
      expect.objectContaining({
        tactic: 'no-knock-entry',
        rule: 'prohibited',
        breached: true,
        cite: 'Washington ESHB 1054 (ch. 320, Laws of 2021), codified in RCW 10.116',
      }),
    );
    expect(decideYaml(current, tacoma(), 'tactics.noKnock.rule').rule).toBe('wa-hb1054-2021.no-knock-ban');
  });

  it('it binds state and local officers, not federal agents in Washington', () => {
    expect(decideYaml(current, tacoma({ employer: 'state' }), 'tactics.noKnock.rule').rule).toBe(
      'wa-hb1054-2021.no-knock-ban',
    );
    expect(
      decideYaml(current, tacoma({ employer: 'federal', date: '2022-03-03' }), 'tactics.chokehold.rule').rule,
    ).not.toBe('wa-hb1054-2021.chokehold-ban');
  });
});

describe('Washington ESHB 1054 applies in Washington from 25 July 2021', () => {
  it('not on 24 July 2021', () => {
    const tactics = evaluateYaml(current, tacoma({ date: '2021-07-24' })).tactics;
    expect(tactics.find((t) => t.tactic === 'no-knock-entry')).toMatchObject({ rule: 'unregulated' });
    expect(tactics.find((t) => t.tactic === 'carotid-restraint')?.rule).not.toBe('prohibited');
  });

  it('on 25 July 2021', () => {
    const tactics = evaluateYaml(current, tacoma({ date: '2021-07-25' })).tactics;
    expect(tactics.map((t) => [t.tactic, t.rule])).toEqual([
      ['carotid-restraint', 'prohibited'],
      ['no-knock-entry', 'prohibited'],
    ]);
  });

  it('not in another state: the same raid in Portland, Oregon is not reached', () => {
    const yaml = tacoma({ state: 'OR', locality: 'Portland' });
    expect(decideYaml(current, yaml, 'tactics.noKnock.rule').rule).not.toBe('wa-hb1054-2021.no-knock-ban');
    expect(decideYaml(current, yaml, 'tactics.chokehold.breached').rule).not.toBe(
      'wa-hb1054-2021.no-exception',
    );
  });

  it('under every proposal it still applies by place and date', () => {
    for (const [id, r] of REGIMES) {
      expect(
        evaluateYaml(r, tacoma()).tactics.map((t) => t.rule),
        id,
      ).toEqual(['prohibited', 'prohibited']);
      expect(decideYaml(r, tacoma({ date: '2021-07-24' }), 'tactics.noKnock.rule').rule, id).not.toBe(
        'wa-hb1054-2021.no-knock-ban',
      );
    }
  });
});
