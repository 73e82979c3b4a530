import { buildRegime, type Overlay, type Regime } from '../engine/index.js';
import { federalBaseline } from './baseline.js';
import {
  demFinalOfferChokeholdCondition,
  demFinalOfferNoKnock,
} from './bills/dem-final-offer-2021/final-offer.js';
import { HR_1280 } from './bills/hr-1280/index.js';
import { hr1280Sec201Registry } from './bills/hr-1280/title-ii-registry-and-data.js';
import { S_3985 } from './bills/s-3985/index.js';
import { scott2021EmployerLiability } from './bills/scott-2021/employer-liability.js';
import { eo14074AsIfInForce } from './executive/eo-14074-as-if-in-force.js';
import { anywhere, inPlace, STATE_AND_LOCAL_LAWS } from './states/index.js';

/**
 * The regimes Recourse knows, by their v1 ids (DESIGN.md §3). `current` is the federal baseline
 * with every state and local law applying by place and date. A proposal is `current` plus its
 * provisions, evaluated as if in force on the incident date (`hypothetical: true`).
 */
export interface ProposalSpec {
  readonly id: string;
  readonly title: string;
  readonly provisions: readonly Overlay[];
}

export const PROPOSALS: readonly ProposalSpec[] = [
  {
    id: 'gfjpa-2021',
    title: 'George Floyd Justice in Policing Act of 2021 (H.R. 1280, as passed by the House)',
    provisions: HR_1280,
  },
  { id: 'justice-act-2020', title: 'JUSTICE Act (S. 3985, 2020)', provisions: [...S_3985] },
  {
    id: 'scott-2021',
    title: 'Scott employer-liability framework (2021)',
    provisions: [scott2021EmployerLiability],
  },
  {
    id: 'dem-final-offer-2021',
    title: "Democrats' final offer (September 2021), as far as the sources go",
    provisions: [demFinalOfferChokeholdCondition, demFinalOfferNoKnock, hr1280Sec201Registry],
  },
  { id: 'eo-14074', title: 'Executive Order 14074 (2022), as if in force', provisions: [eo14074AsIfInForce] },
];

const STATE_LAW_IDS = new Set(STATE_AND_LOCAL_LAWS.map((l) => l.id));

/** Every provision that can be composed into a regime, by id. */
export const PROVISIONS: ReadonlyMap<string, Overlay> = new Map(
  PROPOSALS.flatMap((p) => p.provisions).map((o) => [o.id, o] as const),
);

/** What an id was taken for: a regime, or a state or local law applied everywhere. */
export type IdKind = 'regime' | 'state or local law';

/** An id that names no regime, or no state or local law; the faces say which of their fields held it. */
export class UnknownIdError extends Error {
  constructor(
    readonly kind: IdKind,
    readonly id: string,
    readonly expected: readonly string[],
  ) {
    super(`unknown ${kind} "${id}"; expected one of ${expected.join(', ')}`);
    this.name = 'UnknownIdError';
  }
}

/** The state and local laws in force by place and date, except those applied everywhere. */
function stateAndLocal(appliedEverywhere: readonly string[]): Overlay[] {
  for (const id of appliedEverywhere) {
    if (!STATE_LAW_IDS.has(id)) throw new UnknownIdError('state or local law', id, [...STATE_LAW_IDS]);
  }
  return STATE_AND_LOCAL_LAWS.map((law) =>
    appliedEverywhere.includes(law.id) ? anywhere(law) : inPlace(law),
  );
}

/**
 * Builds a regime from any set of provisions on top of the law in force. The result does not
 * depend on the order the provisions are listed in; conflicting provisions are an error naming
 * both (RegimeBuildError).
 */
export function composeRegime(spec: {
  id: string;
  title: string;
  provisions: readonly Overlay[];
  /** State or local laws applied everywhere, asked for at use: named in the id and title. */
  with?: readonly string[];
  /** State or local laws applied everywhere as part of the regime itself (a saved package's): not named. */
  ownLaws?: readonly string[];
}): Regime {
  const own = spec.ownLaws ?? [];
  const withLaws = (spec.with ?? []).filter((id) => !own.includes(id));
  const everywhere = [...own, ...withLaws];
  return buildRegime({
    id: withLaws.length > 0 ? `${spec.id}+${[...withLaws].sort().join('+')}` : spec.id,
    title: withLaws.length > 0 ? `${spec.title}, with ${withLaws.join(', ')} applied` : spec.title,
    hypothetical: spec.provisions.length > 0 || everywhere.length > 0,
    baseline: federalBaseline,
    overlays: [...stateAndLocal(everywhere), ...spec.provisions],
  });
}

export const current: Regime = composeRegime({
  id: 'current',
  title: 'The law in force on the incident date',
  provisions: [],
});

export const REGIMES: ReadonlyMap<string, Regime> = new Map([
  [current.id, current],
  ...PROPOSALS.map((p) => [p.id, composeRegime(p)] as const),
]);

/** All federal regimes: the default for evaluate and compare. */
export const DEFAULT_REGIMES: readonly string[] = [...REGIMES.keys()];

/** A regime by id, with state or local laws applied hypothetically everywhere (`--with`). */
export function regimeWith(id: string, withLaws: readonly string[]): Regime {
  if (withLaws.length === 0) {
    const regime = REGIMES.get(id);
    if (!regime) throw new UnknownIdError('regime', id, [...REGIMES.keys()]);
    return regime;
  }
  if (id === 'current') return composeRegime({ id, title: current.title, provisions: [], with: withLaws });
  const proposal = PROPOSALS.find((p) => p.id === id);
  if (!proposal) throw new UnknownIdError('regime', id, [...REGIMES.keys()]);
  return composeRegime({ ...proposal, with: withLaws });
}

export { STATE_AND_LOCAL_LAWS };
