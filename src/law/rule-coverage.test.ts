import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { factsFromObject } from '../engine/evaluate.js';
import { listRules } from '../engine/explain.js';
import { factsRead } from '../engine/expr.js';
import type { FactSpec } from '../engine/facts.js';
import { type Value, withFact } from '../engine/index.js';
import { FACT_GROUPS, FACT_PATHS, INCIDENT_FACTS } from './facts.js';
import { toIncident } from './parse.js';
import { REGIMES } from './regimes.js';

/**
 * "The law is reviewed like code: a test per rule with a case that shows it." Every rule of every
 * regime (the law in force and the proposals) is named by a test, carries its citation and text, and reads only facts the
 * incident format has.
 */

const LAW_DIR = dirname(fileURLToPath(import.meta.url));
const THIS_FILE = basename(fileURLToPath(import.meta.url));

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(path));
    else if (entry.name.endsWith('.test.ts') && !(dir === LAW_DIR && entry.name === THIS_FILE))
      out.push(path);
  }
  return out;
}

/**
 * State and local laws apply by place: they read `place.state` (always present: the format requires
 * it) and `place.locality` (free text). Both are in the catalogue too, so the interview can ask them.
 */
const PLACE_PATHS = ['place.state', 'place.locality'];

const quoted = (id: string) => [`'${id}'`, `"${id}"`, `\`${id}\``];

/** A value the incident format accepts for a fact. */
function sample(spec: FactSpec): unknown {
  switch (spec.type) {
    case 'boolean':
      return true;
    case 'enum':
      return spec.values[spec.values.length - 1];
    case 'set':
      return [spec.values[0]];
    case 'date':
      return '2020-06-16';
    case 'text':
      return 'Brooklyn';
  }
}

/** A minimal incident with one fact set at its dotted path. */
function incidentWith(path: string, value: unknown): Record<string, unknown> {
  return withFact({ id: 'probe', date: '2021-01-01', place: { state: 'NY' } }, path, value as Value);
}

describe('rule coverage of every regime: the law in force and every proposal', () => {
  const regimes = [...REGIMES.values()];
  const rules = [...new Map(regimes.flatMap((r) => listRules(r)).map((r) => [r.id, r])).values()];

  it('has rules to cover', () => {
    expect(rules.length).toBeGreaterThan(150);
  });

  it('every rule is named by at least one test under src/law', () => {
    const sources = testFiles(LAW_DIR).map((f) => readFileSync(f, 'utf8'));
    const untested = rules
      .map((r) => r.id)
      .filter((id) => !sources.some((src) => quoted(id).some((q) => src.includes(q))));
    expect(untested, `rules without a test: ${untested.join(', ')}`).toEqual([]);
  });

  it('every rule has a citation and the text it encodes', () => {
    const bare = rules.filter((r) => r.cite.trim() === '' || r.text.trim() === '').map((r) => r.id);
    expect(bare).toEqual([]);
  });

  it('every fact a rule reads is in the fact catalogue (FACT_PATHS), or is the place of the incident', () => {
    const unknown: string[] = [];
    for (const def of regimes.flatMap((r) => [...r.definitions.values()])) {
      for (const rule of def.rules) {
        const read = factsRead(rule.then);
        if (rule.when) factsRead(rule.when, read);
        for (const path of read)
          if (!FACT_PATHS.has(path) && !PLACE_PATHS.includes(path)) unknown.push(`${rule.id} reads ${path}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it.each(PLACE_PATHS)(
    'the place field %s that state and local laws read is a real field of the format',
    (path) => {
      const incident = toIncident({
        id: 'probe',
        date: '2021-01-01',
        place: { state: 'NY', locality: 'Brooklyn' },
      });
      expect(factsFromObject(incident)(path)).toBe(path === 'place.state' ? 'NY' : 'Brooklyn');
    },
  );

  it.each(INCIDENT_FACTS.map((spec) => [spec.path, spec] as const))(
    'the catalogued fact %s is a real field of the incident format',
    (path, spec) => {
      const value = sample(spec);
      const incident = toIncident(incidentWith(path, value));
      expect(factsFromObject(incident)(path)).toEqual(value);
    },
  );

  it.each(
    INCIDENT_FACTS.filter((s) => s.type === 'enum' || s.type === 'set').map((s) => [s.path, s] as const),
  )('every value the catalogue allows for %s is accepted, and others are not', (path, spec) => {
    if (spec.type !== 'enum' && spec.type !== 'set') throw new Error('not an enum');
    for (const v of spec.values) {
      const value = spec.type === 'set' ? [v] : v;
      expect(factsFromObject(toIncident(incidentWith(path, value)))(path)).toEqual(value);
    }
    const bad = spec.type === 'set' ? ['not-a-value'] : 'not-a-value';
    expect(() => toIncident(incidentWith(path, bad))).toThrow(path);
  });

  it('every group of questions a fact names is described, and has more than one fact', () => {
    const named = new Set(INCIDENT_FACTS.flatMap((s) => (s.group ? [s.group] : [])));
    expect([...named].sort()).toEqual(Object.keys(FACT_GROUPS).sort());
    for (const group of named)
      expect(INCIDENT_FACTS.filter((s) => s.group === group).length, group).toBeGreaterThan(1);
  });

  it('a path that is not in the format is caught by the same check', () => {
    expect(() => toIncident(incidentWith('agency.department', 'justice'))).toThrow(
      /agency\.department: unknown field/,
    );
  });
});
