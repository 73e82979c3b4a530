import type { FactSpec } from '../../engine/index.js';
import { CHOKEHOLD_RULES, NO_KNOCK_RULES } from '../vocabulary.js';
import { ACCREDITATION, BODY_CAMERAS, JAG_ROUTES } from './profile.js';

/** The facts of an agency profile the law reads, with the question that asks each (the agency interview). */
export const AGENCY_FACTS: readonly FactSpec[] = [
  {
    path: 'grants.byrneJag',
    type: 'enum',
    values: JAG_ROUTES,
    question: 'How does the agency get Byrne JAG money: its own award, a subgrant from the state, or none?',
  },
  { path: 'grants.cops', type: 'boolean', question: 'Does the agency receive COPS grants?' },
  {
    path: 'grants.dojDiscretionary',
    type: 'boolean',
    question: 'Does the agency receive DOJ discretionary grants?',
  },
  {
    path: 'grants.program1033',
    type: 'boolean',
    question: 'Does the agency take part in the 1033 surplus-equipment program?',
  },
  {
    path: 'policy.chokehold',
    type: 'enum',
    values: CHOKEHOLD_RULES,
    question: 'What rule on chokeholds is in force for the agency?',
  },
  {
    path: 'policy.noKnock',
    type: 'enum',
    values: NO_KNOCK_RULES,
    question: 'What rule on no-knock warrants in drug cases is in force?',
  },
  {
    path: 'policy.dutyToInterveneTraining',
    type: 'boolean',
    question: 'Must every officer complete duty-to-intervene training?',
  },
  {
    path: 'policy.racialProfilingPolicy',
    type: 'boolean',
    question: 'Does a written policy prohibit racial and religious profiling?',
  },
  {
    path: 'policy.bodyCameras',
    type: 'enum',
    values: BODY_CAMERAS,
    question: 'Which patrol officers wear body cameras?',
  },
  {
    path: 'policy.bodyCameraActivation',
    type: 'boolean',
    question: 'Must cameras be on during arrests and detentions?',
  },
  {
    path: 'policy.disciplinaryRecords30Years',
    type: 'boolean',
    question: 'Are disciplinary records kept 30 years?',
  },
  {
    path: 'policy.preHireRecordChecks',
    type: 'boolean',
    question: 'Are prior disciplinary records reviewed before hiring?',
  },
  {
    path: 'policy.accreditation',
    type: 'enum',
    values: ACCREDITATION,
    question: 'Does the agency hold credentials, or has it applied?',
  },
  {
    path: 'reporting.fbiUseOfForce',
    type: 'boolean',
    question: 'Does the agency report use of force to the FBI?',
  },
  {
    path: 'reporting.stopsAndFrisks',
    type: 'boolean',
    question: 'Does it report stops, frisks and searches to DOJ?',
  },
  {
    path: 'reporting.noKnockWarrants',
    type: 'boolean',
    question: 'Does it report each no-knock warrant and its outcome?',
  },
  {
    path: 'reporting.misconductRecords',
    type: 'boolean',
    question: 'Does it report complaints and misconduct records to a registry?',
  },
];
