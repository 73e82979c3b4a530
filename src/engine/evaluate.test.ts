import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject, type Outcome, type TraceNode } from './evaluate.js';
import { and, type Expr, eq, fact, has, hasAny, isFalse, isTrue, lit, not, oneOf, or, ref } from './expr.js';
import { buildRegime, type Regime } from './regime.js';
import { type Definition, definition, value } from './rule.js';

/** A toy body of law: library fines. The engine knows nothing of what the facts mean. */
const fineRate = definition('fine.rate', 'The daily fine for an overdue loan, in cents', [
  {
    id: 'waiver.hardship',
    cite: 'Library Code 4(c)',
    text: 'No fine is charged to a patron in hardship.',
    when: isTrue('patron.hardship'),
    then: value(0),
  },
  {
    id: 'rate.child',
    cite: 'Library Code 4(b)',
    text: 'Children pay a reduced fine.',
    when: eq(fact('patron.age'), 'child'),
    then: value(10),
  },
  { id: 'rate.default', cite: 'Library Code 4(a)', text: 'The fine is 25 cents a day.', then: value(25) },
]);

const fineOwed = definition('fine.owed', 'The patron owes a fine', [
  {
    id: 'owed.waived',
    cite: 'Library Code 5(b)',
    text: 'No fine is owed when the rate is zero.',
    when: eq(ref('fine.rate'), 0),
    then: value(false),
  },
  {
    id: 'owed.default',
    cite: 'Library Code 5(a)',
    text: 'An overdue patron owes a fine.',
    then: value(true),
  },
]);

const mayBorrow = definition('borrow.allowed', 'The patron may borrow', [
  {
    id: 'borrow.rule',
    cite: 'Library Code 6',
    text: 'A patron with a valid card who owes nothing may borrow.',
    then: and(not(ref('fine.owed')), isTrue('card.valid')),
  },
]);

function build(defs: readonly Definition[]): Regime {
  return buildRegime({ id: 'test', title: 'Test regime', baseline: defs });
}

const library = build([fineRate, fineOwed, mayBorrow]);

function run(regime: Regime, facts: unknown, id: string, date = '2024-01-01'): Outcome {
  const out = evaluate(regime, factsFromObject(facts), date, [id]).get(id);
  if (!out) throw new Error(`no outcome for ${id}`);
  return out;
}

/** A regime of one definition whose default rule's value is `expr`. */
function exprRegime(expr: Expr): Regime {
  return build([definition('x', 'an expression', [{ id: 'x.rule', cite: 'c', text: 't', then: expr }])]);
}

function ev(expr: Expr, facts: unknown): { value: unknown; needs: readonly string[] } {
  const o = run(exprRegime(expr), facts, 'x');
  return { value: o.value, needs: o.needs };
}

describe('defaults and prioritized exceptions', () => {
  it('applies the default when no exception holds', () => {
    const o = run(library, { patron: { hardship: false, age: 'adult' } }, 'fine.rate');
    expect(o.value).toBe(25);
    expect(o.needs).toEqual([]);
    expect(o.decidedBy?.id).toBe('rate.default');
  });

  it('applies an exception over the default', () => {
    const o = run(library, { patron: { hardship: false, age: 'child' } }, 'fine.rate');
    expect(o.value).toBe(10);
    expect(o.decidedBy?.id).toBe('rate.child');
  });

  it('lets the first applicable rule in priority order win', () => {
    const o = run(library, { patron: { hardship: true, age: 'child' } }, 'fine.rate');
    expect(o.value).toBe(0);
    expect(o.decidedBy?.id).toBe('waiver.hardship');
  });

  it('decides by the higher priority whatever order the rules are listed in', () => {
    const def: Definition = {
      id: 'grade',
      description: 'a grade',
      rules: [
        { id: 'grade.default', cite: 'c', text: 't', priority: 1, then: value('C') },
        { id: 'grade.low', cite: 'c', text: 't', priority: 5, when: isTrue('passed'), then: value('B') },
        { id: 'grade.high', cite: 'c', text: 't', priority: 9, when: isTrue('honours'), then: value('A') },
      ],
    };
    const regime = build([def]);
    expect(regime.definitions.get('grade')?.rules.map((r) => r.id)).toEqual([
      'grade.high',
      'grade.low',
      'grade.default',
    ]);
    expect(run(regime, { passed: true, honours: true }, 'grade').value).toBe('A');
    expect(run(regime, { passed: true, honours: false }, 'grade').value).toBe('B');
    expect(run(regime, { passed: false, honours: false }, 'grade').value).toBe('C');
  });

  it('gives priorities from the most to the least specific rule in definition()', () => {
    expect(fineRate.rules.map((r) => r.priority)).toEqual([300, 200, 100]);
  });

  it('does not need facts that only lower-priority rules read once a rule applies', () => {
    const o = run(library, { patron: { hardship: true } }, 'fine.rate');
    expect(o.value).toBe(0);
    expect(o.needs).toEqual([]);
  });
});

describe('three-valued logic', () => {
  it('treats a missing fact as unknown, never false', () => {
    // Were the missing hardship read as false, the fine would be 25.
    const o = run(library, { patron: { age: 'adult' } }, 'fine.rate');
    expect(o.value).toBeUndefined();
    expect(o.needs).toEqual(['patron.hardship']);
    expect(o.decidedBy?.id).toBe('rate.default');
  });

  it('treats a null fact as unknown', () => {
    const o = run(library, { patron: { hardship: null, age: 'adult' } }, 'fine.rate');
    expect(o.value).toBeUndefined();
    expect(o.needs).toEqual(['patron.hardship']);
  });

  it('treats a missing or null parent object as unknown', () => {
    expect(run(library, {}, 'fine.rate').needs).toEqual(['patron.hardship', 'patron.age']);
    expect(run(library, { patron: null }, 'fine.rate').needs).toEqual(['patron.hardship', 'patron.age']);
  });

  it('isFalse and not of a missing fact are unknown, not true', () => {
    expect(ev(isFalse('a'), {})).toEqual({ value: undefined, needs: ['a'] });
    expect(ev(not(fact('a')), {})).toEqual({ value: undefined, needs: ['a'] });
    expect(ev(isFalse('a'), { a: false })).toEqual({ value: true, needs: [] });
    expect(ev(not(fact('a')), { a: true })).toEqual({ value: false, needs: [] });
    expect(ev(not(fact('a')), { a: false })).toEqual({ value: true, needs: [] });
  });

  it('eq and oneOf of an unknown value are unknown', () => {
    expect(ev(eq(fact('a'), 'x'), {})).toEqual({ value: undefined, needs: ['a'] });
    expect(ev(oneOf(fact('a'), ['x', 'y']), {})).toEqual({ value: undefined, needs: ['a'] });
    expect(ev(oneOf(fact('a'), ['x', 'y']), { a: 'y' })).toEqual({ value: true, needs: [] });
    expect(ev(oneOf(fact('a'), ['x', 'y']), { a: 'z' })).toEqual({ value: false, needs: [] });
    expect(ev(eq(fact('a'), 3), { a: 3 })).toEqual({ value: true, needs: [] });
    expect(ev(eq(fact('a'), 3), { a: '3' })).toEqual({ value: false, needs: [] });
  });

  describe('and (Kleene)', () => {
    const a = fact('a');
    const b = fact('b');
    it.each([
      [{ a: false, b: false }, false, []],
      [{ a: true, b: false }, false, []],
      [{ a: true, b: true }, true, []],
      [{ b: false }, false, []],
      [{ a: false }, false, []],
      [{ b: true }, undefined, ['a']],
      [{ a: true }, undefined, ['b']],
      [{}, undefined, ['a', 'b']],
    ])('and(a, b) with %j is %s, needs %j', (facts, value, needs) => {
      expect(ev(and(a, b), facts)).toEqual({ value, needs });
    });

    it('is true for no arguments', () => {
      expect(ev(and(), {})).toEqual({ value: true, needs: [] });
    });

    it('lists each needed fact once', () => {
      expect(ev(and(a, b, not(a), eq(b, true)), {})).toEqual({ value: undefined, needs: ['a', 'b'] });
    });
  });

  describe('or (Kleene)', () => {
    const a = fact('a');
    const b = fact('b');
    it.each([
      [{ a: false, b: false }, false, []],
      [{ a: true, b: false }, true, []],
      [{ a: false, b: true }, true, []],
      [{ b: true }, true, []],
      [{ a: true }, true, []],
      [{ b: false }, undefined, ['a']],
      [{ a: false }, undefined, ['b']],
      [{}, undefined, ['a', 'b']],
    ])('or(a, b) with %j is %s, needs %j', (facts, value, needs) => {
      expect(ev(or(a, b), facts)).toEqual({ value, needs });
    });

    it('is false for no arguments', () => {
      expect(ev(or(), {})).toEqual({ value: false, needs: [] });
    });
  });

  it('needs only the facts still undecided in nested expressions', () => {
    // (a or b) and (c or d): with a true, c false and b, d unknown, only d matters.
    const e = and(or(fact('a'), fact('b')), or(fact('c'), fact('d')));
    expect(ev(e, { a: true, c: false })).toEqual({ value: undefined, needs: ['d'] });
    expect(ev(e, { a: true, d: true })).toEqual({ value: true, needs: [] });
    expect(ev(e, { c: false, d: false })).toEqual({ value: false, needs: [] });
    expect(ev(e, {})).toEqual({ value: undefined, needs: ['a', 'b', 'c', 'd'] });
  });

  it('treats a known non-boolean condition as not holding', () => {
    const regime = build([
      definition('d', 'd', [
        { id: 'd.when', cite: 'c', text: 't', when: fact('label'), then: value('rule') },
        { id: 'd.default', cite: 'c', text: 't', then: value('default') },
      ]),
    ]);
    expect(run(regime, { label: 'yes' }, 'd').value).toBe('default');
    expect(run(regime, { label: true }, 'd').value).toBe('rule');
  });
});

describe('needs through the rule chain', () => {
  const regime = build([
    definition('d', 'three cases', [
      { id: 'd.x', cite: 'c', text: 't', when: isTrue('x'), then: value('A') },
      { id: 'd.y', cite: 'c', text: 't', when: isTrue('y'), then: value('B') },
      { id: 'd.default', cite: 'c', text: 't', then: value('C') },
    ]),
  ]);

  it('is empty when the first rule holds, whatever later rules read', () => {
    const o = run(regime, { x: true }, 'd');
    expect(o).toMatchObject({ value: 'A', needs: [] });
    expect(o.decidedBy?.id).toBe('d.x');
  });

  it('lists the unknown condition when the rest of the chain is known and different', () => {
    const o = run(regime, { y: true }, 'd');
    expect(o.value).toBeUndefined();
    expect(o.needs).toEqual(['x']);
    expect(o.decidedBy?.id).toBe('d.y');
  });

  it('lists every unknown condition that could still decide', () => {
    const o = run(regime, {}, 'd');
    expect(o.value).toBeUndefined();
    expect(o.needs).toEqual(['x', 'y']);
    expect(o.decidedBy?.id).toBe('d.default');
  });

  it('drops a condition known false', () => {
    const o = run(regime, { x: false }, 'd');
    expect(o.value).toBeUndefined();
    expect(o.needs).toEqual(['y']);
  });

  it('includes the facts an unknown value reads', () => {
    const r = build([
      definition('d', 'd', [
        { id: 'd.x', cite: 'c', text: 't', when: isTrue('x'), then: fact('z') },
        { id: 'd.default', cite: 'c', text: 't', then: value('C') },
      ]),
    ]);
    expect(run(r, {}, 'd').needs).toEqual(['x', 'z']);
    // z known and equal to the rest: determined.
    expect(run(r, { z: 'C' }, 'd')).toMatchObject({ value: 'C', needs: [] });
    // z known and different: only x is needed.
    expect(run(r, { z: 'D' }, 'd')).toMatchObject({ value: undefined, needs: ['x'] });
    // x true and z unknown: the value of the rule that applies is what is needed.
    expect(run(r, { x: true }, 'd')).toMatchObject({ value: undefined, needs: ['z'] });
  });
  it('does not need the facts of a value known despite them', () => {
    // The rule's value and(a, b) is false whatever a is; only x is still needed.
    const r = build([
      definition('d', 'd', [
        { id: 'd.x', cite: 'c', text: 't', when: isTrue('x'), then: and(fact('a'), fact('b')) },
        { id: 'd.default', cite: 'c', text: 't', then: value(true) },
      ]),
    ]);
    expect(run(r, { b: false }, 'd')).toMatchObject({ value: undefined, needs: ['x'] });
    expect(run(r, { b: true }, 'd')).toMatchObject({ value: undefined, needs: ['x', 'a'] });
    const s = build([
      definition('d', 'd', [
        { id: 'd.x', cite: 'c', text: 't', when: isTrue('x'), then: or(fact('a'), fact('b')) },
        { id: 'd.default', cite: 'c', text: 't', then: value(false) },
      ]),
    ]);
    expect(run(s, { b: true }, 'd')).toMatchObject({ value: undefined, needs: ['x'] });
  });
});

describe('collapse of an unknown condition', () => {
  it('gives a determined value when the rule and the rest of the chain agree', () => {
    const regime = build([
      definition('d', 'd', [
        { id: 'd.x', cite: 'c', text: 't', when: isTrue('x'), then: value('A') },
        { id: 'd.default', cite: 'c', text: 't', then: value('A') },
      ]),
    ]);
    const o = run(regime, {}, 'd');
    expect(o.value).toBe('A');
    expect(o.needs).toEqual([]);
    expect(o.decidedBy?.id).toBe('d.default');
  });

  it('collapses across several unknown conditions', () => {
    const regime = build([
      definition('d', 'd', [
        { id: 'd.x', cite: 'c', text: 't', when: isTrue('x'), then: value(1) },
        { id: 'd.y', cite: 'c', text: 't', when: isTrue('y'), then: value(1) },
        { id: 'd.default', cite: 'c', text: 't', then: value(1) },
      ]),
    ]);
    expect(run(regime, {}, 'd')).toMatchObject({ value: 1, needs: [] });
    expect(run(regime, { y: true }, 'd').decidedBy?.id).toBe('d.y');
  });

  it('compares set values element by element', () => {
    const regime = build([
      definition('d', 'd', [
        { id: 'd.x', cite: 'c', text: 't', when: isTrue('x'), then: lit(['p', 'q']) },
        { id: 'd.default', cite: 'c', text: 't', then: lit(['p', 'q']) },
      ]),
    ]);
    expect(run(regime, {}, 'd')).toMatchObject({ value: ['p', 'q'], needs: [] });
    const different = build([
      definition('d', 'd', [
        { id: 'd.x', cite: 'c', text: 't', when: isTrue('x'), then: lit(['p', 'q']) },
        { id: 'd.default', cite: 'c', text: 't', then: lit(['q', 'p']) },
      ]),
    ]);
    expect(run(different, {}, 'd')).toMatchObject({ value: undefined, needs: ['x'] });
  });

  it('does not collapse when the rest is undetermined', () => {
    const regime = build([
      definition('d', 'd', [
        { id: 'd.x', cite: 'c', text: 't', when: isTrue('x'), then: value('A') },
        { id: 'd.default', cite: 'c', text: 't', then: fact('z') },
      ]),
    ]);
    expect(run(regime, {}, 'd')).toMatchObject({ value: undefined, needs: ['x', 'z'] });
    expect(run(regime, { z: 'A' }, 'd')).toMatchObject({ value: 'A', needs: [] });
  });
});

describe('references between definitions', () => {
  it('uses the value of the referenced definition', () => {
    expect(run(library, { patron: { hardship: true } }, 'fine.owed').value).toBe(false);
    expect(run(library, { patron: { hardship: false, age: 'child' } }, 'fine.owed').value).toBe(true);
  });

  it('carries the needs of a referenced definition', () => {
    const o = run(library, { patron: { hardship: false } }, 'fine.owed');
    // The rate is 10 or 25: either way not zero, but the engine is three-valued, not exhaustive.
    expect(o.value).toBeUndefined();
    expect(o.needs).toEqual(['patron.age']);
    const unknownHardship = run(library, { patron: { age: 'adult' } }, 'fine.owed');
    expect(unknownHardship.value).toBeUndefined();
    expect(unknownHardship.needs).toEqual(['patron.hardship']);
  });

  it('settles a definition that does not depend on an unknown reference', () => {
    const o = run(library, { card: { valid: false } }, 'borrow.allowed');
    expect(o).toMatchObject({ value: false, needs: [] });
    const p = run(library, { card: { valid: true }, patron: { age: 'adult' } }, 'borrow.allowed');
    expect(p).toMatchObject({ value: undefined, needs: ['patron.hardship'] });
    const q = run(library, { card: { valid: true }, patron: { hardship: true } }, 'borrow.allowed');
    expect(q).toMatchObject({ value: true, needs: [] });
  });

  it('evaluates several definitions in one run consistently', () => {
    const facts = factsFromObject({ patron: { hardship: false, age: 'child' }, card: { valid: true } });
    const out = evaluate(library, facts, '2024-01-01', ['borrow.allowed', 'fine.rate', 'fine.owed']);
    expect([...out.keys()]).toEqual(['borrow.allowed', 'fine.rate', 'fine.owed']);
    expect(out.get('fine.rate')?.value).toBe(10);
    expect(out.get('fine.owed')?.value).toBe(true);
    expect(out.get('borrow.allowed')?.value).toBe(false);
  });

  it('throws for a definition the regime does not have', () => {
    expect(() => evaluate(library, factsFromObject({}), '2024-01-01', ['nope'])).toThrow(
      /no definition nope/,
    );
  });

  it('leaves the regime untouched between runs', () => {
    expect(run(library, { patron: { hardship: true } }, 'fine.rate').value).toBe(0);
    expect(run(library, { patron: { hardship: false, age: 'adult' } }, 'fine.rate').value).toBe(25);
    expect(run(library, { patron: { hardship: true } }, 'fine.rate').value).toBe(0);
  });
});

describe('traces', () => {
  const traceOf = (facts: unknown, id: string): TraceNode => {
    const t = run(library, facts, id).trace;
    if (!t) throw new Error('no trace');
    return t;
  };

  it('records the deciding rule with its citation and the facts read with their values', () => {
    const t = traceOf({ patron: { hardship: false, age: 'child' } }, 'fine.rate');
    expect(t.definition).toBe('fine.rate');
    expect(t.description).toBe('The daily fine for an overdue loan, in cents');
    expect(t.value).toBe(10);
    expect(t.decidedBy?.id).toBe('rate.child');
    expect(t.decidedBy?.cite).toBe('Library Code 4(b)');
    expect(t.decidedBy?.text).toBe('Children pay a reduced fine.');
    expect(t.facts).toEqual([
      { path: 'patron.hardship', value: false },
      { path: 'patron.age', value: 'child' },
    ]);
    expect(t.considered.map((c) => [c.rule.id, c.condition])).toEqual([
      ['waiver.hardship', false],
      ['rate.child', true],
    ]);
    expect(t.children).toEqual([]);
    expect(t.needs).toEqual([]);
  });

  it('records only the facts actually read', () => {
    const t = traceOf({ patron: { hardship: true, age: 'child' } }, 'fine.rate');
    expect(t.facts).toEqual([{ path: 'patron.hardship', value: true }]);
  });

  it('records unknown facts as read with an undefined value, and the needs', () => {
    const t = traceOf({ patron: { hardship: false } }, 'fine.rate');
    expect(t.value).toBeUndefined();
    expect(t.facts).toEqual([
      { path: 'patron.hardship', value: false },
      { path: 'patron.age', value: undefined },
    ]);
    expect(t.considered.map((c) => [c.rule.id, c.condition])).toEqual([
      ['waiver.hardship', false],
      ['rate.child', undefined],
      ['rate.default', true],
    ]);
    expect(t.needs).toEqual(['patron.age']);
  });

  it('nests the traces of referenced definitions as children', () => {
    const t = traceOf({ patron: { hardship: true }, card: { valid: true } }, 'borrow.allowed');
    expect(t.value).toBe(true);
    expect(t.facts).toEqual([{ path: 'card.valid', value: true }]);
    expect(t.children.map((c) => c.definition)).toEqual(['fine.owed']);
    const owed = t.children[0] as TraceNode;
    expect(owed.value).toBe(false);
    expect(owed.decidedBy?.id).toBe('owed.waived');
    expect(owed.decidedBy?.cite).toBe('Library Code 5(b)');
    expect(owed.facts).toEqual([]);
    expect(owed.children.map((c) => c.definition)).toEqual(['fine.rate']);
    const rate = owed.children[0] as TraceNode;
    expect(rate.value).toBe(0);
    expect(rate.decidedBy?.id).toBe('waiver.hardship');
    expect(rate.facts).toEqual([{ path: 'patron.hardship', value: true }]);
  });

  it('lists a definition referenced twice once among the children', () => {
    const regime = build([
      fineRate,
      definition('twice', 'refers twice', [
        {
          id: 'twice.rule',
          cite: 'c',
          text: 't',
          when: eq(ref('fine.rate'), 0),
          then: eq(ref('fine.rate'), 0),
        },
        { id: 'twice.default', cite: 'c', text: 't', then: value(false) },
      ]),
    ]);
    const t = run(regime, { patron: { hardship: true } }, 'twice').trace;
    expect(t?.value).toBe(true);
    expect(t?.children.map((c) => c.definition)).toEqual(['fine.rate']);
  });

  it('lists a definition evaluated earlier in the run among the children of a later one', () => {
    const facts = factsFromObject({ patron: { hardship: true } });
    const out = evaluate(library, facts, '2024-01-01', ['fine.rate', 'fine.owed']);
    const rate = out.get('fine.rate')?.trace;
    const owed = out.get('fine.owed')?.trace;
    expect(owed?.children).toHaveLength(1);
    expect(owed?.children[0]).toBe(rate);
  });

  it('gives no trace when asked not to, with the same value and decidedBy', () => {
    const facts = factsFromObject({ patron: { hardship: false, age: 'child' } });
    const o = evaluate(library, facts, '2024-01-01', ['fine.owed'], { trace: false }).get('fine.owed');
    expect(o?.trace).toBeUndefined();
    expect(o?.value).toBe(true);
    expect(o?.decidedBy?.id).toBe('owed.default');
  });

  it('has decidedBy null when no rule held and the value came from otherwise', () => {
    const regime = build([
      definition('d', 'd', [{ id: 'd.x', cite: 'c', text: 't', when: isTrue('x'), then: value('A') }], {
        otherwise: 'none',
      }),
    ]);
    const o = run(regime, { x: false }, 'd');
    expect(o.value).toBe('none');
    expect(o.decidedBy).toBeNull();
    expect(o.trace?.decidedBy).toBeNull();
  });
});

describe('set membership', () => {
  const regime = build([
    definition('loan.category', 'The category of a loan', [
      {
        id: 'category.media',
        cite: 'c',
        text: 'Loans with discs are media loans.',
        when: hasAny(fact('loan.items'), ['dvd', 'game']),
        then: value('media'),
      },
      {
        id: 'category.archive',
        cite: 'c',
        text: 'Loans of rare books are archive loans.',
        when: has(fact('loan.items'), 'rare-book'),
        then: value('archive'),
      },
      { id: 'category.default', cite: 'c', text: 'Other loans are general.', then: value('general') },
    ]),
  ]);
  const category = (items: unknown) => run(regime, { loan: { items } }, 'loan.category');

  it('holds when the set contains any of the values', () => {
    expect(category(['book', 'dvd']).value).toBe('media');
    expect(category(['game']).value).toBe('media');
    expect(category(['rare-book', 'game']).value).toBe('media');
  });

  it('checks a single value with has', () => {
    expect(category(['rare-book']).value).toBe('archive');
    expect(category(['rare-book']).decidedBy?.id).toBe('category.archive');
  });

  it('does not hold for a set containing none of the values, or an empty set', () => {
    expect(category(['book']).value).toBe('general');
    expect(category([]).value).toBe('general');
    expect(category([]).needs).toEqual([]);
  });

  it('is unknown when the set is unknown', () => {
    expect(category(undefined)).toMatchObject({ value: undefined, needs: ['loan.items'] });
    expect(category(null)).toMatchObject({ value: undefined, needs: ['loan.items'] });
  });

  it('does not treat a scalar as a set', () => {
    expect(category('dvd').value).toBe('general');
  });

  it('passes a set value through a definition', () => {
    const r = build([
      definition('items', 'items', [{ id: 'items.r', cite: 'c', text: 't', then: fact('loan.items') }]),
    ]);
    expect(run(r, { loan: { items: ['a', 'b'] } }, 'items').value).toEqual(['a', 'b']);
  });
});

describe('otherwise', () => {
  const regime = build([
    definition(
      'discount',
      'A discount',
      [
        { id: 'discount.student', cite: 'c', text: 't', when: isTrue('student'), then: value('half') },
        { id: 'discount.senior', cite: 'c', text: 't', when: isTrue('senior'), then: value('free') },
      ],
      { otherwise: 'none' },
    ),
  ]);

  it('is the value when no rule applies', () => {
    const o = run(regime, { student: false, senior: false }, 'discount');
    expect(o).toMatchObject({ value: 'none', needs: [], decidedBy: null });
  });

  it('gives way to a rule that applies', () => {
    expect(run(regime, { student: true }, 'discount').value).toBe('half');
    expect(run(regime, { student: false, senior: true }, 'discount').value).toBe('free');
  });

  it('takes part in the chain when a condition is unknown', () => {
    expect(run(regime, { student: false }, 'discount')).toMatchObject({
      value: undefined,
      needs: ['senior'],
    });
    expect(run(regime, {}, 'discount')).toMatchObject({ value: undefined, needs: ['student', 'senior'] });
  });

  it('lets an unknown condition collapse when the rule gives the otherwise value', () => {
    const r = build([
      definition('d', 'd', [{ id: 'd.x', cite: 'c', text: 't', when: isTrue('x'), then: value(0) }], {
        otherwise: 0,
      }),
    ]);
    expect(run(r, {}, 'd')).toMatchObject({ value: 0, needs: [], decidedBy: null });
  });

  it('is omitted from the definition when not given', () => {
    expect('otherwise' in fineRate).toBe(false);
    expect(definition('d', 'd', [], { otherwise: false }).otherwise).toBe(false);
  });
});

describe('factsFromObject', () => {
  it('reads dotted paths and treats null or missing as unknown', () => {
    const read = factsFromObject({ a: { b: { c: 'deep' }, n: null, f: false, z: 0 }, s: 'text' });
    expect(read('a.b.c')).toBe('deep');
    expect(read('a.f')).toBe(false);
    expect(read('a.z')).toBe(0);
    expect(read('a.n')).toBeUndefined();
    expect(read('a.missing')).toBeUndefined();
    expect(read('a.n.deeper')).toBeUndefined();
    expect(read('s.length.x')).toBeUndefined();
    expect(read('nothing.at.all')).toBeUndefined();
  });
});
