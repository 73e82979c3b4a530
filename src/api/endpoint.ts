import type { Context } from 'hono';
import { z } from 'zod';
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
}

/** Keeps the handler's input typed by the endpoint's own schemas. */
export const define = <B = undefined, Q = undefined>(e: Endpoint<B, Q>): Endpoint => e as unknown as Endpoint;

export const JSON_TYPE = 'application/json; charset=utf-8';

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), { status, headers: { 'content-type': JSON_TYPE, ...headers } });
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

/** The query string as an object: repeatable parameters as lists, others as their last value. */
export function readQuery(url: string, schema: z.ZodType | undefined): unknown {
  const params = new URL(url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    raw[key] = REPEATABLE.has(key) ? params.getAll(key) : (params.getAll(key).at(-1) as string);
  }
  const result = (schema ?? z.strictObject({})).safeParse(raw);
  if (!result.success) throw invalid('query', result.error, raw);
  return result.data;
}

/** The body as JSON, checked against the schema; every bad field is named by its path. */
export async function readBody(c: Context, schema: z.ZodType): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type.trim()))
    throw new ApiProblem(415, 'Unsupported media type', [
      { in: 'header', path: 'content-type', message: `expected application/json, got "${type}"` },
    ]);
  const text = await c.req.text();
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
  const result = schema.safeParse(doc);
  if (!result.success) throw invalid('body', result.error, doc);
  return result.data;
}
