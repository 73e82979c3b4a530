import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { factsFromObject, factsRead, listRules } from '../../engine/index.js';
import { AGENCY_FACTS } from './facts.js';
import { ROWS } from './obligations.js';
import { agencyProfileSchema, toAgencyProfile } from './profile.js';
import { AGENCY_REGIME_SPECS, AGENCY_REGIMES, BILL_REGIMES } from './regimes.js';
import { gapsOf, sideBySide } from './side-by-side.js';

/**
 * The side-by-side of the two bills, built from the code: for each row and each bill, the
 * provisions that address it, or the bill's explicit "not addressed". A gap is never a difference.
 */

describe('the side-by-side of H.R. 1280 and S. 3985', () => {
  const table = sideBySide();

  it('has every row of issue 13, for both bills', () => {
    expect(table.map((r) => r.row)).toEqual([...ROWS]);
    for (const r of table) expect(Object.keys(r.cells).sort()).toEqual([...BILL_REGIMES].sort());
  });

  it.each(ROWS)(
    'row %s has, for each bill, a provision or an explicit "not addressed", never neither nor both',
    (row) => {
      const r = table.find((x) => x.row === row);
      for (const [regime, cell] of Object.entries(r?.cells ?? {})) {
        if ('notAddressed' in cell) {
          expect(cell.notAddressed, `${row} x ${regime}`).not.toBe('');
          continue;
        }
        expect(
          cell.provisions.length,
          `${row} x ${regime}: neither a provision nor "not addressed"`,
        ).toBeGreaterThan(0);
      }
    },
  );

  it('has no gap, and the check finds one when a bill stops saying it leaves a row alone', () => {
    expect(gapsOf(table)).toEqual([]);
    const silentOnNothing = AGENCY_REGIME_SPECS.map((s) =>
      s.id === 'gfjpa-2021' ? { ...s, notAddressed: [] } : s,
    );
    expect(gapsOf(sideBySide(BILL_REGIMES, silentOnNothing))).toEqual(['false-report-crime x gfjpa-2021']);
  });

  it('says what the experts’ comparison says on the rows that differ', () => {
    const cell = (row: string, regime: string) => table.find((r) => r.row === row)?.cells[regime];
    expect(cell('false-report-crime', 'justice-act-2020')).toMatchObject({
      provisions: ['s-3985-agency-crimes'],
    });
    expect(cell('false-report-crime', 'gfjpa-2021')).toHaveProperty('notAddressed');
    expect(cell('racial-profiling', 'justice-act-2020')).toHaveProperty('notAddressed');
    expect(cell('chokehold', 'gfjpa-2021')).toMatchObject({ provisions: ['hr-1280-agency-tactics'] });
    expect(cell('chokehold', 'justice-act-2020')).toMatchObject({ provisions: ['s-3985-agency-chokehold'] });
  });
});

const LAW_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? testSources(join(dir, e.name))
      : e.name.endsWith('.test.ts')
        ? [readFileSync(join(dir, e.name), 'utf8')]
        : [],
  );
}

/** The dotted paths of every leaf field of the profile format. */
function profilePaths(): Set<string> {
  const out = new Set<string>();
  const shape = agencyProfileSchema.shape as Record<string, unknown>;
  for (const [key, field] of Object.entries(shape)) {
    let inner = field as { unwrap?: () => unknown; shape?: Record<string, unknown> };
    while (inner.unwrap && !inner.shape) inner = inner.unwrap() as typeof inner;
    if (inner.shape) for (const sub of Object.keys(inner.shape)) out.add(`${key}.${sub}`);
    else out.add(key);
  }
  return out;
}

describe('rule coverage of the agency regimes', () => {
  const rules = [
    ...new Map([...AGENCY_REGIMES.values()].flatMap((r) => listRules(r)).map((r) => [r.id, r])).values(),
  ];

  it('every agency rule is named by a test, and has a citation and text', () => {
    const sources = testSources(LAW_DIR);
    const untested = rules.map((r) => r.id).filter((id) => !sources.some((s) => s.includes(`'${id}'`)));
    expect(untested).toEqual([]);
    expect(rules.filter((r) => !r.cite.trim() || !r.text.trim())).toEqual([]);
  });

  it('every fact an agency rule reads is a field of the profile format', () => {
    const paths = profilePaths();
    const bad: string[] = [];
    for (const regime of AGENCY_REGIMES.values())
      for (const def of regime.definitions.values())
        for (const rule of def.rules) {
          const read = factsRead(rule.then);
          if (rule.when) factsRead(rule.when, read);
          for (const p of read) if (!paths.has(p)) bad.push(`${rule.id} reads ${p}`);
        }
    expect(bad).toEqual([]);
    const probe = toAgencyProfile({
      id: 'p',
      date: '2021-01-01',
      agency: { kind: 'sheriff' },
      grants: { cops: true },
    });
    expect(factsFromObject(probe)('grants.cops')).toBe(true);
  });

  it('every binding rule carries its row, and the row is the definition it decides', () => {
    for (const regime of AGENCY_REGIMES.values())
      for (const row of ROWS)
        for (const rule of regime.definitions.get(`agency.${row}.binds`)?.rules ?? [])
          expect(rule.tags?.row).toBe(row);
  });

  it('the interview can ask every fact an agency rule reads, except the agency kind (required)', () => {
    const read = new Set<string>();
    for (const regime of AGENCY_REGIMES.values())
      for (const def of regime.definitions.values())
        for (const rule of def.rules) {
          factsRead(rule.then, read);
          if (rule.when) factsRead(rule.when, read);
        }
    read.delete('agency.kind');
    expect([...read].sort()).toEqual(AGENCY_FACTS.map((f) => f.path).sort());
  });
});
