/**
 * The agency endpoints of the API (/v1/agency), for the agency view. The response types are the
 * library's own, imported as types only.
 */
import type { AgencyImpact } from '../../src/analysis/index.js';
import type { AgencyImpactSpec } from '../../src/api/agency-impact.js';
import type { Explanation } from '../../src/api/endpoints.js';
import type { JobView } from '../../src/api/jobs.js';
import type { AgencyResult, Row, SideBySideRow } from '../../src/law/agency/index.js';
import { cached, call } from './api.js';

export type { AgencyImpact, AgencyResult, Row, SideBySideRow };

export type AgencyImpactJob = JobView<AgencyImpactSpec, AgencyImpact>;

/** A profile as the form holds it: the agency profile format v1, possibly incomplete or invalid. */
export type ProfileDraft = Record<string, unknown>;

export interface AgencyProfileSummary {
  readonly id: string;
  readonly title: string | null;
  readonly date: string;
  readonly kind: string;
  readonly state: string | null;
}

export interface AgencyRegime {
  readonly id: string;
  readonly title: string;
  readonly hypothetical: boolean;
}

export interface RowExplanation {
  readonly row: Row;
  readonly title: string;
  readonly traces: readonly { readonly trace: Explanation; readonly text: string }[];
}

/** A JSON Schema node, as far as the form reads one. */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly enum?: readonly string[];
  readonly format?: string;
  readonly description?: string;
  readonly anyOf?: readonly SchemaNode[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly minimum?: number;
}

export const agencyApi = {
  schema: () => cached<SchemaNode>('/v1/agency/schema'),
  regimes: () => cached<AgencyRegime[]>('/v1/agency/regimes'),
  rows: () => cached<SideBySideRow[]>('/v1/agency/side-by-side'),
  profiles: () => cached<AgencyProfileSummary[]>('/v1/agency/profiles'),
  profile: (id: string) => call<ProfileDraft>('GET', `/v1/agency/profiles/${encodeURIComponent(id)}`),
  evaluate: (profile: ProfileDraft) => call<AgencyResult[]>('POST', '/v1/agency/evaluate', { profile }),
  explain: (profile: ProfileDraft, regime: string, row: Row) =>
    call<{ rows: RowExplanation[] }>('POST', '/v1/agency/explain', { profile, regime, rows: [row] }),
  startImpact: (agencies: number, replicates: number) =>
    call<AgencyImpactJob>('POST', '/v1/agency/impact', { agencies, replicates }),
  impactJob: (id: string) => call<AgencyImpactJob>('GET', `/v1/jobs/${encodeURIComponent(id)}`),
};
