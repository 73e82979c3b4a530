import { describe, expect, it } from 'vitest';
import { cityProfile, decideRow, obligationOf, resultOf } from '../../agency/testkit.js';

/** The Democrats' final offer (Sept. 2021) for agency profiles, as far as the sources go (LAW.md §0 E18). */

const D = 'dem-final-offer-2021';

describe("the Democrats' final offer, for agencies", () => {
  it('the EO 13929 chokehold standard as a condition of Byrne and COPS eligibility: Minnesota’s law meets it', () => {
    const p = cityProfile({ policy: { chokehold: 'law-deadly-force-exception' } });
    expect(decideRow(D, p, 'chokehold')).toMatchObject({
      binds: 'grant-condition',
      bindsRule: 'dem-final-offer-2021.agency.chokehold-eligibility',
      met: true,
      metRule: 'dem-final-offer-2021.agency.chokehold-met',
    });
    expect(resultOf(D, cityProfile({ policy: { chokehold: 'none' } })).usdAtRisk).toEqual({
      'byrne-jag': 400000,
      cops: 2500000,
    });
  });

  it('a database of complaints, with no grant loss invented', () => {
    expect(
      decideRow(D, cityProfile({ reporting: { misconductRecords: false } }), 'misconduct-records'),
    ).toMatchObject({
      binds: 'reporting-duty',
      bindsRule: 'dem-final-offer-2021.agency.complaints-database',
      met: false,
      metRule: 'dem-final-offer-2021.agency.complaints-database-met',
    });
  });

  it('accreditation standards and military-equipment limits, how they bind UNCONFIRMED', () => {
    expect(decideRow(D, cityProfile(), 'accreditation').bindsRule).toBe(
      'dem-final-offer-2021.agency.accreditation',
    );
    expect(decideRow(D, cityProfile({ grants: { program1033: true } }), 'military-equipment').bindsRule).toBe(
      'dem-final-offer-2021.agency.military-equipment',
    );
  });

  it('no-knock: the sources conflict, so nothing is decided and the result says so', () => {
    const r = resultOf(D, cityProfile({ policy: { noKnock: 'none' } }));
    expect(obligationOf(r, 'no-knock')).toMatchObject({
      rule: 'dem-final-offer-2021.agency.no-knock-unconfirmed',
      mechanism: 'unconfirmed',
      status: 'not-applicable',
    });
    expect(obligationOf(r, 'no-knock')?.unconfirmed).toMatch(/CBS.*NBC/);
    expect(r.grantsAtRisk.filter((g) => g.row === 'no-knock')).toEqual([]);
  });
});
