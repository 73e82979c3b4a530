import { describe, expect, it } from 'vitest';
import { cityProfile, decideRow, federalProfile, resultOf } from '../agency/testkit.js';

/** What the law in force asked of agencies, by date: EO 13929 (LAW.md §0 E13) and EO 14074 (§0 E14, §4.4). */

describe('EO 13929: DOJ discretionary grants conditioned on credentialing, June 16, 2020 - May 24, 2022', () => {
  const withDoj = (date: string, accreditation: 'none' | 'applied' | 'held') =>
    cityProfile({
      date,
      grants: { dojDiscretionary: true, dojDiscretionaryUsd: 100000 },
      policy: { accreditation },
    });

  it('an agency with neither credentials nor an application has its DOJ discretionary grants at risk', () => {
    const p = withDoj('2021-03-03', 'none');
    expect(decideRow('current', p, 'accreditation')).toMatchObject({
      binds: 'grant-condition',
      bindsRule: 'eo-13929.agency.credentialing-condition',
      met: false,
      metRule: 'eo-13929.agency.credentialing-met',
    });
    expect(resultOf('current', p).grantsAtRisk).toMatchObject([
      {
        grant: 'doj-discretionary',
        loss: 'conditioned-on-credentialing',
        usdPerYear: 100000,
        determined: true,
      },
    ]);
  });

  it('an application pending keeps it eligible', () => {
    expect(decideRow('current', withDoj('2021-03-03', 'applied'), 'accreditation').met).toBe(true);
  });

  it('revoked on May 25, 2022: no condition after, none before June 16, 2020', () => {
    expect(decideRow('current', withDoj('2022-05-25', 'none'), 'accreditation').binds).toBe('none');
    expect(decideRow('current', withDoj('2020-06-15', 'none'), 'accreditation').binds).toBe('none');
    expect(decideRow('current', withDoj('2022-05-24', 'none'), 'accreditation').binds).toBe(
      'grant-condition',
    );
  });
});

describe('EO 14074: federal agencies only, May 25, 2022 - Jan. 19, 2025', () => {
  it('monthly use-of-force data to the FBI', () => {
    expect(
      decideRow('current', federalProfile({ reporting: { fbiUseOfForce: false } }), 'use-of-force-data'),
    ).toMatchObject({
      binds: 'reporting-duty',
      bindsRule: 'eo-14074.agency.use-of-force-data',
      met: false,
      metRule: 'eo-14074.agency.use-of-force-data-met',
    });
  });

  it('chokehold and no-knock policies at least as strict as DOJ’s of Sept. 13, 2021', () => {
    const p = federalProfile({ policy: { chokehold: 'policy-deadly-force-exception', noKnock: 'none' } });
    expect(decideRow('current', p, 'chokehold')).toMatchObject({
      bindsRule: 'eo-14074.agency.chokehold-policy',
      met: true,
      metRule: 'eo-14074.agency.chokehold-met',
    });
    expect(decideRow('current', p, 'no-knock')).toMatchObject({
      bindsRule: 'eo-14074.agency.no-knock-policy',
      met: false,
      metRule: 'eo-14074.agency.no-knock-met',
    });
  });

  it('body cameras worn and activated in arrests and searches', () => {
    const p = federalProfile({ policy: { bodyCameras: 'some', bodyCameraActivation: true } });
    expect(decideRow('current', p, 'body-cameras')).toMatchObject({
      bindsRule: 'eo-14074.agency.body-cameras',
      met: true,
      metRule: 'eo-14074.agency.body-cameras-met',
    });
  });

  it('not before May 25, 2022, not after its revocation, and never for a city', () => {
    expect(decideRow('current', federalProfile({ date: '2022-05-24' }), 'body-cameras').binds).toBe('none');
    expect(decideRow('current', federalProfile({ date: '2025-01-20' }), 'chokehold').binds).toBe('none');
    expect(decideRow('current', cityProfile({ date: '2023-06-01' }), 'chokehold').binds).toBe('none');
  });
});
