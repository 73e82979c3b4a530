import { and, fact, isTrue, type Overlay, oneOf } from '../../../engine/index.js';
import {
  ANY_AGENCY,
  bindsBy,
  FEDERAL,
  GETS_JAG,
  GETS_JAG_OR_COPS,
  NON_FEDERAL,
  type NotAddressed,
  obligation,
} from '../../agency/obligations.js';

/**
 * What S. 3985 (the JUSTICE Act, 2020) asks of a police agency or its state (LAW.md §3.2-§3.4).
 * The bill works through grants and reporting: it reduces Byrne JAG money (20%, then 25%, for
 * use-of-force reporting) rather than cutting it off, and bans nothing for state and local police.
 */

const RPC =
  'https://www.rpc.senate.gov/legislative-notices/s3985_just-and-unifying-solutions-to-invigorate-communities-everywhere-justice-act';
const NCSL =
  'https://www.ncsl.org/blog/2020/06/19/house-senate-white-house-consider-police-reform-in-wake-of-protests.aspx';
const TWTEXT = 'https://twtext.com/article/1298790891541282816';
const FOX = 'https://foxnews.com/politics/justice-act-whats-in-the-senate-republican-police-reform-bill.amp';
const TDN =
  'https://tdn.com/news/local/herrera-beutler-among-u-s-reps-calling-for-police-reform/article_222285c6-77ee-576b-b312-a6c39b4668ea.html';
const POST_AND_COURIER =
  'https://www.postandcourier.com/politics/sc-sen-tim-scott-unveils-police-reform-bill-asks-democrats-to-cooperate/article_fdfaedd8-b0a8-11ea-ab7c-ef46fac9bc56.html';

const SEC_101_CITE = 'S. 3985 (116th Cong.) § 101 (George Floyd and Walter Scott Notification Act)';
const SEC_102_CITE = 'S. 3985 (116th Cong.) § 102 (Breonna Taylor Notification Act)';
export const s3985AgencyReporting: Overlay = {
  id: 's-3985-agency-reporting',
  title:
    'S. 3985 §§ 101-102: use of force and no-knock warrants reported; Byrne JAG reduced for non-reporting',
  cite: 'S. 3985 (116th Cong.) §§ 101-102',
  patches: [
    ...obligation('use-of-force-data', {
      when: and(NON_FEDERAL, GETS_JAG),
      binds: {
        id: 's-3985.agency.use-of-force-data.jag-reduction',
        cite: SEC_101_CITE,
        text: 'States and localities receiving the funds report annually to the FBI National Use-of-Force Data Collection every use of force causing death or serious bodily injury and every firearm discharge at a person; 20% reduction of the Byrne JAG award for non-reporting, rising to 25% in subsequent years.',
        mechanism: 'reporting-duty',
        cost: {
          loss: 'reduced-by-percentage',
          grants: ['byrne-jag'],
          percent: 20,
          later: 25,
        },
        sources: [RPC, NCSL],
      },
      met: {
        id: 's-3985.agency.use-of-force-data.met',
        text: 'Met when the agency reports to the FBI National Use-of-Force Data Collection.',
        test: isTrue('reporting.fbiUseOfForce'),
        sources: [RPC],
      },
    }),
    ...obligation('no-knock', {
      when: NON_FEDERAL,
      binds: {
        id: 's-3985.agency.no-knock.report',
        cite: SEC_102_CITE,
        text: 'Report on no-knock warrants: why issued, injuries, deaths and property damage, the persons involved, whether the location matched the warrant. Does not ban them.',
        mechanism: 'reporting-duty',
        cost: { loss: 'unconfirmed', grants: ['byrne-jag'] },
        unconfirmed:
          'Whether the NCSL penalty structure (the 20% Byrne JAG reduction) applies to § 102 reporting is UNCONFIRMED: no loss is computed.',
        sources: [TWTEXT, FOX],
      },
      met: {
        id: 's-3985.agency.no-knock.met',
        text: 'Met when the agency reports each no-knock warrant and its outcome.',
        test: isTrue('reporting.noKnockWarrants'),
        sources: [TWTEXT],
      },
    }),
  ],
};

const SEC_105_CITE = 'S. 3985 (116th Cong.) § 105 (Incentivizing banning of chokeholds)';
export const s3985AgencyChokehold: Overlay = {
  id: 's-3985-agency-chokehold',
  title:
    'S. 3985 § 105: Byrne JAG and COPS reduced without an agency policy banning chokeholds except where deadly force is authorized',
  cite: SEC_105_CITE,
  unconfirmed:
    'The percentage of the reduction is UNCONFIRMED (Scott: "I\'m not going to eliminate it all"). Whether the bill\'s chokehold definition (a maneuver restricting the ability to breathe, the wording of EO 13929) reaches carotid (blood-flow) holds is UNCONFIRMED: sources disagree.',
  patches: [
    ...obligation('chokehold', {
      when: and(NON_FEDERAL, GETS_JAG_OR_COPS),
      binds: {
        id: 's-3985.agency.chokehold.reduction',
        cite: SEC_105_CITE,
        text: 'A state or locality that, on the day before the fiscal year begins, does not have an agency-wide policy in place for each law enforcement agency prohibiting chokeholds (a maneuver restricting the ability to breathe, for incapacitation) except when deadly force is authorized does not receive certain federal funds (Byrne JAG or COPS); reduced, not eliminated.',
        mechanism: 'grant-condition',
        cost: { loss: 'reduced-by-percentage', grants: ['byrne-jag', 'cops'] },
        sources: [
          'http://weather.sanfordshores.com/ssg/site/e77b49-tim-scott-justice-act-summary',
          'https://thehill.com/homenews/senate/502872-senate-gop-seeks-to-restrict-use-of-chokeholds-in-police-reform-bill',
        ],
      },
      met: {
        id: 's-3985.agency.chokehold.met',
        text: 'Met by an agency policy (or stricter: a law) banning chokeholds except when deadly force is authorized.',
        test: oneOf(fact('policy.chokehold'), [
          'policy-deadly-force-exception',
          'policy',
          'law-deadly-force-exception',
          'law',
        ]),
        sources: ['http://weather.sanfordshores.com/ssg/site/e77b49-tim-scott-justice-act-summary'],
      },
    }),
  ],
};

const SEC_106_CITE = 'S. 3985 (116th Cong.) § 106 (Falsifying police incident reports)';
const CUSTODY_CITE = 'S. 3985 (116th Cong.) (sexual acts by federal officers with persons in custody)';
export const s3985AgencyCrimes: Overlay = {
  id: 's-3985-agency-crimes',
  title: 'S. 3985: falsified police reports and sexual acts with persons in custody made federal crimes',
  cite: 'S. 3985 (116th Cong.) § 106 and later titles',
  patches: [
    bindsBy('false-report-crime', ANY_AGENCY, 400, {
      id: 's-3985.agency.false-report.crime',
      cite: SEC_106_CITE,
      text: 'New or increased federal penalty for falsified police reports: fine and/or up to 20 years.',
      mechanism: 'crime',
      sources: [TWTEXT],
    }),
    bindsBy('custodial-sexual-act-crime', FEDERAL, 400, {
      id: 's-3985.agency.custodial-sexual-act.crime',
      cite: CUSTODY_CITE,
      text: 'A federal crime for sexual acts by federal officers with persons in custody.',
      mechanism: 'crime',
      unconfirmed:
        "Known from press accounts of the bill's later titles; the section number and text are UNCONFIRMED.",
      sources: [POST_AND_COURIER],
    }),
  ],
};

const TITLE_II_CITE = 'S. 3985 (116th Cong.), Title II (Body-Worn Cameras) §§ 201-202';
const TITLE_III_CITE = 'S. 3985 (116th Cong.), Title III (Law Enforcement Records Retention) § 301';
const TITLE_VI_CITE = 'S. 3985 (116th Cong.), Title VI (de-escalation and duty-to-intervene training)';
export const s3985AgencyProgrammes: Overlay = {
  id: 's-3985-agency-programmes',
  title: 'S. 3985 Titles II, III and VI: camera grants and penalties, 30-year records, training grants',
  cite: 'S. 3985 (116th Cong.), Titles II, III and VI',
  patches: [
    ...obligation('body-cameras', {
      when: and(NON_FEDERAL, oneOf(fact('policy.bodyCameras'), ['some', 'all'])),
      binds: {
        id: 's-3985.agency.body-cameras.penalty',
        cite: `${TITLE_II_CITE} (§ 202, penalties for failure to use body-worn cameras)`,
        text: 'Agencies that intentionally fail to keep body cameras running lose a percentage of federal funding; cameras must be activated during arrests and detentions.',
        mechanism: 'grant-condition',
        cost: { loss: 'reduced-by-percentage', grants: ['other-federal-funds'] },
        unconfirmed: 'The percentage lost under § 202 is UNCONFIRMED.',
        sources: [TDN, TWTEXT],
      },
      met: {
        id: 's-3985.agency.body-cameras.met',
        cite: `${TITLE_II_CITE} (§ 202)`,
        text: 'Met when the agency’s policy requires cameras to be on during arrests and detentions.',
        test: isTrue('policy.bodyCameraActivation'),
        sources: [TDN],
      },
    }),
    bindsBy('body-cameras', NON_FEDERAL, 390, {
      id: 's-3985.agency.body-cameras.grants',
      cite: `${TITLE_II_CITE} (§ 201, Body-Worn Camera Partnership Grant Program)`,
      text: 'Matching grants for body-worn cameras (about $100M a year per press), with policies developed with community input.',
      mechanism: 'grant-eligibility',
      sources: [TDN],
    }),
    ...obligation('misconduct-records', {
      when: and(NON_FEDERAL, GETS_JAG),
      binds: {
        id: 's-3985.agency.misconduct-records.retention',
        cite: TITLE_III_CITE,
        text: 'Agencies must keep employment and disciplinary records of officers for 30 years, and hiring agencies must review prior records; the records are not public. A Byrne-linked condition.',
        mechanism: 'grant-condition',
        cost: { loss: 'unconfirmed', grants: ['byrne-jag'] },
        unconfirmed:
          'The form and size of the Byrne consequence is UNCONFIRMED (H.R. 8597 § 3, a standalone bill with this mechanism, conditions Part E funds; its identity with S. 3985 is UNCONFIRMED).',
        sources: [
          FOX,
          'https://self-law.org/code/bill/116/hr/8597/ih/section-3',
          'https://murphylawblog.com/2020/06/25/two-national-police-reform-bills-which-is-better/',
        ],
      },
      met: {
        id: 's-3985.agency.misconduct-records.met',
        text: 'Met when disciplinary records are kept 30 years and prior records are reviewed before hiring.',
        test: and(isTrue('policy.disciplinaryRecords30Years'), isTrue('policy.preHireRecordChecks')),
        sources: [FOX],
      },
    }),
    bindsBy('duty-to-intervene', NON_FEDERAL, 400, {
      id: 's-3985.agency.duty-to-intervene.training-grants',
      cite: TITLE_VI_CITE,
      text: 'Funding for de-escalation and duty-to-intervene training; DOJ to develop training. No mandatory federal duty to intervene.',
      mechanism: 'grant-eligibility',
      sources: ['https://www.cwla.org/senate-republicans-introduce-justice-act/', RPC],
    }),
  ],
};

export const S_3985_AGENCY: readonly Overlay[] = [
  s3985AgencyReporting,
  s3985AgencyChokehold,
  s3985AgencyCrimes,
  s3985AgencyProgrammes,
];

const NOT_INCLUDED =
  'S. 3985 (116th Cong.) as introduced contains no qualified-immunity change, no § 242 change, no no-knock ban, no racial-profiling ban, no national use-of-force standard and no public misconduct registry.';
/** Rows of the side-by-side on which S. 3985 is silent. */
export const S_3985_NOT_ADDRESSED: readonly NotAddressed[] = [
  {
    row: 'stop-and-frisk-data',
    note: 'S. 3985 (116th Cong.) as introduced provides for reporting of use of force (§ 101) and no-knock warrants (§ 102) only.',
  },
  { row: 'racial-profiling', note: NOT_INCLUDED },
  {
    row: 'military-equipment',
    note: 'S. 3985 (116th Cong.) as introduced contains no military-equipment provision.',
  },
  { row: 'accreditation', note: 'S. 3985 (116th Cong.) as introduced contains no accreditation provision.' },
  {
    row: 'independent-investigations',
    note: 'S. 3985 (116th Cong.) as introduced contains no independent-investigation grants.',
  },
  {
    row: 'state-ag-pattern-or-practice',
    note: 'S. 3985 (116th Cong.) as introduced contains no pattern-or-practice provision.',
  },
  { row: 'federal-deadly-force-standard', note: NOT_INCLUDED },
  { row: 'section-242-standard', note: NOT_INCLUDED },
];
