import { type Definition, definition, value } from '../../engine/index.js';

/**
 * The use-of-force standard (LAW.md §6 M27): Graham v. Connor, 490 U.S. 386 (1989) analyses every
 * excessive-force claim in an arrest or stop under the Fourth Amendment's "objective
 * reasonableness" standard. Reform proposals replace it for federal officers.
 */
export const deadlyForceStandard: Definition = definition(
  'standards.deadlyForce',
  'The legal standard for the use of deadly force by this officer',
  [
    {
      id: 'graham-v-connor.objective-reasonableness',
      cite: 'Graham v. Connor, 490 U.S. 386 (1989); Tennessee v. Garner, 471 U.S. 1 (1985)',
      text: 'All excessive-force claims in arrests and stops are analysed under the Fourth Amendment "objective reasonableness" standard: severity of the crime, immediate threat, active resistance or flight, judged from the perspective of a reasonable officer on the scene.',
      then: value('objective-reasonableness'),
      sources: ['https://www.policedefense.org/use-of-force-news/graham-v-connor'],
    },
  ],
);
