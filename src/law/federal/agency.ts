import { and, fact, isTrue, type Overlay, oneOf } from '../../engine/index.js';
import { FEDERAL, NON_FEDERAL, obligation } from '../agency/obligations.js';

/**
 * What the law in force asks of an agency, by date (LAW.md §0 E13, E14, §4.4):
 * - EO 13929 (June 16, 2020 - May 24, 2022): DOJ discretionary grants only to agencies that hold,
 *   or have sought or are seeking, credentials from an AG-certified body (whose standards require
 *   a chokehold ban except where deadly force is allowed). Revoked by EO 14074 § 22(b).
 * - EO 14074 (May 25, 2022 - Jan. 19, 2025, revoked by EO 14148): binds federal agencies only:
 *   monthly use-of-force data to the FBI, chokehold and no-knock policies at least as strict as
 *   DOJ's of Sept. 13, 2021, body cameras worn and activated in arrests and searches.
 */

const EO_13929 =
  'Executive Order 13929 (June 16, 2020), as revoked by Executive Order 14074 § 22(b) (May 25, 2022)';
const EO_13929_SOURCES = [
  'https://executivedisorder.net/executive_order/301',
  'https://police1.com/police-grants/articles/how-the-executive-order-on-safe-policing-for-safe-communities-impacts-grant-funding-c3JGCzJKeSLybM8t',
];
const EO_13929_IN_FORCE = { from: '2020-06-16', until: '2022-05-25' };

export const eo13929Agency: Overlay = {
  id: 'eo-13929-agency',
  title: 'EO 13929: DOJ discretionary grants only to credentialed agencies, or those seeking credentials',
  cite: EO_13929,
  inForce: EO_13929_IN_FORCE,
  patches: [
    ...obligation('accreditation', {
      when: and(NON_FEDERAL, isTrue('grants.dojDiscretionary')),
      priority: 100,
      binds: {
        id: 'eo-13929.agency.credentialing-condition',
        cite: EO_13929,
        text: 'DOJ discretionary grants go to agencies that "have sought or are in the process of seeking" credentials from an AG-certified body confirming that use-of-force policies follow the law and ban chokeholds except where deadly force is allowed.',
        mechanism: 'grant-condition',
        cost: { loss: 'conditioned-on-credentialing', grants: ['doj-discretionary'] },
        sources: EO_13929_SOURCES,
      },
      met: {
        id: 'eo-13929.agency.credentialing-met',
        text: 'Met by credentials held, or by an application pending.',
        test: oneOf(fact('policy.accreditation'), ['applied', 'held']),
        sources: EO_13929_SOURCES,
      },
    }),
  ],
};

const EO_14074 = 'Executive Order 14074 (May 25, 2022), revoked by Executive Order 14148 (Jan. 20, 2025)';
const EO_14074_SOURCES = [
  'https://explainthelaw.com/executive-orders/order/14074/',
  'https://legalclarity.org/executive-order-14074-advancing-accountable-policing',
];
const EO_14074_IN_FORCE = { from: '2022-05-25', until: '2025-01-20' };

export const eo14074Agency: Overlay = {
  id: 'eo-14074-agency',
  title: 'EO 14074: what it required of federal law enforcement agencies',
  cite: EO_14074,
  inForce: EO_14074_IN_FORCE,
  patches: [
    ...obligation('use-of-force-data', {
      when: FEDERAL,
      priority: 100,
      binds: {
        id: 'eo-14074.agency.use-of-force-data',
        cite: `${EO_14074} § 6`,
        text: 'Federal agencies report monthly to the FBI National Use-of-Force Data Collection deaths and serious bodily injuries from use of force and firearm discharges at or toward a person.',
        mechanism: 'reporting-duty',
        sources: ['https://allisonwaggoner.com/NwzNbM/executive-order-14074'],
      },
      met: {
        id: 'eo-14074.agency.use-of-force-data-met',
        text: 'Met when the agency reports to the FBI National Use-of-Force Data Collection.',
        test: isTrue('reporting.fbiUseOfForce'),
        sources: ['https://allisonwaggoner.com/NwzNbM/executive-order-14074'],
      },
    }),
    ...obligation('chokehold', {
      when: FEDERAL,
      priority: 100,
      binds: {
        id: 'eo-14074.agency.chokehold-policy',
        cite: `${EO_14074} § 7`,
        text: 'Federal agencies adopt, within 90 days, chokehold and carotid-restraint policies at least as strict as DOJ’s policy of Sept. 13, 2021: prohibited unless deadly force is authorized.',
        mechanism: 'law',
        sources: EO_14074_SOURCES,
      },
      met: {
        id: 'eo-14074.agency.chokehold-met',
        text: 'Met by a rule banning chokeholds at least except where deadly force is authorized.',
        test: oneOf(fact('policy.chokehold'), [
          'policy-deadly-force-exception',
          'policy',
          'law-deadly-force-exception',
          'law',
        ]),
        sources: EO_14074_SOURCES,
      },
    }),
    ...obligation('no-knock', {
      when: FEDERAL,
      priority: 100,
      binds: {
        id: 'eo-14074.agency.no-knock-policy',
        cite: `${EO_14074} § 10`,
        text: 'Federal agencies adopt, within 60 days, no-knock policies at least as strict as DOJ’s: unannounced entry only where announcing would create an imminent threat of physical violence.',
        mechanism: 'law',
        sources: EO_14074_SOURCES,
      },
      met: {
        id: 'eo-14074.agency.no-knock-met',
        text: 'Met by a rule that restricts or bans no-knock entries.',
        test: oneOf(fact('policy.noKnock'), ['restricted', 'banned']),
        sources: EO_14074_SOURCES,
      },
    }),
    ...obligation('body-cameras', {
      when: FEDERAL,
      priority: 100,
      binds: {
        id: 'eo-14074.agency.body-cameras',
        cite: EO_14074,
        text: 'Federal agencies issue and post policies requiring officers to wear and activate body cameras in arrests and searches.',
        mechanism: 'law',
        sources: [
          'https://explainthelaw.com/executive-orders/order/14074/',
          'https://thesource.com/2022/05/26/president-biden-signs-executive-order-for-police-reform-on-second-anniversary-of-george-floyds-death/',
        ],
      },
      met: {
        id: 'eo-14074.agency.body-cameras-met',
        text: 'Met when officers wear body cameras and must activate them in arrests and searches.',
        test: and(oneOf(fact('policy.bodyCameras'), ['some', 'all']), isTrue('policy.bodyCameraActivation')),
        sources: EO_14074_SOURCES,
      },
    }),
  ],
};

export const CURRENT_AGENCY: readonly Overlay[] = [eo13929Agency, eo14074Agency];
