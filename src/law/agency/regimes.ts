import { buildRegime, type Overlay, type Regime } from '../../engine/index.js';
import { DEM_FINAL_OFFER_AGENCY } from '../bills/dem-final-offer-2021/agency.js';
import { HR_1280_AGENCY, HR_1280_NOT_ADDRESSED } from '../bills/hr-1280/agency.js';
import { S_3985_AGENCY, S_3985_NOT_ADDRESSED } from '../bills/s-3985/agency.js';
import { eo14074AgencyAsIfInForce } from '../executive/eo-14074-agency-as-if-in-force.js';
import { CURRENT_AGENCY } from '../federal/agency.js';
import { UnknownIdError } from '../regimes.js';
import { anywhere, type PlaceOverlay, STATE_AND_LOCAL_LAWS } from '../states/index.js';
import { AGENCY_DEFINITIONS_SET, agencyBaseline, type NotAddressed, ROWS } from './obligations.js';

/**
 * The regimes for agency profiles, with the v1 ids of the incident regimes. As for incidents, a
 * bill is evaluated as if in force on the profile's date, on top of the law in force then.
 */
export interface AgencyRegimeSpec {
  readonly id: string;
  readonly title: string;
  readonly provisions: readonly Overlay[];
  /** For a bill: the rows of the side-by-side it leaves alone, said explicitly. */
  readonly notAddressed?: readonly NotAddressed[];
  /** A proposal, evaluated as if in force (default: whether it has provisions). */
  readonly hypothetical?: boolean;
}

export const AGENCY_REGIME_SPECS: readonly AgencyRegimeSpec[] = [
  { id: 'current', title: 'The law in force on the profile date', provisions: [] },
  {
    id: 'gfjpa-2021',
    title: 'George Floyd Justice in Policing Act of 2021 (H.R. 1280, as passed by the House)',
    provisions: HR_1280_AGENCY,
    notAddressed: HR_1280_NOT_ADDRESSED,
  },
  {
    id: 'justice-act-2020',
    title: 'JUSTICE Act (S. 3985, 2020)',
    provisions: S_3985_AGENCY,
    notAddressed: S_3985_NOT_ADDRESSED,
  },
  {
    id: 'scott-2021',
    title: 'Scott employer-liability framework (2021)',
    provisions: [],
    hypothetical: true,
    notAddressed: ROWS.map((row) => ({
      row,
      note: 'An employer-liability proposal: the sources Recourse encodes from give it no obligation on agencies.',
    })),
  },
  {
    id: 'dem-final-offer-2021',
    title: "Democrats' final offer (September 2021), as far as the sources go",
    provisions: DEM_FINAL_OFFER_AGENCY,
  },
  {
    id: 'eo-14074',
    title: 'Executive Order 14074 (2022), as if in force',
    provisions: [eo14074AgencyAsIfInForce],
  },
];

/** The two bills the side-by-side compares. */
export const BILL_REGIMES = ['gfjpa-2021', 'justice-act-2020'] as const;

/**
 * An agency regime from any set of agency provisions on top of the law in force (as
 * `composeRegime` is for incidents): hypothetical when it has provisions.
 */
export function composeAgencyRegime(spec: {
  readonly id: string;
  readonly title: string;
  readonly provisions: readonly Overlay[];
  readonly hypothetical?: boolean;
}): Regime {
  return buildRegime({
    id: spec.id,
    title: spec.title,
    hypothetical: spec.hypothetical ?? spec.provisions.length > 0,
    baseline: agencyBaseline,
    overlays: [...CURRENT_AGENCY, ...spec.provisions],
  });
}

export const AGENCY_REGIMES: ReadonlyMap<string, Regime> = new Map(
  AGENCY_REGIME_SPECS.map((spec) => [spec.id, composeAgencyRegime(spec)]),
);

/** Every agency provision of a proposal, by id: what a negotiation option may name. */
export const AGENCY_PROVISIONS: ReadonlyMap<string, Overlay> = new Map(
  AGENCY_REGIME_SPECS.flatMap((spec) => spec.provisions.map((p) => [p.id, p] as const)),
);

export const DEFAULT_AGENCY_REGIMES: readonly string[] = [...AGENCY_REGIMES.keys()];

export function agencyRegime(id: string): Regime {
  const regime = AGENCY_REGIMES.get(id);
  if (!regime) throw new UnknownIdError('regime', id, [...AGENCY_REGIMES.keys()]);
  return regime;
}

/** Whether an overlay has agency rules: a patch of some row's `binds` or `met` definition. */
export function hasAgencyRules(overlay: Overlay): boolean {
  return overlay.patches.some((p) =>
    AGENCY_DEFINITIONS_SET.has(p.op === 'define' ? p.definition.id : p.definition),
  );
}

/** State or local laws asked for with `--with` that have no agency rules, named. */
export class NoAgencyRulesError extends Error {
  constructor(
    readonly ids: readonly string[],
    readonly withRules: readonly string[],
  ) {
    super(
      `${ids.join(', ')} ${ids.length === 1 ? 'has' : 'have'} no agency rules (${ids.length === 1 ? 'it changes' : 'they change'} only what an incident's routes are); state and local laws with agency rules: ${withRules.length > 0 ? withRules.join(', ') : 'none yet'}`,
    );
    this.name = 'NoAgencyRulesError';
  }
}

/**
 * An agency regime with state or local laws applied hypothetically, anywhere and at any date, as
 * `regimeWith` does for incidents; named `<regime>+<law>...`. A law is applied only if it has
 * agency rules: one that has none would change nothing, and is refused by name
 * (NoAgencyRulesError) rather than silently ignored; an unknown id is an UnknownIdError.
 */
export function agencyRegimeWith(
  id: string,
  withLaws: readonly string[],
  laws: readonly PlaceOverlay[] = STATE_AND_LOCAL_LAWS,
): Regime {
  const regime = agencyRegime(id);
  if (withLaws.length === 0) return regime;
  const wanted = [...new Set(withLaws)];
  const byId = new Map(laws.map((law) => [law.id, law]));
  for (const law of wanted)
    if (!byId.has(law)) throw new UnknownIdError('state or local law', law, [...byId.keys()]);
  const applied = wanted.map((law) => anywhere(byId.get(law) as PlaceOverlay));
  const without = applied.filter((o) => !hasAgencyRules(o)).map((o) => o.id);
  if (without.length > 0)
    throw new NoAgencyRulesError(
      without,
      laws.filter((law) => hasAgencyRules(anywhere(law))).map((law) => law.id),
    );
  return buildRegime({
    baseline: regime.baseline,
    id: `${id}+${[...wanted].sort().join('+')}`,
    title: `${regime.title}, with ${wanted.join(', ')} applied`,
    hypothetical: true,
    overlays: [...regime.overlays, ...applied],
  });
}

/** The spec of an agency regime, by its id or the id of that regime with laws applied (`id+law`). */
export function agencySpecOf(regimeId: string): AgencyRegimeSpec | undefined {
  const base = regimeId.split('+')[0];
  return AGENCY_REGIME_SPECS.find((s) => s.id === base);
}
