import { z } from 'zod';
import {
  CHOKEHOLD_RULES,
  CLAIMS,
  CREDENTIALING,
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
    lawEnforcementPowers: flag.describe(
      'for a federal officer: empowered by law to execute searches, to seize evidence, or to make arrests for violations of federal law (28 U.S.C. 2680(h))',
    ),
    underColorOfLaw: flag,
    withinScopeOfEmployment: flag,
    goodFaithBelief: flag.describe('held a good-faith, reasonable belief the conduct was lawful'),
    decertifiedForConduct: flag,
    convictedForConduct: flag,
    complaintFiled: flag.describe('a misconduct complaint was made against the officer over this conduct'),
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
    credentialing: z
      .enum(CREDENTIALING)
      .nullish()
      .describe(
        'the agency is credentialed by an accreditation body, has an application pending, or neither (EO 13929)',
      ),
    patternOrPractice: flag.describe('a pattern or practice of such violations in the agency'),
    policyOrCustomCaused: flag.describe(
      'an official policy, custom or policymaker decision was the moving force',
    ),
    deliberatelyIndifferentTraining: flag,
    juvenileJustice: flag.describe(
      'the agency (not a court) is responsible for the administration of juvenile justice or the incarceration of juveniles (34 U.S.C. 12601(a))',
    ),
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
    dangerousWeapon: flag.describe(
      'the force used as a weapon (a dog, a Taser, a baton or flashlight, a vehicle, kicks) was a dangerous weapon: a question of fact for the jury (18 U.S.C. 242)',
    ),
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
    nearBorder: flag.describe(
      'at or near an international border of the United States, where border security is at stake (Hernandez v. Mesa; Egbert v. Boule)',
    ),
  }),
  officer: officerSchema,
  agency: agencySchema,
  conduct: conductSchema,
  harm: z.enum(HARMS).nullish(),
  findings: findingsSchema,
  sources: z.array(z.strictObject({ url: z.string(), note: z.string().nullish() })).nullish(),
  actual: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullish(),
  /** What happened later, in date order: pleas, verdicts, sentences, acquittals, DOJ findings. */
  history: z
    .array(
      z.strictObject({
        date: z
          .string()
          .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD, or YYYY-MM when only the month is known'),
        event: z.string().min(1, 'expected what happened, in words'),
        source: z.url({ error: 'expected the URL of the source reporting the event' }).nullish(),
      }),
    )
    .nullish()
    .describe('later events: pleas, verdicts, sentences, acquittals, pattern-or-practice findings'),
  /** For the cases corpus: the expected status of each route under each regime. */
  expected: z.record(z.string(), expectationSchema).nullish(),
  notes: z.string().nullish(),
});

export type Incident = z.infer<typeof incidentSchema>;

/** The JSON Schema of the incident format, for other tools (`recourse schema`). */
export function incidentJsonSchema(): unknown {
  return z.toJSONSchema(incidentSchema, { target: 'draft-2020-12', io: 'input' });
}
