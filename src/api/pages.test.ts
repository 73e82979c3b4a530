import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIncident } from '../law/index.js';
import { openStore, type Store } from '../store/index.js';
import { DEFAULT_PAGE, MAX_PAGE } from './pages.js';
import { type RunningServer, startServer } from './server.js';

/**
 * The lists that grow with use, a page at a time, over a real server on 127.0.0.1 (PGlite in
 * memory): the default page, `limit` and `after`, the `Link: rel="next"` header followed to the
 * end giving every item once in the store's order, and bad values refused in problem+json.
 */

const TOKEN = 'pages-test-token';
const SAVED = 2 * DEFAULT_PAGE + 7;
const garner = parseIncident(
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'cases', 'garner-2014.yaml'), 'utf8'),
);

let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://', envToken: TOKEN, loadBundledCases: false });
  // Saved in one import, with creation times out of id order: the list's order is by time.
  const scenarios = Array.from({ length: SAVED }, (_, i) => ({
    id: `scn-${String(i).padStart(4, '0')}`,
    title: `Scenario ${i}`,
    incident: garner,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, (i * 37) % SAVED)).toISOString(),
  }));
  await store.importAll({ format: 'recourse-export', version: 1, scenarios });
  for (const n of [1, 2, 3])
    await store.articles.import({ text: `Article number ${n}.`, title: `Article ${n}`, quotations: [] });
  server = await startServer({ store, port: 0, evaluateThreads: 0 });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
});

async function get(path: string) {
  const res = await fetch(`${server.url}${path}`);
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    link: res.headers.get('link'),
    // biome-ignore lint/suspicious/noExplicitAny: a JSON answer, read as the tests expect it.
    body: (await res.json()) as any,
  };
}

/** The address of the next page in a Link header, or null. */
const nextOf = (link: string | null) => link?.match(/^<([^>]+)>; rel="next"$/)?.[1] ?? null;

describe('lists a page at a time', () => {
  it('gives the default page with a link to the next, and following the links gives every saved scenario once, in order', async () => {
    const all = (await store.scenarios.list()).map((s) => s.id);
    expect(all).toHaveLength(SAVED);
    const first = await get('/v1/scenarios');
    expect(first.status).toBe(200);
    expect(first.body).toHaveLength(DEFAULT_PAGE);
    expect(first.body[0]).toEqual({
      id: all[0],
      title: expect.any(String),
      incident: 'garner-2014',
      createdAt: expect.any(String),
    });
    expect(nextOf(first.link)).toBe(`/v1/scenarios?limit=${DEFAULT_PAGE}&after=${all[DEFAULT_PAGE - 1]}`);

    const seen: string[] = [];
    let path: string | null = '/v1/scenarios?limit=60';
    let pages = 0;
    while (path) {
      const page = await get(path);
      expect(page.status).toBe(200);
      seen.push(...page.body.map((s: { id: string }) => s.id));
      path = nextOf(page.link);
      pages++;
    }
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(SAVED / 60));
  });

  it('gives no link on the last page, and a whole list within the maximum in one page', async () => {
    const all = await get(`/v1/scenarios?limit=${MAX_PAGE}`);
    expect(all.body).toHaveLength(SAVED);
    expect(all.link).toBeNull();
    const last = all.body.at(-1).id;
    const after = await get(`/v1/scenarios?after=${last}`);
    expect(after.body).toEqual([]);
    expect(after.link).toBeNull();
  });

  it('pages the news articles the same way, each with its counts', async () => {
    const first = await get('/v1/news/articles?limit=2');
    expect(first.body.map((a: { title: string }) => a.title)).toEqual(['Article 1', 'Article 2']);
    expect(first.body[0]).toMatchObject({ quotations: 0, pending: 0 });
    const rest = await get(nextOf(first.link) as string);
    expect(rest.body.map((a: { title: string }) => a.title)).toEqual(['Article 3']);
    expect(rest.link).toBeNull();
  });

  it('refuses a bad limit or an after the list does not have, naming the query parameter', async () => {
    for (const [query, field, message] of [
      ['limit=0', 'limit', new RegExp(`^expected a number of items from 1 to ${MAX_PAGE}, got "0"$`)],
      [`limit=${MAX_PAGE + 1}`, 'limit', new RegExp(`from 1 to ${MAX_PAGE}, got "${MAX_PAGE + 1}"$`)],
      ['limit=ten', 'limit', /number/],
      ['limit=2.5', 'limit', /int/],
      ['after=no-such-scenario', 'after', /no scenario "no-such-scenario" to list after/],
      ['after=%3Cscript%3E', 'after', /expected the id of an item of the list/],
      ['page=2', 'page', /unknown field/],
    ] as const) {
      const a = await get(`/v1/scenarios?${query}`);
      expect(a.status, query).toBe(400);
      expect(a.type).toBe('application/problem+json');
      expect(a.body.errors, query).toEqual([
        { in: 'query', path: field, message: expect.stringMatching(message) },
      ]);
    }
    const a = await get('/v1/news/articles?after=no-such-article');
    expect(a.body.errors).toEqual([
      { in: 'query', path: 'after', message: 'no article "no-such-article" to list after (removed since?)' },
    ]);
  });

  it('documents limit and after in /openapi.json', async () => {
    const doc = (await get('/openapi.json')).body;
    for (const path of ['/v1/scenarios', '/v1/news/articles']) {
      const params = doc.paths[path].get.parameters as { name: string; in: string; schema: unknown }[];
      expect(params.map((p) => [p.name, p.in])).toEqual([
        ['limit', 'query'],
        ['after', 'query'],
      ]);
      expect(params[0]?.schema).toMatchObject({
        type: 'integer',
        minimum: 1,
        maximum: MAX_PAGE,
        default: DEFAULT_PAGE,
      });
      expect(doc.paths[path].get.description).toMatch(/rel="next"/);
    }
  });
});
