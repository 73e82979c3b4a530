/**
 * Peer: the route rules of the `current` regime written by hand as plain TypeScript, the way one
 * would without a rules engine. Same law, same dates, same three-valued semantics as
 * `compileSummary(current)`: a missing or null fact is unknown (`undefined` here), and an unknown
 * condition decides nothing unless every way it could go gives the same value.
 *
 * A definition is "the first rule whose condition holds". `pick(condition, then, rest)` is one
 * step of that chain: it gives `then` when the condition holds, `rest` when it does not, and
 * when it is unknown, `rest` if that is the same known value as `then` (keeping the rest's
 * blocker, as the engine does) and undetermined otherwise. Conditions here are side-effect free,
 * so chains are written bottom-up, from the default to the most specific rule.
 *
 * Only the route summary is computed (routes, blockers and the § 242 penalty ceiling), like
 * `compileSummary`. The tactics, funding and reporting rules (EO 14074 2022-05-25..2025-01-20,
 * the DOJ policy from 2021-09-14, EO 13929 from 2020-06-16) do not enter the summary; the dates
 * that do are 34 U.S.C. 12601 (from 1994-09-13), the FTCA law-enforcement proviso (from
 * 1974-03-16) and the state and local civil-rights actions (Colorado from 2020-06-19, New York
 * City from 2021-03-25, New Mexico and Connecticut from 2021-07-01, Massachusetts from
 * 2020-12-31), which `current` applies by place and date.
 *
 * When the law of `current` changes, this file must follow: bench/peers.test.ts fails until it does.
 */
import { FORCE_THAT_MAY_BE_A_DANGEROUS_WEAPON } from '../../src/law/federal/usc-18-242.js';
import type { Incident, RouteSummary } from '../../src/law/index.js';
import { hasCeiling, penaltyCeiling } from '../../src/law/results.js';
import { NEW_YORK_CITY } from '../../src/law/states/nyc-ll48-2021.js';
import { type Blocker, CLAIMS, type MaxPenalty, type RouteStatus } from '../../src/law/vocabulary.js';

type T3 = boolean | undefined;

interface Route {
  readonly status: RouteStatus;
  readonly blockedBy: Blocker | null;
}

const AVAILABLE: Route = Object.freeze({ status: 'available', blockedBy: null });
const NOT_APPLICABLE: Route = Object.freeze({ status: 'not-applicable', blockedBy: null });
const UNDETERMINED: Route = Object.freeze({ status: 'undetermined', blockedBy: null });
const blocked = (b: Blocker): Route => Object.freeze({ status: 'unavailable', blockedBy: b });
const NO_COLOR_OF_LAW = blocked('no-color-of-law');
const QUALIFIED_IMMUNITY = blocked('qualified-immunity');
const NO_VIOLATION = blocked('no-violation');
const BIVENS_NEW_CONTEXT = blocked('bivens-new-context');
const NO_POLICY_OR_CUSTOM = blocked('no-policy-or-custom');
const NOT_COVERED = blocked('not-covered');
const NOT_IN_FORCE = blocked('not-in-force');
const NOT_WITHIN_SCOPE = blocked('not-within-scope');
const NO_PATTERN = blocked('no-pattern-or-practice');
const GOOD_FAITH_IMMUNITY = blocked('good-faith-immunity');
const MENTAL_STATE = blocked('mental-state');
const FAIR_WARNING = blocked('fair-warning');

/** 28 U.S.C. 2680(h) law-enforcement proviso (Pub. L. 93-253). */
const FTCA_PROVISO = '1974-03-16';
/** 34 U.S.C. 12601 (Pub. L. 103-322 § 210401). */
const PATTERN_OR_PRACTICE_ENACTED = '1994-09-13';
/** 42 U.S.C. 1983 (Civil Rights Act of 1871) and 18 U.S.C. 242 (Civil Rights Act of 1866): the year only. */
const SECTION_1983_YEAR = '1871';
const SECTION_242_YEAR = '1866';
/** § 242's penalty tiers: Pub. L. 90-284, Pub. L. 100-690, Pub. L. 103-322. */
const LIFE_IF_DEATH_FROM = '1968-04-11';
const BODILY_INJURY_FROM = '1988-11-18';
const TODAYS_TEXT_FROM = '1994-09-13';

/** Before the year a law was enacted: not in force; in that year (day unknown): undetermined. */
function enactedIn(year: string, date: string, route: () => Route): Route {
  const y = date.slice(0, 4);
  return y < year ? NOT_IN_FORCE : y === year ? UNDETERMINED : route();
}
/** State and local civil-rights actions: Colorado SB20-217, New Mexico HB 4, New York City Local
 * Law 48, Connecticut P.A. 20-1, Massachusetts ch. 253 (decertified conduct). */
const COLORADO_FROM = '2020-06-19';
const NEW_MEXICO_FROM = '2021-07-01';
const NEW_YORK_CITY_FROM = '2021-03-25';
/** Passed 2021-03-25, adopted by 2021-04-25 on a date not known: undetermined in between. */
const NEW_YORK_CITY_ENACTED_BY = '2021-04-25';
const CONNECTICUT_FROM = '2021-07-01';
const MASSACHUSETTS_FROM = '2020-12-31';
const NYC_CLAIMS = ['unlawful-search', 'unlawful-seizure', 'false-arrest', 'excessive-force'];

// Three-valued helpers. A "known" route is any status but undetermined.
const not3 = (a: T3): T3 => (a === undefined ? undefined : !a);
const isFalse = (v: boolean | null | undefined): T3 => (v === null || v === undefined ? undefined : !v);
const isTrue = (v: boolean | null | undefined): T3 => (v === null || v === undefined ? undefined : v);
const eq = <V>(v: V | null | undefined, want: V): T3 =>
  v === null || v === undefined ? undefined : v === want;
const and3 = (a: T3, b: T3): T3 =>
  a === false || b === false ? false : a === undefined || b === undefined ? undefined : true;
const or3 = (a: T3, b: T3): T3 =>
  a === true || b === true ? true : a === undefined || b === undefined ? undefined : false;
function oneOf<V>(v: V | null | undefined, values: readonly V[]): T3 {
  return v === null || v === undefined ? undefined : values.includes(v);
}
function hasAny(set: readonly string[] | null | undefined, values: readonly string[]): T3 {
  if (set === null || set === undefined) return undefined;
  for (const v of values) if (set.includes(v)) return true;
  return false;
}

function pick(c: T3, then: Route, rest: Route): Route {
  if (c === true) return then;
  if (c === false) return rest;
  return then.status !== 'undetermined' && then.status === rest.status ? rest : UNDETERMINED;
}
function pickB(c: T3, then: T3, rest: T3): T3 {
  if (c === true) return then;
  if (c === false) return rest;
  return then !== undefined && then === rest ? rest : undefined;
}
function pickP(c: T3, then: MaxPenalty, rest: MaxPenalty | undefined): MaxPenalty | undefined {
  if (c === true) return then;
  if (c === false) return rest;
  return then === rest ? rest : undefined;
}

const INTENTIONAL_TORT_CLAIMS = ['excessive-force', 'false-arrest', 'unlawful-seizure'];
const OTHER_TORT_CLAIMS = ['medical-neglect', 'conditions-of-confinement', 'property-taking'];
/** An unlawful search: a trespass or invasion of privacy, which 28 U.S.C. 2680(h) does not list. */
const UNLISTED_TORT_CLAIMS = ['unlawful-search'];
const BIVENS_FOURTH_AMENDMENT = ['unlawful-search', 'unlawful-seizure', 'false-arrest', 'excessive-force'];
const BIVENS_PRISON_MEDICAL = ['medical-neglect'];
const ALL_CLAIMS: readonly string[] = CLAIMS;

/** Every claim is among `inside`, and there is at least one. */
function allClaimsAmong(claims: readonly string[] | null | undefined, inside: readonly string[]): T3 {
  const outside = ALL_CLAIMS.filter((c) => !inside.includes(c));
  return and3(hasAny(claims, inside), not3(hasAny(claims, outside)));
}

/** Qualified immunity shields the officer (Hope v. Pelzer; Harlow v. Fitzgerald). */
function qualifiedImmunityShields(x: Incident): T3 {
  return pickB(isTrue(x.findings?.obviousViolation), false, not3(eq(x.findings?.clearlyEstablished, true)));
}

/**
 * Every claim is in a context where the Supreme Court recognised a Bivens remedy; a Homeland
 * Security officer or a border setting is a new context whatever the claims (Egbert; Hernandez).
 */
function bivensRecognizedContext(x: Incident): T3 {
  const role = x.officer?.role;
  const claims = x.conduct?.claims;
  return pickB(
    eq(x.officer?.department, 'homeland-security'),
    false,
    pickB(
      eq(x.place.nearBorder, true),
      false,
      pickB(
        and3(eq(role, 'police'), allClaimsAmong(claims, BIVENS_FOURTH_AMENDMENT)),
        true,
        pickB(and3(eq(role, 'corrections'), allClaimsAmong(claims, BIVENS_PRISON_MEDICAL)), true, false),
      ),
    ),
  );
}

function bivensClaim(x: Incident): Route {
  return pick(
    isFalse(x.officer?.underColorOfLaw),
    NO_COLOR_OF_LAW,
    pick(
      eq(bivensRecognizedContext(x), false),
      BIVENS_NEW_CONTEXT,
      pick(
        qualifiedImmunityShields(x),
        QUALIFIED_IMMUNITY,
        pick(isFalse(x.findings?.rightViolated), NO_VIOLATION, AVAILABLE),
      ),
    ),
  );
}

function section1983Claim(x: Incident): Route {
  return enactedIn(SECTION_1983_YEAR, x.date, () => section1983ClaimInForce(x));
}

function section1983ClaimInForce(x: Incident): Route {
  return pick(
    isFalse(x.officer?.underColorOfLaw),
    NO_COLOR_OF_LAW,
    pick(
      qualifiedImmunityShields(x),
      QUALIFIED_IMMUNITY,
      pick(isFalse(x.findings?.rightViolated), NO_VIOLATION, AVAILABLE),
    ),
  );
}

function officerSuit(x: Incident): Route {
  const employer = x.officer?.employer;
  return pick(
    eq(employer, 'federal'),
    bivensClaim(x),
    pick(
      employer === null || employer === undefined ? undefined : employer === 'state' || employer === 'local',
      section1983Claim(x),
      UNDETERMINED, // tribal officers: not encoded
    ),
  );
}

/**
 * An "investigative or law enforcement officer" of 28 U.S.C. 2680(h): federal police, Bureau of
 * Prisons officers (18 U.S.C. 3050), anyone else empowered by law to search, seize or arrest.
 */
function ftcaLawEnforcementOfficer(x: Incident): T3 {
  const o = x.officer;
  return pickB(
    eq(o?.role, 'police'),
    true,
    pickB(
      and3(eq(o?.role, 'corrections'), eq(o?.department, 'justice')),
      true,
      isTrue(o?.lawEnforcementPowers),
    ),
  );
}

function ftcaClaim(x: Incident, date: string): Route {
  const claims = x.conduct?.claims;
  // 28 U.S.C. 1346(b): negligent or wrongful acts (medical neglect, conditions, property).
  const otherTort = hasAny(claims, OTHER_TORT_CLAIMS);
  // 28 U.S.C. 2680(h): intentional torts, allowed for law enforcement officers from 1974.
  const intentionalByOfficer = and3(ftcaLawEnforcementOfficer(x), hasAny(claims, INTENTIONAL_TORT_CLAIMS));
  let rest: Route = NOT_COVERED;
  rest =
    date >= FTCA_PROVISO
      ? pick(intentionalByOfficer, AVAILABLE, rest)
      : pick(intentionalByOfficer, NOT_IN_FORCE, rest);
  rest = pick(hasAny(claims, UNLISTED_TORT_CLAIMS), AVAILABLE, rest);
  rest = pick(otherTort, AVAILABLE, rest);
  return pick(isFalse(x.officer?.withinScopeOfEmployment), NOT_WITHIN_SCOPE, rest);
}

function monellPolicyOrCustom(x: Incident): T3 {
  return pickB(
    isTrue(x.agency?.deliberatelyIndifferentTraining),
    true,
    eq(x.agency?.policyOrCustomCaused, true),
  );
}

function monellClaim(x: Incident): Route {
  return enactedIn(SECTION_1983_YEAR, x.date, () => monellClaimInForce(x));
}

function monellClaimInForce(x: Incident): Route {
  return pick(
    isFalse(x.officer?.underColorOfLaw),
    NO_COLOR_OF_LAW,
    pick(
      isFalse(x.findings?.rightViolated),
      NO_VIOLATION,
      pick(not3(monellPolicyOrCustom(x)), NO_POLICY_OR_CUSTOM, AVAILABLE),
    ),
  );
}

function employerSuit(x: Incident, date: string): Route {
  const employer = x.officer?.employer;
  return pick(
    eq(employer, 'federal'),
    ftcaClaim(x, date),
    pick(
      eq(employer, 'local'),
      monellClaim(x),
      pick(eq(employer, 'state'), NOT_COVERED, UNDETERMINED /* tribal: not encoded */),
    ),
  );
}

function section242FairWarning(x: Incident): T3 {
  return pickB(isTrue(x.findings?.obviousViolation), true, eq(x.findings?.clearlyEstablished, true));
}

/** "Willfully": purpose or knowing; recklessness is not (Screws; Reese's circuit view aside). */
function section242MentalStateMet(x: Incident): T3 {
  const state = x.findings?.mentalState;
  return pickB(eq(state, 'reckless'), false, oneOf(state, ['purpose', 'knowing']));
}

function section242Charge(x: Incident): Route {
  return enactedIn(SECTION_242_YEAR, x.date, () => section242ChargeInForce(x));
}

function section242ChargeInForce(x: Incident): Route {
  return pick(
    isFalse(x.officer?.underColorOfLaw),
    NO_COLOR_OF_LAW,
    pick(
      isFalse(x.findings?.rightViolated),
      NO_VIOLATION,
      pick(
        not3(section242MentalStateMet(x)),
        MENTAL_STATE,
        pick(not3(section242FairWarning(x)), FAIR_WARNING, AVAILABLE),
      ),
    ),
  );
}

/** The ceiling of the text in force on the date of the conduct, from the default up. */
function section242MaxPenalty(x: Incident, date: string): MaxPenalty | undefined {
  const harm = x.harm;
  const force = x.conduct?.force;
  const injury =
    harm === null || harm === undefined ? undefined : harm === 'injury' || harm === 'serious-injury';
  const today = date >= TODAYS_TEXT_FROM;
  let p: MaxPenalty | undefined = '1y';
  if (today)
    p = pickP(
      and3(hasAny(force, FORCE_THAT_MAY_BE_A_DANGEROUS_WEAPON), isTrue(x.findings?.dangerousWeapon)),
      '10y',
      p,
    );
  if (date >= BODILY_INJURY_FROM && !today) p = pickP(injury, '10y', p);
  if (today) p = pickP(or3(injury, hasAny(force, ['firearm'])), '10y', p);
  if (date >= LIFE_IF_DEATH_FROM && !today) p = pickP(eq(harm, 'death'), 'life', p);
  if (today) p = pickP(eq(harm, 'death'), 'death', p);
  return p;
}

function patternOrPracticeAction(x: Incident, date: string): Route {
  if (date < PATTERN_OR_PRACTICE_ENACTED) return NOT_IN_FORCE;
  return pick(
    eq(x.officer?.employer, 'federal'),
    NOT_COVERED,
    pick(
      and3(oneOf(x.officer?.role, ['corrections', 'other-official']), isFalse(x.agency?.juvenileJustice)),
      NOT_COVERED,
      pick(isFalse(x.agency?.patternOrPractice), NO_PATTERN, AVAILABLE),
    ),
  );
}

/** Colorado and New Mexico: no qualified immunity; color of law and a violation. */
function noImmunityClaim(x: Incident): Route {
  return pick(
    isFalse(x.officer?.underColorOfLaw),
    NO_COLOR_OF_LAW,
    pick(isFalse(x.findings?.rightViolated), NO_VIOLATION, AVAILABLE),
  );
}

function newYorkCityClaim(x: Incident): Route {
  return pick(isFalse(x.findings?.rightViolated), NO_VIOLATION, AVAILABLE);
}

/** Connecticut: no qualified immunity, but an objective good-faith defence. */
function connecticutClaim(x: Incident): Route {
  return pick(
    isFalse(x.officer?.underColorOfLaw),
    NO_COLOR_OF_LAW,
    pick(
      isTrue(x.officer?.goodFaithBelief),
      GOOD_FAITH_IMMUNITY,
      pick(isFalse(x.findings?.rightViolated), NO_VIOLATION, AVAILABLE),
    ),
  );
}

/** Massachusetts: the threats element of the civil-rights act is not encoded. */
function massachusettsClaim(x: Incident): Route {
  return pick(isFalse(x.findings?.rightViolated), NO_VIOLATION, UNDETERMINED);
}

/** A state or local civil-rights action, by where and when the incident happened. */
function stateSuit(x: Incident, date: string): Route {
  const o = x.officer;
  const stateOrLocal = oneOf(o?.employer, ['state', 'local']);
  const police = eq(o?.role, 'police');
  switch (x.place.state) {
    case 'CO':
      if (date < COLORADO_FROM) return NOT_APPLICABLE;
      return pick(and3(police, stateOrLocal), noImmunityClaim(x), NOT_APPLICABLE);
    case 'NM':
      if (date < NEW_MEXICO_FROM) return NOT_APPLICABLE;
      return pick(stateOrLocal, noImmunityClaim(x), NOT_APPLICABLE);
    case 'NY': {
      if (date < NEW_YORK_CITY_FROM) return NOT_APPLICABLE;
      const covered = and3(
        oneOf(x.place.locality, NEW_YORK_CITY),
        and3(and3(eq(o?.employer, 'local'), police), hasAny(x.conduct?.claims, NYC_CLAIMS)),
      );
      const claim = date < NEW_YORK_CITY_ENACTED_BY ? UNDETERMINED : newYorkCityClaim(x);
      return pick(covered, claim, NOT_APPLICABLE);
    }
    case 'CT':
      if (date < CONNECTICUT_FROM) return NOT_APPLICABLE;
      return pick(and3(police, stateOrLocal), connecticutClaim(x), NOT_APPLICABLE);
    case 'MA':
      if (date < MASSACHUSETTS_FROM) return NOT_APPLICABLE;
      return pick(
        and3(stateOrLocal, isTrue(o?.decertifiedForConduct)),
        massachusettsClaim(x),
        NOT_APPLICABLE,
      );
    default:
      return NOT_APPLICABLE;
  }
}

/** The route summary of an incident under the law in force on its date. */
export function handWrittenSummary(x: Incident): RouteSummary {
  const date = x.date;
  const federalProsecution = section242Charge(x);
  const p = !hasCeiling(federalProsecution.status, federalProsecution.blockedBy)
    ? { maxPenalty: null, loweredBy: null }
    : penaltyCeiling(x, section242MaxPenalty(x, date), (facts) =>
        section242MaxPenalty(facts as Incident, date),
      );
  return {
    routes: {
      officerSuit: officerSuit(x),
      employerSuit: employerSuit(x, date),
      stateSuit: stateSuit(x, date),
      federalProsecution,
      patternOrPractice: patternOrPracticeAction(x, date),
    },
    maxPenalty: p.maxPenalty,
    maxPenaltyLoweredTo: p.loweredBy?.maxPenalty ?? null,
  };
}
