import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealSpace, ISSUES, positionsInForceKey, STANCES } from '../negotiation/index.js';
import { bundledNegotiation, openStore, type Store } from '../store/index.js';
import { freshDataDir } from '../store/test-data-dir.js';
import { createApp } from './app.js';
import { type RunningServer, startServer } from './server.js';

/**
 * The negotiation endpoints, in process (app.request) over a real store (PGlite in memory), and
 * once over a real server on 127.0.0.1.
 */

const TOKEN = 'negotiation-test-token';
const authorized = { authorization: `Bearer ${TOKEN}` };

let store: Store;
let dataDir = '';
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  // A copy of the migrated PGlite template: a fresh database runs initdb and the migrations (5-6 s of CPU).
  dataDir = await freshDataDir('recourse-negotiation-');
  store = await openStore({ dataDir, envToken: TOKEN, loadBundledCases: false });
  app = createApp({ store });
}, 60_000);

afterAll(async () => {
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  type: string;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers, read field by field in the tests
  body: any;
}

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await app.request(path, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    type,
    body: type.includes('json') && text ? JSON.parse(text) : text,
  } as Answer;
}

function expectProblem(a: Answer, status: number, where: string, path: string) {
  expect(a.status).toBe(status);
  expect(a.type).toBe('application/problem+json');
  expect(a.body.errors).toContainEqual(expect.objectContaining({ in: where, path }));
}

const evidence = {
  speaker: 'Sen. Tim Scott',
  quote: '<script>alert("x")</script> is not a quote anyone said',
  url: 'https://example.org/test',
  date: '2021-09-20',
};
const position = {
  party: 'FOP',
  issue: 'PATTERN',
  option: 'PP-1',
  stance: 'red-line-against',
  date: '2021-09-20',
  evidence: [evidence],
};

describe('the negotiation', () => {
  it('lists issues with their options, and the parties', async () => {
    const a = await call('GET', '/v1/negotiation');
    expect(a.status).toBe(200);
    // Every issue of the model, in its order, and the model's stance scale.
    expect(a.body.issues.map((i: { id: string }) => i.id)).toEqual([...ISSUES]);
    expect(a.body.stances).toEqual([...STANCES]);
    expect(a.body.issues[0].options[1]).toMatchObject({ id: 'QI-1', provisions: ['hr-1280-sec-102'] });
    expect(a.body.parties.map((p: { id: string }) => p.id)).toContain('SCOTT');
    expect(a.body.timeline).toEqual({ from: '2020-06-01', to: '2021-12-31' });
  });

  it('lists the dataset positions with their evidence, filtered by party, issue and date', async () => {
    const all = await call('GET', '/v1/negotiation/positions');
    expect(all.body.length).toBeGreaterThan(20);
    expect(all.body.every((p: { evidence: unknown[] }) => p.evidence.length > 0)).toBe(true);
    const scott = await call('GET', '/v1/negotiation/positions?party=SCOTT&issue=QI&asOf=2021-06-30');
    expect(scott.body.length).toBeGreaterThan(0);
    for (const p of scott.body) {
      expect(p).toMatchObject({ party: 'SCOTT', issue: 'QI', source: 'dataset' });
      expect(p.date <= '2021-06-30').toBe(true);
    }
    const one = await call('GET', `/v1/negotiation/positions/${scott.body[0].id}`);
    expect(one.body).toEqual(scott.body[0]);
    expectProblem(
      await call('GET', '/v1/negotiation/positions?asOf=2021-13-45&issue=XX'),
      400,
      'query',
      'asOf',
    );
    expectProblem(await call('GET', '/v1/negotiation/positions?issue=XX'), 400, 'query', 'issue');
    expectProblem(await call('GET', '/v1/negotiation/positions/data-9999'), 404, 'path', 'id');
  });

  it('gives the deal space of 22 Sept 2021: nothing feasible, blocked on FUNDING, each line with evidence', async () => {
    const a = await call('GET', '/v1/negotiation/deal-space?asOf=2021-09-22');
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ asOf: '2021-09-22', feasibleCount: 0, best: [] });
    expect(a.body.packages).toBeGreaterThan(1000);
    const sets = a.body.blockingSets as {
      party: string;
      issue: string;
      option: string;
      evidence: unknown[];
    }[][];
    expect(sets.length).toBeGreaterThan(0);
    expect(sets.some((s) => s.some((l) => l.issue === 'FUNDING' && l.party === 'SCOTT'))).toBe(true);
    expect(sets.flat().every((l) => l.evidence.length > 0 && l.option)).toBe(true);
    expectProblem(await call('GET', '/v1/negotiation/deal-space?asOf=yesterday'), 400, 'query', 'asOf');
  });

  it('gives the frontier, with support, objections and effects, on a date with feasible packages', async () => {
    const a = await call('GET', '/v1/negotiation/deal-space?asOf=2020-06-30');
    expect(a.body.feasibleCount).toBeGreaterThan(0);
    const best = a.body.best[0];
    expect(best.support.length).toBeGreaterThan(0);
    expect(best.effect.corpus.incidents).toBeGreaterThan(20);
    expect(Array.isArray(best.objections)).toBe(true);

    // No position changes between 30 June and 15 July 2020: the same deal space, but for its date,
    // whether it is computed again or kept from the date asked first; and it is that day's.
    const negotiation = bundledNegotiation();
    expect(positionsInForceKey(negotiation, '2020-07-15')).toBe(
      positionsInForceKey(negotiation, '2020-06-30'),
    );
    const b = await call('GET', '/v1/negotiation/deal-space?asOf=2020-07-15');
    expect(b.body).toEqual({ ...a.body, asOf: '2020-07-15' });
    const library = dealSpace(negotiation, '2020-07-15');
    expect(b.body.feasibleCount).toBe(library.feasibleCount);
    expect(b.body.best.map((x: { options: unknown }) => x.options)).toEqual(
      library.best.map((x) => x.options),
    );
  });

  it('gives the timeline, June 2020 to the end of 2021, ending with FUNDING blocking', async () => {
    const a = await call('GET', '/v1/negotiation/timeline');
    expect(a.body.steps[0].date).toBe('2020-06-01');
    const last = a.body.steps.at(-1);
    expect(last.feasibleCount).toBe(0);
    expect(last.blockingSets.flat().some((l: { issue: string }) => l.issue === 'FUNDING')).toBe(true);
  });

  it('judges a package: who objects and why, and the cases it changes, linked to the scenario view', async () => {
    const { body: n } = await call('GET', '/v1/negotiation');
    const options = Object.fromEntries(
      n.issues.map((i: { id: string; options: { id: string }[] }) => [i.id, i.options[0]?.id]),
    );
    const a = await call('POST', '/v1/negotiation/package', {
      asOf: '2021-09-22',
      options: { ...options, QI: 'QI-1' },
    });
    expect(a.status).toBe(200);
    expect(a.body.feasible).toBe(false);
    expect(a.body.objections).toContainEqual(
      expect.objectContaining({ party: 'SCOTT', issue: 'QI', option: 'QI-1', stance: 'red-line-against' }),
    );
    expect(a.body.cases).toContainEqual(
      expect.objectContaining({ id: 'jean-2018', opened: ['officerSuit'], scenario: '/?case=jean-2018' }),
    );
    const bad = await call('POST', '/v1/negotiation/package', {
      asOf: '2021-09-22',
      options: { ...options, QI: 'QI-9' },
    });
    expectProblem(bad, 400, 'body', 'options.QI');
    const { FUNDING: _, ...short } = options;
    expectProblem(
      await call('POST', '/v1/negotiation/package', { asOf: '2021-09-22', options: short }),
      400,
      'body',
      'options.FUNDING',
    );
  });
});

describe('recording positions', () => {
  it('needs a token: 401 and nothing recorded', async () => {
    const before = (await store.positions.list()).length;
    const a = await call('POST', '/v1/negotiation/positions', position);
    expectProblem(a, 401, 'header', 'authorization');
    const wrong = await call('POST', '/v1/negotiation/positions', position, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect((await store.positions.list()).length).toBe(before);
  });

  it('needs evidence: problem+json naming `evidence`', async () => {
    const { evidence: _, ...bare } = position;
    expectProblem(await call('POST', '/v1/negotiation/positions', bare, authorized), 400, 'body', 'evidence');
    expectProblem(
      await call('POST', '/v1/negotiation/positions', { ...position, evidence: [] }, authorized),
      400,
      'body',
      'evidence',
    );
    expectProblem(
      await call('POST', '/v1/negotiation/positions', { ...position, party: 'NOBODY' }, authorized),
      400,
      'body',
      'party',
    );
    expect(await store.positions.list()).toEqual([]);
  });

  it('records, edits (with new evidence only) and removes a position, which joins the deal space', async () => {
    const made = await call('POST', '/v1/negotiation/positions', position, authorized);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ ...position, source: 'stored', quotationIds: [] });
    const id = made.body.id as string;

    const listed = await call('GET', '/v1/negotiation/positions?party=FOP&issue=PATTERN');
    expect(listed.body).toContainEqual(made.body);
    const space = await call('GET', '/v1/negotiation/deal-space?asOf=2021-09-22');
    expect(space.body.storedPositions).toBe(1);
    expect(space.body.redLines).toContainEqual(
      expect.objectContaining({ party: 'FOP', issue: 'PATTERN', option: 'PP-1', evidence: [evidence] }),
    );

    expectProblem(
      await call('POST', `/v1/negotiation/positions/${id}`, { ...position, stance: 'opposes' }, authorized),
      400,
      'body',
      'evidence',
    );
    const newer = { ...evidence, quote: 'We oppose it, no more.', date: '2021-09-21' };
    const edit = await call(
      'POST',
      `/v1/negotiation/positions/${id}`,
      { ...position, stance: 'opposes', evidence: [evidence, newer] },
      authorized,
    );
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ id, stance: 'opposes', evidence: [evidence, newer] });
    expect((await call('POST', `/v1/negotiation/positions/${id}`, position)).status).toBe(401);
    expect((await call('GET', `/v1/negotiation/positions/${id}`)).body.stance).toBe('opposes');

    expectProblem(
      await call('POST', '/v1/negotiation/positions/data-0', position, authorized),
      403,
      'path',
      'id',
    );
    expectProblem(
      await call('DELETE', '/v1/negotiation/positions/data-0', undefined, authorized),
      403,
      'path',
      'id',
    );
    expect((await call('DELETE', `/v1/negotiation/positions/${id}`)).status).toBe(401);
    expect((await call('DELETE', `/v1/negotiation/positions/${id}`, undefined, authorized)).status).toBe(204);
    expectProblem(await call('GET', `/v1/negotiation/positions/${id}`), 404, 'path', 'id');
  });

  it('is documented in the OpenAPI with request and response schemas', async () => {
    const doc = (await call('GET', '/openapi.json')).body;
    const post = doc.paths['/v1/negotiation/positions'].post;
    expect(post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/NewPosition',
    });
    expect(post.security).toBeDefined();
    expect(doc.components.schemas.NewPosition.required).toContain('evidence');
    for (const path of [
      '/v1/negotiation',
      '/v1/negotiation/positions',
      '/v1/negotiation/deal-space',
      '/v1/negotiation/timeline',
    ])
      expect(doc.paths[path].get.responses['200'].content['application/json'].schema).toBeDefined();
    expect(
      doc.paths['/v1/negotiation/package'].post.responses['200'].content['application/json'].schema,
    ).toEqual({
      $ref: '#/components/schemas/PackageOutcome',
    });
  });
});

describe('over a real server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ store, port: 0, evaluateThreads: 0 });
  });
  afterAll(async () => server?.close());

  it('answers the deal space and refuses a write without a token', async () => {
    const res = await fetch(`${server.url}/v1/negotiation/deal-space?asOf=2021-09-22`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { feasibleCount: number }).feasibleCount).toBe(0);
    const write = await fetch(`${server.url}/v1/negotiation/positions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(position),
    });
    expect(write.status).toBe(401);
    expect(write.headers.get('content-type')).toBe('application/problem+json');
  });
});
