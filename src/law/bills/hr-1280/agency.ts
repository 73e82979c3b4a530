import { and, eq, fact, isTrue, type Overlay, oneOf, or } from '../../../engine/index.js';
import {
  ANY_AGENCY,
  bindsBy,
  FEDERAL,
  GETS_COPS,
  GETS_JAG,
  GETS_JAG_OR_COPS,
  meets,
  NON_FEDERAL,
  type NotAddressed,
  obligation,
} from '../../agency/obligations.js';

/**
 * What H.R. 1280 (George Floyd Justice in Policing Act of 2021, as passed by the House) asks of a
 * police agency or its state (LAW.md §2.3, §2.3a, §2.4, §3.4 and §0 E7, E21). The bill binds
 * federal agencies directly and state and local ones mostly through Byrne JAG and COPS: a state or
 * locality that does not meet a condition is ineligible for the fiscal year (LAW.md §2.4).
 */

const CRS_R46431 = 'https://www.everycrsreport.com/reports/R46431.html';
const CRS_IN11720 =
  'https://www.everycrsreport.com/files/2021-08-05_IN11720_b9907f3b401f60a1ed91c6e54fa5efbfdb0877bb.html';
const CRS_SUMMARY = 'https://getinformed.app/document/Bill/50293';
const WIKISOURCE_7120 =
  'https://en.wikisource.org./wiki/George_Floyd_Justice_in_Policing_Act_of_2020_(H.R._7120;_116th_Congress)';
const NEWMODE = 'https://act.newmode.net/action/our-revolution/george-floyd-justice-policing-act-hr-7120';
const CHOKEHOLD_SOURCES = [
  'https://justthenews.com/government/congress/house-democrats-police-reform-bill-doesnt-ban-chokeholds-local-or-state-level',
  'https://www.kxlf.com/news/national/what-is-the-george-floyd-justice-in-policing-act-and-what-would-it-do',
];
const SUBTITLE_B_NOTE = 'The section number in H.R. 1280 is UNCONFIRMED (believed within §§ 362-365).';
const DATA_CITE =
  'H.R. 1280 (117th Cong.), data collection on stops, frisks and deadly force (as described by CRS R46431, Mar. 11, 2021)';
const DATA_NOTE =
  'The section number is UNCONFIRMED (believed within the profiling data provisions). The standalone PRIDE Act (H.R. 7089) allowed up to a 10% JAG cut; whether H.R. 1280 §§ 223-225 carry that figure is UNCONFIRMED, so Recourse uses CRS’s description: the state is ineligible.';

export const hr1280AgencyData: Overlay = {
  id: 'hr-1280-agency-data',
  title:
    'H.R. 1280: use-of-force and stop-and-frisk data reported to DOJ, on pain of JAG and COPS eligibility',
  cite: DATA_CITE,
  unconfirmed: DATA_NOTE,
  patches: [
    bindsBy('use-of-force-data', NON_FEDERAL, 400, {
      id: 'hr-1280.agency.use-of-force-data.condition',
      cite: `${DATA_CITE}; Title II, Subtitle B (PRIDE Act) §§ 223-225`,
      text: 'Federal, state, tribal and local agencies report to DOJ data on use of deadly force; a state that does not comply is ineligible for JAG or any other law-enforcement assistance program (e.g. COPS) unless it ensures it and each local agency comply.',
      mechanism: 'reporting-duty',
      cost: { loss: 'ineligible-for-year', grants: ['byrne-jag', 'cops'] },
      sources: [CRS_R46431, CRS_SUMMARY],
    }),
    bindsBy('use-of-force-data', FEDERAL, 390, {
      id: 'hr-1280.agency.use-of-force-data.federal',
      cite: `${DATA_CITE}; Title II, Subtitle B (PRIDE Act)`,
      text: 'Federal agencies report to DOJ data on use of deadly force.',
      mechanism: 'reporting-duty',
      sources: [CRS_R46431],
    }),
    meets('use-of-force-data', {
      id: 'hr-1280.agency.use-of-force-data.met',
      cite: DATA_CITE,
      text: 'Met when the agency reports its use of force to DOJ (the FBI National Use-of-Force Data Collection).',
      when: ANY_AGENCY,
      then: isTrue('reporting.fbiUseOfForce'),
      priority: 400,
      sources: [CRS_R46431],
    }),
    bindsBy('stop-and-frisk-data', NON_FEDERAL, 400, {
      id: 'hr-1280.agency.stop-and-frisk-data.condition',
      cite: DATA_CITE,
      text: 'Agencies report to DOJ data on traffic stops, pedestrian stops and frisks and body searches; a state that does not comply is ineligible for JAG or any other law-enforcement assistance program (e.g. COPS).',
      mechanism: 'reporting-duty',
      cost: { loss: 'ineligible-for-year', grants: ['byrne-jag', 'cops'] },
      sources: [CRS_R46431, CRS_IN11720],
    }),
    bindsBy('stop-and-frisk-data', FEDERAL, 390, {
      id: 'hr-1280.agency.stop-and-frisk-data.federal',
      cite: DATA_CITE,
      text: 'Federal agencies report to DOJ data on traffic stops, pedestrian stops and frisks and body searches.',
      mechanism: 'reporting-duty',
      sources: [CRS_R46431],
    }),
    meets('stop-and-frisk-data', {
      id: 'hr-1280.agency.stop-and-frisk-data.met',
      cite: DATA_CITE,
      text: 'Met when the agency reports its stops, frisks and searches to DOJ.',
      when: ANY_AGENCY,
      then: isTrue('reporting.stopsAndFrisks'),
      priority: 400,
      sources: [CRS_R46431],
    }),
  ],
};

const ERRPA_CITE = 'H.R. 1280 (117th Cong.), Title III, Subtitle A (End Racial and Religious Profiling Act)';
export const hr1280AgencyProfiling: Overlay = {
  id: 'hr-1280-agency-profiling',
  title: 'H.R. 1280: racial and religious profiling prohibited for every agency',
  cite: ERRPA_CITE,
  unconfirmed: 'Enforcement mechanics (private right of action, grant conditions) are UNCONFIRMED.',
  patches: [
    ...obligation('racial-profiling', {
      when: ANY_AGENCY,
      binds: {
        id: 'hr-1280.agency.racial-profiling.ban',
        cite: ERRPA_CITE,
        text: 'Prohibits racial, religious and discriminatory profiling by federal, state and local law enforcement; requires training and data collection.',
        mechanism: 'law',
        sources: [NEWMODE, 'https://www.justpolicies.org/post/the-george-floyd-justice-in-policing-act'],
      },
      met: {
        id: 'hr-1280.agency.racial-profiling.met',
        text: 'Read as met by an agency policy prohibiting racial and religious profiling (the Act binds officers; the policy is how an agency shows it).',
        test: isTrue('policy.racialProfilingPolicy'),
        sources: [NEWMODE],
      },
    }),
  ],
};

const REGISTRY_CITE = 'H.R. 1280 (117th Cong.) § 201 (National Police Misconduct Registry)';
export const hr1280AgencyRegistry: Overlay = {
  id: 'hr-1280-agency-registry',
  title: 'H.R. 1280 § 201: complaints and records of misconduct reported to the national registry',
  cite: REGISTRY_CITE,
  unconfirmed:
    'Exact record categories and public access are UNCONFIRMED; whether grants are conditioned on registry reporting is UNCONFIRMED (the PRIDE Act’s 10% figure is from a standalone bill), so no money is put at risk here.',
  patches: [
    ...obligation('misconduct-records', {
      when: ANY_AGENCY,
      binds: {
        id: 'hr-1280.agency.misconduct-records.registry',
        cite: REGISTRY_CITE,
        text: 'A DOJ-run registry compiling data on complaints and records of police misconduct, to stop fired officers moving to another jurisdiction.',
        mechanism: 'reporting-duty',
        sources: [CRS_SUMMARY, NEWMODE],
      },
      met: {
        id: 'hr-1280.agency.misconduct-records.met',
        text: 'Met when the agency reports complaints and misconduct records (not only sustained findings) to the registry.',
        test: isTrue('reporting.misconductRecords'),
        sources: [CRS_SUMMARY],
      },
    }),
  ],
};

const CAMERA_CITE = 'H.R. 1280 (117th Cong.), Title III, Subtitle C (Law Enforcement Body Cameras)';
export const hr1280AgencyCameras: Overlay = {
  id: 'hr-1280-agency-body-cameras',
  title: 'H.R. 1280: body cameras required of federal officers; state and local use through existing grants',
  cite: CAMERA_CITE,
  unconfirmed: 'Retention and activation details are UNCONFIRMED.',
  patches: [
    ...obligation('body-cameras', {
      when: FEDERAL,
      binds: {
        id: 'hr-1280.agency.body-cameras.federal-mandate',
        cite: `${CAMERA_CITE}, Part 1 (Federal Police Camera and Accountability Act)`,
        text: 'Federal uniformed officers must wear body cameras; marked federal vehicles must have dashboard cameras.',
        mechanism: 'law',
        sources: [
          NEWMODE,
          'http://usweekly.com/news/9/16551/US-Democrats-introduce-sweeping-legislation-to-reform-police.html',
        ],
      },
      met: {
        id: 'hr-1280.agency.body-cameras.federal-met',
        cite: `${CAMERA_CITE}, Part 1`,
        text: 'Met when every uniformed officer wears a body camera.',
        test: eq(fact('policy.bodyCameras'), 'all'),
        sources: [NEWMODE],
      },
    }),
    bindsBy('body-cameras', NON_FEDERAL, 390, {
      id: 'hr-1280.agency.body-cameras.existing-grants',
      cite: `${CAMERA_CITE}, Part 2 (Police CAMERA Act)`,
      text: 'State and local agencies are to use existing federal funds to ensure the use of body cameras (grant-based; not a mandate).',
      mechanism: 'grant-eligibility',
      sources: [NEWMODE],
    }),
  ],
};

const TRAINING_CITE = 'H.R. 1280 (117th Cong.), Title III, Subtitle B (engrossed H.R. 7120 § 361)';
const TRAINING_SOURCES = ['https://self-law.org/code/bill/116/hr/7120/eh/section-361'];
export const hr1280AgencyTraining: Overlay = {
  id: 'hr-1280-agency-duty-to-intervene',
  title:
    'H.R. 1280: duty-to-intervene training, a duty for federal officers and a Byrne condition for the rest',
  cite: TRAINING_CITE,
  unconfirmed: 'Taken from the engrossed 2020 text (§ 361), assumed the same in H.R. 1280.',
  patches: [
    bindsBy('duty-to-intervene', and(NON_FEDERAL, GETS_JAG), 400, {
      id: 'hr-1280.agency.duty-to-intervene.byrne-condition',
      cite: TRAINING_CITE,
      text: 'Beginning in the first fiscal year that begins one year after enactment, a state or locality may not receive Byrne grant funds unless it requires every law enforcement officer to complete training on racial profiling, implicit bias, procedural justice and the duty to intervene.',
      mechanism: 'grant-condition',
      cost: { loss: 'ineligible-for-year', grants: ['byrne-jag'] },
      sources: TRAINING_SOURCES,
    }),
    bindsBy('duty-to-intervene', FEDERAL, 390, {
      id: 'hr-1280.agency.duty-to-intervene.federal',
      cite: TRAINING_CITE,
      text: 'A clear duty for federal officers to intervene when another officer uses excessive force against a civilian, and training every federal officer must complete.',
      mechanism: 'law',
      sources: TRAINING_SOURCES,
    }),
    meets('duty-to-intervene', {
      id: 'hr-1280.agency.duty-to-intervene.met',
      cite: TRAINING_CITE,
      text: 'Met when every officer must complete duty-to-intervene training.',
      when: or(and(NON_FEDERAL, GETS_JAG), FEDERAL),
      then: isTrue('policy.dutyToInterveneTraining'),
      priority: 400,
      sources: TRAINING_SOURCES,
    }),
  ],
};

const EQUIPMENT_CITE = 'H.R. 1280 (117th Cong.), Title III, Subtitle B (military equipment)';
export const hr1280AgencyMilitaryEquipment: Overlay = {
  id: 'hr-1280-agency-military-equipment',
  title: 'H.R. 1280: transfers of military-grade equipment (1033) to state and local agencies limited',
  cite: EQUIPMENT_CITE,
  unconfirmed: `Specific banned categories are UNCONFIRMED, so whether an agency's holdings are affected is not decided. ${SUBTITLE_B_NOTE}`,
  patches: [
    bindsBy('military-equipment', and(NON_FEDERAL, isTrue('grants.program1033')), 400, {
      id: 'hr-1280.agency.military-equipment.limits',
      cite: EQUIPMENT_CITE,
      text: 'Limits transfers of military-grade equipment (e.g. drones) to state and local law enforcement under the 1033 surplus program.',
      mechanism: 'law',
      sources: [
        'https://www.washingtonpost.com/politics/2023/02/01/george-floyd-justice-policing-act-explainer/',
        'https://heritage.org/node/24620823',
      ],
    }),
  ],
};

const ACCREDITATION_CITE = 'H.R. 1280 (117th Cong.) § 113 (accreditation of law enforcement agencies)';
export const hr1280AgencyAccreditation: Overlay = {
  id: 'hr-1280-agency-accreditation',
  title: 'H.R. 1280 § 113: DOJ uniform accreditation standards',
  cite: ACCREDITATION_CITE,
  unconfirmed:
    'The funding mechanics of accreditation are UNCONFIRMED: how the standards bind an agency is not encoded.',
  patches: [
    bindsBy('accreditation', NON_FEDERAL, 400, {
      id: 'hr-1280.agency.accreditation.standards',
      cite: ACCREDITATION_CITE,
      text: 'DOJ to create uniform accreditation standards for law enforcement agencies.',
      mechanism: 'unconfirmed',
      sources: [CRS_SUMMARY],
    }),
  ],
};

const INVESTIGATIONS_CITE = 'H.R. 1280 (117th Cong.) § 104(a) (independent investigations)';
const AG_GRANTS_CITE =
  'H.R. 1280 (117th Cong.) § 103(b) (grants to states for pattern-or-practice investigations)';
export const hr1280AgencyStateGrants: Overlay = {
  id: 'hr-1280-agency-state-grants',
  title:
    'H.R. 1280 §§ 103(b), 104(a): grants to states for independent investigations and pattern-or-practice work',
  cite: 'H.R. 1280 (117th Cong.) §§ 103(b), 104(a)',
  patches: [
    bindsBy('independent-investigations', NON_FEDERAL, 400, {
      id: 'hr-1280.agency.independent-investigations.grants',
      cite: INVESTIGATIONS_CITE,
      text: 'Grants to states and tribes to establish an independent process to investigate misconduct or excessive use of force ($250M proposed for FY2022; $750M a year authorized in the 2020 text).',
      mechanism: 'grant-eligibility',
      sources: [
        CRS_IN11720,
        'https://www.everycrsreport.com/files/2020-06-25_R46431_12bd9ed966a1622e89f5a0e5c58fad522d14ae06.html',
      ],
    }),
    bindsBy('state-ag-pattern-or-practice', NON_FEDERAL, 400, {
      id: 'hr-1280.agency.state-ag-pattern-or-practice.grants',
      cite: AG_GRANTS_CITE,
      text: 'State attorneys general may conduct pattern-or-practice investigations, issue subpoenas and sue; up to $100M in grants for that work (FY2021-2023).',
      mechanism: 'grant-eligibility',
      unconfirmed:
        'Relief is believed equitable and declaratory as under § 12601 (UNCONFIRMED from bill text).',
      sources: [
        'https://ag.ny.gov/press-release/2021/attorney-general-james-urges-us-senate-pass-george-floyd-justice-policing-act',
        CRS_IN11720,
      ],
    }),
  ],
};

const CONSENT_CITE = 'H.R. 1280 (117th Cong.), Title IV (Closing the Law Enforcement Consent Loophole)';
const PEACE_CITE = 'H.R. 1280 (117th Cong.), Title III, Subtitle B (PEACE Act: deadly force)';
export const hr1280AgencyFederalOfficers: Overlay = {
  id: 'hr-1280-agency-federal-officers',
  title: 'H.R. 1280: the custodial-sexual-act crime and the deadly-force standard for federal officers',
  cite: 'H.R. 1280 (117th Cong.), Titles III and IV',
  patches: [
    bindsBy('custodial-sexual-act-crime', FEDERAL, 400, {
      id: 'hr-1280.agency.custodial-sexual-act.crime',
      cite: CONSENT_CITE,
      text: 'Sexual acts by federal officers with persons in their custody are a crime whatever consent is claimed.',
      mechanism: 'crime',
      unconfirmed: 'The title is confirmed; its substance is UNCONFIRMED beyond the title.',
      sources: [WIKISOURCE_7120],
    }),
    bindsBy('federal-deadly-force-standard', FEDERAL, 400, {
      id: 'hr-1280.agency.deadly-force.federal-standard',
      cite: PEACE_CITE,
      text: 'Federal officers may not use deadly force unless it is necessary, as a last resort, to prevent imminent and serious bodily injury or death, creates no substantial risk to a third person, and reasonable alternatives have been exhausted.',
      mechanism: 'law',
      unconfirmed: SUBTITLE_B_NOTE,
      sources: CHOKEHOLD_SOURCES.slice(0, 1),
    }),
    bindsBy('federal-deadly-force-standard', NON_FEDERAL, 390, {
      id: 'hr-1280.agency.deadly-force.state-incentive',
      cite: PEACE_CITE,
      text: 'A funding incentive for states to adopt similar standards.',
      mechanism: 'grant-eligibility',
      unconfirmed: 'The precise grant and percentage in H.R. 1280 are UNCONFIRMED.',
      sources: ['https://www.govinfo.gov/content/pkg/BILLS-116hr4359ih/xml/BILLS-116hr4359ih.xml'],
    }),
  ],
};

const NO_KNOCK_CITE = 'H.R. 1280 (117th Cong.), Title III, Subtitle B (no-knock warrants)';
const NO_KNOCK_SOURCES = [
  'https://www.everycrsreport.com/reports/R46431.html',
  'https://www.justpolicies.org/post/the-george-floyd-justice-in-policing-act',
];
const CHOKEHOLD_CITE = 'H.R. 1280 (117th Cong.), Title III, Subtitle B (chokeholds and carotid holds)';
const CHOKEHOLD_DEFINITION =
  '"the application of any pressure to the throat or windpipe, the use of maneuvers that restrict blood or oxygen flow to the brain, or carotid artery restraints that prevent or hinder breathing or reduce intake of air"';
export const hr1280AgencyTactics: Overlay = {
  id: 'hr-1280-agency-tactics',
  title:
    'H.R. 1280: chokeholds and no-knock warrants, banned for federal officers, conditions on Byrne JAG and COPS for the rest',
  cite: 'H.R. 1280 (117th Cong.), Title III, Subtitle B',
  unconfirmed: SUBTITLE_B_NOTE,
  patches: [
    bindsBy('no-knock', and(NON_FEDERAL, GETS_COPS), 400, {
      id: 'hr-1280.agency.no-knock.cops-condition',
      cite: NO_KNOCK_CITE,
      text: 'State and local governments are not eligible for COPS funding unless they have a law that prohibits no-knock warrants in drug cases.',
      mechanism: 'grant-condition',
      cost: { loss: 'ineligible-for-year', grants: ['cops'] },
      unconfirmed: `The exact H.R. 1280 wording is UNCONFIRMED (CRS described H.R. 7120). ${SUBTITLE_B_NOTE}`,
      sources: NO_KNOCK_SOURCES,
    }),
    bindsBy('no-knock', FEDERAL, 390, {
      id: 'hr-1280.agency.no-knock.federal-ban',
      cite: NO_KNOCK_CITE,
      text: 'No-knock warrants are banned in federal drug cases: a warrant may not be executed without notice of authority and purpose.',
      mechanism: 'law',
      sources: NO_KNOCK_SOURCES,
    }),
    meets('no-knock', {
      id: 'hr-1280.agency.no-knock.met',
      cite: NO_KNOCK_CITE,
      text: 'Met where no-knock warrants in drug cases are banned.',
      when: or(and(NON_FEDERAL, GETS_COPS), FEDERAL),
      then: eq(fact('policy.noKnock'), 'banned'),
      priority: 400,
      sources: NO_KNOCK_SOURCES,
    }),
    ...obligation('chokehold', {
      when: and(NON_FEDERAL, GETS_JAG_OR_COPS),
      binds: {
        id: 'hr-1280.agency.chokehold.byrne-cops-condition',
        cite: CHOKEHOLD_CITE,
        text: `A state or unit of local government may not receive Byrne or COPS funds for a fiscal year if, on the day before it begins, it does not have in effect a law prohibiting its officers from using a chokehold or carotid hold: ${CHOKEHOLD_DEFINITION}.`,
        mechanism: 'grant-condition',
        cost: { loss: 'ineligible-for-year', grants: ['byrne-jag', 'cops'] },
        unconfirmed: `${SUBTITLE_B_NOTE} The condition's effective date is UNCONFIRMED.`,
        sources: CHOKEHOLD_SOURCES,
      },
      met: {
        id: 'hr-1280.agency.chokehold.condition-met',
        text: 'Met by a state or local law banning chokeholds and carotid holds; an agency policy does not meet it, nor (as Recourse reads the quoted text) a law with a deadly-force exception.',
        test: eq(fact('policy.chokehold'), 'law'),
        sources: CHOKEHOLD_SOURCES,
      },
    }),
    ...obligation('chokehold', {
      when: FEDERAL,
      priority: 390,
      binds: {
        id: 'hr-1280.agency.chokehold.federal-ban',
        cite: CHOKEHOLD_CITE,
        text: `Federal law enforcement officers may not use a chokehold or carotid hold: ${CHOKEHOLD_DEFINITION}.`,
        mechanism: 'law',
        sources: CHOKEHOLD_SOURCES,
      },
      met: {
        id: 'hr-1280.agency.chokehold.federal-met',
        text: 'Met when the agency’s rule bans chokeholds and carotid holds without a deadly-force exception.',
        test: oneOf(fact('policy.chokehold'), ['policy', 'law']),
        sources: CHOKEHOLD_SOURCES,
      },
    }),
  ],
};

const SEC_101_CITE = 'H.R. 1280 (117th Cong.) § 101 (amending 18 U.S.C. 242)';
export const hr1280AgencySection242: Overlay = {
  id: 'hr-1280-agency-section-242',
  title: 'H.R. 1280 § 101: "knowingly or recklessly" for a § 242 prosecution of any officer',
  cite: SEC_101_CITE,
  unconfirmed:
    'The exact H.R. 1280 wording is UNCONFIRMED from primary text; CRS and the 2025 reintroduction point to "knowingly or recklessly".',
  patches: [
    bindsBy('section-242-standard', ANY_AGENCY, 400, {
      id: 'hr-1280.agency.section-242.knowing-or-reckless',
      cite: SEC_101_CITE,
      text: 'Strikes "willfully" and inserts "knowingly or recklessly"; death no longer a § 242 penalty. Reaches every officer acting under color of law.',
      mechanism: 'crime',
      sources: [
        'http://en.m.wikisource.org/wiki/George_Floyd_Justice_in_Policing_Act_of_2020_(H.R._7120;_116th_Congress)/Title_I/Subtitle_A',
        'https://www.usquery.com/bill-query/bill/117/hr/1280',
      ],
    }),
  ],
};

export const HR_1280_AGENCY: readonly Overlay[] = [
  hr1280AgencyData,
  hr1280AgencyProfiling,
  hr1280AgencyRegistry,
  hr1280AgencyCameras,
  hr1280AgencyTraining,
  hr1280AgencyMilitaryEquipment,
  hr1280AgencyAccreditation,
  hr1280AgencyStateGrants,
  hr1280AgencyFederalOfficers,
  hr1280AgencyTactics,
  hr1280AgencySection242,
];

/** Rows of the side-by-side on which H.R. 1280 is silent (LAW.md §2.3 lists nothing for them). */
export const HR_1280_NOT_ADDRESSED: readonly NotAddressed[] = [
  {
    row: 'false-report-crime',
    note: 'H.R. 1280 (117th Cong.) as passed by the House contains no crime of falsifying police reports (it is S. 3985 § 106).',
  },
];
