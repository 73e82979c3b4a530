import { z } from 'zod';
import { describeValue } from '../law/index.js';
import { shortId } from './ids.js';
import type { Acceptance, NewArticle, ProposedQuotation, QuotationCorrection } from './index.js';
import {
  NEWS_ISSUES,
  NEWS_STANCES,
  REVIEW_STATES,
  type ReviewState,
  SIDE_STANCES,
  STANCE_BASES,
  type StanceBasis,
} from './news-vocabulary.js';
import {
  dayField,
  failIfAny,
  httpUrlField,
  isRecord,
  objectAt,
  type Problem,
  parseInto,
  textField,
  timeField,
} from './validate.js';

/**
 * Checks of news articles, their quotations, and an editor's review before they are written, as
 * zod schemas with the store's text, day, URL and time fields: each refusal is a StoreError naming
 * the field by its dotted path (prefixed by `at`) and what was expected. A quotation's span is
 * checked against its article's text, so its schema is made for the text's length.
 */

/** The longest article text kept (characters): the extractor refuses larger inputs long before. */
export const MAX_ARTICLE_TEXT = 1_000_000;
/** The most quotations one article may bring. */
export const MAX_QUOTATIONS = 2_000;

/** A party id of the negotiation data (e.g. SCOTT, WH-B). */
export const PARTY_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,79}$/;
const PARTY_EXPECTED = 'expected a party id (letters, digits and dashes)';
const party = z.string({ error: PARTY_EXPECTED }).regex(PARTY_ID, { error: PARTY_EXPECTED });

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(' | ')}` });

const CONFIDENCE_EXPECTED = 'expected a number from 0 to 1';
const confidence = z
  .number({ error: CONFIDENCE_EXPECTED })
  .min(0, { error: CONFIDENCE_EXPECTED })
  .max(1, { error: CONFIDENCE_EXPECTED });

/** The fields of a quotation an editor may correct (each may be cleared with null). */
const editable = {
  speaker: textField(200, { nonEmpty: true }).nullish(),
  party: party.nullish(),
  issue: oneOf(NEWS_ISSUES).nullish(),
  stance: oneOf(NEWS_STANCES).nullish(),
};

/** `start` and `end`: offsets into a text of `textLength` characters, 0 ≤ start < end ≤ textLength. */
function span(textLength: number) {
  const startExpected = `expected an offset into the article's text, 0 to ${Math.max(0, textLength - 1)}`;
  const endExpected = `expected an offset into the article's text, at most ${textLength}`;
  return {
    start: z
      .int({ error: startExpected })
      .min(0, { error: startExpected })
      .max(textLength - 1, { error: startExpected }),
    end: z.int({ error: endExpected }).max(textLength, { error: endExpected }),
  };
}

type Span = { start: number; end: number };
const offsets = (v: unknown): v is Span =>
  isRecord(v) && Number.isInteger(v.start) && Number.isInteger(v.end);

/**
 * The refinement that `end` comes after `start`; it runs even when other fields are bad (every bad
 * field is named at once), once `end` itself is a good offset.
 */
function endAfterStart(
  textLength: number,
): [
  (s: Span) => boolean,
  { path: string[]; error: (issue: { input?: unknown }) => string; when: (p: { value: unknown }) => boolean },
] {
  return [
    (s: Span) => s.end > s.start,
    {
      path: ['end'],
      error: (issue: { input?: unknown }) =>
        `expected an offset after start (${(issue.input as Span).start})`,
      when: ({ value }) => offsets(value) && value.end <= textLength,
    },
  ];
}

const spanSchema = (textLength: number) => z.object(span(textLength)).refine(...endAfterStart(textLength));

type Based = { stance?: unknown; stanceBasis?: unknown };
const hasBasis = (v: unknown): v is Based =>
  isRecord(v) && (STANCE_BASES as readonly unknown[]).includes(v.stanceBasis);

/**
 * The refinement that a stance basis comes with a side ('supports change' or 'opposes change'),
 * the only stances one gives; it runs even when other fields are bad, once the basis is good.
 */
const basisWithSide: [
  (q: Based) => boolean,
  { path: string[]; error: (issue: { input?: unknown }) => string; when: (p: { value: unknown }) => boolean },
] = [
  (q) => q.stanceBasis == null || SIDE_STANCES.includes(q.stance as string),
  {
    path: ['stanceBasis'],
    error: (issue) =>
      `expected no basis for the stance ${JSON.stringify((issue.input as Based).stance ?? null)} (a stance from the speaker's side is ${SIDE_STANCES.map((x) => `"${x}"`).join(' or ')})`,
    when: ({ value }) => hasBasis(value),
  },
];

/** A quotation of a text of `textLength` characters; its `text` (as an export shows it) is not read. */
function quotationShape(textLength: number) {
  return {
    ...editable,
    ...span(textLength),
    stanceBasis: oneOf(STANCE_BASES).nullish(),
    confidence: confidence.nullish(),
    text: z.unknown().optional(),
  };
}

const quotationSchema = (textLength: number) =>
  z
    .strictObject(quotationShape(textLength), { error: 'expected a quotation object' })
    .refine(...endAfterStart(textLength))
    .refine(...basisWithSide);

/** A list of at most MAX_QUOTATIONS items, counted before any is read. */
const quotationList = <T extends z.ZodType>(item: T) =>
  z
    .array(z.unknown(), { error: 'expected a list of quotations' })
    .max(MAX_QUOTATIONS, { error: `expected at most ${MAX_QUOTATIONS} quotations` })
    .pipe(z.array(item));

const ARTICLE_TEXT_EXPECTED = "expected the article's text";
const articleText = z
  .string({ error: ARTICLE_TEXT_EXPECTED })
  .refine((s) => s.trim() !== '', { error: ARTICLE_TEXT_EXPECTED, abort: true })
  .max(MAX_ARTICLE_TEXT, { error: `expected at most ${MAX_ARTICLE_TEXT} characters`, abort: true })
  .refine((s) => !s.includes('\u0000'), {
    error: 'expected no NUL character (\\u0000): one cannot be stored',
  });

/** An article's own fields (without its quotations). */
const articleFields = {
  text: articleText,
  title: textField(500, { nonEmpty: true }).nullish(),
  url: httpUrlField.nullish(),
  outlet: textField(200, { nonEmpty: true }).nullish(),
  date: dayField.nullish(),
};

const articleSchema = (textLength: number) =>
  z.strictObject(
    { ...articleFields, quotations: quotationList(quotationSchema(textLength)).nullish() },
    { error: 'expected an article object' },
  );

/** The length of `input`'s text, to check its quotations' spans against (0 without one). */
const textLengthOf = (input: Record<string, unknown>) =>
  typeof input.text === 'string' ? input.text.length : 0;

export interface CheckedQuotation {
  speaker: string | null;
  party: string | null;
  start: number;
  end: number;
  issue: string | null;
  stance: string | null;
  stanceBasis: StanceBasis | null;
  confidence: number | null;
}

const checkedQuotation = (q: z.output<ReturnType<typeof quotationSchema>>): CheckedQuotation => ({
  speaker: q.speaker ?? null,
  party: q.party ?? null,
  start: q.start,
  end: q.end,
  issue: q.issue ?? null,
  stance: q.stance ?? null,
  stanceBasis: q.stanceBasis ?? null,
  confidence: q.confidence ?? null,
});

export interface CheckedArticle {
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  date: string | null;
  quotations: CheckedQuotation[];
}

/** An article to import with its quotations (NewArticle), or a StoreError naming every bad field. */
export function checkArticle(input: NewArticle | unknown, at = ''): CheckedArticle {
  const a = objectAt(input, at, 'an article object');
  const problems: Problem[] = [];
  const checked = parseInto(articleSchema(textLengthOf(a)), a, at, problems);
  failIfAny(problems);
  const { text, title, url, outlet, date, quotations } = checked as NonNullable<typeof checked>;
  return {
    text,
    title: title ?? null,
    url: url ?? null,
    outlet: outlet ?? null,
    date: date ?? null,
    quotations: (quotations ?? []).map(checkedQuotation),
  };
}

/** A correction: only the fields given change; a new span must fit the article's text. */
export function checkCorrection(
  input: QuotationCorrection | unknown,
  current: Span,
  textLength: number,
): QuotationCorrection {
  const c = objectAt(input, '', 'a correction object');
  const problems: Problem[] = [];
  const fields = parseInto(
    z.strictObject({ ...editable, start: z.unknown().optional(), end: z.unknown().optional() }),
    c,
    '',
    problems,
  );
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(editable) as (keyof typeof editable)[])
    if (fields && key in c) out[key] = fields[key] ?? null;
  if (c.start !== undefined || c.end !== undefined) {
    const moved = parseInto(
      spanSchema(textLength),
      { start: c.start ?? current.start, end: c.end ?? current.end },
      '',
      problems,
    );
    if (moved) Object.assign(out, moved);
  }
  failIfAny(problems);
  return out as QuotationCorrection;
}

const idOf = (what: string) => {
  const error = `expected a ${what} id`;
  return z
    .string({ error })
    .max(80, { error })
    .refine((s) => s.trim() !== '', { error });
};

const acceptanceSchema = z.strictObject(
  {
    party: idOf('party'),
    issue: idOf('issue'),
    option: idOf('option'),
    stance: idOf('stance'),
    date: dayField.nullish(),
  },
  { error: 'expected an acceptance object' },
);

/** An acceptance's own shape; the negotiation's model checks that party, issue, option and stance exist. */
export function checkAcceptance(input: Acceptance | unknown): Acceptance {
  const a = objectAt(input, '', 'an acceptance object');
  const problems: Problem[] = [];
  const checked = parseInto(acceptanceSchema, a, '', problems);
  failIfAny(problems);
  const accepted = checked as NonNullable<typeof checked>;
  return { ...accepted, date: accepted.date ?? null };
}

const ITEM_ID_EXPECTED = 'expected an id (letters, digits, - or _)';
const itemId = z
  .string({ error: ITEM_ID_EXPECTED })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: ITEM_ID_EXPECTED });

/** A quotation of an exported article (`text` is its text, `articleId` its id), with its review. */
function exportedQuotationSchema(text: string, articleId: unknown) {
  const textLength = text.length;
  return z
    .strictObject(
      {
        ...quotationShape(textLength),
        id: itemId.optional(),
        articleId: z
          .unknown()
          .refine((v) => v === articleId, { error: "expected the article's id" })
          .optional(),
        review: oneOf(REVIEW_STATES).nullish(),
        proposed: quotationSchema(textLength).nullish(),
        reviewedAt: timeField.nullish(),
        // The positions of the export name the quotations they cite: these are not read.
        positionIds: z.unknown().optional(),
        createdAt: timeField.optional(),
      },
      { error: 'expected a quotation object' },
    )
    .refine(...endAfterStart(textLength))
    .refine(...basisWithSide)
    .refine((q) => q.text === undefined || q.text === text.slice(q.start, q.end), {
      path: ['text'],
      error: "expected the article's text between start and end",
      when: ({ value }) =>
        offsets(value) && value.start >= 0 && value.start < value.end && value.end <= textLength,
    });
}

const exportedArticleSchema = (text: string, articleId: unknown) =>
  z.strictObject(
    {
      ...articleFields,
      id: itemId.optional(),
      createdAt: timeField.optional(),
      quotations: quotationList(exportedQuotationSchema(text, articleId)).nullish(),
    },
    { error: 'expected an article object' },
  );

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

/**
 * An article of an export (`articles.N`): its fields as at import, plus its id, its times, and
 * each quotation's review. An id left out is made; a time left out is now (the article's, for its
 * quotations).
 */
export function checkExportedArticle(item: unknown, at: string, problems: Problem[]): ImportArticle | null {
  if (!isRecord(item)) {
    problems.push({ path: at, message: `expected an article object, got ${describeValue(item)}` });
    return null;
  }
  const text = typeof item.text === 'string' ? item.text : '';
  const a = parseInto(exportedArticleSchema(text, item.id), item, at, problems);
  if (!a) return null;
  const createdAt = a.createdAt === undefined ? new Date() : new Date(a.createdAt);
  return {
    id: a.id ?? shortId(),
    text: a.text,
    title: a.title ?? null,
    url: a.url ?? null,
    outlet: a.outlet ?? null,
    date: a.date ?? null,
    createdAt,
    quotations: (a.quotations ?? []).map((q) => {
      const checked = checkedQuotation(q);
      const proposed = q.proposed ? checkedQuotation(q.proposed) : checked;
      return {
        ...checked,
        id: q.id ?? shortId(),
        text: a.text.slice(q.start, q.end),
        review: q.review ?? 'proposed',
        proposed: {
          speaker: proposed.speaker,
          party: proposed.party,
          start: proposed.start,
          end: proposed.end,
          issue: proposed.issue,
          stance: proposed.stance,
          stanceBasis: proposed.stanceBasis,
        },
        reviewedAt: q.reviewedAt ? new Date(q.reviewedAt) : null,
        createdAt: q.createdAt === undefined ? createdAt : new Date(q.createdAt),
      };
    }),
  };
}
