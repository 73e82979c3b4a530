import { asc, eq, inArray } from 'drizzle-orm';
import type { Evidence, Position } from '../negotiation/index.js';
import type { ExtractedArticle } from '../news/index.js';
import { checkAcceptance, checkArticle, checkCorrection, type ImportArticle } from './article-checks.js';
import type { Db } from './backends.js';
import { StoreError } from './errors.js';
import { shortId } from './ids.js';
import type {
  Article,
  ArticleInfo,
  ArticleSummary,
  Articles,
  NewArticle,
  Page,
  ProposedQuotation,
  QueueItem,
  Quotation,
  ReviewState,
  StanceBasis,
} from './index.js';
import { afterCursor, checkCursor } from './pages.js';
import * as schema from './schema.js';

/**
 * The news review queue's store (issue 15): articles with their quotations, and an editor's
 * review of each. Accepting a quotation records a position of the negotiation, with the quotation
 * as its evidence, in the same transaction as the review.
 */

/** A database or a transaction in it: both run the same queries. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Records a position (the negotiation model's, with the stored quotations it cites) in `tx`; returns its id. */
export type RecordPosition = (tx: Tx, position: Position, quotationIds: readonly string[]) => Promise<string>;

type QuotationRow = typeof schema.quotations.$inferSelect;
type ArticleRow = typeof schema.articles.$inferSelect;

const iso = (d: Date) => d.toISOString();
const UNDER_REVIEW: readonly ReviewState[] = ['proposed', 'corrected'];

function info(row: ArticleRow): ArticleInfo {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    outlet: row.outlet,
    date: row.publishedOn,
    createdAt: iso(row.createdAt),
  };
}

/** The extractor's proposal; one kept before stance bases were (migration 0004) had none. */
function proposalOf(row: QuotationRow): ProposedQuotation {
  if (row.proposed) return { ...row.proposed, stanceBasis: row.proposed.stanceBasis ?? null };
  return {
    speaker: row.speaker,
    party: row.party,
    start: row.start,
    end: row.end,
    issue: row.issue,
    stance: row.stance,
    stanceBasis: basisOf(row),
  };
}

const basisOf = (row: QuotationRow) => row.stanceBasis as StanceBasis | null;

function toQuotation(row: QuotationRow, positionIds: readonly string[]): Quotation {
  return {
    id: row.id,
    articleId: row.articleId,
    speaker: row.speaker,
    party: row.party,
    text: row.text,
    start: row.start,
    end: row.end,
    issue: row.issue,
    stance: row.stance,
    stanceBasis: basisOf(row),
    confidence: row.confidence,
    review: row.review as ReviewState,
    proposed: proposalOf(row),
    reviewedAt: row.reviewedAt ? iso(row.reviewedAt) : null,
    positionIds,
    createdAt: iso(row.createdAt),
  };
}

/** The positions citing each of these quotations, in the order they were recorded. */
async function positionsCiting(tx: Tx | Db, quotationIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < quotationIds.length; i += 1000) {
    const ids = quotationIds.slice(i, i + 1000);
    const rows = await tx
      .select({ q: schema.positionQuotations.quotationId, p: schema.positionQuotations.positionId })
      .from(schema.positionQuotations)
      .innerJoin(schema.positions, eq(schema.positions.id, schema.positionQuotations.positionId))
      .where(inArray(schema.positionQuotations.quotationId, ids))
      .orderBy(asc(schema.positions.createdAt), asc(schema.positions.id));
    for (const r of rows) out.set(r.q, [...(out.get(r.q) ?? []), r.p]);
  }
  return out;
}

async function quotationsWithLinks(tx: Tx | Db, rows: readonly QuotationRow[]): Promise<Quotation[]> {
  const links = await positionsCiting(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toQuotation(r, links.get(r.id) ?? []));
}

async function readArticle(tx: Tx | Db, id: string): Promise<Article | null> {
  const [row] = await tx.select().from(schema.articles).where(eq(schema.articles.id, id));
  if (!row) return null;
  const qs = await tx
    .select()
    .from(schema.quotations)
    .where(eq(schema.quotations.articleId, id))
    .orderBy(asc(schema.quotations.start), asc(schema.quotations.id));
  return { ...info(row), text: row.text, quotations: await quotationsWithLinks(tx, qs) };
}

/** The quotation and its article, locked for the review (FOR UPDATE: two editors cannot both decide it). */
async function underReview(tx: Tx, id: string): Promise<{ q: QuotationRow; article: ArticleRow } | null> {
  const [q] = await tx.select().from(schema.quotations).where(eq(schema.quotations.id, id)).for('update');
  if (!q) return null;
  if (!UNDER_REVIEW.includes(q.review as ReviewState))
    throw new StoreError('conflict', [
      {
        path: 'id',
        message: `quotation "${id}" is already ${q.review}; only a proposed or corrected one can be reviewed`,
      },
    ]);
  const [article] = await tx.select().from(schema.articles).where(eq(schema.articles.id, q.articleId));
  return { q, article: article as ArticleRow };
}

/** Where the evidence comes from: the article's URL, or a note naming the article when it has none. */
function source(article: ArticleRow): Pick<Evidence, 'url' | 'sourceNote'> {
  if (article.url) return { url: article.url };
  const name = [article.title ? `"${article.title}"` : 'an untitled article', article.outlet]
    .filter(Boolean)
    .join(', ');
  return { sourceNote: `${name}, imported into Recourse as article ${article.id} without a URL` };
}

export function articlesCollection(db: Db, recordPosition: RecordPosition): Articles {
  return {
    async import(input) {
      const a = checkArticle(input);
      return db.transaction(async (tx) => {
        let id = '';
        for (;;) {
          id = shortId();
          const [row] = await tx
            .insert(schema.articles)
            .values({
              id,
              url: a.url,
              title: a.title,
              outlet: a.outlet,
              publishedOn: a.date,
              text: a.text,
              createdAt: new Date(),
            })
            .onConflictDoNothing()
            .returning({ id: schema.articles.id });
          if (row) break;
        }
        const rows = a.quotations.map((q) => ({
          id: shortId(),
          articleId: id,
          ...q,
          text: a.text.slice(q.start, q.end),
          review: 'proposed' as const,
          proposed: {
            speaker: q.speaker,
            party: q.party,
            start: q.start,
            end: q.end,
            issue: q.issue,
            stance: q.stance,
            stanceBasis: q.stanceBasis,
          },
        }));
        for (let i = 0; i < rows.length; i += 500)
          await tx.insert(schema.quotations).values(rows.slice(i, i + 500));
        return (await readArticle(tx, id)) as Article;
      });
    },

    get: (id) => readArticle(db, id),

    async list(page?: Page): Promise<ArticleSummary[]> {
      const listed = { table: schema.articles, id: schema.articles.id, createdAt: schema.articles.createdAt };
      const query = db
        .select({
          id: schema.articles.id,
          title: schema.articles.title,
          url: schema.articles.url,
          outlet: schema.articles.outlet,
          publishedOn: schema.articles.publishedOn,
          createdAt: schema.articles.createdAt,
        })
        .from(schema.articles)
        .where(afterCursor(listed, page))
        .orderBy(asc(schema.articles.createdAt), asc(schema.articles.id));
      const rows = page ? await query.limit(page.limit) : await query;
      await checkCursor(db, listed, page, rows, 'article');
      // A page counts the quotations of its own articles only.
      const counts =
        page && rows.length === 0
          ? []
          : await db
              .select({ articleId: schema.quotations.articleId, review: schema.quotations.review })
              .from(schema.quotations)
              .where(
                page
                  ? inArray(
                      schema.quotations.articleId,
                      rows.map((r) => r.id),
                    )
                  : undefined,
              );
      const total = new Map<string, number>();
      const pending = new Map<string, number>();
      for (const c of counts) {
        total.set(c.articleId, (total.get(c.articleId) ?? 0) + 1);
        if (UNDER_REVIEW.includes(c.review as ReviewState))
          pending.set(c.articleId, (pending.get(c.articleId) ?? 0) + 1);
      }
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        url: r.url,
        outlet: r.outlet,
        date: r.publishedOn,
        createdAt: iso(r.createdAt),
        quotations: total.get(r.id) ?? 0,
        pending: pending.get(r.id) ?? 0,
      }));
    },

    async remove(id) {
      const rows = await db
        .delete(schema.articles)
        .where(eq(schema.articles.id, id))
        .returning({ id: schema.articles.id });
      return rows.length > 0;
    },

    async queue(): Promise<QueueItem[]> {
      const rows = await db
        .select({ q: schema.quotations, a: schema.articles })
        .from(schema.quotations)
        .innerJoin(schema.articles, eq(schema.articles.id, schema.quotations.articleId))
        .where(inArray(schema.quotations.review, [...UNDER_REVIEW]))
        .orderBy(asc(schema.articles.createdAt), asc(schema.articles.id), asc(schema.quotations.start));
      return rows.map(({ q, a }) => ({ ...toQuotation(q, []), article: info(a) }));
    },

    async quotation(id) {
      const [row] = await db.select().from(schema.quotations).where(eq(schema.quotations.id, id));
      if (!row) return null;
      const [q] = await quotationsWithLinks(db, [row]);
      return q as Quotation;
    },

    async correct(id, correction) {
      return db.transaction(async (tx) => {
        const found = await underReview(tx, id);
        if (!found) return null;
        const { q, article } = found;
        const c = checkCorrection(correction, q, article.text.length);
        const start = c.start ?? q.start;
        const end = c.end ?? q.end;
        // A stance the editor changes is the editor's: the extractor's basis for it no longer holds.
        const stanceBasis = c.stance !== undefined && c.stance !== q.stance ? null : q.stanceBasis;
        const [row] = await tx
          .update(schema.quotations)
          .set({
            ...c,
            start,
            end,
            stanceBasis,
            text: article.text.slice(start, end),
            review: 'corrected',
            proposed: proposalOf(q),
            reviewedAt: new Date(),
          })
          .where(eq(schema.quotations.id, id))
          .returning();
        return toQuotation(row as QuotationRow, []);
      });
    },

    async reject(id) {
      return db.transaction(async (tx) => {
        const found = await underReview(tx, id);
        if (!found) return null;
        const [row] = await tx
          .update(schema.quotations)
          .set({ review: 'rejected', proposed: proposalOf(found.q), reviewedAt: new Date() })
          .where(eq(schema.quotations.id, id))
          .returning();
        return toQuotation(row as QuotationRow, []);
      });
    },

    async accept(id, acceptance) {
      const a = checkAcceptance(acceptance);
      return db.transaction(async (tx) => {
        const found = await underReview(tx, id);
        if (!found) return null;
        const { q, article } = found;
        const date = a.date ?? article.publishedOn;
        const problems: { path: string; message: string }[] = [];
        if (!date)
          problems.push({
            path: 'date',
            message: 'required: the article has no date; give the day the position is known to hold from',
          });
        if (!q.speaker)
          problems.push({
            path: 'speaker',
            message: 'the quotation has no speaker: correct it (name who said it) before accepting',
          });
        if (problems.length > 0) throw new StoreError('invalid', problems);
        const evidence: Evidence = {
          speaker: q.speaker as string,
          quote: q.text,
          ...source(article),
          date: article.publishedOn ?? (date as string),
        };
        const position: Position = {
          party: a.party,
          issue: a.issue as Position['issue'],
          option: a.option,
          stance: a.stance as Position['stance'],
          date: date as string,
          dateInferred: false,
          evidence: [evidence],
        };
        const positionId = await recordPosition(tx, position, [q.id]);
        const [row] = await tx
          .update(schema.quotations)
          .set({
            review: 'accepted',
            party: a.party,
            issue: a.issue,
            proposed: proposalOf(q),
            reviewedAt: new Date(),
          })
          .where(eq(schema.quotations.id, id))
          .returning();
        return { quotation: toQuotation(row as QuotationRow, [positionId]), positionId };
      });
    },
  };
}

/** Every article with its quotations and their review, for an export (oldest first). */
export async function exportedArticles(tx: Tx | Db): Promise<Article[]> {
  const articles = await tx
    .select()
    .from(schema.articles)
    .orderBy(asc(schema.articles.createdAt), asc(schema.articles.id));
  const rows = await tx
    .select()
    .from(schema.quotations)
    .orderBy(asc(schema.quotations.start), asc(schema.quotations.id));
  const quotations = await quotationsWithLinks(tx, rows);
  const byArticle = new Map<string, Quotation[]>();
  for (const q of quotations) byArticle.set(q.articleId, [...(byArticle.get(q.articleId) ?? []), q]);
  return articles.map((a) => ({ ...info(a), text: a.text, quotations: byArticle.get(a.id) ?? [] }));
}

/** An article as an import item has it: what an identical import would write. */
function asImported(a: ArticleRow, qs: readonly QuotationRow[], order: readonly string[]): ImportArticle {
  const rank = new Map(order.map((id, i) => [id, i]));
  const sorted = [...qs].sort((x, y) => (rank.get(x.id) ?? 1e9) - (rank.get(y.id) ?? 1e9));
  return {
    id: a.id,
    text: a.text,
    title: a.title,
    url: a.url,
    outlet: a.outlet,
    date: a.publishedOn,
    createdAt: a.createdAt,
    quotations: sorted.map((q) => ({
      speaker: q.speaker,
      party: q.party,
      start: q.start,
      end: q.end,
      issue: q.issue,
      stance: q.stance,
      stanceBasis: basisOf(q),
      confidence: q.confidence,
      id: q.id,
      text: q.text,
      review: q.review as ReviewState,
      proposed: proposalOf(q),
      reviewedAt: q.reviewedAt,
      createdAt: q.createdAt,
    })),
  };
}

/**
 * The store's copies of the articles an import names (to find the identical and the different),
 * and the conflicts of a new article whose quotation ids the store already uses elsewhere.
 */
export async function oldArticles(
  tx: Tx,
  items: readonly ImportArticle[],
): Promise<{ articles: Map<string, unknown>; conflicts: { path: string; message: string }[] }> {
  const articles = new Map<string, unknown>();
  const conflicts: { path: string; message: string }[] = [];
  for (let i = 0; i < items.length; i += 500) {
    const slice = items.slice(i, i + 500);
    const ids = slice.map((a) => a.id);
    const found = await tx.select().from(schema.articles).where(inArray(schema.articles.id, ids));
    const qs =
      found.length === 0
        ? []
        : await tx
            .select()
            .from(schema.quotations)
            .where(
              inArray(
                schema.quotations.articleId,
                found.map((a) => a.id),
              ),
            );
    for (const a of found) {
      const item = slice.find((x) => x.id === a.id) as ImportArticle;
      articles.set(
        a.id,
        asImported(
          a,
          qs.filter((q) => q.articleId === a.id),
          item.quotations.map((q) => q.id),
        ),
      );
    }
  }
  const quotationIds = items.filter((a) => !articles.has(a.id)).flatMap((a) => a.quotations.map((q) => q.id));
  for (let i = 0; i < quotationIds.length; i += 1000) {
    const taken = await tx
      .select({ id: schema.quotations.id })
      .from(schema.quotations)
      .where(inArray(schema.quotations.id, quotationIds.slice(i, i + 1000)));
    for (const t of taken) {
      const ai = items.findIndex((a) => a.quotations.some((q) => q.id === t.id));
      const qi = (items[ai] as ImportArticle).quotations.findIndex((q) => q.id === t.id);
      conflicts.push({
        path: `articles.${ai}.quotations.${qi}.id`,
        message: `a quotation "${t.id}" of another article is already there`,
      });
    }
  }
  return { articles, conflicts };
}

/** Writes the articles of an import, their ids, times and reviews kept. */
export async function insertImportedArticles(tx: Tx, articles: readonly ImportArticle[]): Promise<void> {
  for (const a of articles) {
    await tx.insert(schema.articles).values({
      id: a.id,
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      publishedOn: a.date,
      text: a.text,
      createdAt: a.createdAt,
    });
    const rows = a.quotations.map((q) => ({ ...q, articleId: a.id }));
    for (let i = 0; i < rows.length; i += 500)
      await tx.insert(schema.quotations).values(rows.slice(i, i + 500));
  }
}

/**
 * An extracted article as the store imports it: the extractor's text and quotations (their
 * speaker, party, span, issue, stance, where a stance not in the words came from, and confidence), with where it came from; the title the
 * importer gives, or else the article's own. The one shape of an import, for the API and the CLI.
 */
export function articleToImport(
  extracted: ExtractedArticle,
  source: { title?: string | null; url?: string | null; outlet?: string | null; date?: string | null },
): NewArticle {
  return {
    text: extracted.text,
    title: source.title ?? extracted.title,
    url: source.url ?? null,
    outlet: source.outlet ?? null,
    date: source.date ?? null,
    quotations: extracted.quotes.map((q) => ({
      speaker: q.speaker,
      party: q.party,
      start: q.start,
      end: q.end,
      issue: q.issue,
      stance: q.stance,
      stanceBasis: q.stanceBasis ?? null,
      confidence: q.confidence,
    })),
  };
}
