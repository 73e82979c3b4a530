import { type Definition, definition, value } from '../../engine/index.js';
import { eo14074AccountabilityDatabase, eo14074UseOfForceData } from '../federal/eo-14074.js';

/**
 * Which registries or data collections the incident goes to (DESIGN.md §4). A definition
 * `reporting.<systemInCamelCase>` reports to the system `<system-in-kebab-case>`; reforms define more.
 */
export const accountabilityDatabase: Definition = definition(
  'reporting.nationalLawEnforcementAccountabilityDatabase',
  'The incident goes to the National Law Enforcement Accountability Database',
  [
    eo14074AccountabilityDatabase,
    {
      id: 'reporting.accountability-database.none',
      cite: 'Executive Order 14074 (2022-2025)',
      text: 'Only federal agencies reported to the database, and only while the order was in force.',
      then: value(false),
    },
  ],
);

export const useOfForceData: Definition = definition(
  'reporting.fbiNationalUseOfForceDataCollection',
  'The incident must be reported to the FBI National Use-of-Force Data Collection',
  [
    eo14074UseOfForceData,
    {
      id: 'reporting.use-of-force-data.voluntary',
      cite: 'S. 3985 (116th Cong.) § 101 (George Floyd and Walter Scott Notification Act), not enacted',
      text: 'No federal law in force requires state and local agencies to report to the FBI National Use-of-Force Data Collection: the JUSTICE Act would have required it of states and localities receiving Byrne JAG, and its findings record that the voluntary collection covered only about 40% of officers in 2020. Federal agencies reported under Executive Order 14074 § 6 while it was in force, and then only deaths, serious bodily injuries and firearm discharges at or toward a person.',
      sources: [
        'https://foxnews.com/politics/justice-act-whats-in-the-senate-republican-police-reform-bill.amp',
      ],
      then: value(false),
    },
  ],
);
