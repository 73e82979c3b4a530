import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExtractedArticle,
  extractArticle,
  MAX_ARTICLE_BYTES,
  NEWS_ISSUES,
  NEWS_STANCES,
  NewsInputError,
} from './index.js';

/**
 * Random text and HTML fed to the extractor: it never throws (but for NewsInputError over the size
 * limit), every quotation's offsets lie in the text and slice to its text, and nothing inside a
 * script, a style or an attribute ever reaches the text.
 */

/** Pieces of news text and its accidents: marks of every kind, names, tags, breaks, noise. */
const PIECES = [
  '"',
  '“',
  '”',
  '«',
  '»',
  "'",
  '’',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  ',',
  '.',
  ':',
  '—',
  'Sen. ',
  'Rep. ',
  'Tim Scott',
  'Scott',
  'Karen Bass',
  'Bass',
  'Chuck Schumer',
  'she',
  'he',
  'She',
  'the New Jersey Democrat',
  'the senator',
  'said',
  'told reporters',
  'added',
  'according to',
  'is off the table',
  'not a red line',
  'a good start',
  'qualified immunity',
  'Section 242',
  'chokeholds',
  'no-knock',
  'the bill',
  'Yes',
  'I think',
  "'s",
  '(',
  ')',
  '\u0000',
  '\uFEFF',
  '\u2028',
  '🙂',
  '\uD800',
];

const newsText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    {
      maxLength: 120,
    },
  )
  .map((parts) => parts.join(''));

function holds(article: ExtractedArticle): void {
  for (const q of article.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(article.text.length);
    expect(q.start).toBeLessThan(q.end);
    expect(article.text.slice(q.start, q.end)).toBe(q.text);
    expect(NEWS_ISSUES).toContain(q.issue);
    expect(NEWS_STANCES).toContain(q.stance);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
  }
}

const SECRET = 'SECRETXYZ';

/**
 * HTML of random nesting, with a secret inside every script, style and attribute. Text between the
 * tags has no "<": "<A<script>" is, for htmlparser2 as for a browser, one tag named "a<script",
 * whose "script" is then text that never runs.
 */
const html = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    newsText.map((t) => t.replace(/</g, '‹')),
    fc.constantFrom(
      `<script>var s = "${SECRET}"; document.write("“${SECRET},” Scott said.")</script>`,
      `<style>p::after { content: "${SECRET}" }</style>`,
      `<img src=x onerror="alert('${SECRET}')">`,
      `<a href="javascript:${SECRET}" title="“${SECRET},” Bass said">link</a>`,
      '<br>',
      '<p>',
      '</p>',
      '</div>',
      '<!-- a comment -->',
      '<![CDATA[ x ]]>',
      '&quot;',
      '&ldquo;',
      '&#8221;',
      '&amp;',
      '&lt;',
      '>',
    ),
    fc
      .tuple(
        fc.constantFrom('div', 'p', 'span', 'blockquote', 'li', 'h1', 'b', 'em', 'table', 'td'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, children]) => `<${tag} class="${SECRET}">${children.join('')}</${tag}>`),
  ),
})).node;

describe('fuzz: the extractor on random input', () => {
  it('never throws on random text, and its offsets always hold', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        holds(extractArticle(text, { format: 'text' }));
        holds(extractArticle(text));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on random HTML, and no script, style or attribute reaches the text', () => {
    fc.assert(
      fc.property(html, (page) => {
        const article = extractArticle(`<html><body>${page}</body></html>`, { format: 'html' });
        holds(article);
        expect(article.text).not.toContain(SECRET);
        expect(article.text).not.toContain('<script');
      }),
      { numRuns: 150 },
    );
  });

  it('reads deep nesting, unbalanced quotes and long runs quickly', () => {
    const deep = `${'<div>'.repeat(50_000)}<p>"A deep quotation," Scott said.</p>${'</div>'.repeat(10)}`;
    const started = performance.now();
    const article = extractArticle(deep);
    expect(article.quotes.map((q) => q.speaker)).toEqual(['Tim Scott']);
    const unbalanced = extractArticle(`${'"open '.repeat(5_000)}\n\n${'“ ” ” “'.repeat(5_000)}`);
    holds(unbalanced);
    const longRun = extractArticle(
      `"Yes," she said. ${'x'.repeat(200_000)} "${'y'.repeat(100_000)}," Bass said.`,
    );
    holds(longRun);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('reads a large article of many quotations, and refuses one over the limit with a NewsInputError', () => {
    const paragraph =
      '“We are close,” Sen. Tim Scott said. “Not yet,” she said of the bill. The "term" is "qualified immunity." ';
    const large = paragraph.repeat(Math.floor(100_000 / paragraph.length));
    holds(extractArticle(large));
    const over = `${paragraph}${'x'.repeat(MAX_ARTICLE_BYTES)}`;
    expect(() => extractArticle(over)).toThrow(NewsInputError);
    // Multi-byte characters count as bytes, not as UTF-16 units.
    const wide = '🙂'.repeat(MAX_ARTICLE_BYTES / 4 + 1);
    expect(() => extractArticle(wide)).toThrow(/bytes, over the limit/);
  });
});
