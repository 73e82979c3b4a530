import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Incident, parseIncident } from '../law/index.js';
import type { Package } from './deal-space.js';

/**
 * Test plumbing for the negotiation: the bundled corpus and the package of the law as it stands.
 * Test-only; excluded from the build (tsconfig.build.json excludes testkit files).
 */

export const ROOT = join(import.meta.dirname, '..', '..');
export const PARAMETERS = join(ROOT, 'data', 'parameters');

/** The bundled cases corpus. */
export function bundledCases(): Incident[] {
  return readdirSync(join(ROOT, 'data', 'cases'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parseIncident(readFileSync(join(ROOT, 'data', 'cases', f), 'utf8'), f));
}

/** The package that keeps the law as it stands on every issue of the bundled negotiation. */
export const STATUS_QUO: Package = {
  QI: 'QI-0',
  S242: '242-0',
  CHOKEHOLD: 'CH-0',
  NOKNOCK: 'NK-4',
  DATA: 'DATA-0',
  PATTERN: 'PP-0',
  UOF: 'UF-0',
  MILEQUIP: 'ME-0',
  FUNDING: 'FUND-0',
};
