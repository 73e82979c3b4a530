import { type Regime, RegimeBuildError } from '../engine/index.js';
import {
  composeRegime,
  describeValue,
  type Incident,
  IncidentError,
  PROPOSALS,
  PROVISIONS,
  REGIMES,
  STATE_AND_LOCAL_LAWS,
  toIncident,
} from '../law/index.js';
import { StoreError } from './errors.js';
import type { UserRegime } from './index.js';

/**
 * Checks of what is written to the store, with the library's own schemas: each refusal is a
 * StoreError naming the field by its dotted path (prefixed by `at`, e.g. `scenarios.3.`).
 */

type Problem = { path: string; message: string };

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const join = (at: string, key: string) => (at ? `${at}.${key}` : key);

/** Refuses any key of `input` not in `allowed`, as the incident format does. */
function unknownKeys(input: Record<string, unknown>, allowed: readonly string[], at: string): Problem[] {
  return Object.keys(input)
    .filter((k) => !allowed.includes(k))
    .map((k) => ({ path: join(at, k), message: 'unknown field' }));
}

function objectAt(input: unknown, at: string, what: string): Record<string, unknown> {
  if (!isRecord(input))
    throw new StoreError('invalid', [{ path: at, message: `expected ${what}, got ${describeValue(input)}` }]);
  return input;
}

export function checkIncident(value: unknown, at: string, problems: Problem[]): Incident | null {
  try {
    return toIncident(value, at);
  } catch (e) {
    if (!(e instanceof IncidentError)) throw e;
    problems.push(
      ...e.errors.map((err) => ({ path: err.path ? join(at, err.path) : at, message: err.message })),
    );
    return null;
  }
}

function optionalText(
  input: Record<string, unknown>,
  key: string,
  at: string,
  problems: Problem[],
): string | null {
  const v = input[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string')
    problems.push({ path: join(at, key), message: `expected a string, got ${describeValue(v)}` });
  else if (v.length > 500) problems.push({ path: join(at, key), message: 'expected at most 500 characters' });
  return typeof v === 'string' ? v : null;
}

/** A list of ids, each one of `known` (listed in the message when it is short). */
function idList(
  input: Record<string, unknown>,
  key: string,
  at: string,
  known: ReadonlySet<string>,
  what: string,
  problems: Problem[],
): string[] {
  const v = input[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    problems.push({
      path: join(at, key),
      message: `expected a list of ${what} ids, got ${describeValue(v)}`,
    });
    return [];
  }
  const out: string[] = [];
  v.forEach((id, i) => {
    if (typeof id !== 'string' || !known.has(id)) {
      problems.push({
        path: `${join(at, key)}.${i}`,
        message: `expected a ${what} id, one of ${[...known].join(', ')}; got ${describeValue(id)}`,
      });
    } else if (out.includes(id)) {
      problems.push({ path: `${join(at, key)}.${i}`, message: `"${id}" is listed twice` });
    } else out.push(id);
  });
  return out;
}

export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const BUILT_IN_REGIMES: ReadonlySet<string> = new Set(REGIMES.keys());
export const STATE_LAWS: ReadonlySet<string> = new Set(STATE_AND_LOCAL_LAWS.map((l) => l.id));
const PROVISION_IDS: ReadonlySet<string> = new Set(PROVISIONS.keys());

function fail(problems: Problem[]): void {
  if (problems.length > 0) throw new StoreError('invalid', problems);
}

export interface CheckedScenario {
  title: string | null;
  incident: Incident;
  regimes: string[];
  with: string[];
}

/** A scenario to save; `regimeIds` are the regimes it may name (built-in and the user's). */
export function checkScenario(input: unknown, regimeIds: ReadonlySet<string>, at = ''): CheckedScenario {
  const s = objectAt(input, at, 'a scenario object');
  const problems: Problem[] = unknownKeys(s, ['title', 'incident', 'regimes', 'with'], at);
  const title = optionalText(s, 'title', at, problems);
  const incident = checkIncident(s.incident, join(at, 'incident'), problems);
  const regimes = idList(s, 'regimes', at, regimeIds, 'regime', problems);
  const withLaws = idList(s, 'with', at, STATE_LAWS, 'state or local law', problems);
  fail(problems);
  return { title, incident: incident as Incident, regimes, with: withLaws };
}

export function checkCase(input: unknown, at = ''): { incident: Incident } {
  const c = objectAt(input, at, 'a case object with its incident');
  const problems: Problem[] = unknownKeys(c, ['incident'], at);
  const incident = checkIncident(c.incident, join(at, 'incident'), problems);
  fail(problems);
  return { incident: incident as Incident };
}

export interface CheckedRegime {
  id: string;
  title: string;
  provisions: string[];
  base: string | null;
  with: string[];
}

/** A user regime: a slug id no built-in regime has, a title, and provisions that compose. */
export function checkRegime(input: unknown, at = ''): CheckedRegime {
  const r = objectAt(input, at, 'a regime object');
  const problems: Problem[] = unknownKeys(r, ['id', 'title', 'provisions', 'base', 'with'], at);
  const id = r.id;
  if (typeof id !== 'string' || !SLUG.test(id)) {
    problems.push({
      path: join(at, 'id'),
      message: `expected a slug of lower-case letters, digits and dashes (at most 80), got ${describeValue(id)}`,
    });
  } else if (BUILT_IN_REGIMES.has(id) || id.includes('+')) {
    problems.push({ path: join(at, 'id'), message: `"${id}" is a built-in regime's id` });
  }
  const title = r.title;
  if (typeof title !== 'string' || title.trim() === '' || title.length > 500) {
    problems.push({
      path: join(at, 'title'),
      message: `expected a title of 1 to 500 characters, got ${describeValue(title)}`,
    });
  }
  if (!Array.isArray(r.provisions)) {
    problems.push({
      path: join(at, 'provisions'),
      message: `required: expected a list of provision ids, got ${describeValue(r.provisions)}`,
    });
  }
  const provisions = idList(r, 'provisions', at, PROVISION_IDS, 'provision', problems);
  const base = r.base === undefined || r.base === null ? null : r.base;
  if (base !== null && (typeof base !== 'string' || !BUILT_IN_REGIMES.has(base))) {
    problems.push({
      path: join(at, 'base'),
      message: `expected a built-in regime id, one of ${[...BUILT_IN_REGIMES].join(', ')}; got ${describeValue(base)}`,
    });
  }
  const withLaws = idList(r, 'with', at, STATE_LAWS, 'state or local law', problems);
  fail(problems);
  const checked = {
    id: id as string,
    title: title as string,
    provisions,
    base: base as string | null,
    with: withLaws,
  };
  try {
    userRegime(checked);
  } catch (e) {
    if (!(e instanceof RegimeBuildError)) throw e;
    throw new StoreError('invalid', [{ path: join(at, 'provisions'), message: e.message }]);
  }
  return checked;
}

/**
 * The regime a user regime stands for: the provisions of its base (none for `current`) and its
 * own, on top of the law in force, with the state or local laws saved with it applied everywhere
 * (under the regime's own id), and any others asked for at use (`withLaws`, named in the id).
 */
export function userRegime(
  r: Pick<UserRegime, 'id' | 'title' | 'provisions'> & {
    readonly base?: string | null;
    readonly with?: readonly string[];
  },
  withLaws: readonly string[] = [],
): Regime {
  const baseProvisions = PROPOSALS.find((p) => p.id === r.base)?.provisions ?? [];
  const own = r.provisions.map((id) => PROVISIONS.get(id)).filter((o) => o !== undefined);
  const provisions = [...baseProvisions, ...own.filter((o) => !baseProvisions.includes(o))];
  return composeRegime({ id: r.id, title: r.title, provisions, with: withLaws, ownLaws: r.with ?? [] });
}

/** An ISO 8601 time (from an export), as a Date. */
export function checkTime(v: unknown, at: string, problems: Problem[]): Date {
  const d = typeof v === 'string' ? new Date(v) : new Date(Number.NaN);
  if (Number.isNaN(d.getTime()))
    problems.push({ path: at, message: `expected an ISO 8601 time, got ${describeValue(v)}` });
  return d;
}

export type { Problem };
export { fail as failIfAny, join as joinPath, objectAt, unknownKeys };
