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
import type { Incident, RouteSummary } from '../../src/law/index.js';
import { NEW_YORK_CITY } from '../../src/law/states/nyc-ll48-2021.js';
import {
  type Blocker,
  type MaxPenalty,
  ROUTES,
  type RouteName,
  type RouteStatus,
} from '../../src/law/vocabulary.js';

/** The facts the route rules read, by dotted path into the incident. */
const FACTS = [
  'place.state',
  'place.locality',
  'officer.employer',
  'officer.role',
  'officer.underColorOfLaw',
  'officer.withinScopeOfEmployment',
  'officer.goodFaithBelief',
  'officer.decertifiedForConduct',
  'agency.patternOrPractice',
  'agency.policyOrCustomCaused',
  'agency.deliberatelyIndifferentTraining',
  'conduct.force',
  'conduct.claims',
  'harm',
  'findings.rightViolated',
  'findings.clearlyEstablished',
  'findings.obviousViolation',
  'findings.mentalState',
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
const BIVENS_FOURTH_AMENDMENT = ['unlawful-search', 'unlawful-seizure', 'false-arrest'];

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
  // Bivens (Fourth Amendment search and arrest) and Carlson v. Green (prison medical care).
  'bivens.recognizedContext=true': any(
    all(is('officer.role', 'police'), hasAny('conduct.claims', BIVENS_FOURTH_AMENDMENT)),
    all(is('officer.role', 'corrections'), hasAny('conduct.claims', ['medical-neglect'])),
  ),
  'bivens.recognizedContext=false': all(
    any(
      isIn('officer.role', ['corrections', 'other-official']),
      hasNone('conduct.claims', BIVENS_FOURTH_AMENDMENT),
    ),
    any(isIn('officer.role', ['police', 'other-official']), hasNone('conduct.claims', ['medical-neglect'])),
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
  'ftca.intentionalTortByPolice=true': all(
    is('officer.role', 'police'),
    hasAny('conduct.claims', INTENTIONAL_TORT_CLAIMS),
  ),
  'ftca.intentionalTortByPolice=false': any(
    isIn('officer.role', ['corrections', 'other-official']),
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
  // officerSuit, state or local officer: 42 U.S.C. 1983.
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
    'ftca.proviso',
    'employerSuit',
    40,
    all(
      FEDERAL,
      onOrAfter(FTCA_PROVISO),
      is('officer.withinScopeOfEmployment', true),
      ref('ftca.intentionalTortByPolice=true'),
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
      ref('ftca.intentionalTortByPolice=true'),
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
      ref('ftca.intentionalTortByPolice=false'),
    ),
    'unavailable',
    'not-covered',
  ),
  route(
    'ftca.intentional-torts-excepted-before-proviso',
    'employerSuit',
    30,
    all(FEDERAL, before(FTCA_PROVISO), hasNone('conduct.claims', OTHER_TORT_CLAIMS)),
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

  // federalProsecution: 18 U.S.C. 242.
  route('242.color', 'federalProsecution', 60, all(NO_COLOR), 'unavailable', 'no-color-of-law'),
  route('242.deprivation', 'federalProsecution', 50, all(NO_RIGHT), 'unavailable', 'no-violation'),
  route(
    '242.willfully',
    'federalProsecution',
    40,
    all(isIn('findings.mentalState', ['knowing', 'reckless', 'negligent', 'none'])),
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
    all(COLOR, RIGHT, is('findings.mentalState', 'purpose'), ref('section242.fairWarning=true')),
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
    all(isIn('officer.role', NOT_POLICE)),
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
      is('officer.role', 'police'),
      is('agency.patternOrPractice', true),
    ),
    'available',
  ),

  // The § 242 penalty ceiling.
  {
    name: '242.death-results',
    priority: 60,
    conditions: all(is('harm', 'death')),
    event: { type: 'penalty', params: { maxPenalty: 'death' } },
  },
  {
    name: '242.bodily-injury-or-weapon',
    priority: 50,
    conditions: any(
      isIn('harm', ['injury', 'serious-injury']),
      all(is('harm', 'none'), hasAny('conduct.force', ['firearm'])),
    ),
    event: { type: 'penalty', params: { maxPenalty: '10y' } },
  },
  {
    name: '242.base-penalty',
    priority: 40,
    conditions: all(is('harm', 'none'), hasNone('conduct.force', ['firearm'])),
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

/** The route summary of an incident, with json-rules-engine. */
export async function jsonRulesEngineSummary(engine: Engine, x: Incident): Promise<RouteSummary> {
  const { events } = await engine.run(toFacts(x));
  const decided: Partial<Routes> = {};
  let penalty: MaxPenalty | null = null;
  let penaltySet = false;
  for (const e of events) {
    const p = e.params as Record<string, unknown>;
    if (e.type === 'route') {
      const name = p.route as RouteName;
      // The first event for a route is the highest-priority rule that fired.
      if (decided[name] === undefined)
        decided[name] = { status: p.status as RouteStatus, blockedBy: p.blockedBy as Blocker | null };
    } else if (e.type === 'penalty' && !penaltySet) {
      penalty = p.maxPenalty as MaxPenalty;
      penaltySet = true;
    }
  }
  const routes = {} as Routes;
  for (const name of ROUTES) routes[name] = decided[name] ?? { status: 'undetermined', blockedBy: null };
  return {
    routes,
    maxPenalty: routes.federalProsecution.status === 'not-applicable' ? null : penalty,
  };
}
