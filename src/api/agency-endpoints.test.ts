import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAgencyParameters, simulateAgencies } from '../analysis/index.js';
import {
  AGENCY_REGIMES,
  agencyProfileJsonSchema,
  agencyRegime,
  evaluateAgency,
  parseAgencyProfile,
  sideBySide,
} from '../law/agency/index.js';
import { openStore, type Store } from '../store/index.js';
import { freshDataDir } from '../store/test-data-dir.js';
import {
  agencyExplanationSchema,
  agencyImpactJob,
  agencyProfileList,
  agencyRegimeList,
  agencyResultSchema,
  sideBySideSchema,
} from './agency-schemas.js';
import { createApp } from './app.js';
import { type RunningServer, startServer } from './server.js';

/**
 * The agency endpoints: in-process (app.request) for what they answer, and over a real server on
 * 127.0.0.1 for the impact job (its server-sent events, its thread and the one-run-at-a-time rule).
 * Every answer is checked against the library's own (evaluateAgency, traceAgency, simulateAgencies).
 */

const DATA = join(import.meta.dirname, '..', '..', 'data');
const load = (name: string) =>
  parseAgencyProfile(readFileSync(join(DATA, 'agencies', `${name}.yaml`), 'utf8'), name);
const sheriff = load('rural-sheriff-state-jag-2021');
const asPlain = (x: unknown) => JSON.parse(JSON.stringify(x));

let store: Store;
let dataDir = '';
let app: Hono;

beforeAll(async () => {
  // A copy of the migrated PGlite template: a fresh database runs initdb and the migrations (5-6 s of CPU).
  dataDir = await freshDataDir('recourse-agency-');
  store = await openStore({ dataDir, envToken: 'agency-test-token' });
  app = createApp({ store });
}, 60_000);

afterAll(async () => {
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function call(method: string, path: string, body?: unknown) {
  const res = await app.request(path, {
    method,
    ...(body === undefined
      ? {}
      : {
          headers: { 'content-type': 'application/json' },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
  });
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, body: (await res.json()) as unknown };
}

/** A problem+json answer naming exactly these body fields (and saying what was expected). */
function expectFields(a: { status: number; type: string; body: unknown }, paths: readonly string[]) {
  expect(a.status).toBe(400);
  expect(a.type).toBe('application/problem+json');
  const errors = (a.body as { errors: { in: string; path: string; message: string }[] }).errors;
  expect(errors.map((e) => e.path).sort()).toEqual([...paths].sort());
  for (const e of errors) expect(e.message.length).toBeGreaterThan(5);
  return errors;
}

describe('POST /v1/agency/evaluate', () => {
  it('answers the agency results v1 of the library, under every regime by default', async () => {
    const a = await call('POST', '/v1/agency/evaluate', { profile: sheriff });
    expect(a.status).toBe(200);
    const expected = [...AGENCY_REGIMES.values()].map((r) => evaluateAgency(r, sheriff));
    expect(a.body).toEqual(asPlain(expected));
    for (const r of a.body as unknown[]) expect(agencyResultSchema.parse(r)).toEqual(r);
  });

  it('gives the rural sheriff’s obligations with their mechanism, the grants at risk and the dollars', async () => {
    const a = await call('POST', '/v1/agency/evaluate', {
      profile: sheriff,
      regimes: ['justice-act-2020', 'gfjpa-2021'],
    });
    const [senate, house] = a.body as ReturnType<typeof evaluateAgency>[];
    expect([senate?.regime, house?.regime]).toEqual(['justice-act-2020', 'gfjpa-2021']);
    const chokehold = house?.obligations.find((o) => o.row === 'chokehold');
    expect(chokehold).toMatchObject({ mechanism: 'grant-condition', status: 'not-met' });
    expect(chokehold?.cite).toMatch(/H\.R\. 1280/);
    expect(house?.usdAtRisk).toEqual({ 'byrne-jag': 9000 });
    expect(house?.grantsAtRisk).toContainEqual(
      expect.objectContaining({ grant: 'byrne-jag', loss: 'ineligible-for-year', usdPerYear: 9000 }),
    );
    // 20 % of its subgrant for the reporting duty; the chokehold cut's percentage is UNCONFIRMED.
    expect(senate?.usdAtRisk).toEqual({ 'byrne-jag': 1800 });
    expect(senate?.grantsAtRisk).toContainEqual(
      expect.objectContaining({ usdPerYear: null, note: expect.stringMatching(/UNCONFIRMED/) }),
    );
    const undetermined = senate?.obligations.find((o) => o.row === 'misconduct-records');
    expect(undetermined?.status).toBe('undetermined');
    expect(undetermined?.needs).toContain('policy.disciplinaryRecords30Years');
  });

  it('keeps unknown unknown: an omitted field leaves an obligation undetermined, naming it', async () => {
    const { policy: _p, ...bare } = sheriff;
    const a = await call('POST', '/v1/agency/evaluate', { profile: bare, regimes: ['gfjpa-2021'] });
    const [house] = a.body as ReturnType<typeof evaluateAgency>[];
    const chokehold = house?.obligations.find((o) => o.row === 'chokehold');
    expect(chokehold?.status).toBe('undetermined');
    expect(chokehold?.needs).toContain('policy.chokehold');
  });

  it('names every bad field of the profile and of the request by its path', async () => {
    const a = await call('POST', '/v1/agency/evaluate', {
      profile: {
        ...sheriff,
        date: '2021-02-30',
        agency: { kind: 'army' },
        policy: { chokeholds: 'law' },
      },
      regimes: ['current', 'no-such'],
      extra: 1,
    });
    const errors = expectFields(a, [
      'profile.date',
      'profile.agency.kind',
      'profile.policy.chokeholds',
      'regimes.1',
      'extra',
    ]);
    expect(errors.find((e) => e.path === 'profile.agency.kind')?.message).toMatch(/sheriff/);
    expect(errors.find((e) => e.path === 'regimes.1')?.message).toMatch(/justice-act-2020/);
  });

  it('refuses a state or local law, naming it: none has agency rules yet', async () => {
    const a = await call('POST', '/v1/agency/evaluate', {
      profile: sheriff,
      with: ['co-sb20-217', 'atlantis'],
    });
    const errors = expectFields(a, ['with.0', 'with.1']);
    expect(errors[0]?.message).toMatch(/no state or local law has agency rules yet/);
    expect(errors[1]?.message).toMatch(/unknown state or local law "atlantis"/);
  });

  it('refuses a body that is no profile at all', async () => {
    expectFields(await call('POST', '/v1/agency/evaluate', {}), ['profile']);
    expectFields(await call('POST', '/v1/agency/evaluate', '{"profile": '), ['']);
  });
});

describe('POST /v1/agency/explain', () => {
  it('gives the derivation of a row, rule by rule, with the citation and the facts read', async () => {
    const a = await call('POST', '/v1/agency/explain', {
      profile: sheriff,
      regime: 'gfjpa-2021',
      rows: ['chokehold'],
    });
    expect(a.status).toBe(200);
    const body = a.body as {
      regime: string;
      rows: {
        row: string;
        title: string;
        traces: { trace: { definition: string; decidedBy: { cite: string } | null }; text: string }[];
      }[];
    };
    expect(agencyExplanationSchema.safeParse(body).success).toBe(true);
    expect(body.regime).toBe('gfjpa-2021');
    expect(body.rows.map((r) => r.row)).toEqual(['chokehold']);
    const [binds, met] = body.rows[0]?.traces ?? [];
    expect(binds?.trace.definition).toBe('agency.chokehold.binds');
    expect(binds?.trace.decidedBy?.cite).toMatch(/H\.R\. 1280/);
    expect(met?.trace.definition).toBe('agency.chokehold.met');
    expect(met?.text).toMatch(/policy\.chokehold/);
  });

  it('explains every row by default; a row the regime does not bind has no trace', async () => {
    const a = await call('POST', '/v1/agency/explain', { profile: sheriff, regime: 'current' });
    const rows = (a.body as { rows: { row: string; traces: unknown[] }[] }).rows;
    expect(rows).toHaveLength(16);
    expect(rows.every((r) => r.traces.length === 0)).toBe(true);
  });

  it('names a bad regime and a bad row', async () => {
    const a = await call('POST', '/v1/agency/explain', { profile: sheriff, regime: 'x', rows: ['nope'] });
    expectFields(a, ['regime', 'rows.0']);
  });
});

describe('the agency law and the bundled profiles', () => {
  it('gives the profile format’s JSON Schema, the regimes and the side-by-side', async () => {
    expect((await call('GET', '/v1/agency/schema')).body).toEqual(asPlain(agencyProfileJsonSchema()));
    const regimes = (await call('GET', '/v1/agency/regimes')).body as { id: string; hash: string }[];
    expect(regimes.map((r) => [r.id, r.hash])).toEqual(
      [...AGENCY_REGIMES.values()].map((r) => [r.id, r.hash]),
    );
    expect(agencyRegimeList.safeParse(regimes).success).toBe(true);
    const table = (await call('GET', '/v1/agency/side-by-side')).body;
    expect(table).toEqual(asPlain(sideBySide()));
    expect(sideBySideSchema.safeParse(table).success).toBe(true);
  });

  it('lists the bundled profiles, and gives each in full', async () => {
    const list = (await call('GET', '/v1/agency/profiles')).body as { id: string; kind: string }[];
    expect(agencyProfileList.safeParse(list).success).toBe(true);
    expect(list.map((p) => p.id)).toEqual([
      'federal-agency-2023',
      'large-city-minneapolis-shaped-2021',
      'rural-sheriff-state-jag-2021',
    ]);
    const one = await call('GET', '/v1/agency/profiles/rural-sheriff-state-jag-2021');
    expect(one.body).toEqual(asPlain(sheriff));
    const none = await call('GET', '/v1/agency/profiles/no-such');
    expect(none.status).toBe(404);
    expect(none.type).toBe('application/problem+json');
  });

  it('documents every agency endpoint with its request and response schemas', async () => {
    const doc = (await call('GET', '/openapi.json')).body as {
      paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    const evaluate = doc.paths['/v1/agency/evaluate']?.post;
    expect(JSON.stringify(evaluate?.requestBody)).toContain('#/components/schemas/AgencyEvaluateRequest');
    expect(JSON.stringify(evaluate?.responses['200'])).toContain('#/components/schemas/AgencyResult');
    expect(JSON.stringify(doc.paths['/v1/agency/profiles/{id}']?.get?.responses['200'])).toContain(
      'swornOfficers',
    );
    expect(JSON.stringify(doc.paths['/v1/agency/impact']?.post?.responses['202'])).toContain(
      'AgencyImpactJob',
    );
    const request = JSON.stringify(doc.components.schemas.AgencyEvaluateRequest);
    expect(request).toContain('byrneJag'); // the profile format itself, not an opaque object
    expect(Object.keys(doc.components.schemas).every((k) => /^[A-Za-z]+$/.test(k))).toBe(true);
  });
});

describe('agency impact as a job, over a real server', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ store, port: 0, evaluateThreads: 0 });
  });

  afterAll(async () => {
    await server?.close();
  });

  const post = (body: unknown) =>
    fetch(`${server.url}/v1/agency/impact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  async function finished(id: string): Promise<Record<string, unknown>> {
    // The events end when the job does: read them whole.
    const events = await fetch(`${server.url}/v1/jobs/${id}/events`);
    expect(events.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const text = await events.text();
    expect(text).toMatch(/event: end\ndata: \{"status":"done"/);
    return (await (await fetch(`${server.url}/v1/jobs/${id}`)).json()) as Record<string, unknown>;
  }

  it('runs on its own thread, streams its progress, refuses a second run meanwhile, and keeps the library’s result', async () => {
    const spec = { agencies: 12_000, seed: 7, replicates: 3, regimes: ['gfjpa-2021'] };
    const started = await post(spec);
    expect(started.status).toBe(202);
    const job = (await started.json()) as { id: string; kind: string; total: number };
    expect(started.headers.get('location')).toBe(`/v1/jobs/${job.id}`);
    expect(job).toMatchObject({ kind: 'agency-impact', total: 3 });

    const second = await post({ agencies: 10 });
    expect(second.status).toBe(429);
    expect(second.headers.get('content-type')).toBe('application/problem+json');

    const done = await finished(job.id);
    expect(done).toMatchObject({ status: 'done', done: 3, total: 3 });
    expect(agencyImpactJob.safeParse(done).success).toBe(true);
    const expected = simulateAgencies(
      [agencyRegime('gfjpa-2021')],
      loadAgencyParameters(join(DATA, 'parameters')),
      { agencies: 12_000, seed: 7, replicates: 3 },
    );
    expect(done.result).toEqual(asPlain(expected));
    expect((done.result as { label: string }).label).toBe('model estimates');
  });

  it('runs a small population on the server’s thread, every regime by default', async () => {
    const started = await post({ agencies: 500, replicates: 2 });
    expect(started.status).toBe(202);
    const done = await finished(((await started.json()) as { id: string }).id);
    const result = done.result as { regimes: { regime: string }[] };
    expect(result.regimes.map((r) => r.regime)).toEqual([...AGENCY_REGIMES.keys()]);
  });

  it('names a bad size', async () => {
    const res = await post({ agencies: 0, replicates: 1000, regimes: ['nope'] });
    expect(res.status).toBe(400);
    const errors = ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(errors.sort()).toEqual(['agencies', 'regimes.0', 'replicates']);
  });
});
