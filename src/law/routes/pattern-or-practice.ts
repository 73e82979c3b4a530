import { type Definition, definition, ref } from '../../engine/index.js';

/** Route `patternOrPractice`: a DOJ civil action against the agency (DESIGN.md §3). */
export const patternOrPractice: Definition = definition(
  'patternOrPractice',
  'A DOJ civil pattern-or-practice action against the agency',
  [
    {
      id: 'pattern-or-practice.usc-34-12601',
      cite: '34 U.S.C. 12601',
      text: 'The Attorney General may sue a governmental authority for equitable and declaratory relief to eliminate a pattern or practice of violations.',
      then: ref('patternOrPractice.action'),
    },
  ],
);
