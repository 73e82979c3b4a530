import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { Incident } from '../law/index.js';
import type { Evidence } from '../negotiation/index.js';
import type { ProposedQuotation } from './index.js';

/**
 * The tables (PostgreSQL 15 and PGlite's 18 alike: nothing newer than 15 is used). Migrations are
 * generated from this file with drizzle-kit (`npm run db:generate`) into drizzle/, committed, and
 * applied at start. Documents (incidents, lists of ids) are jsonb: they are validated by the
 * library's zod schemas before they are written, and read back whole.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** Saved scenarios, under a short shareable id. */
export const scenarios = pgTable(
  'scenarios',
  {
    id: text('id').primaryKey(),
    title: text('title'),
    incident: jsonb('incident').$type<Incident>().notNull(),
    regimes: jsonb('regimes').$type<string[]>().notNull(),
    with: jsonb('with').$type<string[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('scenarios_created_at').on(t.createdAt)],
);

/** Cases: the users' own, and the bundled data/cases (`bundled`, kept in step with the install). */
export const cases = pgTable('cases', {
  id: text('id').primaryKey(),
  incident: jsonb('incident').$type<Incident>().notNull(),
  bundled: boolean('bundled').notNull().default(false),
  createdAt: createdAt(),
});

/** User regimes: packages of provisions on top of a built-in regime. */
export const regimes = pgTable('regimes', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  provisions: jsonb('provisions').$type<string[]>().notNull(),
  base: text('base'),
  /** State or local laws the package applies everywhere (ids of STATE_AND_LOCAL_LAWS), kept with it. */
  with: jsonb('with').$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
});

/** Editors' tokens: the SHA-256 of the token, never the token. */
export const tokens = pgTable('tokens', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  hash: text('hash').notNull().unique(),
  createdAt: createdAt(),
});

/** What the store did once and must not do again, and its version of the bundled data. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/*
 * Tables for features that arrive with their own issues, created empty now so that those issues
 * add code, not a reshaping of the store. They join export/import when their code lands.
 */

/**
 * Imported news articles (src/news): the text as read, where it came from, and when.
 * `text` is the article as extracted; quotations point into it by character offsets.
 */
export const articles = pgTable('articles', {
  id: text('id').primaryKey(),
  url: text('url'),
  title: text('title'),
  outlet: text('outlet'),
  publishedOn: text('published_on'),
  text: text('text').notNull(),
  createdAt: createdAt(),
});

/**
 * Quotations the extractor proposes from an article (speaker, span, issue and stance in the
 * vocabulary of the article annotations, confidence), and what a person decided about them:
 * `review` is 'proposed' | 'accepted' | 'rejected' | 'corrected'. Deleting an article deletes them.
 */
export const quotations = pgTable(
  'quotations',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    speaker: text('speaker'),
    text: text('text').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    issue: text('issue'),
    stance: text('stance'),
    /**
     * Where the stance came from when no word of the quotation says it (STANCE_BASES: the speaker's
     * role as the article introduces them); null when it is read in the words, or an editor changed it.
     */
    stanceBasis: text('stance_basis'),
    confidence: real('confidence'),
    review: text('review').notNull().default('proposed'),
    /** The negotiation party the speaker stands for (a party id of the negotiation data), if known. */
    party: text('party'),
    /** What the extractor proposed (speaker, party, span, issue, stance and its basis), kept when an editor corrects it. */
    proposed: jsonb('proposed').$type<ProposedQuotation>(),
    /** When an editor accepted, corrected or rejected it. */
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [index('quotations_article').on(t.articleId)],
);

/**
 * A position a user recorded on a negotiation issue (src/negotiation): a party's stance on an
 * option as of `date`, in the negotiation model's own shape (`Position`, validated with its zod
 * schema before it is written). `evidence` is the model's evidence list (speaker, quote or
 * paraphrase, url or source note, date), never empty; `updatedAt` moves when an edit brings new
 * evidence.
 */
export const positions = pgTable(
  'positions',
  {
    id: text('id').primaryKey(),
    party: text('party').notNull(),
    issue: text('issue').notNull(),
    option: text('option').notNull(),
    stance: text('stance').notNull(),
    date: text('date').notNull(),
    dateInferred: boolean('date_inferred').notNull().default(false),
    dateAsGiven: text('date_as_given'),
    evidence: jsonb('evidence').$type<Evidence[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('positions_party_issue').on(t.party, t.issue), index('positions_date').on(t.date)],
);

/**
 * The stored news quotations (`quotations`) a position cites, in the order given. Deleting a
 * quotation (or its article) drops the link only: the position keeps its own evidence.
 */
export const positionQuotations = pgTable(
  'position_quotations',
  {
    positionId: text('position_id')
      .notNull()
      .references(() => positions.id, { onDelete: 'cascade' }),
    quotationId: text('quotation_id')
      .notNull()
      .references(() => quotations.id, { onDelete: 'cascade' }),
    ord: integer('ord').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.positionId, t.quotationId] }),
    index('position_quotations_quotation').on(t.quotationId),
  ],
);
