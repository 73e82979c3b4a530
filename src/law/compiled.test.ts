import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listRules } from '../engine/explain.js';
import type { FactSpec } from '../engine/facts.js';
import { INCIDENT_FACTS } from './facts.js';
import { parseIncident, toIncident } from './parse.js';
import { current, REGIMES } from './regimes.js';
import {
  compileStatuses,
  compileSummary,
  evaluateIncident,
  type RouteSummary,
  summarise,
} from './results.js';
import { ROUTES, STATUSES } from './vocabulary.js';

/**
 * The compiled law must agree with the interpreter on every input (DESIGN.md §2): random incidents
 * in which every fact may be missing, null or any allowed value, on random dates and on both sides
 * of every date at which a rule comes into or goes out of force.
 */

const MISSING = Symbol('missing');

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Every date a rule of the law in force starts or stops on, and the day before it. */
const BOUNDARIES: readonly string[] = [
  ...new Set([
    '1974-03-15',
    '1974-03-16',
    '1994-09-12',
    '1994-09-13',
    '2020-06-15',
    '2020-06-16',
    '2021-09-13',
    '2021-09-14',
    '2022-05-24',
    '2022-05-25',
    '2025-01-19',
    '2025-01-20',
    ...listRules(current)
      .flatMap((r) => [r.inForce.from, r.inForce.until])
      .filter((d): d is string => d !== null)
      .flatMap((d) => [d, dayBefore(d)]),
  ]),
].sort();

const DAY = 86_400_000;
const anyDate = fc
  .integer({ min: Date.UTC(1960, 0, 1) / DAY, max: Date.UTC(2026, 11, 31) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
/** Recent dates, where the state and local laws of 2020-2021 apply. */
const recentDate = fc
  .integer({ min: Date.UTC(2019, 0, 1) / DAY, max: Date.UTC(2026, 11, 31) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const date = fc.oneof(fc.constantFrom(...BOUNDARIES), anyDate, recentDate);

/** Places where state and local laws apply, and some where none does. */
const place = fc.record(
  {
    state: fc.constantFrom('NY', 'CO', 'NM', 'CT', 'MA', 'MN', 'KY', 'VA', 'WA', 'TX', 'GA', 'CA'),
    locality: fc.constantFrom(null, 'New York City', 'Louisville', 'Minneapolis', 'Denver', 'Houston'),
  },
  { requiredKeys: ['state'] },
);

function arbitraryFor(spec: FactSpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'set':
      return fc.subarray([...spec.values]);
    case 'date':
      return date;
    case 'text':
      return fc.constantFrom('New York City', 'Louisville', 'Denver');
  }
}

/** The facts generated one by one; the place is generated as a whole above. */
const GENERATED = INCIDENT_FACTS.filter((spec) => !spec.path.startsWith('place.'));

/** Each fact missing, null, or any allowed value (known more often, so every route gets decided). */
const facts = fc.tuple(
  ...GENERATED.map((spec) =>
    fc.oneof(
      { arbitrary: fc.constant<unknown>(MISSING), weight: 1 },
      { arbitrary: fc.constant<unknown>(null), weight: 1 },
      { arbitrary: arbitraryFor(spec), weight: 6 },
    ),
  ),
);
/** Sometimes a whole section is missing or null. */
const sections = fc.dictionary(
  fc.constantFrom('officer', 'agency', 'conduct', 'findings'),
  fc.constantFrom<unknown>(MISSING, null),
  { maxKeys: 2 },
);

const incident = fc.record({ date, place, facts, sections }).map(({ date, place, facts, sections }) => {
  const raw: Record<string, unknown> = { id: 'generated', date, place };
  GENERATED.forEach((spec, i) => {
    const v = facts[i];
    if (v === MISSING) return;
    const keys = spec.path.split('.');
    let cur = raw;
    for (const key of keys.slice(0, -1)) {
      cur[key] ??= {};
      cur = cur[key] as Record<string, unknown>;
    }
    cur[keys[keys.length - 1] as string] = v;
  });
  for (const [section, v] of Object.entries(sections)) {
    if (v === MISSING) delete raw[section];
    else raw[section] = v;
  }
  return toIncident(raw, 'generated');
});

describe('the compiled law agrees with the interpreter', () => {
  const compiled = compileSummary(current);

  it('covers every boundary date of the law in force', () => {
    for (const d of ['1974-03-16', '1994-09-13', '2020-06-16', '2021-09-14', '2022-05-25', '2025-01-20'])
      expect(BOUNDARIES).toContain(d);
  });

  it('gives the same route statuses, blockers and penalty ceiling on 3000 random incidents', () => {
    fc.assert(
      fc.property(incident, (i) => {
        expect(compiled(i)).toEqual(summarise(evaluateIncident(current, i)));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on an incident where nothing but the date and place is known', () => {
    for (const d of BOUNDARIES) {
      const i = toIncident({ id: 'bare', date: d, place: { state: 'NY' } });
      expect(compiled(i)).toEqual(summarise(evaluateIncident(current, i)));
    }
  });
});

/** compileSummary's statuses, as compileStatuses writes them (indices in STATUSES). */
const statusIndices = (summary: RouteSummary): number[] =>
  ROUTES.map((route) => STATUSES.indexOf(summary.routes[route].status));

describe('compileStatuses (the status path of bulk runs) agrees with compileSummary', () => {
  const regimes = [...REGIMES.values()];
  const summaries = regimes.map((r) => compileSummary(r));
  const statuses = regimes.map((r) => compileStatuses(r));
  const out = new Uint8Array(ROUTES.length + 2);
  const statusesOf = (g: number, i: Parameters<(typeof statuses)[number]>[0]) => {
    out.fill(255);
    (statuses[g] as (typeof statuses)[number])(i, out, 1);
    // Only its five places are written.
    expect(out[0]).toBe(255);
    expect(out[ROUTES.length + 1]).toBe(255);
    return [...out.subarray(1, ROUTES.length + 1)];
  };

  it('on every bundled case, under every regime', () => {
    const dir = new URL('../../data/cases/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const i = parseIncident(readFileSync(new URL(file, dir), 'utf8'), file);
      regimes.forEach((r, g) => {
        expect(statusesOf(g, i), `${file} under ${r.id}`).toEqual(
          statusIndices((summaries[g] as (typeof summaries)[number])(i)),
        );
      });
    }
  });

  it('on 1000 random incidents, under every regime', () => {
    fc.assert(
      fc.property(incident, (i) => {
        regimes.forEach((r, g) => {
          expect(statusesOf(g, i), r.id).toEqual(
            statusIndices((summaries[g] as (typeof summaries)[number])(i)),
          );
        });
      }),
      { numRuns: 1000 },
    );
  });
});
