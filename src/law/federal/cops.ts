import { type Definition, definition, isFalse, value } from '../../engine/index.js';
import { NOT_RECEIVED_PRIORITY } from './byrne-jag.js';

/**
 * The Community Oriented Policing Services grants: § 1701 of the Omnibus Crime Control and Safe
 * Streets Act of 1968, 34 U.S.C. 10381. Under the law in force no condition ties the grant to the
 * tactics or the conduct of an incident. Whether the employing government receives the grant at
 * all is the top rule, as for Byrne JAG.
 */
const CITE = '34 U.S.C. 10381 (COPS, § 1701 of the Omnibus Crime Control and Safe Streets Act of 1968)';
const SOURCES = ['https://www.govinfo.gov/content/pkg/BILLS-116s3956is/xml/BILLS-116s3956is.xml'];

const base: Definition = definition(
  'funding.cops.atRisk',
  'The employing government puts its COPS money at risk by what the incident shows',
  [
    {
      id: 'usc-34-10381.cops-grant',
      cite: CITE,
      text: 'Grants for community policing and hiring; no condition ties the award to the use of chokeholds, no-knock entries or officer misconduct.',
      then: value(false),
      sources: SOURCES,
    },
  ],
);

export const copsAtRisk: Definition = {
  ...base,
  rules: [
    {
      id: 'usc-34-10381.not-received',
      cite: CITE,
      text: 'COPS grants go to the state, local and tribal governments awarded them: a government that receives none has none to lose.',
      when: isFalse('agency.receivesCops'),
      then: value(false),
      priority: NOT_RECEIVED_PRIORITY,
      tags: { grantNotReceived: 'cops' },
      sources: SOURCES,
    },
    ...base.rules,
  ],
};
