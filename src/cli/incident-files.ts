import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { type FieldError, type Incident, IncidentError, parseIncident } from '../law/index.js';
import { UsageError } from './errors.js';

const INCIDENT_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Expands files and directories (their YAML and JSON files, sorted) into file paths. */
export function expandIncidentPaths(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(arg);
    } catch {
      throw new UsageError(`${arg}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const files = readdirSync(arg)
        .filter((f) => INCIDENT_EXTENSIONS.has(extname(f).toLowerCase()))
        .sort()
        .map((f) => join(arg, f));
      if (files.length === 0)
        throw new UsageError(`${arg}: the directory has no .yaml, .yml or .json incident files`);
      out.push(...files);
    } else {
      out.push(arg);
    }
  }
  return out;
}

export interface LoadedIncident {
  readonly file: string;
  readonly incident: Incident;
}

/**
 * Loads every incident; if any is bad, throws one IncidentError per file gathered in a
 * UsageError, so the user sees every bad field of every file at once.
 */
export function loadIncidents(args: readonly string[]): LoadedIncident[] {
  const loaded: LoadedIncident[] = [];
  const problems: string[] = [];
  for (const file of expandIncidentPaths(args)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      problems.push(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      continue;
    }
    try {
      loaded.push({ file, incident: parseIncident(text, file) });
    } catch (e) {
      if (!(e instanceof IncidentError)) throw e;
      problems.push(
        ...e.errors.map((err: FieldError) => `${file}: ${err.path || '(document)'}: ${err.message}`),
      );
    }
  }
  if (problems.length > 0) throw new UsageError('bad input', problems);
  return loaded;
}

/**
 * Loads the one incident a command works on. `what` names the argument in errors: a directory is
 * refused rather than its first file taken silently.
 */
export function loadOneIncident(path: string, what: string): Incident {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`${what}: ${path} is a directory; expected one incident file`);
  const [loaded] = loadIncidents([path]);
  if (!loaded) throw new UsageError(`${what}: ${path} holds no incident`);
  return loaded.incident;
}
