import { z } from 'zod';
import { ISSUES, STANCES } from '../negotiation/index.js';
import {
  dayField,
  httpUrlField,
  NEWS_ISSUES,
  NEWS_STANCES,
  PARTY_ID,
  REVIEW_STATES,
  STANCE_BASES,
  textField,
} from '../store/index.js';

/**
 * The news review queue's requests and responses as zod schemas (issue 15): the router checks
 * the requests with them and /openapi.json documents both from the same schemas. A day, a URL and
 * a text are the store's own fields, so a request the router lets through is one the store keeps.
 */

const partyId = z.string().regex(PARTY_ID, 'expected a party id (GET /v1/negotiation lists them)');
const offset = z.int().min(0).max(10_000_000);

export const articleImportRequest = z
  .strictObject({
    source: z
      .string()
      .min(1)
      .describe('the article as fetched: an HTML page, or its plain text (the body itself is at most 1 MB)'),
    format: z
      .enum(['html', 'text', 'auto'])
      .default('auto')
      .describe('how to read `source`; auto: HTML when it looks like markup'),
    url: httpUrlField
      .nullish()
      .describe('where the article was published: the source of the positions it becomes'),
    date: dayField.nullish().describe('the day it was published (the default date of its positions)'),
    outlet: textField(200, { nonEmpty: true }).nullish(),
    title: textField(500, { nonEmpty: true })
      .nullish()
      .describe("the article's title; default: the one read from the page"),
  })
  .meta({ id: 'ArticleImport' });

export const quotationCorrectionRequest = z
  .strictObject({
    speaker: textField(200, { nonEmpty: true }).nullish(),
    party: partyId.nullish(),
    issue: z.enum(NEWS_ISSUES).nullish(),
    stance: z.enum(NEWS_STANCES).nullish(),
    start: offset.optional().describe("the quotation's first character in the article's text"),
    end: offset.optional().describe('one past its last character'),
  })
  .meta({
    id: 'QuotationCorrection',
    description: 'only the fields given change; the span is re-read from the text',
  });

export const quotationAcceptRequest = z
  .strictObject({
    party: partyId.optional().describe('default: the party the speaker was matched to'),
    issue: z.enum(ISSUES).optional().describe("default: the quotation's issue"),
    option: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,79}$/, 'expected an option id of the issue')
      .optional()
      .describe("default: the first of the issue's options that changes the law"),
    stance: z.enum(STANCES).optional().describe("default: from the quotation's stance (see `proposal.how`)"),
    date: dayField.optional().describe("the day the position holds from; default: the article's date"),
  })
  .meta({
    id: 'QuotationAcceptance',
    description:
      'The position the quotation becomes; every field left out takes the proposal shown with the quotation',
  });

const proposal = z
  .object({
    party: z.string().nullable(),
    issue: z.enum(ISSUES).nullable(),
    option: z.string().nullable(),
    stance: z.enum(STANCES).nullable(),
    how: z.array(z.string()).describe('how each part was proposed, in words'),
  })
  .meta({
    id: 'PositionProposal',
    description: 'The default position offered to the editor for a quotation',
  });

const articleInfo = {
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  createdAt: z.string(),
};

const stanceBasis = z
  .enum(STANCE_BASES)
  .nullable()
  .describe(
    "where the stance came from when no word of the quotation says it: the speaker's role as the article introduces them (a victim's relative, a civil-rights advocate); null when the words say it. A reviewer should check that the words bear such a stance out",
  );

const proposedQuotation = z.object({
  speaker: z.string().nullable(),
  party: z.string().nullable(),
  start: z.int(),
  end: z.int(),
  issue: z.enum(NEWS_ISSUES).nullable(),
  stance: z.enum(NEWS_STANCES).nullable(),
  stanceBasis,
});

export const quotationSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    speaker: z.string().nullable(),
    party: z.string().nullable(),
    text: z.string().describe("the article's text between start and end"),
    start: z.int(),
    end: z.int(),
    issue: z.enum(NEWS_ISSUES).nullable(),
    stance: z.enum(NEWS_STANCES).nullable(),
    stanceBasis: stanceBasis.describe(
      `${stanceBasis.description}; null too once an editor changed the stance (\`proposed\` keeps the extractor's)`,
    ),
    confidence: z.number().nullable(),
    review: z.enum(REVIEW_STATES),
    proposed: proposedQuotation.describe('what the extractor proposed, kept when an editor corrects it'),
    reviewedAt: z.string().nullable(),
    positionIds: z.array(z.string()).describe('the positions it is evidence for, once accepted'),
    createdAt: z.string(),
    proposal: proposal.optional(),
  })
  .meta({ id: 'Quotation' });

export const articleSchema = z
  .object({ ...articleInfo, text: z.string(), quotations: z.array(quotationSchema) })
  .meta({
    id: 'Article',
    description: 'An imported article: its text as extracted (plain text, never HTML)',
  });

export const articleSummaryList = z.array(
  z
    .object({ ...articleInfo, quotations: z.int(), pending: z.int().describe('quotations still to review') })
    .meta({ id: 'ArticleSummary' }),
);

export const queueList = z.array(
  quotationSchema.extend({ article: z.object(articleInfo) }).meta({ id: 'QueueItem' }),
);

export const acceptanceResult = z
  .object({
    quotation: quotationSchema,
    positionId: z.string(),
    position: z.unknown().describe('the position recorded, as GET of the position returns it'),
  })
  .meta({ id: 'QuotationAccepted' });

export const newsVocabulary = z
  .object({
    issues: z
      .array(z.enum(NEWS_ISSUES))
      .describe("a quotation's issue: the negotiation's issues (GET /v1/negotiation), and 'general'"),
    stances: z.array(z.enum(NEWS_STANCES)).describe("a quotation's stance toward changing the law"),
    reviews: z.array(z.enum(REVIEW_STATES)).describe("the states of an editor's review, in order"),
  })
  .meta({
    id: 'NewsVocabulary',
    description: 'The words a quotation is annotated and reviewed with, as the store checks them',
  });
