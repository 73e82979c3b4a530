/**
 * Peer: the route rules of the `current` regime in json-rules-engine 7 (its rule and condition
 * JSON, facts, shared named conditions, custom operators, priorities and events).
 *
 * How the law maps onto json-rules-engine:
 * - Facts are flat (`officer.employer`, `findings.rightViolated`, ...), one per fact the routes
 *   read, plus `date`. An unknown fact (omitted or null in the incident) is passed as `null`.
 * - json-rules-engine is two-valued, so three-valued logic is spelled out: every definition the
 *   routes refer to (qualified immunity, the Bivens contexts, Monell policy or custom, § 242 fair
 *   warning, ...) is a pair of named conditions, `X=true` and `X=false`, each holding only when
 *   the value is *known*; when neither holds the value is unknown.
 * - A route is decided by rules that fire a `route` event. Priorities give the order of the
 *   exceptions, as in the law: the first event for a route (highest priority) wins. A rule whose
 *   outcome differs from a higher-priority rule's requires that rule's condition to be known false
 *   (written out in its conditions); when no rule fires the route is undetermined.
 * - Dates are compared with two custom operators on ISO dates.
 *
 * `engine.run` is async, and one Engine must not run twice at the same time (its `status` is
 * shared by all runs: the first run to finish stops the others' remaining priority sets), so
 * incidents are evaluated one after the other, each awaited.
 *
 * When the law of `current` changes, this file must follow: bench/peers.test.ts fails until it does.
 */
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { withFact } from '../../src/engine/index.js';
import { DANGEROUS_WEAPON, FORCE_THAT_MAY_BE_A_DANGEROUS_WEAPON } from '../../src/law/federal/usc-18-242.js';
import type { Incident, RouteSummary } from '../../src/law/index.js';
import { hasCeiling, penaltyCeiling } from '../../src/law/results.js';
import { NEW_YORK_CITY } from '../../src/law/states/nyc-ll48-2021.js';
import {
  type Blocker,
  CLAIMS,
  type MaxPenalty,
  ROUTES,
  type RouteName,
  type RouteStatus,
} from '../../src/law/vocabulary.js';

/** The facts the route rules read, by dotted path into the incident. */
const FACTS = [
  'place.state',
  'place.locality',
  'place.nearBorder',
  'officer.employer',
  'officer.role',
  'officer.department',
  'officer.lawEnforcementPowers',
  'officer.underColorOfLaw',
  'officer.withinScopeOfEmployment',
  'officer.goodFaithBelief',
  'officer.decertifiedForConduct',
  'agency.patternOrPractice',
  'agency.policyOrCustomCaused',
  'agency.deliberatelyIndifferentTraining',
  'agency.juvenileJustice',
  'conduct.force',
  'conduct.claims',
  'harm',
  'findings.rightViolated',
  'findings.clearlyEstablished',
  'findings.obviousViolation',
  'findings.mentalState',
  'findings.dangerousWeapon',
] as const;

const FACT_KEYS = FACTS.map((p) => p.split('.'));

/** The incident as json-rules-engine facts: one per path, `null` when unknown. */
export function toFacts(x: Incident): Record<string, unknown> {
  const out: Record<string, unknown> = { date: x.date };
  for (let i = 0; i < FACTS.length; i++) {
    const keys = FACT_KEYS[i] as string[];
    let cur: unknown = x;
    for (const k of keys) {
      if (cur === null || typeof cur !== 'object') {
        cur = undefined;
        break;
      }
      cur = (cur as Record<string, unknown>)[k];
    }
    out[FACTS[i] as string] = cur === undefined ? null : cur;
  }
  return out;
}

type Cond = TopLevelCondition | { fact: string; operator: string; value: unknown };

const is = (fact: string, value: unknown): Cond => ({ fact, operator: 'equal', value });
const isNot = (fact: string, value: unknown): Cond => ({ fact, operator: 'notEqual', value });
const isIn = (fact: string, values: readonly string[]): Cond => ({ fact, operator: 'in', value: values });
/** A set-valued fact contains at least one of `values` (known true). */
const hasAny = (fact: string, values: readonly string[]): Cond => ({
  fact,
  operator: 'someFact:in',
  value: values,
});
/** A set-valued fact is known and contains none of `values` (known false). */
const hasNone = (fact: string, values: readonly string[]): Cond => ({
  fact,
  operator: 'everyFact:notIn',
  value: values,
});
const ref = (name: string): Cond => ({ condition: name });
const all = (...cs: Cond[]): TopLevelCondition => ({ all: cs as TopLevelCondition[] });
const any = (...cs: Cond[]): TopLevelCondition => ({ any: cs as TopLevelCondition[] });

/** 28 U.S.C. 2680(h) law-enforcement proviso (Pub. L. 93-253). */
const FTCA_PROVISO = '1974-03-16';
/** 34 U.S.C. 12601 (Pub. L. 103-322 § 210401). */
const PATTERN_OR_PRACTICE_ENACTED = '1994-09-13';
/** 42 U.S.C. 1983 (Civil Rights Act of 1871) and 18 U.S.C. 242 (Civil Rights Act of 1866): the year only. */
const SECTION_1983_FROM = '1871-01-01';
const SECTION_1983_YEAR_END = '1872-01-01';
const SECTION_242_FROM = '1866-01-01';
const SECTION_242_YEAR_END = '1867-01-01';
/** § 242's penalty tiers: Pub. L. 90-284, Pub. L. 100-690, Pub. L. 103-322. */
const LIFE_IF_DEATH_FROM = '1968-04-11';
const BODILY_INJURY_FROM = '1988-11-18';
const TODAYS_TEXT_FROM = '1994-09-13';
const onOrAfter = (date: string): Cond => ({ fact: 'date', operator: 'dateOnOrAfter', value: date });
const before = (date: string): Cond => ({ fact: 'date', operator: 'dateBefore', value: date });

/** State and local civil-rights actions, and when each took effect. */
const COLORADO_FROM = '2020-06-19';
const NEW_MEXICO_FROM = '2021-07-01';
const NEW_YORK_CITY_FROM = '2021-03-25';
/** Passed 2021-03-25, adopted by 2021-04-25 on a date not known: no rule fires in between. */
const NEW_YORK_CITY_ENACTED_BY = '2021-04-25';
const CONNECTICUT_FROM = '2021-07-01';
const MASSACHUSETTS_FROM = '2020-12-31';
const NYC_CLAIMS = ['unlawful-search', 'unlawful-seizure', 'false-arrest', 'excessive-force'];
const NOT_POLICE = ['corrections', 'other-official'];
const NOT_STATE_OR_LOCAL = ['federal', 'tribal'];

const INTENTIONAL_TORT_CLAIMS = ['excessive-force', 'false-arrest', 'unlawful-seizure'];
const OTHER_TORT_CLAIMS = ['medical-neglect', 'conditions-of-confinement', 'property-taking'];
/** An unlawful search: a trespass or invasion of privacy, which 28 U.S.C. 2680(h) does not list. */
const UNLISTED_TORT_CLAIMS = ['unlawful-search'];
const BIVENS_FOURTH_AMENDMENT = ['unlawful-search', 'unlawful-seizure', 'false-arrest', 'excessive-force'];
const BIVENS_PRISON_MEDICAL = ['medical-neglect'];
const outside = (inside: readonly string[]) => CLAIMS.filter((c) => !inside.includes(c));
/** Every claim is among `inside`, and there is at least one (known true). */
const allClaimsAmong = (inside: readonly string[]): Cond =>
  all(hasAny('conduct.claims', inside), hasNone('conduct.claims', outside(inside)));
/** Some claim is outside `inside`, or there is none among it (known false). */
const notAllClaimsAmong = (inside: readonly string[]): Cond =>
  any(hasNone('conduct.claims', inside), hasAny('conduct.claims', outside(inside)));

/**
 * An "investigative or law enforcement officer" of 28 U.S.C. 2680(h): federal police, Bureau of
 * Prisons officers (18 U.S.C. 3050), anyone else empowered by law to search, seize or arrest.
 */
const LAW_ENFORCEMENT_OFFICER = any(
  is('officer.role', 'police'),
  all(is('officer.role', 'corrections'), is('officer.department', 'justice')),
  is('officer.lawEnforcementPowers', true),
);
const NOT_LAW_ENFORCEMENT_OFFICER = all(
  isIn('officer.role', NOT_POLICE),
  any(is('officer.role', 'other-official'), isIn('officer.department', ['homeland-security', 'other'])),
  is('officer.lawEnforcementPowers', false),
);

/** The definitions the routes refer to, as known-true / known-false condition pairs. */
const NAMED_CONDITIONS: Record<string, TopLevelCondition> = {
  // Hope v. Pelzer: no immunity for an obvious violation; Harlow: immunity unless clearly established.
  'qualifiedImmunity.shields=true': all(
    is('findings.obviousViolation', false),
    is('findings.clearlyEstablished', false),
  ),
  'qualifiedImmunity.shields=false': any(
    is('findings.obviousViolation', true),
    is('findings.clearlyEstablished', true),
  ),
  // Egbert v. Boule and Hernandez v. Mesa (Homeland Security, the border: new contexts), then Bivens
  // (Fourth Amendment claims) and Carlson v. Green (prison medical care), every claim fitting.
  'bivens.recognizedContext=true': all(
    isIn('officer.department', ['justice', 'other']),
    is('place.nearBorder', false),
    any(
      all(is('officer.role', 'police'), allClaimsAmong(BIVENS_FOURTH_AMENDMENT)),
      all(is('officer.role', 'corrections'), allClaimsAmong(BIVENS_PRISON_MEDICAL)),
    ),
  ),
  'bivens.recognizedContext=false': any(
    is('officer.department', 'homeland-security'),
    is('place.nearBorder', true),
    all(
      any(
        isIn('officer.role', ['corrections', 'other-official']),
        notAllClaimsAmong(BIVENS_FOURTH_AMENDMENT),
      ),
      any(isIn('officer.role', ['police', 'other-official']), notAllClaimsAmong(BIVENS_PRISON_MEDICAL)),
    ),
  ),
  // City of Canton v. Harris; Monell.
  'monell.policyOrCustom=true': any(
    is('agency.deliberatelyIndifferentTraining', true),
    is('agency.policyOrCustomCaused', true),
  ),
  'monell.policyOrCustom=false': all(
    is('agency.deliberatelyIndifferentTraining', false),
    is('agency.policyOrCustomCaused', false),
  ),
  // United States v. Lanier; Hope v. Pelzer.
  'section242.fairWarning=true': any(
    is('findings.obviousViolation', true),
    is('findings.clearlyEstablished', true),
  ),
  'section242.fairWarning=false': all(
    is('findings.obviousViolation', false),
    is('findings.clearlyEstablished', false),
  ),
  // 28 U.S.C. 2680(h): intentional torts by investigative or law enforcement officers.
  'ftca.intentionalTortByOfficer=true': all(
    LAW_ENFORCEMENT_OFFICER,
    hasAny('conduct.claims', INTENTIONAL_TORT_CLAIMS),
  ),
  'ftca.intentionalTortByOfficer=false': any(
    NOT_LAW_ENFORCEMENT_OFFICER,
    hasNone('conduct.claims', INTENTIONAL_TORT_CLAIMS),
  ),
  // Which state or local civil-rights action covers the incident, by place, date and officer.
  'colorado.covered=true': all(
    is('place.state', 'CO'),
    onOrAfter(COLORADO_FROM),
    is('officer.role', 'police'),
    isIn('officer.employer', ['local', 'state']),
  ),
  'colorado.covered=false': any(
    isNot('place.state', 'CO'),
    before(COLORADO_FROM),
    isIn('officer.role', NOT_POLICE),
    isIn('officer.employer', NOT_STATE_OR_LOCAL),
  ),
  'newMexico.covered=true': all(
    is('place.state', 'NM'),
    onOrAfter(NEW_MEXICO_FROM),
    isIn('officer.employer', ['state', 'local']),
  ),
  'newMexico.covered=false': any(
    isNot('place.state', 'NM'),
    before(NEW_MEXICO_FROM),
    isIn('officer.employer', NOT_STATE_OR_LOCAL),
  ),
  'newYorkCity.covered=true': all(
    is('place.state', 'NY'),
    onOrAfter(NEW_YORK_CITY_FROM),
    isIn('place.locality', NEW_YORK_CITY),
    is('officer.employer', 'local'),
    is('officer.role', 'police'),
    hasAny('conduct.claims', NYC_CLAIMS),
  ),
  'newYorkCity.covered=false': any(
    isNot('place.state', 'NY'),
    before(NEW_YORK_CITY_FROM),
    all(isNot('place.locality', null), { fact: 'place.locality', operator: 'notIn', value: NEW_YORK_CITY }),
    isIn('officer.employer', ['federal', 'state', 'tribal']),
    isIn('officer.role', NOT_POLICE),
    hasNone('conduct.claims', NYC_CLAIMS),
  ),
  'connecticut.covered=true': all(
    is('place.state', 'CT'),
    onOrAfter(CONNECTICUT_FROM),
    is('officer.role', 'police'),
    isIn('officer.employer', ['state', 'local']),
  ),
  'connecticut.covered=false': any(
    isNot('place.state', 'CT'),
    before(CONNECTICUT_FROM),
    isIn('officer.role', NOT_POLICE),
    isIn('officer.employer', NOT_STATE_OR_LOCAL),
  ),
  'massachusetts.covered=true': all(
    is('place.state', 'MA'),
    onOrAfter(MASSACHUSETTS_FROM),
    isIn('officer.employer', ['state', 'local']),
    is('officer.decertifiedForConduct', true),
  ),
  'massachusetts.covered=false': any(
    isNot('place.state', 'MA'),
    before(MASSACHUSETTS_FROM),
    isIn('officer.employer', NOT_STATE_OR_LOCAL),
    is('officer.decertifiedForConduct', false),
  ),
};

const route = (
  name: string,
  route: RouteName,
  priority: number,
  conditions: TopLevelCondition,
  status: RouteStatus,
  blockedBy: Blocker | null = null,
): RuleProperties => ({
  name,
  priority,
  conditions,
  event: { type: 'route', params: { route, status, blockedBy } },
});

const FEDERAL = is('officer.employer', 'federal');
const STATE_OR_LOCAL = isIn('officer.employer', ['state', 'local']);
const LOCAL = is('officer.employer', 'local');
const NO_COLOR = is('officer.underColorOfLaw', false);
const COLOR = is('officer.underColorOfLaw', true);
const NO_RIGHT = is('findings.rightViolated', false);
const RIGHT = is('findings.rightViolated', true);

/** The route rules; higher priority is an exception to lower. */
export const RULES: readonly RuleProperties[] = [
  // officerSuit, federal officer: Bivens.
  route('bivens.color', 'officerSuit', 60, all(FEDERAL, NO_COLOR), 'unavailable', 'no-color-of-law'),
  route(
    'bivens.new-context',
    'officerSuit',
    50,
    all(FEDERAL, ref('bivens.recognizedContext=false')),
    'unavailable',
    'bivens-new-context',
  ),
  route(
    'bivens.qualified-immunity',
    'officerSuit',
    40,
    all(FEDERAL, ref('qualifiedImmunity.shields=true')),
    'unavailable',
    'qualified-immunity',
  ),
  route('bivens.no-violation', 'officerSuit', 30, all(FEDERAL, NO_RIGHT), 'unavailable', 'no-violation'),
  route(
    'bivens.damages',
    'officerSuit',
    20,
    all(FEDERAL, COLOR, ref('bivens.recognizedContext=true'), ref('qualifiedImmunity.shields=false'), RIGHT),
    'available',
  ),
  // officerSuit, state or local officer: 42 U.S.C. 1983 (before 1871 none; in 1871 the day is unknown).
  route(
    '1983.before-enactment',
    'officerSuit',
    70,
    all(STATE_OR_LOCAL, before(SECTION_1983_FROM)),
    'unavailable',
    'not-in-force',
  ),
  route(
    '1983.year-unknown-day',
    'officerSuit',
    70,
    all(STATE_OR_LOCAL, onOrAfter(SECTION_1983_FROM), before(SECTION_1983_YEAR_END)),
    'undetermined',
  ),
  route('1983.color', 'officerSuit', 60, all(STATE_OR_LOCAL, NO_COLOR), 'unavailable', 'no-color-of-law'),
  route(
    '1983.qualified-immunity',
    'officerSuit',
    40,
    all(STATE_OR_LOCAL, ref('qualifiedImmunity.shields=true')),
    'unavailable',
    'qualified-immunity',
  ),
  route('1983.no-violation', 'officerSuit', 30, all(STATE_OR_LOCAL, NO_RIGHT), 'unavailable', 'no-violation'),
  route(
    '1983.liable',
    'officerSuit',
    20,
    all(STATE_OR_LOCAL, COLOR, ref('qualifiedImmunity.shields=false'), RIGHT),
    'available',
  ),

  // employerSuit, state: not a Monell defendant.
  route(
    'employer.state',
    'employerSuit',
    60,
    all(is('officer.employer', 'state')),
    'unavailable',
    'not-covered',
  ),
  // employerSuit, local government: Monell.
  route(
    'monell.before-enactment',
    'employerSuit',
    70,
    all(LOCAL, before(SECTION_1983_FROM)),
    'unavailable',
    'not-in-force',
  ),
  route(
    'monell.year-unknown-day',
    'employerSuit',
    70,
    all(LOCAL, onOrAfter(SECTION_1983_FROM), before(SECTION_1983_YEAR_END)),
    'undetermined',
  ),
  route('monell.color', 'employerSuit', 60, all(LOCAL, NO_COLOR), 'unavailable', 'no-color-of-law'),
  route('monell.no-violation', 'employerSuit', 50, all(LOCAL, NO_RIGHT), 'unavailable', 'no-violation'),
  route(
    'monell.no-respondeat-superior',
    'employerSuit',
    40,
    all(LOCAL, ref('monell.policyOrCustom=false')),
    'unavailable',
    'no-policy-or-custom',
  ),
  route(
    'monell.liable',
    'employerSuit',
    20,
    all(LOCAL, COLOR, RIGHT, ref('monell.policyOrCustom=true')),
    'available',
  ),
  // employerSuit, the United States: FTCA.
  route(
    'ftca.scope',
    'employerSuit',
    60,
    all(FEDERAL, is('officer.withinScopeOfEmployment', false)),
    'unavailable',
    'not-within-scope',
  ),
  route(
    'ftca.tort-of-employee',
    'employerSuit',
    50,
    all(FEDERAL, is('officer.withinScopeOfEmployment', true), hasAny('conduct.claims', OTHER_TORT_CLAIMS)),
    'available',
  ),
  route(
    'ftca.trespass-and-privacy',
    'employerSuit',
    45,
    all(FEDERAL, is('officer.withinScopeOfEmployment', true), hasAny('conduct.claims', UNLISTED_TORT_CLAIMS)),
    'available',
  ),
  route(
    'ftca.proviso',
    'employerSuit',
    40,
    all(
      FEDERAL,
      onOrAfter(FTCA_PROVISO),
      is('officer.withinScopeOfEmployment', true),
      ref('ftca.intentionalTortByOfficer=true'),
    ),
    'available',
  ),
  route(
    'ftca.before-proviso',
    'employerSuit',
    40,
    all(
      FEDERAL,
      before(FTCA_PROVISO),
      hasNone('conduct.claims', OTHER_TORT_CLAIMS),
      hasNone('conduct.claims', UNLISTED_TORT_CLAIMS),
      ref('ftca.intentionalTortByOfficer=true'),
    ),
    'unavailable',
    'not-in-force',
  ),
  route(
    'ftca.intentional-torts-excepted',
    'employerSuit',
    30,
    all(
      FEDERAL,
      onOrAfter(FTCA_PROVISO),
      hasNone('conduct.claims', OTHER_TORT_CLAIMS),
      hasNone('conduct.claims', UNLISTED_TORT_CLAIMS),
      ref('ftca.intentionalTortByOfficer=false'),
    ),
    'unavailable',
    'not-covered',
  ),
  route(
    'ftca.intentional-torts-excepted-before-proviso',
    'employerSuit',
    30,
    all(
      FEDERAL,
      before(FTCA_PROVISO),
      hasNone('conduct.claims', OTHER_TORT_CLAIMS),
      hasNone('conduct.claims', UNLISTED_TORT_CLAIMS),
    ),
    'unavailable',
    'not-covered',
  ),

  // stateSuit: Colorado SB20-217 and New Mexico HB 4 (no qualified immunity).
  ...(['colorado', 'newMexico'] as const).flatMap((s) => [
    route(
      `${s}.color-of-law`,
      'stateSuit',
      60,
      all(ref(`${s}.covered=true`), NO_COLOR),
      'unavailable',
      'no-color-of-law',
    ),
    route(
      `${s}.deprivation`,
      'stateSuit',
      50,
      all(ref(`${s}.covered=true`), NO_RIGHT),
      'unavailable',
      'no-violation',
    ),
    route(`${s}.liable`, 'stateSuit', 20, all(ref(`${s}.covered=true`), COLOR, RIGHT), 'available'),
  ]),
  // New York City Local Law 48.
  route(
    'nyc.violation',
    'stateSuit',
    50,
    all(ref('newYorkCity.covered=true'), onOrAfter(NEW_YORK_CITY_ENACTED_BY), NO_RIGHT),
    'unavailable',
    'no-violation',
  ),
  route(
    'nyc.liable',
    'stateSuit',
    20,
    all(ref('newYorkCity.covered=true'), onOrAfter(NEW_YORK_CITY_ENACTED_BY), RIGHT),
    'available',
  ),
  // Connecticut P.A. 20-1: an objective good-faith defence.
  route(
    'ct.color-of-law',
    'stateSuit',
    60,
    all(ref('connecticut.covered=true'), NO_COLOR),
    'unavailable',
    'no-color-of-law',
  ),
  route(
    'ct.good-faith',
    'stateSuit',
    55,
    all(ref('connecticut.covered=true'), is('officer.goodFaithBelief', true)),
    'unavailable',
    'good-faith-immunity',
  ),
  route(
    'ct.deprivation',
    'stateSuit',
    50,
    all(ref('connecticut.covered=true'), NO_RIGHT),
    'unavailable',
    'no-violation',
  ),
  route(
    'ct.liable',
    'stateSuit',
    20,
    all(ref('connecticut.covered=true'), COLOR, is('officer.goodFaithBelief', false), RIGHT),
    'available',
  ),
  // Massachusetts ch. 253: the threats element is not encoded, so the action is available to no one.
  route(
    'ma.deprivation',
    'stateSuit',
    50,
    all(ref('massachusetts.covered=true'), NO_RIGHT),
    'unavailable',
    'no-violation',
  ),
  // None of them covers the incident.
  route(
    'state-suit.none',
    'stateSuit',
    10,
    all(
      ref('colorado.covered=false'),
      ref('newMexico.covered=false'),
      ref('newYorkCity.covered=false'),
      ref('connecticut.covered=false'),
      ref('massachusetts.covered=false'),
    ),
    'not-applicable',
  ),

  // federalProsecution: 18 U.S.C. 242 (before 1866 none; in 1866 the day is unknown).
  route(
    '242.before-enactment',
    'federalProsecution',
    70,
    all(before(SECTION_242_FROM)),
    'unavailable',
    'not-in-force',
  ),
  route(
    '242.year-unknown-day',
    'federalProsecution',
    70,
    all(onOrAfter(SECTION_242_FROM), before(SECTION_242_YEAR_END)),
    'undetermined',
  ),
  route('242.color', 'federalProsecution', 60, all(NO_COLOR), 'unavailable', 'no-color-of-law'),
  route('242.deprivation', 'federalProsecution', 50, all(NO_RIGHT), 'unavailable', 'no-violation'),
  route(
    '242.willfully',
    'federalProsecution',
    40,
    all(isIn('findings.mentalState', ['reckless', 'negligent', 'none'])),
    'unavailable',
    'mental-state',
  ),
  route(
    '242.fair-warning',
    'federalProsecution',
    30,
    all(ref('section242.fairWarning=false')),
    'unavailable',
    'fair-warning',
  ),
  route(
    '242.offense',
    'federalProsecution',
    20,
    all(
      COLOR,
      RIGHT,
      isIn('findings.mentalState', ['purpose', 'knowing']),
      ref('section242.fairWarning=true'),
    ),
    'available',
  ),

  // patternOrPractice: 34 U.S.C. 12601.
  route(
    '12601.before-enactment',
    'patternOrPractice',
    60,
    all(before(PATTERN_OR_PRACTICE_ENACTED)),
    'unavailable',
    'not-in-force',
  ),
  route('12601.federal-agency', 'patternOrPractice', 50, all(FEDERAL), 'unavailable', 'not-covered'),
  route(
    '12601.law-enforcement-officers',
    'patternOrPractice',
    45,
    all(isIn('officer.role', NOT_POLICE), is('agency.juvenileJustice', false)),
    'unavailable',
    'not-covered',
  ),
  route(
    '12601.pattern-or-practice',
    'patternOrPractice',
    40,
    all(is('agency.patternOrPractice', false)),
    'unavailable',
    'no-pattern-or-practice',
  ),
  route(
    '12601.action',
    'patternOrPractice',
    20,
    all(
      onOrAfter(PATTERN_OR_PRACTICE_ENACTED),
      isIn('officer.employer', ['state', 'local', 'tribal']),
      any(is('officer.role', 'police'), is('agency.juvenileJustice', true)),
      is('agency.patternOrPractice', true),
    ),
    'available',
  ),

  // The § 242 penalty ceiling, by the text in force on the date of the conduct.
  {
    name: '242.death-results',
    priority: 60,
    conditions: all(onOrAfter(TODAYS_TEXT_FROM), is('harm', 'death')),
    event: { type: 'penalty', params: { maxPenalty: 'death' } },
  },
  {
    name: '242.death-results-1968',
    priority: 59,
    conditions: all(onOrAfter(LIFE_IF_DEATH_FROM), before(TODAYS_TEXT_FROM), is('harm', 'death')),
    event: { type: 'penalty', params: { maxPenalty: 'life' } },
  },
  {
    name: '242.bodily-injury-or-weapon',
    priority: 50,
    conditions: all(
      onOrAfter(TODAYS_TEXT_FROM),
      any(
        isIn('harm', ['injury', 'serious-injury']),
        all(is('harm', 'none'), hasAny('conduct.force', ['firearm'])),
      ),
    ),
    event: { type: 'penalty', params: { maxPenalty: '10y' } },
  },
  {
    name: '242.bodily-injury-1988',
    priority: 49,
    conditions: all(
      onOrAfter(BODILY_INJURY_FROM),
      before(TODAYS_TEXT_FROM),
      isIn('harm', ['injury', 'serious-injury']),
    ),
    event: { type: 'penalty', params: { maxPenalty: '10y' } },
  },
  {
    name: '242.dangerous-weapon',
    priority: 45,
    conditions: all(
      onOrAfter(TODAYS_TEXT_FROM),
      is('harm', 'none'),
      hasNone('conduct.force', ['firearm']),
      hasAny('conduct.force', FORCE_THAT_MAY_BE_A_DANGEROUS_WEAPON),
      is('findings.dangerousWeapon', true),
    ),
    event: { type: 'penalty', params: { maxPenalty: '10y' } },
  },
  {
    name: '242.base-penalty',
    priority: 40,
    conditions: any(
      before(LIFE_IF_DEATH_FROM),
      all(before(BODILY_INJURY_FROM), isIn('harm', ['none', 'injury', 'serious-injury'])),
      all(before(TODAYS_TEXT_FROM), is('harm', 'none')),
      all(
        is('harm', 'none'),
        hasNone('conduct.force', ['firearm']),
        any(
          hasNone('conduct.force', FORCE_THAT_MAY_BE_A_DANGEROUS_WEAPON),
          is('findings.dangerousWeapon', false),
        ),
      ),
    ),
    event: { type: 'penalty', params: { maxPenalty: '1y' } },
  },
];

const isoDate = (v: unknown): boolean => typeof v === 'string';

/** A json-rules-engine Engine holding the route rules of the `current` regime. */
export function createEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addOperator<string, string>('dateOnOrAfter', (a, b) => isoDate(a) && a >= b);
  engine.addOperator<string, string>('dateBefore', (a, b) => isoDate(a) && a < b);
  for (const [name, conditions] of Object.entries(NAMED_CONDITIONS)) engine.setCondition(name, conditions);
  for (const rule of RULES) engine.addRule(rule);
  return engine;
}

type Routes = Record<RouteName, { status: RouteStatus; blockedBy: Blocker | null }>;

/** The routes and the § 242 ceiling json-rules-engine gives for an incident's facts. */
async function runOnce(
  engine: Engine,
  x: unknown,
): Promise<{ routes: Routes; penalty: MaxPenalty | undefined }> {
  const { events } = await engine.run(toFacts(x as Incident));
  const decided: Partial<Routes> = {};
  let penalty: MaxPenalty | undefined;
  for (const e of events) {
    const p = e.params as Record<string, unknown>;
    if (e.type === 'route') {
      const name = p.route as RouteName;
      // The first event for a route is the highest-priority rule that fired.
      if (decided[name] === undefined)
        decided[name] = { status: p.status as RouteStatus, blockedBy: p.blockedBy as Blocker | null };
    } else if (e.type === 'penalty' && penalty === undefined) {
      penalty = p.maxPenalty as MaxPenalty;
    }
  }
  const routes = {} as Routes;
  for (const name of ROUTES) routes[name] = decided[name] ?? { status: 'undetermined', blockedBy: null };
  return { routes, penalty };
}

/** The route summary of an incident, with json-rules-engine. */
export async function jsonRulesEngineSummary(engine: Engine, x: Incident): Promise<RouteSummary> {
  const { routes, penalty } = await runOnce(engine, x);
  if (!hasCeiling(routes.federalProsecution.status, routes.federalProsecution.blockedBy))
    return { routes, maxPenalty: null, maxPenaltyLoweredTo: null };
  // The ceiling under either finding of a dangerous weapon, worked out first (engine.run is async).
  const found = x.findings?.dangerousWeapon;
  const open = penalty === undefined && (found === undefined || found === null);
  const ifYes = open ? (await runOnce(engine, withFact(x, DANGEROUS_WEAPON, true))).penalty : undefined;
  const ifNo = open ? (await runOnce(engine, withFact(x, DANGEROUS_WEAPON, false))).penalty : undefined;
  const ceiling = penaltyCeiling(x, penalty, (facts) =>
    (facts as Incident).findings?.dangerousWeapon === true ? ifYes : ifNo,
  );
  return {
    routes,
    maxPenalty: ceiling.maxPenalty,
    maxPenaltyLoweredTo: ceiling.loweredBy?.maxPenalty ?? null,
  };
}
