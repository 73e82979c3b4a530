import fc from 'fast-check';
import {
  changeDates,
  evaluate,
  type FactSpec,
  factsFromObject,
  type Regime,
  type Value,
  withFact,
} from '../engine/index.js';
import { INCIDENT_FACTS } from './facts.js';
import type { Incident } from './incident.js';
import { parseIncident, toIncident } from './parse.js';
import { current, REGIMES } from './regimes.js';
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

// --- Random incidents, for property tests --------------------------------------------------------

const MISSING = Symbol('missing');

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Every date a rule of the law in force starts or stops on, and the day before it. */
export const LAW_BOUNDARIES: readonly string[] = [
  ...new Set(changeDates(current).flatMap((d) => [dayBefore(d), d])),
].sort();

const DAY = 86_400_000;
const anyDate = fc
  .integer({ min: Date.UTC(1960, 0, 1) / DAY, max: Date.UTC(2026, 11, 31) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
/** Recent dates, where the state and local laws of 2020-2021 apply. */
const recentDate = fc
  .integer({ min: Date.UTC(2019, 0, 1) / DAY, max: Date.UTC(2026, 11, 31) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const date = fc.oneof(fc.constantFrom(...LAW_BOUNDARIES), anyDate, recentDate);

/** Places where state and local laws apply, and some where none does. */
const place = fc.record(
  {
    state: fc.constantFrom('NY', 'CO', 'NM', 'CT', 'MA', 'MN', 'KY', 'VA', 'WA', 'TX', 'GA', 'CA'),
    locality: fc.constantFrom(null, 'New York City', 'Louisville', 'Minneapolis', 'Denver', 'Houston'),
    nearBorder: fc.constantFrom(null, true, false),
  },
  { requiredKeys: ['state'] },
);

function arbitraryFor(spec: FactSpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'set':
      return fc.subarray([...spec.values]);
    case 'date':
      return date;
    case 'text':
      return fc.constantFrom('New York City', 'Louisville', 'Denver');
  }
}

/** The facts generated one by one; the place is generated as a whole above. */
const GENERATED = INCIDENT_FACTS.filter((spec) => !spec.path.startsWith('place.'));

/** Each fact missing, null, or any allowed value (known more often, so every route gets decided). */
const facts = fc.tuple(
  ...GENERATED.map((spec) =>
    fc.oneof(
      { arbitrary: fc.constant<unknown>(MISSING), weight: 1 },
      { arbitrary: fc.constant<unknown>(null), weight: 1 },
      { arbitrary: arbitraryFor(spec), weight: 6 },
    ),
  ),
);
/** Sometimes a whole section is missing or null. */
const sections = fc.dictionary(
  fc.constantFrom('officer', 'agency', 'conduct', 'findings'),
  fc.constantFrom<unknown>(MISSING, null),
  { maxKeys: 2 },
);

/**
 * A random incident in which every fact may be missing, null or any allowed value, on a random date
 * or on either side of a date where a rule of the law in force starts or stops (fast-check).
 */
export const arbitraryIncident: fc.Arbitrary<Incident> = fc
  .record({ date, place, facts, sections })
  .map(({ date, place, facts, sections }) => {
    let raw: Record<string, unknown> = { id: 'generated', date, place };
    GENERATED.forEach((spec, i) => {
      const v = facts[i];
      // A fact written as null stays null: the format reads it as unknown.
      if (v !== MISSING) raw = withFact(raw, spec.path, v as Value);
    });
    for (const [section, v] of Object.entries(sections)) {
      if (v === MISSING) delete raw[section];
      else raw[section] = v;
    }
    return toIncident(raw, 'generated');
  });

/**
 * A text that names a project file or document (or a section of the fact base, such as "§0 E19")
 * instead of a statute, case, order or bill. The documents' names are matched in capitals only, so
 * that "designated" or "the law" are not taken for them.
 */
const PROJECT_DOCUMENT = /\b(LAW|DESIGN|NEGOTIATION|STACK|README)(\.md)?\b/;
const PROJECT_PATH = /\b[\w-]+\.(md|ts|js|ya?ml|json)\b|shared\/|§\s*0\s+E\d/i;
export const namesProjectFile = (text: string) => PROJECT_DOCUMENT.test(text) || PROJECT_PATH.test(text);

/**
 * Every text in `value` (an object as the API or the CLI would show it) that names a project file,
 * with its path. `sources` are URLs of the legal sources, not text, and are skipped.
 */
export function projectFileTexts(value: unknown, path: string, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (namesProjectFile(value)) out.push(`${path}: ${value}`);
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (k !== 'sources') projectFileTexts(v, `${path}.${k}`, out);
  return out;
}
