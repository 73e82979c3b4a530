import { and, eq, fact, type Overlay, oneOf, value } from '../../../engine/index.js';

/**
 * H.R. 1280 § 102 (LAW.md §2.3): it is not a defence that the defendant acted in good faith or
 * believed the conduct lawful, nor that the right was not clearly established. Covers § 1983
 * actions against a "local law enforcement officer" (state and local law enforcement) and actions
 * "under any source of law" against a federal investigative or law enforcement officer (28 U.S.C.
 * 2680(h)). Not correctional officers as such, not other officials. Creates no new cause of
 * action against federal officers, and leaves Monell untouched.
 */
const CITE = 'H.R. 1280 (117th Cong.) § 102, amending 42 U.S.C. 1983';
const SOURCES = [
  'http://en.m.wikisource.org/wiki/George_Floyd_Justice_in_Policing_Act_of_2020_(H.R._7120;_116th_Congress)/Title_I/Subtitle_A',
  'https://www.county.org/News/County-Issues/2021/March-5/U-S-House-Passes-George-Floyd-Act',
];

export const hr1280Sec102: Overlay = {
  id: 'hr-1280-sec-102',
  title: 'H.R. 1280 § 102: qualified immunity is no defence for law enforcement officers',
  cite: CITE,
  unconfirmed:
    'The exact text of H.R. 1280 § 102 and its definition of "local law enforcement officer" are UNCONFIRMED from primary text; coverage follows the engrossed H.R. 7120.',
  patches: [
    {
      op: 'add',
      definition: 'qualifiedImmunity.shields',
      rule: {
        id: 'hr-1280.sec-102.no-qualified-immunity',
        cite: CITE,
        text: 'It shall not be a defense or immunity that the defendant was acting in good faith, or believed, reasonably or otherwise, that the conduct was lawful, or that the rights were not clearly established at the time.',
        when: and(
          eq(fact('officer.role'), 'police'),
          oneOf(fact('officer.employer'), ['federal', 'state', 'local']),
        ),
        then: value(false),
        priority: 300,
        sources: SOURCES,
      },
    },
  ],
};
