import { type Definition, definition, eq, fact, oneOf, ref, value } from '../../engine/index.js';

/** Route `officerSuit`: damages from the individual officer (DESIGN.md §3). */
export const officerSuit: Definition = definition('officerSuit', 'Damages from the individual officer', [
  {
    id: 'officer-suit.federal-officer',
    cite: 'Bivens v. Six Unknown Named Agents, 403 U.S. 388 (1971); LAW.md §1.1 (no parallel statute for federal officers)',
    text: '§ 1983 reaches state and local actors only; the damages action against a federal officer is Bivens.',
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
    cite: 'LAW.md (silent on tribal officers)',
    text: 'Recourse’s legal source does not cover suits against tribal officers; nothing is encoded, so the route stays undetermined.',
    then: value('unencoded'),
  },
]);
