import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { type Incident, incidentSchema } from './incident.js';

/** A problem with one field of an input, by its dotted path, with what was expected. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export class IncidentError extends Error {
  constructor(
    readonly source: string,
    readonly errors: readonly FieldError[],
  ) {
    super(`${source}: ${errors.map((e) => `${e.path || '(document)'}: ${e.message}`).join('; ')}`);
    this.name = 'IncidentError';
  }
}

/** The longest a bad value is quoted in a message: a 2 MB string must not fill the terminal. */
const MAX_QUOTED = 80;

/** A value quoted in a message, cut to MAX_QUOTED characters with its full length said. */
function quote(v: unknown): string {
  const text = JSON.stringify(v);
  if (text.length <= MAX_QUOTED) return text;
  const length = typeof v === 'string' ? `${v.length.toLocaleString('en-US')} characters` : 'cut';
  return `${text.slice(0, MAX_QUOTED - 2)}…" (${length})`;
}

/** A bad value in words for a message: its kind for a structure, else the value quoted (cut). */
export const describeValue = (v: unknown): string =>
  v === undefined
    ? 'nothing'
    : v === null
      ? 'null'
      : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
          ? 'an object'
          : quote(v);

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur = input;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/** Each problem of a failed zod parse as a field error: its dotted path and what was expected. */
export function fieldErrors(error: z.ZodError, input: unknown): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({
            path: base ? `${base}.${key}` : key,
            message: 'unknown field (not part of the incident format v1)',
          });
        }
        break;
      case 'invalid_value':
        out.push({
          path: base,
          message: `expected one of ${issue.values.map((v) => String(v)).join(' | ')}, got ${describeValue(valueAt(input, issue.path))}`,
        });
        break;
      case 'invalid_type':
        out.push({
          path: base,
          message:
            valueAt(input, issue.path) === undefined
              ? `required: expected ${issue.expected}`
              : `expected ${issue.expected}, got ${describeValue(valueAt(input, issue.path))}`,
        });
        break;
      default:
        out.push({
          path: base,
          message: `${issue.message}, got ${describeValue(valueAt(input, issue.path))}`,
        });
    }
  }
  return out;
}

/** Validates a parsed document as an incident; throws IncidentError listing every bad field. */
export function toIncident(input: unknown, source = 'input'): Incident {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new IncidentError(source, [
      { path: '', message: `expected an incident object, got ${describeValue(input)}` },
    ]);
  }
  const result = incidentSchema.safeParse(input);
  if (!result.success) throw new IncidentError(source, fieldErrors(result.error, input));
  return result.data;
}

/** Parses an incident from YAML or JSON text (JSON is YAML). */
export function parseIncident(text: string, source = 'input'): Incident {
  let doc: unknown;
  try {
    doc = parseYaml(text, { prettyErrors: false });
  } catch (e) {
    const message = e instanceof YAMLParseError ? e.message.split('\n')[0] : String(e);
    throw new IncidentError(source, [{ path: '', message: `not valid YAML or JSON: ${message}` }]);
  }
  return toIncident(doc, source);
}
