import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateIncident,
  type Incident,
  PROVISIONS,
  parseIncident,
  REGIMES,
  ROUTES,
  regimeWith,
} from '../law/index.js';
import { openStore, type Store } from '../store/index.js';
import { freshDataDir } from '../store/test-data-dir.js';
import { resultSchema } from './responses.js';
import { type RunningServer, startServer } from './server.js';

/**
 * The API against a real server on 127.0.0.1 (Node's HTTP server, a port of its own) over a real
 * store (PGlite, in a copy of an initialised data directory): what a client sees, headers and
 * status codes included.
 */

const TOKEN = 'api-test-token';
const CASES = join(import.meta.dirname, '..', '..', 'data', 'cases');
const garner = parseIncident(readFileSync(join(CASES, 'garner-2014.yaml'), 'utf8'));

let dataDir = '';
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  // An initialised copy (test-data-dir.ts) rather than a fresh in-memory initdb.
  dataDir = await freshDataDir('recourse-api-');
  store = await openStore({ dataDir, envToken: TOKEN });
  // One evaluation thread, whatever the machine: the pooled path is the one tested.
  server = await startServer({ store, port: 0, evaluateThreads: 1 });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    headers: res.headers,
    body: type.includes('json') && text !== '' ? JSON.parse(text) : text,
  } satisfies Answer;
}

const authorized = { authorization: `Bearer ${TOKEN}` };
const asPlain = (x: unknown) => JSON.parse(JSON.stringify(x));

/** A problem+json answer naming these fields (by `in` and dotted path). */
function expectProblem(a: Answer, status: number, fields: readonly [string, string][]) {
  expect(a.status).toBe(status);
  expect(a.headers.get('content-type')).toBe('application/problem+json');
  const body = a.body as {
    status: number;
    title: string;
    errors: { in: string; path: string; message: string }[];
  };
  expect(body.status).toBe(status);
  expect(body.title).toEqual(expect.any(String));
  for (const [where, path] of fields)
    expect(body.errors).toContainEqual(
      expect.objectContaining({ in: where, path, message: expect.any(String) }),
    );
}

describe('evaluate', () => {
  it('answers exactly the v1 results the library gives, under every regime by default', async () => {
    const a = await call('POST', '/v1/evaluate', { incident: garner });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const expected = [...REGIMES.values()].map((r) => evaluateIncident(r, garner));
    expect(a.body).toEqual(asPlain(expected));
    for (const r of a.body as unknown[]) expect(resultSchema.safeParse(r).success).toBe(true);
  });

  it('takes regimes and state or local laws applied everywhere (--with), in the order asked', async () => {
    const a = await call('POST', '/v1/evaluate', {
      incident: garner,
      regimes: ['gfjpa-2021', 'current'],
      with: ['co-sb20-217'],
    });
    expect(a.status).toBe(200);
    const expected = ['gfjpa-2021', 'current'].map((id) =>
      evaluateIncident(regimeWith(id, ['co-sb20-217']), garner),
    );
    expect(a.body).toEqual(asPlain(expected));
    expect((a.body as { regime: string }[]).map((r) => r.regime)).toEqual([
      'gfjpa-2021+co-sb20-217',
      'current+co-sb20-217',
    ]);
  });

  it('names every bad field of the body by its path', async () => {
    const a = await call('POST', '/v1/evaluate', {
      incident: { ...garner, date: '2014-02-30', officer: { employer: 'martian' } },
      regimes: 'current',
      extra: 1,
    });
    expectProblem(a, 400, [
      ['body', 'incident.date'],
      ['body', 'incident.officer.employer'],
      ['body', 'regimes'],
      ['body', 'extra'],
    ]);
  });

  it('names an unknown regime and an unknown law by their place in the lists', async () => {
    const regime = await call('POST', '/v1/evaluate', { incident: garner, regimes: ['current', 'no-such'] });
    expectProblem(regime, 400, [['body', 'regimes.1']]);
    const law = await call('POST', '/v1/evaluate', { incident: garner, with: ['co-sb20-217', 'atlantis'] });
    expectProblem(law, 400, [['body', 'with.1']]);
  });

  it('refuses a body that is not JSON, or not an object, or not declared as JSON', async () => {
    expectProblem(await call('POST', '/v1/evaluate', '{"incident": '), 400, [['body', '']]);
    expectProblem(await call('POST', '/v1/evaluate', '[1, 2]'), 400, [['body', '']]);
    expectProblem(await call('POST', '/v1/evaluate', ''), 400, [['body', '']]);
    const text = await call('POST', '/v1/evaluate', JSON.stringify({ incident: garner }), {
      'content-type': 'text/plain',
    });
    expectProblem(text, 415, [['header', 'content-type']]);
  });
});

describe('the body limit', () => {
  const big = JSON.stringify({ incident: { ...garner, notes: 'x'.repeat(1024 * 1024) } });

  it('answers 413 to a body declared over 1 MB', async () => {
    expectProblem(await call('POST', '/v1/evaluate', big), 413, [['body', '']]);
  });

  it('answers 413 to a body over 1 MB sent in chunks with no declared length', async () => {
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.slice(i, i + 64 * 1024));
        controller.close();
      },
    });
    const res = await fetch(`${server.url}/v1/evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('accepts a body just under 1 MB', async () => {
    const room = 1024 * 1024 - Buffer.byteLength(JSON.stringify({ incident: { ...garner, notes: '' } }));
    const body = JSON.stringify({ incident: { ...garner, notes: 'x'.repeat(room) } });
    expect(Buffer.byteLength(body)).toBe(1024 * 1024);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(1024 * 1024);
    expect((await call('POST', '/v1/evaluate', body)).status).toBe(200);
  });
});

describe('writes need a bearer token', () => {
  const scenario = { title: 'Garner', incident: garner, regimes: ['current'] };
  const writes: [string, string, unknown][] = [
    ['POST', '/v1/scenarios', scenario],
    ['POST', '/v1/cases', { ...garner, id: 'garner-copy' }],
    ['POST', '/v1/regimes', { id: 'mine', title: 'Mine', provisions: [] }],
    ['DELETE', '/v1/cases/garner-2014', undefined],
  ];

  async function everything() {
    return {
      scenarios: await store.scenarios.list(),
      cases: await store.cases.list(),
      regimes: await store.regimes.list(),
    };
  }

  it.each(writes)(
    '%s %s without a token, or with a wrong one, gets 401 and changes nothing',
    async (method, path, body) => {
      const before = await everything();
      const attempts: Record<string, string>[] = [
        {},
        { authorization: 'Bearer wrong-token' },
        { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` },
        { authorization: `Bearer ${TOKEN}x` },
      ];
      for (const headers of attempts) {
        const a = await call(method, path, body, headers);
        expectProblem(a, 401, [['header', 'authorization']]);
        expect(a.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
      expect(await everything()).toEqual(before);
    },
  );

  it('a wrong token cannot remove a saved scenario', async () => {
    const saved = await call('POST', '/v1/scenarios', scenario, authorized);
    const id = (saved.body as { id: string }).id;
    expectProblem(
      await call('DELETE', `/v1/scenarios/${id}`, undefined, { authorization: 'Bearer nope' }),
      401,
      [['header', 'authorization']],
    );
    expect((await call('GET', `/v1/scenarios/${id}`)).status).toBe(200);
  });

  it('accepts a token created in the store, and no longer once it is revoked', async () => {
    const { id, token } = await store.tokens.create('api test');
    const made = await call('POST', '/v1/scenarios', scenario, { authorization: `Bearer ${token}` });
    expect(made.status).toBe(201);
    await store.tokens.revoke(id);
    const after = await call('POST', '/v1/scenarios', scenario, { authorization: `Bearer ${token}` });
    expectProblem(after, 401, [['header', 'authorization']]);
  });
});

describe('saved scenarios', () => {
  it('saves under a short id, reads back exactly, evaluates under its regimes, and is removed', async () => {
    const withTitle = {
      title: '<script>alert(1)</script>',
      incident: garner,
      regimes: ['current', 'gfjpa-2021'],
    };
    const made = await call('POST', '/v1/scenarios', withTitle, authorized);
    expect(made.status).toBe(201);
    const saved = made.body as { id: string; title: string; incident: Incident; regimes: string[] };
    expect(made.headers.get('location')).toBe(`/v1/scenarios/${saved.id}`);
    expect(saved.id).toMatch(/^[A-Za-z0-9_-]{4,20}$/);
    const read = await call('GET', `/v1/scenarios/${saved.id}`);
    expect(read.body).toEqual(saved);
    // What a user wrote comes back as JSON data, never as markup a browser would run.
    expect(read.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
    const results = await call('GET', `/v1/scenarios/${saved.id}/results`);
    expect(results.body).toEqual(
      asPlain(['current', 'gfjpa-2021'].map((id) => evaluateIncident(REGIMES.get(id) as never, garner))),
    );
    const listed = await call('GET', '/v1/scenarios');
    expect(listed.body).toContainEqual(expect.objectContaining({ id: saved.id, incident: 'garner-2014' }));
    expect((await call('DELETE', `/v1/scenarios/${saved.id}`, undefined, authorized)).status).toBe(204);
    expectProblem(await call('GET', `/v1/scenarios/${saved.id}`), 404, [['path', 'id']]);
    expectProblem(await call('DELETE', `/v1/scenarios/${saved.id}`, undefined, authorized), 404, [
      ['path', 'id'],
    ]);
  });

  it('refuses a NUL character, which the database cannot store, naming its field', async () => {
    const a = await call('POST', '/v1/scenarios', { title: 'a\u0000b', incident: garner }, authorized);
    expectProblem(a, 400, [['body', 'title']]);
  });

  it('names a bad field of a scenario, and an unknown regime, by its path', async () => {
    const bad = await call('POST', '/v1/scenarios', { incident: { ...garner, harm: 'bruise' } }, authorized);
    expectProblem(bad, 400, [['body', 'incident.harm']]);
    const unknown = await call(
      'POST',
      '/v1/scenarios',
      { incident: garner, regimes: ['nowhere'] },
      authorized,
    );
    expectProblem(unknown, 400, [['body', 'regimes.0']]);
  });
});

describe('user regimes', () => {
  const provision = [...PROVISIONS.keys()][0] as string;

  it('saves a package of provisions, lists it, evaluates under it, and removes it', async () => {
    const made = await call(
      'POST',
      '/v1/regimes',
      { id: 'my-package', title: 'My package', provisions: [provision] },
      authorized,
    );
    expect(made.status).toBe(201);
    const list = (await call('GET', '/v1/regimes')).body as {
      id: string;
      saved: boolean;
      provisions: string[];
    }[];
    expect(list.find((r) => r.id === 'my-package')).toMatchObject({ saved: true });
    expect(list.find((r) => r.id === 'my-package')?.provisions).toContain(provision);
    const one = await call('GET', '/v1/regimes/my-package');
    expect((one.body as { rules: unknown[] }).rules.length).toBeGreaterThan(0);
    const evaluated = await call('POST', '/v1/evaluate', { incident: garner, regimes: ['my-package'] });
    expect(evaluated.status).toBe(200);
    expect((evaluated.body as { regime: string; hypothetical: boolean }[])[0]).toMatchObject({
      regime: 'my-package',
      hypothetical: true,
    });
    const saved = await call(
      'POST',
      '/v1/scenarios',
      { incident: garner, regimes: ['my-package'] },
      authorized,
    );
    const scenario = (saved.body as { id: string }).id;
    // A regime a saved scenario names cannot be removed from under it.
    const refused = await call('DELETE', '/v1/regimes/my-package', undefined, authorized);
    expectProblem(refused, 409, [['path', 'id']]);
    expect((await call('DELETE', `/v1/scenarios/${scenario}`, undefined, authorized)).status).toBe(204);
    expect((await call('DELETE', '/v1/regimes/my-package', undefined, authorized)).status).toBe(204);
    expectProblem(await call('POST', '/v1/evaluate', { incident: garner, regimes: ['my-package'] }), 400, [
      ['body', 'regimes.0'],
    ]);
  });

  it('keeps the state or local laws of a package and applies them whenever the regime is used', async () => {
    const made = await call(
      'POST',
      '/v1/regimes',
      { id: 'with-colorado', title: 'With Colorado', provisions: [provision], with: ['co-sb20-217'] },
      authorized,
    );
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ id: 'with-colorado', with: ['co-sb20-217'] });
    const one = (await call('GET', '/v1/regimes/with-colorado')).body as {
      id: string;
      hypothetical: boolean;
    };
    expect(one).toMatchObject({ id: 'with-colorado', hypothetical: true, with: ['co-sb20-217'] });
    const listed = (await call('GET', '/v1/regimes')).body as { id: string; with?: string[] }[];
    expect(listed.find((r) => r.id === 'with-colorado')?.with).toEqual(['co-sb20-217']);
    // Colorado's SB 20-217, applied everywhere, opens a state suit for Garner (New York) that the
    // law in force leaves not applicable; the saved regime brings it without any `with` asked.
    const evaluated = await call('POST', '/v1/evaluate', {
      incident: garner,
      regimes: ['current', 'with-colorado'],
    });
    const [current, mine] = evaluated.body as { regime: string; routes: { stateSuit: { status: string } } }[];
    expect(current?.routes.stateSuit.status).toBe('not-applicable');
    expect(mine?.regime).toBe('with-colorado');
    expect(mine?.routes.stateSuit.status).toBe('undetermined');
    expectProblem(
      await call(
        'POST',
        '/v1/regimes',
        { id: 'bad-law', title: 'x', provisions: [], with: ['atlantis'] },
        authorized,
      ),
      400,
      [['body', 'with.0']],
    );
    expect((await call('DELETE', '/v1/regimes/with-colorado', undefined, authorized)).status).toBe(204);
  });

  it('refuses a built-in id, an unknown provision, and removing a built-in regime', async () => {
    expectProblem(
      await call('POST', '/v1/regimes', { id: 'current', title: 'x', provisions: [] }, authorized),
      400,
      [['body', 'id']],
    );
    expectProblem(
      await call('POST', '/v1/regimes', { id: 'other', title: 'x', provisions: ['nope'] }, authorized),
      400,
      [['body', 'provisions.0']],
    );
    expectProblem(await call('DELETE', '/v1/regimes/current', undefined, authorized), 403, [['path', 'id']]);
  });
});

describe('cases', () => {
  it('lists the bundled cases, loaded on first start', async () => {
    const list = (await call('GET', '/v1/cases')).body as { id: string; bundled: boolean }[];
    expect(list.filter((c) => c.bundled).length).toBeGreaterThanOrEqual(28);
    const one = await call('GET', '/v1/cases/garner-2014');
    expect((one.body as { incident: Incident }).incident).toEqual(asPlain(garner));
  });

  it('keeps a user case; a second with the same id conflicts; a bundled case cannot be removed', async () => {
    const mine = { ...garner, id: 'my-own-case', expected: undefined };
    expect((await call('POST', '/v1/cases', mine, authorized)).status).toBe(201);
    expectProblem(await call('POST', '/v1/cases', mine, authorized), 409, [['body', 'id']]);
    expectProblem(await call('DELETE', '/v1/cases/garner-2014', undefined, authorized), 403, [
      ['path', 'id'],
    ]);
    expect((await call('DELETE', '/v1/cases/my-own-case', undefined, authorized)).status).toBe(204);
  });
});

describe('the rest of the library', () => {
  it('explains each route with the rules that decided it and their citations', async () => {
    const a = await call('POST', '/v1/explain', {
      incident: garner,
      regime: 'current',
      routes: ['federalProsecution'],
    });
    expect(a.status).toBe(200);
    const route = (
      a.body as { routes: { route: string; trace: { decidedBy: { cite: string } }; text: string }[] }
    ).routes[0];
    expect(route?.route).toBe('federalProsecution');
    expect(route?.trace.decidedBy.cite).toEqual(expect.any(String));
    expect(route?.text).toContain('cite:');
  });

  it('compares, finds what-ifs, diffs and measures impact', async () => {
    const compare = await call('POST', '/v1/compare', {
      incident: garner,
      regimes: ['current', 'gfjpa-2021'],
    });
    expect((compare.body as { regimes: string[] }).regimes).toEqual(['current', 'gfjpa-2021']);
    const whatif = await call('POST', '/v1/whatif', {
      incident: garner,
      regime: 'current',
      route: 'officerSuit',
    });
    expect(whatif.body).toMatchObject({ incident: 'garner-2014', route: 'officerSuit' });
    const diff = await call('GET', '/v1/diff?a=current&b=gfjpa-2021');
    expect((diff.body as { added: unknown[] }).added.length).toBeGreaterThan(0);
    expectProblem(await call('GET', '/v1/diff?a=current&b=nope'), 400, [['query', 'b']]);
    expectProblem(await call('GET', '/v1/diff?a=current'), 400, [['query', 'b']]);
    const impact = await call('GET', '/v1/impact?regime=current&regime=scott-2021');
    expect(impact.body).toMatchObject({ baseline: 'current', cases: 28 });
    expectProblem(await call('GET', '/v1/impact?regime=current&colour=red'), 400, [['query', 'colour']]);
    // A NUL character, which PostgreSQL cannot compare, is refused before any query (the fuzz test found a 500).
    expectProblem(await call('GET', '/v1/negotiation/positions?party=FOP%00'), 400, [['query', 'party']]);
  });

  it('gives the regimes, the provisions and the incident schema', async () => {
    const regimes = (await call('GET', '/v1/regimes')).body as { id: string }[];
    expect(regimes.map((r) => r.id)).toEqual(expect.arrayContaining([...REGIMES.keys()]));
    const provisions = (await call('GET', '/v1/provisions')).body as { provisions: { id: string }[] };
    expect(provisions.provisions.map((p) => p.id)).toEqual([...PROVISIONS.keys()]);
    const schema = (await call('GET', '/v1/schema')).body as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'date', 'place']));
  });
});

describe('the interview, stateless', () => {
  it('asks the next question with its why, and gives the results so far', async () => {
    const start = { id: 'new', date: garner.date, place: garner.place };
    const a = await call('POST', '/v1/interview', { facts: start, regimes: ['current'] });
    expect(a.status).toBe(200);
    const body = a.body as {
      question: { path: string; why: string };
      determined: boolean;
      results: unknown[];
    };
    expect(body.question.path).toEqual(expect.any(String));
    expect(body.question.why).toContain('if ');
    expect(body.determined).toBe(false);
    expect(body.results).toHaveLength(1);
    // Answering "don't know" to it: the next question is another fact.
    const next = await call('POST', '/v1/interview', {
      facts: start,
      asked: [body.question.path],
      regimes: ['current'],
    });
    expect((next.body as { question: { path: string } }).question.path).not.toBe(body.question.path);
  });

  it('ends with no question once the facts settle every route', async () => {
    const a = await call('POST', '/v1/interview', { facts: garner, asked: [], regimes: ['current'] });
    const body = a.body as { question: unknown; statuses: Record<string, Record<string, string>> };
    expect(Object.keys(body.statuses.current ?? {})).toEqual([...ROUTES]);
  });

  it('names a fact path that is not one, and a bad fact', async () => {
    const a = await call('POST', '/v1/interview', {
      facts: { id: 'x', date: '2020-01-01', place: { state: 'ZZ' } },
      asked: ['officer.shoeSize'],
    });
    expectProblem(a, 400, [
      ['body', 'facts.place.state'],
      ['body', 'asked.0'],
    ]);
  });
});

describe('synthetic impact as a job', () => {
  it('starts, streams its progress as server-sent events, and keeps its result', async () => {
    const started = await call('POST', '/v1/impact/synthetic', {
      n: 3000,
      replicates: 2,
      regimes: ['current'],
    });
    expect(started.status).toBe(202);
    const job = started.body as { id: string; status: string };
    expect(started.headers.get('location')).toBe(`/v1/jobs/${job.id}`);
    const events = await fetch(`${server.url}/v1/jobs/${job.id}/events`);
    expect(events.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const text = await events.text();
    expect(text).toMatch(/^event: progress\ndata: \{"done":\d+,"total":3000\}/);
    expect(text).toContain(`event: end\ndata: {"status":"done","job":"/v1/jobs/${job.id}"}`);
    const done = (await call('GET', `/v1/jobs/${job.id}`)).body as {
      status: string;
      result: { label: string; estimates: { regime: string }[] };
    };
    expect(done.status).toBe('done');
    expect(done.result.label).toBe('model estimates');
    expect(done.result.estimates.map((e) => e.regime)).toEqual(['current']);
    expectProblem(await call('GET', '/v1/jobs/no-such-job'), 404, [['path', 'id']]);
  });

  it('names a bad parameter', async () => {
    expectProblem(await call('POST', '/v1/impact/synthetic', { n: 0 }), 400, [['body', 'n']]);
    expectProblem(await call('POST', '/v1/impact/synthetic', { n: 10, regimes: ['my-package'] }), 400, [
      ['body', 'regimes.0'],
    ]);
  });
});

describe('hardening', () => {
  it('sends the security headers on every answer, errors included', async () => {
    for (const path of ['/v1/health', '/v1/nowhere', '/docs', '/openapi.json']) {
      const a = await call('GET', path);
      expect(a.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(a.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(a.headers.get('x-content-type-options')).toBe('nosniff');
      expect(a.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('sends no CORS headers unless origins are configured', async () => {
    const a = await call('GET', '/v1/health', undefined, { origin: 'https://elsewhere.example' });
    expect(a.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers an unknown path or method with a problem naming it', async () => {
    expectProblem(await call('GET', '/v1/<script>'), 404, [['path', '']]);
    expectProblem(await call('PUT', '/v1/scenarios'), 404, [['path', '']]);
  });

  it('answers a request Node cannot parse with problem+json too', async () => {
    const { connect } = await import('node:net');
    const socket = connect(server.port, '127.0.0.1');
    socket.write('GET /v1/health HTTP/1.1\r\nHost: x\r\nBroken header line\r\n\r\n');
    const reply = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (d) => {
        text += d;
      });
      socket.on('end', () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(reply).toContain('content-type: application/problem+json');
    expect(reply).toContain('x-content-type-options: nosniff');
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4)).errors[0]).toMatchObject({
      in: 'body',
      path: '',
    });
  });

  it('names a malformed id in the path', async () => {
    expectProblem(await call('GET', `/v1/scenarios/${encodeURIComponent('a b')}`), 400, [['path', 'id']]);
  });
});

describe('OpenAPI and the docs', () => {
  it('describes every endpoint in OpenAPI 3.1, with the incident schema and the writes secured', async () => {
    const doc = (await call('GET', '/openapi.json')).body as {
      openapi: string;
      paths: Record<string, Record<string, { security?: unknown; requestBody?: unknown }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/evaluate', '/v1/scenarios/{id}', '/v1/jobs/{id}/events', '/v1/interview']),
    );
    expect(Object.keys(doc.components.schemas.Incident?.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'date', 'place', 'officer', 'findings']),
    );
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (method === 'post' && !['/v1/scenarios', '/v1/cases', '/v1/regimes'].includes(path)) continue;
        expect(Boolean(op.security), `${method} ${path}`).toBe(method !== 'get');
      }
    }
  });

  it('resolves every $ref of the OpenAPI document to one of its components', async () => {
    const text = JSON.stringify((await call('GET', '/openapi.json')).body);
    const doc = JSON.parse(text) as { components: { schemas: Record<string, unknown> } };
    const refs = [...new Set([...text.matchAll(/"\$ref":"([^"]*)"/g)].map((m) => m[1] as string))];
    expect(refs.length).toBeGreaterThan(10);
    const broken = refs.filter((r) => {
      const m = /^#\/components\/schemas\/([A-Za-z]+)$/.exec(r);
      return !m || !((m[1] as string) in doc.components.schemas);
    });
    expect(broken).toEqual([]);
  });

  it('serves a readable docs page with its own stylesheet and no outside asset', async () => {
    const page = await call('GET', '/docs');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = page.body as string;
    expect(html).toContain('<link rel="stylesheet" href="/docs/docs.css">');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).not.toContain('<script');
    expect(html).toContain('/v1/evaluate');
    const css = await call('GET', '/docs/docs.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });
});
