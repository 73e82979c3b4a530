import type { ExtractedQuote } from '../news/extract.js';
import { NEWS_ISSUES as ISSUES, type NewsIssue } from '../news/issues.js';
import { type NewsStance, NEWS_STANCES as STANCES } from '../news/stance.js';

/**
 * The vocabulary of news quotations (src/news: the issue and stance of the article annotations)
 * as the store checks it, and the states of an editor's review.
 */
export const NEWS_ISSUES = ISSUES as readonly [NewsIssue, ...NewsIssue[]];
export const NEWS_STANCES = STANCES as readonly [NewsStance, ...NewsStance[]];

/** `proposed` (from the extractor), `corrected` (edited, not yet accepted), `accepted`, `rejected`. */
export const REVIEW_STATES = ['proposed', 'corrected', 'accepted', 'rejected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * Where a stance came from when no word of the quotation says it: the speaker's role as the
 * article introduces them (ExtractedQuote).
 */
export const STANCE_BASES = ['speaker role'] as const satisfies readonly NonNullable<
  ExtractedQuote['stanceBasis']
>[];
export type StanceBasis = (typeof STANCE_BASES)[number];
/** The stances such a basis gives: a side, never 'open or conditional' nor 'not a stance'. */
export const SIDE_STANCES: readonly string[] = ['supports change', 'opposes change'];
