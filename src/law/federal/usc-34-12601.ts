import { and, type Definition, definition, eq, fact, isFalse, oneOf, value } from '../../engine/index.js';
import { beforeEnactment } from '../enactment.js';

/**
 * 34 U.S.C. 12601 (formerly 42 U.S.C. 14141), the Attorney General's pattern-or-practice action
 * (LAW.md §1.6, §0 E8), enacted by the Violent Crime Control and Law Enforcement Act of 1994, § 210401.
 * It reaches conduct by law enforcement officers and by officials or employees of an agency
 * responsible for juvenile justice or the incarceration of juveniles; not adult corrections.
 * Plaintiff: the United States only. Remedy: equitable and declaratory relief, no damages. Trigger:
 * a pattern or practice, not a single incident. Before the 2021 proposals, DOJ had no
 * administrative subpoena power in these investigations.
 */
/** Pub. L. 103-322, the Violent Crime Control and Law Enforcement Act of 1994, was enacted on Sept. 13, 1994. */
const ENACTED = '1994-09-13';

export const patternOrPracticeAction: Definition = definition(
  'patternOrPractice.action',
  'The Attorney General can sue the agency for a pattern or practice of violations',
  [
    ...beforeEnactment({
      id: 'usc-34-12601.before-enactment',
      cite: 'Violent Crime Control and Law Enforcement Act of 1994, Pub. L. 103-322, § 210401',
      text: 'The pattern-or-practice authority was created in 1994; before it the Attorney General had no such action.',
      enacted: { on: ENACTED },
      sources: [
        'https://uscode.house.gov/view.xhtml?edition=1994&num=0&req=granuleid%3AUSC-1994-title18-section242',
      ],
    }),
    {
      id: 'usc-34-12601.governmental-authority',
      cite: '34 U.S.C. 12601(a)',
      text: 'It shall be unlawful for any governmental authority, or any agent thereof, ... to engage in a pattern or practice of conduct by law enforcement officers ... that deprives persons of rights.',
      when: eq(fact('officer.employer'), 'federal'),
      then: value('unavailable'),
      tags: { blockedBy: 'not-covered' },
      unconfirmed:
        'The sources Recourse encodes from describe the action as one the United States brings against state and local governments; whether it reaches federal agencies is not stated, and Recourse treats them as not covered.',
    },
    {
      id: 'usc-34-12601.law-enforcement-officers',
      cite: '34 U.S.C. 12601(a); United States v. Lauderdale County (5th Cir. 2019)',
      text: 'The prohibition reaches a pattern or practice of conduct "by law enforcement officers or by officials or employees of any governmental agency with responsibility for the administration of juvenile justice or the incarceration of juveniles": correctional staff and other officials are reached only in such an agency (not adult corrections; not youth-court judges).',
      when: and(
        oneOf(fact('officer.role'), ['corrections', 'other-official']),
        isFalse('agency.juvenileJustice'),
      ),
      then: value('unavailable'),
      tags: { blockedBy: 'not-covered' },
      sources: ['https://juvenilelawopinions.justia.com/2019/02/02/united-states-v-lauderdale-county/'],
    },
    {
      id: 'usc-34-12601.pattern-or-practice',
      cite: '34 U.S.C. 12601(a)',
      text: 'The action requires a pattern or practice of conduct, not a single incident.',
      when: isFalse('agency.patternOrPractice'),
      then: value('unavailable'),
      tags: { blockedBy: 'no-pattern-or-practice' },
      sources: [
        'https://www.everycrsreport.com/files/2020-06-15_LSB10494_6e5184ca71feac74c22c9f35fbe7bce800a1ff15.html',
      ],
    },
    {
      id: 'usc-34-12601.attorney-general-action',
      cite: '34 U.S.C. 12601(b)',
      text: 'Whenever the Attorney General has reasonable cause to believe that a violation has occurred, the Attorney General may in a civil action obtain appropriate equitable and declaratory relief to eliminate the pattern or practice.',
      then: value('available'),
    },
  ],
);

export const patternOrPracticeTools: Definition = definition(
  'patternOrPractice.tools',
  'The remedies and investigative tools of the pattern-or-practice action',
  [
    {
      id: 'usc-34-12601.remedies',
      cite: '34 U.S.C. 12601(b)',
      text: 'Equitable and declaratory relief, sued for by the Attorney General; no private right of action, no damages, no administrative subpoena.',
      then: value(['equitable-relief', 'declaratory-relief']),
    },
  ],
);

export const patternOrPracticePlaintiffs: Definition = definition(
  'patternOrPractice.plaintiffs',
  'Who may bring the pattern-or-practice action',
  [
    {
      id: 'usc-34-12601.attorney-general-sues',
      cite: '34 U.S.C. 12601(b)',
      text: 'The Attorney General, for the United States, may bring the civil action; there is no private right of action.',
      then: value(['united-states']),
      sources: [
        'https://www.everycrsreport.com/files/2020-06-15_LSB10494_6e5184ca71feac74c22c9f35fbe7bce800a1ff15.html',
      ],
    },
  ],
);
