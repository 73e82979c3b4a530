import { and, eq, fact, oneOf, type Rule, ref, value } from '../../engine/index.js';

/**
 * Executive Order 13929, "Safe Policing for Safe Communities" (16 June 2020) (LAW.md §3.4, §4.4):
 * DOJ discretionary grants go only to state and local agencies credentialed by bodies that
 * confirm the agency's use-of-force policy bans chokeholds except where deadly force is allowed.
 * A funding condition, not a ban. LAW.md does not say whether the order was later revoked, so it
 * is encoded without an end date.
 */
const SIGNED = '2020-06-16';
const NOT_REVOKED_NOTE =
  'LAW.md records no revocation of EO 13929; whether it remains in force is UNCONFIRMED.';
const SOURCES = [
  'https://blackfacts.com/news/article/executive-order-safe-policing-for-safe-communities',
  'https://www.everycrsreport.com/reports/LSB10498.html',
];
const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);
const BANS_CHOKEHOLDS = oneOf(ref('tactics.chokehold.bindingRule'), [
  'policy-deadly-force-exception',
  'policy',
  'law-deadly-force-exception',
  'law',
]);

type RuleText = Omit<Rule, 'priority'>;

export const eo13929ChokeholdCredentialing: RuleText = {
  id: 'eo-13929.chokehold-credentialing',
  cite: 'Executive Order 13929 (June 16, 2020)',
  text: 'DOJ discretionary grants only to agencies credentialed by a body confirming that the use-of-force policy bans chokeholds except where the use of deadly force is allowed by law.',
  when: STATE_OR_LOCAL,
  then: value('funding-condition'),
  inForce: { from: SIGNED },
  unconfirmed: `${NOT_REVOKED_NOTE} LAW.md says "chokeholds"; its application to carotid restraints is UNCONFIRMED.`,
  sources: SOURCES,
};

export const eo13929ConditionMet: RuleText = {
  id: 'eo-13929.credentialing-met',
  cite: 'Executive Order 13929 (June 16, 2020)',
  text: "The agency's use-of-force policy must ban chokeholds except where deadly force is allowed; a stricter policy or a law meets it.",
  when: STATE_OR_LOCAL,
  then: BANS_CHOKEHOLDS,
  inForce: { from: SIGNED },
  unconfirmed: NOT_REVOKED_NOTE,
  sources: SOURCES,
};

export const eo13929DiscretionaryGrantsAtRisk: RuleText = {
  id: 'eo-13929.discretionary-grants',
  cite: 'Executive Order 13929 (June 16, 2020)',
  text: 'DOJ discretionary grant funding goes only to credentialed agencies.',
  when: and(STATE_OR_LOCAL, eq(ref('tactics.chokehold.bindingRule'), 'none')),
  then: value(true),
  inForce: { from: SIGNED },
  unconfirmed: NOT_REVOKED_NOTE,
  sources: SOURCES,
};
