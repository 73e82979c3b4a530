import { type Definition, definition, eq, fact, oneOf, ref, value } from '../../engine/index.js';

/** Route `officerSuit`: damages from the individual officer (DESIGN.md §3). */
export const officerSuit: Definition = definition('officerSuit', 'Damages from the individual officer', [
  {
    id: 'officer-suit.federal-officer',
    cite: 'Bivens v. Six Unknown Named Agents, 403 U.S. 388 (1971); 42 U.S.C. 1983',
    text: '§ 1983 reaches those acting under color of State law only, and no statute gives a parallel damages action against federal officers; the damages action against a federal officer is Bivens.',
    when: eq(fact('officer.employer'), 'federal'),
    then: ref('bivens.officerClaim'),
  },
  {
    id: 'officer-suit.state-or-local-officer',
    cite: '42 U.S.C. 1983',
    text: 'Every person who, under color of any statute, ordinance, regulation, custom, or usage, of any State ... shall be liable to the party injured.',
    when: oneOf(fact('officer.employer'), ['state', 'local']),
    then: ref('section1983.officerClaim'),
  },
  {
    id: 'officer-suit.tribal-officer-not-encoded',
    cite: '42 U.S.C. 1983; Bivens v. Six Unknown Named Agents, 403 U.S. 388 (1971)',
    text: '§ 1983 reaches those acting under color of State law and Bivens federal agents; whether either, or any other action, lies against a tribal officer is not encoded: Recourse’s legal source is silent on it, so the route stays undetermined.',
    then: value('unencoded'),
  },
]);
