import { z } from 'zod';
import { BLOCKERS, GRANTS, PENALTIES, ROUTES, STATUSES, TACTIC_RULES } from '../law/index.js';

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
