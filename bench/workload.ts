/**
 * The incidents the benchmark and the peer tests run on: the bundled cases (data/cases/*.yaml)
 * and deterministic pseudo-random incidents drawn from the fact catalogue with a seeded PRNG.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generator } from '../src/analysis/population/random.js';
import { type Value, withFact } from '../src/engine/index.js';
import { INCIDENT_FACTS, type Incident, parseIncident, toIncident } from '../src/law/index.js';
import { LAW_BOUNDARIES } from '../src/law/testkit.js';

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'cases');

/** The bundled cases, in file-name order. Files that do not parse are reported, not used. */
export function loadCases(dir = CASES_DIR): { cases: Incident[]; skipped: string[] } {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort();
  } catch {
    return { cases: [], skipped: [] };
  }
  const cases: Incident[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    try {
      cases.push(parseIncident(readFileSync(join(dir, f), 'utf8'), f));
    } catch (e) {
      skipped.push(`${f}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { cases, skipped };
}

/** Half the incidents happen where a state or local law applies; the rest anywhere. */
const STATES_WITH_LAWS = ['CO', 'NM', 'NY', 'CT', 'MA', 'MN', 'KY', 'VA', 'WA'] as const;
/** Localities, some with laws of their own (New York City's boroughs, Louisville). */
const LOCALITIES = [
  'New York City',
  'Brooklyn',
  'Staten Island',
  'Buffalo',
  'Louisville',
  'Denver',
  'Aurora',
];
/** Facts the incident format requires: never unknown. */
const REQUIRED = new Set(['place.state']);

function randomDate(rand: () => number): string {
  if (rand() < 0.3) return LAW_BOUNDARIES[Math.floor(rand() * LAW_BOUNDARIES.length)] as string;
  const year = 1960 + Math.floor(rand() * 66);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * `n` pseudo-random incidents from the fact catalogue (INCIDENT_FACTS): each fact is unknown
 * (omitted, or `null`) with probability `unknown`, otherwise drawn from its values. The same
 * seed gives the same incidents.
 */
export function randomIncidents(n: number, seed = 20240601, unknown = 0.2): Incident[] {
  const rand = generator(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: Incident[] = [];
  for (let i = 0; i < n; i++) {
    let doc: Record<string, unknown> = { id: `random-${seed}-${i}`, date: randomDate(rand) };
    for (const spec of INCIDENT_FACTS) {
      const r = REQUIRED.has(spec.path) ? 1 : rand();
      let value: unknown;
      if (r < unknown / 2) continue; // omitted
      if (r < unknown)
        value = null; // explicitly unknown
      else if (spec.type === 'boolean') value = rand() < 0.5;
      else if (spec.type === 'enum')
        value = spec.path === 'place.state' && rand() < 0.5 ? pick(STATES_WITH_LAWS) : pick(spec.values);
      else if (spec.type === 'set') value = spec.values.filter(() => rand() < 0.25);
      else if (spec.type === 'text') value = pick(LOCALITIES);
      else value = randomDate(rand);
      doc = withFact(doc, spec.path, value as Value);
    }
    out.push(toIncident(doc, String(doc.id)));
  }
  return out;
}

/** The fewest bundled cases the benchmark runs on alone; below it, random incidents are added. */
export const MIN_CASES = 5;
export const RANDOM_FILL = 200;

export interface Workload {
  readonly incidents: readonly Incident[];
  readonly cases: number;
  readonly random: number;
  readonly skipped: readonly string[];
}

/**
 * The benchmark workload: the bundled cases when there are at least MIN_CASES of them, otherwise
 * whatever cases there are plus RANDOM_FILL seeded random incidents.
 */
export function benchWorkload(): Workload {
  const { cases, skipped } = loadCases();
  if (cases.length >= MIN_CASES) return { incidents: cases, cases: cases.length, random: 0, skipped };
  const random = randomIncidents(RANDOM_FILL);
  return { incidents: [...cases, ...random], cases: cases.length, random: random.length, skipped };
}
