import { extractArticle, NewsInputError } from '../news/index.js';
import { proposePosition } from '../news/position-proposal.js';
import {
  type Article,
  articleToImport,
  bundledNegotiation,
  NEWS_ISSUES,
  NEWS_STANCES,
  type Quotation,
  REVIEW_STATES,
  type Store,
} from '../store/index.js';
import { getById, removeById } from './by-id.js';
import { define, type Endpoint, json } from './endpoint.js';
import {
  acceptanceResult,
  articleImportRequest,
  articleSchema,
  articleSummaryList,
  newsVocabulary,
  queueList,
  quotationAcceptRequest,
  quotationCorrectionRequest,
  quotationSchema,
} from './news-schemas.js';
import { PAGE_DESCRIPTION, pageAnswer, pageQuery } from './pages.js';
import { badRequest } from './problem.js';

/**
 * The news review queue (issue 15): import an article (HTML or text; the extractor proposes its
 * quotations), list what is to review, read an article with its quotations, and accept, correct
 * or reject each. Accepting records a position of the negotiation with the quotation as its
 * evidence. Every quotation is shown with the default position an editor is offered (`proposal`),
 * and, when no word of it says its stance, where that stance came from (`stanceBasis`).
 */

/** The negotiation positions belong to: the bundled one (store.positions checks against it). */
const negotiation = bundledNegotiation;

/** The refusals of a review (correct, reject, accept): no such quotation, or one already decided. */
const REVIEW_REFUSALS = {
  404: { description: 'no such quotation' },
  409: { description: 'the quotation was already accepted or rejected' },
} as const;

/** The quotation with the position proposed for it. */
const withProposal = (q: Quotation) => ({ ...q, proposal: proposePosition(q, negotiation()) });
const articleWithProposals = (a: Article) => ({ ...a, quotations: a.quotations.map(withProposal) });

export function newsEndpoints(store: Store): Endpoint[] {
  const quotation = (id: string) => store.articles.quotation(id);
  return [
    define({
      method: 'post',
      path: '/v1/news/articles',
      tag: 'news',
      write: true,
      summary: 'Import an article: its text and the quotations found in it, proposed for review',
      description:
        'HTML is sanitised by a parser (scripts, styles and attributes never reach the text); the article is kept as plain text. Its quotations are stored as `proposed`, all in one transaction.',
      body: articleImportRequest,
      responses: {
        201: {
          description: 'the article, with its quotations and the position proposed for each',
          schema: articleSchema,
        },
        400: { description: 'a bad field, or an article that cannot be read (`source`)' },
      },
      handle: async ({ body }) => {
        let extracted: ReturnType<typeof extractArticle>;
        try {
          extracted = extractArticle(body.source, { format: body.format });
        } catch (e) {
          if (!(e instanceof NewsInputError)) throw e;
          throw badRequest([{ in: 'body', path: 'source', message: e.message }]);
        }
        if (extracted.text.trim() === '')
          throw badRequest([
            {
              in: 'body',
              path: 'source',
              message: `no article text was found in it (read as ${body.format})`,
            },
          ]);
        const article = await store.articles.import(articleToImport(extracted, body));
        return json(articleWithProposals(article), 201, { location: `/v1/news/articles/${article.id}` });
      },
    }),
    define({
      method: 'get',
      path: '/v1/news/articles',
      tag: 'news',
      summary:
        'The imported articles, a page at a time, with how many quotations each has and how many are still to review',
      description: PAGE_DESCRIPTION,
      query: pageQuery,
      responses: {
        200: { description: 'a summary of each article', schema: articleSummaryList },
        400: { description: 'a bad `limit`, or an `after` that is no article' },
      },
      handle: ({ query }) => pageAnswer('/v1/news/articles', query, (page) => store.articles.list(page)),
    }),
    define({
      method: 'get',
      path: '/v1/news/articles/:id',
      tag: 'news',
      summary: 'An article: its text and its quotations (offsets into the text), each with its review',
      params: { id: 'the article id' },
      responses: {
        200: { description: 'the article', schema: articleSchema },
        404: { description: 'no such article' },
      },
      handle: async ({ params }) =>
        json(
          articleWithProposals(await getById('article', params.id as string, (x) => store.articles.get(x))),
        ),
    }),
    define({
      method: 'delete',
      path: '/v1/news/articles/:id',
      tag: 'news',
      write: true,
      summary: 'Remove an article and its quotations (the positions they became keep their evidence)',
      params: { id: 'the article id' },
      responses: { 204: { description: 'removed' }, 404: { description: 'no such article' } },
      handle: ({ params }) => removeById('article', params.id as string, (x) => store.articles.remove(x)),
    }),
    define({
      method: 'get',
      path: '/v1/news/vocabulary',
      tag: 'news',
      summary: "The issues and stances a quotation may have, and the states of an editor's review",
      responses: { 200: { description: 'each list, as the store checks it', schema: newsVocabulary } },
      handle: () => json({ issues: NEWS_ISSUES, stances: NEWS_STANCES, reviews: REVIEW_STATES }),
    }),
    define({
      method: 'get',
      path: '/v1/news/queue',
      tag: 'news',
      summary: 'The review queue: quotations proposed or corrected and not yet accepted or rejected',
      responses: {
        200: { description: 'each quotation with its article and its proposal', schema: queueList },
      },
      handle: async () => json((await store.articles.queue()).map(withProposal)),
    }),
    define({
      method: 'get',
      path: '/v1/news/quotations/:id',
      tag: 'news',
      summary: 'A quotation, with its review and the position proposed for it',
      params: { id: 'the quotation id' },
      responses: {
        200: { description: 'the quotation', schema: quotationSchema },
        404: { description: 'no such quotation' },
      },
      handle: async ({ params }) =>
        json(withProposal(await getById('quotation', params.id as string, quotation))),
    }),
    define({
      method: 'post',
      path: '/v1/news/quotations/:id/correct',
      tag: 'news',
      write: true,
      summary:
        'Correct a quotation under review: its speaker, party, issue, stance or span; it becomes `corrected`',
      params: { id: 'the quotation id' },
      body: quotationCorrectionRequest,
      responses: {
        200: { description: 'the corrected quotation', schema: quotationSchema },
        ...REVIEW_REFUSALS,
      },
      handle: async ({ params, body }) => {
        const id = params.id as string;
        return json(withProposal(await getById('quotation', id, (x) => store.articles.correct(x, body))));
      },
    }),
    define({
      method: 'post',
      path: '/v1/news/quotations/:id/reject',
      tag: 'news',
      write: true,
      summary: 'Reject a quotation under review: it is not a quotation, or not evidence of a position',
      params: { id: 'the quotation id' },
      responses: {
        200: { description: 'the rejected quotation', schema: quotationSchema },
        ...REVIEW_REFUSALS,
      },
      handle: async ({ params }) => {
        return json(await getById('quotation', params.id as string, (x) => store.articles.reject(x)));
      },
    }),
    define({
      method: 'post',
      path: '/v1/news/quotations/:id/accept',
      tag: 'news',
      write: true,
      summary:
        'Accept a quotation: it becomes a position of the negotiation, with the quote, the article, its date and the speaker as evidence',
      params: { id: 'the quotation id' },
      body: quotationAcceptRequest,
      responses: {
        200: { description: 'the accepted quotation and the position recorded', schema: acceptanceResult },
        ...REVIEW_REFUSALS,
      },
      handle: async ({ params, body }) => {
        const id = params.id as string;
        const q = await getById('quotation', id, quotation);
        // What the editor leaves out takes the proposal, made for the issue the editor chose.
        const proposal = proposePosition(
          { ...q, issue: body.issue ?? q.issue, party: body.party ?? q.party },
          negotiation(),
        );
        const chosen = {
          party: body.party ?? proposal.party,
          issue: body.issue ?? proposal.issue,
          option: body.option ?? proposal.option,
          stance: body.stance ?? proposal.stance,
        };
        const missing = (Object.keys(chosen) as (keyof typeof chosen)[]).filter((k) => chosen[k] === null);
        if (missing.length > 0)
          throw badRequest(
            missing.map((k) => ({
              in: 'body' as const,
              path: k,
              message: `required: there is no default ${k} for this quotation (${proposal.how.find((h) => h.startsWith(`${k}:`)) ?? 'none proposed'})`,
            })),
          );
        const done = await getById('quotation', id, (x) =>
          store.articles.accept(x, {
            party: chosen.party as string,
            issue: chosen.issue as string,
            option: chosen.option as string,
            stance: chosen.stance as string,
            date: body.date ?? null,
          }),
        );
        const position = await store.positions.get(done.positionId);
        return json({ quotation: withProposal(done.quotation), positionId: done.positionId, position });
      },
    }),
  ];
}
