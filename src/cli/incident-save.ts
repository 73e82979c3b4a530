import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import { factsFromObject } from '../engine/index.js';
import type { Incident } from '../law/index.js';
import { writeFileAtomically } from './atomic-write.js';
import { UsageError } from './errors.js';

/**
 * Saving what an interview gathered as an incident file, to evaluate, compare or ask what-if of
 * later. The target is checked before the first question, so that no answers are lost to a path
 * that cannot be written.
 */

/**
 * Throws a usage error naming --save when the file could not be written, or when it exists and
 * `force` (--force) was not given: a file of facts is not overwritten by accident.
 */
export function checkSaveTarget(path: string, force = false): void {
  const dir = dirname(path);
  const dirStat = statSync(dir, { throwIfNoEntry: false });
  if (!dirStat) throw new UsageError(`--save: ${path}: the directory ${dir} does not exist`);
  if (!dirStat.isDirectory()) throw new UsageError(`--save: ${path}: ${dir} is not a directory`);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`--save: ${path} is a directory, expected a file`);
  if (!force && statSync(path, { throwIfNoEntry: false }))
    throw new UsageError(`--save: ${path} exists; pass --force to overwrite it`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UsageError(`--save: ${path}: the directory ${dir} is not writable`);
  }
}

export interface InterviewRecord {
  /** Facts asked and answered "don't know". */
  readonly unknown: readonly string[];
  /** Facts left open unasked by "don't know any of these". */
  readonly leftOpen: readonly string[];
}

/** The incident as YAML, with a header saying what the interview left unknown. */
export function incidentYaml(incident: Incident, record: InterviewRecord): string {
  const header = [
    '# Facts gathered by `recourse interview`. A fact not written here is unknown.',
    ...(record.unknown.length > 0 ? [`# Answered "don't know": ${record.unknown.join(', ')}`] : []),
    ...(record.leftOpen.length > 0 ? [`# Left open unasked: ${record.leftOpen.join(', ')}`] : []),
  ];
  return `${header.join('\n')}\n${stringify(incident)}`;
}

/** Writes the incident file whole or not at all. */
export function saveIncident(path: string, incident: Incident, record: InterviewRecord): void {
  try {
    writeFileAtomically(path, incidentYaml(incident, record));
  } catch (e) {
    throw new UsageError(`--save: cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Every fact the interview was given (the incident file it started from, the answers file) with
 * what it gathered on top: a fact the interview never asked about (the harm, the claims) is kept,
 * so that the saved file evaluates as what was given plus the answers.
 */
export function keepGiven(
  given: Record<string, unknown>,
  gathered: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...given };
  for (const [key, value] of Object.entries(gathered)) {
    const before = out[key];
    out[key] = isObject(before) && isObject(value) ? keepGiven(before, value) : value;
  }
  return out;
}

/**
 * Saves what an interview gathered: the incident, with the facts asked but left unknown and those
 * left open unasked named in the header.
 */
export function saveInterview(
  path: string,
  incident: Incident,
  interview: { readonly asked: readonly string[]; readonly leftOpen: readonly string[] },
): void {
  const known = factsFromObject(incident);
  const unknown = interview.asked.filter((p) => known(p) === undefined);
  saveIncident(path, incident, { unknown, leftOpen: interview.leftOpen });
}
