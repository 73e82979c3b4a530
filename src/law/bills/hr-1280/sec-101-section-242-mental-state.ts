import { eq, fact, type Overlay, oneOf, value } from '../../../engine/index.js';
import { PUB_L_103_322 } from '../../federal/usc-18-242.js';

/**
 * H.R. 1280 § 101 (LAW.md §2.3, §0 E1): in 18 U.S.C. 242, strikes "willfully" and inserts
 * "knowingly or recklessly"; strikes ", or may be sentenced to death". Under it a reckless officer
 * meets the mental state and a negligent one does not. The fair-warning requirement (Lanier) is
 * constitutional and stays. The exact H.R. 1280 wording is UNCONFIRMED from primary text; the
 * engrossed H.R. 7120 and the CRS summary of H.R. 1280 say "knowingly or recklessly".
 *
 * Both current-law rules of the mental state are replaced, so whatever the mental state, the rule
 * that decides it under this regime is § 101's, not Screws's reading of "willfully".
 */
const CITE = 'H.R. 1280 (117th Cong.) § 101, amending 18 U.S.C. 242';
const UNCONFIRMED =
  'H.R. 1280 text could not be read past its table of contents; the wording follows engrossed H.R. 7120 and the CRS summary of H.R. 1280.';
const SOURCES = [
  'http://en.m.wikisource.org/wiki/George_Floyd_Justice_in_Policing_Act_of_2020_(H.R._7120;_116th_Congress)/Title_I/Subtitle_A',
  'https://www.usquery.com/bill-query/bill/117/hr/1280',
];

export const hr1280Sec101: Overlay = {
  id: 'hr-1280-sec-101',
  title: 'H.R. 1280 § 101: "knowingly or recklessly", and no death penalty, in 18 U.S.C. 242',
  cite: CITE,
  unconfirmed: UNCONFIRMED,
  patches: [
    {
      op: 'replace',
      definition: 'section242.mentalStateMet',
      target: 'screws-v-united-states.specific-intent',
      rule: {
        id: 'hr-1280.sec-101.knowingly-or-recklessly',
        cite: CITE,
        text: 'Strikes "willfully" and inserts "knowingly or recklessly": an officer who acted with purpose, knowingly or recklessly meets it; a negligent one does not.',
        then: oneOf(fact('findings.mentalState'), ['purpose', 'knowing', 'reckless']),
        sources: SOURCES,
      },
    },
    {
      op: 'replace',
      definition: 'section242.mentalStateMet',
      target: 'screws-v-united-states.recklessness-not-willful',
      rule: {
        id: 'hr-1280.sec-101.recklessly',
        cite: CITE,
        text: '"knowingly or recklessly": recklessness meets the mental state, a lower standard than willfulness.',
        when: eq(fact('findings.mentalState'), 'reckless'),
        then: value(true),
        sources: SOURCES,
      },
    },
    {
      op: 'replace',
      definition: 'section242.maxPenalty',
      target: 'usc-18-242.death-results',
      rule: {
        id: 'hr-1280.sec-101.no-death-penalty',
        cite: CITE,
        text: 'Strikes ", or may be sentenced to death"; if death results (the act was a "substantial factor contributing to the death"), any term of years or life.',
        when: oneOf(fact('harm'), ['death']),
        then: value('life'),
        // It strikes words of the text in force from Sept. 13, 1994: before that, § 242 had no
        // death penalty to strike, and the ceiling of the day stands (1 year before 1968).
        inForce: { from: PUB_L_103_322 },
        sources: SOURCES,
      },
    },
  ],
};
