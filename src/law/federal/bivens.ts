import {
  and,
  type Definition,
  definition,
  eq,
  fact,
  hasAny,
  isFalse,
  ref,
  value,
} from '../../engine/index.js';

/**
 * Bivens: the implied damages action against federal officers (LAW.md §1.9). The Supreme Court
 * recognised three contexts (Bivens, Davis, Carlson); since Ziglar v. Abbasi (2017) and Egbert v.
 * Boule (2022) any new context gets no remedy if there is any reason to think Congress is better
 * equipped. As judge-made doctrine it is applied as courts apply it today, whatever the incident
 * date. Davis v. Passman (employment discrimination) has no counterpart in the incident claims.
 */
export const bivensRecognizedContext: Definition = definition(
  'bivens.recognizedContext',
  'The claim falls in a context where the Supreme Court has recognised a Bivens remedy',
  [
    {
      id: 'bivens.fourth-amendment-search-arrest',
      cite: 'Bivens v. Six Unknown Named Agents, 403 U.S. 388 (1971)',
      text: 'Implied damages action against federal narcotics agents for a warrantless home search and arrest violating the Fourth Amendment.',
      when: and(
        eq(fact('officer.role'), 'police'),
        hasAny(fact('conduct.claims'), ['unlawful-search', 'unlawful-seizure', 'false-arrest']),
      ),
      then: value(true),
      sources: ['http://cryer.org.uk/Bivens_v._Six_Unknown_Named_Agents'],
    },
    {
      id: 'carlson-v-green.prison-medical-care',
      cite: 'Carlson v. Green, 446 U.S. 14 (1980)',
      text: 'Bivens extended to an Eighth Amendment claim for failure to provide medical care to a federal prisoner.',
      when: and(eq(fact('officer.role'), 'corrections'), hasAny(fact('conduct.claims'), ['medical-neglect'])),
      then: value(true),
      unconfirmed:
        'LAW.md names Carlson v. Green (1980) as an extension without its facts; the prison-medical-care context is the commonly stated holding.',
    },
    {
      id: 'egbert-v-boule.new-context',
      cite: 'Ziglar v. Abbasi, 582 U.S. 120 (2017); Egbert v. Boule, 596 U.S. 482 (2022)',
      text: 'Any new context will not get a Bivens remedy if there is any reason to think Congress is better equipped; the Court refused a Fourth Amendment excessive-force claim against a Border Patrol agent.',
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
