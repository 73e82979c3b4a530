import type { FactSpec } from '../engine/index.js';
import {
  CHOKEHOLD_RULES,
  CLAIMS,
  CREDENTIALING,
  DEPARTMENTS,
  EMPLOYERS,
  FORCES,
  HARMS,
  MENTAL_STATES,
  NO_KNOCK_RULES,
  ROLES,
  STATES,
  WARRANTS,
} from './vocabulary.js';

/**
 * Facts a person may know nothing of at all, asked as a group: the findings of a court, a jury or
 * a prosecutor (often not yet made), and the department's record that Monell and 34 U.S.C. 12601
 * turn on. One "don't know any of these" leaves the whole group open.
 */
export const FACT_GROUPS: Readonly<Record<string, { readonly about: string; readonly dontKnowAny: string }>> =
  {
    findings: {
      about: 'what a court, a jury or a prosecutor has found',
      dontKnowAny: "don't know any finding (leave them all open)",
    },
    'agency-record': {
      about: 'the department’s record: its policies, training, and any pattern or practice',
      dontKnowAny: "don't know the department's record (leave it all open)",
    },
  };

/**
 * Every fact of the incident format the law reads, with the question that asks it and help
 * taken from LAW.md's definitions. The interview asks from this list; tests generate incidents
 * from it.
 */
export const INCIDENT_FACTS: readonly FactSpec[] = [
  {
    path: 'place.state',
    type: 'enum',
    values: STATES,
    question: 'In which state did it happen?',
    help: 'State and local laws (Colorado, New Mexico, New York, Connecticut, Massachusetts, Minnesota, Kentucky, Virginia, Washington) apply by place and date.',
  },
  {
    path: 'place.locality',
    type: 'text',
    values: ['New York City', 'Louisville', 'elsewhere'],
    question: 'In which city or county?',
    help: 'New York City and Louisville have their own laws.',
  },
  {
    path: 'place.nearBorder',
    type: 'boolean',
    question: 'Did it happen at or near an international border of the United States?',
    help: 'A border setting is a new context for a Bivens suit against a federal officer, with no damages remedy (Hernandez v. Mesa, 2020: a cross-border shooting; Egbert v. Boule, 2022: force by a Border Patrol agent near the border).',
  },
  {
    path: 'officer.employer',
    type: 'enum',
    values: EMPLOYERS,
    question: 'Who employed the officer?',
    help: '§ 1983 reaches state and local officers; federal officers are sued under Bivens and the United States under the FTCA.',
  },
  {
    path: 'officer.role',
    type: 'enum',
    values: ROLES,
    question: 'What was the officer’s role?',
    help: 'Police (law enforcement), corrections (jail or prison staff), or another official (e.g. a medical-board investigator).',
  },
  {
    path: 'officer.department',
    type: 'enum',
    values: DEPARTMENTS,
    question: 'For a federal officer: which department employed the officer?',
    help: 'The DOJ policy of September 2021 binds only Justice Department components (FBI, DEA, USMS, ATF). A Bureau of Prisons officer is of the Justice Department (an FTCA law enforcement officer: 18 U.S.C. 3050). An officer of Homeland Security (Border Patrol, CBP, ICE) is a new context for a Bivens suit, with no damages remedy (Egbert v. Boule, 2022).',
  },
  {
    path: 'officer.lawEnforcementPowers',
    type: 'boolean',
    question:
      'For a federal officer: was the officer empowered by law to execute searches, to seize evidence, or to make arrests for violations of federal law?',
    help: 'The FTCA’s law-enforcement proviso (28 U.S.C. 2680(h)) lets assault, battery, false arrest and false imprisonment claims proceed against the United States only for such "investigative or law enforcement officers", whatever their job title; federal police and Bureau of Prisons officers (18 U.S.C. 3050; Millbrook v. United States, 2013) are. H.R. 1280 § 102 borrows the definition.',
  },
  {
    path: 'officer.underColorOfLaw',
    type: 'boolean',
    question:
      'Was the officer acting under color of law (in an official capacity, even beyond lawful authority)?',
    help: '"Color of law" covers acts within and beyond lawful authority while purporting to act officially (DOJ on 18 U.S.C. 242).',
  },
  {
    path: 'officer.withinScopeOfEmployment',
    type: 'boolean',
    question: 'Was the officer acting within the scope of employment?',
    help: 'The FTCA makes the United States liable only for employees acting within the scope of their office or employment.',
  },
  {
    path: 'officer.goodFaithBelief',
    type: 'boolean',
    question: 'Did the officer act on a good-faith, reasonable belief that the conduct was lawful?',
    help: 'Colorado (C.R.S. § 13-21-131): an officer who “did not act upon a good faith and reasonable belief that the action was lawful” pays 5% of the judgment or $25,000, whichever is less. Connecticut (C.G.S. § 52-571k): governmental immunity is a defense only with an “objectively good faith belief” that the conduct did not violate the law.',
  },
  {
    path: 'officer.decertifiedForConduct',
    type: 'boolean',
    question: 'Was the officer decertified for this conduct?',
    help: 'Massachusetts ch. 253 (2020) bars qualified immunity for conduct for which the POST Commission decertified the officer; H.R. 1280’s national misconduct registry and EO 14074’s federal database record decertifications.',
  },
  {
    path: 'officer.convictedForConduct',
    type: 'boolean',
    question: 'Was the officer criminally convicted for this conduct?',
    help: 'Colorado (C.R.S. § 13-21-131): an officer convicted for the conduct is not indemnified. H.R. 1280’s national misconduct registry and EO 14074’s federal database record convictions.',
  },
  {
    path: 'officer.complaintFiled',
    type: 'boolean',
    question: 'Was a misconduct complaint made against the officer over this conduct?',
    help: 'H.R. 1280 § 201’s National Police Misconduct Registry compiles complaints as well as records of misconduct (CRS), and the Democrats’ 2021 final offer proposed a database documenting complaints against officers (CBS): a complaint goes there even before any finding.',
  },
  {
    path: 'officer.employedByLocality',
    type: 'boolean',
    question:
      'Was the officer employed by the government of that city or county itself (for Louisville: Louisville Metro), not by a separate town’s or city’s force within it?',
    help: 'Louisville’s Breonna’s Law binds Louisville Metro’s officers (LMPD, Louisville Metro Corrections, other Metro law-enforcement officials), not the separate city police forces inside Jefferson County.',
  },
  {
    path: 'agency.receivesByrneJag',
    type: 'boolean',
    question: 'Does the employing government receive Byrne JAG funds?',
    help: 'The Edward Byrne Memorial Justice Assistance Grant, DOJ’s formula grant (34 U.S.C. 10151 et seq.). The reform bills condition it (a chokehold law, duty-to-intervene training, use-of-force reporting); only a government that receives it can lose it.',
  },
  {
    path: 'agency.receivesCops',
    type: 'boolean',
    question: 'Does the employing government receive COPS funds?',
    help: 'The COPS grant program (34 U.S.C. 10381). H.R. 1280 conditions it on state or local laws banning chokeholds and, per CRS, no-knock warrants in drug cases.',
  },
  {
    path: 'agency.chokeholdRule',
    type: 'enum',
    values: CHOKEHOLD_RULES,
    question:
      'What rule on chokeholds applied to the agency (none, an agency policy, or a state or local law, with or without a deadly-force exception)?',
    help: 'EO 13929 credentialing and the JUSTICE Act ask for an agency policy with a deadly-force exception; the House bill asks for a state or local law.',
  },
  {
    path: 'agency.noKnockRule',
    type: 'enum',
    values: NO_KNOCK_RULES,
    question: 'What rule on no-knock warrants for drug cases applied in the state or locality?',
    help: 'H.R. 1280 makes COPS funds depend on a state or local law that prohibits no-knock warrants in drug cases (CRS; the exact H.R. 1280 wording is UNCONFIRMED). Louisville (June 2020) and Virginia (HB 5099, from March 2021) banned them; Kentucky SB 4 (from June 2021) restricts them (for ordinary drug offences, bars them).',
  },
  {
    path: 'agency.credentialing',
    type: 'enum',
    values: CREDENTIALING,
    question:
      'Was the agency credentialed by an accreditation body, or had it applied (credentialed, application pending, or neither)?',
    help: 'Executive Order 13929 (June 16, 2020, revoked May 25, 2022) gave DOJ discretionary grants only to agencies that "have sought or are in the process of seeking" credentials from a body confirming that their use-of-force policy bans chokeholds except where deadly force is allowed: an agency with an application pending stayed eligible.',
  },
  {
    path: 'agency.patternOrPractice',
    group: 'agency-record',
    type: 'boolean',
    question: 'Does the agency show a pattern or practice of such violations (not just a single incident)?',
    help: '34 U.S.C. 12601 requires a pattern or practice of conduct depriving persons of rights.',
  },
  {
    path: 'agency.juvenileJustice',
    type: 'boolean',
    question:
      'Is the agency (not a court) responsible for the administration of juvenile justice or the incarceration of juveniles?',
    help: '34 U.S.C. 12601 reaches a pattern or practice of conduct by law enforcement officers and by officials or employees of such an agency, such as a juvenile detention center; not adult corrections, and not youth-court judges (United States v. Lauderdale County, 5th Cir. 2019).',
  },
  {
    path: 'agency.policyOrCustomCaused',
    group: 'agency-record',
    type: 'boolean',
    question:
      'Was an official policy, custom, or a final policymaker’s decision the moving force behind the violation?',
    help: 'Monell: no liability on respondeat superior; the policy must be the moving force.',
  },
  {
    path: 'agency.deliberatelyIndifferentTraining',
    group: 'agency-record',
    type: 'boolean',
    question:
      'Did the government’s failure to train amount to deliberate indifference, and cause the injury?',
    help: 'City of Canton v. Harris: the need for training must be "so obvious" and the inadequacy "so likely" to cause violations.',
  },
  {
    path: 'agency.employerCausalFactor',
    group: 'agency-record',
    type: 'boolean',
    question:
      'Was the employing government itself a causal factor in the violation, through its action or inaction?',
    help: 'Colorado (C.R.S. § 13-21-131(4)): an officer convicted for the conduct is not indemnified, unless the employer was a causal factor in the violation. A policy that was the moving force (Monell) or a deliberately indifferent failure to train is one.',
  },
  {
    path: 'conduct.force',
    type: 'set',
    values: FORCES,
    question: 'What kinds of force were used?',
    help: 'A chokehold or carotid hold (H.R. 1280): “the application of any pressure to the throat or windpipe, the use of maneuvers that restrict blood or oxygen flow to the brain, or carotid artery restraints that prevent or hinder breathing or reduce intake of air of an individual.” Under 18 U.S.C. 242 a dangerous weapon raises the ceiling to 10 years.',
  },
  {
    path: 'conduct.deadlyForce',
    type: 'boolean',
    question: 'Was deadly force used?',
    help: 'H.R. 1280 has agencies report uses of deadly force to DOJ, and would let federal officers use it only when necessary, as a last resort, to prevent imminent and serious bodily injury or death (the PEACE Act standard).',
  },
  {
    path: 'conduct.deadlyForceAuthorized',
    type: 'boolean',
    question: 'Was deadly force authorized by law in the circumstances?',
    help: 'Federal chokehold rules (EO 14074, the 2021 DOJ policy, EO 13929) and Minnesota’s ban (Minn. Stat. § 609.066) except situations where deadly force is authorized; the Colorado, Massachusetts and Washington bans have no such exception.',
  },
  {
    path: 'conduct.noKnockEntry',
    type: 'boolean',
    question: 'Did officers enter without knocking and announcing?',
    help: 'Entering to execute a warrant without first giving notice of authority and purpose. The JUSTICE Act (S. 3985 § 102) has no-knock warrants reported.',
  },
  {
    path: 'conduct.warrantFor',
    type: 'enum',
    values: WARRANTS,
    question: 'What was the warrant for, if any?',
    help: 'H.R. 1280 bans no-knock warrants in federal drug cases only, and conditions COPS funds on state or local laws that ban them in drug cases. Kentucky (KRS 455.180, from June 29, 2021) allows a no-knock warrant only for violent offences, not ordinary drug offences.',
  },
  {
    path: 'conduct.failedToIntervene',
    type: 'boolean',
    question: 'Did an officer fail to intervene against another’s excessive force?',
    help: 'Tou Thao and J. Alexander Kueng were convicted under 18 U.S.C. 242 of failing to intervene to stop Derek Chauvin’s excessive force (Feb. 2022). No rule of Recourse reads this fact yet.',
  },
  {
    path: 'conduct.deniedMedicalCare',
    type: 'boolean',
    question: 'Was medical care denied?',
    help: 'The three co-officers in George Floyd’s death were convicted under 18 U.S.C. 242 of deliberate indifference to his serious medical needs (Feb. 2022). No rule of Recourse reads this fact yet.',
  },
  {
    path: 'conduct.claims',
    type: 'set',
    values: CLAIMS,
    question: 'Which constitutional claims does the person have?',
    help: 'Bivens reaches federal officers only in the contexts the Court has recognised (a Fourth Amendment search, seizure, arrest or force, as in Bivens; a federal prisoner’s medical care, as in Carlson v. Green), and only when every claim fits: one claim outside makes the suit a new context (Egbert v. Boule). The FTCA’s law-enforcement proviso covers assault, battery, false imprisonment and false arrest; an unlawful search (trespass, invasion of privacy) is not excepted by 28 U.S.C. 2680(h). New York City’s Local Law 48 covers unreasonable search and seizure and excessive force.',
  },
  {
    path: 'harm',
    type: 'enum',
    values: HARMS,
    question: 'What harm resulted?',
    help: '18 U.S.C. 242, today: up to 1 year; up to 10 years if bodily injury results (or a dangerous weapon is used); any term of years, life or death if death results. The ceiling is the one in force on the date of the conduct: 1 year whatever the harm before Apr. 11, 1968; life, not death, if death resulted before Sept. 13, 1994.',
  },
  {
    path: 'findings.rightViolated',
    group: 'findings',
    type: 'boolean',
    question: 'Was a federal right violated (prong one)?',
    help: 'Prong one of qualified immunity, and an element of § 1983, Bivens, § 242 and the state actions: a court’s or jury’s finding that a federal right was violated, or your assumption.',
  },
  {
    path: 'findings.clearlyEstablished',
    group: 'findings',
    type: 'boolean',
    question:
      'Was the right clearly established at the time, by controlling precedent with materially similar facts (prong two)?',
    help: 'Harlow v. Fitzgerald; the right must be defined at a specific level, its contours beyond debate.',
  },
  {
    path: 'findings.obviousViolation',
    group: 'findings',
    type: 'boolean',
    question: 'Was the violation so obvious that no precedent was needed?',
    help: 'Hope v. Pelzer (2002); Taylor v. Riojas (2020).',
  },
  {
    path: 'findings.mentalState',
    group: 'findings',
    type: 'enum',
    values: MENTAL_STATES,
    question: 'What was the officer’s mental state as to depriving the person of a right?',
    help: 'purpose = specific intent to deprive of the right (Screws); knowing = meant to do the act and knew it was unlawful (meets "willfully" today); reckless (meets H.R. 1280 § 101, not "willfully"); negligent = mistake, fear or poor judgment; none.',
  },
  {
    path: 'findings.dangerousWeapon',
    group: 'findings',
    type: 'boolean',
    question:
      'Was the force used as a weapon (a police dog, a Taser, a baton or flashlight, a vehicle, kicks) a dangerous weapon?',
    help: '18 U.S.C. 242 does not define "dangerous weapon": it is a question of fact for the jury, an instrument capable of inflicting death or serious bodily injury (a firearm always is). If it was, the ceiling is 10 years even without bodily injury (from Sept. 13, 1994).',
  },
];

export const FACT_PATHS: ReadonlySet<string> = new Set(INCIDENT_FACTS.map((f) => f.path));
