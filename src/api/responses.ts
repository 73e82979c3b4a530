import { z } from 'zod';
import { BLOCKERS, GRANTS, incidentSchema, PENALTIES, ROUTES, STATUSES, TACTIC_RULES } from '../law/index.js';

/**
 * Result v1 (DESIGN.md §4) as a zod schema, for /openapi.json: built from the library's own
 * vocabularies, so a new status or blocker appears in the documentation with no edit here. The
 * API sends the library's Result objects as they are; a test checks they match this schema.
 */

const value = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

const reason = z.object({
  rule: z.string(),
  definition: z.string(),
  cite: z.string(),
  text: z.string(),
  value,
  provision: z.string().nullable(),
  unconfirmed: z.string().optional(),
});

const route = z.object({
  status: z.enum(STATUSES),
  decidedBy: z.string().nullable(),
  cite: z.string().nullable(),
  blockedBy: z.enum(BLOCKERS).nullable(),
  needs: z.array(z.string()).describe('dotted fact paths that would decide the route'),
  reasons: z.array(reason),
  maxPenalty: z.enum(PENALTIES).nullable().optional(),
  tools: z.array(z.string()).optional(),
  defendant: z.string().nullable().optional(),
  officerPays: z.string().nullable().optional(),
  damagesCapUsd: z.number().nullable().optional(),
});

export const resultSchema = z
  .object({
    incident: z.string(),
    regime: z.string(),
    asOf: z.string(),
    hypothetical: z.boolean(),
    regimeHash: z.string(),
    engineVersion: z.string(),
    routes: z.object(
      Object.fromEntries(ROUTES.map((r) => [r, route])) as Record<(typeof ROUTES)[number], typeof route>,
    ),
    tactics: z.array(
      z.object({
        tactic: z.string(),
        rule: z.enum(TACTIC_RULES).nullable(),
        met: z.boolean().nullable(),
        breached: z.boolean().nullable(),
        cite: z.string(),
        text: z.string(),
        needs: z.array(z.string()),
        unconfirmed: z.string().optional(),
      }),
    ),
    funding: z.array(
      z.object({
        grant: z.enum(GRANTS),
        atRisk: z.boolean().nullable(),
        cite: z.string(),
        text: z.string(),
        needs: z.array(z.string()),
      }),
    ),
    reporting: z.array(
      z.object({ system: z.string(), determined: z.boolean(), cite: z.string(), needs: z.array(z.string()) }),
    ),
    standards: z.object({
      deadlyForce: z.object({ standard: z.string().nullable(), cite: z.string(), text: z.string() }),
    }),
  })
  .meta({ id: 'Result', description: 'Result v1: one incident under one regime' });

export const resultList = z.array(resultSchema);

// --- saved items: scenarios, cases, user regimes (the store's contract, src/store/index.ts) ---

const timestamp = z.string().describe('when it was saved, ISO 8601 in UTC (2026-12-02T09:30:00.000Z)');
const ids = z.array(z.string());

export const scenarioSchema = z
  .strictObject({
    id: z.string().describe('the short shareable id'),
    title: z.string().nullable(),
    incident: incidentSchema,
    regimes: ids.describe('regime ids; empty: the built-in regimes'),
    with: ids.describe('state or local laws applied hypothetically everywhere'),
    createdAt: timestamp,
  })
  .meta({
    id: 'Scenario',
    description: 'A saved scenario: an incident and the regimes to evaluate it under',
  });

export const scenarioSummaryList = z.array(
  z
    .strictObject({
      id: z.string(),
      title: z.string().nullable(),
      incident: z.string().describe("the incident's own id (its slug)"),
      createdAt: timestamp,
    })
    .meta({ id: 'ScenarioSummary' }),
);

export const caseSchema = z
  .strictObject({
    id: z.string().describe("the incident's id"),
    incident: incidentSchema,
    bundled: z.boolean().describe('one of the bundled data/cases (read-only)'),
    createdAt: timestamp,
  })
  .meta({ id: 'Case', description: "A case: the user's own, or a bundled one" });

export const caseSummaryList = z.array(
  z
    .strictObject({
      id: z.string(),
      title: z.string().nullable(),
      date: z.string().describe('the day of the conduct'),
      state: z.string(),
      bundled: z.boolean(),
      createdAt: timestamp,
    })
    .meta({ id: 'CaseSummary' }),
);

export const userRegimeSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    provisions: ids.describe('provision ids (GET /v1/provisions) added to the base regime'),
    base: z.string().nullable().describe('the built-in regime underneath; null: current'),
    with: ids.describe('state or local laws the package applies everywhere'),
    createdAt: timestamp,
  })
  .meta({ id: 'UserRegime', description: 'A saved user regime: a package of provisions on a built-in base' });

const regimeSummary = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    hypothetical: z.boolean(),
    hash: z.string().describe("the regime's content hash"),
    provisions: ids.describe('the provisions and laws it is composed of'),
    saved: z.boolean().describe('a user regime (true) or a built-in one'),
    with: ids.optional().describe("a user regime's own state or local laws"),
  })
  .meta({ id: 'RegimeSummary' });

export const regimeSummaryList = z.array(regimeSummary);
