import {
  and,
  type Definition,
  definition,
  eq,
  fact,
  hasAny,
  isFalse,
  not,
  ref,
  value,
} from '../../engine/index.js';
import { CLAIMS } from '../vocabulary.js';

/**
 * Bivens: the implied damages action against federal officers (LAW.md §1.9, §0 E5). The Supreme
 * Court recognised three contexts only: Bivens (federal narcotics agents' warrantless home entry,
 * search and arrest), Davis (congressional employment discrimination) and Carlson (federal prison
 * officials' failure to give medical care). A new context or a new category of defendant defeats the
 * claim if any special factor counsels hesitation (Ziglar v. Abbasi 2017; Hernandez v. Mesa 2020;
 * Egbert v. Boule 2022). As judge-made doctrine it is applied as courts apply it today, whatever the
 * incident date. Davis v. Passman (employment discrimination) has no counterpart in the incident
 * claims.
 *
 * The context is that of every claim the person has, not of one of them: the remedy is decided claim
 * by claim (a court asks of each claim whether its context is new), and the
 * route reports one status for the suit, so `available` must not stand for a suit some of whose
 * claims have no remedy. An incident is in a recognised context only when all its claims are; with
 * one claim outside, the suit as described is a new context, and the reason says so (a person may
 * still plead the claims that fit on their own: evaluate the incident with those claims only).
 */
const CLAIMS_OUTSIDE = (inside: readonly string[]) => CLAIMS.filter((claim) => !inside.includes(claim));

/** Fourth Amendment claims: search, seizure, arrest, and force in a seizure (Graham v. Connor). */
const FOURTH_AMENDMENT_CLAIMS = ['unlawful-search', 'unlawful-seizure', 'false-arrest', 'excessive-force'];
const PRISON_MEDICAL_CLAIMS = ['medical-neglect'];

/** Every claim is among `inside`, and there is at least one. */
const allClaimsAmong = (inside: readonly string[]) =>
  and(hasAny(fact('conduct.claims'), inside), not(hasAny(fact('conduct.claims'), CLAIMS_OUTSIDE(inside))));

const NEW_CONTEXT_SOURCES = [
  'https://supreme.justia.com/cases/federal/us/2021/21-147/',
  'https://supreme.justia.com/cases/federal/us/589/17-1678',
];

export const bivensRecognizedContext: Definition = definition(
  'bivens.recognizedContext',
  'Every claim falls in a context where the Supreme Court has recognised a Bivens remedy',
  [
    {
      id: 'egbert-v-boule.homeland-security-officer',
      cite: 'Egbert v. Boule, 596 U.S. 482 (2022); Hernandez v. Mesa, 589 U.S. 93 (2020)',
      text: 'A claim against an officer of Homeland Security (Border Patrol, CBP) is a new context, whatever the claim: border security is a special factor counselling hesitation, and Congress gave an alternative grievance process.',
      when: eq(fact('officer.department'), 'homeland-security'),
      then: value(false),
      sources: NEW_CONTEXT_SOURCES,
    },
    {
      id: 'hernandez-v-mesa.border-setting',
      cite: 'Hernandez v. Mesa, 589 U.S. 93 (2020); Egbert v. Boule, 596 U.S. 482 (2022)',
      text: 'Conduct at or near the border (a cross-border shooting; force near the border) is a new context whatever the claim: a remedy there would affect border security and foreign relations.',
      when: eq(fact('place.nearBorder'), true),
      then: value(false),
      sources: NEW_CONTEXT_SOURCES,
    },
    {
      id: 'bivens.fourth-amendment-search-arrest',
      cite: 'Bivens v. Six Unknown Named Agents, 403 U.S. 388 (1971); Graham v. Connor, 490 U.S. 386 (1989) (force in a seizure is a Fourth Amendment claim)',
      text: 'Implied damages action against federal narcotics agents for a warrantless home search and arrest violating the Fourth Amendment: Fourth Amendment search, seizure, arrest and excessive-force claims against other federal law enforcement agents are treated as within it.',
      when: and(eq(fact('officer.role'), 'police'), allClaimsAmong(FOURTH_AMENDMENT_CLAIMS)),
      then: value(true),
      unconfirmed:
        'Where the agency or the setting differs from narcotics agents searching a home, the new-context test of Ziglar and Egbert still applies and a court may find a new context; that the remedy lies for such claims against other federal agents is UNCONFIRMED.',
      sources: ['http://cryer.org.uk/Bivens_v._Six_Unknown_Named_Agents', ...NEW_CONTEXT_SOURCES],
    },
    {
      id: 'carlson-v-green.prison-medical-care',
      cite: 'Carlson v. Green, 446 U.S. 14 (1980)',
      text: 'Bivens extended to an Eighth Amendment claim for failure to provide medical care to a federal prisoner.',
      when: and(eq(fact('officer.role'), 'corrections'), allClaimsAmong(PRISON_MEDICAL_CLAIMS)),
      then: value(true),
      unconfirmed:
        'The sources Recourse encodes from name Carlson v. Green (1980) as an extension without its facts; the prison-medical-care context is the commonly stated holding.',
    },
    {
      id: 'egbert-v-boule.new-context',
      cite: 'Ziglar v. Abbasi, 582 U.S. 120 (2017); Egbert v. Boule, 596 U.S. 482 (2022)',
      text: 'Any new context will not get a Bivens remedy if there is any reason to think Congress is better equipped; a suit with any claim outside the recognised contexts is, as described, in a new context.',
      then: value(false),
      sources: ['https://supreme.justia.com/cases/federal/us/596/21-147'],
    },
  ],
);

export const bivensClaim: Definition = definition(
  'bivens.officerClaim',
  'A Bivens damages action against the individual federal officer',
  [
    {
      id: 'bivens.color-of-federal-authority',
      cite: 'Bivens v. Six Unknown Named Agents, 403 U.S. 388 (1971)',
      text: 'The remedy lies against federal agents acting under color of their federal authority.',
      when: isFalse('officer.underColorOfLaw'),
      then: value('unavailable'),
      tags: { blockedBy: 'no-color-of-law' },
    },
    {
      id: 'ziglar-v-abbasi.no-extension',
      cite: 'Ziglar v. Abbasi, 582 U.S. 120 (2017); Egbert v. Boule, 596 U.S. 482 (2022)',
      text: 'A claim in a new context gets no Bivens remedy.',
      when: eq(ref('bivens.recognizedContext'), false),
      then: value('unavailable'),
      tags: { blockedBy: 'bivens-new-context' },
    },
    {
      id: 'bivens.qualified-immunity',
      cite: 'Harlow v. Fitzgerald, 457 U.S. 800 (1982); CRS LSB10914 (qualified immunity applies equally to federal officers in Bivens suits)',
      text: 'Qualified immunity limits federal officers in Bivens suits as it limits state and local officers in § 1983 suits.',
      when: ref('qualifiedImmunity.shields'),
      then: value('unavailable'),
      tags: { blockedBy: 'qualified-immunity' },
      sources: ['https://www.everycrsreport.com/reports/LSB10914.html'],
    },
    {
      id: 'bivens.deprivation-of-right',
      cite: 'Bivens v. Six Unknown Named Agents, 403 U.S. 388 (1971)',
      text: 'The plaintiff must show a violation of a constitutional right.',
      when: isFalse('findings.rightViolated'),
      then: value('unavailable'),
      tags: { blockedBy: 'no-violation' },
    },
    {
      id: 'bivens.damages',
      cite: 'Bivens v. Six Unknown Named Agents, 403 U.S. 388 (1971)',
      text: 'Implied damages action against federal agents for violation of the Fourth Amendment.',
      then: value('available'),
    },
  ],
);
