import { type Definition, definition, eq, fact, ref, value } from '../../engine/index.js';

/** Route `employerSuit`: damages from the employing government (DESIGN.md §3). */
export const employerSuit: Definition = definition('employerSuit', 'Damages from the employing government', [
  {
    id: 'employer-suit.united-states',
    cite: '28 U.S.C. 2671-2680 (Federal Tort Claims Act)',
    text: 'The FTCA allows suits against the United States, not individual officers, for torts of federal employees.',
    when: eq(fact('officer.employer'), 'federal'),
    then: ref('ftca.employerClaim'),
  },
  {
    id: 'employer-suit.local-government',
    cite: "Monell v. Dep't of Social Services, 436 U.S. 658 (1978)",
    text: 'Local governments are "persons" under § 1983 and can be sued directly, but not on a respondeat superior theory.',
    when: eq(fact('officer.employer'), 'local'),
    then: ref('monell.employerClaim'),
  },
  {
    id: 'employer-suit.state-not-a-monell-defendant',
    cite: "Monell v. Dep't of Social Services, 436 U.S. 658 (1978) (local governments)",
    text: 'Monell makes local governments, not States, suable persons under § 1983.',
    when: eq(fact('officer.employer'), 'state'),
    then: value('unavailable'),
    tags: { blockedBy: 'not-covered' },
    unconfirmed:
      'The sources Recourse encodes from cover municipal liability only; that a State is not a "person" under § 1983 (Will v. Michigan, 1989) is not in them.',
  },
  {
    id: 'employer-suit.tribal-not-encoded',
    cite: "Monell v. Dep't of Social Services, 436 U.S. 658 (1978); 28 U.S.C. 2671-2680 (Federal Tort Claims Act)",
    text: 'Monell reaches local governments and the FTCA the United States; whether either, or any other action, lies against a tribal government is not encoded: Recourse’s legal source is silent on it, so the route stays undetermined.',
    then: value('unencoded'),
  },
]);
