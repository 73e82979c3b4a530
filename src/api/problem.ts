import type { z } from 'zod';
import { fieldErrors } from '../law/index.js';
import { respond } from './headers.js';

/**
 * Errors of the HTTP API as RFC 9457 problem details (`application/problem+json`). Every one names
 * the bad part of the request: where it is (`in`: the body, the query, the path or a header) and
 * its dotted path there, as the command line names a field of an incident file.
 */

export const PROBLEM_TYPE = 'application/problem+json';

export type Location = 'body' | 'query' | 'path' | 'header';

export interface FieldProblem {
  readonly in: Location;
  /** The dotted path of the field within `in`; '' for the whole body (or the whole query). */
  readonly path: string;
  readonly message: string;
}

export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors: readonly FieldProblem[];
}

/**
 * A request the API refuses, with its status and the fields at fault. It is an answer to the
 * client, not a fault of the server: it carries no stack, whose capture cost several times what
 * the rest of a refused request does (the fuzz test refuses tens of thousands).
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly errors: readonly FieldProblem[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    const message = `${title}: ${errors.map((e) => `${e.in} ${e.path || '(whole)'}: ${e.message}`).join('; ')}`;
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = 'ApiProblem';
  }
}

export const badRequest = (errors: readonly FieldProblem[]) =>
  new ApiProblem(400, 'The request has invalid fields', errors);

export const notFound = (what: string, path: string, message: string) =>
  new ApiProblem(404, `${what} not found`, [{ in: 'path', path, message }]);

const INCIDENT_UNKNOWN = 'unknown field (not part of the incident format v1)';

/**
 * A failed zod parse as a 400 naming every bad field. The library says an unknown field is not
 * part of the incident format; outside an incident (`inIncident` says where one is) it is only
 * an unknown field of the request.
 */
export function invalid(
  where: Location,
  error: z.ZodError,
  input: unknown,
  inIncident: (path: string) => boolean = () => false,
): ApiProblem {
  return badRequest(
    fieldErrors(error, input).map((e) => ({
      in: where,
      path: e.path,
      message: e.message === INCIDENT_UNKNOWN && !inIncident(e.path) ? 'unknown field' : e.message,
    })),
  );
}

/** Merges the refusals of several parts of one request (path, query, body) into one. */
export function mergeProblems(problems: readonly ApiProblem[]): ApiProblem {
  const [first] = problems;
  if (problems.length === 1 && first) return first;
  return badRequest(problems.flatMap((p) => p.errors));
}

export function problemBody(p: ApiProblem): ProblemBody {
  return {
    type: 'about:blank',
    title: p.title,
    status: p.status,
    detail: p.errors.map((e) => `${e.in}${e.path ? ` ${e.path}` : ''}: ${e.message}`).join('; '),
    errors: p.errors,
  };
}

export function problemResponse(p: ApiProblem): Response {
  return respond(JSON.stringify(problemBody(p)), p.status, { 'content-type': PROBLEM_TYPE, ...p.headers });
}
