import { rmSync } from 'node:fs';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_ISSUES, NEWS_STANCES, openStore, REVIEW_STATES, type Store } from '../store/index.js';
import { freshDataDir } from '../store/test-data-dir.js';
import { createApp } from './app.js';
import { articleSchema, quotationSchema } from './news-schemas.js';
import { type RunningServer, startServer } from './server.js';

/**
 * The news review queue over HTTP: a real server on 127.0.0.1 (and the app in-process for the
 * reads), a real store (PGlite in memory). Importing an HTML article with a script in it, the
 * queue, correcting, rejecting and accepting (into a position with its source), and every write
 * refused without a token, changing nothing.
 */

const TOKEN = 'news-test-token';

const ARTICLE_HTML = `<!doctype html><html><head><title>Policing talks stall</title>
<script>window.__pwned = 1</script><style>p { color: red }</style></head><body>
<h1>Policing talks stall over Section 242</h1>
<p>WASHINGTON — Sen. Tim Scott said Sunday that "(Section 242) is off the table for me," referring to the criminal standard.</p>
<p><img src="x.png" onerror="window.__pwned = 2">"It is," Rep. Karen Bass told CNN when asked whether lowering the standard is essential.</p>
<p>"That's a good start," Rep. Jim Clyburn said of the talks on qualified immunity.</p>
</body></html>`;

let store: Store;
let dataDir = '';
let server: RunningServer;
let app: Hono;

beforeAll(async () => {
  // A copy of the migrated PGlite template: a fresh database runs initdb and the migrations (5-6 s of CPU).
  dataDir = await freshDataDir('recourse-news-');
  store = await openStore({ dataDir, envToken: TOKEN, loadBundledCases: false });
  server = await startServer({ store, port: 0, evaluateThreads: 0 });
  app = createApp({ store });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: a JSON answer, read by the tests as they expect it.
  readonly body: any;
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  token: string | null = TOKEN,
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? null : JSON.parse(text) };
}

const importArticle = (extra: Record<string, unknown> = {}) =>
  call('POST', '/v1/news/articles', {
    source: ARTICLE_HTML,
    url: 'https://news.example.org/2021/04/22/talks',
    date: '2021-04-22',
    outlet: 'Example News',
    ...extra,
  });

function expectProblem(a: Answer, status: number, paths: readonly string[]) {
  expect(a.status, JSON.stringify(a.body)).toBe(status);
  expect(a.headers.get('content-type')).toBe('application/problem+json');
  expect(a.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([...paths].sort());
}

describe('the news review API', () => {
  it('imports an HTML article as plain text, its scripts and attributes dropped, its quotations proposed', async () => {
    const a = await importArticle();
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.headers.get('location')).toBe(`/v1/news/articles/${a.body.id}`);
    expect(a.body).toMatchObject({
      title: 'Policing talks stall',
      outlet: 'Example News',
      date: '2021-04-22',
    });
    expect(a.body.text).not.toMatch(/<|__pwned|onerror|color: red/);
    const quotes = a.body.quotations as {
      text: string;
      start: number;
      end: number;
      review: string;
      speaker: string;
    }[];
    expect(quotes.map((q) => [q.speaker, q.text, q.review])).toEqual([
      ['Tim Scott', '(Section 242) is off the table for me,', 'proposed'],
      ['Karen Bass', 'It is,', 'proposed'],
      ['Jim Clyburn', "That's a good start,", 'proposed'],
    ]);
    for (const q of quotes) expect(a.body.text.slice(q.start, q.end)).toBe(q.text);
    expect(a.body.quotations[0].proposal).toMatchObject({
      party: 'SCOTT',
      issue: 'S242',
      option: '242-1',
      stance: 'red-line-against',
    });
    const read = await call('GET', `/v1/news/articles/${a.body.id}`, undefined, null);
    expect(read.body).toEqual(a.body);
  });

  it('refuses an import without a token, with a wrong one, too large, or unreadable, storing nothing', async () => {
    const before = (await call('GET', '/v1/news/articles')).body.length;
    expectProblem(await call('POST', '/v1/news/articles', { source: ARTICLE_HTML }, null), 401, [
      'authorization',
    ]);
    expectProblem(await call('POST', '/v1/news/articles', { source: ARTICLE_HTML }, 'wrong'), 401, [
      'authorization',
    ]);
    const huge = await call('POST', '/v1/news/articles', { source: `<p>${'x'.repeat(1_100_000)}</p>` });
    expect(huge.status).toBe(413);
    expect(huge.body.detail).toMatch(/over 1048576 bytes/);
    expectProblem(await call('POST', '/v1/news/articles', { source: '<p>   </p>', format: 'html' }), 400, [
      'source',
    ]);
    expectProblem(
      await call('POST', '/v1/news/articles', {
        source: 'x',
        url: 'javascript:alert(1)',
        date: '2021-13-01',
        extra: 1,
      }),
      400,
      ['url', 'date', 'extra'],
    );
    // The router's day, URL and text are the store's own rules, with the same words.
    const fields = await call('POST', '/v1/news/articles', {
      source: 'x',
      url: 'ftp://news.example.org/a',
      date: '2021-02-30',
      outlet: '   ',
    });
    expect(fields.body.errors).toEqual([
      { in: 'body', path: 'url', message: 'expected an http or https URL, got "ftp://news.example.org/a"' },
      { in: 'body', path: 'date', message: 'expected a real calendar date YYYY-MM-DD, got "2021-02-30"' },
      {
        in: 'body',
        path: 'outlet',
        message: 'expected a non-empty string of at most 200 characters, got "   "',
      },
    ]);
    expect((await call('GET', '/v1/news/articles')).body.length).toBe(before);
  });

  it('says which issues and stances a quotation may have: the ones the store accepts, and no other', async () => {
    const v = await call('GET', '/v1/news/vocabulary', undefined, null);
    expect(v.status).toBe(200);
    expect(v.body).toEqual({ issues: NEWS_ISSUES, stances: NEWS_STANCES, reviews: REVIEW_STATES });
    // The negotiation's issues, and 'general' for a quotation on none of them.
    const negotiation = (await call('GET', '/v1/negotiation', undefined, null)).body as {
      issues: { id: string }[];
    };
    expect(v.body.issues).toEqual([...negotiation.issues.map((i) => i.id), 'general']);
    // Each word is one a correction may set; a word outside the lists is refused.
    const a = (await importArticle()).body;
    const q = a.quotations[0].id as string;
    const last = { issue: v.body.issues.at(-1), stance: v.body.stances.at(-1) };
    const fixed = await call('POST', `/v1/news/quotations/${q}/correct`, last);
    expect(fixed.body).toMatchObject(last);
    expectProblem(await call('POST', `/v1/news/quotations/${q}/correct`, { issue: 'TAXES' }), 400, ['issue']);
  });

  it('lists the queue, and a quotation with its proposal', async () => {
    const a = (await importArticle()).body;
    const queue = (await call('GET', '/v1/news/queue', undefined, null)).body as {
      id: string;
      article: { id: string };
    }[];
    const mine = queue.filter((q) => q.article.id === a.id).map((q) => q.id);
    expect(mine).toEqual(a.quotations.map((q: { id: string }) => q.id));
    const q = await call('GET', `/v1/news/quotations/${mine[1]}`, undefined, null);
    expect(q.body).toMatchObject({
      speaker: 'Karen Bass',
      proposal: { stance: 'supports', option: '242-1' },
    });
    expectProblem(await call('GET', '/v1/news/quotations/nosuchthing', undefined, null), 404, ['id']);
    expectProblem(await call('GET', '/v1/news/articles/nosuchthing', undefined, null), 404, ['id']);
  });

  it('corrects and rejects a quotation; a decided one cannot be reviewed again', async () => {
    const a = (await importArticle()).body;
    const [, bass, clyburn] = a.quotations as { id: string; start: number; end: number }[];
    const fixed = await call('POST', `/v1/news/quotations/${clyburn?.id}/correct`, {
      stance: 'supports change',
      end: (clyburn?.end as number) - 1,
    });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body).toMatchObject({
      review: 'corrected',
      stance: 'supports change',
      text: "That's a good start",
    });
    expect(fixed.body.proposed.stance).toBe('open or conditional');
    expectProblem(
      await call('POST', `/v1/news/quotations/${clyburn?.id}/correct`, { stance: 'furious' }),
      400,
      ['stance'],
    );
    const backwards = await call('POST', `/v1/news/quotations/${clyburn?.id}/correct`, { start: 10, end: 3 });
    expectProblem(backwards, 400, ['end']);
    expect(backwards.body.errors[0].message).toBe('expected an offset after start (10), got 3');
    const rejected = await call('POST', `/v1/news/quotations/${bass?.id}/reject`);
    expect(rejected.body.review).toBe('rejected');
    expectProblem(await call('POST', `/v1/news/quotations/${bass?.id}/reject`), 409, ['id']);
    const queue = (await call('GET', '/v1/news/queue')).body as { id: string }[];
    expect(queue.some((q) => q.id === bass?.id)).toBe(false);
    expect(queue.some((q) => q.id === clyburn?.id)).toBe(true);
  });

  it('accepts a quotation into a position of the negotiation, with the quote and its source as evidence', async () => {
    const a = (await importArticle()).body;
    const scott = a.quotations[0];
    const r = await call('POST', `/v1/news/quotations/${scott.id}/accept`, {});
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.quotation).toMatchObject({ review: 'accepted', positionIds: [r.body.positionId] });
    expect(r.body.position).toMatchObject({
      id: r.body.positionId,
      party: 'SCOTT',
      issue: 'S242',
      option: '242-1',
      stance: 'red-line-against',
      date: '2021-04-22',
      quotationIds: [scott.id],
      evidence: [
        {
          speaker: 'Tim Scott',
          quote: '(Section 242) is off the table for me,',
          url: 'https://news.example.org/2021/04/22/talks',
          date: '2021-04-22',
        },
      ],
    });
    expect((await store.positions.get(r.body.positionId))?.quotationIds).toEqual([scott.id]);
    expectProblem(await call('POST', `/v1/news/quotations/${scott.id}/accept`, {}), 409, ['id']);
  });

  it('takes the editor’s choice over the proposal, and asks for what has no default', async () => {
    const a = (
      await importArticle({ source: '"We will see where we land," Sen. Tim Scott said of the bill.' })
    ).body;
    const q = a.quotations[0];
    expect(q.proposal).toMatchObject({ issue: null, option: null, stance: null });
    expectProblem(await call('POST', `/v1/news/quotations/${q.id}/accept`, {}), 400, [
      'issue',
      'option',
      'stance',
    ]);
    expectProblem(
      await call('POST', `/v1/news/quotations/${q.id}/accept`, {
        issue: 'QI',
        option: 'CH-1',
        stance: 'accepts',
      }),
      400,
      ['option'],
    );
    const r = await call('POST', `/v1/news/quotations/${q.id}/accept`, {
      issue: 'QI',
      option: 'QI-3',
      stance: 'accepts',
      date: '2021-04-25',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.position).toMatchObject({
      party: 'SCOTT',
      issue: 'QI',
      option: 'QI-3',
      stance: 'accepts',
      date: '2021-04-25',
    });
  });

  it('says where a stance no word of the quotation says came from, in every answer, and in the proposal', async () => {
    const source = [
      'Asked about qualified immunity, Scott was firm. “I’m not budging,” Scott said.',
      'Dana Whitfield, the mother of Jordan Pryor, who was killed by police in 2019, came to the Capitol. “I have been coming to this building for seven years,” Whitfield said.',
      '“A chokehold ban is essential,” Sen. Tim Scott said.',
    ].join('\n\n');
    const a = await importArticle({ source, format: 'text' });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(articleSchema.safeParse(a.body).success).toBe(true);
    const [scott, whitfield, chokehold] = a.body.quotations;
    expect(
      a.body.quotations.map((q: Record<string, unknown>) => [q.speaker, q.stance, q.stanceBasis]),
    ).toEqual([
      ['Tim Scott', 'not a stance', null],
      ['Dana Whitfield', 'supports change', 'speaker role'],
      ['Tim Scott', 'supports change', null],
    ]);
    expect(whitfield.proposed).toMatchObject({ stance: 'supports change', stanceBasis: 'speaker role' });
    // The editor offered the position is told the stance is not in the words.
    const stanceHow = (q: { proposal: { how: string[] } }) =>
      q.proposal.how.find((h) => h.startsWith('stance:'));
    expect(stanceHow(whitfield)).toMatch(
      /; no word of the quotation says it: it is read from the speaker's role/,
    );
    expect(stanceHow(chokehold)).not.toMatch(/no word of the quotation/);
    expect(scott.proposal.how.join('\n')).not.toMatch(/no word of the quotation/);

    const one = await call('GET', `/v1/news/quotations/${whitfield.id}`, undefined, null);
    expect(quotationSchema.safeParse(one.body).success).toBe(true);
    expect(one.body).toEqual(whitfield);
    const queued = (await call('GET', '/v1/news/queue', undefined, null)).body as { id: string }[];
    expect(queued.find((q) => q.id === whitfield.id)).toMatchObject({ stanceBasis: 'speaker role' });

    // The stance an editor changes is the editor's: no basis, and the proposal keeps the extractor's.
    const fixed = await call('POST', `/v1/news/quotations/${whitfield.id}/correct`, {
      stance: 'opposes change',
    });
    expect(fixed.body).toMatchObject({
      stance: 'opposes change',
      stanceBasis: null,
      proposed: { stance: 'supports change', stanceBasis: 'speaker role' },
    });
    expect(stanceHow(fixed.body)).not.toMatch(/no word of the quotation/);
    // It is no field an editor sets.
    expectProblem(
      await call('POST', `/v1/news/quotations/${whitfield.id}/correct`, { stanceBasis: null }),
      400,
      ['stanceBasis'],
    );

    const doc = (await (await app.request('/openapi.json')).json()) as {
      components: {
        schemas: Record<string, { required?: string[]; properties: Record<string, Record<string, unknown>> }>;
      };
    };
    const quotation = doc.components.schemas.Quotation;
    expect(quotation?.required).toContain('stanceBasis');
    expect(JSON.stringify(quotation?.properties.stanceBasis)).toContain('["speaker role"]');
    expect(JSON.stringify(quotation?.properties.proposed)).toContain('stanceBasis');
  });

  it('refuses every review without a token, and changes nothing', async () => {
    const a = (await importArticle()).body;
    const id = a.quotations[0].id;
    for (const [path, body] of [
      [`/v1/news/quotations/${id}/accept`, {}],
      [`/v1/news/quotations/${id}/correct`, { speaker: 'Someone Else' }],
      [`/v1/news/quotations/${id}/reject`, undefined],
    ] as const) {
      expectProblem(await call('POST', path, body, null), 401, ['authorization']);
      expectProblem(await call('POST', path, body, 'not-the-token'), 401, ['authorization']);
    }
    expectProblem(await call('DELETE', `/v1/news/articles/${a.id}`, undefined, null), 401, ['authorization']);
    const after = (await call('GET', `/v1/news/articles/${a.id}`)).body;
    expect(after).toEqual(a);
  });

  it('removes an article with its quotations', async () => {
    const a = (await importArticle()).body;
    expect((await call('DELETE', `/v1/news/articles/${a.id}`)).status).toBe(204);
    expectProblem(await call('GET', `/v1/news/articles/${a.id}`), 404, ['id']);
    expectProblem(await call('GET', `/v1/news/quotations/${a.quotations[0].id}`), 404, ['id']);
  });

  it('documents every news endpoint in /openapi.json with its request and response schemas', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses: Record<string, unknown>; security?: unknown }>
      >;
      components: { schemas: Record<string, unknown> };
    };
    const news = Object.keys(doc.paths).filter((p) => p.startsWith('/v1/news'));
    expect(news.sort()).toEqual([
      '/v1/news/articles',
      '/v1/news/articles/{id}',
      '/v1/news/queue',
      '/v1/news/quotations/{id}',
      '/v1/news/quotations/{id}/accept',
      '/v1/news/quotations/{id}/correct',
      '/v1/news/quotations/{id}/reject',
      '/v1/news/vocabulary',
    ]);
    const post = doc.paths['/v1/news/articles']?.post;
    expect(post?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticleImport' } } },
    });
    expect(post?.responses['201']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Article' } } },
    });
    expect(post?.security).toBeTruthy();
    expect(doc.paths['/v1/news/quotations/{id}/accept']?.post?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/QuotationAcceptance' } } },
    });
    expect(doc.paths['/v1/news/vocabulary']?.get?.responses['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/NewsVocabulary' } } },
    });
    for (const id of ['Article', 'Quotation', 'QueueItem', 'ArticleSummary', 'QuotationAccepted'])
      expect(doc.components.schemas[id], id).toBeTruthy();
    // In-process, the same app answers the reads.
    const list = await app.request('/v1/news/queue');
    expect(list.status).toBe(200);
  });
});
