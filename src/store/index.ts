import type { z } from 'zod';
import type { Incident } from '../law/index.js';
import type { Negotiation, Position, positionSchema } from '../negotiation/index.js';
import type { ReviewState, StanceBasis } from './news-vocabulary.js';

/**
 * The store: what users create (saved scenarios, their own cases, their own regimes) and the
 * editors' tokens, kept in PostgreSQL through drizzle-orm: the embedded PGlite by default (data in
 * ./.recourse/ or RECOURSE_DATA), a PostgreSQL server when DATABASE_URL is set. This file is the
 * contract the API and the command line build on.
 *
 * Every write is one transaction: it is all there once the promise resolves, or none of it is.
 * Bad input is refused with a StoreError naming the field by its dotted path, as the CLI does.
 * Times are ISO 8601 strings in UTC (`2026-12-02T09:30:00.000Z`).
 */

/** A scenario to save: an incident and the regimes (and `--with` laws) to evaluate it under. */
export interface NewScenario {
  readonly title?: string | null;
  /** The v1 incident (validated with the library's incident schema). */
  readonly incident: Incident;
  /** Regime ids: built-in (`current`, `gfjpa-2021`, ...) or user regimes. Empty: the defaults. */
  readonly regimes?: readonly string[];
  /** State or local laws applied hypothetically everywhere (`--with`). */
  readonly with?: readonly string[];
}

/** A saved scenario, under its short shareable id. */
export interface Scenario {
  readonly id: string;
  readonly title: string | null;
  readonly incident: Incident;
  readonly regimes: readonly string[];
  readonly with: readonly string[];
  readonly createdAt: string;
}

export interface ScenarioSummary {
  readonly id: string;
  readonly title: string | null;
  /** The incident's own id (its slug). */
  readonly incident: string;
  readonly createdAt: string;
}

/** A user's own case: an incident, kept under the incident's id. */
export interface NewCase {
  readonly incident: Incident;
}

/** A case: the user's own, or one of the bundled data/cases (`bundled`, read-only). */
export interface StoredCase {
  readonly id: string;
  readonly incident: Incident;
  readonly bundled: boolean;
  readonly createdAt: string;
}

export interface CaseSummary {
  readonly id: string;
  readonly title: string | null;
  readonly date: string;
  readonly state: string;
  readonly bundled: boolean;
  readonly createdAt: string;
}

/**
 * A user regime: a package of provisions (ids of `PROVISIONS`, the proposals' provisions) on top
 * of `base` (a built-in regime id; `current` when absent). The library builds it with
 * `composeRegime`/`regimeWith`.
 */
export interface NewRegime {
  readonly id: string;
  readonly title: string;
  readonly provisions: readonly string[];
  readonly base?: string | null;
  /** State or local laws (ids of `STATE_AND_LOCAL_LAWS`) applied everywhere whenever the regime is used. */
  readonly with?: readonly string[];
}

export interface UserRegime {
  readonly id: string;
  readonly title: string;
  readonly provisions: readonly string[];
  readonly base: string | null;
  /** State or local laws applied everywhere whenever the regime is used; empty for none. */
  readonly with: readonly string[];
  readonly createdAt: string;
}

/**
 * A page of a list in its order (scenarios and articles oldest first; cases bundled first, then
 * by id; regimes by id): at most `limit` items, those after the item whose id is `after` (the last
 * of the previous page); an `after` no item has is refused (StoreError 'invalid', path `after`).
 */
export interface Page {
  readonly limit: number;
  readonly after?: string;
}

/** Create, read, list and remove; `remove` says whether there was something to remove. */
export interface Collection<New, Item, Summary> {
  create(item: New): Promise<Item>;
  get(id: string): Promise<Item | null>;
  /** Every item, or one page of them where the collection has pages. */
  list(page?: Page): Promise<Summary[]>;
  remove(id: string): Promise<boolean>;
}

/**
 * A position to record: the negotiation model's `Position` (party, issue, option, stance, date,
 * dateInferred, dateAsGiven, evidence: at least one piece) for a party, issue and option of the
 * negotiation, and the stored news quotations (`quotationIds`) it rests on, if any.
 */
export type NewPosition = z.input<typeof positionSchema> & { readonly quotationIds?: readonly string[] };

/** A recorded position, under its short id; `updatedAt` is the time of its last edit. */
export type StoredPosition = Position & {
  readonly id: string;
  readonly quotationIds: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** Which positions to list: of a party, on an issue, known as of a day (`date` on or before it). */
export interface PositionFilter {
  readonly party?: string;
  readonly issue?: string;
  readonly asOf?: string;
}

/**
 * The users' positions. Evidence is required on every change: `create` refuses a position without
 * any, and `update` (which replaces the position whole) one that brings no evidence it did not
 * have. A position that changes with time is better recorded as a new, later-dated position.
 */
export interface Positions {
  create(input: NewPosition): Promise<StoredPosition>;
  /** Null when there is no position with this id. */
  update(id: string, input: NewPosition): Promise<StoredPosition | null>;
  get(id: string): Promise<StoredPosition | null>;
  /** By date, then creation. */
  list(filter?: PositionFilter): Promise<StoredPosition[]>;
  remove(id: string): Promise<boolean>;
}

export interface TokenInfo {
  readonly id: string;
  readonly label: string;
  readonly createdAt: string;
}

/** Editors' tokens: only a hash is stored; the token itself is shown once, at creation. */
export interface Tokens {
  create(label: string): Promise<{ id: string; token: string }>;
  /** True for a token created here and not revoked, or for the RECOURSE_TOKEN of the store's options. */
  verify(token: string): Promise<boolean>;
  list(): Promise<TokenInfo[]>;
  revoke(id: string): Promise<boolean>;
}

/**
 * News review (issue 15): an imported article keeps its text as extracted (sanitised plain text,
 * never HTML) and its quotations as `proposed`; an editor accepts, corrects or rejects each.
 * `issue` and `stance` use the vocabulary of the article annotations (NEWS_ISSUES, NEWS_STANCES).
 */

/** A quotation as the extractor gives it: its span is character offsets into the article's text. */
export interface NewQuotation {
  readonly speaker?: string | null;
  /** The negotiation party the speaker stands for (a party id), when the extractor knows it. */
  readonly party?: string | null;
  readonly start: number;
  readonly end: number;
  readonly issue?: string | null;
  readonly stance?: string | null;
  /**
   * Set when no word of the quotation says the stance (it is read from the speaker's role in the
   * article): a reviewer should check it. Only with 'supports change' or
   * 'opposes change'.
   */
  readonly stanceBasis?: StanceBasis | null;
  readonly confidence?: number | null;
}

/** An article to import: its extracted text and where it came from, with the quotations found in it. */
export interface NewArticle {
  readonly text: string;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly outlet?: string | null;
  /** The day it was published, YYYY-MM-DD. */
  readonly date?: string | null;
  readonly quotations: readonly NewQuotation[];
}

/** What the extractor proposed, kept as it was when an editor corrects the quotation. */
export interface ProposedQuotation {
  readonly speaker: string | null;
  readonly party: string | null;
  readonly start: number;
  readonly end: number;
  readonly issue: string | null;
  readonly stance: string | null;
  readonly stanceBasis: StanceBasis | null;
}

export interface Quotation {
  readonly id: string;
  readonly articleId: string;
  readonly speaker: string | null;
  readonly party: string | null;
  /** The quotation: always the article's text between `start` and `end`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly issue: string | null;
  readonly stance: string | null;
  /**
   * Where the stance came from when the quotation's words do not say it (see NewQuotation); null
   * when they do, or once an editor changed the stance.
   */
  readonly stanceBasis: StanceBasis | null;
  readonly confidence: number | null;
  readonly review: ReviewState;
  /** The extractor's proposal, as it was; equal to the fields above until an editor corrects them. */
  readonly proposed: ProposedQuotation;
  readonly reviewedAt: string | null;
  /** The positions this quotation is evidence for (once accepted). */
  readonly positionIds: readonly string[];
  readonly createdAt: string;
}

export interface ArticleInfo {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly createdAt: string;
}

export interface Article extends ArticleInfo {
  readonly text: string;
  readonly quotations: readonly Quotation[];
}

export interface ArticleSummary extends ArticleInfo {
  readonly quotations: number;
  /** Quotations still to review (proposed or corrected). */
  readonly pending: number;
}

/** A quotation waiting for review, with the article it is from. */
export interface QueueItem extends Quotation {
  readonly article: ArticleInfo;
}

/** An editor's correction: any of the fields; the span is re-read from the article's text. */
export interface QuotationCorrection {
  readonly speaker?: string | null;
  readonly party?: string | null;
  readonly issue?: string | null;
  readonly stance?: string | null;
  readonly start?: number;
  readonly end?: number;
}

/**
 * An editor's acceptance: the position the quotation is evidence for, on the negotiation's scale.
 * `date` is the day it holds from (default: the article's date).
 */
export interface Acceptance {
  readonly party: string;
  readonly issue: string;
  readonly option: string;
  readonly stance: string;
  readonly date?: string | null;
}

export interface Articles {
  /** One transaction: the article and all its quotations (as `proposed`), or nothing. */
  import(article: NewArticle): Promise<Article>;
  get(id: string): Promise<Article | null>;
  /** The articles oldest first: all, or one page. */
  list(page?: Page): Promise<ArticleSummary[]>;
  /** Removes an article and its quotations; the positions they became keep their own evidence. */
  remove(id: string): Promise<boolean>;
  /** The quotations to review (proposed or corrected), oldest article first. */
  queue(): Promise<QueueItem[]>;
  quotation(id: string): Promise<Quotation | null>;
  /** Corrects a quotation still under review; it becomes `corrected`. Null: no such quotation. */
  correct(id: string, correction: QuotationCorrection): Promise<Quotation | null>;
  /** Rejects a quotation still under review. Null: no such quotation. */
  reject(id: string): Promise<Quotation | null>;
  /**
   * Accepts a quotation still under review: one transaction records the position, with the
   * quotation as its evidence, and marks the quotation `accepted`. Null: no such quotation.
   */
  accept(id: string, acceptance: Acceptance): Promise<{ quotation: Quotation; positionId: string } | null>;
}

/**
 * Everything users created, as lossless JSON (`recourse export`). Bundled cases are not in it
 * (they come with Recourse), nor are tokens (credentials are not content).
 */
export interface RecourseExport {
  readonly format: 'recourse-export';
  readonly version: 1;
  readonly exportedAt: string;
  readonly scenarios: readonly Scenario[];
  readonly cases: readonly StoredCase[];
  readonly regimes: readonly UserRegime[];
  readonly positions: readonly StoredPosition[];
  /** Imported news articles, each with its quotations and their review (an older export has none). */
  readonly articles: readonly Article[];
}

/** What an import added; `unchanged` counts items already there, identical. */
export interface ImportCounts {
  readonly scenarios: number;
  readonly cases: number;
  readonly regimes: number;
  readonly positions: number;
  readonly articles: number;
  readonly unchanged: number;
}

export interface Store {
  readonly scenarios: Collection<NewScenario, Scenario, ScenarioSummary>;
  readonly cases: Collection<NewCase, StoredCase, CaseSummary>;
  /** Listed whole: a saved regime is a few ids. */
  readonly regimes: Collection<NewRegime, UserRegime, UserRegime>;
  readonly positions: Positions;
  readonly tokens: Tokens;
  readonly articles: Articles;
  exportAll(): Promise<RecourseExport>;
  /** One transaction: all of it is imported, or (on any bad or conflicting item) none. */
  importAll(data: unknown): Promise<ImportCounts>;
  /** Which database this is, for logs: `pglite:<dir>`, `pglite:memory` or `postgres:<host>/<db>`. */
  readonly description: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PGlite's data directory (default: RECOURSE_DATA, else ./.recourse). `memory://` keeps it in memory. */
  readonly dataDir?: string;
  /** A PostgreSQL URL (default: DATABASE_URL, unless `dataDir` is given); when set, PGlite is not used. */
  readonly databaseUrl?: string;
  /** Load (and keep up to date) the bundled data/cases; default true. */
  readonly loadBundledCases?: boolean;
  /** Where the bundled cases are (default: the package's data/cases). */
  readonly bundledCasesDir?: string;
  /** A token always accepted for writes (default: RECOURSE_TOKEN). */
  readonly envToken?: string;
  /** The negotiation positions belong to (default: the bundled data/negotiation/us-2020-2022.yaml). */
  readonly negotiation?: Negotiation;
}

export { PARTY_ID } from './article-checks.js';
export { articleToImport } from './articles.js';
export { StoreBusyError, StoreError, StoreUnavailableError } from './errors.js';
export { shortId } from './ids.js';
export {
  NEWS_ISSUES,
  NEWS_STANCES,
  REVIEW_STATES,
  type ReviewState,
  STANCE_BASES,
  type StanceBasis,
} from './news-vocabulary.js';
export { openStore } from './open.js';
export { bundledNegotiation } from './positions.js';
export { dayField, httpUrlField, textField, userRegime } from './validate.js';
