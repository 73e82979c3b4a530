import { and, eq, fact, type Overlay, oneOf, ref, value } from '../../../engine/index.js';

/**
 * S. 3985 (JUSTICE Act) § 105, "Incentivizing banning of chokeholds" (LAW.md §3.3, §3.4): a state
 * or locality that, on the day before the fiscal year begins, does not have an agency-wide
 * *policy* for each law enforcement agency prohibiting chokeholds except when deadly force is
 * authorized does not receive certain federal funds (press: Byrne JAG or COPS; the percentage is
 * UNCONFIRMED, and Scott said "not ... all" of it).
 */
const CITE = 'S. 3985 (116th Cong.) § 105';
const SOURCES = [
  'http://weather.sanfordshores.com/ssg/site/e77b49-tim-scott-justice-act-summary',
  'https://thehill.com/homenews/senate/502872-senate-gop-seeks-to-restrict-use-of-chokeholds-in-police-reform-bill',
];
const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);
const NO_POLICY = eq(ref('tactics.chokehold.bindingRule'), 'none');
const NOTE =
  'The percentage of funds withheld is UNCONFIRMED (Scott: "We reduce funding ... I\'m not going to eliminate it all"); the press names Byrne JAG or COPS.';

export const s3985Sec105: Overlay = {
  id: 's-3985-sec-105',
  title: 'S. 3985 § 105: federal funds reduced without an agency policy banning chokeholds',
  cite: CITE,
  unconfirmed: NOTE,
  patches: [
    {
      op: 'add',
      definition: 'tactics.chokehold.rule',
      rule: {
        id: 's-3985.sec-105.funding-condition',
        cite: CITE,
        text: 'No certain federal funds for a state or locality without "an agency-wide policy in place for each law enforcement agency" prohibiting chokeholds except when deadly force is authorized.',
        when: STATE_OR_LOCAL,
        then: value('funding-condition'),
        priority: 250,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.chokehold.met',
      rule: {
        id: 's-3985.sec-105.condition-met',
        cite: CITE,
        text: 'Met by an agency policy (or stricter: a law) banning chokeholds except when deadly force is authorized.',
        when: STATE_OR_LOCAL,
        then: oneOf(ref('tactics.chokehold.bindingRule'), [
          'policy-deadly-force-exception',
          'policy',
          'law-deadly-force-exception',
          'law',
        ]),
        priority: 250,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'funding.byrneJag.atRisk',
      rule: {
        id: 's-3985.sec-105.byrne-jag-reduced',
        cite: CITE,
        text: 'Funding reduced (Byrne JAG named by the press) without the chokehold policy.',
        when: and(STATE_OR_LOCAL, NO_POLICY),
        then: value(true),
        priority: 250,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'funding.cops.atRisk',
      rule: {
        id: 's-3985.sec-105.cops-reduced',
        cite: CITE,
        text: 'Funding reduced (COPS named by the press) without the chokehold policy.',
        when: and(STATE_OR_LOCAL, NO_POLICY),
        then: value(true),
        priority: 240,
        sources: SOURCES,
      },
    },
  ],
};
