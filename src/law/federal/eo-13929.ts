import { and, eq, fact, oneOf, type Rule, ref, value } from '../../engine/index.js';

/**
 * Executive Order 13929, "Safe Policing for Safe Communities" (16 June 2020): DOJ discretionary
 * grants go only to state and local agencies that "have sought or are in the process of seeking"
 * credentials from bodies that confirm the agency's use-of-force policy bans chokeholds except
 * where deadly force is allowed. A funding condition, not a ban. Executive Order 14074 § 22(b)
 * revoked it on 25 May 2022; revoking EO 14074 in 2025 did not revive it, and EO 14288 (Apr. 28,
 * 2025) has no such condition. So the condition is in force from 16 June 2020 to 24 May 2022
 * inclusive; what EO 14074 § 19(b) kept after it is in eo-14074.ts.
 */
export const EO_13929_IN_FORCE = { from: '2020-06-16', until: '2022-05-25' } as const;
export const EO_13929_CITE =
  'Executive Order 13929 (June 16, 2020), revoked by Executive Order 14074 § 22(b) (May 25, 2022)';
const SOURCES = [
  'https://blackfacts.com/news/article/executive-order-safe-policing-for-safe-communities',
  'https://www.everycrsreport.com/reports/LSB10498.html',
  'https://executivedisorder.net/executive_order/301',
  'https://police1.com/police-grants/articles/how-the-executive-order-on-safe-policing-for-safe-communities-impacts-grant-funding-c3JGCzJKeSLybM8t',
];
const CAROTID_NOTE =
  'The order speaks of "chokeholds"; its application to carotid restraints is UNCONFIRMED.';
export const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);
export const BANS_CHOKEHOLDS = oneOf(ref('tactics.chokehold.bindingRule'), [
  'policy-deadly-force-exception',
  'policy',
  'law-deadly-force-exception',
  'law',
]);
/** Neither credentialed nor seeking credentials: the only agencies the order denied grants. */
export const NOT_SEEKING_CREDENTIALS = eq(fact('agency.credentialing'), 'none');

type RuleText = Omit<Rule, 'priority'>;

export const eo13929ChokeholdCredentialing: RuleText = {
  id: 'eo-13929.chokehold-credentialing',
  cite: EO_13929_CITE,
  text: 'DOJ discretionary grants only to agencies credentialed by a body confirming that the use-of-force policy bans chokeholds except where the use of deadly force is allowed by law.',
  when: STATE_OR_LOCAL,
  then: value('funding-condition'),
  inForce: EO_13929_IN_FORCE,
  unconfirmed: CAROTID_NOTE,
  sources: SOURCES,
};

export const eo13929ConditionMet: RuleText = {
  id: 'eo-13929.credentialing-met',
  cite: EO_13929_CITE,
  text: "The agency's use-of-force policy must ban chokeholds except where deadly force is allowed; a stricter policy or a law meets it.",
  when: STATE_OR_LOCAL,
  then: BANS_CHOKEHOLDS,
  inForce: EO_13929_IN_FORCE,
  sources: SOURCES,
};

export const eo13929DiscretionaryGrantsAtRisk: RuleText = {
  id: 'eo-13929.discretionary-grants',
  cite: EO_13929_CITE,
  text: 'DOJ discretionary grant funding goes only to agencies that "have sought or are in the process of seeking" credentials: an agency with neither credentials nor an application pending is ineligible.',
  when: and(STATE_OR_LOCAL, NOT_SEEKING_CREDENTIALS),
  then: value(true),
  inForce: EO_13929_IN_FORCE,
  sources: SOURCES,
};
