import { and, definition, eq, fact, isTrue, type Overlay, oneOf, or, value } from '../../../engine/index.js';

/**
 * H.R. 1280 Title II: § 201 National Police Misconduct Registry (DOJ-run,
 * complaints and records of misconduct, to stop fired officers moving on); Subtitle B, the PRIDE
 * Act, and the data collection described by CRS R46431 (federal, state, tribal and local agencies
 * report the use of deadly force to DOJ; a non-complying state is ineligible for JAG).
 */
const LAW_ENFORCEMENT = and(
  eq(fact('officer.role'), 'police'),
  oneOf(fact('officer.employer'), ['federal', 'state', 'local', 'tribal']),
);

/**
 * A complaint, a conviction, a de-certification or a violation found: what a registry of
 * "complaints and records of police misconduct" holds, among the incident's facts. A complaint is
 * enough; no finding is needed.
 */
export const COMPLAINT_OR_RECORD = or(
  isTrue('officer.complaintFiled'),
  isTrue('officer.convictedForConduct'),
  isTrue('officer.decertifiedForConduct'),
  isTrue('findings.rightViolated'),
);

export const hr1280Sec201Registry: Overlay = {
  id: 'hr-1280-sec-201',
  title: 'H.R. 1280 § 201: National Police Misconduct Registry',
  cite: 'H.R. 1280 (117th Cong.) § 201',
  unconfirmed:
    'The registry’s exact record categories and public-access rules are UNCONFIRMED from bill text; Recourse counts complaints, convictions, de-certifications and violations found.',
  patches: [
    {
      op: 'define',
      definition: definition(
        'reporting.nationalPoliceMisconductRegistry',
        'The incident goes to the National Police Misconduct Registry',
        [
          {
            id: 'hr-1280.sec-201.misconduct-record',
            cite: 'H.R. 1280 (117th Cong.) § 201',
            text: 'DOJ compiles data on complaints and records of police misconduct in a National Police Misconduct Registry: a complaint goes to it as well as a conviction, a de-certification or a violation found.',
            when: and(LAW_ENFORCEMENT, COMPLAINT_OR_RECORD),
            then: value(true),
            sources: ['https://getinformed.app/document/Bill/50293'],
          },
          {
            id: 'hr-1280.sec-201.no-record',
            cite: 'H.R. 1280 (117th Cong.) § 201',
            text: 'The registry is of law enforcement officers; with neither a complaint nor a record of misconduct over the conduct, there is nothing to register.',
            then: value(false),
          },
        ],
      ),
    },
  ],
};

export const hr1280UseOfForceData: Overlay = {
  id: 'hr-1280-use-of-force-data',
  title: 'H.R. 1280: use of deadly force reported to DOJ (PRIDE Act and data collection)',
  cite: 'H.R. 1280 (117th Cong.), Title II Subtitle B (PRIDE Act, §§ 221-225); CRS R46431',
  unconfirmed:
    'Section number of the data-collection condition UNCONFIRMED; the PRIDE Act’s 10% JAG cut is UNCONFIRMED for H.R. 1280.',
  patches: [
    {
      op: 'define',
      definition: definition(
        'reporting.dojUseOfForceData',
        'The incident must be reported to DOJ as a use of deadly force',
        [
          {
            id: 'hr-1280.pride.deadly-force-report',
            cite: 'H.R. 1280 (117th Cong.); CRS R46431 (Mar. 11, 2021)',
            text: 'Federal, state, tribal and local agencies report to DOJ data on traffic stops, pedestrian stops, frisks and body searches, and the use of deadly force; a non-complying state is ineligible for JAG.',
            when: and(LAW_ENFORCEMENT, isTrue('conduct.deadlyForce')),
            then: value(true),
            sources: ['https://www.everycrsreport.com/reports/R46431.html'],
          },
          {
            id: 'hr-1280.pride.no-deadly-force',
            cite: 'CRS R46431 (Mar. 11, 2021)',
            text: 'Only the use of deadly force (among the incident’s facts) is reported.',
            then: value(false),
          },
        ],
      ),
    },
  ],
};
