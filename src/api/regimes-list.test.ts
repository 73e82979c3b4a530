import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROPOSALS, PROVISIONS, parseIncident, REGIMES, STATE_AND_LOCAL_LAWS } from '../law/index.js';
import { openStore, type Store } from '../store/index.js';
import { DEFAULT_PAGE } from './pages.js';
import { type RunningServer, startServer } from './server.js';

/**
 * GET /v1/regimes and GET /v1/cases a page at a time, over a real server on 127.0.0.1 (PGlite in
 * memory, the bundled cases loaded): the built-in regimes and the bundled cases in the first
 * page, the saved ones after them by id, the `Link: rel="next"` header followed to the end giving
 * every item once, `with` kept in it, the hash listed the one GET /v1/regimes/:id and an
 * evaluation report, and bad values refused in problem+json.
 */

const TOKEN = 'regimes-list-test-token';
const SAVED = 2 * DEFAULT_PAGE + 7;
const OWN_CASES = DEFAULT_PAGE + 11;
const provisions = [...PROVISIONS.keys()];
const laws = STATE_AND_LOCAL_LAWS.map((l) => l.id);
const bases = PROPOSALS.map((p) => p.id);
const garner = parseIncident(
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'cases', 'garner-2014.yaml'), 'utf8'),
);

// Ids out of creation order: the list's order is by id.
const regimeId = (i: number) => `reg-${String((i * 37) % SAVED).padStart(4, '0')}`;

let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://', envToken: TOKEN });
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  const regimes = Array.from({ length: SAVED }, (_, i) => ({
    id: regimeId(i),
    title: `Regime ${i}`,
    provisions: [...new Set([provisions[i % provisions.length], provisions[(i * 7) % provisions.length]])],
    // Some on a proposal, some with state or local laws of their own.
    base: i % 5 === 0 ? bases[i % bases.length] : null,
    with: i % 4 === 0 ? [laws[i % laws.length]] : [],
    createdAt: at(i),
  }));
  const cases = Array.from({ length: OWN_CASES }, (_, i) => ({
    // Ids before and after the bundled ones': the bundled cases still come first.
    incident: { ...garner, id: `${i % 2 === 0 ? 'a' : 'z'}-own-${String(i).padStart(4, '0')}` },
    createdAt: at(i),
  }));
  await store.importAll({ format: 'recourse-export', version: 1, regimes, cases });
  server = await startServer({ store, port: 0, evaluateThreads: 0 });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
});

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    link: res.headers.get('link'),
    // biome-ignore lint/suspicious/noExplicitAny: a JSON answer, read as the tests expect it.
    body: (text ? JSON.parse(text) : null) as any,
  };
}

/** The address of the next page in a Link header, or null. */
const nextOf = (link: string | null) => link?.match(/^<([^>]+)>; rel="next"$/)?.[1] ?? null;

/** Every page from `path` on, following the links: the items of each page. */
async function pages(path: string): Promise<{ id: string }[][]> {
  const out: { id: string }[][] = [];
  let at: string | null = path;
  while (at) {
    const page = await call('GET', at);
    expect(page.status).toBe(200);
    out.push(page.body);
    at = nextOf(page.link);
  }
  return out;
}

const builtIn = [...REGIMES.keys()];
const savedIds = Array.from({ length: SAVED }, (_, i) => regimeId(i)).sort();

describe('GET /v1/regimes a page at a time', () => {
  it('gives the built-in regimes, then the first saved ones by id, with a link to the next page', async () => {
    const first = await call('GET', '/v1/regimes');
    expect(first.status).toBe(200);
    expect(first.body.map((r: { id: string }) => r.id)).toEqual([
      ...builtIn,
      ...savedIds.slice(0, DEFAULT_PAGE),
    ]);
    expect(first.body.slice(0, builtIn.length).every((r: { saved: boolean }) => !r.saved)).toBe(true);
    expect(first.body.slice(builtIn.length).every((r: { saved: boolean }) => r.saved)).toBe(true);
    expect(nextOf(first.link)).toBe(`/v1/regimes?limit=${DEFAULT_PAGE}&after=${savedIds[DEFAULT_PAGE - 1]}`);
  });

  it('following the links gives every saved regime once, in id order, and the built-in ones in the first page only', async () => {
    const all = await pages('/v1/regimes?limit=60');
    expect(all).toHaveLength(Math.ceil(SAVED / 60));
    expect(all[0]?.slice(0, builtIn.length).map((r) => r.id)).toEqual(builtIn);
    const saved = all.flat().slice(builtIn.length);
    expect(saved.map((r) => r.id)).toEqual(savedIds);
  });

  it('keeps `with` in the next link, and lists the regimes with those laws applied', async () => {
    const law = laws[1] as string;
    const first = await call('GET', `/v1/regimes?with=${law}&limit=50`);
    expect(first.status).toBe(200);
    expect(nextOf(first.link)).toBe(`/v1/regimes?limit=50&after=${savedIds[49]}&with=${law}`);
    const all = (await pages(`/v1/regimes?with=${law}&limit=50`)).flat();
    expect(all).toHaveLength(builtIn.length + SAVED);
    // A saved regime that applies the law itself is named without it; every other with it.
    const own = new Map((await store.regimes.list()).map((r) => [r.id, r.with]));
    for (const r of all.slice(builtIn.length) as { id: string; with: string[] }[]) {
      const id = r.id.replace(`+${law}`, '');
      expect(r.id).toBe(own.get(id)?.includes(law) ? id : `${id}+${law}`);
      expect(r.with).toEqual(own.get(id));
    }
  });

  it('lists each saved regime with the title, provisions and hash that GET /v1/regimes/:id and an evaluation report', async () => {
    const law = laws[0] as string;
    for (const withQuery of ['', `?with=${law}`]) {
      const listed = (await pages(`/v1/regimes${withQuery}${withQuery ? '&' : '?'}limit=1000`)).flat() as {
        id: string;
        hash: string;
      }[];
      // A sample of each kind: plain, on a proposal, with laws of its own.
      for (const i of [1, 3, 4, 5, 8, 10, 20, 77]) {
        const id = regimeId(i);
        const item = listed.find((r) => r.id === id || r.id === `${id}+${law}`);
        const one = await call('GET', `/v1/regimes/${id}${withQuery}`);
        expect(one.status).toBe(200);
        const { rules: _rules, ...summary } = one.body;
        expect(item).toEqual({ ...summary, saved: true });
        const evaluated = await call('POST', '/v1/evaluate', {
          incident: garner,
          regimes: [id],
          ...(withQuery ? { with: [law] } : {}),
        });
        expect(evaluated.status).toBe(200);
        expect(evaluated.body[0].regimeHash).toBe(item?.hash);
      }
    }
    // Different packages, different law: the hashes are not one value listed for all.
    expect(
      new Set(
        (await pages('/v1/regimes?limit=1000')).flat().map((r) => (r as unknown as { hash: string }).hash),
      ).size,
    ).toBeGreaterThan(provisions.length);
  });

  it('lists a regime removed and saved again under the same id with what it is now', async () => {
    const id = regimeId(2);
    const before = (await call('GET', `/v1/regimes?limit=1000`)).body.find(
      (r: { id: string }) => r.id === id,
    );
    expect((await call('DELETE', `/v1/regimes/${id}`)).status).toBe(204);
    const other = provisions.filter((p) => !before.provisions.includes(p)).slice(0, 1);
    const made = await call('POST', '/v1/regimes', { id, title: 'Saved again', provisions: other });
    expect(made.status).toBe(201);
    const after = (await call('GET', `/v1/regimes?limit=1000`)).body.find((r: { id: string }) => r.id === id);
    const one = await call('GET', `/v1/regimes/${id}`);
    expect(after).toMatchObject({
      title: 'Saved again',
      hash: one.body.hash,
      provisions: one.body.provisions,
    });
    expect(after.hash).not.toBe(before.hash);
  });

  it.each([
    ['?limit=0', 'limit', 'expected a number of items from 1 to 1000'],
    ['?limit=1001', 'limit', 'expected a number of items from 1 to 1000'],
    ['?after=no-such-regime', 'after', 'no saved regime "no-such-regime" to list after'],
    ['?after=current', 'after', 'no saved regime "current" to list after'],
    ['?with=atlantis', 'with.0', 'unknown state or local law "atlantis"'],
  ])('refuses %s naming the query parameter', async (query, path, message) => {
    const res = await call('GET', `/v1/regimes${query}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ in: 'query', path })]);
    expect(res.body.errors[0].message).toContain(message);
  });
});

describe('GET /v1/cases a page at a time', () => {
  it('gives the bundled cases first, then the users own by id, every case once following the links', async () => {
    const bundled = (await store.cases.list()).filter((c) => c.bundled).map((c) => c.id);
    expect(bundled.length).toBeGreaterThan(0);
    expect(bundled.length).toBeLessThan(DEFAULT_PAGE);
    const own = Array.from(
      { length: OWN_CASES },
      (_, i) => `${i % 2 === 0 ? 'a' : 'z'}-own-${String(i).padStart(4, '0')}`,
    ).sort();
    const first = await call('GET', '/v1/cases');
    expect(first.status).toBe(200);
    expect(first.body.map((c: { id: string }) => c.id)).toEqual([
      ...[...bundled].sort(),
      ...own.slice(0, DEFAULT_PAGE - bundled.length),
    ]);
    const all = (await pages('/v1/cases?limit=40')).flat() as { id: string; bundled: boolean }[];
    expect(all.map((c) => c.id)).toEqual([...[...bundled].sort(), ...own]);
    expect(all.map((c) => c.bundled)).toEqual([...bundled.map(() => true), ...own.map(() => false)]);
  });

  it('summarises a case from its incident', async () => {
    const [listed] = (await call('GET', '/v1/cases?limit=1&after=a-own-0000')).body;
    const one = await call('GET', `/v1/cases/${listed.id}`);
    expect(listed).toEqual({
      id: one.body.id,
      title: one.body.incident.title ?? null,
      date: one.body.incident.date,
      state: one.body.incident.place.state,
      bundled: false,
      createdAt: one.body.createdAt,
    });
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?after=no-such-case', 'after'],
    ['?with=co-sb20-217', ''],
  ])('refuses %s naming the query parameter', async (query, path) => {
    const res = await call('GET', `/v1/cases${query}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ in: 'query', ...(path ? { path } : {}) });
  });
});
