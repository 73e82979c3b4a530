import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIncident, type Incident, parseIncident, REGIMES } from '../law/index.js';
import { openStore, type Store } from '../store/index.js';
import { freshDataDir } from '../store/test-data-dir.js';
import { type RunningServer, startServer } from './server.js';

/**
 * The answers the server makes fast (the evaluation thread, the UTF-8 encoding through a scratch
 * buffer, saved scenarios read from memory) are byte for byte what the library gives: every
 * bundled case under all the regimes at once and under each alone, on the evaluation thread and in
 * the server's own thread; every saved scenario on its first read (from the database) and on the
 * next (from memory), and its results.
 */

const TOKEN = 'answers-test-token';
const CASES = join(import.meta.dirname, '..', '..', 'data', 'cases');
const cases: Incident[] = readdirSync(CASES)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => parseIncident(readFileSync(join(CASES, f), 'utf8'), f));
const regimes = [...REGIMES.values()];

let store: Store;
let dataDir = '';
let pooled: RunningServer;
let inline: RunningServer;

beforeAll(async () => {
  // A copy of the migrated PGlite template: a fresh database runs initdb and the migrations (5-6 s of CPU).
  dataDir = await freshDataDir('recourse-identical-');
  store = await openStore({ dataDir, envToken: TOKEN });
  pooled = await startServer({ store, port: 0, evaluateThreads: 1 });
  inline = await startServer({ store, port: 0, evaluateThreads: 0 });
}, 60_000);

afterAll(async () => {
  await pooled?.close();
  await inline?.close();
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function bytesOf(url: string, init?: RequestInit): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(url, init);
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** Where they differ, the text around the first differing byte (a readable failure). */
function firstDifference(got: Buffer, expected: Buffer): string {
  let i = 0;
  while (i < got.length && i < expected.length && got[i] === expected[i]) i++;
  return `at byte ${i}: got ${got.subarray(i, i + 80).toString()} expected ${expected.subarray(i, i + 80).toString()}`;
}

function expectSameBytes(got: Buffer, expected: Buffer, what: string): void {
  if (!got.equals(expected)) expect.fail(`${what}: ${firstDifference(got, expected)}`);
}

describe('POST /v1/evaluate answers the library’s Result v1, byte for byte', () => {
  it('has the 28 bundled cases to compare', () => {
    expect(cases.length).toBeGreaterThanOrEqual(28);
    expect(regimes.length).toBe(6);
  });

  for (const [name, server] of [
    ['on the evaluation thread', () => pooled],
    ['in the server’s thread', () => inline],
  ] as const) {
    it(`every case under all regimes and under each alone, ${name}`, async () => {
      for (const incident of cases) {
        const all = await bytesOf(`${server().url}/v1/evaluate`, post({ incident }));
        expect(all.status).toBe(200);
        const expected = Buffer.from(JSON.stringify(regimes.map((r) => evaluateIncident(r, incident))));
        expectSameBytes(all.bytes, expected, `${incident.id} under all regimes`);
        const each = await Promise.all(
          regimes.map((r) => bytesOf(`${server().url}/v1/evaluate`, post({ incident, regimes: [r.id] }))),
        );
        each.forEach((answer, i) => {
          const r = regimes[i] as (typeof regimes)[number];
          expect(answer.status).toBe(200);
          expectSameBytes(
            answer.bytes,
            Buffer.from(JSON.stringify([evaluateIncident(r, incident)])),
            `${incident.id} under ${r.id}`,
          );
        });
      }
    }, 60_000);
  }
});

describe('answers written into the memory of answers already sent', () => {
  it('25 at a time over every case, six regimes and one: each is its own case’s, byte for byte', async () => {
    const jobs = [...cases, ...cases, ...cases].map((incident, i) => {
      const one = regimes[i % regimes.length] as (typeof regimes)[number];
      return i % 2 === 0
        ? {
            body: { incident },
            expected: regimes.map((r) => evaluateIncident(r, incident)),
            what: incident.id,
          }
        : {
            body: { incident, regimes: [one.id] },
            expected: [evaluateIncident(one, incident)],
            what: `${incident.id} under ${one.id}`,
          };
    });
    let next = 0;
    const lane = async () => {
      while (next < jobs.length) {
        const job = jobs[next++] as (typeof jobs)[number];
        const got = await bytesOf(`${pooled.url}/v1/evaluate`, post(job.body));
        expect(got.status).toBe(200);
        expectSameBytes(got.bytes, Buffer.from(JSON.stringify(job.expected)), job.what);
      }
    };
    await Promise.all(Array.from({ length: 25 }, lane));
  }, 60_000);
});

describe('POST /v1/evaluate bodies the evaluation thread declines are answered as without it', () => {
  it('invalid bodies, unknown regimes, state laws applied, a query: the same status and bytes', async () => {
    const [incident] = cases as [Incident];
    const raw = (body: string): RequestInit => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const requests: [string, RequestInit][] = [
      ['not JSON', raw('{"incident": ')],
      ['a list', raw('[1, 2]')],
      ['nothing', raw('')],
      ['no incident', post({ regimes: ['current'] })],
      ['a field the format lacks', post({ incident: { ...incident, colour: 'blue' } })],
      ['an unknown regime', post({ incident, regimes: ['current', 'no-such'] })],
      ['a state law applied', post({ incident, regimes: ['current'], with: ['co-sb20-217'] })],
      ['an unknown state law', post({ incident, with: ['atlantis'] })],
      ['no regimes: all of them', post({ incident, regimes: [] })],
    ];
    for (const [what, init] of requests) {
      const [threaded, alone] = await Promise.all([
        bytesOf(`${pooled.url}/v1/evaluate`, init),
        bytesOf(`${inline.url}/v1/evaluate`, init),
      ]);
      expect(threaded.status, what).toBe(alone.status);
      expectSameBytes(threaded.bytes, alone.bytes, what);
    }
    const query = await Promise.all(
      [pooled, inline].map((s) => bytesOf(`${s.url}/v1/evaluate?unexpected=1`, post({ incident }))),
    );
    expect(query[0]?.status).toBe(400);
    expectSameBytes(query[0]?.bytes as Buffer, query[1]?.bytes as Buffer, 'a query');
  });
});

describe('saved scenarios read from memory are what was saved', () => {
  it('GET /v1/scenarios/:id and its results, first from the database, then from memory', async () => {
    const saved: { id: string; bytes: Buffer; incident: Incident }[] = [];
    for (const incident of cases) {
      const res = await fetch(`${pooled.url}/v1/scenarios`, {
        ...post({ incident, title: incident.title ?? null }),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      });
      expect(res.status).toBe(201);
      const bytes = Buffer.from(await res.arrayBuffer());
      saved.push({ id: (JSON.parse(bytes.toString()) as { id: string }).id, bytes, incident });
    }
    for (const read of ['from the database', 'from memory']) {
      for (const s of saved) {
        const got = await bytesOf(`${pooled.url}/v1/scenarios/${s.id}`);
        expect(got.status).toBe(200);
        expectSameBytes(got.bytes, s.bytes, `scenario ${s.id} ${read}`);
        const results = await bytesOf(`${pooled.url}/v1/scenarios/${s.id}/results`);
        expect(results.status).toBe(200);
        expectSameBytes(
          results.bytes,
          Buffer.from(JSON.stringify(regimes.map((r) => evaluateIncident(r, s.incident)))),
          `results of scenario ${s.id} ${read}`,
        );
      }
    }
  }, 60_000);

  it('a removed scenario is gone at once, though it was read before', async () => {
    const [incident] = cases as [Incident];
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
    const res = await fetch(`${pooled.url}/v1/scenarios`, { ...post({ incident }), headers: auth });
    const { id } = (await res.json()) as { id: string };
    expect((await fetch(`${pooled.url}/v1/scenarios/${id}`)).status).toBe(200);
    expect((await fetch(`${pooled.url}/v1/scenarios/${id}`)).status).toBe(200);
    const removed = await fetch(`${pooled.url}/v1/scenarios/${id}`, { method: 'DELETE', headers: auth });
    expect(removed.status).toBe(204);
    expect((await fetch(`${pooled.url}/v1/scenarios/${id}`)).status).toBe(404);
    expect((await fetch(`${pooled.url}/v1/scenarios/${id}/results`)).status).toBe(404);
  });
});
