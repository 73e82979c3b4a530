import { describe, expect, it } from 'vitest';
import { cityProfile, decideRow, federalProfile, obligationOf, resultOf } from '../../agency/testkit.js';

/**
 * What H.R. 1280 asks of an agency (LAW.md §2.3, §2.3a, §2.4, §3.4): every row of the
 * side-by-side, with a profile that shows it. A city department with direct JAG and COPS money
 * (Minneapolis-shaped, March 2021) and a federal agency.
 */

const H = 'gfjpa-2021';

describe('H.R. 1280, use-of-force and stop-and-frisk data', () => {
  it('a city that does not report its use of force to DOJ loses JAG and COPS eligibility for the year', () => {
    const p = cityProfile({ reporting: { fbiUseOfForce: false } });
    expect(decideRow(H, p, 'use-of-force-data')).toMatchObject({
      binds: 'reporting-duty',
      bindsRule: 'hr-1280.agency.use-of-force-data.condition',
      met: false,
      metRule: 'hr-1280.agency.use-of-force-data.met',
    });
    const risks = resultOf(H, p).grantsAtRisk.filter((g) => g.row === 'use-of-force-data');
    expect(risks.map((g) => [g.grant, g.loss, g.usdPerYear])).toEqual([
      ['byrne-jag', 'ineligible-for-year', 400000],
      ['cops', 'ineligible-for-year', 2500000],
    ]);
  });

  it('a federal agency reports too, with no grant at stake', () => {
    const p = federalProfile({ reporting: { fbiUseOfForce: true } });
    expect(decideRow(H, p, 'use-of-force-data')).toMatchObject({
      binds: 'reporting-duty',
      bindsRule: 'hr-1280.agency.use-of-force-data.federal',
      met: true,
    });
  });

  it('stops and frisks: unknown reporting leaves the obligation undetermined, naming the fact', () => {
    const p = cityProfile();
    const row = decideRow(H, p, 'stop-and-frisk-data');
    expect(row).toMatchObject({
      binds: 'reporting-duty',
      bindsRule: 'hr-1280.agency.stop-and-frisk-data.condition',
      met: undefined,
    });
    expect(row.needs).toEqual(['reporting.stopsAndFrisks']);
    expect(
      decideRow(H, cityProfile({ reporting: { stopsAndFrisks: true } }), 'stop-and-frisk-data').metRule,
    ).toBe('hr-1280.agency.stop-and-frisk-data.met');
    expect(decideRow(H, federalProfile(), 'stop-and-frisk-data').bindsRule).toBe(
      'hr-1280.agency.stop-and-frisk-data.federal',
    );
  });
});

describe('H.R. 1280, the racial-profiling ban and the misconduct registry', () => {
  it('the profiling ban binds every agency by law; a written policy shows it is met', () => {
    const p = cityProfile({ policy: { racialProfilingPolicy: true } });
    expect(decideRow(H, p, 'racial-profiling')).toMatchObject({
      binds: 'law',
      bindsRule: 'hr-1280.agency.racial-profiling.ban',
      met: true,
      metRule: 'hr-1280.agency.racial-profiling.met',
    });
    expect(obligationOf(resultOf(H, p), 'racial-profiling')?.unconfirmed).toMatch(/mechanics.*UNCONFIRMED/);
  });

  it('the registry takes complaints and misconduct records; no grant loss is invented', () => {
    const p = cityProfile({ reporting: { misconductRecords: false } });
    expect(decideRow(H, p, 'misconduct-records')).toMatchObject({
      binds: 'reporting-duty',
      bindsRule: 'hr-1280.agency.misconduct-records.registry',
      met: false,
      metRule: 'hr-1280.agency.misconduct-records.met',
    });
    expect(resultOf(H, p).grantsAtRisk.filter((g) => g.row === 'misconduct-records')).toEqual([]);
  });
});

describe('H.R. 1280, body cameras and the duty to intervene', () => {
  it('federal officers must wear body cameras; a city is only pointed to its existing grants', () => {
    expect(decideRow(H, federalProfile({ policy: { bodyCameras: 'some' } }), 'body-cameras')).toMatchObject({
      binds: 'law',
      bindsRule: 'hr-1280.agency.body-cameras.federal-mandate',
      met: false,
      metRule: 'hr-1280.agency.body-cameras.federal-met',
    });
    expect(decideRow(H, cityProfile(), 'body-cameras')).toMatchObject({
      binds: 'grant-eligibility',
      bindsRule: 'hr-1280.agency.body-cameras.existing-grants',
    });
  });

  it('duty-to-intervene training is a Byrne condition for a JAG recipient, and a duty for federal officers', () => {
    const p = cityProfile({ policy: { dutyToInterveneTraining: false } });
    expect(decideRow(H, p, 'duty-to-intervene')).toMatchObject({
      binds: 'grant-condition',
      bindsRule: 'hr-1280.agency.duty-to-intervene.byrne-condition',
      met: false,
      metRule: 'hr-1280.agency.duty-to-intervene.met',
    });
    expect(
      resultOf(H, p)
        .grantsAtRisk.filter((g) => g.row === 'duty-to-intervene')
        .map((g) => g.grant),
    ).toEqual(['byrne-jag']);
    expect(decideRow(H, cityProfile({ grants: { byrneJag: 'none' } }), 'duty-to-intervene').binds).toBe(
      'none',
    );
    expect(decideRow(H, federalProfile(), 'duty-to-intervene').bindsRule).toBe(
      'hr-1280.agency.duty-to-intervene.federal',
    );
  });
});

describe('H.R. 1280, military equipment, accreditation and grants to states', () => {
  it('a 1033 participant faces the transfer limits; whether it is in the program is asked, not assumed', () => {
    expect(decideRow(H, cityProfile({ grants: { program1033: true } }), 'military-equipment')).toMatchObject({
      binds: 'law',
      bindsRule: 'hr-1280.agency.military-equipment.limits',
    });
    expect(decideRow(H, cityProfile(), 'military-equipment').needs).toEqual(['grants.program1033']);
  });

  it('accreditation standards: the bill addresses them, how they bind is UNCONFIRMED', () => {
    expect(decideRow(H, cityProfile(), 'accreditation')).toMatchObject({
      binds: 'unconfirmed',
      bindsRule: 'hr-1280.agency.accreditation.standards',
    });
  });

  it('the state may apply for independent-investigation and pattern-or-practice grants', () => {
    expect(decideRow(H, cityProfile(), 'independent-investigations').bindsRule).toBe(
      'hr-1280.agency.independent-investigations.grants',
    );
    expect(decideRow(H, cityProfile(), 'state-ag-pattern-or-practice')).toMatchObject({
      binds: 'grant-eligibility',
      bindsRule: 'hr-1280.agency.state-ag-pattern-or-practice.grants',
    });
  });
});

describe('H.R. 1280, crimes and the federal deadly-force standard', () => {
  it('custodial sexual acts become a crime for federal officers only', () => {
    expect(decideRow(H, federalProfile(), 'custodial-sexual-act-crime')).toMatchObject({
      binds: 'crime',
      bindsRule: 'hr-1280.agency.custodial-sexual-act.crime',
    });
    expect(decideRow(H, cityProfile(), 'custodial-sexual-act-crime').binds).toBe('none');
  });

  it('the deadly-force standard binds federal officers; states get an incentive of UNCONFIRMED size', () => {
    expect(decideRow(H, federalProfile(), 'federal-deadly-force-standard').bindsRule).toBe(
      'hr-1280.agency.deadly-force.federal-standard',
    );
    const city = resultOf(H, cityProfile());
    expect(obligationOf(city, 'federal-deadly-force-standard')).toMatchObject({
      rule: 'hr-1280.agency.deadly-force.state-incentive',
      mechanism: 'grant-eligibility',
    });
    expect(obligationOf(city, 'federal-deadly-force-standard')?.unconfirmed).toMatch(/UNCONFIRMED/);
  });

  it('§ 101 reaches every officer, local or federal, with "knowingly or recklessly"', () => {
    for (const p of [cityProfile(), federalProfile()])
      expect(resultOf(H, p).crimes.map((c) => c.rule)).toContain(
        'hr-1280.agency.section-242.knowing-or-reckless',
      );
  });

  it('the false-report crime is not addressed by H.R. 1280, and says so', () => {
    expect(resultOf(H, cityProfile()).notAddressed.map((n) => n.row)).toEqual(['false-report-crime']);
  });
});

describe('H.R. 1280, no-knock warrants and chokeholds', () => {
  it('COPS only, and only with a law banning no-knock warrants in drug cases', () => {
    const p = cityProfile({ policy: { noKnock: 'restricted' } });
    expect(decideRow(H, p, 'no-knock')).toMatchObject({
      binds: 'grant-condition',
      bindsRule: 'hr-1280.agency.no-knock.cops-condition',
      met: false,
      metRule: 'hr-1280.agency.no-knock.met',
    });
    expect(
      resultOf(H, p)
        .grantsAtRisk.filter((g) => g.row === 'no-knock')
        .map((g) => g.grant),
    ).toEqual(['cops']);
    expect(decideRow(H, cityProfile({ grants: { cops: false } }), 'no-knock').binds).toBe('none');
    expect(decideRow(H, federalProfile({ policy: { noKnock: 'banned' } }), 'no-knock')).toMatchObject({
      bindsRule: 'hr-1280.agency.no-knock.federal-ban',
      met: true,
    });
  });

  it('Minnesota’s ban with a deadly-force exception does not meet the condition: JAG and COPS lost for the year', () => {
    const p = cityProfile({ policy: { chokehold: 'law-deadly-force-exception' } });
    expect(decideRow(H, p, 'chokehold')).toMatchObject({
      binds: 'grant-condition',
      bindsRule: 'hr-1280.agency.chokehold.byrne-cops-condition',
      met: false,
      metRule: 'hr-1280.agency.chokehold.condition-met',
    });
    expect(resultOf(H, p).usdAtRisk).toEqual({ 'byrne-jag': 400000, cops: 2500000 });
    expect(decideRow(H, cityProfile({ policy: { chokehold: 'law' } }), 'chokehold').met).toBe(true);
  });

  it('the definition reaches carotid holds; federal officers are banned outright', () => {
    const o = obligationOf(resultOf(H, cityProfile()), 'chokehold');
    expect(o?.text).toContain('carotid artery restraints');
    expect(
      decideRow(H, federalProfile({ policy: { chokehold: 'policy-deadly-force-exception' } }), 'chokehold'),
    ).toMatchObject({
      binds: 'law',
      bindsRule: 'hr-1280.agency.chokehold.federal-ban',
      met: false,
      metRule: 'hr-1280.agency.chokehold.federal-met',
    });
  });
});
