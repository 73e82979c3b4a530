import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateAgency } from './evaluate.js';
import { parseAgencyProfile } from './profile.js';
import { AGENCY_REGIMES } from './regimes.js';

/**
 * The three bundled profiles (data/agencies) as golden tests: for each regime, each row's
 * mechanism and status, the dollars known at risk, and the crimes that reach the officers.
 */

const DIR = join(import.meta.dirname, '..', '..', '..', 'data', 'agencies');
const load = (name: string) => parseAgencyProfile(readFileSync(join(DIR, `${name}.yaml`), 'utf8'), name);

function summary(name: string) {
  const profile = load(name);
  return Object.fromEntries(
    [...AGENCY_REGIMES.values()].map((regime) => {
      const r = evaluateAgency(regime, profile);
      return [
        regime.id,
        {
          rows: Object.fromEntries(
            r.obligations.map((o) => [o.row, `${o.mechanism ?? 'undetermined'}: ${o.status}`]),
          ),
          usdAtRisk: r.usdAtRisk,
          crimes: r.crimes.map((c) => c.row),
        },
      ];
    }),
  );
}

describe('golden agency profiles', () => {
  it('a large city department with direct JAG and COPS (Minneapolis-shaped, March 2021)', () => {
    const s = summary('large-city-minneapolis-shaped-2021');
    expect(s.current).toEqual({
      rows: { accreditation: 'grant-condition: not-met' },
      usdAtRisk: {},
      crimes: [],
    });
    expect(s['gfjpa-2021']?.rows).toEqual({
      'use-of-force-data': 'reporting-duty: undetermined',
      'stop-and-frisk-data': 'reporting-duty: undetermined',
      'racial-profiling': 'law: undetermined',
      'misconduct-records': 'reporting-duty: undetermined',
      'body-cameras': 'grant-eligibility: not-applicable',
      'duty-to-intervene': 'grant-condition: met',
      'military-equipment': 'undetermined: undetermined',
      accreditation: 'unconfirmed: not-applicable',
      'independent-investigations': 'grant-eligibility: not-applicable',
      'state-ag-pattern-or-practice': 'grant-eligibility: not-applicable',
      'federal-deadly-force-standard': 'grant-eligibility: not-applicable',
      'no-knock': 'grant-condition: not-met',
      chokehold: 'grant-condition: not-met',
    });
    // Minnesota's chokehold law has a deadly-force exception: both grants lost for the year.
    expect(s['gfjpa-2021']?.usdAtRisk).toEqual({ 'byrne-jag': 400000, cops: 2500000 });
    expect(s['gfjpa-2021']?.crimes).toEqual(['section-242-standard']);
    expect(s['justice-act-2020']?.rows).toMatchObject({
      chokehold: 'grant-condition: met',
      'use-of-force-data': 'reporting-duty: undetermined',
      accreditation: 'grant-condition: not-met',
    });
    expect(s['justice-act-2020']?.usdAtRisk).toEqual({});
    expect(s['justice-act-2020']?.crimes).toEqual(['false-report-crime']);
  });

  it('a small rural sheriff served only through the state’s JAG share', () => {
    const s = summary('rural-sheriff-state-jag-2021');
    expect(s.current).toEqual({ rows: {}, usdAtRisk: {}, crimes: [] });
    expect(s['gfjpa-2021']?.rows).toMatchObject({
      'use-of-force-data': 'reporting-duty: not-met',
      'duty-to-intervene': 'grant-condition: not-met',
      'military-equipment': 'law: not-applicable',
      chokehold: 'grant-condition: not-met',
    });
    expect(s['gfjpa-2021']?.rows).not.toHaveProperty('no-knock'); // no COPS money, no COPS condition
    expect(s['gfjpa-2021']?.usdAtRisk).toEqual({ 'byrne-jag': 9000 });
    expect(s['justice-act-2020']?.rows).toMatchObject({
      'use-of-force-data': 'reporting-duty: not-met',
      'body-cameras': 'grant-condition: not-met',
      chokehold: 'grant-condition: not-met',
      'misconduct-records': 'grant-condition: undetermined',
    });
    // 20% of its $9,000 subgrant; the chokehold reduction's percentage is UNCONFIRMED, so not counted.
    expect(s['justice-act-2020']?.usdAtRisk).toEqual({ 'byrne-jag': 1800 });
  });

  it('a federal agency in 2023, under EO 14074', () => {
    const s = summary('federal-agency-2023');
    expect(s.current?.rows).toEqual({
      'use-of-force-data': 'reporting-duty: met',
      'body-cameras': 'law: met',
      'no-knock': 'law: met',
      chokehold: 'law: met',
    });
    expect(s['gfjpa-2021']?.rows).toMatchObject({
      chokehold: 'law: not-met',
      'no-knock': 'law: not-met',
      'body-cameras': 'law: not-met',
      'duty-to-intervene': 'law: met',
    });
    expect(s['gfjpa-2021']?.crimes).toEqual(['custodial-sexual-act-crime', 'section-242-standard']);
    expect(s['justice-act-2020']?.crimes).toEqual(['false-report-crime', 'custodial-sexual-act-crime']);
    for (const r of Object.values(s)) expect(r.usdAtRisk).toEqual({});
  });
});
