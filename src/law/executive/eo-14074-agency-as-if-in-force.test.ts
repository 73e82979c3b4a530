import { describe, expect, it } from 'vitest';
import { cityProfile, decideRow, federalProfile, resultOf } from '../agency/testkit.js';

/** EO 14074's duties for federal agencies, as if in force on the profile's date (LAW.md §0 E14, §4.4). */

const E = 'eo-14074';

describe('EO 14074 as if in force, for agency profiles', () => {
  const inMarch2021 = (policy = {}, reporting = {}) =>
    federalProfile({ date: '2021-03-03', policy, reporting });

  it('a federal agency in March 2021 would have owed monthly use-of-force data to the FBI', () => {
    expect(decideRow('current', inMarch2021(), 'use-of-force-data').binds).toBe('none');
    expect(decideRow(E, inMarch2021({}, { fbiUseOfForce: false }), 'use-of-force-data')).toMatchObject({
      binds: 'reporting-duty',
      bindsRule: 'eo-14074.agency.use-of-force-data.as-if-in-force',
      met: false,
      metRule: 'eo-14074.agency.use-of-force-data-met.as-if-in-force',
    });
  });

  it('chokehold and no-knock policies at least as strict as DOJ’s', () => {
    const p = inMarch2021({ chokehold: 'none', noKnock: 'restricted' });
    expect(decideRow(E, p, 'chokehold')).toMatchObject({
      bindsRule: 'eo-14074.agency.chokehold-policy.as-if-in-force',
      met: false,
      metRule: 'eo-14074.agency.chokehold-met.as-if-in-force',
    });
    expect(decideRow(E, p, 'no-knock')).toMatchObject({
      bindsRule: 'eo-14074.agency.no-knock-policy.as-if-in-force',
      met: true,
      metRule: 'eo-14074.agency.no-knock-met.as-if-in-force',
    });
  });

  it('body cameras worn and activated; and nothing for a city, which the order does not bind', () => {
    expect(
      decideRow(E, inMarch2021({ bodyCameras: 'all', bodyCameraActivation: false }), 'body-cameras'),
    ).toMatchObject({
      bindsRule: 'eo-14074.agency.body-cameras.as-if-in-force',
      met: false,
      metRule: 'eo-14074.agency.body-cameras-met.as-if-in-force',
    });
    expect(resultOf(E, cityProfile({ date: '2023-06-01' })).obligations.map((o) => o.row)).toEqual([]);
  });

  it('EO 13929’s credentialing condition stays the law in force beside it in 2021', () => {
    const p = cityProfile({
      date: '2021-03-03',
      grants: { dojDiscretionary: true },
      policy: { accreditation: 'held' },
    });
    expect(decideRow(E, p, 'accreditation')).toMatchObject({
      bindsRule: 'eo-13929.agency.credentialing-condition',
      met: true,
    });
  });
});
