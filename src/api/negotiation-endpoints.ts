import { z } from 'zod';
import {
  checkPackage,
  dealSpace,
  EffectCache,
  ISSUES,
  type Negotiation,
  negotiationReport,
  PackageError,
  type Position,
  packageOutcome,
  positionSchema,
  positionsInForceKey,
  STANCES,
  TIMELINE_FROM,
  TIMELINE_TO,
  timelineReport,
} from '../negotiation/index.js';
import { bundledNegotiation, type StoredPosition } from '../store/index.js';
import { define, type Endpoint, json } from './endpoint.js';
import type { Services } from './endpoints.js';
import { respond } from './headers.js';
import { ApiProblem, badRequest, notFound } from './problem.js';

/**
 * The negotiation of 2020-2021 over HTTP (issue 14, point 4): its issues, options and parties; the
 * positions (the bundled dataset's and those users recorded, with their evidence); the deal space
 * as of a date; the timeline; and what one package changes. Recording or editing a position needs
 * a bearer token and evidence. Stored positions join the dataset's wherever positions count.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'expected a real calendar date');

// --- requests ------------------------------------------------------------------------------------

export const positionRequest = positionSchema
  .extend({
    quotationIds: z
      .array(z.string().max(64))
      .max(50)
      .optional()
      .describe('ids of stored news quotations the position rests on'),
  })
  .meta({
    id: 'NewPosition',
    description:
      "a party's stance on an option of an issue, from a date, with at least one piece of evidence; an edit must bring evidence the position did not have",
  });

const positionsQuery = z.strictObject({
  party: z.string().max(80).optional().describe('only this party'),
  issue: z.enum(ISSUES).optional().describe('only this issue'),
  asOf: isoDate.optional().describe('only positions known on this day (dated on or before it)'),
});

const asOfQuery = z.strictObject({
  asOf: isoDate.default('2021-09-22').describe('the day whose positions count (default: 22 Sept 2021)'),
});

export const packageRequest = z
  .strictObject({
    asOf: isoDate.describe('the day whose positions count'),
    options: z
      .record(z.enum(ISSUES), z.string().max(80))
      .describe('one option id per issue of the negotiation (GET /v1/negotiation lists them)'),
  })
  .meta({ id: 'PackageRequest' });

// --- responses -----------------------------------------------------------------------------------

const evidenceOut = z.object({
  speaker: z.string(),
  quote: z.string().optional(),
  paraphrase: z.string().optional(),
  url: z.string().optional(),
  sourceNote: z.string().optional(),
  date: z.string(),
});

const positionOut = z
  .object({
    id: z.string().describe("`data-N` for the bundled dataset's N-th position, else the stored id"),
    source: z.enum(['dataset', 'stored']),
    party: z.string(),
    issue: z.enum(ISSUES),
    option: z.string(),
    stance: z.enum(STANCES),
    date: z.string(),
    dateInferred: z.boolean(),
    dateAsGiven: z.string().optional(),
    evidence: z.array(evidenceOut),
    quotationIds: z.array(z.string()),
    createdAt: z.string().optional(),
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'Position' });

const negotiationOut = z
  .object({
    id: z.string(),
    title: z.string(),
    issues: z.array(
      z.object({
        id: z.enum(ISSUES),
        title: z.string(),
        options: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            provisions: z.array(z.string()),
            unencoded: z.string().optional(),
          }),
        ),
      }),
    ),
    parties: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        role: z.string().optional(),
        until: z.string().optional(),
      }),
    ),
    stances: z.array(z.enum(STANCES)),
    timeline: z.object({ from: z.string(), to: z.string() }),
  })
  .meta({ id: 'Negotiation' });

const redLineOut = z.object({
  party: z.string(),
  issue: z.enum(ISSUES),
  option: z.string(),
  stance: z.enum(['red-line-for', 'red-line-against']),
  date: z.string(),
  dateInferred: z.boolean(),
  evidence: z.array(evidenceOut),
});

const routeCounts = z.record(z.string(), z.number());
const populationEffect = z.object({ incidents: z.number(), opened: routeCounts, closed: routeCounts });
const support = z.array(z.object({ party: z.string(), support: z.number() }));

const objectionOut = z.object({
  party: z.string(),
  issue: z.enum(ISSUES),
  chosen: z.string().describe('the option the package chooses'),
  option: z.string().describe('the option the position is about'),
  stance: z.enum(STANCES),
  redLine: z.boolean(),
  date: z.string(),
  dateInferred: z.boolean(),
  evidence: z.array(evidenceOut),
});

const dealSpaceOut = z
  .object({
    negotiation: z.string(),
    asOf: z.string(),
    packages: z.number(),
    feasibleCount: z.number(),
    frontierCount: z.number(),
    best: z.array(
      z.object({
        options: z.record(z.string(), z.string()),
        support,
        totalSupport: z.number(),
        effect: z.object({
          provisions: z.array(z.string()),
          provisionsThatMatter: z.array(z.string()),
          corpus: populationEffect,
          synthetic: populationEffect,
          unmeasured: z.array(z.object({ issue: z.string(), option: z.string(), why: z.string() })),
        }),
        objections: z
          .array(objectionOut)
          .describe('positions in force the package goes against (not red lines)'),
      }),
    ),
    blockingSets: z.array(z.array(redLineOut)),
    separating: z.array(z.enum(ISSUES)),
    redLines: z.array(redLineOut),
    issues: z.array(
      z.object({ issue: z.enum(ISSUES), options: z.array(z.string()), feasible: z.array(z.string()) }),
    ),
    parties: z.array(z.string()),
    storedPositions: z.number().describe('positions recorded by users counted with the dataset'),
    measured: z.object({
      packages: z.number(),
      regimesCompiled: z.number(),
      evaluations: z.number(),
      corpusCases: z.number(),
      syntheticIncidents: z.number(),
      notMeasured: z.array(z.string()),
    }),
  })
  .meta({ id: 'DealSpace' });

const timelineOut = z
  .object({
    negotiation: z.string(),
    from: z.string(),
    to: z.string(),
    steps: z.array(
      z.object({
        date: z.string(),
        feasibleCount: z.number(),
        separating: z.array(z.enum(ISSUES)),
        blockingSets: z.array(z.array(redLineOut)),
      }),
    ),
  })
  .meta({ id: 'NegotiationTimeline' });

const packageOut = z
  .object({
    asOf: z.string(),
    options: z.record(z.string(), z.string()),
    feasible: z.boolean(),
    objections: z.array(objectionOut),
    support,
    provisions: z.array(z.string()),
    unmeasured: z.array(z.object({ issue: z.string(), option: z.string(), why: z.string() })),
    cases: z.array(
      z.object({
        id: z.string(),
        title: z.string().nullable(),
        opened: z.array(z.string()),
        closed: z.array(z.string()),
        scenario: z.string().describe("the case in the app's scenario view"),
      }),
    ),
    casesEvaluated: z.number(),
  })
  .meta({ id: 'PackageOutcome' });

// --- the endpoints -------------------------------------------------------------------------------

const DATASET_ID = /^data-(\d+)$/;
const REMEMBERED_SPACES = 64;

type ApiPosition = z.infer<typeof positionOut>;

const fromDataset = (p: Position, i: number): ApiPosition => ({
  id: `data-${i}`,
  source: 'dataset',
  ...p,
  quotationIds: [],
});

const fromStore = (p: StoredPosition): ApiPosition => ({
  ...p,
  source: 'stored',
  evidence: [...p.evidence],
  quotationIds: [...p.quotationIds],
});

/** The model's Position of a stored one (what the deal space reads). */
const asPosition = (p: StoredPosition): Position => ({
  party: p.party,
  issue: p.issue,
  option: p.option,
  stance: p.stance,
  date: p.date,
  dateInferred: p.dateInferred,
  ...(p.dateAsGiven === undefined ? {} : { dateAsGiven: p.dateAsGiven }),
  evidence: p.evidence,
});

function readOnlyDataset(id: string): ApiProblem {
  return new ApiProblem(403, 'Read-only', [
    {
      in: 'path',
      path: 'id',
      message: `"${id}" is a position of the bundled dataset; record a new, later-dated position instead`,
    },
  ]);
}

export function negotiationEndpoints(services: Services): Endpoint[] {
  const { store } = services;
  const dataset = bundledNegotiation;
  let cache: EffectCache | undefined;
  const effects = () => {
    cache ??= new EffectCache(dataset(), services.corpus(), []);
    return cache;
  };
  /** The dataset with the stored positions after its own (on one day, a stored one stands). */
  const withStored = async (): Promise<{ negotiation: Negotiation; stored: number; version: string }> => {
    const stored = await store.positions.list();
    const n = dataset();
    return {
      negotiation: { ...n, positions: [...n.positions, ...stored.map(asPosition)] },
      stored: stored.length,
      version: stored.map((p) => `${p.id}@${p.updatedAt}`).join(','),
    };
  };
  // A deal space measures every feasible package (a second on a busy date): the answers of the
  // last states asked are kept, by the positions in force on the date (every date between two
  // changes of position has the same deal space) and the stored positions' version.
  const spaces = new Map<string, object>();
  // The timeline computes a deal space per date positions change: kept until the stored ones change.
  let timelineMemo: { version: string; report: ReturnType<typeof timelineReport> } | undefined;

  return [
    define({
      method: 'get',
      path: '/v1/negotiation',
      tag: 'negotiation',
      summary:
        'The 2020-2021 negotiation: its issues with their options (provisions of the law), and its parties',
      responses: {
        200: { description: 'issues, options, parties, the stance scale', schema: negotiationOut },
      },
      handle: () => {
        const n = dataset();
        return json({
          id: n.id,
          title: n.title,
          issues: n.issues,
          parties: n.parties,
          stances: STANCES,
          timeline: { from: TIMELINE_FROM, to: TIMELINE_TO },
        });
      },
    }),
    define({
      method: 'get',
      path: '/v1/negotiation/positions',
      tag: 'negotiation',
      summary:
        "The parties' dated positions, each with its evidence: the bundled dataset's and those recorded",
      query: positionsQuery,
      responses: { 200: { description: 'positions by date', schema: z.array(positionOut) } },
      handle: async ({ query }) => {
        const keep = (p: Position) =>
          (query.party === undefined || p.party === query.party) &&
          (query.issue === undefined || p.issue === query.issue) &&
          (query.asOf === undefined || p.date <= query.asOf);
        const fromData = dataset()
          .positions.map(fromDataset)
          .filter((p) => keep(p));
        const stored = (await store.positions.list(query)).map(fromStore);
        const all = [...fromData, ...stored].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        return json(all);
      },
    }),
    define({
      method: 'get',
      path: '/v1/negotiation/positions/:id',
      tag: 'negotiation',
      summary: 'One position with its evidence (`data-N` for the dataset)',
      params: { id: 'a stored position id, or data-N' },
      responses: {
        200: { description: 'the position', schema: positionOut },
        404: { description: 'no such position' },
      },
      handle: async ({ params }) => {
        const id = params.id as string;
        const m = DATASET_ID.exec(id);
        const data = m ? dataset().positions[Number(m[1])] : undefined;
        if (data) return json(fromDataset(data, Number(m?.[1])));
        const p = m ? null : await store.positions.get(id);
        if (!p) throw notFound('Position', 'id', `no position "${id}"`);
        return json(fromStore(p));
      },
    }),
    define({
      method: 'post',
      path: '/v1/negotiation/positions',
      tag: 'negotiation',
      write: true,
      summary: "Record a party's position, with its evidence (at least one piece)",
      body: positionRequest,
      responses: {
        201: { description: 'the recorded position; its id is in `id` and `Location`', schema: positionOut },
        400: { description: 'a bad field, named (`evidence` when there is none)' },
        401: { description: 'no valid bearer token; nothing is recorded' },
      },
      handle: async ({ body }) => {
        const saved = await store.positions.create(body);
        return json(fromStore(saved), 201, { location: `/v1/negotiation/positions/${saved.id}` });
      },
    }),
    define({
      method: 'post',
      path: '/v1/negotiation/positions/:id',
      tag: 'negotiation',
      write: true,
      summary: 'Edit a recorded position: the whole position again, with evidence it did not have',
      params: { id: 'a stored position id' },
      body: positionRequest,
      responses: {
        200: { description: 'the edited position', schema: positionOut },
        400: { description: 'a bad field, named (`evidence` when it brings no new evidence)' },
        401: { description: 'no valid bearer token; nothing is changed' },
        403: { description: 'a position of the bundled dataset' },
        404: { description: 'no such position' },
      },
      handle: async ({ params, body }) => {
        const id = params.id as string;
        if (DATASET_ID.test(id)) throw readOnlyDataset(id);
        const saved = await store.positions.update(id, body);
        if (!saved) throw notFound('Position', 'id', `no recorded position "${id}"`);
        return json(fromStore(saved));
      },
    }),
    define({
      method: 'delete',
      path: '/v1/negotiation/positions/:id',
      tag: 'negotiation',
      write: true,
      summary: 'Remove a recorded position',
      params: { id: 'a stored position id' },
      responses: {
        204: { description: 'removed' },
        403: { description: 'a position of the bundled dataset' },
        404: { description: 'no such position' },
      },
      handle: async ({ params }) => {
        const id = params.id as string;
        if (DATASET_ID.test(id)) throw readOnlyDataset(id);
        if (!(await store.positions.remove(id)))
          throw notFound('Position', 'id', `no recorded position "${id}"`);
        return respond(null, 204);
      },
    }),
    define({
      method: 'get',
      path: '/v1/negotiation/deal-space',
      tag: 'negotiation',
      summary:
        'The deal space as of a date: packages, feasible ones, the Pareto frontier with support, objections and effects over the cases, and the blocking sets',
      query: asOfQuery,
      responses: { 200: { description: 'the deal space', schema: dealSpaceOut } },
      handle: async ({ query }) => {
        const { negotiation, stored, version } = await withStored();
        const key = `${positionsInForceKey(negotiation, query.asOf)}|${version}`;
        let answer = spaces.get(key);
        if (!answer) {
          const report = negotiationReport({
            negotiation,
            corpus: services.corpus(),
            synthetic: [],
            asOf: query.asOf,
            cache: effects(),
          });
          answer = {
            ...report,
            best: report.best.map((b) => ({
              ...b,
              objections: packageOutcome(negotiation, b.options, query.asOf, []).objections,
            })),
            redLines: dealSpace(negotiation, query.asOf, 0).redLines,
            storedPositions: stored,
          };
          if (spaces.size >= REMEMBERED_SPACES) spaces.delete(spaces.keys().next().value as string);
          spaces.set(key, answer);
        }
        // The same deal space as on the date it was first asked for: only the date is this one's.
        return json({ ...answer, asOf: query.asOf });
      },
    }),
    define({
      method: 'get',
      path: '/v1/negotiation/timeline',
      tag: 'negotiation',
      summary: `How feasibility and the blocking sets moved, ${TIMELINE_FROM} to ${TIMELINE_TO}`,
      responses: { 200: { description: 'one step per date on which they changed', schema: timelineOut } },
      handle: async () => {
        const { negotiation, version } = await withStored();
        if (timelineMemo?.version !== version)
          timelineMemo = { version, report: timelineReport(negotiation) };
        return json(timelineMemo.report);
      },
    }),
    define({
      method: 'post',
      path: '/v1/negotiation/package',
      tag: 'negotiation',
      summary:
        'One package (an option per issue) as of a date: who objects and why (with evidence), support, and the routes it opens or closes for each case',
      body: packageRequest,
      responses: {
        200: { description: 'the package judged', schema: packageOut },
        400: { description: 'an unknown issue or option, or an issue left out, named' },
      },
      handle: async ({ body }) => {
        const { negotiation } = await withStored();
        let pkg: ReturnType<typeof checkPackage>;
        try {
          pkg = checkPackage(negotiation, body.options);
        } catch (e) {
          if (!(e instanceof PackageError)) throw e;
          throw badRequest(
            e.errors.map((x) => ({ in: 'body', path: `options.${x.path}`, message: x.message })),
          );
        }
        const outcome = packageOutcome(negotiation, pkg, body.asOf, services.corpus());
        return json({
          ...outcome,
          cases: outcome.cases.map((c) => ({ ...c, scenario: `/?case=${encodeURIComponent(c.id)}` })),
        });
      },
    }),
  ];
}

/** The answers' types, for the web app. */
export type NegotiationAnswer = z.infer<typeof negotiationOut>;
export type PositionAnswer = z.infer<typeof positionOut>;
export type DealSpaceAnswer = z.infer<typeof dealSpaceOut>;
export type TimelineAnswer = z.infer<typeof timelineOut>;
export type PackageAnswer = z.infer<typeof packageOut>;
