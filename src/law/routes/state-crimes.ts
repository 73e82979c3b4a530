import { type Definition, definition } from '../../engine/index.js';

/**
 * State crimes an officer's use of a tactic commits, beside the five routes (a v1 result field,
 * `stateCriminal`). The statutes that make one are overlays that apply by place and date (New
 * York's Penal Law § 121.13-a); without one there is none to report. The value is the grade of the
 * offence (`class-c-felony`), or `none`.
 */
export const stateCrimeChokehold: Definition = definition(
  'stateCrime.chokehold',
  'The state crime, by its grade, that this use of a chokehold or similar restraint commits',
  [],
  { otherwise: 'none' },
);
