import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIncident } from '../law/index.js';
import { freshDataDir } from './test-data-dir.js';
import { describePostgres, freshDatabase, POSTGRES_URL } from './testkit.js';

/**
 * The crash test of issue 11: the real server (`recourse serve`, built in dist/) is killed with
 * SIGKILL during a burst of writes, and started again on the same data. Every write it
 * acknowledged (201) is there, exactly as acknowledged, and nothing is half-written: each saved
 * scenario reads back whole and equal to what was sent. Twice over: the server that started on
 * the killed store takes the second burst and is killed in turn. On PGlite (a data directory) and
 * on PostgreSQL.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const CASES = join(ROOT, 'data', 'cases');
const TOKEN = `crash-${randomBytes(12).toString('hex')}`;
const CONCURRENCY = 8;
/** Kill after this many acknowledged writes in a round (the burst goes on until the kill). */
const ACKS_BEFORE_KILL = 120;

const bundled = readdirSync(CASES)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => parseIncident(readFileSync(join(CASES, f), 'utf8')));

interface Sent {
  readonly n: number;
  readonly body: { title: string; incident: unknown; regimes: string[]; with: string[] };
}

/** The nth scenario: a bundled case under a new id, so the writes are of realistic size. */
function scenario(n: number): Sent {
  const base = bundled[n % bundled.length];
  const { expected: _e, ...incident } = base as NonNullable<typeof base>;
  return {
    n,
    body: {
      title: `crash ${n}`,
      incident: { ...incident, id: `crash-${n}`, notes: `write ${n}: ${'x'.repeat(n % 200)}` },
      regimes: n % 2 ? ['current', 'gfjpa-2021'] : [],
      with: n % 3 ? [] : ['co-sb20-217'],
    },
  };
}

interface Server {
  readonly url: string;
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
}

function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s: ${err}`)), 120_000);
    child.stderr?.on('data', (d) => {
      err += String(d);
    });
    child.stdout?.on('data', (d) => {
      out += String(d);
      const m = /Recourse API on (http:\/\/\S+?) /.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: (m[1] as string).replace('//localhost:', '//127.0.0.1:'), child, exited });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${err}`));
    });
  });
}

async function stopServer(server: Server): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}

/**
 * Writes scenarios CONCURRENCY at a time until the server dies, killing it with SIGKILL after
 * ACKS_BEFORE_KILL acknowledgements. Returns what was acknowledged, with the server's answer.
 */
async function burstThenKill(server: Server, from: number): Promise<{ sent: Sent; saved: { id: string } }[]> {
  const acked: { sent: Sent; saved: { id: string } }[] = [];
  let next = from;
  let dead = false;
  const worker = async () => {
    while (!dead) {
      const sent = scenario(next++);
      let res: Response;
      try {
        res = await fetch(`${server.url}/v1/scenarios`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify(sent.body),
        });
      } catch {
        dead = true; // the server is gone: this write was never acknowledged
        return;
      }
      if (res.status !== 201) throw new Error(`write ${sent.n}: ${res.status} ${await res.text()}`);
      let saved: { id: string };
      try {
        saved = (await res.json()) as { id: string };
      } catch {
        dead = true; // the answer was cut off by the kill: not an acknowledgement
        return;
      }
      acked.push({ sent, saved });
      if (acked.length === ACKS_BEFORE_KILL) server.child.kill('SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await server.exited;
  return acked;
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

/** The saved scenarios, every page of the list followed (`Link: rel="next"`). */
async function everyScenario(server: Server): Promise<{ id: string; title: string }[]> {
  const all: { id: string; title: string }[] = [];
  let at: string | null = '/v1/scenarios?limit=1000';
  while (at) {
    const res: Response = await fetch(`${server.url}${at}`);
    expect(res.status).toBe(200);
    all.push(...((await res.json()) as { id: string; title: string }[]));
    at = res.headers.get('link')?.match(/^<([^>]+)>; rel="next"$/)?.[1] ?? null;
  }
  return all;
}

/** Every acknowledged write is there as acknowledged; every scenario there is whole. */
async function checkAfterRestart(server: Server, acked: { sent: Sent; saved: { id: string } }[]) {
  for (const { saved } of acked) {
    const { status, body } = await getJson(`${server.url}/v1/scenarios/${saved.id}`);
    expect(status).toBe(200);
    expect(body).toEqual(saved);
  }
  const list = await everyScenario(server);
  const ours = list.filter((s) => s.title.startsWith('crash '));
  expect(ours.length).toBeGreaterThanOrEqual(acked.length);
  console.info(
    `crash test: ${acked.length} writes acknowledged before the kills, ${ours.length} stored ` +
      `(${ours.length - acked.length} were in flight and committed, unacknowledged)`,
  );
  for (const s of ours) {
    const n = Number(s.title.slice('crash '.length));
    const { status, body } = await getJson(`${server.url}/v1/scenarios/${s.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject(scenario(n).body);
  }
}

function crashTest(env: () => NodeJS.ProcessEnv) {
  it('keeps every acknowledged write, and none half-written, through two kill -9 in bursts of writes', async () => {
    const acked: { sent: Sent; saved: { id: string } }[] = [];
    // The server started after the first kill checks what it finds, then takes the second burst.
    let server = await startServer(env());
    for (const round of [0, 1]) {
      acked.push(...(await burstThenKill(server, round * 10_000)));
      expect(acked.length).toBeGreaterThanOrEqual((round + 1) * ACKS_BEFORE_KILL);
      server = await startServer(env());
      try {
        await checkAfterRestart(server, acked);
      } catch (e) {
        await stopServer(server);
        throw e;
      }
    }
    await stopServer(server);
  }, 300_000);
}

const baseEnv = () => {
  const { DATABASE_URL: _d, RECOURSE_DATA: _r, ...rest } = process.env;
  return { ...rest, RECOURSE_TOKEN: TOKEN };
};

describe('the server killed during writes, on PGlite', () => {
  // An initialised copy (test-data-dir.ts): the first start does not run initdb.
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await freshDataDir('recourse-crash-');
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  crashTest(() => ({ ...baseEnv(), RECOURSE_DATA: dataDir }));
});

describePostgres('the server killed during writes, on PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  afterAll(async () => {
    await db?.drop();
  });
  it('has a database of its own', async () => {
    db = await freshDatabase(POSTGRES_URL as string);
  });
  crashTest(() => ({ ...baseEnv(), DATABASE_URL: db?.url }));
});
