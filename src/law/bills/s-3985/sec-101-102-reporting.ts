import { and, definition, fact, has, isTrue, type Overlay, oneOf, or, value } from '../../../engine/index.js';

/**
 * S. 3985 § 101 (George Floyd and Walter Scott Notification Act) and § 102 (Breonna Taylor
 * Notification Act) (LAW.md §3.3).
 * - § 101: states and localities receiving the funds report to the FBI National Use-of-Force Data
 *   Collection every use of force causing death or serious bodily injury and every firearm
 *   discharge at a person; "law enforcement officer" includes state, local and tribal officers
 *   and officers supervising sentenced offenders. 20% Byrne JAG reduction for non-reporting,
 *   rising to 25% (an agency-compliance penalty, not tied to one incident).
 * - § 102: no-knock warrants are reported (why issued, injuries, deaths, property damage, the
 *   people involved ...). It does not ban them.
 */
const SOURCES_101 = [
  'https://www.rpc.senate.gov/legislative-notices/s3985_just-and-unifying-solutions-to-invigorate-communities-everywhere-justice-act',
  'https://www.ncsl.org/blog/2020/06/19/house-senate-white-house-consider-police-reform-in-wake-of-protests.aspx',
];
const SOURCES_102 = [
  'https://twtext.com/article/1298790891541282816',
  'https://foxnews.com/politics/justice-act-whats-in-the-senate-republican-police-reform-bill.amp',
];
const NON_FEDERAL = oneOf(fact('officer.employer'), ['state', 'local', 'tribal']);

export const s3985Sec101: Overlay = {
  id: 's-3985-sec-101',
  title: 'S. 3985 § 101: use of force causing death or serious injury reported to the FBI',
  cite: 'S. 3985 (116th Cong.) § 101',
  patches: [
    {
      op: 'add',
      definition: 'reporting.fbiNationalUseOfForceDataCollection',
      rule: {
        id: 's-3985.sec-101.use-of-force-report',
        cite: 'S. 3985 (116th Cong.) § 101 (George Floyd and Walter Scott Notification Act)',
        text: 'States and localities report annually to the FBI National Use-of-Force Data Collection every use of force causing death or serious bodily injury and every firearm discharge at a person; 20% Byrne JAG reduction for non-reporting, rising to 25%.',
        when: and(
          NON_FEDERAL,
          or(oneOf(fact('harm'), ['death', 'serious-injury']), has(fact('conduct.force'), 'firearm')),
        ),
        then: value(true),
        priority: 300,
        sources: SOURCES_101,
      },
    },
  ],
};

export const s3985Sec102: Overlay = {
  id: 's-3985-sec-102',
  title: 'S. 3985 § 102: no-knock warrants reported, not banned',
  cite: 'S. 3985 (116th Cong.) § 102',
  unconfirmed: 'Whether the NCSL penalty structure applies to § 102 reporting is UNCONFIRMED.',
  patches: [
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 's-3985.sec-102.reporting-only',
        cite: 'S. 3985 (116th Cong.) § 102 (Breonna Taylor Notification Act)',
        text: 'Report on no-knock warrants: why issued, injuries, deaths and property damage, the persons involved, whether the location matched the warrant. Does not ban no-knock warrants.',
        when: NON_FEDERAL,
        then: value('reporting-only'),
        priority: 250,
        sources: SOURCES_102,
      },
    },
    {
      op: 'define',
      definition: definition(
        'reporting.noKnockWarrantReport',
        'The no-knock entry is reported under the Breonna Taylor Notification Act',
        [
          {
            id: 's-3985.sec-102.no-knock-report',
            cite: 'S. 3985 (116th Cong.) § 102 (Breonna Taylor Notification Act)',
            text: 'No-knock warrants are reported, with the reasons, injuries, deaths, property damage and the people involved.',
            when: and(NON_FEDERAL, isTrue('conduct.noKnockEntry')),
            then: value(true),
            sources: SOURCES_102,
          },
          {
            id: 's-3985.sec-102.no-report',
            cite: 'S. 3985 (116th Cong.) § 102',
            text: 'Only no-knock entries are reported.',
            then: value(false),
          },
        ],
      ),
    },
  ],
};
