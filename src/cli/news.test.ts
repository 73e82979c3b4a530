import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../news/index.js';
import { evalNews } from './eval-news.js';
import { runCli } from './run-in-process.js';

/** `recourse news extract` and `npm run eval:news`, in-process through main(argv, io). */

const FIXTURES = join(import.meta.dirname, '..', 'news', 'fixtures');
const OFFERS = join(FIXTURES, '01-offers.html');
const UNION = join(FIXTURES, '02-union.txt');
const PARTIES = join(FIXTURES, 'parties.yaml');
const dir = mkdtempSync(join(tmpdir(), 'recourse-news-cli-'));

describe('recourse news extract', () => {
  it('prints each file and its quotations: speaker and party, issue, stance, confidence, text', async () => {
    const r = await runCli(['news', 'extract', OFFERS, '--parties', PARTIES]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`${OFFERS} - Senators trade offers on police bill: 8 quotations`);
    expect(r.stdout).toMatch(
      /2\. Maria Alvarez \(ALVAREZ\) \| general \| not a stance \| confidence 0\.\d\d\n {5}"We are closer than we have been at any point,"/,
    );
    expect(r.stdout).toMatch(/Thomas Greer \(GREER\) \| CHOKEHOLD \| opposes change/);
  });

  it('--json: per file { file, quotes: [{ speaker, text, start, end, issue, stance, confidence }] } (DESIGN.md §4)', async () => {
    const r = await runCli(['news', 'extract', OFFERS, UNION, '--json', '--parties', PARTIES]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { file: string; quotes: Record<string, unknown>[] }[];
    expect(out.map((f) => f.file)).toEqual([OFFERS, UNION]);
    const first = out[0]?.quotes[0];
    expect(Object.keys(first ?? {}).sort()).toEqual(
      ['confidence', 'end', 'issue', 'party', 'speaker', 'stance', 'start', 'text'].sort(),
    );
    expect(first).toMatchObject({
      speaker: 'Maria Alvarez',
      party: 'ALVAREZ',
      text: 'a serious phase.',
      issue: 'general',
    });
    expect(out[1]?.quotes).toContainEqual(
      expect.objectContaining({ speaker: 'Ingrid Lindqvist', issue: 'QI', stance: 'supports change' }),
    );
  });

  it('names the speakers by the bundled negotiation by default', async () => {
    const file = join(dir, 'bundled.txt');
    writeFileSync(file, '“A chokehold ban is essential,” Sen. Tim Scott said.');
    const r = await runCli(['news', 'extract', file, '--json']);
    expect(JSON.parse(r.stdout)[0].quotes[0]).toMatchObject({ speaker: 'Tim Scott', party: 'SCOTT' });
  });

  it('says when a stance is not in the quotation’s words but the speaker’s side: stanceBasis in --json, words in the text', async () => {
    const file = join(dir, 'bases.txt');
    writeFileSync(
      file,
      [
        'Asked about qualified immunity, Scott was firm. “I’m not budging,” Scott said.',
        'Dana Whitfield, the mother of Jordan Pryor, who was killed by police in 2019, came to the Capitol. “I have been coming to this building for seven years,” Whitfield said.',
        '“A chokehold ban is essential,” Sen. Tim Scott said.',
      ].join('\n\n'),
    );
    const json = await runCli(['news', 'extract', file, '--json']);
    expect(json.code).toBe(0);
    const quotes = JSON.parse(json.stdout)[0].quotes as Record<string, unknown>[];
    expect(quotes.map((q) => [q.speaker, q.stance, q.stanceBasis])).toEqual([
      ['Tim Scott', 'not a stance', undefined],
      ['Dana Whitfield', 'supports change', 'speaker role'],
      ['Tim Scott', 'supports change', undefined],
    ]);
    // The fields of DESIGN.md §4 stay; the basis is one more, only where there is one.
    expect(Object.keys(quotes[1] ?? {}).sort()).toEqual(
      ['confidence', 'end', 'issue', 'party', 'speaker', 'stance', 'stanceBasis', 'start', 'text'].sort(),
    );
    expect(quotes[2]).not.toHaveProperty('stanceBasis');

    const text = await runCli(['news', 'extract', file]);
    // Words of firmness without a direction take no stance: the negotiation data is no prior.
    expect(text.stdout).toMatch(/Tim Scott \(SCOTT\) \| QI \| not a stance \| confidence/);
    expect(text.stdout).toContain(
      "Dana Whitfield | QI | supports change (from the speaker's role in the article, not the quotation's words) | confidence",
    );
    expect(text.stdout).toMatch(/Tim Scott \(SCOTT\) \| CHOKEHOLD \| supports change \| confidence/);
  });

  it('exits 2 naming the file and what was expected, printing nothing for the good files', async () => {
    const missing = join(dir, 'missing.html');
    const r = await runCli(['news', 'extract', OFFERS, missing]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `recourse: ${missing}: no such file; expected an article file (HTML or plain text)\n`,
    );

    const folder = await runCli(['news', 'extract', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`${dir}: expected an article file (HTML or text), got a directory`);

    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(MAX_ARTICLE_BYTES + 1));
    const tooBig = await runCli(['news', 'extract', big]);
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toContain(
      `${big}: ${MAX_ARTICLE_BYTES + 1} bytes, over the limit of ${MAX_ARTICLE_BYTES} bytes`,
    );

    const format = await runCli(['news', 'extract', OFFERS, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format: expected one of auto, html, text, got "pdf"');

    const badParties = join(dir, 'parties.yaml');
    writeFileSync(badParties, 'parties:\n  - { id: X }\n');
    const parties = await runCli(['news', 'extract', OFFERS, '--parties', badParties]);
    expect(parties.code).toBe(2);
    expect(parties.stderr).toMatch(/--parties: .*parties\.yaml: expected "parties:".*parties\.0\.name/);
  });

  it('is listed under `recourse news`, where `import` can go beside `extract`', async () => {
    const r = await runCli(['news', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/extract \[options\] <file\.\.\.>/);
  });
});

describe('npm run eval:news', () => {
  function run(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: {
        write: (t: string) => {
          stdout += t;
        },
        isTTY: false,
      },
      stderr: {
        write: (t: string) => {
          stderr += t;
        },
        isTTY: false,
      },
      stdin: { isTTY: false, readAll: () => '' },
    };
    const code = evalNews(argv, io);
    return { code, stdout, stderr };
  }

  it('prints the table with each threshold met or not, and JSON with --json', () => {
    const table = run([FIXTURES]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`${FIXTURES}: 6 articles, 53 annotated quotations`);
    expect(table.stdout).toMatch(/recall\s+\d\.\d{3}\s+>= 0\.95\s+(yes|NO)/);
    const json = JSON.parse(run([FIXTURES, '--json']).stdout);
    expect(json.metrics.map((m: { name: string }) => m.name)).toEqual([
      'precision',
      'recall',
      'speaker',
      'issue',
      'stance',
    ]);
  });

  it('exits 2 on a folder without annotations, or without a folder', () => {
    const none = run([dir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`eval:news: ${dir}: expected an annotations.yaml in it\n`);
    expect(run([]).code).toBe(2);
    expect(run([FIXTURES, '--nope']).stderr).toContain('unknown option --nope');
  });
});
