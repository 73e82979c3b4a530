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
import { call } from './api.js';

export type { DealSpaceAnswer, NegotiationAnswer, PackageAnswer, PositionAnswer, TimelineAnswer };

export const negotiationApi = {
  negotiation: () => call<NegotiationAnswer>('GET', '/v1/negotiation'),
  positions: () => call<PositionAnswer[]>('GET', '/v1/negotiation/positions'),
  dealSpace: (asOf: string) =>
    call<DealSpaceAnswer>('GET', `/v1/negotiation/deal-space?asOf=${encodeURIComponent(asOf)}`),
  timeline: () => call<TimelineAnswer>('GET', '/v1/negotiation/timeline'),
  judge: (asOf: string, options: Record<string, string>) =>
    call<PackageAnswer>('POST', '/v1/negotiation/package', { asOf, options }),
};
