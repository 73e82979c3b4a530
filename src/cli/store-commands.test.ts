import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir } from '../store/test-data-dir.js';
import { type CliRun, runCli } from './run-in-process.js';

/**
 * `recourse token`, `recourse export` and `recourse import` on one PGlite data directory
 * (RECOURSE_DATA) for the whole file, started from an initialised copy (test-data-dir.ts). They
 * run in-process through `main(argv, io)`, each opening and closing the store as the command does.
 * (The built command on a store runs in a child process in serve.test.ts.)
 */

let dataDir: string;
/** The environment the commands read, as it was before this file. */
const saved = { data: process.env.RECOURSE_DATA, url: process.env.DATABASE_URL };
beforeAll(async () => {
  dataDir = await freshDataDir('recourse-store-cli-');
  process.env.RECOURSE_DATA = dataDir;
  delete process.env.DATABASE_URL;
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  for (const [name, value] of [
    ['RECOURSE_DATA', saved.data],
    ['DATABASE_URL', saved.url],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** The command line in-process, on the data directory of this file. */
const recourse = (...args: string[]): Promise<CliRun> => runCli(args);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const EXPORT = {
  format: 'recourse-export',
  version: 1,
  exportedAt: '2026-01-02T03:04:05.006Z',
  scenarios: [
    {
      id: 'cliscen234',
      title: 'Saved «from» the CLI',
      incident: {
        id: 'cli-one',
        date: '2021-06-01',
        place: { state: 'CO', locality: 'Denver' },
        harm: 'injury',
      },
      regimes: ['cli-regime', 'current'],
      with: [],
      createdAt: '2025-03-04T05:06:07.089Z',
    },
  ],
  cases: [
    {
      id: 'cli-case',
      incident: {
        id: 'cli-case',
        title: 'A case of mine',
        date: '2019-09-09',
        place: { state: 'NY' },
        officer: { employer: 'local' },
      },
      bundled: false,
      createdAt: '2025-03-04T05:06:07.001Z',
    },
  ],
  regimes: [
    {
      id: 'cli-regime',
      title: 'Mine',
      provisions: [],
      base: 'gfjpa-2021',
      with: ['co-sb20-217'],
      createdAt: '2025-03-04T05:06:07.000Z',
    },
  ],
  positions: [
    {
      id: 'clipos2345',
      party: 'SCOTT',
      issue: 'QI',
      option: 'QI-1',
      stance: 'red-line-against',
      date: '2021-05-01',
      dateInferred: true,
      dateAsGiven: 'early May 2021',
      evidence: [
        {
          speaker: 'Sen. Tim Scott',
          paraphrase: 'ending QI is off the table',
          sourceNote: 'a broadcast',
          date: '2021-05-01',
        },
      ],
      quotationIds: [],
      createdAt: '2025-03-04T05:06:07.002Z',
      updatedAt: '2025-03-05T05:06:07.002Z',
    },
  ],
  articles: [],
};

describe('recourse token', () => {
  it('creates a token printed once, lists it without the token, keeps no copy on disk, revokes it', async () => {
    const created = await recourse('token', 'create', '--label', 'desk editor');
    expect(created.stderr).toMatch(
      /^token [a-z0-9]{10} created for "desk editor"; it is shown only this once\n$/,
    );
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^rct_[A-Za-z0-9_-]{43}$/);
    const id = /token (\S+) created/.exec(created.stderr)?.[1] as string;

    const listed = await recourse('token', 'list', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([{ id, label: 'desk editor', createdAt: expect.any(String) }]);
    expect(listed.stdout).not.toContain(token);
    for (const f of filesUnder(dataDir)) expect(readFileSync(f).includes(token.slice(4)), f).toBe(false);

    expect(await recourse('token', 'revoke', id)).toMatchObject({ code: 0, stdout: `token ${id} revoked\n` });
    const again = await recourse('token', 'revoke', id);
    expect(again).toMatchObject({ code: 2, stderr: `recourse: token revoke <id>: no token "${id}"\n` });
  }, 180_000);
});

describe('recourse export and import', () => {
  it('imports an export and exports it again unchanged; a bad file changes nothing and names the field', async () => {
    const file = join(dataDir, 'in.json');
    writeFileSync(file, JSON.stringify(EXPORT));
    const imported = await recourse('import', file);
    expect(imported).toMatchObject({
      code: 0,
      stdout:
        'imported 1 scenarios, 1 cases, 1 regimes, 0 articles, 1 positions; 0 already there unchanged\n',
    });

    const bad = join(dataDir, 'bad.json');
    const badExport = {
      ...EXPORT,
      scenarios: [
        {
          ...EXPORT.scenarios[0],
          id: 'other23456',
          incident: { id: 'x', date: '2021-02-30', place: { state: 'CO' } },
        },
      ],
      cases: [],
      regimes: [],
      positions: [],
    };
    writeFileSync(bad, JSON.stringify(badExport));
    const refused = await recourse('import', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${bad}: scenarios.0.incident.date: expected a real calendar date`);
    const notJson = join(dataDir, 'not.json');
    writeFileSync(notJson, '{ "format": ');
    expect(await recourse('import', notJson)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`${notJson}: not valid JSON`),
    });

    const out = join(dataDir, 'out.json');
    expect(await recourse('export', '--out', out)).toMatchObject({ code: 0, stdout: '' });
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect({ ...exported, exportedAt: null }).toEqual({ ...EXPORT, exportedAt: null });
  }, 180_000);
});

describe('one process at a time on a PGlite data directory', () => {
  it('refuses to open it while a live process holds it, naming the process; takes over the lock of a dead one', async () => {
    const lock = join(dataDir, 'lock');
    writeFileSync(lock, String(process.pid));
    const busy = await recourse('token', 'list');
    expect(busy.code).toBe(2);
    expect(busy.stderr).toContain(`the data directory ${dataDir} is in use by process ${process.pid}`);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));

    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => dead.on('exit', done));
    writeFileSync(lock, String(dead.pid));
    expect(await recourse('token', 'list')).toMatchObject({ code: 0 });
    expect(existsSync(lock)).toBe(false);
  }, 180_000);
});
