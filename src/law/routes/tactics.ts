import {
  type Definition,
  definition,
  type Expr,
  eq,
  fact,
  not,
  type Patch,
  type Rule,
  ref,
  value,
} from '../../engine/index.js';
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
 * Chokeholds and carotid restraints share one set of rules: every federal rule treats them
 * together, and the state bans define a chokehold to include blood-flow (carotid) restraints.
 */

type RuleText = Omit<Rule, 'priority'>;

/** What a prohibition of a tactic excepts: nothing, or uses where deadly force is authorized by law. */
export type ProhibitionException = 'none' | 'deadly-force-authorized';

/**
 * The breach rule of a prohibition: whether a use breaks it, under the prohibition's own exception.
 * `none`: every use does; `deadly-force-authorized`: a use where deadly force was not authorized by
 * law. The rule is written by the provision that prohibits, with the same condition as its
 * prohibition (and, in an overlay, the same priority), so that the prohibition in force is the one
 * whose exception decides; no prohibition borrows another's exception.
 */
export function breachUnder(exception: ProhibitionException): Expr {
  return exception === 'none' ? value(true) : eq(fact('conduct.deadlyForceAuthorized'), false);
}

/** The breach rule, with its exception, of a federal prohibition written as a rule of the base law. */
function exceptionOf(ban: RuleText, id: string, text: string): RuleText {
  return {
    id,
    cite: ban.cite,
    text,
    ...(ban.when ? { when: ban.when } : {}),
    then: breachUnder('deadly-force-authorized'),
    ...(ban.inForce ? { inForce: ban.inForce } : {}),
    ...(ban.unconfirmed ? { unconfirmed: ban.unconfirmed } : {}),
    ...(ban.sources ? { sources: ban.sources } : {}),
  };
}

/** EO 14074's chokehold prohibition excepts uses where deadly force is authorized by law. */
export const eo14074ChokeholdException: RuleText = exceptionOf(
  eo14074Chokehold,
  'eo-14074.chokehold.exception',
  'The prohibition does not apply where deadly force is authorized by law.',
);

/** The DOJ policy of 2021 likewise. */
export const dojPolicyChokeholdException: RuleText = exceptionOf(
  dojPolicyChokehold,
  'doj-policy-2021.chokehold.exception',
  'The prohibition does not apply where deadly force is authorized.',
);

/**
 * The patch by which an overlay that prohibits chokeholds gives its prohibition's exception (or
 * none): a rule of `tactics.chokehold.breached` with the condition and priority of its prohibition.
 */
export function chokeholdBreachPatch(rule: {
  id: string;
  cite: string;
  text: string;
  when: Expr;
  priority: number;
  exception: ProhibitionException;
  unconfirmed?: string;
  sources?: readonly string[];
}): Patch {
  const { exception, ...rest } = rule;
  return {
    op: 'add',
    definition: 'tactics.chokehold.breached',
    rule: { ...rest, then: breachUnder(exception) },
  };
}

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

const FUNDING_CONDITIONS =
  'H.R. 1280 (117th Cong.), Title III (funding conditions); S. 3985 (116th Cong.) § 105; Executive Order 13929 (June 16, 2020)';

/**
 * Whether this use breaches the prohibition in force. Each prohibiting provision gives its own
 * exception, by a rule with its prohibition's condition: here the federal executive rules; the
 * overlays add theirs (Minnesota's § 609.066 exception; Colorado, Massachusetts, Washington, New
 * York and H.R. 1280's federal ban without one). A prohibition without a rule of its own leaves the
 * breach unencoded: it never falls back on another law's exception.
 */
export const chokeholdBreached: Definition = definition(
  'tactics.chokehold.breached',
  'This use of a chokehold or carotid restraint breaches a prohibition',
  [
    eo14074ChokeholdException,
    dojPolicyChokeholdException,
    {
      id: 'tactics.chokehold.nothing-to-breach',
      cite: FUNDING_CONDITIONS,
      text: 'Only a prohibition can be breached: a funding condition binds the government’s money, not the officer, and an unregulated tactic breaches nothing.',
      when: not(eq(ref('tactics.chokehold.rule'), 'prohibited')),
      then: value(false),
    },
  ],
  // A prohibition whose provision gives no rule on its exception: not encoded (the result shows
  // null), never another law's exception.
  { otherwise: 'unencoded' },
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
      cite: "The no-knock prohibition in force (Va. HB 5099 (2020); Wash. ESHB 1054 (2021); KRS 455.180; Louisville Metro Ordinance (Breonna's Law, 2020); H.R. 1280 (117th Cong.) for federal drug warrants)",
      text: 'A prohibited no-knock entry is a breach; a restricted one depends on facts (an imminent threat of violence, a court’s finding) the incident format does not record.',
      when: eq(ref('tactics.noKnock.rule'), 'prohibited'),
      then: value(true),
    },
    {
      id: 'tactics.no-knock.nothing-to-breach',
      cite: 'H.R. 1280 (117th Cong.), Title III, Subtitle B (the COPS condition on no-knock warrants); S. 3985 (116th Cong.) § 102 (reporting)',
      text: 'Only a prohibition can be breached: a restriction turns on facts not recorded, a funding condition binds the government’s money, and an unregulated entry breaches nothing.',
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
