import { type Definition, definition, value } from '../../engine/index.js';

/**
 * The Edward Byrne Memorial Justice Assistance Grant (LAW.md §1.7): a DOJ formula grant (34 U.S.C.
 * 10151 et seq., P.L. 109-162, 2005). Reform bills use it as a lever by attaching conditions; under
 * the law in force no condition ties the grant to the tactics or the conduct of an incident.
 */
export const byrneJagAtRisk: Definition = definition(
  'funding.byrneJag.atRisk',
  'The employing government puts its Byrne JAG money at risk by what the incident shows',
  [
    {
      id: 'usc-34-10151.formula-grant',
      cite: '34 U.S.C. 10151 et seq. (Byrne JAG, P.L. 109-162)',
      text: 'Allocation: half by population, half by violent crime; 40% of each state allocation goes to local governments. No condition ties the award to the use of chokeholds, no-knock entries or officer misconduct.',
      then: value(false),
      sources: [
        'https://www.everycrsreport.com/files/2018-07-05_IF10691_851db30816fc20aff5abd6540ab487d445acbc8f.html',
      ],
    },
  ],
);
