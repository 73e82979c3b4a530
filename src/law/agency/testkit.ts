import { evaluate, factsFromObject, type Value } from '../../engine/index.js';
import { type AgencyResult, evaluateAgency, type Obligation } from './evaluate.js';
import { bindsId, metId, type Row } from './obligations.js';
import { type AgencyProfile, parseAgencyProfile, toAgencyProfile } from './profile.js';
import { agencyRegime } from './regimes.js';

/**
 * Test plumbing for the agency law: a profile from a few overrides, and what a regime decides on
 * one row. Test-only; excluded from the build (tsconfig.build.json excludes testkit files).
 */

type Overrides = {
  date?: string;
  agency?: Partial<NonNullable<AgencyProfile['agency']>>;
  grants?: NonNullable<AgencyProfile['grants']>;
  policy?: NonNullable<AgencyProfile['policy']>;
  reporting?: NonNullable<AgencyProfile['reporting']>;
};

/** A city department in March 2021 with direct JAG and COPS money; the rest from `o`, or unknown. */
export function cityProfile(o: Overrides = {}): AgencyProfile {
  return toAgencyProfile({
    id: 'probe-city',
    date: o.date ?? '2021-03-03',
    agency: { kind: 'local-police', state: 'MN', locality: 'Minneapolis', ...(o.agency ?? {}) },
    grants: { byrneJag: 'direct', byrneJagUsd: 400000, cops: true, copsUsd: 2500000, ...(o.grants ?? {}) },
    policy: o.policy ?? {},
    reporting: o.reporting ?? {},
  });
}

/** A federal agency on a date. */
export function federalProfile(o: Overrides = {}): AgencyProfile {
  return toAgencyProfile({
    id: 'probe-federal',
    date: o.date ?? '2023-06-01',
    agency: { kind: 'federal' },
    grants: { byrneJag: 'none', cops: false, ...(o.grants ?? {}) },
    policy: o.policy ?? {},
    reporting: o.reporting ?? {},
  });
}

export const profileYaml = (yaml: string) => parseAgencyProfile(yaml);

/** What a regime decides on one row: binds (value and rule), met (value and needs). */
export function decideRow(regimeId: string, profile: AgencyProfile, row: Row) {
  const regime = agencyRegime(regimeId);
  const out = evaluate(regime, factsFromObject(profile), profile.date, [bindsId(row), metId(row)], {
    trace: false,
  });
  const binds = out.get(bindsId(row));
  const met = out.get(metId(row));
  return {
    binds: binds?.value as Value | undefined,
    bindsRule: binds?.decidedBy?.id ?? null,
    met: met?.value as Value | undefined,
    metRule: met?.decidedBy?.id ?? null,
    needs: [...(binds?.needs ?? []), ...(met?.needs ?? [])],
  };
}

export const resultOf = (regimeId: string, profile: AgencyProfile): AgencyResult =>
  evaluateAgency(agencyRegime(regimeId), profile);

export const obligationOf = (r: AgencyResult, row: Row): Obligation | undefined =>
  [...r.obligations, ...r.crimes].find((o) => o.row === row);
