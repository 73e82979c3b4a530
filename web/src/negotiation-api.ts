/**
 * The negotiation endpoints of the API (/v1/negotiation...), for the negotiation view. The answers'
 * types are the server's own (imported as types only).
 */
import type {
  DealSpaceAnswer,
  NegotiationAnswer,
  PackageAnswer,
  PositionAnswer,
  TimelineAnswer,
} from '../../src/api/negotiation-endpoints.js';
import type { FieldProblem } from '../../src/api/problem.js';
import { ApiError } from './api.js';

export type { DealSpaceAnswer, NegotiationAnswer, PackageAnswer, PositionAnswer, TimelineAnswer };

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as {
      title?: string;
      errors?: FieldProblem[];
    } | null;
    throw new ApiError(res.status, problem?.title ?? res.statusText, problem?.errors ?? []);
  }
  return (await res.json()) as T;
}

export const negotiationApi = {
  negotiation: () => call<NegotiationAnswer>('GET', '/v1/negotiation'),
  positions: () => call<PositionAnswer[]>('GET', '/v1/negotiation/positions'),
  dealSpace: (asOf: string) =>
    call<DealSpaceAnswer>('GET', `/v1/negotiation/deal-space?asOf=${encodeURIComponent(asOf)}`),
  timeline: () => call<TimelineAnswer>('GET', '/v1/negotiation/timeline'),
  judge: (asOf: string, options: Record<string, string>) =>
    call<PackageAnswer>('POST', '/v1/negotiation/package', { asOf, options }),
};
