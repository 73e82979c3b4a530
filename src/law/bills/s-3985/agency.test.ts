import { describe, expect, it } from 'vitest';
import { cityProfile, decideRow, federalProfile, obligationOf, resultOf } from '../../agency/testkit.js';

/**
 * What S. 3985 (the JUSTICE Act) asks of an agency (LAW.md §3.2-§3.4): every row of the
 * side-by-side, with a profile that shows it, including the rows it leaves alone.
 */

const S = 'justice-act-2020';

describe('S. 3985 §§ 101-102: reporting', () => {
  it('a JAG recipient that does not report use of force to the FBI loses 20% of its award (25% later)', () => {
    const p = cityProfile({ reporting: { fbiUseOfForce: false } });
    expect(decideRow(S, p, 'use-of-force-data')).toMatchObject({
      binds: 'reporting-duty',
      bindsRule: 's-3985.agency.use-of-force-data.jag-reduction',
      met: false,
      metRule: 's-3985.agency.use-of-force-data.met',
    });
    const [risk] = resultOf(S, p).grantsAtRisk.filter((g) => g.row === 'use-of-force-data');
    expect(risk).toMatchObject({
      grant: 'byrne-jag',
      loss: 'reduced-by-percentage',
      percent: 20,
      laterPercent: 25,
      usdPerYear: 80000,
    });
  });

  it('no-knock warrants are reported, not banned; whether the penalty applies is UNCONFIRMED, so no amount', () => {
    const p = cityProfile({ reporting: { noKnockWarrants: false } });
    expect(decideRow(S, p, 'no-knock')).toMatchObject({
      binds: 'reporting-duty',
      bindsRule: 's-3985.agency.no-knock.report',
      met: false,
      metRule: 's-3985.agency.no-knock.met',
    });
    const [risk] = resultOf(S, p).grantsAtRisk.filter((g) => g.row === 'no-knock');
    expect(risk).toMatchObject({ loss: 'unconfirmed', usdPerYear: null });
  });

  it('stop-and-frisk data is not addressed', () => {
    expect(decideRow(S, cityProfile(), 'stop-and-frisk-data').binds).toBe('none');
    expect(resultOf(S, cityProfile()).notAddressed.map((n) => n.row)).toContain('stop-and-frisk-data');
  });
});

describe('S. 3985 § 105: chokeholds', () => {
  it('an agency policy with a deadly-force exception meets it (Minnesota-shaped city: nothing at risk)', () => {
    const p = cityProfile({ policy: { chokehold: 'law-deadly-force-exception' } });
    expect(decideRow(S, p, 'chokehold')).toMatchObject({
      binds: 'grant-condition',
      bindsRule: 's-3985.agency.chokehold.reduction',
      met: true,
      metRule: 's-3985.agency.chokehold.met',
    });
  });

  it('without one the money is reduced by a percentage the sources do not give: no amount is invented', () => {
    const p = cityProfile({ policy: { chokehold: 'none' } });
    const risks = resultOf(S, p).grantsAtRisk.filter((g) => g.row === 'chokehold');
    expect(risks.map((g) => [g.grant, g.loss, g.usdPerYear])).toEqual([
      ['byrne-jag', 'reduced-by-percentage', null],
      ['cops', 'reduced-by-percentage', null],
    ]);
    expect(obligationOf(resultOf(S, p), 'chokehold')?.unconfirmed).toMatch(/carotid.*UNCONFIRMED/);
  });
});

describe('S. 3985 Titles II, III and VI', () => {
  it('an agency with cameras that need not be on in arrests risks a percentage of federal funds (UNCONFIRMED)', () => {
    const p = cityProfile({ policy: { bodyCameras: 'all', bodyCameraActivation: false } });
    expect(decideRow(S, p, 'body-cameras')).toMatchObject({
      binds: 'grant-condition',
      bindsRule: 's-3985.agency.body-cameras.penalty',
      met: false,
      metRule: 's-3985.agency.body-cameras.met',
    });
    expect(decideRow(S, cityProfile({ policy: { bodyCameras: 'none' } }), 'body-cameras')).toMatchObject({
      binds: 'grant-eligibility',
      bindsRule: 's-3985.agency.body-cameras.grants',
    });
  });

  it('disciplinary records kept 30 years with pre-hire checks, a Byrne-linked condition', () => {
    const p = cityProfile({ policy: { disciplinaryRecords30Years: true, preHireRecordChecks: false } });
    expect(decideRow(S, p, 'misconduct-records')).toMatchObject({
      binds: 'grant-condition',
      bindsRule: 's-3985.agency.misconduct-records.retention',
      met: false,
      metRule: 's-3985.agency.misconduct-records.met',
    });
  });

  it('duty-to-intervene: training grants, no mandate', () => {
    expect(
      decideRow(S, cityProfile({ policy: { dutyToInterveneTraining: false } }), 'duty-to-intervene'),
    ).toMatchObject({
      binds: 'grant-eligibility',
      bindsRule: 's-3985.agency.duty-to-intervene.training-grants',
    });
  });
});

describe('S. 3985: crimes, and the rows it leaves alone', () => {
  it('falsified police reports: up to 20 years, for any officer', () => {
    for (const p of [cityProfile(), federalProfile()])
      expect(decideRow(S, p, 'false-report-crime')).toMatchObject({
        binds: 'crime',
        bindsRule: 's-3985.agency.false-report.crime',
      });
  });

  it('sexual acts with persons in custody: a crime for federal officers', () => {
    expect(decideRow(S, federalProfile(), 'custodial-sexual-act-crime')).toMatchObject({
      binds: 'crime',
      bindsRule: 's-3985.agency.custodial-sexual-act.crime',
    });
  });

  it.each([
    'racial-profiling',
    'military-equipment',
    'accreditation',
    'independent-investigations',
    'state-ag-pattern-or-practice',
    'federal-deadly-force-standard',
    'section-242-standard',
  ] as const)('%s is not addressed, explicitly', (row) => {
    const r = resultOf(S, cityProfile({ date: '2023-01-01' }));
    expect(obligationOf(r, row)).toBeUndefined();
    expect(r.notAddressed.find((n) => n.row === row)?.note).toMatch(
      /^S\. 3985 \(116th Cong\.\) as introduced contains no /,
    );
  });
});
