import { buildRegime, type Overlay, type Regime } from '../../engine/index.js';
import { demFinalOfferAgency } from '../bills/dem-final-offer-2021/agency.js';
import { HR_1280_AGENCY, HR_1280_NOT_ADDRESSED } from '../bills/hr-1280/agency.js';
import { S_3985_AGENCY, S_3985_NOT_ADDRESSED } from '../bills/s-3985/agency.js';
import { eo14074AgencyAsIfInForce } from '../executive/eo-14074-agency-as-if-in-force.js';
import { CURRENT_AGENCY } from '../federal/agency.js';
import { UnknownIdError } from '../regimes.js';
import { agencyBaseline, type NotAddressed, ROWS } from './obligations.js';

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
      note: 'An employer-liability proposal: LAW.md §4.1 and §0 E19 give it no obligation on agencies.',
    })),
  },
  {
    id: 'dem-final-offer-2021',
    title: "Democrats' final offer (September 2021), as far as the sources go",
    provisions: [demFinalOfferAgency],
  },
  {
    id: 'eo-14074',
    title: 'Executive Order 14074 (2022), as if in force',
    provisions: [eo14074AgencyAsIfInForce],
  },
];

/** The two bills the side-by-side compares. */
export const BILL_REGIMES = ['gfjpa-2021', 'justice-act-2020'] as const;

export const AGENCY_REGIMES: ReadonlyMap<string, Regime> = new Map(
  AGENCY_REGIME_SPECS.map((spec) => [
    spec.id,
    buildRegime({
      id: spec.id,
      title: spec.title,
      hypothetical: spec.hypothetical ?? spec.provisions.length > 0,
      baseline: agencyBaseline,
      overlays: [...CURRENT_AGENCY, ...spec.provisions],
    }),
  ]),
);

export const DEFAULT_AGENCY_REGIMES: readonly string[] = [...AGENCY_REGIMES.keys()];

export function agencyRegime(id: string): Regime {
  const regime = AGENCY_REGIMES.get(id);
  if (!regime) throw new UnknownIdError('regime', id, [...AGENCY_REGIMES.keys()]);
  return regime;
}
