import { z } from 'zod';
import {
  AGENCY_KINDS,
  agencyProfileSchema,
  DEFAULT_AGENCY_REGIMES,
  GRANTS,
  LOSSES,
  MECHANISMS,
  ROWS,
} from '../law/agency/index.js';

/**
 * The agency endpoints' requests and responses as zod schemas: the router checks requests with
 * them and /openapi.json is generated from them. The profile is the library's own schema (the
 * agency profile format v1), so the API takes exactly what `recourse agency FILE` takes; the
 * responses are built from the library's vocabularies (rows, mechanisms, losses, grants), and a
 * test checks that the library's results match them.
 */

const regimeId = z
  .enum(DEFAULT_AGENCY_REGIMES as [string, ...string[]])
  .describe('an agency regime id (GET /v1/agency/regimes lists them)');
const regimeList = z
  .array(regimeId)
  .max(DEFAULT_AGENCY_REGIMES.length * 2)
  .optional()
  .describe('the regimes to evaluate under, in this order; all by default');
const lawId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected an id: lower-case letters, digits and dashes (at most 80)')
  .describe('a state or local law applied hypothetically (as the incident endpoints take them)');
const withList = z
  .array(lawId)
  .max(20)
  .optional()
  .describe(
    'state or local laws applied hypothetically; none has agency rules yet, so any is refused naming it',
  );
const rowName = z.enum(ROWS);

export const agencyEvaluateRequest = z
  .strictObject({ profile: agencyProfileSchema, regimes: regimeList, with: withList })
  .meta({ id: 'AgencyEvaluateRequest' });

export const agencyExplainRequest = z
  .strictObject({
    profile: agencyProfileSchema,
    regime: regimeId,
    rows: z.array(rowName).max(ROWS.length).optional().describe('the rows to explain; all by default'),
    with: withList,
  })
  .meta({ id: 'AgencyExplainRequest' });

export const agencyImpactRequest = z
  .strictObject({
    agencies: z.int().min(1).max(1_000_000).describe('the number of synthetic agencies'),
    seed: z
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
    replicates: z.int().min(1).max(100).default(10).describe('parameter draws for the uncertainty intervals'),
    regimes: regimeList,
  })
  .meta({ id: 'AgencyImpactRequest' });

// --- responses ---------------------------------------------------------------------------------

const obligation = z.object({
  row: rowName,
  title: z.string(),
  mechanism: z.enum(MECHANISMS).nullable().describe('how it binds; null while undetermined (see needs)'),
  provision: z.string().nullable(),
  rule: z.string().nullable(),
  cite: z.string().nullable(),
  text: z.string().nullable(),
  unconfirmed: z.string().optional().describe('why the source is UNCONFIRMED, where it is'),
  status: z.enum(['met', 'not-met', 'undetermined', 'not-applicable']),
  needs: z.array(z.string()).describe('dotted profile paths that would decide it'),
  loss: z.enum(LOSSES),
  grants: z.array(z.enum(GRANTS)),
  percent: z.number().optional(),
  laterPercent: z.number().optional(),
});

const grantAtRisk = z.object({
  grant: z.enum(GRANTS),
  row: rowName,
  loss: z.enum(LOSSES),
  percent: z.number().optional(),
  laterPercent: z.number().optional(),
  determined: z.boolean().describe('true when the obligation is known not met; false: at risk if not met'),
  usdPerYear: z
    .number()
    .nullable()
    .describe('dollars a year, where the profile gives the grant and the sources the loss; else null'),
  cite: z.string(),
  note: z.string().optional(),
});

export const agencyResultSchema = z
  .object({
    profile: z.string(),
    regime: z.string(),
    asOf: z.string(),
    hypothetical: z.boolean(),
    obligations: z.array(obligation),
    grantsAtRisk: z.array(grantAtRisk),
    crimes: z.array(obligation).describe('federal crimes and duties that newly reach its officers'),
    notAddressed: z.array(z.object({ row: rowName, note: z.string() })),
    usdAtRisk: z.partialRecord(z.enum(GRANTS), z.number()).describe('dollars a year known at risk, by grant'),
    regimeHash: z.string(),
    engineVersion: z.string(),
  })
  .meta({
    id: 'AgencyResult',
    description: 'An agency profile under one regime, exactly as `recourse agency FILE --json` prints it',
  });

export const agencyResultList = z.array(agencyResultSchema);

export const agencyProfileSummary = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    date: z.string(),
    kind: z.enum(AGENCY_KINDS),
    state: z.string().nullable(),
    locality: z.string().nullable(),
    swornOfficers: z.number().nullable(),
  })
  .meta({ id: 'AgencyProfileSummary' });

export const agencyProfileList = z.array(agencyProfileSummary);

export const agencyRegimeList = z.array(
  z
    .object({
      id: z.string(),
      title: z.string(),
      hypothetical: z.boolean(),
      hash: z.string(),
      notAddressed: z.array(z.object({ row: rowName, note: z.string() })),
    })
    .meta({ id: 'AgencyRegime' }),
);

export const sideBySideSchema = z.array(
  z.object({
    row: rowName,
    title: z.string(),
    cells: z.record(
      z.string(),
      z.union([
        z.object({ provisions: z.array(z.string()), rules: z.array(z.string()) }),
        z.object({ notAddressed: z.string() }),
      ]),
    ),
  }),
);

export const agencyExplanationSchema = z.object({
  profile: z.string(),
  regime: z.string(),
  rows: z.array(
    z.object({
      row: rowName,
      title: z.string(),
      traces: z.array(
        z.object({
          trace: z
            .record(z.string(), z.unknown())
            .describe(
              'the derivation: definition, value, decidedBy (rule, cite, text, provision, unconfirmed, sources), facts read, needs, children',
            ),
          text: z.string(),
        }),
      ),
    }),
  ),
});

const interval = z.object({ mean: z.number(), low: z.number(), high: z.number() });

export const agencyImpactSchema = z
  .object({
    label: z.literal('model estimates'),
    agencies: z.number(),
    scaledTo: z.number(),
    replicates: z.number(),
    date: z.string(),
    regimes: z.array(
      z.object({
        regime: z.string(),
        rows: z.array(z.object({ row: rowName, notMet: interval, undetermined: interval })),
        usdAtRisk: z.partialRecord(z.enum(GRANTS), interval),
      }),
    ),
    assumptions: z.array(
      z.object({
        parameter: z.string(),
        assumption: z.boolean(),
        note: z.string().nullable(),
        sources: z.array(z.string()),
      }),
    ),
  })
  .describe('model estimates over a synthetic population of agencies');

export const agencyImpactJob = z
  .object({
    id: z.string(),
    kind: z.literal('agency-impact'),
    status: z.enum(['running', 'done', 'failed']),
    spec: z.object({
      agencies: z.number(),
      seed: z.number(),
      replicates: z.number(),
      regimes: z.array(z.string()),
    }),
    done: z.number().describe('replicates done'),
    total: z.number().describe('replicates in all'),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
    result: agencyImpactSchema.nullable(),
  })
  .meta({ id: 'AgencyImpactJob' });
