import { readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyProfile } from '../law/agency/index.js';
import { parseIncident } from '../law/index.js';
import { openStore, type Store } from '../store/index.js';
import { freshDataDir } from '../store/test-data-dir.js';
import { createApp } from './app.js';
import { type RunningServer, startServer } from './server.js';

/**
 * Fuzzing every endpoint of /openapi.json: 1,000 random or malformed requests each (bodies above
 * all, and path and query parameters) to the API in-process (`app.request`, the app the server
 * runs), and a sample of them to a real server on 127.0.0.1, which reads bodies from Node's
 * request stream rather than a Request. Never a 5xx; every refusal is problem+json whose `errors`
 * name where the fault is and its path; and a valid body with one field made invalid is refused
 * naming exactly that field.
 */

/** Issue 11: at least 1,000 random and malformed requests to every endpoint, none excepted. */
const RUNS = 1000;
const POSITION = {
  party: 'FOP',
  issue: 'QI',
  option: 'QI-0',
  stance: 'supports',
  date: '2021-05-01',
  dateInferred: false,
  evidence: [
    { speaker: 'a speaker', paraphrase: 'what was said', url: 'https://example.org/a', date: '2021-05-01' },
  ],
};
const STATUS_QUO = {
  QI: 'QI-0',
  S242: '242-0',
  CHOKEHOLD: 'CH-0',
  NOKNOCK: 'NK-1',
  DATA: 'DATA-0',
  PATTERN: 'PP-0',
  UOF: 'UF-0',
  MILEQUIP: 'ME-0',
  FUNDING: 'FUND-0',
};
/** Requests per endpoint over HTTP, sent CONCURRENCY at a time. */
const HTTP_RUNS = 100;
const CONCURRENCY = 8;
const TOKEN = 'fuzz-token';
const garner = parseIncident(
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'cases', 'garner-2014.yaml'), 'utf8'),
);
const incident = { ...garner, expected: undefined, notes: undefined };
const profile = parseAgencyProfile(
  readFileSync(
    join(import.meta.dirname, '..', '..', 'data', 'agencies', 'rural-sheriff-state-jag-2021.yaml'),
    'utf8',
  ),
);

/** A valid body for each endpoint that takes one (by its OpenAPI path). */
const VALID: Record<string, Record<string, unknown>> = {
  '/v1/evaluate': { incident, regimes: ['current'], with: [] },
  '/v1/explain': { incident, regime: 'current', routes: ['officerSuit'] },
  '/v1/compare': { incident, regimes: ['current'] },
  '/v1/whatif': { incident, regime: 'current', route: 'officerSuit' },
  '/v1/interview': { facts: incident, asked: [], leftOpen: [], regimes: ['current'] },
  '/v1/impact/synthetic': { n: 10, seed: 1, replicates: 1, regimes: ['current'] },
  '/v1/scenarios': { title: 'a title', incident, regimes: ['current'], with: [] },
  '/v1/regimes': { id: 'fuzz-regime', title: 'a title', provisions: [], base: 'current' },
  '/v1/cases': incident,
  '/v1/agency/evaluate': { profile, regimes: ['gfjpa-2021'], with: [] },
  '/v1/agency/explain': { profile, regime: 'gfjpa-2021', rows: ['chokehold'], with: [] },
  '/v1/agency/impact': { agencies: 10, seed: 1, replicates: 1, regimes: ['current'] },
  '/v1/negotiation/positions': POSITION,
  '/v1/negotiation/positions/{id}': POSITION,
  '/v1/negotiation/package': { asOf: '2021-09-22', options: STATUS_QUO },
  '/v1/news/articles': {
    source: '<p>"It is," Rep. Karen Bass told CNN.</p>',
    format: 'auto',
    url: 'https://example.org/a',
    date: '2021-04-22',
    outlet: 'Example News',
    title: 'a title',
  },
  '/v1/news/quotations/{id}/correct': {
    speaker: 'Karen Bass',
    party: 'BASS',
    issue: 'S242',
    stance: 'supports change',
    start: 0,
    end: 5,
  },
  '/v1/news/quotations/{id}/accept': {
    party: 'BASS',
    issue: 'S242',
    option: '242-1',
    stance: 'supports',
    date: '2021-04-22',
  },
};

/** Fields any string is good for: an invalid value there must not be a string. */
const FREE_TEXT = new Set(['title', 'locality', 'note', 'notes', 'url', 'source', 'outlet', 'speaker']);

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly write: boolean;
  readonly body: boolean;
  readonly query: readonly string[];
}

interface Sent {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer | null;
  /** For a valid body with one field spoiled: that field's path (an error must name it). */
  readonly spoiled: string | null;
}

interface Got {
  readonly status: number;
  readonly type: string;
  readonly text: string;
}

let dataDir: string;
let store: Store;
let app: Hono;
let server: RunningServer;
let operations: Operation[] = [];
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** The request to the app in-process. A GET has no body there; Node's server ignores one too. */
async function sendInProcess(req: Sent): Promise<Got> {
  const body =
    req.method === 'GET' || req.method === 'HEAD' || req.body === null ? undefined : new Uint8Array(req.body);
  const res = await app.request(req.path, { method: req.method, headers: req.headers, body });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** The request over HTTP to the real server. */
function sendHttp(req: Sent): Promise<Got> {
  return new Promise((resolve, reject) => {
    const r = http.request(
      `${server.url}${req.path}`,
      { method: req.method, headers: req.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(req.body ?? undefined);
  });
}

beforeAll(async () => {
  dataDir = await freshDataDir('recourse-fuzz-');
  store = await openStore({ dataDir, envToken: TOKEN });
  app = createApp({ store });
  // No evaluation threads: almost no fuzzed request is valid enough to reach them (api.test.ts
  // covers them), and a thread would load the whole law again.
  server = await startServer({ store, port: 0, evaluateThreads: 0 });
  const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
    paths: Record<
      string,
      Record<
        string,
        { security?: unknown; requestBody?: unknown; parameters?: { name: string; in: string }[] }
      >
    >;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      write: Boolean(op.security),
      body: Boolean(op.requestBody),
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    })),
  );
}, 60_000);

afterAll(async () => {
  agent.destroy();
  await server?.close();
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Every leaf of a body by dotted path (a list is one leaf), and every object by its path. */
function shape(value: unknown, at = ''): { leaves: string[]; objects: string[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { leaves: [at], objects: [] };
  const out = { leaves: [] as string[], objects: [at] };
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const sub = shape(v, at ? `${at}.${k}` : k);
    out.leaves.push(...sub.leaves);
    out.objects.push(...sub.objects);
  }
  return out;
}

function setAt(value: Record<string, unknown>, path: string, to: unknown): Record<string, unknown> {
  const copy = structuredClone(value);
  const keys = path.split('.');
  let cur = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
  cur[keys.at(-1) as string] = to;
  return copy;
}

/** A record of anything (`actual`: what happened, in the user's own keys): no key or string is wrong there. */
const FREE_RECORD = /(^|\.)actual(\.|$)/;

/** A value no field of ours accepts where `field` stands: an object, a list of objects, or a marked string. */
const invalidFor = (field: string): fc.Arbitrary<unknown> => {
  const name = field.split('.').at(-1) as string;
  if (FREE_RECORD.test(field)) return fc.array(fc.integer(), { minLength: 1, maxLength: 3 }); // no value of `actual` is a list
  const shapes: fc.Arbitrary<unknown>[] = [
    fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), {
      minKeys: 1,
      maxKeys: 3,
    }),
    fc.array(fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { minKeys: 1 }), {
      minLength: 1,
      maxLength: 3,
    }),
  ];
  if (!FREE_TEXT.has(name)) shapes.push(fc.string({ maxLength: 20 }).map((s) => `~${s}`));
  return fc.oneof(...shapes);
};

/**
 * A character of any code point but a lone surrogate (what fast-check's 'binary' unit draws), as
 * ASCII or as any code point: the 'binary' unit builds a table of its 1.1 million characters,
 * about a second of CPU, before its first string. The ASCII half keeps fast-check's awkward
 * strings (`__proto__`, `constructor`, ...) among the texts drawn.
 */
const anyCharacter = fc.oneof(
  fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }),
  fc
    .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
    .map((code) => String.fromCodePoint(code)),
);
const text = fc.string({ maxLength: 40, unit: anyCharacter });

/** Path parameters: ids of every kind, plausible or not. */
const pathValue = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
  fc.constantFrom('current', 'garner-2014', 'x'),
  text.filter((s) => s.length > 0),
);

function fillPath(path: string, values: string[]): string {
  let i = 0;
  return path.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++] ?? 'x'));
}

/** Random and malformed bodies: text, bytes, JSON of any shape, cut JSON, or a valid body spoiled in one field. */
function bodies(op: Operation): fc.Arbitrary<{ body: Buffer | null; spoiled: string | null }> {
  const raw = fc.oneof(
    text.map((s) => ({ body: Buffer.from(s), spoiled: null })),
    fc.uint8Array({ maxLength: 64 }).map((b) => ({ body: Buffer.from(b), spoiled: null })),
    fc
      .jsonValue({ maxDepth: 3 })
      .map((v) => ({ body: Buffer.from(JSON.stringify(v) ?? 'null'), spoiled: null })),
    fc.constant({ body: null, spoiled: null }),
  );
  const valid = VALID[op.path];
  if (!op.body || !valid) return raw;
  const { leaves, objects } = shape(valid);
  const spoiledField = fc
    .constantFrom(...leaves)
    .chain((field) => invalidFor(field).map((bad) => ({ field, body: setAt(valid, field, bad) })));
  const unknownField = fc.constantFrom(...objects.filter((at) => !FREE_RECORD.test(at))).map((at) => {
    const field = at ? `${at}.~unknown` : '~unknown';
    return { field, body: at ? setAt(valid, field, 1) : { ...valid, '~unknown': 1 } };
  });
  const cut = fc
    .integer({ min: 0, max: JSON.stringify(valid).length - 1 })
    .map((n) => ({ body: Buffer.from(JSON.stringify(valid).slice(0, n)), spoiled: null }));
  return fc.oneof(
    { weight: 2, arbitrary: raw },
    { weight: 1, arbitrary: cut },
    {
      weight: 4,
      arbitrary: fc
        .oneof(spoiledField, unknownField)
        .map(({ field, body }) => ({ body: Buffer.from(JSON.stringify(body)), spoiled: field })),
    },
  );
}

function requests(op: Operation): fc.Arbitrary<Sent> {
  const params = (op.path.match(/\{[^}]+\}/g) ?? []).length;
  // Some queries are the declared parameters with random values, some add an unknown one; a
  // query with a declared parameter always has one, so that no valid corpus-wide run is started.
  const query = fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...(op.query.length > 0 ? op.query : ['q'])), text), {
        minLength: op.query.length > 0 ? 1 : 0,
        maxLength: 3,
      }),
      fc.option(
        fc.tuple(
          text.map((s) => `~${s}`),
          text,
        ),
      ),
    )
    .map(([pairs, extra]) => {
      const all = extra ? [...pairs, extra] : pairs;
      return all.length === 0 ? '' : `?${new URLSearchParams(all).toString()}`;
    });
  const auth = fc.oneof(
    { weight: 8, arbitrary: fc.constant(`Bearer ${TOKEN}`) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: text.map((s) => `Bearer ${s}`) },
  );
  const type = fc.oneof(
    { weight: 9, arbitrary: fc.constant('application/json') },
    { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', '') },
  );
  return fc
    .record({
      values: fc.array(pathValue, { minLength: params, maxLength: params }),
      query,
      auth,
      type,
      payload: bodies(op),
    })
    .map(({ values, query, auth, type, payload }) => {
      const headers: Record<string, string> = {};
      if (payload.body !== null) {
        headers['content-type'] = type;
        headers['content-length'] = String(payload.body.length);
      }
      if (auth !== undefined) headers.authorization = auth.replace(/[^\x20-\x7e]/g, '?');
      return {
        method: op.method,
        path: `${fillPath(op.path, values)}${query}`,
        headers,
        body: payload.body,
        // Only in an otherwise valid request must the refusal name the spoiled field.
        spoiled:
          type === 'application/json' && auth === `Bearer ${TOKEN}` && query === '' ? payload.spoiled : null,
      };
    });
}

interface Problem {
  readonly status: number;
  readonly errors: readonly { readonly in: string; readonly path: string; readonly message: string }[];
}

const WHERE = new Set(['body', 'query', 'path', 'header']);

/**
 * What is wrong with the answer to a request, in words (nothing when it is right): a 5xx; a
 * spoiled body accepted; a refusal that is not problem+json, whose status differs from the
 * response's, or whose errors are missing, placed nowhere known, without a path or a message; a
 * spoiled body refused otherwise than 400 naming that field. Checked here in plain code and then
 * with one `expect` per request: the request's own assertions, tens of thousands of times, cost
 * as much as the requests.
 */
function faultsOf(req: Sent, got: Got): string[] {
  if (got.status >= 500) return [`status ${got.status}`];
  if (got.status < 400) return req.spoiled === null ? [] : ['a spoiled body was accepted'];
  if (got.type !== 'application/problem+json') return [`content-type "${got.type}", not problem+json`];
  let problem: Problem;
  try {
    problem = JSON.parse(got.text) as Problem;
  } catch {
    return ['the problem is not JSON'];
  }
  const faults: string[] = [];
  if (problem.status !== got.status) faults.push(`problem.status ${problem.status} is not ${got.status}`);
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  if (errors.length === 0) faults.push('no errors listed');
  for (const e of errors) {
    if (!WHERE.has(e.in)) faults.push(`an error in "${e.in}"`);
    if (typeof e.path !== 'string') faults.push('an error whose path is not a string');
    if (typeof e.message !== 'string' || e.message.length === 0) faults.push('an error without a message');
  }
  if (req.spoiled !== null) {
    const field = req.spoiled;
    if (got.status !== 400) faults.push(`status ${got.status} for a spoiled body, not 400`);
    const named = errors.some((e) => e.in === 'body' && (e.path === field || e.path.startsWith(`${field}.`)));
    if (!named) faults.push(`the error does not name ${field}`);
  }
  return faults;
}

/** Fails, through `expect`, on a request with a fault: `expect` on every request costs as much as the checks. */
function check(req: Sent, got: Got): void {
  const faults = faultsOf(req, got);
  if (faults.length > 0)
    expect(faults, `${req.method} ${req.path} -> ${got.status} ${got.text.slice(0, 300)}`).toEqual([]);
}

describe('fuzzing every endpoint', () => {
  it('finds the endpoints in /openapi.json', () => {
    expect(operations.length).toBeGreaterThanOrEqual(25);
  });

  it(`sends ${RUNS} random and malformed requests to each: never a 5xx, always problem+json naming the field`, async () => {
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(requests(op), async (req) => {
          check(req, await sendInProcess(req));
        }),
        { numRuns: RUNS, seed: 11 },
      );
    }
  }, 600_000);

  it(`sends up to ${HTTP_RUNS} of them to each over HTTP to a real server, ${CONCURRENCY} at a time: the same checks hold`, async () => {
    for (const op of operations) {
      const sample = fc.sample(requests(op), { numRuns: HTTP_RUNS, seed: 11 });
      for (let i = 0; i < sample.length; i += CONCURRENCY) {
        const batch = sample.slice(i, i + CONCURRENCY);
        const got = await Promise.all(batch.map(sendHttp));
        batch.forEach((req, j) => {
          check(req, got[j] as Got);
        });
      }
    }
  }, 600_000);
});
