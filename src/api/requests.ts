import { z } from 'zod';
import {
  FACT_PATHS,
  incidentSchema,
  PROVISIONS,
  REGIMES,
  ROUTES,
  STATE_AND_LOCAL_LAWS,
} from '../law/index.js';

/**
 * The bodies and queries the API accepts, as zod schemas: the router validates every request with
 * them, and /openapi.json is generated from the same schemas. The incident is the library's own
 * schema (the incident format v1), so the API accepts exactly what the command line accepts.
 */

/** Ids are slugs (built-in and user regimes, state and local laws): nothing else reaches the store. */
const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected an id: lower-case letters, digits and dashes (at most 80)');
const regimeId = slug.describe('a regime id (GET /v1/regimes lists them)');
const lawId = slug.describe('a state or local law applied hypothetically, anywhere and at any date (--with)');
const regimeList = z.array(regimeId).max(50);
const withList = z.array(lawId).max(20);
const routeName = z.enum(ROUTES);

export const evaluateRequest = z
  .strictObject({
    incident: incidentSchema,
    regimes: regimeList.optional().describe('the regimes to evaluate under; all built-in ones by default'),
    with: withList.optional(),
  })
  .meta({ id: 'EvaluateRequest' });

export const explainRequest = z
  .strictObject({
    incident: incidentSchema,
    regime: regimeId,
    routes: z
      .array(routeName)
      .max(ROUTES.length)
      .optional()
      .describe('the routes to explain; all by default'),
    with: withList.optional(),
  })
  .meta({ id: 'ExplainRequest' });

export const compareRequest = evaluateRequest.meta({ id: 'CompareRequest' });

export const whatIfRequest = z
  .strictObject({ incident: incidentSchema, regime: regimeId, route: routeName, with: withList.optional() })
  .meta({ id: 'WhatIfRequest' });

const factPath = z
  .string()
  .refine((p) => FACT_PATHS.has(p), { error: 'expected a fact path of the incident format' });

export const interviewRequest = z
  .strictObject({
    facts: incidentSchema.describe(
      'the incident as gathered so far (at least id, date and place.state): the answers given',
    ),
    asked: z.array(factPath).max(200).optional().describe('the facts asked so far, in order'),
    leftOpen: z
      .array(factPath)
      .max(200)
      .optional()
      .describe('facts left open unasked ("don\'t know any of these")'),
    regimes: regimeList.optional(),
  })
  .meta({ id: 'InterviewRequest' });

export const syntheticRequest = z
  .strictObject({
    n: z.int().min(1).max(1_000_000).describe('the number of synthetic incidents'),
    seed: z
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
    replicates: z.int().min(1).max(100).default(20).describe('parameter draws for the uncertainty intervals'),
    regimes: z.array(regimeId).max(20).optional().describe('built-in regimes only; all by default'),
  })
  .meta({ id: 'SyntheticImpactRequest' });

export const scenarioRequest = z
  .strictObject({
    title: z.string().max(500).nullish(),
    incident: incidentSchema,
    regimes: regimeList.optional(),
    with: withList.optional(),
  })
  .meta({ id: 'NewScenario' });

export const userRegimeRequest = z
  .strictObject({
    id: slug.describe('a slug no built-in regime has'),
    title: z.string().min(1).max(500),
    provisions: z
      .array(z.enum([...PROVISIONS.keys()] as [string, ...string[]]))
      .max(100)
      .describe('provision ids (GET /v1/provisions) added to the base regime'),
    base: z
      .enum([...REGIMES.keys()] as [string, ...string[]])
      .nullish()
      .describe('a built-in regime whose provisions come first; current by default'),
    with: z
      .array(z.enum(STATE_AND_LOCAL_LAWS.map((l) => l.id) as [string, ...string[]]))
      .max(100)
      .optional()
      .describe('state or local laws (GET /v1/provisions) the package applies everywhere, kept with it'),
  })
  .meta({ id: 'NewUserRegime' });

export const caseRequest = incidentSchema;

/** Queries: repeated parameters (`?regime=a&regime=b`) are lists. */
export const regimesQuery = z.strictObject({ with: withList.optional() });
export const diffQuery = z.strictObject({ a: regimeId, b: regimeId });
export const impactQuery = z.strictObject({ regime: regimeList.optional(), with: withList.optional() });
export const emptyQuery = z.strictObject({});

/** The parameters that may be repeated in a query string, read as lists. */
export const REPEATABLE = new Set(['regime', 'with']);
