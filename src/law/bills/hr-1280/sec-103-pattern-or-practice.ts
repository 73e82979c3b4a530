import { type Overlay, value } from '../../../engine/index.js';

/**
 * H.R. 1280 § 103 (LAW.md §2.3, §2.3a): gives DOJ subpoena power in 34 U.S.C. 12601
 * investigations and creates grants for state attorneys general to conduct pattern-or-practice
 * investigations (§ 103(b), $100M proposed in FY2022 appropriations).
 */
export const hr1280Sec103: Overlay = {
  id: 'hr-1280-sec-103',
  title:
    'H.R. 1280 § 103: subpoena power and state attorney-general grants for pattern-or-practice investigations',
  cite: 'H.R. 1280 (117th Cong.) § 103, amending 34 U.S.C. 12601',
  patches: [
    {
      op: 'replace',
      definition: 'patternOrPractice.tools',
      target: 'usc-34-12601.remedies',
      rule: {
        id: 'hr-1280.sec-103.subpoena-and-state-grants',
        cite: 'H.R. 1280 (117th Cong.) § 103; CRS IN11720 (Aug. 5, 2021)',
        text: 'Gives the Civil Rights Division subpoena power in pattern-or-practice investigations and creates grants for state attorneys general to conduct them.',
        then: value([
          'equitable-relief',
          'declaratory-relief',
          'administrative-subpoena',
          'state-attorney-general-grants',
        ]),
        sources: [
          'https://docslib.org/doc/11130971/justice-in-policing-act-chair-karen-bass-senator-cory-a',
          'https://www.everycrsreport.com/files/2021-08-05_IN11720_b9907f3b401f60a1ed91c6e54fa5efbfdb0877bb.html',
        ],
      },
    },
  ],
};
