import {
  and,
  type Definition,
  definition,
  eq,
  fact,
  hasAny,
  isFalse,
  ref,
  value,
} from '../../engine/index.js';

/**
 * The Federal Tort Claims Act, 28 U.S.C. 2671-2680 (LAW.md §1.9, §0 E4): suits against the United
 * States (not the officer) for torts of federal employees acting within the scope of their
 * employment. § 2680(h) excepts claims arising out of assault, battery, false imprisonment, false
 * arrest, malicious prosecution, abuse of process (and libel, slander, misrepresentation, deceit,
 * interference with contract rights); the 1974 "law enforcement proviso" restores the first six for
 * acts of "investigative or law enforcement officers": officers "empowered by law to execute
 * searches, to seize evidence, or to make arrests for violations of Federal law". The proviso turns
 * on those powers, not on the job title. Trespass and invasion of privacy are not listed, so
 * § 2680(h) does not bar them. The Act's other exceptions (discretionary function and the rest)
 * are not encoded: LAW.md says only that they may apply.
 */

/** Claims § 2680(h) excepts and its proviso restores: battery and assault, false arrest and imprisonment. */
const INTENTIONAL_TORT_CLAIMS = ['excessive-force', 'false-arrest', 'unlawful-seizure'] as const;
/** Claims of negligence or wrongful acts that § 2680(h) does not name. */
const OTHER_TORT_CLAIMS = ['medical-neglect', 'conditions-of-confinement', 'property-taking'] as const;
/** An unlawful search is a trespass or an invasion of privacy: torts § 2680(h) does not list. */
const UNLISTED_INTENTIONAL_TORT_CLAIMS = ['unlawful-search'] as const;

const PROVISO_SOURCES = [
  'http://law.justia.com/cases/federal/us/569/11-10362',
  'https://biotech.law.lsu.edu/map/LawEnforcementException.html',
];
const PROVISO_DATE_NOTE =
  'The sources Recourse encodes from date the proviso to 1974; the day (16 March 1974, Pub. L. 93-253) is not in them.';

/**
 * Whether a federal employee is an "investigative or law enforcement officer": read only for
 * federal employees (the FTCA route and H.R. 1280 § 102's federal limb check the employer first).
 */
export const ftcaLawEnforcementOfficer: Definition = definition(
  'ftca.lawEnforcementOfficer',
  'The federal employee is an "investigative or law enforcement officer" of 28 U.S.C. 2680(h)',
  [
    {
      id: 'usc-28-2680h.federal-police-officer',
      cite: '28 U.S.C. 2680(h) (definition of "investigative or law enforcement officer")',
      text: 'An "investigative or law enforcement officer" is any officer of the United States who is empowered by law to execute searches, to seize evidence, or to make arrests for violations of Federal law; a federal police officer is one.',
      when: eq(fact('officer.role'), 'police'),
      then: value(true),
      sources: ['https://biotech.law.lsu.edu/map/LawEnforcementException.html'],
    },
    {
      id: 'usc-18-3050.prison-officer-arrest-powers',
      cite: '18 U.S.C. 3050; Millbrook v. United States, 569 U.S. 50 (2013)',
      text: 'Officers and employees of the Bureau of Prisons may make arrests for violations of federal law, so a federal prison officer is an "investigative or law enforcement officer" of § 2680(h) (the Government conceded it in Millbrook).',
      when: and(eq(fact('officer.role'), 'corrections'), eq(fact('officer.department'), 'justice')),
      then: value(true),
      sources: [
        'https://law.justia.com/codes/us/2011/title-18/part-ii/chapter-203/section-3050/index.html',
        'http://law.justia.com/cases/federal/us/569/11-10362',
      ],
    },
    {
      id: 'usc-28-2680h.empowered-by-law',
      cite: '28 U.S.C. 2680(h) (definition of "investigative or law enforcement officer")',
      text: 'Any other federal employee is one if, and only if, empowered by law to execute searches, to seize evidence, or to make arrests for violations of Federal law.',
      then: fact('officer.lawEnforcementPowers'),
      sources: ['https://biotech.law.lsu.edu/map/LawEnforcementException.html'],
    },
  ],
);

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
      id: 'usc-28-2680h.trespass-and-privacy-not-excepted',
      cite: '28 U.S.C. 1346(b), 2680(h)',
      text: 'Trespass and invasion of privacy (an unlawful search) are not among the torts § 2680(h) excepts, so it does not bar them, whoever the officer and whatever the date.',
      when: hasAny(fact('conduct.claims'), [...UNLISTED_INTENTIONAL_TORT_CLAIMS]),
      then: value('available'),
      unconfirmed:
        'Other exceptions of 28 U.S.C. 2680, such as the discretionary-function exception of § 2680(a), may bar a given claim; that is UNCONFIRMED for any claim and not encoded.',
      sources: ['https://biotech.law.lsu.edu/map/IntentionalTortsunderFTCA.html'],
    },
    {
      id: 'usc-28-2680h.law-enforcement-proviso',
      cite: '28 U.S.C. 2680(h) (law enforcement proviso, 1974); Millbrook v. United States, 569 U.S. 50 (2013)',
      text: 'Claims arising out of assault, battery, false imprisonment, false arrest, abuse of process or malicious prosecution are allowed against the United States for acts or omissions of "investigative or law enforcement officers" within the scope of their employment, whether or not they were searching, seizing evidence or arresting at the time.',
      when: and(
        ref('ftca.lawEnforcementOfficer'),
        hasAny(fact('conduct.claims'), [...INTENTIONAL_TORT_CLAIMS]),
      ),
      then: value('available'),
      inForce: { from: '1974-03-16' },
      unconfirmed: PROVISO_DATE_NOTE,
      sources: [
        'https://ilr.law.uiowa.edu/print/volume-107-issue-4/deficiencies-in-the-federal-tort-claims-act-law-enforcement-proviso-and-the-need-for-reform/',
        ...PROVISO_SOURCES,
      ],
    },
    {
      id: 'usc-28-2680h.before-proviso',
      cite: '28 U.S.C. 2680(h) (before the 1974 law enforcement proviso)',
      text: 'Before 1974, claims arising out of assault, battery, false imprisonment or false arrest were excepted from the Act for every federal employee.',
      when: and(
        ref('ftca.lawEnforcementOfficer'),
        hasAny(fact('conduct.claims'), [...INTENTIONAL_TORT_CLAIMS]),
      ),
      then: value('unavailable'),
      inForce: { until: '1974-03-16' },
      tags: { blockedBy: 'not-in-force' },
      unconfirmed: PROVISO_DATE_NOTE,
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
