import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { type RunningServer, startServer } from './server.js';

/**
 * Reading and removing by the id in the path, over HTTP (a real server on 127.0.0.1, PGlite in
 * memory): a saved item is found and removed; one that is not there is a 404 in problem+json that
 * names the path's id and the kind of item, for every collection read this way.
 */

const TOKEN = 'by-id-test-token';
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://', envToken: TOKEN, loadBundledCases: false });
  server = await startServer({ store, port: 0, evaluateThreads: 0 });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
});

async function call(method: string, path: string) {
  const res = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${TOKEN}` } });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : null };
}

describe('an item by the id in its path', () => {
  it.each([
    ['GET', '/v1/scenarios/nope', 'Scenario not found', 'no scenario "nope"'],
    ['DELETE', '/v1/scenarios/nope', 'Scenario not found', 'no scenario "nope"'],
    ['GET', '/v1/scenarios/nope/results', 'Scenario not found', 'no scenario "nope"'],
    ['GET', '/v1/cases/nope', 'Case not found', 'no case "nope"'],
    ['DELETE', '/v1/cases/nope', 'Case not found', 'no case "nope"'],
    ['GET', '/v1/regimes/nope', 'Regime not found', 'no regime "nope"'],
    ['DELETE', '/v1/regimes/nope', 'Saved regime not found', 'no saved regime "nope"'],
    ['GET', '/v1/news/articles/nope', 'Article not found', 'no article "nope"'],
    ['DELETE', '/v1/news/articles/nope', 'Article not found', 'no article "nope"'],
    ['GET', '/v1/news/quotations/nope', 'Quotation not found', 'no quotation "nope"'],
    ['POST', '/v1/news/quotations/nope/reject', 'Quotation not found', 'no quotation "nope"'],
  ])('%s %s is a 404 naming the id', async (method, path, title, message) => {
    const a = await call(method, path);
    expect(a.status).toBe(404);
    expect(a.type).toBe('application/problem+json');
    expect(a.body).toMatchObject({ title, status: 404, errors: [{ in: 'path', path: 'id', message }] });
  });

  it('finds a saved item, removes it, and then it is not there', async () => {
    const saved = await store.regimes.create({ id: 'by-id-regime', title: 'By id', provisions: [] });
    const got = await call('GET', `/v1/regimes/${saved.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id: saved.id, title: 'By id', with: [] });
    expect((await call('DELETE', `/v1/regimes/${saved.id}`)).status).toBe(204);
    expect((await call('GET', `/v1/regimes/${saved.id}`)).status).toBe(404);
    // A built-in regime is not a stored one, and is read all the same.
    expect((await call('GET', '/v1/regimes/current')).body).toMatchObject({ id: 'current' });
  });
});
