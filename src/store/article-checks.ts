import { describeValue } from '../law/index.js';
import { shortId } from './ids.js';
import type {
  Acceptance,
  NewArticle,
  NewQuotation,
  ProposedQuotation,
  QuotationCorrection,
} from './index.js';
import { NEWS_ISSUES, NEWS_STANCES, REVIEW_STATES, type ReviewState } from './news-vocabulary.js';
import { checkTime, failIfAny, isRecord, joinPath, objectAt, type Problem, unknownKeys } from './validate.js';

/**
 * Checks of news articles, their quotations, and an editor's review before they are written:
 * each refusal is a StoreError naming the field by its dotted path (prefixed by `at`).
 */

/** The longest article text kept (characters): the extractor refuses larger inputs long before. */
export const MAX_ARTICLE_TEXT = 1_000_000;
/** The most quotations one article may bring. */
export const MAX_QUOTATIONS = 2_000;

const NEWS_ISSUE_SET: ReadonlySet<string> = new Set(NEWS_ISSUES);
const NEWS_STANCE_SET: ReadonlySet<string> = new Set(NEWS_STANCES);
/** A party id of the negotiation data (e.g. SCOTT, WH-B). */
const PARTY_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,79}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(v: unknown): v is string {
  return (
    typeof v === 'string' &&
    DAY.test(v) &&
    !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
    new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
  );
}

/** An optional string of at most `max` characters; `null` when absent. */
function optionalString(
  input: Record<string, unknown>,
  key: string,
  at: string,
  max: number,
  problems: Problem[],
): string | null {
  const v = input[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' || v.trim() === '' || v.length > max) {
    problems.push({
      path: joinPath(at, key),
      message: `expected a non-empty string of at most ${max} characters, got ${describeValue(v)}`,
    });
    return null;
  }
  return v;
}

function optionalOf(
  input: Record<string, unknown>,
  key: string,
  at: string,
  allowed: ReadonlySet<string>,
  problems: Problem[],
): string | null {
  const v = input[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' || !allowed.has(v)) {
    problems.push({
      path: joinPath(at, key),
      message: `expected one of ${[...allowed].join(' | ')}, got ${describeValue(v)}`,
    });
    return null;
  }
  return v;
}

function optionalParty(input: Record<string, unknown>, at: string, problems: Problem[]): string | null {
  const v = input.party;
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' || !PARTY_ID.test(v)) {
    problems.push({
      path: joinPath(at, 'party'),
      message: `expected a party id (letters, digits and dashes), got ${describeValue(v)}`,
    });
    return null;
  }
  return v;
}

function optionalUrl(input: Record<string, unknown>, at: string, problems: Problem[]): string | null {
  const url = optionalString(input, 'url', at, 2000, problems);
  if (url === null) return null;
  let ok = false;
  try {
    const u = new URL(url);
    ok = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) {
    problems.push({
      path: joinPath(at, 'url'),
      message: `expected an http or https URL, got ${describeValue(url)}`,
    });
    return null;
  }
  return url;
}

function optionalDay(
  input: Record<string, unknown>,
  key: string,
  at: string,
  problems: Problem[],
): string | null {
  const v = input[key];
  if (v === undefined || v === null) return null;
  if (!isDay(v)) {
    problems.push({
      path: joinPath(at, key),
      message: `expected a real calendar date YYYY-MM-DD, got ${describeValue(v)}`,
    });
    return null;
  }
  return v;
}

/** A span of the text: integers with 0 ≤ start < end ≤ the text's length. */
function checkSpan(
  start: unknown,
  end: unknown,
  textLength: number,
  at: string,
  problems: Problem[],
): boolean {
  const before = problems.length;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0 || start >= textLength)
    problems.push({
      path: joinPath(at, 'start'),
      message: `expected an offset into the article's text, 0 to ${Math.max(0, textLength - 1)}, got ${describeValue(start)}`,
    });
  if (typeof end !== 'number' || !Number.isInteger(end) || end > textLength)
    problems.push({
      path: joinPath(at, 'end'),
      message: `expected an offset into the article's text, at most ${textLength}, got ${describeValue(end)}`,
    });
  else if (typeof start === 'number' && end <= start)
    problems.push({
      path: joinPath(at, 'end'),
      message: `expected an offset after start (${start}), got ${end}`,
    });
  return problems.length === before;
}

export interface CheckedQuotation {
  speaker: string | null;
  party: string | null;
  start: number;
  end: number;
  issue: string | null;
  stance: string | null;
  confidence: number | null;
}

export function checkQuotation(
  input: unknown,
  textLength: number,
  at: string,
  problems: Problem[],
  extra: readonly string[] = [],
): CheckedQuotation | null {
  if (!isRecord(input)) {
    problems.push({ path: at, message: `expected a quotation object, got ${describeValue(input)}` });
    return null;
  }
  const before = problems.length;
  problems.push(
    ...unknownKeys(
      input,
      ['speaker', 'party', 'start', 'end', 'issue', 'stance', 'confidence', 'text', ...extra],
      at,
    ),
  );
  const speaker = optionalString(input, 'speaker', at, 200, problems);
  const party = optionalParty(input, at, problems);
  const issue = optionalOf(input, 'issue', at, NEWS_ISSUE_SET, problems);
  const stance = optionalOf(input, 'stance', at, NEWS_STANCE_SET, problems);
  const c = input.confidence;
  if (c !== undefined && c !== null && (typeof c !== 'number' || !(c >= 0 && c <= 1)))
    problems.push({
      path: joinPath(at, 'confidence'),
      message: `expected a number from 0 to 1, got ${describeValue(c)}`,
    });
  checkSpan(input.start, input.end, textLength, at, problems);
  if (problems.length > before) return null;
  return {
    speaker,
    party,
    start: input.start as number,
    end: input.end as number,
    issue,
    stance,
    confidence: typeof c === 'number' ? c : null,
  };
}

export interface CheckedArticle {
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  date: string | null;
  quotations: CheckedQuotation[];
}

/** The article's own fields (without its quotations), checked; `allowed` adds keys an export has. */
export function checkArticleFields(
  a: Record<string, unknown>,
  at: string,
  problems: Problem[],
): Omit<CheckedArticle, 'quotations'> {
  const text = a.text;
  if (typeof text !== 'string' || text.trim() === '') {
    problems.push({
      path: joinPath(at, 'text'),
      message: `required: expected the article's text, got ${describeValue(text)}`,
    });
  } else if (text.length > MAX_ARTICLE_TEXT) {
    problems.push({
      path: joinPath(at, 'text'),
      message: `expected at most ${MAX_ARTICLE_TEXT} characters, got ${text.length}`,
    });
  } else if (text.includes('\u0000')) {
    problems.push({ path: joinPath(at, 'text'), message: 'a NUL character (\\u0000) cannot be stored' });
  }
  return {
    text: typeof text === 'string' ? text : '',
    title: optionalString(a, 'title', at, 500, problems),
    url: optionalUrl(a, at, problems),
    outlet: optionalString(a, 'outlet', at, 200, problems),
    date: optionalDay(a, 'date', at, problems),
  };
}

/** An article to import with its quotations (NewArticle), or a StoreError naming every bad field. */
export function checkArticle(input: NewArticle | unknown, at = ''): CheckedArticle {
  const a = objectAt(input, at, 'an article object');
  const problems: Problem[] = unknownKeys(a, ['text', 'title', 'url', 'outlet', 'date', 'quotations'], at);
  const fields = checkArticleFields(a, at, problems);
  const quotations = checkQuotationList(
    a.quotations,
    fields.text.length,
    joinPath(at, 'quotations'),
    problems,
  );
  failIfAny(problems);
  return { ...fields, quotations: quotations.filter((q) => q !== null) };
}

export function checkQuotationList(
  list: unknown,
  textLength: number,
  at: string,
  problems: Problem[],
  extra: readonly string[] = [],
): (CheckedQuotation | null)[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    problems.push({ path: at, message: `expected a list of quotations, got ${describeValue(list)}` });
    return [];
  }
  if (list.length > MAX_QUOTATIONS) {
    problems.push({ path: at, message: `expected at most ${MAX_QUOTATIONS} quotations, got ${list.length}` });
    return [];
  }
  return list.map((q: NewQuotation | unknown, i) =>
    checkQuotation(q, textLength, `${at}.${i}`, problems, extra),
  );
}

/** A correction: only the fields given change; a new span must fit the article's text. */
export function checkCorrection(
  input: QuotationCorrection | unknown,
  current: { start: number; end: number },
  textLength: number,
): QuotationCorrection {
  const c = objectAt(input, '', 'a correction object');
  const problems: Problem[] = unknownKeys(c, ['speaker', 'party', 'issue', 'stance', 'start', 'end'], '');
  const out: Record<string, unknown> = {};
  if ('speaker' in c) out.speaker = optionalString(c, 'speaker', '', 200, problems);
  if ('party' in c) out.party = optionalParty(c, '', problems);
  if ('issue' in c) out.issue = optionalOf(c, 'issue', '', NEWS_ISSUE_SET, problems);
  if ('stance' in c) out.stance = optionalOf(c, 'stance', '', NEWS_STANCE_SET, problems);
  if (c.start !== undefined || c.end !== undefined) {
    const start = c.start ?? current.start;
    const end = c.end ?? current.end;
    if (checkSpan(start, end, textLength, '', problems)) {
      out.start = start;
      out.end = end;
    }
  }
  failIfAny(problems);
  return out as QuotationCorrection;
}

/** An acceptance's own shape; the negotiation's model checks that party, issue, option and stance exist. */
export function checkAcceptance(input: Acceptance | unknown): Acceptance {
  const a = objectAt(input, '', 'an acceptance object');
  const problems: Problem[] = unknownKeys(a, ['party', 'issue', 'option', 'stance', 'date'], '');
  for (const key of ['party', 'issue', 'option', 'stance'] as const) {
    const v = a[key];
    if (typeof v !== 'string' || v.trim() === '' || v.length > 80)
      problems.push({ path: key, message: `required: expected a ${key} id, got ${describeValue(v)}` });
  }
  const date = optionalDay(a, 'date', '', problems);
  failIfAny(problems);
  return { ...(a as unknown as Acceptance), date };
}

const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/;
const REVIEW_SET: ReadonlySet<string> = new Set(REVIEW_STATES);

/** A quotation of an exported article, as it will be written back. */
export interface ImportQuotation extends CheckedQuotation {
  id: string;
  text: string;
  review: ReviewState;
  proposed: ProposedQuotation;
  reviewedAt: Date | null;
  createdAt: Date;
}

/** An article of an export, as it will be written back (its id and times kept). */
export interface ImportArticle extends Omit<CheckedArticle, 'quotations'> {
  id: string;
  createdAt: Date;
  quotations: ImportQuotation[];
}

function itemId(v: unknown, at: string, problems: Problem[]): string | null {
  if (v === undefined) return shortId();
  if (typeof v !== 'string' || !ITEM_ID.test(v)) {
    problems.push({
      path: joinPath(at, 'id'),
      message: `expected an id (letters, digits, - or _), got ${describeValue(v)}`,
    });
    return null;
  }
  return v;
}

/**
 * An article of an export (`articles.N`): its fields as at import, plus its id, its times, and
 * each quotation's review. A quotation's `positionIds` are not written: the positions of the
 * export name the quotations they cite.
 */
export function checkExportedArticle(item: unknown, at: string, problems: Problem[]): ImportArticle | null {
  if (!isRecord(item)) {
    problems.push({ path: at, message: `expected an article object, got ${describeValue(item)}` });
    return null;
  }
  const before = problems.length;
  problems.push(
    ...unknownKeys(item, ['id', 'text', 'title', 'url', 'outlet', 'date', 'createdAt', 'quotations'], at),
  );
  const id = itemId(item.id, at, problems);
  const fields = checkArticleFields(item, at, problems);
  const createdAt =
    item.createdAt === undefined
      ? new Date()
      : checkTime(item.createdAt, joinPath(at, 'createdAt'), problems);
  const list = item.quotations;
  const quotations: ImportQuotation[] = [];
  const extra = ['id', 'articleId', 'review', 'proposed', 'reviewedAt', 'positionIds', 'createdAt'];
  const checked = checkQuotationList(list, fields.text.length, joinPath(at, 'quotations'), problems, extra);
  checked.forEach((q, i) => {
    const raw = (list as Record<string, unknown>[])[i] as Record<string, unknown>;
    const qa = `${joinPath(at, 'quotations')}.${i}`;
    const qid = itemId(raw.id, qa, problems);
    if (raw.articleId !== undefined && raw.articleId !== item.id)
      problems.push({
        path: `${qa}.articleId`,
        message: `expected the article's id, got ${describeValue(raw.articleId)}`,
      });
    const review = raw.review ?? 'proposed';
    if (typeof review !== 'string' || !REVIEW_SET.has(review))
      problems.push({
        path: `${qa}.review`,
        message: `expected one of ${REVIEW_STATES.join(' | ')}, got ${describeValue(review)}`,
      });
    const proposedProblems: Problem[] = [];
    const proposed =
      raw.proposed === undefined || raw.proposed === null
        ? q
        : checkQuotation(raw.proposed, fields.text.length, `${qa}.proposed`, proposedProblems);
    problems.push(...proposedProblems);
    const reviewedAt =
      raw.reviewedAt === undefined || raw.reviewedAt === null
        ? null
        : checkTime(raw.reviewedAt, `${qa}.reviewedAt`, problems);
    const qCreated =
      raw.createdAt === undefined ? createdAt : checkTime(raw.createdAt, `${qa}.createdAt`, problems);
    if (q && raw.text !== undefined && raw.text !== fields.text.slice(q.start, q.end))
      problems.push({ path: `${qa}.text`, message: "expected the article's text between start and end" });
    if (q && qid && proposed) {
      quotations.push({
        ...q,
        id: qid,
        text: fields.text.slice(q.start, q.end),
        review: review as ReviewState,
        proposed: {
          speaker: proposed.speaker,
          party: proposed.party,
          start: proposed.start,
          end: proposed.end,
          issue: proposed.issue,
          stance: proposed.stance,
        },
        reviewedAt,
        createdAt: qCreated,
      });
    }
  });
  if (problems.length > before || !id) return null;
  return { ...fields, id, createdAt, quotations };
}
