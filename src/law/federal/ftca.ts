import { and, type Definition, definition, eq, fact, hasAny, isFalse, value } from '../../engine/index.js';

/**
 * The Federal Tort Claims Act, 28 U.S.C. 2671-2680 (LAW.md §1.9): suits against the United States
 * (not the officer) for torts of federal employees acting within the scope of their employment.
 * The 1974 "law enforcement proviso" of § 2680(h) lets intentional-tort claims (assault, battery,
 * false arrest, false imprisonment ...) proceed for acts of "investigative or law enforcement
 * officers". The Act's other exceptions (discretionary function and the rest) are not in LAW.md
 * and are not encoded.
 */
const INTENTIONAL_TORT_CLAIMS = ['excessive-force', 'false-arrest', 'unlawful-seizure'] as const;
const OTHER_TORT_CLAIMS = ['medical-neglect', 'conditions-of-confinement', 'property-taking'] as const;

export const ftcaClaim: Definition = definition(
  'ftca.employerClaim',
  'A tort action against the United States for the acts of its employee (FTCA)',
  [
    {
      id: 'usc-28-2679.scope-of-employment',
      cite: '28 U.S.C. 1346(b), 2671-2680',
      text: 'The United States is liable for torts of federal employees acting within the scope of their office or employment.',
      when: isFalse('officer.withinScopeOfEmployment'),
      then: value('unavailable'),
      tags: { blockedBy: 'not-within-scope' },
    },
    // Before the intentional-tort rules: a negligence claim lies whatever the date, the 1974 proviso
    // only added intentional torts (LAW.md §1.9), so it must not be blocked as "not in force".
    {
      id: 'usc-28-1346b.tort-of-employee',
      cite: '28 U.S.C. 1346(b), 2674',
      text: 'The United States is liable for the negligent or wrongful act or omission of its employees as a private person would be.',
      when: hasAny(fact('conduct.claims'), [...OTHER_TORT_CLAIMS]),
      then: value('available'),
    },
    {
      id: 'usc-28-2680h.law-enforcement-proviso',
      cite: '28 U.S.C. 2680(h) (law enforcement proviso, 1974)',
      text: 'Claims arising out of assault, battery, false imprisonment, false arrest ... are allowed against the United States for acts or omissions of "investigative or law enforcement officers".',
      when: and(
        eq(fact('officer.role'), 'police'),
        hasAny(fact('conduct.claims'), [...INTENTIONAL_TORT_CLAIMS]),
      ),
      then: value('available'),
      inForce: { from: '1974-03-16' },
      unconfirmed:
        'LAW.md dates the proviso to 1974; the day (16 March 1974, Pub. L. 93-253) is not in LAW.md.',
      sources: [
        'https://ilr.law.uiowa.edu/print/volume-107-issue-4/deficiencies-in-the-federal-tort-claims-act-law-enforcement-proviso-and-the-need-for-reform/',
      ],
    },
    {
      id: 'usc-28-2680h.before-proviso',
      cite: '28 U.S.C. 2680(h) (before the 1974 law enforcement proviso)',
      text: 'Before 1974, claims arising out of assault, battery, false imprisonment or false arrest were excepted from the Act for every federal employee.',
      when: and(
        eq(fact('officer.role'), 'police'),
        hasAny(fact('conduct.claims'), [...INTENTIONAL_TORT_CLAIMS]),
      ),
      then: value('unavailable'),
      inForce: { until: '1974-03-16' },
      tags: { blockedBy: 'not-in-force' },
      unconfirmed:
        'LAW.md dates the proviso to 1974; the day (16 March 1974, Pub. L. 93-253) is not in LAW.md.',
    },
    {
      id: 'usc-28-2680h.intentional-torts-excepted',
      cite: '28 U.S.C. 2680(h)',
      text: 'The Act does not apply to claims arising out of assault, battery, false imprisonment, false arrest ..., except for investigative or law enforcement officers under the proviso.',
      // The default: a claim the rules above do not let through is one the Act excepts. (A last
      // rule making the United States liable could never decide: any claim it would reach is
      // either an ordinary tort, allowed above, or excepted here.)
      then: value('unavailable'),
      tags: { blockedBy: 'not-covered' },
    },
  ],
);
