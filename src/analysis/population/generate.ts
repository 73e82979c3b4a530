import { type Incident, STATES } from '../../law/index.js';
import { bounds, type ParameterSet } from './parameters.js';
import { generator, mix } from './random.js';

/**
 * The synthetic population: fatal shootings by on-duty officers (the Washington Post count of
 * LAW.md §7.5), 2015-2021, with facts drawn from the parameters. Each replicate draws one value
 * of every uncertain parameter within its range; the spread of the replicates' estimates is the
 * uncertainty interval.
 */
export const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021] as const;

/** The 50 states and the District of Columbia (the territories are not in the population). */
const TERRITORIES: readonly string[] = ['PR', 'GU', 'VI', 'AS', 'MP'];
const JURISDICTIONS = STATES.filter((s) => !TERRITORIES.includes(s));
/** Assumed share of a state's incidents in its city with its own law (incidents-by-state.yaml). */
const CITY_SHARE = 0.1;

/** One replicate's draw of every parameter. */
export interface Replicate {
  readonly shootings: Readonly<Record<number, number>>;
  readonly federal: number;
  readonly local: number;
  readonly qualifiedImmunity: Readonly<Record<number, number>>;
  readonly rightViolated: number;
  readonly specificIntent: number;
  readonly knowingOrReckless: number;
  readonly policyOrCustom: number;
  readonly patternOrPractice: number;
  readonly federalFunds: number;
}

const draw = (range: [number, number], u: number) => range[0] + (range[1] - range[0]) * u;

function byYear(p: ParameterSet['fatal-shootings-per-year'], u: () => number): Record<number, number> {
  const out: Record<number, number> = {};
  for (const v of p.values) if (v.year !== undefined) out[v.year] = Math.round(draw(bounds(v), u()));
  return out;
}

/** The share of qualified-immunity grants in force in a year: the latest dated value not after it. */
function qualifiedImmunityByYear(
  p: ParameterSet['qualified-immunity-granted'],
  u: () => number,
): Record<number, number> {
  const dated = p.values
    .filter((v) => v.from !== undefined)
    .map((v) => ({ year: Number((v.from as string).slice(0, 4)), value: draw(bounds(v), u()) }))
    .sort((a, b) => a.year - b.year);
  const out: Record<number, number> = {};
  for (const year of YEARS) {
    const applicable = dated.filter((d) => d.year <= year);
    out[year] = (applicable[applicable.length - 1] ?? dated[0])?.value ?? 0.5;
  }
  return out;
}

const single = (
  p: { values: readonly { range?: [number, number]; value?: number | 'uniform' }[] },
  u: () => number,
) => draw(bounds(p.values[0] as Parameters<typeof bounds>[0]), u());

export function drawReplicate(parameters: ParameterSet, seed: number, replicate: number): Replicate {
  const u = generator(mix(seed, 0x51ed270b ^ replicate));
  const employer = parameters['employer-share'].values;
  const share = (who: string) =>
    bounds(employer.find((v) => v.employer === who) as Parameters<typeof bounds>[0]);
  return {
    shootings: byYear(parameters['fatal-shootings-per-year'], u),
    federal: draw(share('federal'), u()),
    local: draw(share('local'), u()),
    qualifiedImmunity: qualifiedImmunityByYear(parameters['qualified-immunity-granted'], u),
    rightViolated: single(parameters['right-violated'], u),
    specificIntent: single(parameters['section-242-specific-intent'], u),
    knowingOrReckless: single(parameters['mental-state-knowing-or-reckless'], u),
    policyOrCustom: single(parameters['monell-policy-or-custom'], u),
    patternOrPractice: single(parameters['pattern-or-practice'], u),
    federalFunds: single(parameters['byrne-jag-or-cops-share'], u),
  };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The date of day `dayOfYear` (0-364, no 29 February) of each year of YEARS, made once: incidents
 * share these strings instead of building one each (the compiled regimes look their rules up by
 * date, and a string seen before is hashed already).
 */
const DATES: readonly (readonly string[])[] = YEARS.map((year) => {
  const out: string[] = [];
  for (let month = 0; month < 12; month++)
    for (let day = 0; day < (DAYS[month] as number); day++)
      out.push(`${year}-${pad2(month + 1)}-${pad2(day + 1)}`);
  return out;
});

/** Incident `index` of the population of `seed`, drawn with the replicate's parameters. */
export function generateIncident(
  seed: number,
  index: number,
  theta: Replicate,
): { incident: Incident; year: number } {
  const u = generator(mix(seed, index));
  const y = Math.floor(u() * YEARS.length);
  const year = YEARS[y] as number;
  const date = (DATES[y] as readonly string[])[Math.floor(u() * 365)] as string;
  const state = JURISDICTIONS[Math.floor(u() * JURISDICTIONS.length)] as string;
  const inCity = u() < CITY_SHARE;
  const locality =
    state === 'NY' && inCity ? 'New York City' : state === 'KY' && inCity ? 'Louisville' : 'elsewhere';
  const e = u();
  const employer = e < theta.federal ? 'federal' : e < theta.federal + theta.local ? 'local' : 'state';
  const qualifiedImmunityGranted = u() < (theta.qualifiedImmunity[year] ?? 0.5);
  const m = u();
  const mentalState =
    m < theta.specificIntent
      ? 'purpose'
      : m < theta.specificIntent + theta.knowingOrReckless
        ? 'reckless'
        : 'negligent';
  const funds = u() < theta.federalFunds;
  const incident: Incident = {
    id: `synthetic-${index}`,
    date,
    place: { state: state as Incident['place']['state'], locality },
    officer: { employer, role: 'police', underColorOfLaw: true, withinScopeOfEmployment: true },
    agency: {
      receivesByrneJag: funds,
      receivesCops: funds,
      policyOrCustomCaused: u() < theta.policyOrCustom,
      deliberatelyIndifferentTraining: false,
      patternOrPractice: u() < theta.patternOrPractice,
    },
    conduct: { force: ['firearm'], deadlyForce: true, noKnockEntry: false, claims: ['excessive-force'] },
    harm: 'death',
    findings: {
      rightViolated: u() < theta.rightViolated,
      clearlyEstablished: !qualifiedImmunityGranted,
      obviousViolation: false,
      mentalState,
    },
  };
  return { incident, year };
}
