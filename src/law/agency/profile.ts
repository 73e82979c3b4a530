import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { type FieldError, fieldErrors } from '../parse.js';
import { CHOKEHOLD_RULES, NO_KNOCK_RULES, STATES } from '../vocabulary.js';

/**
 * The agency profile format v1 (DESIGN.md §4): a police agency on a date, the grants it receives
 * and the law or policy it has in force. Only `id`, `date` and `agency.kind` are required; an
 * omitted field, or `null`, is unknown, never false. Unknown fields are rejected.
 */

export const AGENCY_KINDS = [
  'local-police',
  'sheriff',
  'state-police',
  'federal',
  'tribal',
  'other',
] as const;
/** How the agency gets Byrne JAG money: its own (direct or joint) award, a subgrant from the state's share, or none. */
export const JAG_ROUTES = ['direct', 'state-subgrant', 'none'] as const;
export const BODY_CAMERAS = ['none', 'some', 'all'] as const;
export const ACCREDITATION = ['none', 'applied', 'held'] as const;

const flag = z.boolean().nullish();
const usd = z.number().nonnegative().nullish();
const isoDate = z.iso.date({ error: 'expected a real calendar date as YYYY-MM-DD' });

export const agencyProfileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a slug of lower-case letters, digits and dashes'),
  title: z.string().nullish(),
  date: isoDate.describe('the day the profile describes'),
  agency: z.strictObject({
    kind: z.enum(AGENCY_KINDS),
    state: z.enum(STATES).nullish().describe('the state it serves (none for a federal agency)'),
    locality: z.string().nullish(),
    swornOfficers: z.number().int().nonnegative().nullish(),
  }),
  grants: z
    .strictObject({
      byrneJag: z.enum(JAG_ROUTES).nullish(),
      byrneJagUsd: usd.describe('Byrne JAG dollars a year reaching the agency'),
      cops: flag,
      copsUsd: usd.describe('COPS dollars a year'),
      dojDiscretionary: flag.describe('receives DOJ discretionary grants'),
      dojDiscretionaryUsd: usd,
      program1033: flag.describe('takes part in the DoD 1033 surplus-equipment program'),
    })
    .nullish(),
  policy: z
    .strictObject({
      chokehold: z.enum(CHOKEHOLD_RULES).nullish().describe('the chokehold rule in force for the agency'),
      noKnock: z.enum(NO_KNOCK_RULES).nullish().describe('the no-knock rule for drug warrants'),
      dutyToInterveneTraining: flag.describe('every officer must complete duty-to-intervene training'),
      deEscalationTraining: flag.describe('every officer must complete de-escalation training'),
      racialProfilingPolicy: flag.describe('a written policy prohibiting racial and religious profiling'),
      bodyCameras: z.enum(BODY_CAMERAS).nullish().describe('which patrol officers wear body cameras'),
      bodyCameraActivation: flag.describe('cameras must be on during arrests and detentions'),
      disciplinaryRecords30Years: flag.describe('employment and disciplinary records kept 30 years'),
      preHireRecordChecks: flag.describe('prior employers’ disciplinary records reviewed before hiring'),
      accreditation: z.enum(ACCREDITATION).nullish().describe('credentials held or applied for'),
    })
    .nullish(),
  reporting: z
    .strictObject({
      fbiUseOfForce: flag.describe('reports use of force to the FBI National Use-of-Force Data Collection'),
      stopsAndFrisks: flag.describe('reports stops, frisks and searches to DOJ'),
      noKnockWarrants: flag.describe('reports each no-knock warrant and its outcome'),
      misconductRecords: flag.describe('reports complaints and misconduct records to a registry'),
    })
    .nullish(),
  sources: z.array(z.strictObject({ url: z.string(), note: z.string().nullish() })).nullish(),
});

export type AgencyProfile = z.infer<typeof agencyProfileSchema>;

export function agencyProfileJsonSchema(): unknown {
  return z.toJSONSchema(agencyProfileSchema, { target: 'draft-2020-12', io: 'input' });
}

export class AgencyProfileError extends Error {
  constructor(
    readonly source: string,
    readonly errors: readonly FieldError[],
  ) {
    super(`${source}: ${errors.map((e) => `${e.path || '(document)'}: ${e.message}`).join('; ')}`);
    this.name = 'AgencyProfileError';
  }
}

/** Validates a parsed document as an agency profile; throws AgencyProfileError listing every bad field. */
export function toAgencyProfile(input: unknown, source = 'input'): AgencyProfile {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new AgencyProfileError(source, [{ path: '', message: 'expected an agency profile object' }]);
  }
  const result = agencyProfileSchema.safeParse(input);
  if (!result.success) {
    const errors = fieldErrors(result.error, input).map((e) =>
      e.message.startsWith('unknown field')
        ? { ...e, message: 'unknown field (not part of the agency profile format v1)' }
        : e,
    );
    throw new AgencyProfileError(source, errors);
  }
  return result.data;
}

/** Parses an agency profile from YAML or JSON text. */
export function parseAgencyProfile(text: string, source = 'input'): AgencyProfile {
  let doc: unknown;
  try {
    doc = parseYaml(text, { prettyErrors: false });
  } catch (e) {
    const message = e instanceof YAMLParseError ? e.message.split('\n')[0] : String(e);
    throw new AgencyProfileError(source, [{ path: '', message: `not valid YAML or JSON: ${message}` }]);
  }
  return toAgencyProfile(doc, source);
}
