import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFolder, NewsInputError, parseAnnotations, quoteKey, renderEvaluation } from './index.js';

/** The scoring of `npm run eval:news`, on folders made here with known answers. */

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'recourse-news-eval-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const PARTIES = `parties:
  - { id: ROE, name: Sen. Jane Roe (D-VT), kind: negotiator }
  - { id: DOE, name: Rep. John Doe (R-KS), kind: negotiator }
`;

const ARTICLE = [
  '“A registry is essential,” Roe said.',
  '“Chokeholds are a red line for me,” Doe said. “Full stop.”',
  'The so-called “reasonable officer” test was discussed.',
].join('\n\n');

describe('evaluateFolder', () => {
  it('counts a quotation matched by its first 8 words, and scores speaker, issue and stance over the matched', () => {
    const annotations = `- file: a.txt
  quotes:
    - { speaker: Jane Roe, quote: "A registry is essential,", issue: DATA, stance: supports change, conf: H }
    - { speaker: Jane Roe, quote: "Chokeholds are a red line for me,", issue: CHOKEHOLD, stance: opposes change }
    - { speaker: John Doe, quote: "Never said at all", issue: general, stance: not a stance }
  not_quotes: ["reasonable officer"]
`;
    const report = evaluateFolder(
      folder({ 'a.txt': ARTICLE, 'annotations.yaml': annotations, 'parties.yaml': PARTIES }),
    );
    // Found: the registry (right), the chokehold quotation (speaker wrong in the annotation), "Full stop." (extra).
    expect(report).toMatchObject({ articles: 1, annotated: 3, extracted: 3, matched: 2 });
    const value = Object.fromEntries(report.metrics.map((m) => [m.name, m.value]));
    expect(value).toEqual({ precision: 0.667, recall: 0.667, speaker: 0.5, issue: 1, stance: 1 });
    expect(report.metrics.find((m) => m.name === 'issue')).toMatchObject({ threshold: 0.8, met: true });
    expect(report.metrics.find((m) => m.name === 'precision')).toMatchObject({ threshold: 0.95, met: false });
    expect(report.mismatches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'missed', quote: 'Never said at all' }),
        expect.objectContaining({ kind: 'speaker', expected: 'Jane Roe', found: 'John Doe' }),
        expect.objectContaining({ kind: 'extra', quote: 'full stop.' }),
      ]),
    );
    const table = renderEvaluation(report);
    expect(table).toMatch(/precision\s+0\.667\s+>= 0\.95\s+NO/);
    expect(table).toMatch(/issue\s+1\.000\s+>= 0\.80\s+yes/);
  });

  it('scores the project’s own articles above issue 15’s thresholds for detection and speakers', () => {
    const report = evaluateFolder(join(import.meta.dirname, 'fixtures'));
    expect(report.articles).toBe(6);
    for (const m of report.metrics.filter((x) =>
      ['precision', 'recall', 'speaker', 'issue'].includes(x.name),
    ))
      expect(m, m.name).toMatchObject({ met: true });
  });

  it('scores the articles written to check the stance and issue methods (fixtures/unseen*) above the thresholds for detection, speakers and issue', () => {
    for (const folder of ['unseen', 'unseen-2', 'unseen-3']) {
      const report = evaluateFolder(join(import.meta.dirname, 'fixtures', folder));
      for (const m of report.metrics.filter((x) =>
        ['precision', 'recall', 'speaker', 'issue'].includes(x.name),
      ))
        expect(m, `${folder} ${m.name}`).toMatchObject({ met: true });
    }
  });

  it('names the bad field of the annotations, and a missing annotations file or article', () => {
    expect(() =>
      parseAnnotations(
        '- file: a.txt\n  quotes:\n    - { speaker: X, quote: y, issue: NOPE, stance: not a stance }\n',
        'ann.yaml',
      ),
    ).toThrow(/ann\.yaml: .*0\.quotes\.0\.issue/);
    expect(() => parseAnnotations('[', 'ann.yaml')).toThrow(/ann\.yaml: not YAML/);
    expect(() => evaluateFolder(folder({}))).toThrow(/expected an annotations\.yaml/);
    expect(() =>
      evaluateFolder(folder({ 'annotations.yaml': '- { file: gone.txt, quotes: [] }\n' })),
    ).toThrow(NewsInputError);
  });

  it('matches by the first 8 words, whatever the apostrophes and case', () => {
    expect(quoteKey('I’m open to a chokehold ban if it applies to all')).toBe(
      "i'm open to a chokehold ban if it",
    );
  });
});
