import { parse as parseYaml } from 'yaml';
import { AGENCY_PROVISIONS } from '../law/agency/index.js';
import { PROVISIONS } from '../law/index.js';
import { type Negotiation, negotiationSchema } from './model.js';

export interface NegotiationFieldError {
  readonly path: string;
  readonly message: string;
}

/** A negotiation file that does not hold: every bad field by its path and what was expected. */
export class NegotiationError extends Error {
  constructor(
    readonly source: string,
    readonly errors: readonly NegotiationFieldError[],
  ) {
    super(`${source}: ${errors.map((e) => `${e.path || '(document)'}: ${e.message}`).join('; ')}`);
    this.name = 'NegotiationError';
  }
}

/**
 * Reads a negotiation (YAML or JSON text), checks it against its schema, and checks that every
 * option's provisions are provisions of src/law, and its agency provisions agency provisions of it.
 */
export function parseNegotiation(text: string, source: string): Negotiation {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new NegotiationError(source, [{ path: '', message: e instanceof Error ? e.message : String(e) }]);
  }
  const parsed = negotiationSchema.safeParse(raw);
  if (!parsed.success) {
    throw new NegotiationError(
      source,
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  const errors: NegotiationFieldError[] = [];
  parsed.data.issues.forEach((issue, i) => {
    issue.options.forEach((option, k) => {
      option.provisions.forEach((p, j) => {
        if (!PROVISIONS.has(p))
          errors.push({
            path: `issues.${i}.options.${k}.provisions.${j}`,
            message: `unknown provision "${p}"; expected one of ${[...PROVISIONS.keys()].join(', ')}`,
          });
      });
      option.agencyProvisions.forEach((p, j) => {
        if (!AGENCY_PROVISIONS.has(p))
          errors.push({
            path: `issues.${i}.options.${k}.agencyProvisions.${j}`,
            message: `unknown agency provision "${p}"; expected one of ${[...AGENCY_PROVISIONS.keys()].join(', ')}`,
          });
      });
    });
  });
  if (errors.length > 0) throw new NegotiationError(source, errors);
  return parsed.data;
}
