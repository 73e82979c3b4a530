import { describe, expect, it } from 'vitest';
import type { Regime } from '../../../engine/index.js';
import { current } from '../../regimes.js';
import { decideYaml, evaluateYaml, regimeById } from '../../testkit.js';

/**
 * S. 3985 § 101 (George Floyd and Walter Scott Notification Act) and § 102 (Breonna Taylor
 * Notification Act) (LAW.md §3.3): uses of force causing death or serious bodily injury, and
 * firearm discharges at a person, reported to the FBI; no-knock warrants reported, not banned.
 */

const JUSTICE_ACT = regimeById('justice-act-2020');

const systems = (r: Regime, yaml: string) => evaluateYaml(r, yaml).reporting.map((x) => x.system);

const FBI = 'reporting.fbiNationalUseOfForceDataCollection';
const NO_KNOCK_REPORT = 'reporting.noKnockWarrantReport';

/** Walter Scott: a North Charleston officer fires eight shots at a man running away (LAW.md §6 M5). */
const scott = (
  o: { employer?: string; role?: string; force?: string; harm?: string; date?: string } = {},
) => `
  id: scott-shooting
  title: Walter Scott, North Charleston
  date: ${o.date ?? '2015-04-04'}
  place: { state: SC, locality: North Charleston }
  officer: { employer: ${o.employer ?? 'local'}, role: ${o.role ?? 'police'}, underColorOfLaw: true }
  conduct: { force: [${o.force ?? 'taser, firearm'}], deadlyForce: true, claims: [excessive-force] }
  harm: ${o.harm ?? 'death'}
`;

/** Breonna Taylor's apartment: Louisville police execute a drug warrant without knocking (LAW.md §6 M4). */
const taylor = (o: {
  employer?: string;
  state?: string;
  locality?: string;
  noKnockEntry?: string;
  date?: string;
}) => `
  id: no-knock-raid
  title: A no-knock drug raid
  date: ${o.date ?? '2020-03-13'}
  place: { state: ${o.state ?? 'KY'}, locality: ${o.locality ?? 'Louisville'} }
  officer: { employer: ${o.employer ?? 'local'}, role: police, underColorOfLaw: true }
  conduct: { noKnockEntry: ${o.noKnockEntry ?? 'true'}, warrantFor: drug, claims: [unlawful-search] }
  harm: none
`;

describe('S. 3985 § 101: uses of force causing death or serious injury, and shootings, reported to the FBI', () => {
  it('Walter Scott’s killing did not have to be reported to the FBI under the law in force', () => {
    expect(decideYaml(current, scott(), FBI)).toEqual({
      value: false,
      rule: 'reporting.use-of-force-data.voluntary',
      needs: [],
    });
    expect(systems(current, scott())).not.toContain('fbi-national-use-of-force-data-collection');
  });

  it('under the JUSTICE Act it must be reported to the FBI National Use-of-Force Data Collection', () => {
    const result = evaluateYaml(JUSTICE_ACT, scott());
    expect(result.hypothetical).toBe(true);
    expect(result.reporting).toContainEqual({
      system: 'fbi-national-use-of-force-data-collection',
      determined: true,
      cite: 'S. 3985 (116th Cong.) § 101 (George Floyd and Walter Scott Notification Act)',
      needs: [],
    });
    expect(decideYaml(JUSTICE_ACT, scott(), FBI).rule).toBe('s-3985.sec-101.use-of-force-report');
  });

  it('every firearm discharge at a person is reported, even when no one is hurt', () => {
    expect(decideYaml(JUSTICE_ACT, scott({ force: 'firearm', harm: 'none' }), FBI).value).toBe(true);
  });

  it('a beating causing serious bodily injury is reported; one causing a lesser injury is not', () => {
    expect(decideYaml(JUSTICE_ACT, scott({ force: 'bodily-force', harm: 'serious-injury' }), FBI).value).toBe(
      true,
    );
    expect(decideYaml(JUSTICE_ACT, scott({ force: 'taser', harm: 'injury' }), FBI)).toEqual({
      value: false,
      rule: 'reporting.use-of-force-data.voluntary',
      needs: [],
    });
  });

  it('officers supervising sentenced offenders are included: a state prison guard’s use of force is reported', () => {
    expect(
      decideYaml(JUSTICE_ACT, scott({ employer: 'state', role: 'corrections', force: 'bodily-force' }), FBI)
        .value,
    ).toBe(true);
  });

  it('it is a condition on states and localities, not on federal agencies', () => {
    expect(decideYaml(JUSTICE_ACT, scott({ employer: 'federal' }), FBI).rule).toBe(
      'reporting.use-of-force-data.voluntary',
    );
  });

  it('as a proposal it applies whatever the date: a 1995 police killing is reported', () => {
    expect(systems(JUSTICE_ACT, scott({ date: '1995-07-07' }))).toContain(
      'fbi-national-use-of-force-data-collection',
    );
  });
});

describe('S. 3985 § 102: no-knock warrants reported, not banned', () => {
  it('under the law in force Louisville’s no-knock raid was unregulated and reported nowhere', () => {
    const result = evaluateYaml(current, taylor({}));
    expect(result.tactics).toMatchObject([{ tactic: 'no-knock-entry', rule: 'unregulated' }]);
    expect(result.reporting.map((x) => x.system)).not.toContain('no-knock-warrant-report');
  });

  it('under the JUSTICE Act the entry is reporting-only: reported, not prohibited', () => {
    const result = evaluateYaml(JUSTICE_ACT, taylor({}));
    expect(result.tactics).toEqual([
      expect.objectContaining({
        tactic: 'no-knock-entry',
        rule: 'reporting-only',
        met: null,
        breached: null,
        cite: 'S. 3985 (116th Cong.) § 102 (Breonna Taylor Notification Act)',
        unconfirmed: 'Whether the NCSL penalty structure applies to § 102 reporting is UNCONFIRMED.',
      }),
    ]);
    expect(result.reporting).toContainEqual({
      system: 'no-knock-warrant-report',
      determined: true,
      cite: 'S. 3985 (116th Cong.) § 102 (Breonna Taylor Notification Act)',
      needs: [],
    });
    expect(decideYaml(JUSTICE_ACT, taylor({}), 'tactics.noKnock.rule').rule).toBe(
      's-3985.sec-102.reporting-only',
    );
    expect(decideYaml(JUSTICE_ACT, taylor({}), NO_KNOCK_REPORT).rule).toBe('s-3985.sec-102.no-knock-report');
  });

  it('an announced entry is not reported', () => {
    expect(decideYaml(JUSTICE_ACT, taylor({ noKnockEntry: 'false' }), NO_KNOCK_REPORT)).toEqual({
      value: false,
      rule: 's-3985.sec-102.no-report',
      needs: [],
    });
    expect(systems(JUSTICE_ACT, taylor({ noKnockEntry: 'false' }))).not.toContain('no-knock-warrant-report');
  });

  it('a federal agency’s no-knock entry is outside it', () => {
    const yaml = taylor({ employer: 'federal', date: '2019-03-13' });
    expect(decideYaml(JUSTICE_ACT, yaml, NO_KNOCK_REPORT).value).toBe(false);
    expect(evaluateYaml(JUSTICE_ACT, yaml).tactics[0]).toMatchObject({ rule: 'unregulated' });
  });

  it('it does not displace a state ban: in Virginia after its ban took effect (1 March 2021) the entry is prohibited, and still reported', () => {
    const yaml = taylor({ state: 'VA', locality: 'Richmond', date: '2021-03-01' });
    expect(evaluateYaml(JUSTICE_ACT, yaml).tactics[0]).toMatchObject({ rule: 'prohibited', breached: true });
    expect(systems(JUSTICE_ACT, yaml)).toContain('no-knock-warrant-report');
  });
});
