import { type Definition, definition, isFalse, isTrue, not, ref, value } from '../../engine/index.js';
import { beforeEnactment } from '../enactment.js';
import { SECTION_1983_ENACTED } from './usc-42-1983.js';

/**
 * Municipal liability under 42 U.S.C. 1983 (LAW.md §1.3): Monell v. Department of Social
 * Services (1978) and City of Canton v. Harris (1989). A local government is a "person" and can
 * be sued directly, but not on a respondeat superior theory: only when its policy or custom (or a
 * final policymaker's decision, or deliberately indifferent training) was the moving force.
 * No qualified immunity for the entity (Owen v. City of Independence, 1980: UNCONFIRMED in LAW.md).
 */
export const monellPolicyOrCustom: Definition = definition(
  'monell.policyOrCustom',
  "The government's own policy, custom or deliberately indifferent training was the moving force",
  [
    {
      id: 'city-of-canton-v-harris.deliberate-indifference',
      cite: 'City of Canton v. Harris, 489 U.S. 378 (1989)',
      text: 'Inadequate training can ground municipal liability only where the failure to train amounts to deliberate indifference to the rights of persons with whom police come into contact, and actually causes the injury.',
      when: isTrue('agency.deliberatelyIndifferentTraining'),
      then: value(true),
      sources: ['https://www.lawpipe.com/U.S.-Supreme-Court/City_of_Canton_v_Harris.html'],
    },
    {
      id: 'monell.policy-or-custom',
      cite: "Monell v. Dep't of Social Services, 436 U.S. 658 (1978); Pembaur v. City of Cincinnati (1986)",
      text: "Liability attaches only when execution of the government's policy or custom, made by its lawmakers or by those whose acts may fairly be said to represent official policy, inflicts the injury; the policy must be the moving force.",
      then: isTrue('agency.policyOrCustomCaused'),
      sources: ['http://www.lawpipe.com/US/Monell_v_Dept_of_Social_Svcs.html'],
    },
  ],
);

export const monellClaim: Definition = definition(
  'monell.employerClaim',
  'A damages action under 42 U.S.C. 1983 against the employing local government',
  [
    ...beforeEnactment({
      id: 'monell.before-enactment',
      text: 'The action against a local government is one under 42 U.S.C. 1983, created by § 1 of the Civil Rights Act of 1871; before it there was none.',
      ...SECTION_1983_ENACTED,
    }),
    {
      id: 'monell.color-of-law',
      cite: '42 U.S.C. 1983',
      text: 'The deprivation must be under color of state law.',
      when: isFalse('officer.underColorOfLaw'),
      then: value('unavailable'),
      tags: { blockedBy: 'no-color-of-law' },
    },
    {
      id: 'monell.deprivation-of-right',
      cite: "42 U.S.C. 1983; Monell v. Dep't of Social Services, 436 U.S. 658 (1978)",
      text: 'The policy must inflict an injury: a deprivation of a federal right.',
      when: isFalse('findings.rightViolated'),
      then: value('unavailable'),
      tags: { blockedBy: 'no-violation' },
    },
    {
      id: 'monell.no-respondeat-superior',
      cite: "Monell v. Dep't of Social Services, 436 U.S. 658 (1978); City of Oklahoma City v. Tuttle (1985)",
      text: 'A local government cannot be held liable solely because it employs a tortfeasor: no respondeat superior; a single incident by a non-policymaking officer does not show a policy.',
      when: not(ref('monell.policyOrCustom')),
      then: value('unavailable'),
      tags: { blockedBy: 'no-policy-or-custom' },
      sources: ['http://www.lawpipe.com/US/Monell_v_New_York_City.html'],
    },
    {
      id: 'monell.local-government-liable',
      cite: "Monell v. Dep't of Social Services, 436 U.S. 658 (1978)",
      text: 'Local governments are "persons" under § 1983 and can be sued directly for monetary, declaratory or injunctive relief.',
      then: value('available'),
    },
  ],
);
