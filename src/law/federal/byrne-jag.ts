import { type Definition, definition, isFalse, value } from '../../engine/index.js';

/**
 * The Edward Byrne Memorial Justice Assistance Grant: a DOJ formula grant (34 U.S.C. 10151 et
 * seq., P.L. 109-162, 2005). Reform bills use it as a lever by attaching conditions; under the law
 * in force no condition ties the grant to the tactics or the conduct of an incident. Whether the
 * employing government receives the grant at all is the top rule: no condition a reform adds (at
 * a lower priority) can put at risk money a government does not receive.
 */
const CITE = '34 U.S.C. 10151 et seq. (Byrne JAG, P.L. 109-162)';
const SOURCES = [
  'https://www.everycrsreport.com/files/2018-07-05_IF10691_851db30816fc20aff5abd6540ab487d445acbc8f.html',
];

/** Above every rule a reform adds to a funding definition. */
export const NOT_RECEIVED_PRIORITY = 1000;

const base: Definition = definition(
  'funding.byrneJag.atRisk',
  'The employing government puts its Byrne JAG money at risk by what the incident shows',
  [
    {
      id: 'usc-34-10151.formula-grant',
      cite: CITE,
      text: 'Allocation: half by population, half by violent crime; 40% of each state allocation goes to local governments. No condition ties the award to the use of chokeholds, no-knock entries or officer misconduct.',
      then: value(false),
      sources: SOURCES,
    },
  ],
);

export const byrneJagAtRisk: Definition = {
  ...base,
  rules: [
    {
      id: 'usc-34-10151.not-received',
      cite: CITE,
      text: 'Byrne JAG funds go to the states and local governments that apply for their allocation: a government that receives none has none to lose.',
      when: isFalse('agency.receivesByrneJag'),
      then: value(false),
      priority: NOT_RECEIVED_PRIORITY,
      tags: { grantNotReceived: 'byrne-jag' },
      sources: SOURCES,
    },
    ...base.rules,
  ],
};
