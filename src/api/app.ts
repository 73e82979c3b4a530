import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { loadParameters, type ParameterSet } from '../analysis/index.js';
import { type Incident, parseIncident } from '../law/index.js';
import { type Store, StoreError } from '../store/index.js';
import { agencyEndpoints } from './agency-endpoints.js';
import { DOCS_CSS, docsPage } from './docs.js';
import {
  checkParams,
  type Endpoint,
  json,
  MAX_BODY_BYTES,
  parseBody,
  readJsonText,
  readQuery,
  tooLarge,
} from './endpoint.js';
import { endpoints, type Services } from './endpoints.js';
import type { EvaluatePool } from './evaluate-pool.js';
import { respond } from './headers.js';
import { Jobs } from './jobs.js';
import { openApiDocument } from './openapi.js';
import { ApiProblem, mergeProblems, problemResponse } from './problem.js';
import { serveWebApp } from './web-app.js';

/**
 * The HTTP API (Hono): every endpoint of endpoints.ts under /v1, /openapi.json and /docs, with
 * the hardening of issue 11: bodies over 1 MB get 413, every error is problem+json naming the
 * field, strict security headers, CORS only for the origins configured, and a bearer token for
 * every write (RECOURSE_TOKEN or a token of the store, checked by the store).
 */

export interface ApiOptions {
  readonly store: Store;
  /** Origins allowed to call the API from a browser; none by default (no CORS headers at all). */
  readonly corsOrigins?: readonly string[];
  /** The bundled corpus and parameters; default: the repository's data/ directory. */
  readonly dataDir?: string;
  /** Threads evaluating under built-in regimes for POST /v1/evaluate; none: in the server's thread. */
  readonly pool?: EvaluatePool | null;
  /** Where unexpected errors are reported (they answer 500 without details); default: stderr. */
  readonly logError?: (e: unknown) => void;
}

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

function once<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => {
    value ??= { v: make() };
    return value.v;
  };
}

function loadCorpus(dir: string): Incident[] {
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort()
    .map((f) => parseIncident(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

/** The store's refusals as problems: the field it names is in the body, or for a removal the path's id. */
function fromStoreError(e: StoreError, removal: boolean): ApiProblem {
  const status = e.kind === 'conflict' ? 409 : e.kind === 'read-only' ? 403 : 400;
  const title =
    e.kind === 'conflict'
      ? 'Conflict'
      : e.kind === 'read-only'
        ? 'Read-only'
        : 'The request has invalid fields';
  return new ApiProblem(
    status,
    title,
    e.errors.map((x) =>
      removal
        ? { in: 'path', path: 'id', message: x.message }
        : { in: 'body', path: x.path, message: x.message },
    ),
  );
}

function unauthorized(message: string): ApiProblem {
  return new ApiProblem(401, 'Unauthorized', [{ in: 'header', path: 'authorization', message }], {
    'www-authenticate': 'Bearer realm="recourse"',
  });
}

/** Writes need `Authorization: Bearer <token>`; the store checks the token (and RECOURSE_TOKEN). */
function requireToken(store: Store): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw unauthorized('required: a write needs "Authorization: Bearer <token>"');
    const match = /^Bearer ([\x21-\x7e]{1,512})$/i.exec(header.trim());
    if (!match) throw unauthorized('expected "Bearer <token>"');
    if (!(await store.tokens.verify(match[1] as string))) throw unauthorized('not a valid token');
    await next();
  };
}

export function createApp(options: ApiOptions): Hono {
  const { store } = options;
  const data = options.dataDir ?? join(REPOSITORY, 'data');
  const logError = options.logError ?? ((e: unknown) => console.error('recourse serve: internal error:', e));
  const parameters = once((): ParameterSet => loadParameters(join(data, 'parameters')));
  const services: Services = {
    store,
    corpus: once(() => loadCorpus(join(data, 'cases'))),
    parameters,
    pool: options.pool ?? null,
    jobs: new Jobs(parameters),
    dataDir: data,
  };
  const list = [...endpoints(services), ...agencyEndpoints(services)];
  const openapi = once(() => openApiDocument(list));
  const docs = once(() => docsPage(openapi() as Parameters<typeof docsPage>[0]));

  const app = new Hono();
  app.onError((e, c) => {
    if (e instanceof ApiProblem) return problemResponse(e);
    if (e instanceof StoreError) return problemResponse(fromStoreError(e, c.req.method === 'DELETE'));
    logError(e);
    return problemResponse(
      new ApiProblem(500, 'Internal server error', [
        { in: 'body', path: '', message: 'the server failed; it is logged' },
      ]),
    );
  });
  app.notFound((c) =>
    problemResponse(
      new ApiProblem(404, 'Not found', [
        { in: 'path', path: '', message: `no endpoint ${c.req.method} ${c.req.path}` },
      ]),
    ),
  );
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use(
      '/v1/*',
      cors({
        origin: [...options.corsOrigins],
        allowMethods: ['GET', 'POST', 'DELETE'],
        allowHeaders: ['Authorization', 'Content-Type'],
        exposeHeaders: ['Location'],
        maxAge: 600,
      }),
    );
  }
  // Any request declaring a body over 1 MB is refused before it is read; the endpoints that read a
  // body stop reading at 1 MB whatever it declares (readText).
  app.use('*', async (_c, next) => {
    if (Number(_c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) throw tooLarge();
    await next();
  });

  const auth = requireToken(store);
  for (const e of list) register(app, e, auth);

  app.get('/openapi.json', () => json(openapi()));
  app.get('/docs', () => respond(docs(), 200, { 'content-type': 'text/html; charset=utf-8' }));
  app.get('/docs/docs.css', () => respond(DOCS_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
  serveWebApp(app);
  return app;
}

function register(app: Hono, e: Endpoint, auth: MiddlewareHandler): void {
  const handler: MiddlewareHandler = async (c) => {
    // Every part is checked, so that one answer names every bad field of the request.
    const params = c.req.param() as Record<string, string>;
    const problems: ApiProblem[] = [];
    const attempt = async <T>(read: () => T | Promise<T>): Promise<T | undefined> => {
      try {
        return await read();
      } catch (err) {
        if (!(err instanceof ApiProblem) || err.status !== 400) throw err;
        problems.push(err);
        return undefined;
      }
    };
    await attempt(() => checkParams(params));
    const query = await attempt(() => readQuery(c.req.url, e.query as Parameters<typeof readQuery>[1]));
    let body: unknown;
    if (e.body) {
      const text = await readJsonText(c);
      if (e.fromText && problems.length === 0) {
        const answer = await e.fromText(text, c);
        if (answer) return answer;
      }
      body = await attempt(() => parseBody(text, e.body as Parameters<typeof parseBody>[1], e.write));
    }
    if (problems.length > 0) throw mergeProblems(problems);
    return e.handle({ body, query, params, c });
  };
  const method = e.method.toUpperCase();
  if (e.write) app.on(method, e.path, auth, handler);
  else app.on(method, e.path, handler);
}
