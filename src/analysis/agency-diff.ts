import type { Regime } from '../engine/index.js';
import { type AgencyProfile, agencySpecOf, evaluateAgency, ROWS, type Row } from '../law/agency/index.js';
import { cellOf } from './agency-compare.js';
import { type DiffJudge, diffRegimesBy, type RegimeDiffOf } from './diff.js';

/**
 * The difference between two agency regimes, as `diffRegimes` gives it for incidents: every
 * provision one has and the other lacks (between the two bills: every agency provision of both),
 * with its rules and citations, and the agency profiles whose obligations each changes.
 */

/** A row of a profile whose obligation differs: `mechanism: status`, or `none` where nothing is asked. */
export interface AgencyChange {
  readonly profile: string;
  readonly row: Row;
  readonly before: string;
  readonly after: string;
}

export type AgencyRegimeDiff = RegimeDiffOf<AgencyChange> & {
  /** Rows each regime's bill leaves alone, said explicitly (never shown as a difference). */
  readonly notAddressed: { readonly a: readonly Row[]; readonly b: readonly Row[] };
};

const outcome = (mechanism: string, status: string) =>
  mechanism === 'none' ? 'none' : `${mechanism}: ${status}`;

function agencyChanges(before: Regime, after: Regime, profiles: readonly AgencyProfile[]): AgencyChange[] {
  const out: AgencyChange[] = [];
  for (const profile of profiles) {
    const x = evaluateAgency(before, profile);
    const y = evaluateAgency(after, profile);
    for (const row of ROWS) {
      const cx = cellOf(x, row);
      const cy = cellOf(y, row);
      const was = outcome(cx.mechanism, cx.status);
      const now = outcome(cy.mechanism, cy.status);
      if (was !== now) out.push({ profile: profile.id, row, before: was, after: now });
    }
  }
  return out;
}

export const AGENCY_JUDGE: DiffJudge<AgencyProfile, AgencyChange> = {
  changes: agencyChanges,
  same: (x, y) => x.profile === y.profile && x.row === y.row,
  isOf: (c, profile) => c.profile === profile.id,
};

export function diffAgencyRegimes(
  a: Regime,
  b: Regime,
  profiles: readonly AgencyProfile[],
): AgencyRegimeDiff {
  const notAddressed = (r: Regime) => (agencySpecOf(r.id)?.notAddressed ?? []).map((n) => n.row);
  return {
    ...diffRegimesBy(AGENCY_JUDGE, a, b, profiles),
    notAddressed: { a: notAddressed(a), b: notAddressed(b) },
  };
}
