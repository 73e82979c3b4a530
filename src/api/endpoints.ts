import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import { z } from 'zod';
import {
  compareRegimes,
  corpusImpact,
  diffRegimes,
  firstStep,
  nextQuestion,
  type ParameterSet,
  routeStatuses,
  whatIfRoute,
} from '../analysis/index.js';
import { listRules, type Regime, renderTrace, type TraceNode } from '../engine/index.js';
import {
  DEFAULT_REGIMES,
  evaluateIncident,
  FACT_GROUPS,
  INCIDENT_FACTS,
  type Incident,
  incidentJsonSchema,
  PROVISIONS,
  REGIMES,
  ROUTES,
  STATE_AND_LOCAL_LAWS,
  traceIncident,
} from '../law/index.js';
import { type Store, StoreError } from '../store/index.js';
import { getById, removeById } from './by-id.js';
import { define, type Endpoint, JSON_TYPE, json } from './endpoint.js';
import type { EvaluatePool } from './evaluate-pool.js';
import { respond } from './headers.js';
import { acceptJob, type Jobs } from './jobs.js';
import { negotiationEndpoints } from './negotiation-endpoints.js';
import { newsEndpoints } from './news-endpoints.js';
import {
  DEFAULT_PAGE,
  MAX_PAGE,
  PAGE_DESCRIPTION,
  pageAnswer,
  pageHeaders,
  pageQuery,
  readPage,
} from './pages.js';
import { ApiProblem, badRequest, notFound } from './problem.js';
import { type IdFields, RegimeResolver, regimeSummary } from './regimes.js';
import {
  caseRequest,
  compareRequest,
  diffQuery,
  evaluateRequest,
  explainRequest,
  impactQuery,
  interviewRequest,
  regimesQuery,
  scenarioRequest,
  syntheticRequest,
  userRegimeRequest,
  whatIfRequest,
} from './requests.js';
import {
  caseSchema,
  caseSummaryList,
  regimeSummaryList,
  resultList,
  scenarioSchema,
  scenarioSummaryList,
  userRegimeSchema,
} from './responses.js';

/** What the endpoints work with: the store, the bundled corpus and the synthetic parameters. */
export interface Services {
  readonly store: Store;
  /** The bundled cases (data/cases), for diff and impact. */
  readonly corpus: () => readonly Incident[];
  readonly parameters: () => ParameterSet;
  /** Threads for evaluate under built-in regimes, if any. */
  readonly pool: EvaluatePool | null;
  /** The long runs (synthetic impact of incidents and of agencies), shared by every module's endpoints. */
  readonly jobs: Jobs;
  /** The bundled data: data/cases, data/parameters, data/agencies. */
  readonly dataDir: string;
}

/** POST /v1/evaluate answered by the evaluation threads, when they can (EvaluatePool.evaluateText). */
const fromTextIn =
  (pool: EvaluatePool) =>
  async (text: string, c: Context): Promise<Response | null> => {
    const bytes = await pool.evaluateText(text);
    if (!bytes) return null;
    // Once the answer is all handed to the socket ('finish'), its memory goes back to the threads.
    (c.env as Partial<HttpBindings> | undefined)?.outgoing?.once('finish', () => pool.recycle(bytes));
    return respond(bytes, 200, { 'content-type': JSON_TYPE });
  };

const BODY: IdFields = { in: 'body', regimes: 'regimes', with: 'with' };
const QUERY: IdFields = { in: 'query', regimes: 'regime', with: 'with' };
/** The list of regimes: `with`, and a page of the saved ones. */
const regimesPageQuery = z.strictObject({ ...regimesQuery.shape, ...pageQuery.shape });

const ok = (description: string, schema?: unknown) => ({
  200: { description, ...(schema ? { schema } : {}) },
});

/** A trace as the API shows it: each definition, its value, the rule that decided it (cited), the facts read. */
export interface Explanation {
  readonly definition: string;
  readonly description: string;
  readonly value: unknown;
  readonly decidedBy: {
    readonly rule: string;
    readonly cite: string;
    readonly text: string;
    readonly provision: string | null;
    readonly unconfirmed: string | null;
    readonly sources: readonly string[];
  } | null;
  readonly facts: readonly { readonly path: string; readonly value: unknown }[];
  readonly needs: readonly string[];
  readonly children: readonly Explanation[];
}

export function explanation(node: TraceNode): Explanation {
  const r = node.decidedBy;
  return {
    definition: node.definition,
    description: node.description,
    value: node.value ?? null,
    decidedBy: r
      ? {
          rule: r.id,
          cite: r.cite,
          text: r.text,
          provision: r.provision ?? null,
          unconfirmed: r.unconfirmed ?? null,
          sources: r.sources ?? [],
        }
      : null,
    facts: node.facts.map((f) => ({ path: f.path, value: f.value ?? null })),
    needs: node.needs,
    children: node.children.map(explanation),
  };
}

export function endpoints(services: Services): Endpoint[] {
  const { store } = services;
  const regimes = new RegimeResolver(store);
  const { jobs } = services;
  const scenario = (id: string) => store.scenarios.get(id);
  const idsOr = (ids: readonly string[] | undefined) => (ids && ids.length > 0 ? ids : DEFAULT_REGIMES);

  return [
    define({
      method: 'get',
      path: '/v1/health',
      tag: 'server',
      summary: 'Whether the server is up, and which store it uses',
      responses: ok('the server answers'),
      handle: () => json({ status: 'ok', store: store.description.split(':')[0] }),
    }),

    // --- the law ---------------------------------------------------------------------------
    define({
      method: 'get',
      path: '/v1/regimes',
      tag: 'law',
      summary: 'The regimes: the built-in ones, then the saved user regimes a page at a time',
      description: `The built-in regimes come first, in the first page only; then the saved regimes, by id: ${DEFAULT_PAGE} unless \`limit\` says otherwise, at most ${MAX_PAGE}. When more follow, a \`Link: <…>; rel="next"\` header gives the next page (with the same \`with\`).`,
      query: regimesPageQuery,
      responses: {
        ...ok('each regime with its id, title, content hash and provisions', regimeSummaryList),
        400: { description: 'an unknown `with` law, a bad `limit`, or an `after` that is no saved regime' },
      },
      handle: async ({ query }) => {
        const withLaws = query.with ?? [];
        regimes.checkWith(withLaws, QUERY);
        const { items, next } = await readPage(query, (page) => store.regimes.list(page));
        const builtIn =
          query.after === undefined ? await regimes.resolve([...REGIMES.keys()], withLaws, QUERY) : [];
        const users = regimes.savedSummaries(items, withLaws, QUERY);
        return json(
          [
            ...builtIn.map((r) => ({ ...regimeSummary(r), saved: false })),
            // A user regime's own state or local laws (`with`), saved with its package.
            ...users.map((r, i) => ({ ...r, saved: true, with: items[i]?.with ?? [] })),
          ],
          200,
          pageHeaders('/v1/regimes', query.limit, next, { with: withLaws }),
        );
      },
    }),
    define({
      method: 'get',
      path: '/v1/regimes/:id',
      tag: 'law',
      summary: 'One regime with every rule: citation, text, dates, UNCONFIRMED notes',
      params: { id: 'a regime id' },
      query: regimesQuery,
      responses: { ...ok('the regime and its rules'), 404: { description: 'no such regime' } },
      handle: async ({ params, query }) => {
        const id = params.id as string;
        const user = REGIMES.has(id) ? null : await getById('regime', id, (x) => store.regimes.get(x));
        const [r] = (await regimes.resolve([id], query.with ?? [], QUERY)) as [Regime];
        return json({ ...regimeSummary(r), ...(user ? { with: user.with } : {}), rules: listRules(r) });
      },
    }),
    define({
      method: 'post',
      path: '/v1/regimes',
      tag: 'user regimes',
      write: true,
      summary: 'Save a user regime: a package of provisions on a built-in base',
      body: userRegimeRequest,
      responses: {
        201: { description: 'the saved regime', schema: userRegimeSchema },
        409: { description: 'the id is taken' },
        422: { description: 'the provisions conflict' },
      },
      handle: async ({ body }) => {
        const saved = await store.regimes.create(body);
        return json(saved, 201, { location: `/v1/regimes/${encodeURIComponent(saved.id)}` });
      },
    }),
    define({
      method: 'delete',
      path: '/v1/regimes/:id',
      tag: 'user regimes',
      write: true,
      summary: 'Remove a saved user regime',
      params: { id: 'a user regime id' },
      responses: { 204: { description: 'removed' }, 404: { description: 'no such user regime' } },
      handle: async ({ params }) => {
        const id = params.id as string;
        if (REGIMES.has(id))
          throw new ApiProblem(403, 'Built-in regimes cannot be removed', [
            { in: 'path', path: 'id', message: `"${id}" is a built-in regime` },
          ]);
        return removeById('saved regime', id, (x) => store.regimes.remove(x));
      },
    }),
    define({
      method: 'get',
      path: '/v1/provisions',
      tag: 'law',
      summary: 'Every provision a regime can be composed of, and the state and local laws for `with`',
      responses: ok('provisions and state or local laws, with citations and dates'),
      handle: () =>
        json({
          provisions: [...PROVISIONS.values()].map((o) => ({
            id: o.id,
            title: o.title,
            cite: o.cite,
            inForce: o.inForce ?? null,
            unconfirmed: o.unconfirmed ?? null,
          })),
          stateAndLocalLaws: STATE_AND_LOCAL_LAWS.map((l) => ({ id: l.id, title: l.title, cite: l.cite })),
        }),
    }),
    define({
      method: 'get',
      path: '/v1/schema',
      tag: 'law',
      summary: 'The JSON Schema of the incident format v1',
      responses: ok('a JSON Schema (draft 2020-12)'),
      handle: () => json(incidentJsonSchema()),
    }),

    define({
      method: 'get',
      path: '/v1/facts',
      tag: 'law',
      summary:
        'The fact catalogue: every fact the law reads, with its question and help, and the fact groups',
      responses: ok('{ facts: [{ path, type, values?, question, help, group? }], groups }'),
      handle: () => json({ facts: INCIDENT_FACTS, groups: FACT_GROUPS }),
    }),

    // --- evaluation --------------------------------------------------------------------------
    define({
      method: 'post',
      path: '/v1/evaluate',
      tag: 'evaluation',
      summary: 'Evaluate an incident under regimes: Result v1 objects, exactly as `recourse evaluate --json`',
      body: evaluateRequest,
      responses: { ...ok('one Result v1 per regime, in the order asked', resultList) },
      // With evaluation threads, a valid body under built-in regimes alone is parsed, checked,
      // evaluated and serialised in a thread; the rest (an invalid body, a saved regime, `with`)
      // comes back to `handle`.
      ...(services.pool ? { fromText: fromTextIn(services.pool) } : {}),
      handle: async ({ body }) => {
        const rs = await regimes.resolve(idsOr(body.regimes), body.with ?? [], BODY);
        return json(rs.map((r) => evaluateIncident(r, body.incident)));
      },
    }),
    define({
      method: 'post',
      path: '/v1/explain',
      tag: 'evaluation',
      summary: 'The derivation of each route, rule by rule, with citations and the facts read',
      body: explainRequest,
      responses: ok('per route: the derivation tree, and the same as text'),
      handle: async ({ body }) => {
        const [regime] = (await regimes.resolve([body.regime], body.with ?? [], {
          ...BODY,
          regimes: 'regime',
          one: true,
        })) as [Regime];
        const routes = body.routes && body.routes.length > 0 ? body.routes : [...ROUTES];
        const traces = traceIncident(regime, body.incident, routes);
        return json({
          incident: body.incident.id,
          regime: regime.id,
          routes: traces.map((t, i) => ({ route: routes[i], trace: explanation(t), text: renderTrace(t) })),
        });
      },
    }),
    define({
      method: 'post',
      path: '/v1/compare',
      tag: 'evaluation',
      summary: 'Compare regimes on one incident: the results, and why each difference arises',
      body: compareRequest,
      responses: ok('{ incident, regimes, results, differences }'),
      handle: async ({ body }) => {
        const rs = await regimes.resolve(idsOr(body.regimes), body.with ?? [], BODY);
        return json(compareRegimes(body.incident, rs));
      },
    }),
    define({
      method: 'post',
      path: '/v1/whatif',
      tag: 'evaluation',
      summary: 'The smallest fact changes that change a route, or unsettle it',
      body: whatIfRequest,
      responses: ok('{ incident, regime, route, status, flips, unsettles }'),
      handle: async ({ body }) => {
        const [regime] = (await regimes.resolve([body.regime], body.with ?? [], {
          ...BODY,
          regimes: 'regime',
          one: true,
        })) as [Regime];
        return json(whatIfRoute(regime, body.incident, body.route));
      },
    }),
    define({
      method: 'get',
      path: '/v1/diff',
      tag: 'evaluation',
      summary:
        'The provisions added, replaced or removed between two regimes, and the bundled cases each changes',
      query: diffQuery,
      responses: ok('{ a, b, added, removed, replaced, cases }'),
      handle: async ({ query }) => {
        const [a] = (await regimes.resolve([query.a], [], {
          in: 'query',
          regimes: 'a',
          with: 'with',
          one: true,
        })) as [Regime];
        const [b] = (await regimes.resolve([query.b], [], {
          in: 'query',
          regimes: 'b',
          with: 'with',
          one: true,
        })) as [Regime];
        return json(diffRegimes(a, b, services.corpus()));
      },
    }),
    define({
      method: 'post',
      path: '/v1/interview',
      tag: 'evaluation',
      summary:
        'The interview, stateless: post the facts so far, get the next question with its why, and the results so far',
      description:
        'Answer a question by setting its fact in `facts` and adding its path to `asked`; "don\'t know" is adding the path to `asked` only; "don\'t know any of these" adds the question\'s `group.facts` to `leftOpen`. `question` is null when nothing left to ask could settle a route.',
      body: interviewRequest,
      responses: ok('{ question, determined, statuses, results }'),
      handle: async ({ body }) => {
        const facts = body.facts;
        const rs = await regimes.resolve(idsOr(body.regimes), [], BODY);
        const step = {
          ...firstStep(facts as Record<string, unknown>),
          asked: body.asked ?? [],
          leftOpen: body.leftOpen ?? [],
        };
        const question = nextQuestion(rs, step);
        const results = rs.map((r) => evaluateIncident(r, facts));
        const determined = results.every((r) => ROUTES.every((n) => r.routes[n].status !== 'undetermined'));
        return json({ question, determined, statuses: routeStatuses(results), results });
      },
    }),

    // --- impact ------------------------------------------------------------------------------
    define({
      method: 'get',
      path: '/v1/impact',
      tag: 'impact',
      summary:
        'Every regime over the bundled cases: counts, changes, and their provisions (exact Shapley values)',
      query: impactQuery,
      responses: ok('{ baseline, cases, errors, regimes, changes }'),
      handle: async ({ query }) => {
        const rs = await regimes.resolve(idsOr(query.regime), query.with ?? [], QUERY);
        const cases = services.corpus().map((incident) => ({ file: incident.id, incident }));
        return json(corpusImpact(rs, cases));
      },
    }),
    define({
      method: 'post',
      path: '/v1/impact/synthetic',
      tag: 'impact',
      summary: 'Start a synthetic impact run (model estimates) as a job',
      description:
        'Answers 202 with the job; follow its progress at `/v1/jobs/{id}/events` (server-sent events) and fetch its result at `/v1/jobs/{id}`. One run at a time: 429 while one is in progress.',
      body: syntheticRequest,
      responses: {
        202: { description: 'the job, started' },
        429: { description: 'a run is already in progress' },
      },
      handle: ({ body }) => {
        const ids = idsOr(body.regimes);
        const unknown = ids.flatMap((id, i) => (REGIMES.has(id) ? [] : [i]));
        if (unknown.length > 0)
          throw badRequest(
            unknown.map((i) => ({
              in: 'body',
              path: `regimes.${i}`,
              message: `expected a built-in regime (${[...REGIMES.keys()].join(', ')})`,
            })),
          );
        return acceptJob(() =>
          jobs.start({
            n: body.n,
            seed: body.seed,
            replicates: body.replicates,
            regimes: [...ids],
          }),
        );
      },
    }),
    define({
      method: 'get',
      path: '/v1/jobs/:id',
      tag: 'impact',
      summary: 'A job: its status and progress, and its result once done',
      params: { id: 'the job id' },
      responses: {
        ...ok('the job'),
        404: { description: 'no such job (jobs are kept in memory, the latest 50)' },
      },
      handle: ({ params }) => {
        const job = jobs.get(params.id as string);
        if (!job) throw notFound('Job', 'id', `no job "${params.id}"`);
        return json(job);
      },
    }),
    define({
      method: 'get',
      path: '/v1/jobs/:id/events',
      tag: 'impact',
      summary: "A job's progress as server-sent events: `progress` events, then one `end` event",
      params: { id: 'the job id' },
      responses: {
        200: { description: 'the event stream', mediaType: 'text/event-stream' },
        404: { description: 'no such job' },
      },
      handle: ({ params }) => {
        const id = params.id as string;
        const job = jobs.get(id);
        if (!job) throw notFound('Job', 'id', `no job "${id}"`);
        const encoder = new TextEncoder();
        let unsubscribe = () => {};
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            const send = (event: string, data: unknown) =>
              controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
            const close = () => {
              unsubscribe();
              controller.close();
            };
            send('progress', { done: job.done, total: job.total });
            if (job.status !== 'running') {
              send('end', { status: job.status, job: `/v1/jobs/${id}` });
              close();
              return;
            }
            unsubscribe = jobs.subscribe(id, (e) => {
              if (e.kind === 'progress') send('progress', { done: e.done, total: e.total });
              else {
                send('end', { status: e.status, job: `/v1/jobs/${id}` });
                close();
              }
            });
          },
          cancel() {
            unsubscribe();
          },
        });
        return respond(stream, 200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache',
        });
      },
    }),

    // --- saved scenarios ---------------------------------------------------------------------
    define({
      method: 'get',
      path: '/v1/scenarios',
      tag: 'scenarios',
      summary: 'The saved scenarios, a page at a time',
      description: PAGE_DESCRIPTION,
      query: pageQuery,
      responses: {
        ...ok('{ id, title, incident, createdAt } of each', scenarioSummaryList),
        400: { description: 'a bad `limit`, or an `after` that is no saved scenario' },
      },
      handle: ({ query }) => pageAnswer('/v1/scenarios', query, (page) => store.scenarios.list(page)),
    }),
    define({
      method: 'post',
      path: '/v1/scenarios',
      tag: 'scenarios',
      write: true,
      summary:
        'Save a scenario (an incident and the regimes to evaluate it under) under a short shareable id',
      body: scenarioRequest,
      responses: {
        201: { description: 'the saved scenario; its id is in `id` and `Location`', schema: scenarioSchema },
      },
      handle: async ({ body }) => {
        const saved = await store.scenarios.create(body);
        return json(saved, 201, { location: `/v1/scenarios/${saved.id}` });
      },
    }),
    define({
      method: 'get',
      path: '/v1/scenarios/:id',
      tag: 'scenarios',
      summary: 'A saved scenario',
      params: { id: 'the scenario id' },
      responses: { ...ok('the scenario', scenarioSchema), 404: { description: 'no such scenario' } },
      handle: async ({ params }) => json(await getById('scenario', params.id as string, scenario)),
    }),
    define({
      method: 'get',
      path: '/v1/scenarios/:id/results',
      tag: 'scenarios',
      summary: 'A saved scenario evaluated: Result v1 objects under its regimes',
      params: { id: 'the scenario id' },
      responses: { ...ok('one Result v1 per regime', resultList), 404: { description: 'no such scenario' } },
      handle: async ({ params }) => {
        const s = await getById('scenario', params.id as string, scenario);
        const rs = await regimes.resolve(idsOr(s.regimes), s.with, BODY);
        return json(rs.map((r) => evaluateIncident(r, s.incident)));
      },
    }),
    define({
      method: 'delete',
      path: '/v1/scenarios/:id',
      tag: 'scenarios',
      write: true,
      summary: 'Remove a saved scenario',
      params: { id: 'the scenario id' },
      responses: { 204: { description: 'removed' }, 404: { description: 'no such scenario' } },
      handle: ({ params }) => removeById('scenario', params.id as string, (x) => store.scenarios.remove(x)),
    }),

    // --- cases -------------------------------------------------------------------------------
    define({
      method: 'get',
      path: '/v1/cases',
      tag: 'cases',
      summary: "The cases: the bundled corpus (`bundled: true`), then the users' own, a page at a time",
      description: `${PAGE_DESCRIPTION} The bundled cases come first, then the users' own, each by id.`,
      query: pageQuery,
      responses: {
        ...ok('a summary of each case', caseSummaryList),
        400: { description: 'a bad `limit`, or an `after` that is no case' },
      },
      handle: ({ query }) => pageAnswer('/v1/cases', query, (page) => store.cases.list(page)),
    }),
    define({
      method: 'get',
      path: '/v1/cases/:id',
      tag: 'cases',
      summary: 'A case, with its incident',
      params: { id: 'the incident id' },
      responses: { ...ok('the case', caseSchema), 404: { description: 'no such case' } },
      handle: async ({ params }) =>
        json(await getById('case', params.id as string, (x) => store.cases.get(x))),
    }),
    define({
      method: 'post',
      path: '/v1/cases',
      tag: 'cases',
      write: true,
      summary: 'Save an incident as a case of your own, under its id',
      body: caseRequest,
      responses: {
        201: { description: 'the case', schema: caseSchema },
        409: { description: 'a case with that id exists' },
      },
      handle: async ({ body }) => {
        const saved = await store.cases.create({ incident: body }).catch((e: unknown) => {
          // The body is the incident itself: the store's `incident.id` is the body's `id`.
          if (!(e instanceof StoreError)) throw e;
          throw new StoreError(
            e.kind,
            e.errors.map((x) => ({ ...x, path: x.path.replace(/^incident\.?/, '') })),
          );
        });
        return json(saved, 201, { location: `/v1/cases/${saved.id}` });
      },
    }),
    define({
      method: 'delete',
      path: '/v1/cases/:id',
      tag: 'cases',
      write: true,
      summary: 'Remove a case of your own (bundled cases cannot be removed: 403)',
      params: { id: 'the incident id' },
      responses: {
        204: { description: 'removed' },
        403: { description: 'a bundled case' },
        404: { description: 'no such case' },
      },
      handle: ({ params }) => removeById('case', params.id as string, (x) => store.cases.remove(x)),
    }),
    ...negotiationEndpoints(services),
    ...newsEndpoints(store),
  ];
}
