import { type Definition, definition, value } from '../../engine/index.js';

/**
 * The Community Oriented Policing Services grants (LAW.md §1.7): § 1701 of the Omnibus Crime
 * Control and Safe Streets Act of 1968, 34 U.S.C. 10381. Under the law in force no condition ties
 * the grant to the tactics or the conduct of an incident.
 */
export const copsAtRisk: Definition = definition(
  'funding.cops.atRisk',
  'The employing government puts its COPS money at risk by what the incident shows',
  [
    {
      id: 'usc-34-10381.cops-grant',
      cite: '34 U.S.C. 10381 (COPS, § 1701 of the Omnibus Crime Control and Safe Streets Act of 1968)',
      text: 'Grants for community policing and hiring; no condition ties the award to the use of chokeholds, no-knock entries or officer misconduct.',
      then: value(false),
      sources: ['https://www.govinfo.gov/content/pkg/BILLS-116s3956is/xml/BILLS-116s3956is.xml'],
    },
  ],
);
