/** The vocabulary of news quotations and their review (the article annotations' issue and stance). */

export const NEWS_ISSUES = [
  'QI',
  'S242',
  'CHOKEHOLD',
  'NOKNOCK',
  'DATA',
  'PATTERN',
  'UOF',
  'MILEQUIP',
  'FUNDING',
  'general',
] as const;
export const NEWS_STANCES = [
  'supports change',
  'opposes change',
  'open or conditional',
  'not a stance',
] as const;
/** `proposed` (from the extractor), `corrected` (edited, not yet accepted), `accepted`, `rejected`. */
export const REVIEW_STATES = ['proposed', 'corrected', 'accepted', 'rejected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
