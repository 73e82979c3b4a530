import type { Definition } from '../engine/index.js';
import { bivensClaim, bivensRecognizedContext } from './federal/bivens.js';
import { ftcaClaim, ftcaLawEnforcementOfficer } from './federal/ftca.js';
import { deadlyForceStandard } from './federal/graham-v-connor.js';
import { monellClaim, monellPolicyOrCustom } from './federal/monell.js';
import { qualifiedImmunityShields } from './federal/qualified-immunity.js';
import {
  section242Charge,
  section242Deprivation,
  section242FairWarning,
  section242MaxPenalty,
  section242MentalState,
} from './federal/usc-18-242.js';
import {
  patternOrPracticeAction,
  patternOrPracticePlaintiffs,
  patternOrPracticeTools,
} from './federal/usc-34-12601.js';
import { section1983Claim } from './federal/usc-42-1983.js';
import { employerSuit } from './routes/employer-suit.js';
import { federalProsecution } from './routes/federal-prosecution.js';
import { byrneJagAtRisk, copsAtRisk, dojDiscretionaryAtRisk } from './routes/funding.js';
import { officerSuit } from './routes/officer-suit.js';
import { patternOrPractice } from './routes/pattern-or-practice.js';
import { accountabilityDatabase, useOfForceData } from './routes/reporting.js';
import { stateCrimeChokehold } from './routes/state-crimes.js';
import {
  stateSuit,
  stateSuitDamagesCap,
  stateSuitDefendant,
  stateSuitOfficerPays,
  stateSuitRelief,
} from './routes/state-suit.js';
import {
  chokeholdBindingRule,
  chokeholdBreached,
  chokeholdConditionMet,
  chokeholdRule,
  noKnockBindingRule,
  noKnockBreached,
  noKnockConditionMet,
  noKnockRule,
} from './routes/tactics.js';

/**
 * The federal law in force, date-aware: statutes, judge-made doctrine, executive orders and DOJ
 * policy, each rule dated where the law has dates. Reforms are overlays on top of it.
 */
export const federalBaseline: readonly Definition[] = [
  qualifiedImmunityShields,
  section1983Claim,
  bivensRecognizedContext,
  bivensClaim,
  monellPolicyOrCustom,
  monellClaim,
  ftcaLawEnforcementOfficer,
  ftcaClaim,
  section242MentalState,
  section242Deprivation,
  section242FairWarning,
  section242Charge,
  section242MaxPenalty,
  patternOrPracticeAction,
  patternOrPracticeTools,
  patternOrPracticePlaintiffs,
  officerSuit,
  employerSuit,
  stateSuit,
  stateSuitDefendant,
  stateSuitOfficerPays,
  stateSuitDamagesCap,
  stateSuitRelief,
  federalProsecution,
  patternOrPractice,
  chokeholdBindingRule,
  noKnockBindingRule,
  chokeholdRule,
  chokeholdConditionMet,
  chokeholdBreached,
  noKnockRule,
  noKnockConditionMet,
  noKnockBreached,
  stateCrimeChokehold,
  byrneJagAtRisk,
  copsAtRisk,
  dojDiscretionaryAtRisk,
  accountabilityDatabase,
  useOfForceData,
  deadlyForceStandard,
];
