import { type Definition, definition, eq, fact, ref, value } from '../../engine/index.js';
import { dojPolicyChokehold, dojPolicyNoKnock } from '../federal/doj-policy-2021.js';
import { eo13929ChokeholdCredentialing, eo13929ConditionMet } from '../federal/eo-13929.js';
import {
  eo14074AccreditationChokehold,
  eo14074AccreditationMet,
  eo14074Chokehold,
  eo14074NoKnock,
} from '../federal/eo-14074.js';

/**
 * EO 14074 § 19(b) kept EO 13929's accreditation requirements from the day it revoked that order:
 * its rules sit beside EO 13929's (their dates do not overlap), below the reforms' conditions,
 * which overlays add at priorities above 200.
 */
const SEC_19B_PRIORITY = 150;

/** What the absence of a federal rule rests on: the bills that would have made one. */
const NOT_ENACTED = 'H.R. 1280 (117th Cong.) and S. 3985 (116th Cong.), neither enacted';

/**
 * How the tactics an incident used are regulated for this officer, on this date: prohibited,
 * restricted, a condition of federal money, reporting-only, or unregulated (DESIGN.md §4).
 * Chokeholds and carotid restraints share one set of rules: every federal rule in LAW.md treats
 * them together.
 */
const chokeholdRuleBase: Definition = definition(
  'tactics.chokehold.rule',
  'How federal law regulates a chokehold or carotid restraint by this officer',
  [
    eo14074Chokehold,
    dojPolicyChokehold,
    eo13929ChokeholdCredentialing,
    {
      id: 'tactics.chokehold.no-federal-rule',
      cite: NOT_ENACTED,
      text: 'No federal statute bans chokeholds by state or local officers or conditions grants on a ban: the 2020-2021 bills that would have (H.R. 1280, S. 3985) were not enacted, nor was any other in 2020-2022.',
      then: value('unregulated'),
    },
  ],
);

export const chokeholdRule: Definition = {
  ...chokeholdRuleBase,
  rules: [...chokeholdRuleBase.rules, { ...eo14074AccreditationChokehold, priority: SEC_19B_PRIORITY }],
};

const chokeholdConditionMetBase: Definition = definition(
  'tactics.chokehold.met',
  'The state or locality meets the funding condition on chokeholds',
  [
    eo13929ConditionMet,
    {
      id: 'tactics.chokehold.no-condition',
      cite: NOT_ENACTED,
      text: 'No funding condition on chokeholds applies, so there is nothing to meet.',
      then: value(true),
    },
  ],
);

export const chokeholdConditionMet: Definition = {
  ...chokeholdConditionMetBase,
  rules: [...chokeholdConditionMetBase.rules, { ...eo14074AccreditationMet, priority: SEC_19B_PRIORITY }],
};

export const chokeholdBreached: Definition = definition(
  'tactics.chokehold.breached',
  'This use of a chokehold or carotid restraint breaches a prohibition',
  [
    {
      id: 'tactics.chokehold.deadly-force-exception',
      cite: 'Executive Order 14074 (2022); DOJ policy (Sept. 13, 2021); Executive Order 13929 (2020)',
      text: 'Every federal chokehold rule excepts situations where deadly force is authorized by law.',
      // A prohibition with its own rule on the exception says so in an overlay (Minnesota, with
      // one; Washington and H.R. 1280's federal ban, without). The rest fall back on this one.
      unconfirmed:
        'Applied also to the Colorado and Massachusetts bans, whose rule on deadly force LAW.md does not give.',
      when: eq(ref('tactics.chokehold.rule'), 'prohibited'),
      then: eq(fact('conduct.deadlyForceAuthorized'), false),
    },
    {
      id: 'tactics.chokehold.nothing-to-breach',
      cite: 'LAW.md, key corrections 3-4',
      text: 'Only a prohibition can be breached.',
      then: value(false),
    },
  ],
);

export const noKnockRule: Definition = definition(
  'tactics.noKnock.rule',
  'How federal law regulates a no-knock entry by this officer',
  [
    eo14074NoKnock,
    dojPolicyNoKnock,
    {
      id: 'tactics.no-knock.no-federal-rule',
      cite: NOT_ENACTED,
      text: 'No federal statute bans or restricts no-knock entries by state or local officers: the 2020-2021 bills that would have (H.R. 1280; S. 3985 asked only reports) were not enacted, nor was any other in 2020-2022.',
      then: value('unregulated'),
    },
  ],
);

export const noKnockConditionMet: Definition = definition(
  'tactics.noKnock.met',
  'The state or locality meets the funding condition on no-knock warrants',
  [
    {
      id: 'tactics.no-knock.no-condition',
      cite: NOT_ENACTED,
      text: 'No funding condition on no-knock warrants applies under the law in force, so there is nothing to meet.',
      then: value(true),
    },
  ],
);

export const noKnockBreached: Definition = definition(
  'tactics.noKnock.breached',
  'This no-knock entry breaches a prohibition',
  [
    {
      id: 'tactics.no-knock.prohibited',
      cite: 'LAW.md §2.3 (federal no-knock rules)',
      text: 'A prohibited no-knock entry is a breach; a restricted one depends on facts (an imminent threat of violence) the incident format does not record.',
      when: eq(ref('tactics.noKnock.rule'), 'prohibited'),
      then: value(true),
    },
    {
      id: 'tactics.no-knock.nothing-to-breach',
      cite: 'LAW.md §2.3',
      text: 'Only a prohibition can be breached.',
      then: value(false),
    },
  ],
);

const BINDING_CITE =
  'H.R. 1280 (117th Cong.), Title III (funding conditions); S. 3985 (116th Cong.) § 105; Executive Order 13929 (June 16, 2020)';

/**
 * The rule on chokeholds that binds the agency, as the federal funding conditions and EO 13929's
 * credentialing ask it: a state or local law in force at the place and date (each state or local
 * overlay says so), or else the rule the agency reports.
 */
export const chokeholdBindingRule: Definition = definition(
  'tactics.chokehold.bindingRule',
  'The rule on chokeholds binding the agency (none, a policy, or a state or local law)',
  [
    {
      id: 'tactics.chokehold.binding-rule.as-reported',
      cite: BINDING_CITE,
      text: 'Where no state or local law on chokeholds is encoded for the place and date, the rule binding the agency is the one it reports.',
      then: fact('agency.chokeholdRule'),
    },
  ],
);

/** The rule on no-knock warrants in drug cases binding the agency, likewise. */
export const noKnockBindingRule: Definition = definition(
  'tactics.noKnock.bindingRule',
  'The rule on no-knock warrants in drug cases binding the agency (none, restricted, or banned by law)',
  [
    {
      id: 'tactics.no-knock.binding-rule.as-reported',
      cite: 'H.R. 1280 (117th Cong.) (no-knock warrants: the COPS condition)',
      text: 'Where no state or local law on no-knock warrants is encoded for the place and date, the rule binding the agency is the one it reports.',
      then: fact('agency.noKnockRule'),
    },
  ],
);
