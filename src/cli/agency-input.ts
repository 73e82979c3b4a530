import { statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Regime } from '../engine/index.js';
import {
  type AgencyProfile,
  AgencyProfileError,
  agencyRegimeWith,
  DEFAULT_AGENCY_REGIMES,
  NoAgencyRulesError,
  toAgencyProfile,
} from '../law/agency/index.js';
import { type Incident, IncidentError, UnknownIdError } from '../law/index.js';
import { UsageError } from './errors.js';
import { clip, parseIncidentText, readText, STDIN } from './incident-files.js';
import type { Input } from './io.js';

/**
 * What `explain`, `compare`, `interview` and `diff` read: an incident or an agency profile. A
 * document is an agency profile when it has no `place` and its `agency` names a `kind` (an
 * incident's `agency` holds the employer's grants and record, never a kind, and an incident always
 * has a `place`); anything else is read, and checked, as an incident.
 */
export type Subject =
  | { readonly kind: 'incident'; readonly incident: Incident }
  | { readonly kind: 'agency'; readonly profile: AgencyProfile };

export function looksLikeAgencyProfile(doc: unknown): boolean {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return false;
  const d = doc as Record<string, unknown>;
  const agency = d.agency;
  return (
    d.place === undefined &&
    agency !== null &&
    typeof agency === 'object' &&
    !Array.isArray(agency) &&
    'kind' in agency
  );
}

/** The usage error listing every bad field of a bad agency profile. */
export function badProfile(e: AgencyProfileError): UsageError {
  return new UsageError(
    'bad agency profile',
    e.errors.map((err) => `${e.source}: ${err.path ? clip(err.path) : '(document)'}: ${err.message}`),
  );
}

/** Reads the one incident or agency profile a command works on; `what` names the argument in errors. */
export function readSubject(path: string, what: string, stdin?: Input): Subject {
  const stat = path === STDIN ? undefined : statSync(path, { throwIfNoEntry: false });
  if (path !== STDIN && !stat) throw new UsageError(`${what}: ${path}: no such file or directory`);
  if (stat?.isDirectory())
    throw new UsageError(`${what}: ${path} is a directory; expected one incident file (or agency profile)`);
  const name = path === STDIN ? '(standard input)' : path;
  let text: string;
  try {
    text = readText(path, stdin);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `${what}: ${name}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch {
    doc = undefined; // not YAML: the incident parser reports where, with the line and column
  }
  if (looksLikeAgencyProfile(doc)) {
    try {
      return { kind: 'agency', profile: toAgencyProfile(doc, name) };
    } catch (e) {
      if (e instanceof AgencyProfileError) throw badProfile(e);
      throw e;
    }
  }
  try {
    return { kind: 'incident', incident: parseIncidentText(text, name) };
  } catch (e) {
    if (!(e instanceof IncidentError)) throw e;
    throw new UsageError(
      'bad input',
      e.errors.map((err) => `${name}: ${err.path ? clip(err.path) : '(document)'}: ${err.message}`),
    );
  }
}

/**
 * The agency regimes named (every one by default), each once, with the state or local laws of
 * `--with` applied: a law without agency rules is refused by name. `argument` names a positional
 * argument that holds a regime id in the error.
 */
export function resolveAgencyRegimes(
  ids: readonly string[] | undefined,
  withLaws: readonly string[] = [],
  argument?: string,
): Regime[] {
  const wanted = ids && ids.length > 0 ? [...new Set(ids)] : DEFAULT_AGENCY_REGIMES;
  try {
    return wanted.map((id) => agencyRegimeWith(id, withLaws));
  } catch (e) {
    if (e instanceof NoAgencyRulesError) throw new UsageError(`--with: ${e.message}`);
    if (!(e instanceof UnknownIdError)) throw e;
    const field = e.kind === 'regime' ? (argument ?? '--regime') : '--with';
    throw new UsageError(
      `${field}: unknown id "${e.id}"${e.kind === 'regime' ? ' for an agency profile' : ''}; expected one of ${e.expected.join(', ')}`,
    );
  }
}
