/**
 * News extraction (issue 15): an article in, its quotations out, each with its speaker (and the
 * negotiation party), issue, stance and a confidence, for an editor to review.
 */
export {
  type AliasTable,
  aliasTable,
  aliasTableFromYaml,
  bundledAliasTable,
  type KnownOrganisation,
  type KnownPerson,
} from './aliases.js';
export { NewsInputError } from './errors.js';
export {
  type AnnotatedArticle,
  type AnnotatedQuote,
  type EvaluationReport,
  evaluateFolder,
  type Metric,
  type Mismatch,
  parseAnnotations,
  quoteKey,
  renderEvaluation,
  THRESHOLDS,
} from './evaluation.js';
export {
  type ExtractedArticle,
  type ExtractedQuote,
  type ExtractOptions,
  extractArticle,
} from './extract.js';
export { NEWS_ISSUES, type NewsIssue } from './issues.js';
export { MAX_ARTICLE_BYTES, type SourceFormat } from './source.js';
export { NEWS_STANCES, type NewsStance } from './stance.js';
