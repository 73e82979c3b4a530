import { and, eq, fact, hasAny, isTrue, or, type Rule, value } from '../../engine/index.js';
import { FORCES } from '../vocabulary.js';

/**
 * Executive Order 14074 (25 May 2022), "Advancing Effective, Accountable Policing and Criminal
 * Justice Practices" (LAW.md §4.4). Binds federal law enforcement agencies only. Revoked by EO
 * 14148 on 20 January 2025, so in force from 25 May 2022 until 20 January 2025.
 */
export const EO_14074_IN_FORCE = { from: '2022-05-25', until: '2025-01-20' } as const;
const CITE = 'Executive Order 14074 (May 25, 2022), revoked by Executive Order 14148 (Jan. 20, 2025)';
const SOURCES = [
  'https://explainthelaw.com/executive-orders/order/14074/',
  'https://legalclarity.org/executive-order-14074-advancing-accountable-policing',
];
const FEDERAL = eq(fact('officer.employer'), 'federal');

type RuleText = Omit<Rule, 'priority'>;

export const eo14074Chokehold: RuleText = {
  id: 'eo-14074.chokehold',
  cite: CITE,
  text: 'Federal officers are prohibited from using chokeholds or carotid restraints unless deadly force is authorized by law.',
  when: FEDERAL,
  then: value('prohibited'),
  inForce: EO_14074_IN_FORCE,
  sources: SOURCES,
};

export const eo14074NoKnock: RuleText = {
  id: 'eo-14074.no-knock',
  cite: CITE,
  text: 'Federal no-knock entries are restricted to circumstances where announcing would create an imminent threat of physical violence to officers or others; their use is tracked and reported.',
  when: FEDERAL,
  then: value('restricted'),
  inForce: EO_14074_IN_FORCE,
  sources: SOURCES,
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
  cite: `${CITE}; FBI National Use-of-Force Data Collection`,
  text: 'Within 180 days federal law enforcement agencies submit use-of-force data monthly to the FBI National Use-of-Force Data Collection.',
  when: and(FEDERAL, hasAny(fact('conduct.force'), [...FORCES])),
  then: value(true),
  inForce: EO_14074_IN_FORCE,
  sources: ['https://allisonwaggoner.com/NwzNbM/executive-order-14074'],
};
