import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml } from '../testkit.js';

/** Executive Order 14074 (May 25, 2022), revoked by EO 14148 on Jan. 20, 2025 (LAW.md §4.4). */

const sorted = (xs: readonly string[]) => [...xs].sort();

const CITE = 'Executive Order 14074 (May 25, 2022), revoked by Executive Order 14148 (Jan. 20, 2025)';
const SEC_7 = `${CITE} § 7`;
const SEC_10 = `${CITE} § 10`;
const NLEAD = 'national-law-enforcement-accountability-database';
const FBI_DATA = 'fbi-national-use-of-force-data-collection';

/** A Border Patrol agent (Homeland Security, not bound by the DOJ policy) puts a man in a chokehold. */
const borderPatrolChokehold = (date: string) => `
  id: border-patrol-chokehold-${date}
  date: ${date}
  place: { state: AZ, locality: Nogales }
  officer: { employer: federal, role: police, department: homeland-security, underColorOfLaw: true }
  conduct: { force: [chokehold], deadlyForceAuthorized: false, claims: [excessive-force] }
  harm: injury
`;

/** Homeland Security Investigations agents enter a home on a drug warrant without knocking. */
const hsiNoKnock = (date: string) => `
  id: hsi-no-knock-${date}
  date: ${date}
  place: { state: FL, locality: Miami }
  officer: { employer: federal, role: police, department: homeland-security, underColorOfLaw: true }
  conduct: { noKnockEntry: true, warrantFor: drug, claims: [unlawful-search] }
  harm: none
`;

/** A federal officer later convicted and decertified for the force used. */
const convictedAgent = (date: string, officer: string, force = '[taser]') => `
  id: convicted-agent-${date}
  date: ${date}
  place: { state: NM }
  officer: ${officer}
  conduct: { force: ${force}, claims: [excessive-force] }
  harm: injury
`;
const CONVICTED =
  '{ employer: federal, role: police, department: homeland-security, underColorOfLaw: true, convictedForConduct: true, decertifiedForConduct: true }';

describe('EO 14074: chokeholds and carotid restraints by federal officers', () => {
  it('a Border Patrol agent’s chokehold on 23 August 2022, when § 7’s 90 days for agency policies ran out, is prohibited and, deadly force not being authorized, breaches it', () => {
    const yaml = borderPatrolChokehold('2022-08-23');
    expect(evaluateYaml(current, yaml).tactics).toEqual([
      {
        tactic: 'chokehold',
        rule: 'prohibited',
        met: null,
        breached: true,
        cite: SEC_7,
        text: expect.stringContaining('at least as strict as the DOJ policy of Sept. 13, 2021'),
        needs: [],
      },
    ]);
    expect(decideYaml(current, yaml, 'tactics.chokehold.rule').rule).toBe('eo-14074.chokehold');
  });

  it('the same chokehold on 24 May 2022, before the order, or on 22 August 2022, before its deadline for agency policies, was federally unregulated for a Homeland Security officer', () => {
    for (const date of ['2022-05-24', '2022-05-25', '2022-08-22']) {
      const yaml = borderPatrolChokehold(date);
      expect(evaluateYaml(current, yaml).tactics).toMatchObject([
        { tactic: 'chokehold', rule: 'unregulated', breached: null },
      ]);
      expect(decideYaml(current, yaml, 'tactics.chokehold.rule').rule).toBe(
        'tactics.chokehold.no-federal-rule',
      );
    }
  });

  it('on 19 January 2025, the order’s last day, the chokehold is still prohibited', () => {
    const yaml = borderPatrolChokehold('2025-01-19');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'prohibited', breached: true },
    ]);
    expect(decideYaml(current, yaml, 'tactics.chokehold.rule').rule).toBe('eo-14074.chokehold');
  });

  it('on 20 January 2025, when EO 14148 revoked the order, the chokehold is federally unregulated again', () => {
    const yaml = borderPatrolChokehold('2025-01-20');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([{ tactic: 'chokehold', rule: 'unregulated' }]);
  });

  it('a carotid restraint by a federal officer is prohibited alike', () => {
    const yaml = borderPatrolChokehold('2023-01-10').replace('[chokehold]', '[carotid-restraint]');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'carotid-restraint', rule: 'prohibited', breached: true, cite: SEC_7 },
    ]);
  });

  it('the order binds federal agencies only: a city officer’s chokehold in 2023 is a funding condition (EO 13929’s accreditation requirements, kept by § 19(b)), not a prohibition', () => {
    const yaml = `
      id: city-chokehold-2023
      date: 2023-01-10
      place: { state: TN, locality: Memphis }
      officer: { employer: local, role: police, underColorOfLaw: true }
      agency: { chokeholdRule: policy }
      conduct: { force: [chokehold] }
    `;
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'funding-condition', met: true },
    ]);
  });
});

describe('EO 14074: no-knock entries by federal officers', () => {
  it('an HSI no-knock entry on 24 July 2022, when § 10’s 60 days for agency policies ran out, is restricted to imminent threats of violence', () => {
    const yaml = hsiNoKnock('2022-07-24');
    expect(evaluateYaml(current, yaml).tactics).toEqual([
      {
        tactic: 'no-knock-entry',
        rule: 'restricted',
        met: null,
        breached: null,
        cite: SEC_10,
        text: expect.stringContaining('imminent threat of physical violence'),
        needs: [],
      },
    ]);
    expect(decideYaml(current, yaml, 'tactics.noKnock.rule').rule).toBe('eo-14074.no-knock');
  });

  it('the same entry on 24 May 2022, or on 23 July 2022 before the policies were due, was federally unregulated', () => {
    for (const date of ['2022-05-24', '2022-07-23'])
      expect(evaluateYaml(current, hsiNoKnock(date)).tactics).toMatchObject([
        { tactic: 'no-knock-entry', rule: 'unregulated' },
      ]);
  });

  it('on 19 January 2025 the entry is still restricted', () => {
    expect(evaluateYaml(current, hsiNoKnock('2025-01-19')).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'restricted', cite: SEC_10 },
    ]);
  });

  it('on 20 January 2025 it is unregulated again for Homeland Security', () => {
    expect(evaluateYaml(current, hsiNoKnock('2025-01-20')).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'unregulated' },
    ]);
  });
});

describe('EO 14074: the National Law Enforcement Accountability Database', () => {
  it('a federal officer convicted for conduct on 25 May 2022 goes to the database', () => {
    const yaml = convictedAgent('2022-05-25', CONVICTED);
    const entry = evaluateYaml(current, yaml).reporting.find((r) => r.system === NLEAD);
    expect(entry).toEqual({
      system: NLEAD,
      determined: true,
      cite: `${CITE}; National Law Enforcement Accountability Database`,
      needs: [],
    });
    expect(decideYaml(current, yaml, 'reporting.nationalLawEnforcementAccountabilityDatabase').rule).toBe(
      'eo-14074.nlead',
    );
  });

  it('for conduct on 24 May 2022, before the order, the database is not required', () => {
    const yaml = convictedAgent('2022-05-24', CONVICTED);
    expect(evaluateYaml(current, yaml).reporting).toEqual([]);
    expect(decideYaml(current, yaml, 'reporting.nationalLawEnforcementAccountabilityDatabase').rule).toBe(
      'reporting.accountability-database.none',
    );
  });

  it('conduct on 19 January 2025 still goes to the database; conduct on 20 January 2025 does not', () => {
    expect(
      evaluateYaml(current, convictedAgent('2025-01-19', CONVICTED)).reporting.map((r) => r.system),
    ).toContain(NLEAD);
    expect(evaluateYaml(current, convictedAgent('2025-01-20', CONVICTED)).reporting).toEqual([]);
  });

  it('a decertification alone is enough to report', () => {
    const yaml = convictedAgent(
      '2023-04-01',
      '{ employer: federal, role: police, underColorOfLaw: true, convictedForConduct: false, decertifiedForConduct: true }',
    );
    expect(evaluateYaml(current, yaml).reporting.find((r) => r.system === NLEAD)?.determined).toBe(true);
  });

  it('a federal officer neither convicted nor decertified is not reported', () => {
    const yaml = convictedAgent(
      '2023-04-01',
      '{ employer: federal, role: police, underColorOfLaw: true, convictedForConduct: false, decertifiedForConduct: false }',
      '[]',
    );
    expect(evaluateYaml(current, yaml).reporting).toEqual([]);
  });

  it('when conviction and decertification are unknown the entry is open and asks both', () => {
    const yaml = convictedAgent(
      '2023-04-01',
      '{ employer: federal, role: police, underColorOfLaw: true }',
      '[]',
    );
    const entry = evaluateYaml(current, yaml).reporting.find((r) => r.system === NLEAD);
    expect(entry?.determined).toBe(false);
    expect(sorted(entry?.needs ?? [])).toEqual([
      'officer.convictedForConduct',
      'officer.decertifiedForConduct',
    ]);
  });

  it('a known conviction settles it whatever the decertification', () => {
    const yaml = convictedAgent(
      '2023-04-01',
      '{ employer: federal, role: police, underColorOfLaw: true, convictedForConduct: true }',
    );
    expect(evaluateYaml(current, yaml).reporting.find((r) => r.system === NLEAD)).toMatchObject({
      determined: true,
      needs: [],
    });
  });
});

describe('EO 14074 § 6: use-of-force data to the FBI', () => {
  const FBI_CITE = `${CITE} § 6; FBI National Use-of-Force Data Collection`;
  const AGENT = '{ employer: federal, role: police, underColorOfLaw: true }';

  it('a federal officer’s shooting on 21 November 2022, when § 6’s 180 days ran out, is reported to the FBI use-of-force collection', () => {
    const yaml = convictedAgent('2022-11-21', AGENT, '[firearm]');
    const entry = evaluateYaml(current, yaml).reporting.find((r) => r.system === FBI_DATA);
    expect(entry).toEqual({ system: FBI_DATA, determined: true, cite: FBI_CITE, needs: [] });
    expect(decideYaml(current, yaml, 'reporting.fbiNationalUseOfForceDataCollection').rule).toBe(
      'eo-14074.use-of-force-data',
    );
  });

  it('a federal officer’s taser use causing an injury short of serious bodily injury is not reported: § 6 asks deaths, serious bodily injuries and firearm discharges, not every use of force', () => {
    const yaml = convictedAgent('2023-04-01', AGENT, '[taser]');
    expect(evaluateYaml(current, yaml).reporting.map((r) => r.system)).not.toContain(FBI_DATA);
    expect(decideYaml(current, yaml, 'reporting.fbiNationalUseOfForceDataCollection').rule).toBe(
      'reporting.use-of-force-data.voluntary',
    );
  });

  it('the same taser use is reported when it causes serious bodily injury or death', () => {
    for (const harm of ['serious-injury', 'death']) {
      const yaml = convictedAgent('2023-04-01', AGENT, '[taser]').replace('harm: injury', `harm: ${harm}`);
      expect(evaluateYaml(current, yaml).reporting.find((r) => r.system === FBI_DATA)?.determined).toBe(true);
    }
  });

  it('the same shooting on 20 November 2022, before the reports were due, or on 20 January 2025, after the revocation, is not required to be reported', () => {
    for (const date of ['2022-05-25', '2022-11-20', '2025-01-20']) {
      const yaml = convictedAgent(date, AGENT, '[firearm]');
      expect(evaluateYaml(current, yaml).reporting.map((r) => r.system)).not.toContain(FBI_DATA);
    }
    const lastDay = convictedAgent('2025-01-19', AGENT, '[firearm]');
    expect(evaluateYaml(current, lastDay).reporting.map((r) => r.system)).toContain(FBI_DATA);
  });

  it('when the force used and the harm are unknown the report is open on both', () => {
    const yaml = convictedAgent(
      '2023-04-01',
      '{ employer: federal, role: police, convictedForConduct: false, decertifiedForConduct: false }',
      'null',
    ).replace('harm: injury', 'harm: null');
    expect(evaluateYaml(current, yaml).reporting).toMatchObject([{ system: FBI_DATA, determined: false }]);
    expect(sorted(evaluateYaml(current, yaml).reporting[0]?.needs ?? [])).toEqual(['conduct.force', 'harm']);
  });
});
