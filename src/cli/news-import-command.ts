import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { extractArticle, MAX_ARTICLE_BYTES, NewsInputError } from '../news/index.js';
import { type Article, articleToImport, type NewArticle } from '../store/index.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { stanceWords } from './stance-words.js';
import { withStore } from './with-store.js';

/**
 * `recourse news import FILE... [--url U] [--date D] [--outlet O] [--format F] [--json]`: reads
 * each article (HTML or text), extracts its quotations, and stores the article with them as
 * `proposed` for review (one transaction per article), like the API's POST /v1/news/articles.
 * Prints each article's id and its proposed quotations. A file that cannot be read or extracted
 * is reported beside the others, which are imported, and the exit code is 2.
 */

interface ImportOptions {
  readonly url?: string;
  readonly date?: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly format: 'html' | 'text' | 'auto';
  readonly json?: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkOptions(files: readonly string[], o: ImportOptions): void {
  const problems: string[] = [];
  if (o.url !== undefined) {
    if (!/^https?:\/\//i.test(o.url) || !URL.canParse(o.url))
      problems.push(`--url: expected an http or https URL, got "${o.url.slice(0, 80)}"`);
    if (files.length > 1) problems.push(`--url: names one article, but ${files.length} files were given`);
  }
  if (
    o.date !== undefined &&
    !(DAY.test(o.date) && new Date(`${o.date}T00:00:00Z`).toISOString().startsWith(o.date))
  )
    problems.push(`--date: expected a real calendar date YYYY-MM-DD, got "${o.date.slice(0, 80)}"`);
  if (o.title !== undefined && files.length > 1)
    problems.push(`--title: names one article, but ${files.length} files were given`);
  if (!['html', 'text', 'auto'].includes(o.format))
    problems.push(`--format: expected html, text or auto, got "${o.format.slice(0, 80)}"`);
  if (problems.length > 0) throw new UsageError('bad options; nothing was imported', problems);
}

/** The article of a file, extracted; a reason to refuse it otherwise. */
function read(file: string, o: ImportOptions): NewArticle | string {
  let source: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_ARTICLE_BYTES)
      return `${file}: the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit of an article`;
    source = readFileSync(file, 'utf8');
  } catch (e) {
    return `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
  }
  try {
    const x = extractArticle(source, { format: o.format });
    if (x.text.trim() === '') return `${file}: no article text was found in it (read as ${o.format})`;
    return articleToImport(x, o);
  } catch (e) {
    if (e instanceof NewsInputError) return `${file}: ${e.message}`;
    throw e;
  }
}

/** The article as printed: its id, then one line per proposed quotation. */
export function renderImported(file: string, a: Article): string {
  const head = `${file}: article ${a.id}${a.title ? ` "${a.title}"` : ''}, ${a.quotations.length} quotation${a.quotations.length === 1 ? '' : 's'} proposed for review`;
  const lines = a.quotations.map((q) => {
    const who = q.speaker ? `${q.speaker}${q.party ? ` (${q.party})` : ''}` : 'speaker unknown';
    const about = [q.issue ?? 'no issue', q.stance ? stanceWords(q.stance, q.stanceBasis) : 'no stance'].join(
      ', ',
    );
    const text = q.text.length > 120 ? `${q.text.slice(0, 117)}...` : q.text;
    return `  ${q.id}  ${who} [${about}]: "${text}"`;
  });
  return [head, ...lines].join('\n');
}

export function registerNewsImport(news: Command, io: Io): void {
  news
    .command('import')
    .description('Store articles and their extracted quotations as proposed evidence, for review')
    .argument('<files...>', 'article files: HTML or plain text')
    .option('--url <url>', 'where the article was published (one file only)')
    .option('--date <date>', 'the day it was published, YYYY-MM-DD')
    .option('--outlet <name>', 'the outlet that published it')
    .option('--title <title>', "the article's title (one file only); default: the one read from it")
    .option('--format <format>', 'html, text or auto', 'auto')
    .option('--json', 'print the stored articles as JSON')
    .action(async (files: string[], o: ImportOptions) => {
      checkOptions(files, o);
      const refused: string[] = [];
      const articles: { file: string; article: NewArticle }[] = [];
      for (const file of files) {
        const a = read(file, o);
        if (typeof a === 'string') refused.push(a);
        else articles.push({ file, article: a });
      }
      const stored = await withStore(async (store) => {
        const { StoreError } = await import('../store/index.js');
        const out: { file: string; article: Article }[] = [];
        for (const { file, article } of articles) {
          try {
            out.push({ file, article: await store.articles.import(article) });
          } catch (e) {
            // Each article is its own transaction: one refused leaves the others imported.
            if (!(e instanceof StoreError)) throw e;
            refused.push(...e.errors.map((x) => `${file}: ${x.path || '(article)'}: ${x.message}`));
          }
        }
        return out;
      });
      if (o.json)
        io.stdout.write(
          `${JSON.stringify(
            stored.map((s) => ({ file: s.file, ...s.article })),
            null,
            2,
          )}\n`,
        );
      else for (const s of stored) io.stdout.write(`${renderImported(s.file, s.article)}\n`);
      if (refused.length > 0)
        throw new UsageError(
          `${refused.length} of ${files.length} file${files.length === 1 ? '' : 's'} not imported`,
          refused,
        );
    });
}
