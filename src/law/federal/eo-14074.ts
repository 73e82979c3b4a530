import { and, eq, fact, has, isTrue, oneOf, or, type Rule, value } from '../../engine/index.js';
import { BANS_CHOKEHOLDS, NOT_SEEKING_CREDENTIALS, STATE_OR_LOCAL } from './eo-13929.js';

/**
 * Executive Order 14074 (25 May 2022), "Advancing Effective, Accountable Policing and Criminal
 * Justice Practices to Enhance Public Trust and Public Safety". It binds federal law enforcement
 * agencies only, and through the policies it orders them to adopt: § 7 (chokeholds and carotid
 * restraints) within 90 days and § 10 (no-knock entries) within 60 days, each at least as strict
 * as the Department of Justice's policy of 13 September 2021 (announced on the 14th); § 6 monthly
 * use-of-force reports to the FBI within 180 days. A rule of the order therefore applies from its
 * deadline: § 10 from 24 July 2022, § 7 from 23 August 2022, § 6 from 21 November 2022. Executive
 * Order 14148 revoked it on 20 January 2025.
 */
export const EO_14074_IN_FORCE = { from: '2022-05-25', until: '2025-01-20' } as const;
/** § 7: agency chokehold policies within 90 days of the order. */
export const EO_14074_SEC_7_IN_FORCE = { from: '2022-08-23', until: '2025-01-20' } as const;
/** § 10: agency no-knock policies within 60 days of the order. */
export const EO_14074_SEC_10_IN_FORCE = { from: '2022-07-24', until: '2025-01-20' } as const;
/** § 6: monthly use-of-force data to the FBI within 180 days of the order. */
export const EO_14074_SEC_6_IN_FORCE = { from: '2022-11-21', until: '2025-01-20' } as const;
const CITE = 'Executive Order 14074 (May 25, 2022), revoked by Executive Order 14148 (Jan. 20, 2025)';
const SOURCES = [
  'https://bidenwhitehouse.archives.gov/briefing-room/presidential-actions/2022/05/25/executive-order-on-advancing-effective-accountable-policing-and-criminal-justice-practices-to-enhance-public-trust-and-public-safety/',
  'https://explainthelaw.com/executive-orders/order/14074/',
  'https://legalclarity.org/executive-order-14074-advancing-accountable-policing',
];
const DOJ_POLICY_SOURCE =
  'https://kvia.com/ap-national-news/2021/09/14/justice-dept-curtails-agents-use-of-no-knock-warrants';
const FEDERAL = eq(fact('officer.employer'), 'federal');

type RuleText = Omit<Rule, 'priority'>;

export const eo14074Chokehold: RuleText = {
  id: 'eo-14074.chokehold',
  cite: `${CITE} § 7`,
  text: 'Federal law enforcement agencies must, within 90 days, adopt policies at least as strict as the DOJ policy of Sept. 13, 2021: no chokeholds or carotid restraints unless deadly force is authorized by law.',
  when: FEDERAL,
  then: value('prohibited'),
  inForce: EO_14074_SEC_7_IN_FORCE,
  sources: [...SOURCES, DOJ_POLICY_SOURCE],
};

export const eo14074NoKnock: RuleText = {
  id: 'eo-14074.no-knock',
  cite: `${CITE} § 10`,
  text: 'Federal law enforcement agencies must, within 60 days, adopt policies at least as strict as the DOJ policy of Sept. 13, 2021: no-knock entries only where announcing would create an imminent threat of physical violence to officers or others; their use is tracked and reported.',
  when: FEDERAL,
  then: value('restricted'),
  inForce: EO_14074_SEC_10_IN_FORCE,
  sources: [...SOURCES, DOJ_POLICY_SOURCE],
};

export const eo14074AccountabilityDatabase: RuleText = {
  id: 'eo-14074.nlead',
  cite: `${CITE}; National Law Enforcement Accountability Database`,
  text: 'Federal agencies submit records quarterly: criminal convictions, suspension of enforcement authority such as de-certification, terminations, civil judgments, resignations while under investigation, sustained complaints.',
  when: and(FEDERAL, or(isTrue('officer.convictedForConduct'), isTrue('officer.decertifiedForConduct'))),
  then: value(true),
  inForce: EO_14074_IN_FORCE,
  unconfirmed:
    'Recourse records convictions and de-certifications only; terminations, civil judgments and sustained complaints also go to the database but are not facts of the incident format.',
  sources: ['https://allisonwaggoner.com/NwzNbM/executive-order-14074'],
};

export const eo14074UseOfForceData: RuleText = {
  id: 'eo-14074.use-of-force-data',
  cite: `${CITE} § 6; FBI National Use-of-Force Data Collection`,
  text: 'Within 180 days federal law enforcement agencies report monthly to the FBI National Use-of-Force Data Collection the deaths and serious bodily injuries resulting from a use of force, and firearm discharges at or toward a person; not every use of force.',
  when: and(
    FEDERAL,
    or(oneOf(fact('harm'), ['death', 'serious-injury']), has(fact('conduct.force'), 'firearm')),
  ),
  then: value(true),
  inForce: EO_14074_SEC_6_IN_FORCE,
  unconfirmed:
    'The incident format records that a firearm was used as force, read here as a discharge at or toward the person.',
  sources: [...SOURCES, 'https://allisonwaggoner.com/NwzNbM/executive-order-14074'],
};

const SEC_19B_CITE =
  'Executive Order 14074 (May 25, 2022) § 19(b), revoked by Executive Order 14148 (Jan. 20, 2025)';
const SEC_19B_TEXT =
  'Pending new accreditation standards, the Attorney General shall "maintain the current requirements related to accreditation".';
const SEC_19B_NOTE =
  'What DOJ actually kept of EO 13929’s credentialing condition after May 25, 2022 is UNCONFIRMED; encoded as the same condition.';

/** § 19(b): the accreditation requirements maintained after EO 13929's revocation, for state and local agencies. */
export const eo14074AccreditationChokehold: RuleText = {
  id: 'eo-14074.sec-19b.chokehold-credentialing',
  cite: SEC_19B_CITE,
  text: `${SEC_19B_TEXT} Those requirements asked a use-of-force policy banning chokeholds except where deadly force is allowed.`,
  when: STATE_OR_LOCAL,
  then: value('funding-condition'),
  inForce: EO_14074_IN_FORCE,
  unconfirmed: SEC_19B_NOTE,
  sources: SOURCES,
};

export const eo14074AccreditationMet: RuleText = {
  id: 'eo-14074.sec-19b.credentialing-met',
  cite: SEC_19B_CITE,
  text: `${SEC_19B_TEXT} A policy banning chokeholds except where deadly force is allowed, or stricter, meets them.`,
  when: STATE_OR_LOCAL,
  then: BANS_CHOKEHOLDS,
  inForce: EO_14074_IN_FORCE,
  unconfirmed: SEC_19B_NOTE,
  sources: SOURCES,
};

export const eo14074AccreditationGrantsAtRisk: RuleText = {
  id: 'eo-14074.sec-19b.discretionary-grants',
  cite: SEC_19B_CITE,
  text: `${SEC_19B_TEXT} An agency with neither credentials nor an application pending would stay ineligible for DOJ discretionary grants.`,
  when: and(STATE_OR_LOCAL, NOT_SEEKING_CREDENTIALS),
  then: value(true),
  inForce: EO_14074_IN_FORCE,
  unconfirmed: SEC_19B_NOTE,
  sources: SOURCES,
};
