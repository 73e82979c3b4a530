/**
 * `npm run bench` (news part): articles of 5 KB read per second by `extractArticle`, on one core,
 * against a peer in the same run: compromise's own `nlp(text).quotations()` (quotations only: no
 * speakers, issues or stances), on the same texts.
 *
 *   extract text    extractArticle(text) on 5 KB plain-text articles
 *   extract html    extractArticle(html) on the same articles as HTML pages with a script and a style
 *   compromise      nlp(text).quotations().out('array') on the plain-text articles
 *
 * The articles are made from the project's own (src/news/fixtures), their paragraphs dealt round
 * until each holds 5 KB. `--json` prints the figures as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { do_not_optimize, bench as mbench, run } from 'mitata';
import { aliasTableFromYaml, extractArticle } from '../src/news/index.js';

const json = process.argv.includes('--json');
const FIXTURES = join(import.meta.dirname, '..', 'src', 'news', 'fixtures');
const TARGET = 200;
const ARTICLE_BYTES = 5 * 1024;
const ARTICLES = 20;

const aliases = aliasTableFromYaml(readFileSync(join(FIXTURES, 'parties.yaml'), 'utf8'), 'parties.yaml');
const paragraphs = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt') || f.endsWith('.html'))
  .sort()
  .flatMap((f) => extractArticle(readFileSync(join(FIXTURES, f), 'utf8'), { aliases }).text.split('\n\n'));

/** Article i: paragraphs from a different starting point each, up to 5 KB. */
function article(i: number): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (let k = i; bytes < ARTICLE_BYTES; k++) {
    const p = paragraphs[(k * 7) % paragraphs.length] as string;
    out.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  return out;
}
const texts = Array.from({ length: ARTICLES }, (_, i) => article(i).join('\n\n'));
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pages = Array.from(
  { length: ARTICLES },
  (_, i) =>
    `<!doctype html><html><head><title>Article ${i}</title><style>p{margin:0}</style><script>var x = "“not a quote,” he said";</script></head><body><article>${article(
      i,
    )
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('')}</article></body></html>`,
);

const require = createRequire(import.meta.url);
const nlp = require('compromise') as (text: string) => { quotations(): { out(kind: 'array'): string[] } };

// Load the models once, outside the timing, as a server would.
extractArticle(texts[0] as string, { aliases });
nlp(texts[0] as string).quotations();

mbench('extract text', () => {
  for (const t of texts) do_not_optimize(extractArticle(t, { aliases, format: 'text' }));
});
mbench('extract html', () => {
  for (const p of pages) do_not_optimize(extractArticle(p, { aliases, format: 'html' }));
});
mbench('compromise quotations', () => {
  for (const t of texts) do_not_optimize(nlp(t).quotations().out('array'));
});
const { benchmarks } = await run({ format: 'quiet', print: () => {}, throw: true });
const perSecond = (alias: string) => {
  const r = benchmarks.find((b) => b.alias === alias)?.runs[0];
  if (!r?.stats) throw new Error(`bench: ${alias} failed`);
  return Math.round((1e9 * ARTICLES) / r.stats.avg);
};
/**
 * The same work timed by the process's own CPU time: on a machine shared with other work, wall
 * time counts the time the process waited for a core; CPU time is what one core spent.
 */
function perCpuSecond(work: () => void, rounds: number): number {
  const before = process.cpuUsage();
  for (let r = 0; r < rounds; r++) work();
  const used = process.cpuUsage(before);
  return Math.round((ARTICLES * rounds * 1e6) / (used.user + used.system));
}
const figures = {
  articleBytes: Math.round(texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / ARTICLES),
  articlesPerSecond: {
    'extract text': perSecond('extract text'),
    'extract html': perSecond('extract html'),
    'compromise quotations': perSecond('compromise quotations'),
  },
  articlesPerCpuSecond: {
    'extract text': perCpuSecond(() => {
      for (const t of texts) do_not_optimize(extractArticle(t, { aliases, format: 'text' }));
    }, 20),
    'extract html': perCpuSecond(() => {
      for (const p of pages) do_not_optimize(extractArticle(p, { aliases, format: 'html' }));
    }, 20),
    'compromise quotations': perCpuSecond(() => {
      for (const t of texts) do_not_optimize(nlp(t).quotations().out('array'));
    }, 2),
  },
};
const ratio = Number(
  (figures.articlesPerSecond['extract text'] / figures.articlesPerSecond['compromise quotations']).toFixed(2),
);
// The target is for one core: judged on CPU time, which other work on the machine does not inflate.
const met =
  figures.articlesPerCpuSecond['extract text'] >= TARGET &&
  figures.articlesPerCpuSecond['extract html'] >= TARGET;

if (json) {
  process.stdout.write(
    `${JSON.stringify({ news: { ...figures, extractVsCompromise: ratio, target: TARGET, met } }, null, 2)}\n`,
  );
} else {
  process.stdout.write(`News extraction (articles of ${figures.articleBytes} bytes on average, one core):\n`);
  for (const [k, v] of Object.entries(figures.articlesPerSecond))
    process.stdout.write(
      `  ${k.padEnd(22)} ${v.toLocaleString('en-US')} articles/s (wall), ${figures.articlesPerCpuSecond[k as keyof typeof figures.articlesPerCpuSecond].toLocaleString('en-US')} per CPU-second\n`,
    );
  process.stdout.write(`  extract text / compromise quotations: ${ratio}\n`);
  process.stdout.write(
    `  target >= ${TARGET} articles per CPU-second (text and HTML): ${met ? 'met' : 'NOT met'}\n`,
  );
}
