import { and, eq, fact, not, type Overlay, oneOf, ref, value } from '../../../engine/index.js';

/**
 * H.R. 1280's no-knock provisions (the "Justice for Breonna Taylor" concept; LAW.md §2.3, §2.4):
 * - Federal: no-knock warrants banned in federal drug cases (drug-case warrants executed only after
 *   notice of authority and purpose). Not a ban for other federal warrants.
 * - States and localities: not eligible for COPS funds unless they have a law that prohibits
 *   no-knock warrants in drug cases (CRS R46431 on H.R. 7120; the lever is COPS, not Byrne JAG).
 */
const CITE = 'H.R. 1280 (117th Cong.), Title III, Subtitle B (no-knock warrants in drug cases)';
const NOTE =
  'Section number and exact H.R. 1280 wording UNCONFIRMED; carried from H.R. 7120 per the CRS update (R46431, March 2021).';
const SOURCES = [
  'https://www.everycrsreport.com/files/2020-06-25_R46431_12bd9ed966a1622e89f5a0e5c58fad522d14ae06.html',
  'https://www.everycrsreport.com/reports/R46431.html',
];
const FEDERAL = eq(fact('officer.employer'), 'federal');
const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);
const DRUG_WARRANT = eq(fact('conduct.warrantFor'), 'drug');
const HAS_BAN = eq(ref('tactics.noKnock.bindingRule'), 'banned');

export const hr1280NoKnockFederalBan: Overlay = {
  id: 'hr-1280-no-knock-federal-ban',
  title: 'H.R. 1280: no-knock warrants banned in federal drug cases',
  cite: CITE,
  unconfirmed: `${NOTE} The amendment of 21 U.S.C. 879 is seen only in a low-quality copy.`,
  patches: [
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'hr-1280.no-knock.federal-drug-ban',
        cite: `${CITE}; 21 U.S.C. 879 as amended`,
        text: 'A warrant in a federal drug case may be executed only after notice of authority and purpose.',
        when: and(FEDERAL, DRUG_WARRANT),
        then: value('prohibited'),
        priority: 500,
        sources: SOURCES,
      },
    },
  ],
};

export const hr1280NoKnockFundingCondition: Overlay = {
  id: 'hr-1280-no-knock-funding-condition',
  title: 'H.R. 1280: COPS funds only for states and localities with a law banning no-knock drug warrants',
  cite: CITE,
  unconfirmed: NOTE,
  patches: [
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'hr-1280.no-knock.funding-condition',
        cite: CITE,
        text: 'State and local governments are not eligible for COPS funding unless they have a law that prohibits no-knock warrants in drug cases.',
        when: STATE_OR_LOCAL,
        then: value('funding-condition'),
        priority: 260,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.met',
      rule: {
        id: 'hr-1280.no-knock.condition-met',
        cite: CITE,
        text: 'Met by a state or local law prohibiting no-knock warrants in drug cases; a restriction is not a prohibition.',
        when: STATE_OR_LOCAL,
        then: HAS_BAN,
        priority: 260,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'funding.cops.atRisk',
      rule: {
        id: 'hr-1280.no-knock.cops-ineligible',
        cite: CITE,
        text: 'No COPS funding without a law prohibiting no-knock warrants in drug cases.',
        when: and(STATE_OR_LOCAL, not(HAS_BAN)),
        then: value(true),
        priority: 250,
        sources: SOURCES,
      },
    },
  ],
};
