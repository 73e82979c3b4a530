import {
  and,
  definition,
  eq,
  fact,
  hasAny,
  isFalse,
  oneOf,
  type Rule,
  ref,
  value,
} from '../../engine/index.js';
import type { PlaceOverlay } from './place-overlay.js';

/**
 * New York City Local Law 48 of 2021 (Int. 2220-A; NYC Admin. Code Title 8, ch. 8) (LAW.md
 * §5.3): a local right of security against unreasonable search and seizure and against excessive
 * force, enforceable by civil action within 3 years; qualified immunity (or a substantially
 * equivalent immunity) is not a defence. The $25,000 officer contribution of the draft was removed;
 * indemnification under N.Y. Gen. Mun. Law § 50-k is unchanged. Passed 25 March 2021; passage is
 * not enactment (Municipal Home Rule Law § 21: adopted on the mayor's signature, or 30 days after
 * presentation without action), and the enactment date is UNCONFIRMED: an incident from 25 March
 * to 24 April 2021 is undetermined for the action; from 25 April 2021 it is law.
 */
const CITE = 'NYC Admin. Code Title 8, ch. 8 (Local Law 48 of 2021)';
const SOURCES = [
  'https://logicallyfacts.com/en/fact-check/true-new-york-is-the-first-city-in-the-us-to-end-qualified-immunity-for-police-officers',
  'https://nycdetectives.org/news/important-message-regarding-qualified-immunity-the-nyc-council/',
];
/** By this date Local Law 48 was law, whenever within the 30 days it was adopted. */
const ENACTED_BY = '2021-04-25';
export const NEW_YORK_CITY = [
  'New York City',
  'New York',
  'Manhattan',
  'Brooklyn',
  'Queens',
  'Bronx',
  'The Bronx',
  'Staten Island',
];
const COVERED = and(
  eq(fact('officer.employer'), 'local'),
  eq(fact('officer.role'), 'police'),
  hasAny(fact('conduct.claims'), ['unlawful-search', 'unlawful-seizure', 'false-arrest', 'excessive-force']),
);

/**
 * Between passage and the latest date of adoption the action is undetermined: the law may not yet
 * have been in force. Applied hypothetically (`--with`), the law is taken as in force whatever the
 * date, so this rule is left out.
 */
const ENACTMENT_DATE_UNKNOWN: Omit<Rule, 'priority'> = {
  id: 'nyc-ll48-2021.enactment-date-unknown',
  cite: `${CITE}; N.Y. Municipal Home Rule Law § 21`,
  text: "Passed by the Council on March 25, 2021; a local law is adopted on the mayor's signature, or 30 days after presentation without action. Whether it was law on this date is not known.",
  then: value('undetermined'),
  inForce: { from: '2021-03-25', until: ENACTED_BY },
  unconfirmed: 'The enactment date of Local Law 48 is UNCONFIRMED: between March 25 and April 25, 2021.',
  sources: ['https://law.justia.com/codes/new-york/2006/municipal-home-rule/mhr021_21.html'],
};

export const newYorkCityLocalLaw48: PlaceOverlay = {
  id: 'nyc-ll48-2021',
  title:
    'New York City Local Law 48: unreasonable search and seizure and excessive force, no qualified immunity',
  cite: CITE,
  inForce: { from: '2021-03-25' },
  unconfirmed: `The enactment date is UNCONFIRMED (passed 25 March 2021; adopted on the mayor's signature or 30 days after presentation): an incident before 25 April 2021 is undetermined for the action. The exact "covered individual" definition is UNCONFIRMED: applied to NYPD officers.`,
  place: and(eq(fact('place.state'), 'NY'), oneOf(fact('place.locality'), NEW_YORK_CITY)),
  patches: (where, applied) => [
    {
      op: 'define',
      definition: definition('newYorkCity.claim', 'An action under NYC Local Law 48 against the officer', [
        ...(applied === 'in-place' ? [ENACTMENT_DATE_UNKNOWN] : []),
        {
          id: 'nyc-ll48-2021.violation',
          cite: CITE,
          text: 'A right of security against unreasonable search and seizure and against excessive force, whether or not in connection with a search or seizure.',
          when: isFalse('findings.rightViolated'),
          then: value('unavailable'),
          tags: { blockedBy: 'no-violation' },
          sources: SOURCES,
        },
        {
          id: 'nyc-ll48-2021.no-qualified-immunity',
          cite: CITE,
          text: 'Qualified immunity, or any substantially equivalent immunity, is not a defense.',
          then: value('available'),
          sources: SOURCES,
        },
      ]),
    },
    {
      op: 'add',
      definition: 'stateSuit',
      rule: {
        id: 'nyc-ll48-2021.civil-action',
        cite: CITE,
        text: 'A civil action in any court of competent jurisdiction, within three years, for unreasonable search and seizure or excessive force by a covered officer.',
        when: where(COVERED),
        then: ref('newYorkCity.claim'),
        priority: 400,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.defendant',
      rule: {
        id: 'nyc-ll48-2021.defendant',
        cite: CITE,
        text: 'The action lies against the covered officer.',
        when: where(COVERED),
        then: value('officer'),
        priority: 400,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.officerPays',
      rule: {
        id: 'nyc-ll48-2021.officer-pays',
        cite: CITE,
        text: 'The draft required officers to contribute up to $25,000 toward settlements and judgments; that was removed before passage. Indemnification under N.Y. Gen. Mun. Law § 50-k is unchanged.',
        when: where(COVERED),
        then: value('none'),
        priority: 400,
        unconfirmed:
          'The local law sets no officer contribution; whether the City indemnifies a given officer under § 50-k is not in the sources Recourse encodes from (they record that NYC officers occasionally paid small shares).',
        sources: [
          'https://nycdetectives.org/news/dea-vehemently-opposes-intro-2220/',
          'https://nycpba.org/miscellaneous/anti-cop-city-council/',
        ],
      },
    },
  ],
};
