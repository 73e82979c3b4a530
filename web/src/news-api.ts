/**
 * The news review queue's calls to the API (issue 15). The types are the server's own, imported
 * as types only.
 */
import type { PositionProposal } from '../../src/news/position-proposal.js';
import type { Article, QueueItem, Quotation } from '../../src/store/index.js';
import { call } from './api.js';

export type ReviewedQuotation = Quotation & { readonly proposal: PositionProposal };
export type ReviewedArticle = Omit<Article, 'quotations'> & {
  readonly quotations: readonly ReviewedQuotation[];
};
export type QueuedQuotation = QueueItem & { readonly proposal: PositionProposal };

export interface ArticleImport {
  readonly source: string;
  readonly format: 'html' | 'text' | 'auto';
  readonly url?: string;
  readonly date?: string;
  readonly outlet?: string;
}

export interface Correction {
  readonly speaker?: string | null;
  readonly issue?: string | null;
  readonly stance?: string | null;
  readonly start?: number;
  readonly end?: number;
}

export interface Acceptance {
  readonly party?: string;
  readonly issue?: string;
  readonly option?: string;
  readonly stance?: string;
  readonly date?: string;
}

export interface Accepted {
  readonly quotation: ReviewedQuotation;
  readonly positionId: string;
}

/**
 * The negotiation's parties, its issues with their options, and its stance scale: what an accepted
 * quotation may become.
 */
export interface NegotiationChoices {
  readonly parties: readonly { readonly id: string; readonly name: string }[];
  readonly stances: readonly string[];
  readonly issues: readonly {
    readonly id: string;
    readonly title: string;
    readonly options: readonly { readonly id: string; readonly title: string }[];
  }[];
}

/** The issues and stances a quotation may have, and the states of its review (GET /v1/news/vocabulary). */
export interface NewsVocabulary {
  readonly issues: readonly string[];
  readonly stances: readonly string[];
  readonly reviews: readonly string[];
}

const at = (id: string) => `/v1/news/quotations/${encodeURIComponent(id)}`;

export const newsApi = {
  choices: () => call<NegotiationChoices>('GET', '/v1/negotiation'),
  vocabulary: () => call<NewsVocabulary>('GET', '/v1/news/vocabulary'),
  queue: () => call<QueuedQuotation[]>('GET', '/v1/news/queue'),
  article: (id: string) => call<ReviewedArticle>('GET', `/v1/news/articles/${encodeURIComponent(id)}`),
  importArticle: (a: ArticleImport, token: string) =>
    call<ReviewedArticle>('POST', '/v1/news/articles', a, token),
  correct: (id: string, c: Correction, token: string) =>
    call<ReviewedQuotation>('POST', `${at(id)}/correct`, c, token),
  reject: (id: string, token: string) => call<Quotation>('POST', `${at(id)}/reject`, undefined, token),
  /** A recorded position (the negotiation's API): where the link to it goes. */
  position: (id: string) =>
    call<{ readonly id: string; readonly date: string }>(
      'GET',
      `/v1/negotiation/positions/${encodeURIComponent(id)}`,
    ),
  accept: (id: string, a: Acceptance, token: string) => call<Accepted>('POST', `${at(id)}/accept`, a, token),
};
