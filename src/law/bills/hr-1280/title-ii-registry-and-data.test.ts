import { describe, expect, it } from 'vitest';
import type { Regime } from '../../../engine/index.js';
import { current } from '../../regimes.js';
import { decideYaml, evaluateYaml, regimeById } from '../../testkit.js';

/**
 * H.R. 1280 Title II: § 201, the National Police Misconduct Registry; and the
 * PRIDE Act and CRS-described data collection: the use of deadly force reported to DOJ.
 */

const GFJPA = regimeById('gfjpa-2021');

const systems = (r: Regime, yaml: string) => evaluateYaml(r, yaml).reporting.map((x) => x.system);

const REGISTRY = 'reporting.nationalPoliceMisconductRegistry';
const DOJ_DATA = 'reporting.dojUseOfForceData';

/** An officer convicted for a beating during an arrest, or decertified, or found to have violated rights. */
const beating = (o: {
  employer?: string;
  role?: string;
  convicted?: string;
  decertified?: string;
  rightViolated?: string;
  complaint?: string;
  deadlyForce?: string;
  date?: string;
}) => `
  id: arrest-beating
  title: An officer beats a man during an arrest
  date: ${o.date ?? '2018-09-15'}
  place: { state: OH, locality: Cleveland }
  officer: { employer: ${o.employer ?? 'local'}, role: ${o.role ?? 'police'}, underColorOfLaw: true, convictedForConduct: ${o.convicted ?? 'false'}, decertifiedForConduct: ${o.decertified ?? 'false'}, complaintFiled: ${o.complaint ?? 'false'} }
  conduct: { force: [bodily-force, impact-weapon], deadlyForce: ${o.deadlyForce ?? 'false'}, claims: [excessive-force] }
  harm: serious-injury
  findings: { rightViolated: ${o.rightViolated ?? 'false'} }
`;

describe('H.R. 1280 § 201: the National Police Misconduct Registry', () => {
  it('no national registry of police misconduct exists under the law in force', () => {
    expect(systems(current, beating({ convicted: 'true' }))).not.toContain(
      'national-police-misconduct-registry',
    );
  });

  it('under H.R. 1280 an officer convicted for the beating goes to the registry', () => {
    const result = evaluateYaml(GFJPA, beating({ convicted: 'true' }));
    expect(result.hypothetical).toBe(true);
    expect(result.reporting).toContainEqual({
      system: 'national-police-misconduct-registry',
      determined: true,
      cite: 'H.R. 1280 (117th Cong.) § 201',
      needs: [],
    });
    expect(decideYaml(GFJPA, beating({ convicted: 'true' }), REGISTRY).rule).toBe(
      'hr-1280.sec-201.misconduct-record',
    );
  });

  it('so does an officer decertified for it, or one a court found violated the victim’s rights', () => {
    expect(decideYaml(GFJPA, beating({ decertified: 'true' }), REGISTRY).value).toBe(true);
    expect(decideYaml(GFJPA, beating({ rightViolated: 'true' }), REGISTRY).value).toBe(true);
  });

  it('a tribal police officer is covered too', () => {
    expect(decideYaml(GFJPA, beating({ employer: 'tribal', convicted: 'true' }), REGISTRY).value).toBe(true);
  });

  it('it holds complaints, not only findings: a complaint against the officer goes to it before any finding, conviction or de-certification', () => {
    const yaml = beating({ complaint: 'true', rightViolated: 'null' });
    expect(decideYaml(GFJPA, yaml, REGISTRY)).toEqual({
      value: true,
      rule: 'hr-1280.sec-201.misconduct-record',
      needs: [],
    });
    expect(systems(GFJPA, yaml)).toContain('national-police-misconduct-registry');
  });

  it('with neither a complaint nor any misconduct record nothing goes to the registry', () => {
    expect(decideYaml(GFJPA, beating({}), REGISTRY)).toEqual({
      value: false,
      rule: 'hr-1280.sec-201.no-record',
      needs: [],
    });
    expect(systems(GFJPA, beating({}))).not.toContain('national-police-misconduct-registry');
  });

  it('it is a police registry: a prison guard’s conviction does not go to it', () => {
    expect(decideYaml(GFJPA, beating({ role: 'corrections', convicted: 'true' }), REGISTRY).rule).toBe(
      'hr-1280.sec-201.no-record',
    );
  });

  it('when the record is unknown the registry is listed as undetermined, with what would decide it', () => {
    const entry = evaluateYaml(
      GFJPA,
      beating({ convicted: 'null', decertified: 'null', rightViolated: 'null', complaint: 'null' }),
    ).reporting.find((x) => x.system === 'national-police-misconduct-registry');
    expect(entry).toMatchObject({ determined: false });
    expect([...(entry?.needs ?? [])].sort()).toEqual([
      'findings.rightViolated',
      'officer.complaintFiled',
      'officer.convictedForConduct',
      'officer.decertifiedForConduct',
    ]);
  });
});

describe('H.R. 1280 Title II: the use of deadly force reported to DOJ (PRIDE Act, CRS R46431)', () => {
  it('under H.R. 1280 a city officer’s use of deadly force is reported to DOJ; under the law in force it is not', () => {
    const yaml = beating({ deadlyForce: 'true' });
    expect(systems(current, yaml)).not.toContain('doj-use-of-force-data');
    expect(evaluateYaml(GFJPA, yaml).reporting).toContainEqual({
      system: 'doj-use-of-force-data',
      determined: true,
      cite: 'H.R. 1280 (117th Cong.); CRS R46431 (Mar. 11, 2021)',
      needs: [],
    });
    expect(decideYaml(GFJPA, yaml, DOJ_DATA).rule).toBe('hr-1280.pride.deadly-force-report');
  });

  it('federal and tribal agencies report too', () => {
    expect(decideYaml(GFJPA, beating({ employer: 'federal', deadlyForce: 'true' }), DOJ_DATA).value).toBe(
      true,
    );
    expect(decideYaml(GFJPA, beating({ employer: 'tribal', deadlyForce: 'true' }), DOJ_DATA).value).toBe(
      true,
    );
  });

  it('force that was not deadly is not reported', () => {
    expect(decideYaml(GFJPA, beating({ deadlyForce: 'false' }), DOJ_DATA)).toEqual({
      value: false,
      rule: 'hr-1280.pride.no-deadly-force',
      needs: [],
    });
    expect(systems(GFJPA, beating({ deadlyForce: 'false' }))).not.toContain('doj-use-of-force-data');
  });

  it('as a proposal both apply whatever the date: a 1995 shooting is reported', () => {
    expect(systems(GFJPA, beating({ deadlyForce: 'true', convicted: 'true', date: '1995-05-05' }))).toEqual(
      expect.arrayContaining(['doj-use-of-force-data', 'national-police-misconduct-registry']),
    );
  });
});
