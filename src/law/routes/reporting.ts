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
      cite: 'LAW.md §7.4 (FBI use-of-force data covered ~40% of officers in 2020)',
      text: 'Reporting to the FBI use-of-force collection is not required of state and local agencies by federal law in force.',
      then: value(false),
    },
  ],
);
