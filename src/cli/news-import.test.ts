import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { freshDataDir } from '../store/test-data-dir.js';
import { runCli } from './run-in-process.js';

/**
 * `recourse news import`, through main(argv, io), into a PGlite data directory of its own
 * (RECOURSE_DATA, set for this file and restored after it; DATABASE_URL is set aside meanwhile),
 * an initialised copy (test-data-dir.ts): the first import does not run initdb and the migrations.
 */

const dir = mkdtempSync(join(tmpdir(), 'recourse-news-import-'));
let dataDir: string;
const saved = { data: process.env.RECOURSE_DATA, url: process.env.DATABASE_URL };

const HTML = join(dir, 'talks.html');
const TEXT = join(dir, 'talks.txt');
const EMPTY = join(dir, 'empty.html');

beforeAll(async () => {
  dataDir = await freshDataDir('recourse-news-import-data-');
  process.env.RECOURSE_DATA = dataDir;
  delete process.env.DATABASE_URL;
  writeFileSync(
    HTML,
    `<html><head><title>Talks stall</title><script>alert(1)</script></head><body>
<p>Sen. Tim Scott said that "(Section 242) is off the table for me," on Sunday.</p>
<p><img src=x onerror="alert(2)">"It is," Rep. Karen Bass told CNN.</p></body></html>`,
  );
  writeFileSync(TEXT, '"That\'s a good start," Rep. Jim Clyburn said of the talks on qualified immunity.\n');
  writeFileSync(EMPTY, '<html><body><script>only a script</script></body></html>');
});

afterAll(() => {
  if (saved.data === undefined) delete process.env.RECOURSE_DATA;
  else process.env.RECOURSE_DATA = saved.data;
  if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('recourse news import', () => {
  it('stores an article and prints its id and the quotations proposed for review', async () => {
    const r = await runCli([
      'news',
      'import',
      HTML,
      '--url',
      'https://news.example.org/talks',
      '--date',
      '2021-04-22',
      '--outlet',
      'Example News',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const id = /article (\w+) "Talks stall", 2 quotations proposed for review/.exec(r.stdout)?.[1];
    expect(id, r.stdout).toBeTruthy();
    expect(r.stdout).toMatch(
      /Tim Scott \(SCOTT\) \[S242, opposes change\]: "\(Section 242\) is off the table for me,"/,
    );
    expect(r.stdout).toMatch(/Karen Bass \(BASS\) \[S242, [a-z ]+\]: "It is,"/);
    const store = await openStore({ dataDir, loadBundledCases: false });
    try {
      const a = await store.articles.get(id as string);
      expect(a).toMatchObject({
        url: 'https://news.example.org/talks',
        date: '2021-04-22',
        outlet: 'Example News',
      });
      expect(a?.text).not.toMatch(/alert|onerror|</);
      expect(a?.quotations.map((q) => q.review)).toEqual(['proposed', 'proposed']);
    } finally {
      await store.close();
    }
  });

  it('imports the good files beside a bad one, names the bad one, and exits 2; --json prints the articles', async () => {
    const r = await runCli(['news', 'import', TEXT, EMPTY, join(dir, 'missing.html'), '--json']);
    expect(r.code).toBe(2);
    const printed = JSON.parse(r.stdout) as { file: string; id: string; quotations: { speaker: string }[] }[];
    expect(printed.map((a) => [a.file, a.quotations.map((q) => q.speaker)])).toEqual([
      [TEXT, ['Jim Clyburn']],
    ]);
    expect(r.stderr).toContain('recourse: 2 of 3 files not imported');
    expect(r.stderr).toContain(`${EMPTY}: `);
    expect(r.stderr).toContain(`${join(dir, 'missing.html')}: cannot be read (ENOENT)`);
  });

  it('stores and says where a stance not in the quotation’s words came from', async () => {
    const file = join(dir, 'role.txt');
    writeFileSync(
      file,
      'Dana Whitfield, the mother of Jordan Pryor, who was killed by police in 2019, spoke on qualified immunity. “I have been coming to this building for seven years,” Whitfield said.\n',
    );
    const r = await runCli(['news', 'import', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /Dana Whitfield \[QI, supports change \(from the speaker's role in the article, not the quotation's words\)\]: "I have been/,
    );
    const json = await runCli(['news', 'import', file, '--json']);
    expect(JSON.parse(json.stdout)[0].quotations[0]).toMatchObject({
      stance: 'supports change',
      stanceBasis: 'speaker role',
      proposed: { stance: 'supports change', stanceBasis: 'speaker role' },
    });
  });

  it('refuses bad options before reading anything', async () => {
    const r = await runCli(['news', 'import', HTML, TEXT, '--url', 'ftp://x', '--date', '2021-02-30']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--url: expected an http or https URL, got "ftp://x"');
    expect(r.stderr).toContain('--url: names one article, but 2 files were given');
    expect(r.stderr).toContain('--date: expected a real calendar date YYYY-MM-DD, got "2021-02-30"');
  });
});
