import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-in-process.js';

/**
 * `recourse negotiate`, in-process through `main(argv, io)` (run-in-process.ts): the same
 * arguments, output and exit codes as the built binary, without a Node start per case.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const recourse = (...args: string[]) => runCli(args);

describe('recourse negotiate', () => {
  it('as of 22 September 2021: no package, and the blocking sets name party, issue, option, stance and evidence', async () => {
    const r = await recourse('negotiate', '--as-of', '2021-09-22', '--json', '--synthetic', '100');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.packages).toBe(89600);
    expect(out.feasibleCount).toBe(0);
    expect(out.best).toEqual([]);
    expect(out.blockingSets).toContainEqual([
      expect.objectContaining({
        party: 'BOOKER',
        issue: 'FUNDING',
        option: 'FUND-1',
        stance: 'red-line-for',
      }),
      expect.objectContaining({
        party: 'SCOTT',
        issue: 'FUNDING',
        option: 'FUND-1',
        stance: 'red-line-against',
        evidence: [expect.objectContaining({ url: expect.stringMatching(/^https:/) })],
      }),
    ]);
  });

  it('when packages are feasible, lists the frontier with each package effect and what it could not measure', async () => {
    const r = await recourse(
      'negotiate',
      '--as-of',
      '2021-09-21',
      '--json',
      '--synthetic',
      '100',
      '--limit',
      '2',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.feasibleCount).toBe(576);
    expect(out.best).toHaveLength(2);
    const [first] = out.best;
    expect(first.options.FUNDING).toBe('FUND-1');
    expect(first.effect.corpus.incidents).toBe(28);
    expect(first.effect.synthetic.incidents).toBe(100);
    expect(first.effect.unmeasured.map((u: { option: string }) => u.option)).toContain('FUND-1');
    expect(out.measured.packages).toBe(576);
  });

  it('--timeline shows feasibility and the blocking sets moving, June 2020 to December 2021', async () => {
    const r = await recourse('negotiate', '--timeline');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2021-04-25 {2}nothing feasible; separating: QI, S242/);
    expect(r.stdout).toMatch(/2021-09-22 {2}nothing feasible; separating: FUNDING/);
  });

  it('names a bad flag or a bad field, with exit 2', async () => {
    const bad = await recourse('negotiate', '--as-of', '22 Sep 2021');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--as-of: expected a date YYYY-MM-DD/);
    const file = join(mkdtempSync(join(tmpdir(), 'recourse-negotiate-')), 'bad.yaml');
    writeFileSync(
      file,
      readFileSync(join(ROOT, 'data', 'negotiation', 'us-2020-2022.yaml'), 'utf8').replace(
        'stance: red-line-against',
        'stance: hates',
      ),
    );
    const r = await recourse('negotiate', '--file', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/positions\.\d+\.stance: /);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
