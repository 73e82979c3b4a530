import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { type FieldError, type Incident, IncidentError, toIncident } from '../law/index.js';
import { UsageError } from './errors.js';
import { type Input, MAX_INPUT_BYTES, tooLarge } from './io.js';

const INCIDENT_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** `-` names standard input. */
export const STDIN = '-';

/** Paths and keys as the messages show them: at most 80 characters. */
export function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Expands files and directories (their YAML and JSON files, sorted) into file paths. */
export function expandIncidentPaths(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === STDIN) {
      out.push(arg);
      continue;
    }
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

/** A file's text (or stdin's for `-`), refusing one over MAX_INPUT_BYTES before reading it. */
export function readText(file: string, stdin: Input | undefined): string {
  if (file === STDIN) {
    if (!stdin) throw new UsageError('-: standard input is not available here');
    return stdin.readAll(MAX_INPUT_BYTES, 'standard input');
  }
  const fd = openSync(file, 'r');
  try {
    const size = statSync(file).size;
    if (size > MAX_INPUT_BYTES) throw tooLarge(file, size);
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Parses an incident, keeping the YAML parser's line, column and snippet when the text is not
 * YAML or JSON (JSON is YAML).
 */
export function parseIncidentText(text: string, source: string): Incident {
  let doc: unknown;
  try {
    doc = parseYaml(text, { prettyErrors: true });
  } catch (e) {
    if (!(e instanceof YAMLParseError)) throw e;
    const [first = '', ...snippet] = e.message.split('\n');
    const lines = snippet.filter((l) => l.trim() !== '').map((l) => `    ${clip(l, 100)}`);
    throw new IncidentError(source, [
      {
        path: '',
        message: [`not valid YAML or JSON: ${clip(first.replace(/:$/, ''), 200)}`, ...lines].join('\n'),
      },
    ]);
  }
  return toIncident(doc, source);
}

export interface LoadedIncident {
  readonly file: string;
  readonly incident: Incident;
}

/** What reading several incident files gave: the good ones, and a line per problem of the bad. */
export interface LoadedIncidents {
  readonly loaded: readonly LoadedIncident[];
  readonly problems: readonly string[];
  /** How many files were bad. */
  readonly bad: number;
}

const fieldLine = (file: string, err: FieldError) =>
  `${file}: ${err.path ? clip(err.path) : '(document)'}: ${err.message}`;

/**
 * Reads every incident; a bad one does not stop the others. Each problem names its file, and
 * each bad field its path and what was expected.
 */
export function readIncidents(args: readonly string[], stdin?: Input): LoadedIncidents {
  const loaded: LoadedIncident[] = [];
  const problems: string[] = [];
  let bad = 0;
  for (const file of expandIncidentPaths(args)) {
    const name = file === STDIN ? '(standard input)' : file;
    let text: string;
    try {
      text = readText(file, stdin);
    } catch (e) {
      bad++;
      if (e instanceof UsageError) problems.push(e.message);
      else problems.push(`${name}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      continue;
    }
    try {
      loaded.push({ file, incident: parseIncidentText(text, name) });
    } catch (e) {
      if (!(e instanceof IncidentError)) throw e;
      bad++;
      problems.push(...e.errors.map((err) => fieldLine(name, err)));
    }
  }
  return { loaded, problems, bad };
}

/** The usage error for the bad files among several, once the good ones have been used. */
export function badFiles(read: LoadedIncidents): UsageError {
  const total = read.loaded.length + read.bad;
  return new UsageError(
    total > 1 ? `bad input in ${read.bad} of ${total} files` : 'bad input',
    read.problems,
  );
}

/** Loads every incident, or throws one usage error listing every bad field of every bad file. */
export function loadIncidents(args: readonly string[], stdin?: Input): LoadedIncident[] {
  const read = readIncidents(args, stdin);
  if (read.bad > 0) throw badFiles(read);
  return [...read.loaded];
}

/**
 * Loads the one incident a command works on. `what` names the argument in errors: a directory is
 * refused rather than its first file taken silently.
 */
export function loadOneIncident(path: string, what: string, stdin?: Input): Incident {
  if (path !== STDIN && statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`${what}: ${path} is a directory; expected one incident file`);
  const [loaded] = loadIncidents([path], stdin);
  if (!loaded) throw new UsageError(`${what}: ${path} holds no incident`);
  return loaded.incident;
}
