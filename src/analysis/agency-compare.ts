import type { Regime } from '../engine/index.js';
import {
  type AgencyProfile,
  type AgencyResult,
  evaluateAgency,
  type Obligation,
  ROWS,
  type Row,
} from '../law/agency/index.js';

/**
 * Regimes compared on one agency profile, as `compareRegimes` compares them on an incident: the
 * results, and for each row on which two regimes differ, what each asks and the rule that decides
 * it under each, with its citation.
 */

/** One regime's cell of a row: how it binds and whether the agency meets it. */
export interface AgencyCell {
  readonly mechanism: string;
  readonly status: string;
  readonly rule: string | null;
  readonly cite: string | null;
  readonly provision: string | null;
}

export interface AgencyDifference {
  readonly row: Row;
  readonly a: string;
  readonly b: string;
  readonly before: AgencyCell;
  readonly after: AgencyCell;
}

export interface AgencyComparison {
  readonly profile: string;
  readonly regimes: readonly string[];
  readonly results: readonly AgencyResult[];
  readonly differences: readonly AgencyDifference[];
}

const NONE: AgencyCell = {
  mechanism: 'none',
  status: 'not-applicable',
  rule: null,
  cite: null,
  provision: null,
};

/** What a result says on a row: its obligation or crime, or 'none' where the regime asks nothing. */
export function cellOf(result: AgencyResult, row: Row): AgencyCell {
  const o: Obligation | undefined = [...result.obligations, ...result.crimes].find((x) => x.row === row);
  if (!o) return NONE;
  return {
    mechanism: o.mechanism ?? 'undetermined',
    status: o.status,
    rule: o.rule,
    cite: o.cite,
    provision: o.provision,
  };
}

export function compareAgencyRegimes(profile: AgencyProfile, regimes: readonly Regime[]): AgencyComparison {
  const results = regimes.map((r) => evaluateAgency(r, profile));
  const differences: AgencyDifference[] = [];
  for (let i = 0; i < results.length; i++)
    for (let j = i + 1; j < results.length; j++) {
      const x = results[i] as AgencyResult;
      const y = results[j] as AgencyResult;
      for (const row of ROWS) {
        const before = cellOf(x, row);
        const after = cellOf(y, row);
        if (before.mechanism === after.mechanism && before.status === after.status) continue;
        differences.push({ row, a: x.regime, b: y.regime, before, after });
      }
    }
  return { profile: profile.id, regimes: results.map((r) => r.regime), results, differences };
}
