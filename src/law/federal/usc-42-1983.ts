import { type Definition, definition, isFalse, ref, value } from '../../engine/index.js';
import { beforeEnactment } from '../enactment.js';

/**
 * § 1983 is § 1 of the Civil Rights Act of 1871 (17 Stat. 13), the "Ku Klux Klan Act". The legal
 * source gives the year, not the day: before 1871 there was no such action; in 1871 it is open.
 */
export const SECTION_1983_ENACTED = {
  cite: 'Civil Rights Act of 1871, § 1, 17 Stat. 13',
  enacted: { year: 1871 },
  sources: ['https://en.m.wikisource.org/wiki/Pierson_v._Ray/Opinion_of_the_Court'],
} as const;

/**
 * 42 U.S.C. 1983: the damages action against a state or local officer (LAW.md §1.1), with
 * qualified immunity (§1.2) layered on top. The statute's text has no immunity defence; the
 * defence is judge-made (Pierson v. Ray, 1967; Harlow v. Fitzgerald, 1982).
 */
export const section1983Claim: Definition = definition(
  'section1983.officerClaim',
  'A damages action under 42 U.S.C. 1983 against the individual state or local officer',
  [
    ...beforeEnactment({
      id: 'usc-42-1983.before-enactment',
      text: 'The damages action of 42 U.S.C. 1983 was created by § 1 of the Civil Rights Act of 1871; before it there was none.',
      ...SECTION_1983_ENACTED,
    }),
    {
      id: 'usc-42-1983.color-of-law',
      cite: '42 U.S.C. 1983',
      text: 'Every person who, under color of any statute, ordinance, regulation, custom, or usage, of any State ... subjects ... any citizen ... to the deprivation of any rights ... shall be liable to the party injured.',
      when: isFalse('officer.underColorOfLaw'),
      then: value('unavailable'),
      tags: { blockedBy: 'no-color-of-law' },
      sources: ['http://www.roachbrown.com/practice-areas/42-usc-sec-1983-cases/'],
    },
    {
      id: 'pearson-v-callahan.prong-two-first',
      cite: 'Pearson v. Callahan, 555 U.S. 223 (2009); Harlow v. Fitzgerald, 457 U.S. 800 (1982)',
      text: 'Courts may decide which prong to address first and may grant qualified immunity on prong two (not clearly established) without deciding whether a right was violated.',
      when: ref('qualifiedImmunity.shields'),
      then: value('unavailable'),
      tags: { blockedBy: 'qualified-immunity' },
      sources: ['http://www.lawpipe.com/US/Pearson_v_Callahan.html'],
    },
    {
      id: 'usc-42-1983.deprivation-of-right',
      cite: '42 U.S.C. 1983; Saucier v. Katz, 533 U.S. 194 (2001) (prong one)',
      text: 'The plaintiff must show the deprivation of a right secured by the Constitution and laws.',
      when: isFalse('findings.rightViolated'),
      then: value('unavailable'),
      tags: { blockedBy: 'no-violation' },
    },
    {
      id: 'usc-42-1983.liable',
      cite: '42 U.S.C. 1983',
      text: '... shall be liable to the party injured in an action at law, suit in equity, or other proper proceeding for redress.',
      then: value('available'),
    },
  ],
);
