import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgencyImpact } from '../analysis/index.js';
import { renderTrace } from '../engine/index.js';
import {
  AGENCY_REGIME_SPECS,
  type AgencyProfile,
  agencyProfileJsonSchema,
  agencyProfileSchema,
  agencyRegime,
  DEFAULT_AGENCY_REGIMES,
  evaluateAgency,
  parseAgencyProfile,
  ROW_TITLES,
  ROWS,
  sideBySide,
  traceAgency,
} from '../law/agency/index.js';
import { STATE_AND_LOCAL_LAWS } from '../law/index.js';
import {
  type AgencyImpactSpec,
  agencyParametersDir,
  IN_THREAD_AGENCIES,
  runAgencyImpact,
  runAgencyImpactInThread,
} from './agency-impact.js';
import {
  agencyEvaluateRequest,
  agencyExplainRequest,
  agencyExplanationSchema,
  agencyImpactJob,
  agencyImpactRequest,
  agencyProfileList,
  agencyRegimeList,
  agencyResultList,
  sideBySideSchema,
} from './agency-schemas.js';
import { define, type Endpoint, json } from './endpoint.js';
import { explanation, type Services } from './endpoints.js';
import { acceptJob } from './jobs.js';
import { badRequest, notFound } from './problem.js';

/**
 * The agency endpoints (issue 13, point 5): what each regime asks of a police agency, whether it
 * meets it, the grants at risk and the crimes that newly reach its officers, for a profile posted
 * or bundled (data/agencies), with the derivation of each row, and agency impact over a synthetic
 * population as a job. Every answer is the library's (evaluateAgency, traceAgency,
 * simulateAgencies), as `recourse agency` and `recourse impact --agencies` print it.
 */

const STATE_LAW_IDS = new Set(STATE_AND_LOCAL_LAWS.map((l) => l.id));

/**
 * State and local laws applied hypothetically: no law of the library has agency rules yet (the
 * profile's own policy fields say which law is in force), so each one is refused, by its path,
 * rather than silently applied as nothing.
 */
function refuseWith(laws: readonly string[] | undefined): void {
  if (!laws || laws.length === 0) return;
  throw badRequest(
    laws.map((id, i) => ({
      in: 'body',
      path: `with.${i}`,
      message: STATE_LAW_IDS.has(id)
        ? `no state or local law has agency rules yet, so "${id}" cannot be applied to a profile; give the law in force in the profile's policy fields`
        : `unknown state or local law "${id}" (and none has agency rules yet)`,
    })),
  );
}

const regimesOr = (ids: readonly string[] | undefined) =>
  (ids && ids.length > 0 ? [...new Set(ids)] : DEFAULT_AGENCY_REGIMES).map(agencyRegime);

interface Bundled {
  readonly file: string;
  readonly profile: AgencyProfile;
}

/** The bundled profiles of data/agencies, read once, in file order. */
function bundledProfiles(dir: string): Bundled[] {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return [];
  }
  return files
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort()
    .map((f) => ({ file: f, profile: parseAgencyProfile(readFileSync(join(dir, f), 'utf8'), join(dir, f)) }));
}

function once<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => {
    value ??= { v: make() };
    return value.v;
  };
}

const ok = (description: string, schema?: unknown) => ({
  200: { description, ...(schema ? { schema } : {}) },
});

export function agencyEndpoints(services: Services): Endpoint[] {
  // What never changes while the server runs is built once, on first use.
  const profiles = once(() => bundledProfiles(join(services.dataDir, 'agencies')));
  const schema = once(agencyProfileJsonSchema);
  const table = once(() => sideBySide());
  const parametersDir = agencyParametersDir(services.dataDir);

  return [
    define({
      method: 'get',
      path: '/v1/agency/schema',
      tag: 'agency',
      summary: 'The JSON Schema of the agency profile format v1',
      responses: ok('a JSON Schema (draft 2020-12)'),
      handle: () => json(schema()),
    }),
    define({
      method: 'get',
      path: '/v1/agency/regimes',
      tag: 'agency',
      summary: 'The regimes an agency profile is evaluated under, with the rows each bill leaves alone',
      responses: ok('each regime with its id, title and content hash', agencyRegimeList),
      handle: () =>
        json(
          AGENCY_REGIME_SPECS.map((spec) => {
            const r = agencyRegime(spec.id);
            return {
              id: r.id,
              title: r.title,
              hypothetical: r.hypothetical,
              hash: r.hash,
              notAddressed: spec.notAddressed ?? [],
            };
          }),
        ),
    }),
    define({
      method: 'get',
      path: '/v1/agency/side-by-side',
      tag: 'agency',
      summary:
        'The rows of the side-by-side of the two bills, each with the provisions of each bill or "not addressed"',
      responses: ok('one entry per row, in order', sideBySideSchema),
      handle: () => json(table()),
    }),
    define({
      method: 'get',
      path: '/v1/agency/profiles',
      tag: 'agency',
      summary: 'The bundled agency profiles (data/agencies), real-world-shaped and sourced',
      responses: ok('a summary of each', agencyProfileList),
      handle: () =>
        json(
          profiles().map(({ profile: p }) => ({
            id: p.id,
            title: p.title ?? null,
            date: p.date,
            kind: p.agency.kind,
            state: p.agency.state ?? null,
            locality: p.agency.locality ?? null,
            swornOfficers: p.agency.swornOfficers ?? null,
          })),
        ),
    }),
    define({
      method: 'get',
      path: '/v1/agency/profiles/:id',
      tag: 'agency',
      summary: 'A bundled agency profile, in the agency profile format v1',
      params: { id: 'the profile id' },
      responses: {
        ...ok('the profile', agencyProfileSchema),
        404: { description: 'no such bundled profile' },
      },
      handle: ({ params }) => {
        const found = profiles().find((b) => b.profile.id === params.id);
        if (!found) throw notFound('Agency profile', 'id', `no bundled agency profile "${params.id}"`);
        return json(found.profile);
      },
    }),
    define({
      method: 'post',
      path: '/v1/agency/evaluate',
      tag: 'agency',
      summary:
        'Evaluate an agency profile: per regime, each obligation (how it binds, met or not, the facts needed), the grants at risk and the crimes that reach its officers',
      description:
        'The same agency results v1 as `recourse agency FILE --json`, one per regime in the order asked. An omitted profile field is unknown: an obligation that turns on it is `undetermined` and names it in `needs`. Dollars at risk are given only where the profile gives the grant and the sources the form of the loss; otherwise `usdPerYear` is null and `note` says why (UNCONFIRMED).',
      body: agencyEvaluateRequest,
      responses: ok('one agency result per regime', agencyResultList),
      handle: ({ body }) => {
        refuseWith(body.with);
        return json(regimesOr(body.regimes).map((r) => evaluateAgency(r, body.profile)));
      },
    }),
    define({
      method: 'post',
      path: '/v1/agency/explain',
      tag: 'agency',
      summary: 'The derivation of each row under one regime, rule by rule, with citations and the facts read',
      description:
        'For each row asked, the traces of how the regime binds the agency and whether it meets it (none for a row the regime does not bind), as `recourse agency FILE --explain --row ROW`.',
      body: agencyExplainRequest,
      responses: ok('per row: the derivation trees, and the same as text', agencyExplanationSchema),
      handle: ({ body }) => {
        refuseWith(body.with);
        const regime = agencyRegime(body.regime);
        const rows = body.rows && body.rows.length > 0 ? [...new Set(body.rows)] : [...ROWS];
        return json({
          profile: body.profile.id,
          regime: regime.id,
          rows: rows.map((row) => ({
            row,
            title: ROW_TITLES[row],
            traces: traceAgency(regime, body.profile, [row]).map((t) => ({
              trace: explanation(t),
              text: renderTrace(t),
            })),
          })),
        });
      },
    }),
    define({
      method: 'post',
      path: '/v1/agency/impact',
      tag: 'agency',
      summary:
        'Start an agency impact run over a synthetic population (model estimates) as a job: agencies out of compliance per obligation, and dollars a year at risk',
      description:
        'Answers 202 with the job; follow its progress (replicates done) at `/v1/jobs/{id}/events` (server-sent events) and fetch its result at `/v1/jobs/{id}`, as `recourse impact --agencies N --json` gives it. One run at a time, of either kind: 429 while one is in progress.',
      body: agencyImpactRequest,
      responses: {
        202: { description: 'the job, started', schema: agencyImpactJob },
        429: { description: 'a run is already in progress' },
      },
      handle: ({ body }) => {
        const spec: AgencyImpactSpec = {
          agencies: body.agencies,
          seed: body.seed,
          replicates: body.replicates,
          regimes: regimesOr(body.regimes).map((r) => r.id),
        };
        const task = { ...spec, parametersDir };
        return acceptJob(() =>
          services.jobs.run<AgencyImpactSpec, AgencyImpact>(
            'agency-impact',
            spec,
            spec.replicates,
            (progress) =>
              spec.agencies <= IN_THREAD_AGENCIES
                ? Promise.resolve(runAgencyImpact(task, progress))
                : runAgencyImpactInThread(task, progress),
          ),
        );
      },
    }),
  ];
}
