import { z } from 'zod';
import {
  CHOKEHOLD_RULES,
  CLAIMS,
  DEPARTMENTS,
  EMPLOYERS,
  FORCES,
  HARMS,
  MENTAL_STATES,
  NO_KNOCK_RULES,
  ROLES,
  ROUTES,
  STATES,
  STATUSES,
  WARRANTS,
} from './vocabulary.js';

/**
 * The incident format v1 (DESIGN.md §4). Only `id`, `date` and `place.state` are required; an
 * omitted field, or `null`, is unknown. Unknown fields are rejected, so a typo never passes for
 * an unknown fact.
 */

const flag = z.boolean().nullish();
const isoDate = z.iso.date({ error: 'expected a real calendar date as YYYY-MM-DD' });

export const officerSchema = z
  .strictObject({
    employer: z.enum(EMPLOYERS).nullish(),
    role: z.enum(ROLES).nullish(),
    department: z.enum(DEPARTMENTS).nullish().describe('for a federal officer: the employing department'),
    underColorOfLaw: flag,
    withinScopeOfEmployment: flag,
    goodFaithBelief: flag.describe('held a good-faith, reasonable belief the conduct was lawful'),
    decertifiedForConduct: flag,
    convictedForConduct: flag,
    employedByLocality: flag.describe(
      'employed by the government of the locality itself (Louisville Metro for Louisville: LMPD, Metro Corrections), not a separate town or city force within it',
    ),
  })
  .nullish();

export const agencySchema = z
  .strictObject({
    receivesByrneJag: flag,
    receivesCops: flag,
    chokeholdRule: z.enum(CHOKEHOLD_RULES).nullish(),
    noKnockRule: z.enum(NO_KNOCK_RULES).nullish(),
    patternOrPractice: flag.describe('a pattern or practice of such violations in the agency'),
    policyOrCustomCaused: flag.describe(
      'an official policy, custom or policymaker decision was the moving force',
    ),
    deliberatelyIndifferentTraining: flag,
    employerCausalFactor: flag.describe(
      'the employing government was itself a causal factor in the violation, through its action or inaction',
    ),
  })
  .nullish();

export const conductSchema = z
  .strictObject({
    force: z.array(z.enum(FORCES)).nullish(),
    deadlyForce: flag,
    deadlyForceAuthorized: flag.describe('deadly force was authorized by law in the circumstances'),
    noKnockEntry: flag,
    warrantFor: z.enum(WARRANTS).nullish(),
    failedToIntervene: flag,
    deniedMedicalCare: flag,
    claims: z.array(z.enum(CLAIMS)).nullish(),
  })
  .nullish();

export const findingsSchema = z
  .strictObject({
    rightViolated: flag,
    clearlyEstablished: flag,
    obviousViolation: flag,
    mentalState: z.enum(MENTAL_STATES).nullish(),
  })
  .nullish();

const routeExpectation = z.enum(STATUSES);
export const expectationSchema = z.partialRecord(z.enum(ROUTES), routeExpectation);

export const incidentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a slug of lower-case letters, digits and dashes'),
  title: z.string().nullish(),
  date: isoDate,
  place: z.strictObject({
    state: z.enum(STATES),
    locality: z.string().nullish(),
  }),
  officer: officerSchema,
  agency: agencySchema,
  conduct: conductSchema,
  harm: z.enum(HARMS).nullish(),
  findings: findingsSchema,
  sources: z.array(z.strictObject({ url: z.string(), note: z.string().nullish() })).nullish(),
  actual: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullish(),
  /** For the cases corpus: the expected status of each route under each regime. */
  expected: z.record(z.string(), expectationSchema).nullish(),
  notes: z.string().nullish(),
});

export type Incident = z.infer<typeof incidentSchema>;

/** The JSON Schema of the incident format, for other tools (`recourse schema`). */
export function incidentJsonSchema(): unknown {
  return z.toJSONSchema(incidentSchema, { target: 'draft-2020-12', io: 'input' });
}
