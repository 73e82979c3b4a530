import { evaluate, factsFromObject, type Regime } from '../engine/index.js';
import { parseIncident } from './parse.js';
import { REGIMES } from './regimes.js';
import { evaluateIncident, type RouteResult } from './results.js';

/**
 * Shared plumbing for the law tests: look up a regime, evaluate an incident written as YAML, and
 * decide a single definition. Test-only; excluded from the build (tsconfig.build.json).
 */

/** The regime with the given id (`current`, `gfjpa-2021`, ...); throws naming the id when unknown. */
export function regimeById(id: string): Regime {
  const found = REGIMES.get(id);
  if (!found) throw new Error(`no regime ${id}`);
  return found;
}

/** The full result of evaluating the incident written as YAML under the regime. */
export const evaluateYaml = (regime: Regime, yaml: string) => evaluateIncident(regime, parseIncident(yaml));

/** The ids of the rules that gave a route its status, in order. */
export const ruleIdsOf = (route: RouteResult) => route.reasons.map((reason) => reason.rule);

/**
 * Decides one definition for the incident written as YAML under the regime: its value, the id of
 * the rule that decided it (null if none did), and the facts it still needs. Throws if the engine
 * returns no outcome for the definition.
 */
export function decideYaml(regime: Regime, yaml: string, definitionId: string) {
  const incident = parseIncident(yaml);
  const outcome = evaluate(regime, factsFromObject(incident), incident.date, [definitionId]).get(
    definitionId,
  );
  if (!outcome) throw new Error(`no outcome for ${definitionId}`);
  return { value: outcome.value, rule: outcome.decidedBy?.id ?? null, needs: outcome.needs };
}
