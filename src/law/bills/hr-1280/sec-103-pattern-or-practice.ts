import { type Overlay, value } from '../../../engine/index.js';

/**
 * H.R. 1280 § 103 (LAW.md §2.3, §2.3a, §0 E7): gives DOJ subpoena power in 34 U.S.C. 12601
 * investigations, and gives state attorneys general their own authority to conduct
 * pattern-or-practice investigations, issue subpoenas and sue in federal district court, with up to
 * $100M in grants for that work (§ 103(b), FY2021-2023). The relief a state attorney general may
 * seek is believed equitable and declaratory as under § 12601 (UNCONFIRMED from bill text).
 */
const CITE = 'H.R. 1280 (117th Cong.) § 103, amending 34 U.S.C. 12601';
const SOURCES = [
  'https://docslib.org/doc/11130971/justice-in-policing-act-chair-karen-bass-senator-cory-a',
  'https://www.everycrsreport.com/files/2021-08-05_IN11720_b9907f3b401f60a1ed91c6e54fa5efbfdb0877bb.html',
  'https://ag.ny.gov/press-release/2021/attorney-general-james-urges-us-senate-pass-george-floyd-justice-policing-act',
];
const STATE_RELIEF_NOTE =
  'The relief a state attorney general may seek is believed equitable and declaratory as under 34 U.S.C. 12601; UNCONFIRMED from bill text.';

export const hr1280Sec103: Overlay = {
  id: 'hr-1280-sec-103',
  title:
    'H.R. 1280 § 103: subpoena power, and state attorneys general’s own pattern-or-practice authority and grants',
  cite: CITE,
  patches: [
    {
      op: 'replace',
      definition: 'patternOrPractice.tools',
      target: 'usc-34-12601.remedies',
      rule: {
        id: 'hr-1280.sec-103.subpoena-and-state-grants',
        cite: 'H.R. 1280 (117th Cong.) § 103; CRS IN11720 (Aug. 5, 2021)',
        text: 'Gives the Civil Rights Division subpoena power in pattern-or-practice investigations; gives state attorneys general authority to conduct pattern-or-practice investigations and issue subpoenas, and authorises up to $100M in grants for that work (FY2021-2023).',
        then: value([
          'equitable-relief',
          'declaratory-relief',
          'administrative-subpoena',
          'state-attorney-general-grants',
          'state-attorney-general-investigation',
          'state-attorney-general-subpoena',
        ]),
        unconfirmed: STATE_RELIEF_NOTE,
        sources: SOURCES,
      },
    },
    {
      op: 'replace',
      definition: 'patternOrPractice.plaintiffs',
      target: 'usc-34-12601.attorney-general-sues',
      rule: {
        id: 'hr-1280.sec-103.state-attorneys-general-sue',
        cite: CITE,
        text: 'Besides the Attorney General, a state attorney general may bring a pattern-or-practice civil action in federal district court.',
        then: value(['united-states', 'state-attorney-general']),
        unconfirmed: STATE_RELIEF_NOTE,
        sources: SOURCES,
      },
    },
  ],
};
