import { and, fact, isTrue, type Overlay, oneOf } from '../../../engine/index.js';
import { bindsBy, GETS_JAG_OR_COPS, NON_FEDERAL, obligation } from '../../agency/obligations.js';

/**
 * What the Democrats' final offer (Sept. 2021) asked of an agency, as far as the sources go
 * (LAW.md §0 E18, §4.1-§4.2): the EO 13929 chokehold standard with Byrne and COPS eligibility
 * conditioned on it ("you literally lose your eligibility", Scott), the Trump order's national
 * accreditation standards, limits on military-equipment transfers, and a database documenting
 * complaints against officers. Its no-knock content is UNCONFIRMED (CBS: banned; NBC: dropped).
 */
const CITE = "Democrats' final offer (Sept. 2021), as reported";
const CBS = 'https://www.cbsnews.com/news/police-reform-democrats-final-offer/';
const CBS_DEAD = 'https://www.cbsnews.com/news/police-reform-dead-george-floyd-justice-policing-act/';
const SCOTT = 'https://goodwordnews.com/read-democrats-final-offer-on-police-reform-before-talks-collapse/';
const NOTE = 'The offer’s text is UNCONFIRMED beyond the reported points.';

/**
 * The offer's grant conditions (the FUNDING issue of the talks): Byrne and COPS eligibility
 * conditioned on the EO 13929 chokehold standard, and the Trump order's accreditation standards,
 * whose binding (which grants, what loss) is UNCONFIRMED.
 */
export const demFinalOfferAgencyGrantConditions: Overlay = {
  id: 'dem-final-offer-2021-agency-grant-conditions',
  title:
    "Democrats' final offer (2021): Byrne and COPS eligibility conditioned on the EO 13929 standards, as reported",
  cite: CITE,
  unconfirmed: NOTE,
  patches: [
    ...obligation('chokehold', {
      when: and(NON_FEDERAL, GETS_JAG_OR_COPS),
      binds: {
        id: 'dem-final-offer-2021.agency.chokehold-eligibility',
        cite: CITE,
        text: 'Codify the executive order: agencies must ban chokeholds except where deadly force is allowed, with eligibility for Byrne and COPS grants conditioned on compliance.',
        mechanism: 'grant-condition',
        cost: { loss: 'ineligible-for-year', grants: ['byrne-jag', 'cops'] },
        sources: [CBS, SCOTT],
      },
      met: {
        id: 'dem-final-offer-2021.agency.chokehold-met',
        text: 'Met by a policy banning chokeholds except where deadly force is allowed (the EO 13929 standard), or stricter.',
        test: oneOf(fact('policy.chokehold'), [
          'policy-deadly-force-exception',
          'policy',
          'law-deadly-force-exception',
          'law',
        ]),
        sources: [CBS],
      },
    }),
    bindsBy('accreditation', NON_FEDERAL, 400, {
      id: 'dem-final-offer-2021.agency.accreditation',
      cite: CITE,
      text: 'Adopt the Trump order’s national accreditation standards.',
      mechanism: 'unconfirmed',
      unconfirmed: 'How the standards would bind an agency (which grants, what loss) is UNCONFIRMED.',
      sources: [CBS_DEAD],
    }),
  ],
};

/** The offer's limits on military-equipment transfers (the MILEQUIP issue of the talks). */
export const demFinalOfferAgencyMilitaryEquipment: Overlay = {
  id: 'dem-final-offer-2021-agency-military-equipment',
  title: "Democrats' final offer (2021): limits on military-equipment transfers, as reported",
  cite: CITE,
  unconfirmed: NOTE,
  patches: [
    bindsBy('military-equipment', and(NON_FEDERAL, isTrue('grants.program1033')), 400, {
      id: 'dem-final-offer-2021.agency.military-equipment',
      cite: CITE,
      text: 'Limit military-equipment transfers to police.',
      mechanism: 'law',
      unconfirmed: 'Which equipment, and how, is UNCONFIRMED.',
      sources: [CBS_DEAD],
    }),
  ],
};

/** The rest of what the offer asked of agencies: the complaints database, and its disputed no-knock content. */
export const demFinalOfferAgency: Overlay = {
  id: 'dem-final-offer-2021-agency',
  title: "Democrats' final offer (2021): what it asked of agencies, as reported",
  cite: CITE,
  unconfirmed: NOTE,
  patches: [
    ...obligation('misconduct-records', {
      when: NON_FEDERAL,
      binds: {
        id: 'dem-final-offer-2021.agency.complaints-database',
        cite: CITE,
        text: 'A database that documents complaints against officers.',
        mechanism: 'reporting-duty',
        sources: [CBS_DEAD, CBS],
      },
      met: {
        id: 'dem-final-offer-2021.agency.complaints-database-met',
        text: 'Met when the agency reports complaints and misconduct records.',
        test: isTrue('reporting.misconductRecords'),
        sources: [CBS],
      },
    }),
    bindsBy('no-knock', NON_FEDERAL, 400, {
      id: 'dem-final-offer-2021.agency.no-knock-unconfirmed',
      cite: CITE,
      text: 'CBS, which obtained the offer, reports it proposed "banning chokeholds and no-knock warrants"; NBC reports the no-knock provisions were dropped.',
      mechanism: 'unconfirmed',
      unconfirmed:
        'The offer’s no-knock content is UNCONFIRMED: the sources conflict (CBS: banned; NBC: dropped). Nothing is decided on it.',
      sources: [
        CBS,
        'https://www.nbcnews.com/politics/congress/bipartisan-police-reform-legislation-talks-end-without-deal-sen-booker-n1279880',
      ],
    }),
  ],
};

/** Everything the offer asked of agencies. */
export const DEM_FINAL_OFFER_AGENCY: readonly Overlay[] = [
  demFinalOfferAgencyGrantConditions,
  demFinalOfferAgencyMilitaryEquipment,
  demFinalOfferAgency,
];
