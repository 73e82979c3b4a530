import { describe, expect, it } from 'vitest';
import { Evaluation } from './evaluate.js';
import { and, eq, fact, has, isTrue, or } from './expr.js';
import type { FactSpec } from './facts.js';
import { buildRegime, type Regime } from './regime.js';
import { type Definition, definition, value } from './rule.js';
import { type FactChange, whatIf } from './whatif.js';

/** Counterfactuals on a toy benefits code: the engine knows nothing of policing. */

const DATE = '2024-01-01';

const CATALOG: readonly FactSpec[] = [
  { path: 'applicant.resident', type: 'boolean', question: 'Resident?' },
  { path: 'applicant.employed', type: 'boolean', question: 'Employed?' },
  { path: 'applicant.veteran', type: 'boolean', question: 'Veteran? (read by no rule)' },
  {
    path: 'applicant.income',
    type: 'enum',
    values: ['low', 'mid', 'high'],
    question: 'Income?',
  },
  { path: 'applicant.pets', type: 'set', values: ['cat', 'dog'], question: 'Pets?' },
  { path: 'applicant.birthday', type: 'date', question: 'Born?' },
];

const rule = { cite: 'Benefits Code 1', text: 'A rule.' };
const regimeOf = (...defs: Definition[]): Regime => buildRegime({ id: 'toy', title: 'Toy', baseline: defs });

const both = definition('both', 'Resident and employed', [
  { id: 'both.rule', ...rule, then: and(isTrue('applicant.resident'), isTrue('applicant.employed')) },
]);
const either = definition('either', 'Resident or employed', [
  { id: 'either.rule', ...rule, then: or(isTrue('applicant.resident'), isTrue('applicant.employed')) },
]);
const band = definition('band', 'The income band', [
  { id: 'band.low', ...rule, when: eq(fact('applicant.income'), 'low'), then: value('low-band') },
  { id: 'band.mid', ...rule, when: eq(fact('applicant.income'), 'mid'), then: value('mid-band') },
  { id: 'band.high', ...rule, then: value('high-band') },
]);
const catOwner = definition('catOwner', 'Owns a cat', [
  { id: 'cat.rule', ...rule, then: has(fact('applicant.pets'), 'cat') },
]);

const R = regimeOf(both, either, band, catOwner);
const BOTH_TRUE = { applicant: { resident: true, employed: true, veteran: false } };

const show = (changes: readonly FactChange[]) =>
  changes.map((c) => `${c.path}=${JSON.stringify(c.to)}`).join(' + ');

describe('whatIf', () => {
  it('returns the single-fact changes that flip the definition when there are any', () => {
    const flips = whatIf(R, 'both', BOTH_TRUE, DATE, CATALOG);
    expect(flips.map((f) => show(f.changes))).toEqual([
      'applicant.resident=false',
      'applicant.employed=false',
    ]);
    for (const f of flips) {
      expect(f.changes).toHaveLength(1);
      expect(f.before).toBe(true);
      expect(f.after).toBe(false);
      // The evaluation after the change, with its trace, to explain it.
      expect(f.run).toBeInstanceOf(Evaluation);
      expect(f.run.get('both').value).toBe(false);
      expect(f.run.get('both').trace?.decidedBy?.id).toBe('both.rule');
    }
    expect(flips[0]?.changes[0]).toEqual({ path: 'applicant.resident', from: true, to: false });
  });

  it('returns minimal pairs when no single change flips it', () => {
    const flips = whatIf(R, 'either', BOTH_TRUE, DATE, CATALOG);
    expect(flips.map((f) => show(f.changes))).toEqual([
      'applicant.resident=false + applicant.employed=false',
    ]);
    expect(flips[0]).toMatchObject({ before: true, after: false });
  });

  it('returns nothing when no change of one or two facts flips it', () => {
    const r = regimeOf(
      definition('three', 'Resident, employed and a veteran', [
        {
          id: 'three.rule',
          ...rule,
          then: or(isTrue('applicant.resident'), isTrue('applicant.employed'), isTrue('applicant.veteran')),
        },
      ]),
    );
    const facts = { applicant: { resident: true, employed: true, veteran: true } };
    expect(whatIf(r, 'three', facts, DATE, CATALOG)).toEqual([]);
  });

  it('never changes a fixed fact', () => {
    const fixed = new Set(['applicant.resident']);
    const singles = whatIf(R, 'both', BOTH_TRUE, DATE, CATALOG, { fixed });
    expect(singles.map((f) => show(f.changes))).toEqual(['applicant.employed=false']);
    // The only pair that flips `either` changes residence: with residence fixed, none is left.
    expect(whatIf(R, 'either', BOTH_TRUE, DATE, CATALOG, { fixed })).toEqual([]);
    for (const f of [
      ...singles,
      ...whatIf(R, 'band', { applicant: { income: 'high' } }, DATE, CATALOG, { fixed }),
    ])
      for (const c of f.changes) expect(fixed.has(c.path)).toBe(false);
  });

  it('honours the `flips` option: only the changes it counts are returned', () => {
    const facts = { applicant: { income: 'high' } };
    const any = whatIf(R, 'band', facts, DATE, CATALOG);
    expect(any.map((f) => [show(f.changes), f.after])).toEqual([
      ['applicant.income="low"', 'low-band'],
      ['applicant.income="mid"', 'mid-band'],
    ]);
    const toLow = whatIf(R, 'band', facts, DATE, CATALOG, {
      flips: (_before, after) => after === 'low-band',
    });
    expect(toLow.map((f) => show(f.changes))).toEqual(['applicant.income="low"']);
    // A criterion no single change meets sends the search to pairs; here none meets it at all.
    expect(whatIf(R, 'band', facts, DATE, CATALOG, { flips: (_b, after) => after === 'none' })).toEqual([]);
    // The criterion is given the values before and after.
    const seen: [unknown, unknown][] = [];
    whatIf(R, 'both', BOTH_TRUE, DATE, CATALOG, {
      flips: (before, after) => {
        seen.push([before, after]);
        return false;
      },
    });
    expect(seen.length).toBeGreaterThan(0);
    for (const [before] of seen) expect(before).toBe(true);
  });

  it('tries only known values: an unknown fact is given a value, never made unknown', () => {
    const facts = { applicant: { resident: true } };
    // `both` is undetermined (employment unknown); giving employment a value settles it.
    const flips = whatIf(R, 'both', facts, DATE, CATALOG);
    expect(flips.map((f) => [show(f.changes), f.before, f.after])).toEqual([
      ['applicant.resident=false', undefined, false],
      ['applicant.employed=true', undefined, true],
      ['applicant.employed=false', undefined, false],
    ]);
    expect(flips[1]?.changes[0]?.from).toBeUndefined();
    for (const f of flips) for (const c of f.changes) expect(c.to).not.toBeUndefined();
  });

  it('toggles each member of a known set', () => {
    const facts = { applicant: { pets: ['cat'] } };
    const flips = whatIf(R, 'catOwner', facts, DATE, CATALOG);
    expect(flips.map((f) => f.changes[0])).toEqual([{ path: 'applicant.pets', from: ['cat'], to: [] }]);
    const noPets = whatIf(R, 'catOwner', { applicant: { pets: [] } }, DATE, CATALOG);
    expect(noPets.map((f) => f.changes[0]?.to)).toEqual([['cat']]);
  });

  it('leaves the facts it is given untouched', () => {
    const facts = Object.freeze({ applicant: Object.freeze({ resident: true, employed: true }) });
    expect(() => whatIf(R, 'either', facts, DATE, CATALOG)).not.toThrow();
    expect(facts).toEqual({ applicant: { resident: true, employed: true } });
  });
});
