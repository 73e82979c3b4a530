import { z } from 'zod';
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

/** The value at `path` in `input`, or undefined when it has none. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** A bad value in words: a list by its length (a limit on lists is on their length), else as the library says. */
const given = (v: unknown) => (Array.isArray(v) ? `a list of ${v.length}` : describeValue(v));

/**
 * The refusals of a failed zod parse of `input`, each at its dotted path under `at`: the schema's
 * own message (what was expected, as every field schema of the store says it) and what was given.
 */
export function zodProblems(error: z.ZodError, input: unknown, at: string): Problem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.length === 0 ? at : join(at, issue.path.join('.'));
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: join(path, key), message: 'unknown field' }));
    const value = valueAt(input, issue.path);
    const required = value === undefined ? 'required: ' : '';
    return [{ path, message: `${required}${issue.message}, got ${given(value)}` }];
  });
}

/** `input` parsed by `schema`, or null with every refusal added to `problems` (at its path under `at`). */
export function parseInto<S extends z.ZodType>(
  schema: S,
  input: unknown,
  at: string,
  problems: Problem[],
): z.output<S> | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  problems.push(...zodProblems(parsed.error, input, at));
  return null;
}

/*
 * The text, day, URL and time fields of what is stored, one rule each for every record that has
 * them (scenarios, regimes, articles, quotations). Each message says what was expected;
 * zodProblems adds what was given.
 */

/** A text of at most `max` characters; `nonEmpty` also refuses '' and spaces alone. */
export function textField(max: number, { nonEmpty = false } = {}) {
  const error = `expected a ${nonEmpty ? 'non-empty ' : ''}string of at most ${max} characters`;
  const text = z.string({ error }).max(max, { error });
  return nonEmpty ? text.refine((s) => s.trim() !== '', { error }) : text;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_EXPECTED = 'expected a real calendar date YYYY-MM-DD';

/** A day YYYY-MM-DD that the calendar has (not 2021-02-30). */
export const dayField = z
  .string({ error: DAY_EXPECTED })
  .regex(DAY, { error: DAY_EXPECTED, abort: true })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    { error: DAY_EXPECTED },
  );

const URL_EXPECTED = 'expected an http or https URL';

/** A web page's address: http or https (never javascript:, data: or file:), at most 2000 characters. */
export const httpUrlField = z
  .string({ error: URL_EXPECTED })
  .max(2000, { error: `${URL_EXPECTED} of at most 2000 characters` })
  .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), { error: URL_EXPECTED });

const TIME_EXPECTED = 'expected an ISO 8601 time';

/** A time as an export writes it (ISO 8601); `new Date` reads it. */
export const timeField = z
  .string({ error: TIME_EXPECTED })
  .refine((s) => !Number.isNaN(new Date(s).getTime()), { error: TIME_EXPECTED });

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

const SCENARIO_TITLE = textField(500).nullish();
const REGIME_TITLE = textField(500, { nonEmpty: true });

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
  const title = parseInto(SCENARIO_TITLE, s.title, join(at, 'title'), problems) ?? null;
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
  const title = parseInto(REGIME_TITLE, r.title, join(at, 'title'), problems);
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

/** An ISO 8601 time (from an export), as a Date (an invalid one when refused). */
export function checkTime(v: unknown, at: string, problems: Problem[]): Date {
  const time = parseInto(timeField, v, at, problems);
  return new Date(time ?? Number.NaN);
}

export type { Problem };
export { fail as failIfAny, join as joinPath, objectAt, unknownKeys };
