import { and, eq, fact, type Overlay, oneOf, ref, value } from '../../../engine/index.js';

/**
 * The Democrats' final offer of 20-21 September 2021 (NEGOTIATION.md §2): "maybe seven or eight"
 * proposals, the "bare minimum". CBS, which obtained the offer, reports that it proposed adopting
 * the Trump order's national accreditation standards, banning chokeholds and no-knock warrants,
 * limiting military-equipment transfers, and a database documenting complaints against officers,
 * with conditions on Byrne and COPS grants (the ~$1 billion Scott objected to: "What I disagreed
 * with were the cuts that result from non-compliance"). It left out qualified immunity and § 242.
 * NBC reported that the no-knock provisions were dropped: the sources conflict, so the offer's
 * no-knock content is encoded as UNCONFIRMED, and nothing is decided on it. Encoded: the EO 13929
 * chokehold standard as a Byrne/COPS condition, and the misconduct database, for which H.R. 1280
 * § 201's registry is reused: like the offer's database, it holds complaints.
 */
const CITE = "Democrats' final offer (Sept. 2021), as reported";
const SOURCES = [
  'https://www.cbsnews.com/news/police-reform-democrats-final-offer/',
  'https://goodwordnews.com/read-democrats-final-offer-on-police-reform-before-talks-collapse/',
  'https://www.washingtonpost.com/powerpost/policing-george-floyd-congress-legislation/2021/09/22/36324a34-1bc9-11ec-a99a-5fea2b2da34b_story.html',
];
const NOTE =
  'The offer’s text is UNCONFIRMED beyond the reported points; who the chokehold bar bound and how the grant condition was worded are inferred from "codify Trump’s executive order" and Scott’s objection to conditioning Byrne and COPS grants.';
const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);
const NO_POLICY = eq(ref('tactics.chokehold.bindingRule'), 'none');

export const demFinalOfferChokeholdCondition: Overlay = {
  id: 'dem-final-offer-2021-chokeholds',
  title: "Democrats' final offer (2021): EO 13929's chokehold standard as a Byrne and COPS condition",
  cite: CITE,
  unconfirmed: NOTE,
  patches: [
    {
      op: 'add',
      definition: 'tactics.chokehold.rule',
      rule: {
        id: 'dem-final-offer-2021.chokehold-condition',
        cite: CITE,
        text: 'Codify the executive order: agencies must ban chokeholds except where deadly force is allowed, with eligibility for Byrne and COPS grants conditioned on compliance ("you literally lose your eligibility", Scott, Sept. 26, 2021).',
        when: STATE_OR_LOCAL,
        then: value('funding-condition'),
        priority: 240,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.chokehold.met',
      rule: {
        id: 'dem-final-offer-2021.chokehold-condition-met',
        cite: CITE,
        text: 'Met by a policy banning chokeholds except where deadly force is allowed (the EO 13929 standard), or stricter.',
        when: STATE_OR_LOCAL,
        then: oneOf(ref('tactics.chokehold.bindingRule'), [
          'policy-deadly-force-exception',
          'policy',
          'law-deadly-force-exception',
          'law',
        ]),
        priority: 240,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'funding.byrneJag.atRisk',
      rule: {
        id: 'dem-final-offer-2021.byrne-jag-eligibility',
        cite: CITE,
        text: 'Byrne JAG eligibility conditioned on the chokehold standard.',
        when: and(STATE_OR_LOCAL, NO_POLICY),
        then: value(true),
        priority: 240,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'funding.cops.atRisk',
      rule: {
        id: 'dem-final-offer-2021.cops-eligibility',
        cite: CITE,
        text: 'COPS eligibility conditioned on the chokehold standard.',
        when: and(STATE_OR_LOCAL, NO_POLICY),
        then: value(true),
        priority: 230,
        sources: SOURCES,
      },
    },
  ],
};

const CBS = 'https://www.cbsnews.com/news/police-reform-democrats-final-offer/';
const NBC =
  'https://www.nbcnews.com/politics/congress/bipartisan-police-reform-legislation-talks-end-without-deal-sen-booker-n1279880';

/**
 * The offer's no-knock content: CBS (which obtained the offer) says it banned no-knock warrants;
 * NBC says no-knock was dropped. Neither reading is encoded: the entry says the sources conflict,
 * and leaves the entry as unregulated by any rule of the offer.
 */
export const demFinalOfferNoKnock: Overlay = {
  id: 'dem-final-offer-2021-no-knock',
  title: "Democrats' final offer (2021): no-knock warrants, on which the sources conflict",
  cite: CITE,
  patches: [
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'dem-final-offer-2021.no-knock-unconfirmed',
        cite: CITE,
        text: 'CBS, which obtained the offer, reports it proposed "banning chokeholds and no-knock warrants"; NBC reports the no-knock provisions were dropped. No rule of the offer on no-knock entries is encoded.',
        when: STATE_OR_LOCAL,
        then: value('unregulated'),
        priority: 240,
        unconfirmed:
          'The offer’s no-knock content is UNCONFIRMED: the sources conflict (CBS: banned; NBC: dropped). Shown as unregulated by the offer, which may be wrong.',
        sources: [CBS, NBC],
      },
    },
  ],
};
