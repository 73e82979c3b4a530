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
