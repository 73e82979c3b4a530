import { and, eq, fact, type Rule, value } from '../../engine/index.js';

/**
 * The Department of Justice's department-wide policy of 13 September 2021 (announced on the 14th):
 * chokeholds and carotid restraints prohibited unless deadly force is authorized; unannounced
 * ("no-knock") entries only where knocking and announcing would create an imminent threat of
 * physical violence, with director and U.S. Attorney approval. Binds DOJ's own components (FBI,
 * DEA, USMS, ATF). No rescission is recorded in the sources.
 */
const ADOPTED = '2021-09-13';
const SOURCES = [
  'https://kvia.com/ap-national-news/2021/09/14/justice-dept-curtails-agents-use-of-no-knock-warrants',
];
// The department is a fact of the officer (`officer.department`, incident format v1).
const DOJ_OFFICER = and(eq(fact('officer.employer'), 'federal'), eq(fact('officer.department'), 'justice'));
const NOTE =
  'The sources record no rescission of the 2021 DOJ policy; whether it remains in force is UNCONFIRMED.';

type RuleText = Omit<Rule, 'priority'>;

export const dojPolicyChokehold: RuleText = {
  id: 'doj-policy-2021.chokehold',
  cite: 'U.S. Department of Justice, policy on chokeholds and unannounced entries (Sept. 13, 2021; announced Sept. 14)',
  text: 'Chokeholds and carotid restraints are prohibited unless deadly force is authorized (FBI, DEA, USMS, ATF).',
  when: DOJ_OFFICER,
  then: value('prohibited'),
  inForce: { from: ADOPTED },
  unconfirmed: NOTE,
  sources: SOURCES,
};

export const dojPolicyNoKnock: RuleText = {
  id: 'doj-policy-2021.no-knock',
  cite: 'U.S. Department of Justice, policy on chokeholds and unannounced entries (Sept. 13, 2021; announced Sept. 14)',
  text: 'Unannounced entries only when an agent has reasonable grounds to believe knocking and announcing would create an imminent threat of physical violence; exceptions need the approval of the agency director and a U.S. Attorney or Assistant Attorney General.',
  when: DOJ_OFFICER,
  then: value('restricted'),
  inForce: { from: ADOPTED },
  unconfirmed: NOTE,
  sources: SOURCES,
};
