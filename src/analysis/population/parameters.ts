import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * Dated, cited parameter files (data/parameters/*.yaml), in the manner of OpenFisca: each value
 * with its date or year and its source; ranges where the source gives bounds; assumptions marked.
 */
const valueSchema = z
  .strictObject({
    year: z.number().int().optional(),
    from: z.string().optional(),
    employer: z.string().optional(),
    value: z.union([z.number(), z.literal('uniform')]).optional(),
    range: z.tuple([z.number(), z.number()]).optional(),
    note: z.string().optional(),
    source: z.string().optional(),
  })
  .refine((v) => v.value !== undefined || v.range !== undefined || v.employer !== undefined, {
    message: 'expected a value or a range',
  });

export const parameterSchema = z.strictObject({
  id: z.string(),
  description: z.string(),
  unit: z.string(),
  values: z.array(valueSchema).min(1),
  assumption: z.boolean().optional(),
  assumptionNote: z.string().optional(),
});

export type Parameter = z.infer<typeof parameterSchema>;
export type ParameterValue = Parameter['values'][number];

/** The bounds of a value: a point value is a range of width zero. */
export function bounds(v: ParameterValue): [number, number] {
  if (v.range) return [v.range[0], v.range[1]];
  if (typeof v.value === 'number') return [v.value, v.value];
  throw new Error(`parameter value has no numeric bounds: ${JSON.stringify(v)}`);
}

/** The parameters the population needs, by id. */
export const REQUIRED_PARAMETERS = [
  'fatal-shootings-per-year',
  'employer-share',
  'qualified-immunity-granted',
  'right-violated',
  'section-242-specific-intent',
  'mental-state-knowing-or-reckless',
  'monell-policy-or-custom',
  'pattern-or-practice',
  'byrne-jag-or-cops-share',
  'incidents-by-state',
] as const;

export type ParameterSet = Readonly<Record<(typeof REQUIRED_PARAMETERS)[number], Parameter>>;

/** One line per parameter for the report: what it is, its values, its sources, and whether it is assumed. */
export interface Assumption {
  readonly parameter: string;
  readonly description: string;
  readonly values: string;
  readonly sources: readonly string[];
  readonly assumption: boolean;
  readonly note: string | null;
}

export function assumptionsOf(parameters: ParameterSet): Assumption[] {
  return REQUIRED_PARAMETERS.map((id) => {
    const p = parameters[id];
    const values = p.values
      .map((v) => {
        const at = v.year ?? v.from ?? v.employer ?? '';
        const what = v.range
          ? `${v.range[0]}-${v.range[1]}`
          : v.value !== undefined
            ? String(v.value)
            : 'the rest';
        return at ? `${at}: ${what}` : what;
      })
      .join('; ');
    const sources = [...new Set(p.values.flatMap((v) => (v.source ? v.source.split(' ; ') : [])))];
    return {
      parameter: p.id,
      description: p.description,
      values,
      sources,
      assumption: p.assumption ?? false,
      note: p.assumptionNote ?? null,
    };
  });
}

/** Reads and checks every parameter file of a directory; throws naming the file and field. */
export function loadParameters(dir: string): ParameterSet {
  const found = new Map<string, Parameter>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const parsed = parameterSchema.safeParse(parseYaml(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${join(dir, file)}: ${issue?.path.join('.') || '(document)'}: ${issue?.message}`);
    }
    found.set(parsed.data.id, parsed.data);
  }
  const missing = REQUIRED_PARAMETERS.filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`${dir}: missing parameter files for ${missing.join(', ')}`);
  return Object.fromEntries(REQUIRED_PARAMETERS.map((id) => [id, found.get(id)])) as ParameterSet;
}
