import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRegime } from './compile.js';
import { evaluate, factsFromObject } from './evaluate.js';
import { and, eq, fact, has, hasAny, isFalse, isTrue, lit, not, oneOf, or, ref } from './expr.js';
import { buildRegime, type Overlay } from './regime.js';
import { definition, value } from './rule.js';

/**
 * A library's lending rules: several definitions referring to each other, dated rules, a dated
 * replace overlay, every operator, and rules whose unknown condition collapses.
 */
const AGES = ['child', 'adult', 'senior'] as const;
const STATUSES = ['good', 'suspended', 'banned'] as const;
const ITEMS = ['book', 'dvd', 'game', 'rare-book'] as const;
const LENGTHS = ['short', 'long'] as const;

const baseline = [
  definition('rate', 'The daily fine', [
    { id: 'rate.hardship', cite: 'L 1(d)', text: 't', when: isTrue('p.hardship'), then: value(0) },
    {
      id: 'rate.reduced',
      cite: 'L 1(c)',
      text: 't',
      when: oneOf(fact('p.age'), ['child', 'senior']),
      then: value(10),
    },
    {
      id: 'rate.media',
      cite: 'L 1(b)',
      text: 't',
      when: hasAny(fact('loan.items'), ['dvd', 'game']),
      then: value(40),
      inForce: { until: '2024-01-01' },
    },
    { id: 'rate.standard', cite: 'L 1(a)', text: 't', then: value(25) },
  ]),
  definition('owes', 'A fine is owed', [
    {
      id: 'owes.none',
      cite: 'L 2(b)',
      text: 't',
      when: or(isTrue('p.hardship'), eq(ref('rate'), 0)),
      then: value(false),
    },
    {
      id: 'owes.member',
      cite: 'L 2(c)',
      text: 't',
      when: isTrue('p.member'),
      then: not(isTrue('loan.returned')),
    },
    { id: 'owes.default', cite: 'L 2(a)', text: 't', then: not(fact('loan.returned')) },
  ]),
  definition(
    'category',
    'The loan category',
    [
      {
        id: 'category.archive',
        cite: 'L 3(b)',
        text: 't',
        when: has(fact('loan.items'), 'rare-book'),
        then: value('archive'),
        inForce: { from: '2021-03-01' },
      },
      {
        id: 'category.media',
        cite: 'L 3(a)',
        text: 't',
        when: hasAny(fact('loan.items'), ['dvd', 'game']),
        then: value('media'),
        inForce: { until: '2024-01-01' },
      },
    ],
    { otherwise: 'general' },
  ),
  definition('flags', 'Flags on the account', [
    // With the membership unknown and the status known bad, the guest rule collapses onto the default.
    { id: 'flags.guest', cite: 'L 4(c)', text: 't', when: isFalse('p.member'), then: lit(['card']) },
    {
      id: 'flags.member',
      cite: 'L 4(b)',
      text: 't',
      when: and(isTrue('p.member'), eq(fact('p.status'), 'good')),
      then: lit(['card', 'member']),
    },
    { id: 'flags.default', cite: 'L 4(a)', text: 't', then: lit(['card']) },
  ]),
  definition('notice', 'The notice sent', [
    { id: 'notice.label', cite: 'L 5(c)', text: 't', when: fact('p.age'), then: value('odd') },
    { id: 'notice.owes', cite: 'L 5(b)', text: 't', when: ref('owes'), then: fact('p.status') },
    { id: 'notice.default', cite: 'L 5(a)', text: 't', then: value('none') },
  ]),
  definition('allowed', 'May borrow', [
    {
      id: 'allowed.banned',
      cite: 'L 6(c)',
      text: 't',
      when: eq(fact('p.status'), 'banned'),
      then: value(false),
    },
    {
      id: 'allowed.rule',
      cite: 'L 6(b)',
      text: 't',
      when: and(not(ref('owes')), or(isTrue('p.member'), eq(ref('category'), 'general'))),
      then: value(true),
    },
    {
      id: 'allowed.long',
      cite: 'L 6(d)',
      text: 't',
      when: and(eq(fact('loan.length'), 'long'), hasAny(ref('flags'), ['member'])),
      then: not(eq(ref('rate'), 40)),
    },
    { id: 'allowed.default', cite: 'L 6(a)', text: 't', then: value(false) },
  ]),
  definition('same', 'Every rule agrees', [
    { id: 'same.member', cite: 'L 7(c)', text: 't', when: isTrue('p.member'), then: value('yes') },
    { id: 'same.good', cite: 'L 7(b)', text: 't', when: eq(fact('p.status'), 'good'), then: value('yes') },
    { id: 'same.default', cite: 'L 7(a)', text: 't', then: value('yes') },
  ]),
];

const reform: Overlay = {
  id: 'reform-2022',
  title: 'Lending Reform Act',
  cite: 'LRA 2022',
  inForce: { from: '2022-01-01', until: '2026-01-01' },
  patches: [
    {
      op: 'replace',
      definition: 'rate',
      target: 'rate.reduced',
      rule: {
        id: 'rate.reduced.reform',
        cite: 'LRA 1',
        text: 't',
        when: eq(fact('p.age'), 'child'),
        then: value(0),
      },
    },
    {
      op: 'add',
      definition: 'rate',
      rule: {
        id: 'rate.member',
        cite: 'LRA 2',
        text: 't',
        priority: 250,
        when: and(isTrue('p.member'), not(eq(fact('p.status'), 'suspended'))),
        then: value(15),
        inForce: { from: '2023-06-15' },
      },
    },
    {
      op: 'replace',
      definition: 'owes',
      target: 'owes.member',
      rule: {
        id: 'owes.member.reform',
        cite: 'LRA 3',
        text: 't',
        when: isTrue('p.member'),
        then: value(false),
      },
    },
  ],
};

const waiverAct: Overlay = {
  id: 'waiver-act',
  title: 'Waiver Act',
  cite: 'SA',
  inForce: { from: '2023-01-01' },
  patches: [
    {
      op: 'define',
      definition: definition(
        'waived',
        'The fine is waived',
        [
          { id: 'waived.owes', cite: 'SA 1', text: 't', when: not(ref('owes')), then: value(true) },
          {
            id: 'waived.flags',
            cite: 'SA 2',
            text: 't',
            when: hasAny(ref('flags'), ['member']),
            then: ref('owes'),
          },
          {
            id: 'waived.dated',
            cite: 'SA 3',
            text: 't',
            then: value(false),
            inForce: { from: '2024-06-01' },
          },
        ],
        { otherwise: true },
      ),
    },
  ],
};

const regime = buildRegime({
  id: 'library',
  title: 'Library',
  baseline: [
    ...baseline,
    // Refers to a definition that only an overlay defines.
    definition('summary', 'A summary', [
      { id: 'summary.waived', cite: 'S', text: 't', when: ref('waived'), then: ref('notice') },
      { id: 'summary.default', cite: 'S', text: 't', then: ref('category') },
    ]),
  ],
  overlays: [waiverAct, reform],
});

const BOUNDARIES = [
  '2020-12-31',
  '2021-02-28',
  '2021-03-01',
  '2021-12-31',
  '2022-01-01',
  '2022-12-31',
  '2023-01-01',
  '2023-06-14',
  '2023-06-15',
  '2023-12-31',
  '2024-01-01',
  '2025-12-31',
  '2024-05-31',
  '2024-06-01',
  '2026-01-01',
];

const isoDate = fc
  .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const dateArb = fc.oneof(fc.constantFrom(...BOUNDARIES), isoDate);

/** A fact: missing (the key is absent), null, or one of its allowed values. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
const setArb = fc.subarray([...ITEMS]).chain((xs) => fc.shuffledSubarray(xs, { minLength: xs.length }));

const factsArb = fc.record(
  {
    p: fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      {
        weight: 8,
        arbitrary: fc.record(
          {
            hardship: maybe(fc.boolean()),
            member: maybe(fc.boolean()),
            age: maybe(fc.constantFrom(...AGES)),
            status: maybe(fc.constantFrom(...STATUSES)),
          },
          { requiredKeys: [] },
        ),
      },
    ),
    loan: fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      {
        weight: 8,
        arbitrary: fc.record(
          {
            items: maybe(setArb),
            returned: maybe(fc.boolean()),
            length: maybe(fc.constantFrom(...LENGTHS)),
          },
          { requiredKeys: [] },
        ),
      },
    ),
  },
  { requiredKeys: [] },
);

describe('compileRegime', () => {
  it('builds the regime the property test runs on', () => {
    expect(regime.order).toHaveLength(9);
    expect(regime.definitions.get('rate')?.rules.map((r) => r.id)).toEqual([
      'rate.hardship',
      'rate.reduced.reform',
      'rate.reduced',
      'rate.member',
      'rate.media',
      'rate.standard',
    ]);
  });

  it('agrees with the interpreter on a few hand-picked cases', () => {
    const cases: [unknown, string, string, unknown][] = [
      [{ p: { age: 'child', hardship: false } }, '2021-12-31', 'rate', 10],
      [{ p: { age: 'child', hardship: false } }, '2022-01-01', 'rate', 0],
      [{ p: { age: 'senior', hardship: false, member: false } }, '2022-01-01', 'rate', undefined],
      [{ p: {}, loan: { items: ['rare-book'] } }, '2021-03-01', 'category', 'archive'],
      [{ p: {}, loan: { items: ['rare-book'] } }, '2021-02-28', 'category', 'general'],
      [{ p: { member: null, status: 'banned' } }, '2024-01-01', 'flags', ['card']],
      [{ p: { member: null, status: 'good' } }, '2024-01-01', 'flags', undefined],
      [{ p: { member: true, status: 'good' } }, '2024-01-01', 'flags', ['card', 'member']],
      [{}, '2024-01-01', 'same', 'yes'],
    ];
    for (const [facts, date, id, expected] of cases) {
      const interpreted = evaluate(regime, factsFromObject(facts), date, [id]).get(id)?.value;
      expect(interpreted).toEqual(expected);
      expect(compileRegime(regime).run(facts, date).value(id)).toEqual(expected);
    }
  });

  it('computes the same value and decidedBy as the interpreter for every definition (property)', () => {
    const compiled = compileRegime(regime);
    const ids = [...regime.order];
    const seen = { undetermined: 0, determined: 0, noRule: 0, collapsed: 0, sets: 0 };
    fc.assert(
      fc.property(
        factsArb,
        dateArb,
        fc.shuffledSubarray(ids, { minLength: ids.length }),
        fc.boolean(),
        (facts, date, order, trace) => {
          const interpreted = evaluate(regime, factsFromObject(facts), date, order, { trace });
          const run = compiled.run(facts, date);
          for (const id of order) {
            const o = interpreted.get(id);
            expect(run.value(id)).toEqual(o?.value);
            expect(run.decidedBy(id)).toBe(o?.decidedBy);
            if (o?.value === undefined) seen.undetermined++;
            else seen.determined++;
            if (o?.decidedBy === null) seen.noRule++;
            if (Array.isArray(o?.value)) seen.sets++;
            const open = o?.trace?.considered.some((c) => c.condition === undefined);
            if (open && o?.value !== undefined) seen.collapsed++;
          }
        },
      ),
      { numRuns: 3000 },
    );
    // The generator reaches every kind of result.
    expect(seen.undetermined).toBeGreaterThan(100);
    expect(seen.determined).toBeGreaterThan(100);
    expect(seen.noRule).toBeGreaterThan(10);
    expect(seen.collapsed).toBeGreaterThan(10);
    expect(seen.sets).toBeGreaterThan(10);
  });

  it('runs each evaluation in a fresh context', () => {
    const compiled = compileRegime(regime);
    const a = compiled.run({ p: { hardship: true } }, '2024-01-01');
    const b = compiled.run({ p: { hardship: false, age: 'adult', member: false } }, '2024-01-01');
    expect(a.value('rate')).toBe(0);
    expect(b.value('rate')).toBe(25);
    expect(a.decidedBy('rate')?.id).toBe('rate.hardship');
    expect(b.decidedBy('rate')?.id).toBe('rate.standard');
  });

  it('throws for a definition the regime does not have', () => {
    expect(() => compileRegime(regime).run({}, '2024-01-01').value('nope')).toThrow(/no definition nope/);
  });
});

/** Dates that are not `YYYY-MM-DD`: compared with the rules' dates as strings, as everywhere. */
const ODD_DATES = [
  '',
  '2022',
  '2023-6-15',
  '2024-01-01T12:00',
  '20240101',
  '9999-99-99',
  'later',
  '2023-06-15 ',
];

describe('valuesOf (generated code)', () => {
  const compiled = compileRegime(regime);

  it('computes the same values as the interpreter for any set of definitions (property)', () => {
    const ids = [...regime.order];
    const kernels = new Map<string, ReturnType<typeof compiled.valuesOf>>();
    fc.assert(
      fc.property(
        factsArb,
        fc.oneof(dateArb, fc.constantFrom(...ODD_DATES)),
        fc.shuffledSubarray(ids, { minLength: 1 }),
        (facts, date, wanted) => {
          const key = wanted.join(',');
          let valuesOf = kernels.get(key);
          if (valuesOf === undefined) {
            valuesOf = compiled.valuesOf(wanted);
            kernels.set(key, valuesOf);
          }
          const out: unknown[] = [];
          valuesOf(facts, date, out as never);
          const interpreted = evaluate(regime, factsFromObject(facts), date, wanted);
          wanted.forEach((id, j) => {
            expect(out[j], `${id} on ${date}`).toEqual(interpreted.get(id)?.value);
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('writes every wanted value, overwriting what the array held', () => {
    const valuesOf = compiled.valuesOf(['rate', 'owes', 'same']);
    const out: unknown[] = ['stale', 'stale', 'stale', 'untouched'];
    valuesOf({ p: { hardship: true } }, '2024-01-01', out as never);
    expect(out).toEqual([0, false, 'yes', 'untouched']);
    // Undetermined values are written too (as undefined): here, whether the loan was returned.
    valuesOf({ p: { hardship: false, age: 'adult', member: false } }, '2024-01-01', out as never);
    expect(out).toEqual([25, undefined, 'yes', 'untouched']);
  });

  it('agrees on a regime with more date segments than a bit mask holds', () => {
    // One rule per year from 1990 to 2029, each in force for that year only: 41 segments.
    const years = Array.from({ length: 40 }, (_, k) => 1990 + k);
    const dated = buildRegime({
      id: 'dated',
      title: 'Dated',
      baseline: [
        definition('year', 'The year, when the flag is set', [
          ...years.map((y) => ({
            id: `year.${y}`,
            cite: 'Y',
            text: 't',
            when: isTrue('p.flag'),
            then: value(y),
            inForce: { from: `${y}-01-01`, until: `${y + 1}-01-01` },
          })),
          { id: 'year.none', cite: 'Y', text: 't', then: value(0) },
        ]),
      ],
      overlays: [],
    });
    const valuesOf = compileRegime(dated).valuesOf(['year']);
    const out: unknown[] = [];
    for (const date of [...years.flatMap((y) => [`${y}-01-01`, `${y}-12-31`]), '1989-12-31', '2030-01-01'])
      for (const flag of [true, false, null]) {
        valuesOf({ p: { flag } }, date, out as never);
        expect(out[0], `${date} ${flag}`).toEqual(
          evaluate(dated, factsFromObject({ p: { flag } }), date, ['year']).get('year')?.value,
        );
      }
  });

  it('throws for a definition the regime does not have', () => {
    expect(() => compiled.valuesOf(['rate', 'nope'])).toThrow(/no definition nope/);
  });
});

describe('a replacement placed after the rule it replaces', () => {
  // The regime builder puts a replacement just before its target; a baseline written by hand may
  // not. The rule replaced is out of force wherever its replacement is, whatever the order.
  const late = definition('late', 'A replacement listed after its target', [
    { id: 'late.a', cite: 'A', text: 'When x, one.', when: isTrue('p.x'), then: value(1) },
    {
      id: 'late.b',
      cite: 'B',
      text: 'When y, two, instead of A.',
      replaces: 'late.a',
      when: isTrue('p.y'),
      then: value(2),
    },
    { id: 'late.z', cite: 'Z', text: 'Otherwise zero.', then: value(0) },
  ]);
  const lateRegime = buildRegime({ id: 'late', title: 'Late', baseline: [late], overlays: [] });

  it.each([
    [{ p: { x: true, y: false } }, 0],
    [{ p: { x: true, y: true } }, 2],
    [{ p: { x: false, y: false } }, 0],
  ])('the interpreter, the compiled run and the generated code agree for %j: %s', (facts, expected) => {
    const interpreted = evaluate(lateRegime, factsFromObject(facts), '2024-01-01', ['late']).get('late');
    expect(interpreted?.value).toBe(expected);
    const compiled = compileRegime(lateRegime);
    expect(compiled.run(facts, '2024-01-01').value('late')).toBe(expected);
    const out: unknown[] = [];
    compiled.valuesOf(['late'])(facts, '2024-01-01', out as never);
    expect(out[0]).toBe(expected);
  });
});
