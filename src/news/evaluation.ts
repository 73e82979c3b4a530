import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { type AliasTable, aliasTableFromYaml, bundledAliasTable } from './aliases.js';
import { NewsInputError } from './errors.js';
import { type ExtractedQuote, extractArticle } from './extract.js';
import { NEWS_ISSUES, type NewsIssue } from './issues.js';
import { NEWS_STANCES, type NewsStance } from './stance.js';

/**
 * Scores the extractor against hand annotations (an annotations.yaml beside the articles, in the
 * format of the development set): precision and recall of quotation detection, a quotation
 * matched by its first 8 words; then, over the matched quotations, the share whose speaker, issue
 * and stance agree with the annotator's.
 */

const annotatedQuoteSchema = z
  .object({
    speaker: z.string().min(1),
    quote: z.string().min(1),
    issue: z.enum(NEWS_ISSUES as [NewsIssue, ...NewsIssue[]]),
    stance: z.enum(NEWS_STANCES as [NewsStance, ...NewsStance[]]),
    conf: z.enum(['H', 'M']).optional(),
  })
  .strict();

const annotatedArticleSchema = z
  .object({
    file: z.string().min(1),
    date: z.union([z.string(), z.date()]).optional(),
    quotes: z.array(annotatedQuoteSchema),
    not_quotes: z.array(z.string()).optional(),
  })
  .strict();

export type AnnotatedQuote = z.infer<typeof annotatedQuoteSchema>;
export type AnnotatedArticle = z.infer<typeof annotatedArticleSchema>;

/** The annotations of a YAML text; a NewsInputError naming each bad field by its path. */
export function parseAnnotations(text: string, source: string): AnnotatedArticle[] {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new NewsInputError(
      `${source}: not YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
    );
  }
  const parsed = z.array(annotatedArticleSchema).safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`);
    throw new NewsInputError(`${source}: not a list of annotated articles: ${details.join('; ')}`);
  }
  return parsed.data;
}

/** The first 8 words of a quotation, for matching: apostrophes and case made uniform. */
export function quoteKey(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 8)
    .join(' ')
    .toLowerCase();
}

export interface Mismatch {
  readonly file: string;
  readonly quote: string;
  /** missed: annotated, not found; extra: found, not annotated; speaker/issue/stance: matched but different. */
  readonly kind: 'missed' | 'extra' | 'speaker' | 'issue' | 'stance';
  readonly expected: string | null;
  readonly found: string | null;
}

export interface Metric {
  readonly name: string;
  readonly value: number;
  readonly threshold: number;
  readonly met: boolean;
}

export interface EvaluationReport {
  readonly dir: string;
  readonly articles: number;
  readonly annotated: number;
  readonly extracted: number;
  readonly matched: number;
  readonly metrics: readonly Metric[];
  readonly mismatches: readonly Mismatch[];
}

/** The thresholds of issue 15. */
export const THRESHOLDS = {
  precision: 0.95,
  recall: 0.95,
  speaker: 0.95,
  issue: 0.8,
  stance: 0.75,
} as const;

const same = (a: string | null, b: string) => a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The alias table for a folder: its parties.yaml when it has one, else the bundled negotiation's. */
export function aliasTableOf(dir: string): AliasTable {
  const file = join(dir, 'parties.yaml');
  if (!existsSync(file)) return bundledAliasTable();
  try {
    return aliasTableFromYaml(readFileSync(file, 'utf8'), file);
  } catch (e) {
    throw new NewsInputError(e instanceof Error ? e.message : String(e));
  }
}

/** Extracts every annotated article of a folder and scores the result. */
export function evaluateFolder(dir: string): EvaluationReport {
  const annotationsFile = join(dir, 'annotations.yaml');
  if (!existsSync(annotationsFile)) throw new NewsInputError(`${dir}: expected an annotations.yaml in it`);
  const annotations = parseAnnotations(readFileSync(annotationsFile, 'utf8'), annotationsFile);
  const aliases = aliasTableOf(dir);
  const mismatches: Mismatch[] = [];
  let annotated = 0;
  let extracted = 0;
  let matched = 0;
  let speakers = 0;
  let issues = 0;
  let stances = 0;
  for (const article of annotations) {
    const file = join(dir, article.file);
    if (!existsSync(file))
      throw new NewsInputError(`${annotationsFile}: ${article.file}: no such file in ${dir}`);
    const found = extractArticle(readFileSync(file, 'utf8'), { aliases }).quotes;
    annotated += article.quotes.length;
    extracted += found.length;
    const unused = new Set<ExtractedQuote>(found);
    for (const expected of article.quotes) {
      const key = quoteKey(expected.quote);
      const hit = found.find((q) => unused.has(q) && quoteKey(q.text) === key);
      if (!hit) {
        mismatches.push({
          file: article.file,
          quote: expected.quote,
          kind: 'missed',
          expected: expected.speaker,
          found: null,
        });
        continue;
      }
      unused.delete(hit);
      matched += 1;
      const checks: [Mismatch['kind'], string, string | null][] = [
        ['speaker', expected.speaker, hit.speaker],
        ['issue', expected.issue, hit.issue],
        ['stance', expected.stance, hit.stance],
      ];
      for (const [kind, want, got] of checks) {
        if (same(got, want)) {
          if (kind === 'speaker') speakers += 1;
          else if (kind === 'issue') issues += 1;
          else stances += 1;
        } else
          mismatches.push({ file: article.file, quote: expected.quote, kind, expected: want, found: got });
      }
    }
    for (const q of unused)
      mismatches.push({
        file: article.file,
        quote: quoteKey(q.text),
        kind: 'extra',
        expected: null,
        found: q.speaker,
      });
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const metric = (name: keyof typeof THRESHOLDS, value: number): Metric => ({
    name,
    value: Math.round(value * 1000) / 1000,
    threshold: THRESHOLDS[name],
    met: value >= THRESHOLDS[name],
  });
  return {
    dir,
    articles: annotations.length,
    annotated,
    extracted,
    matched,
    metrics: [
      metric('precision', ratio(matched, extracted)),
      metric('recall', ratio(matched, annotated)),
      metric('speaker', ratio(speakers, matched)),
      metric('issue', ratio(issues, matched)),
      metric('stance', ratio(stances, matched)),
    ],
    mismatches,
  };
}

/** The report as a table, then the mismatches. */
export function renderEvaluation(report: EvaluationReport): string {
  const lines = [
    `${report.dir}: ${report.articles} articles, ${report.annotated} annotated quotations, ${report.extracted} extracted, ${report.matched} matched`,
    '',
    'metric      value   threshold  met',
    ...report.metrics.map(
      (m) =>
        `${m.name.padEnd(10)}  ${m.value.toFixed(3)}   >= ${m.threshold.toFixed(2)}    ${m.met ? 'yes' : 'NO'}`,
    ),
  ];
  if (report.mismatches.length > 0) {
    lines.push('', 'mismatches:');
    for (const m of report.mismatches)
      lines.push(
        `  ${m.file}: ${m.kind}: "${m.quote}" expected ${m.expected ?? '-'}, found ${m.found ?? '-'}`,
      );
  }
  return lines.join('\n');
}
