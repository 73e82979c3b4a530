import {
  and,
  definition,
  eq,
  fact,
  isFalse,
  type Overlay,
  oneOf,
  ref,
  value,
} from '../../../engine/index.js';

/**
 * Sen. Scott's employer-liability framework (April-June 2021; NEGOTIATION.md I1 option QI-3): civil liability shifts from individual officers to the employing department:
 * plaintiffs "be able to go after the jurisdiction whether it's local or state", for its officers'
 * violations within the scope of employment (respondeat superior). No change for the individual
 * officer (qualified immunity stays) and none to § 242. The framework was offered in place of
 * the qualified-immunity bar of H.R. 1280 § 102 and, like it, concerns law enforcement: LAW.md
 * §4.1 describes it as pulling back "QI for law enforcement by shifting civil liability from
 * individual officers to the employing departments" (NEGOTIATION.md QI-3: "departments or
 * municipalities become liable"). It therefore reaches police officers, not correctional officers
 * or other officials such as medical-board investigators (UNCONFIRMED without text). No bill text
 * exists: whether the entity could raise a qualified-immunity-like defence, and any limit to death
 * or serious injury (Graham's "sweet spot", option QI-3a), are UNCONFIRMED; Recourse encodes plain
 * employer liability without either. Where the right was not clearly established (the case in which
 * qualified immunity would shield the officer), the sources do not say whether the department
 * answers ("it was not immediately clear if the plan would curtail qualified immunity or outright
 * eliminate it"): the route is undetermined there, marked UNCONFIRMED.
 */
const CITE = 'Scott employer-liability framework (2021; no bill text)';
const SOURCES = [
  'https://reason.com/2021/04/22/tim-scott-is-proposing-a-major-reform-to-qualified-immunity/?comments=true',
  'https://highergroundtimes.com/higher-ground/2021/jun/28/democrats-back-down-qualified-immunity-policing-bi',
];
const NOTE =
  'No text was published: whether the employer may raise a qualified-immunity-like defence, and whether liability is limited to death or serious bodily injury, are UNCONFIRMED; encoded as plain liability for violations within the scope of employment where the right was clearly established, and as undetermined where it was not. Its reach is read from "pull back QI for law enforcement" and "the employing departments": law enforcement officers only, not correctional officers or other officials (UNCONFIRMED without text).';

export const scott2021EmployerLiability: Overlay = {
  id: 'scott-2021-employer-liability',
  title: 'Scott (2021): suits against the employing jurisdiction for its officers’ violations',
  cite: CITE,
  unconfirmed: NOTE,
  patches: [
    {
      op: 'define',
      definition: definition(
        'employerLiability.claim',
        'A damages action against the employing state or local government for its officer’s violation',
        [
          {
            id: 'scott-2021.color-of-law',
            cite: CITE,
            text: 'Liability for violations by officers acting under color of law.',
            when: isFalse('officer.underColorOfLaw'),
            then: value('unavailable'),
            tags: { blockedBy: 'no-color-of-law' },
            sources: SOURCES,
          },
          {
            id: 'scott-2021.scope-of-employment',
            cite: CITE,
            text: 'The jurisdiction answers for its officers acting within the scope of their employment.',
            when: isFalse('officer.withinScopeOfEmployment'),
            then: value('unavailable'),
            tags: { blockedBy: 'not-within-scope' },
            sources: SOURCES,
          },
          {
            id: 'scott-2021.violation',
            cite: CITE,
            text: 'The officer must have violated the person’s rights.',
            when: isFalse('findings.rightViolated'),
            then: value('unavailable'),
            tags: { blockedBy: 'no-violation' },
            sources: SOURCES,
          },
          {
            id: 'scott-2021.not-clearly-established',
            cite: CITE,
            text: 'Liability shifts from individual officers to departments; "it was not immediately clear if the plan would curtail qualified immunity or outright eliminate it" (Reason, Apr. 22, 2021). Where the right was not clearly established, whether the department answers is not known.',
            when: eq(ref('qualifiedImmunity.shields'), true),
            then: value('unencoded'),
            unconfirmed:
              'No source gives the framework a defence, a cap or a Monell replacement: whether the employer is liable where the right was not clearly established is UNCONFIRMED, so the route is undetermined there.',
            sources: [
              'https://reason.com/2021/04/22/tim-scott-is-proposing-a-major-reform-to-qualified-immunity/',
              'https://kvia.com/your-voice-your-vote/politics/2021/05/07/tentative-bipartisan-agreement-reached-on-some-key-issues-in-policing-overhaul/',
            ],
          },
          {
            id: 'scott-2021.jurisdiction-liable',
            cite: CITE,
            text: 'Plaintiffs will "be able to go after the jurisdiction whether it\'s local or state" (Scott, June 28, 2021).',
            then: value('available'),
            sources: SOURCES,
          },
        ],
      ),
    },
    {
      op: 'add',
      definition: 'employerSuit',
      rule: {
        id: 'scott-2021.employer-suit',
        cite: CITE,
        text: 'Civil liability shifts from individual law enforcement officers to the employing department, local or state.',
        when: and(eq(fact('officer.role'), 'police'), oneOf(fact('officer.employer'), ['state', 'local'])),
        then: ref('employerLiability.claim'),
        priority: 450,
        sources: SOURCES,
      },
    },
  ],
};
