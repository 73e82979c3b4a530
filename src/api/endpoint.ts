import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import { z } from 'zod';
import { incidentSchema } from '../law/index.js';
import { respond } from './headers.js';
import { jsonBytes } from './json-bytes.js';
import { ApiProblem, badRequest, invalid } from './problem.js';
import { REPEATABLE } from './requests.js';

/**
 * One endpoint of the API, as data: its method and path, its request schemas (zod), whether it
 * writes (then it needs a bearer token), its documented responses, and its handler. The router
 * and /openapi.json are both built from the same list, so the documentation cannot drift from
 * what the server checks.
 */

export type Method = 'get' | 'post' | 'delete';

export interface ResponseSpec {
  readonly description: string;
  /** application/json unless said otherwise (`text/event-stream` for a stream). */
  readonly mediaType?: string;
  readonly schema?: unknown;
}

export interface HandlerInput<B, Q> {
  readonly body: B;
  readonly query: Q;
  readonly params: Readonly<Record<string, string>>;
  readonly c: Context;
}

export interface Endpoint<B = unknown, Q = unknown> {
  readonly method: Method;
  /** Hono's form: `/v1/scenarios/:id`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  /** A write: needs `Authorization: Bearer <token>`. */
  readonly write?: boolean;
  readonly body?: z.ZodType<B>;
  readonly query?: z.ZodType<Q>;
  /** The path parameters, with their description. */
  readonly params?: Readonly<Record<string, string>>;
  readonly responses: Readonly<Record<number, ResponseSpec>>;
  handle(input: HandlerInput<B, Q>): Promise<Response> | Response;
  /**
   * A quicker way to answer from the body's text alone, tried first when the path and query are
   * valid: its answer, or null to go the usual way (the body checked here, then `handle`). It
   * must answer only what `handle` would answer for the same body.
   */
  fromText?(text: string, c: Context): Promise<Response | null>;
}

/** Keeps the handler's input typed by the endpoint's own schemas. */
export const define = <B = undefined, Q = undefined>(e: Endpoint<B, Q>): Endpoint => e as unknown as Endpoint;

export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * A JSON response, as UTF-8 bytes: the law's words (’) make a result a two-byte string, and
 * the Node adapter sends bytes at a fraction of the cost of such a string (docs/performance.md).
 */
export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return respond(jsonBytes(data), status, { 'content-type': JSON_TYPE, ...headers });
}

/** A path parameter naming a stored item: short, plain characters. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function checkParams(params: Record<string, string>): void {
  const bad = Object.entries(params).filter(([, v]) => !ID.test(v));
  if (bad.length > 0)
    throw badRequest(
      bad.map(([k]) => ({
        in: 'path',
        path: k,
        message: 'expected an id of letters, digits, dot, dash or underscore (at most 200)',
      })),
    );
}

const NO_QUERY = z.strictObject({});

/** The query string as an object: repeatable parameters as lists, others as their last value. */
export function readQuery(url: string, schema: z.ZodType | undefined): unknown {
  const at = url.indexOf('?');
  const params = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    raw[key] = REPEATABLE.has(key) ? params.getAll(key) : (params.getAll(key).at(-1) as string);
  }
  // No parameter means anything with a NUL character, and PostgreSQL cannot compare text with one.
  const nul = Object.keys(raw).filter((key) => [raw[key]].flat().some((v) => v?.includes('\u0000')));
  if (nul.length > 0)
    throw badRequest(
      nul.map((path) => ({ in: 'query', path, message: 'a NUL character (\\u0000) is not allowed' })),
    );
  const result = (schema ?? NO_QUERY).safeParse(raw);
  if (!result.success) throw invalid('query', result.error, raw);
  return result.data;
}

export const MAX_BODY_BYTES = 1024 * 1024;

export const tooLarge = () =>
  new ApiProblem(413, 'Payload too large', [
    { in: 'body', path: '', message: `the body is over ${MAX_BODY_BYTES} bytes (1 MB)` },
  ]);

/**
 * The body as text, refused with 413 past MAX_BODY_BYTES whether its length is declared or not.
 * On Node it is read from the socket's request itself: building a fetch Request for it (as
 * `c.req.text()` does) costs more than the rest of a small request.
 */
export async function readText(c: Context): Promise<string> {
  if (Number(c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  const source: AsyncIterable<Uint8Array> | null = incoming ?? c.req.raw.body;
  if (!source) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The paths of the strings holding a NUL character, which PostgreSQL cannot store in text or JSON. */
function nulPaths(value: unknown, at: string, out: string[]): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(at);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nulPaths(v, at ? `${at}.${k}` : k, out);
  }
  return out;
}

/** The body's text, once its content type is JSON (415 otherwise). */
export async function readJsonText(c: Context): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type.trim()))
    throw new ApiProblem(415, 'Unsupported media type', [
      { in: 'header', path: 'content-type', message: `expected application/json, got "${type}"` },
    ]);
  return readText(c);
}

/**
 * A body's text as JSON, checked against the schema; every bad field is named by its path. A body
 * to be stored (`stored`) may hold no NUL character.
 */
export function parseBody(text: string, schema: z.ZodType, stored = false): unknown {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw badRequest([
      {
        in: 'body',
        path: '',
        message:
          text.trim() === '' ? 'required: expected a JSON body' : `not valid JSON: ${(e as Error).message}`,
      },
    ]);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw badRequest([
      {
        in: 'body',
        path: '',
        message: `expected a JSON object, got ${doc === null ? 'null' : Array.isArray(doc) ? 'a list' : typeof doc}`,
      },
    ]);
  const nul = stored ? nulPaths(doc, '', []) : [];
  if (nul.length > 0)
    throw badRequest(
      nul.map((path) => ({ in: 'body', path, message: 'a NUL character (\\u0000) cannot be stored' })),
    );
  const result = schema.safeParse(doc);
  if (!result.success) {
    // The body is an incident (a case), or holds one under `incident` (or `facts`).
    const whole = schema === incidentSchema;
    throw invalid('body', result.error, doc, (path) => whole || /^(incident|facts)\./.test(path));
  }
  return result.data;
}
