import type { Overlay, Patch, Rule } from '../../engine/index.js';
import {
  eo14074AccountabilityDatabase,
  eo14074Chokehold,
  eo14074NoKnock,
  eo14074UseOfForceData,
} from '../federal/eo-14074.js';
import { eo14074ChokeholdException } from '../routes/tactics.js';

/**
 * The `eo-14074` regime evaluates Executive Order 14074 as if it were in force on the incident
 * date (it was in force only from 25 May 2022 until its revocation on 20 January 2025). Each of its
 * dated rules is replaced by the same rule without dates.
 */
const undated = (definition: string, rule: Omit<Rule, 'priority'>): Patch => {
  const { inForce: _dates, ...rest } = rule;
  return { op: 'replace', definition, target: rule.id, rule: { ...rest, id: `${rule.id}.as-if-in-force` } };
};

export const eo14074AsIfInForce: Overlay = {
  id: 'eo-14074-as-if-in-force',
  title: 'Executive Order 14074, as if in force on the incident date',
  cite: 'Executive Order 14074 (May 25, 2022)',
  patches: [
    undated('tactics.chokehold.rule', eo14074Chokehold),
    undated('tactics.chokehold.breached', eo14074ChokeholdException),
    undated('tactics.noKnock.rule', eo14074NoKnock),
    undated('reporting.nationalLawEnforcementAccountabilityDatabase', eo14074AccountabilityDatabase),
    undated('reporting.fbiNationalUseOfForceDataCollection', eo14074UseOfForceData),
  ],
};
