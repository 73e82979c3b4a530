import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import {
  type AliasTable,
  aliasTableFromYaml,
  type ExtractedArticle,
  extractArticle,
  MAX_ARTICLE_BYTES,
  NewsInputError,
  type SourceFormat,
} from '../news/index.js';
import { type CliCommand, printTo } from './command.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { registerNewsImport } from './news-import-command.js';
import { stanceWords } from './stance-words.js';

/**
 * `recourse news`: reading the press. `news extract FILE... [--json]` proposes each article's
 * quotations with speaker, issue, stance and confidence (DESIGN.md §4: per file `{ file, quotes }`).
 * Each subcommand registers itself on the `news` command here; `import` goes beside `extract`.
 */

export interface NewsExtractOptions {
  readonly json?: boolean;
  readonly format: string;
  readonly parties?: string;
}

export interface FileExtraction extends ExtractedArticle {
  readonly file: string;
}

const FORMATS: readonly SourceFormat[] = ['auto', 'html', 'text'];

/** Reads one article file, refusing what is not a readable file under the size limit. */
function readArticle(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile())
      throw new UsageError(`${file}: expected an article file (HTML or text), got a directory`);
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(e)})`}; expected an article file (HTML or plain text)`,
    );
  }
  if (size > MAX_ARTICLE_BYTES)
    throw new UsageError(
      `${file}: ${size} bytes, over the limit of ${MAX_ARTICLE_BYTES} bytes for an article`,
    );
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

function readAliases(file: string): AliasTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `--parties: cannot read "${file}" (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
  try {
    return aliasTableFromYaml(text, file);
  } catch (e) {
    throw new UsageError(`--parties: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Extracts every file, or refuses them all (exit 2) before printing anything. */
export function newsExtract(files: readonly string[], opts: NewsExtractOptions): FileExtraction[] {
  if (!FORMATS.includes(opts.format as SourceFormat))
    throw new UsageError(`--format: expected one of ${FORMATS.join(', ')}, got "${opts.format}"`);
  const aliases = opts.parties ? readAliases(opts.parties) : undefined;
  const sources = files.map((file) => ({ file, source: readArticle(file) }));
  return sources.map(({ file, source }) => {
    try {
      return { file, ...extractArticle(source, { format: opts.format as SourceFormat, aliases }) };
    } catch (e) {
      if (e instanceof NewsInputError) throw new UsageError(`${file}: ${e.message}`);
      throw e;
    }
  });
}

/**
 * The JSON of DESIGN.md §4: per file `{ file, quotes: [{ speaker, text, start, end, issue, stance,
 * confidence }] }`, and `stanceBasis` on a quotation whose stance no word of it says.
 */
export function extractionJson(results: readonly FileExtraction[]): unknown[] {
  return results.map((r) => ({
    file: r.file,
    title: r.title,
    quotes: r.quotes.map((q) => ({
      speaker: q.speaker,
      party: q.party,
      text: q.text,
      start: q.start,
      end: q.end,
      issue: q.issue,
      stance: q.stance,
      ...(q.stanceBasis ? { stanceBasis: q.stanceBasis } : {}),
      confidence: q.confidence,
    })),
  }));
}

/** The extraction for a person: each file, then its quotations numbered, speaker first. */
export function renderExtraction(results: readonly FileExtraction[]): string {
  const blocks = results.map((r) => {
    const head = `${r.file}${r.title ? ` - ${r.title}` : ''}: ${r.quotes.length} quotation${r.quotes.length === 1 ? '' : 's'}`;
    const quotes = r.quotes.map((q, i) => {
      const who = q.speaker ? `${q.speaker}${q.party ? ` (${q.party})` : ''}` : 'unnamed speaker';
      return `  ${i + 1}. ${who} | ${q.issue} | ${stanceWords(q.stance, q.stanceBasis)} | confidence ${q.confidence.toFixed(2)}\n     "${q.text}"`;
    });
    return [head, ...quotes].join('\n');
  });
  return blocks.join('\n\n');
}

function registerExtract(news: Command, io: Io): void {
  news
    .command('extract')
    .description("Propose an article's quotations: who said what, about which issue, with what stance")
    .argument('<file...>', 'article files, HTML or plain text')
    .option('--json', 'print as JSON (per file: { file, title, quotes })')
    .option('--format <format>', `how to read the files: ${FORMATS.join(', ')}`, 'auto')
    .option(
      '--parties <file>',
      'YAML with a "parties:" list (a negotiation file) to name the speakers by (default: the bundled negotiation)',
    )
    .action((files: string[], opts: NewsExtractOptions) => {
      const results = newsExtract(files, opts);
      printTo(io)(opts.json ? JSON.stringify(extractionJson(results), null, 2) : renderExtraction(results));
    });
}

/** `recourse news`, listed in COMMANDS. */
export const newsCommand: CliCommand = {
  name: 'news',
  register(program, io) {
    const news = program
      .command('news')
      .description('Read the press: quotations, speakers, issues and stances');
    registerExtract(news, io);
    registerNewsImport(news, io);
  },
};
