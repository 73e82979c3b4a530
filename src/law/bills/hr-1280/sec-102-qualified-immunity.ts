import { and, eq, fact, isTrue, not, type Overlay, oneOf, ref, value } from '../../../engine/index.js';

/**
 * H.R. 1280 § 102 (LAW.md §2.3, §0 E6): it is not a defence that the defendant acted in good faith
 * or believed the conduct lawful, nor that the right was not clearly established. Covers § 1983
 * actions against a "local law enforcement officer" (state and local law enforcement) and actions
 * "under any source of law" against a "Federal investigative or law enforcement officer (as such
 * term is defined in section 2680(h) of title 28)": by 28 U.S.C. 2680(h) and 18 U.S.C. 3050 that
 * includes federal Bureau of Prisons officers (likely; no court has construed the bill). State and
 * local correctional officers are covered only if within the bill's definition of local law
 * enforcement officer (UNCONFIRMED): as such they are not. Not other officials. Creates no new cause
 * of action against federal officers, and leaves Monell untouched.
 */
const CITE = 'H.R. 1280 (117th Cong.) § 102, amending 42 U.S.C. 1983';
const SOURCES = [
  'http://en.m.wikisource.org/wiki/George_Floyd_Justice_in_Policing_Act_of_2020_(H.R._7120;_116th_Congress)/Title_I/Subtitle_A',
  'https://www.county.org/News/County-Issues/2021/March-5/U-S-House-Passes-George-Floyd-Act',
];
const NO_DEFENCE =
  'It shall not be a defense or immunity that the defendant was acting in good faith, or believed, reasonably or otherwise, that the conduct was lawful, or that the rights were not clearly established at the time.';

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
        text: `${NO_DEFENCE} (§ 1983 actions against a State or local law enforcement officer.)`,
        when: and(eq(fact('officer.role'), 'police'), oneOf(fact('officer.employer'), ['state', 'local'])),
        then: value(false),
        priority: 300,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'qualifiedImmunity.shields',
      rule: {
        id: 'hr-1280.sec-102.federal-law-enforcement-officer',
        cite: `${CITE}; 28 U.S.C. 2680(h)`,
        text: `${NO_DEFENCE} (Actions under any source of law against a Federal investigative or law enforcement officer as defined in 28 U.S.C. 2680(h), which includes Bureau of Prisons officers.)`,
        when: and(eq(fact('officer.employer'), 'federal'), ref('ftca.lawEnforcementOfficer')),
        then: value(false),
        priority: 290,
        unconfirmed:
          'That the bill reaches federal Bureau of Prisons officers follows from the 28 U.S.C. 2680(h) definition it borrows (Millbrook v. United States, 2013); no court has construed the bill.',
        sources: [...SOURCES, 'http://law.justia.com/cases/federal/us/569/11-10362'],
      },
    },
    {
      op: 'add',
      definition: 'qualifiedImmunity.shields',
      rule: {
        id: 'hr-1280.sec-102.state-local-corrections-not-covered',
        cite: `${CITE}; Harlow v. Fitzgerald, 457 U.S. 800 (1982)`,
        text: 'A State or local correctional officer is not, as such, a "local law enforcement officer" of § 102: qualified immunity stays, and shields unless the right was clearly established.',
        when: and(
          eq(fact('officer.role'), 'corrections'),
          oneOf(fact('officer.employer'), ['state', 'local']),
        ),
        then: not(isTrue('findings.clearlyEstablished')),
        // Below Hope v. Pelzer (200), which still defeats the defence for an obvious violation;
        // above Harlow (100), so that the trace shows the bill's reach and its UNCONFIRMED note.
        priority: 150,
        unconfirmed:
          "State and local correctional officers are covered if they fall within the bill's definition of local law enforcement officer, which is UNCONFIRMED from primary text.",
        sources: SOURCES,
      },
    },
  ],
};
