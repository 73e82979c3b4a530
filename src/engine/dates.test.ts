import { describe, expect, it } from 'vitest';
import { compileRegime } from './compile.js';
import { evaluate, factsFromObject, type Outcome } from './evaluate.js';
import { isTrue } from './expr.js';
import { buildRegime, type Overlay, type Regime, RegimeBuildError } from './regime.js';
import { definition, inForceOn, value } from './rule.js';

function run(regime: Regime, facts: unknown, id: string, date: string): Outcome {
  const out = evaluate(regime, factsFromObject(facts), date, [id]).get(id);
  if (!out) throw new Error(`no outcome for ${id}`);
  // Every check of the interpreter is also a check of the compiled regime.
  const compiled = compileRegime(regime).run(facts, date);
  expect(compiled.value(id)).toEqual(out.value);
  expect(compiled.decidedBy(id)?.id).toBe(out.decidedBy?.id);
  return out;
}

describe('inForceOn', () => {
  it('is inclusive of from and exclusive of until', () => {
    const f = { from: '2021-01-01', until: '2024-01-01' };
    expect(inForceOn(f, '2020-12-31')).toBe(false);
    expect(inForceOn(f, '2021-01-01')).toBe(true);
    expect(inForceOn(f, '2023-12-31')).toBe(true);
    expect(inForceOn(f, '2024-01-01')).toBe(false);
    expect(inForceOn(undefined, '1900-01-01')).toBe(true);
    expect(inForceOn({}, '1900-01-01')).toBe(true);
    expect(inForceOn({ from: '2021-01-01' }, '2999-01-01')).toBe(true);
    expect(inForceOn({ until: '2021-01-01' }, '1900-01-01')).toBe(true);
    expect(inForceOn({ until: '2021-01-01' }, '2021-01-01')).toBe(false);
  });
});

describe('rules with dates', () => {
  const regime = buildRegime({
    id: 'fees',
    title: 'Fees',
    baseline: [
      definition('fee', 'The overdue fee', [
        {
          id: 'fee.surcharge',
          cite: 'Fees Act 2(1)',
          text: 'Between 2021 and 2023 an overdue loan is charged the high fee.',
          when: isTrue('overdue'),
          then: value('high'),
          inForce: { from: '2021-01-01', until: '2024-01-01' },
        },
        {
          id: 'fee.late',
          cite: 'Fees Act 2(2)',
          text: 'From 2023 a loan more than a month late is charged the maximum fee.',
          when: isTrue('veryLate'),
          then: value('maximum'),
          inForce: { from: '2023-01-01' },
        },
        {
          id: 'fee.old',
          cite: 'Fees Act 2(3)',
          text: 'Before 2022 a lost book is charged the replacement fee.',
          when: isTrue('lost'),
          then: value('replacement'),
          inForce: { until: '2022-01-01' },
        },
        { id: 'fee.default', cite: 'Fees Act 2(4)', text: 'Otherwise the low fee.', then: value('low') },
      ]),
    ],
  });
  const facts = { overdue: true, veryLate: true, lost: true };

  it.each([
    ['2020-12-31', 'low'],
    ['2021-01-01', 'high'],
    ['2023-12-31', 'high'],
    ['2024-01-01', 'low'],
  ])('applies a rule from its first day until the day before its until date (%s: %s)', (date, expected) => {
    expect(run(regime, { overdue: true, veryLate: false, lost: false }, 'fee', date).value).toBe(expected);
  });

  it.each([
    ['2022-12-31', 'fee.surcharge', 'high'],
    ['2023-01-01', 'fee.surcharge', 'high'],
    ['2024-01-01', 'fee.late', 'maximum'],
    ['2040-06-30', 'fee.late', 'maximum'],
  ])('respects a rule with only a from date, under the priority order (%s)', (date, rule, expected) => {
    const o = run(regime, facts, 'fee', date);
    expect(o.value).toBe(expected);
    expect(o.decidedBy?.id).toBe(rule);
  });

  it.each([
    ['1999-01-01', 'replacement'],
    ['2021-12-31', 'replacement'],
    ['2022-01-01', 'low'],
  ])('respects a rule with only an until date (%s)', (date, expected) => {
    expect(run(regime, { lost: true, overdue: false, veryLate: false }, 'fee', date).value).toBe(expected);
  });

  it('ignores a rule out of force even when its condition is unknown', () => {
    expect(run(regime, { veryLate: false, lost: false }, 'fee', '2020-06-01')).toMatchObject({
      value: 'low',
      needs: [],
    });
    expect(run(regime, { veryLate: false, lost: false }, 'fee', '2021-06-01')).toMatchObject({
      value: undefined,
      needs: ['overdue'],
    });
  });

  it('does not list rules out of force among those considered', () => {
    const o = run(regime, facts, 'fee', '2030-01-01');
    expect(o.trace?.considered.map((c) => c.rule.id)).toEqual(['fee.late']);
  });
});

describe('a definition whose only rule is dated', () => {
  const regime = buildRegime({
    id: 'ebooks',
    title: 'E-books',
    baseline: [
      definition(
        'ebook.fee',
        'The e-book fee',
        [
          {
            id: 'ebook.fee.2022',
            cite: 'Digital Loans Act 1',
            text: 'From March 2022 an e-book loan costs 5.',
            then: value(5),
            inForce: { from: '2022-03-01' },
          },
        ],
        { otherwise: 0 },
      ),
    ],
  });

  it('takes the otherwise value before the rule is in force', () => {
    const o = run(regime, {}, 'ebook.fee', '2022-02-28');
    expect(o.value).toBe(0);
    expect(o.decidedBy).toBeNull();
    expect(o.needs).toEqual([]);
  });

  it('takes the rule value from its first day', () => {
    const o = run(regime, {}, 'ebook.fee', '2022-03-01');
    expect(o.value).toBe(5);
    expect(o.decidedBy?.id).toBe('ebook.fee.2022');
  });

  it('is not a default: without otherwise the regime does not build', () => {
    expect(() =>
      buildRegime({
        id: 'ebooks',
        title: 'E-books',
        baseline: [
          definition('ebook.fee', 'The e-book fee', [
            { id: 'r', cite: 'c', text: 't', then: value(5), inForce: { from: '2022-03-01' } },
          ]),
        ],
      }),
    ).toThrow(/definition ebook\.fee has no default/);
  });
});

describe('overlay dates', () => {
  const baseline = [
    definition('fee', 'The fee', [
      {
        id: 'fee.child',
        cite: 'Code 1(b)',
        text: 'Children pay 10.',
        when: isTrue('child'),
        then: value(10),
      },
      { id: 'fee.standard', cite: 'Code 1(a)', text: 'The fee is 20.', then: value(20) },
    ]),
  ];

  it('stamps the overlay dates on a rule without its own, and keeps a rule’s own dates', () => {
    const overlay: Overlay = {
      id: 'act',
      title: 'Act',
      cite: 'Act 2022',
      inForce: { from: '2022-01-01' },
      patches: [
        {
          op: 'add',
          definition: 'fee',
          rule: {
            id: 'fee.member',
            cite: 'Act s1',
            text: 't',
            priority: 300,
            when: isTrue('member'),
            then: value(5),
          },
        },
        {
          op: 'add',
          definition: 'fee',
          rule: {
            id: 'fee.senior',
            cite: 'Act s2',
            text: 't',
            priority: 400,
            when: isTrue('senior'),
            then: value(0),
            inForce: { from: '2023-01-01', until: '2023-02-01' },
          },
        },
      ],
    };
    const regime = buildRegime({ id: 'r', title: 'r', baseline, overlays: [overlay] });
    const rules = regime.definitions.get('fee')?.rules ?? [];
    expect(rules.find((r) => r.id === 'fee.member')?.inForce).toEqual({ from: '2022-01-01' });
    expect(rules.find((r) => r.id === 'fee.senior')?.inForce).toEqual({
      from: '2023-01-01',
      until: '2023-02-01',
    });
    expect(rules.find((r) => r.id === 'fee.standard')?.inForce).toBeUndefined();

    const member = { member: true, senior: false, child: false };
    expect(run(regime, member, 'fee', '2021-12-31').value).toBe(20);
    expect(run(regime, member, 'fee', '2022-01-01').value).toBe(5);
    const both = { member: true, senior: true, child: false };
    expect(run(regime, both, 'fee', '2022-12-31').value).toBe(5);
    expect(run(regime, both, 'fee', '2023-01-01').value).toBe(0);
    expect(run(regime, both, 'fee', '2023-01-31').value).toBe(0);
    expect(run(regime, both, 'fee', '2023-02-01').value).toBe(5);
  });
});

describe('a dated replace patch', () => {
  const baseline = [
    definition('fee', 'The fee', [
      {
        id: 'fee.child',
        cite: 'Code 1(b)',
        text: 'Children pay 10.',
        when: isTrue('child'),
        then: value(10),
      },
      { id: 'fee.standard', cite: 'Code 1(a)', text: 'The fee is 20.', then: value(20) },
    ]),
  ];
  const reform: Overlay = {
    id: 'reform',
    title: 'Fee Reform Act',
    cite: 'Fee Reform Act 2023',
    inForce: { from: '2023-01-01', until: '2025-01-01' },
    patches: [
      {
        op: 'replace',
        definition: 'fee',
        target: 'fee.standard',
        rule: {
          id: 'fee.standard.reform',
          cite: 'Fee Reform Act s1',
          text: 'The fee is 15.',
          then: value(15),
        },
      },
      {
        op: 'replace',
        definition: 'fee',
        target: 'fee.child',
        rule: {
          id: 'fee.child.reform',
          cite: 'Fee Reform Act s2',
          text: 'Young children pay nothing.',
          when: isTrue('young'),
          then: value(0),
        },
      },
    ],
  };
  const regime = buildRegime({ id: 'reformed', title: 'Reformed', baseline, overlays: [reform] });

  it.each([
    ['2022-12-31', 20, 'fee.standard'],
    ['2023-01-01', 15, 'fee.standard.reform'],
    ['2024-12-31', 15, 'fee.standard.reform'],
    ['2025-01-01', 20, 'fee.standard'],
  ])('applies the replacement only while it is in force (%s)', (date, expected, rule) => {
    const o = run(regime, { child: false, young: false }, 'fee', date);
    expect(o.value).toBe(expected);
    expect(o.decidedBy?.id).toBe(rule);
  });

  it('keeps the replaced rule, marks the replacement, and gives it the target priority', () => {
    const rules = regime.definitions.get('fee')?.rules ?? [];
    expect(rules.map((r) => [r.id, r.priority, r.replaces ?? null, r.provision ?? null])).toEqual([
      ['fee.child.reform', 200, 'fee.child', 'reform'],
      ['fee.child', 200, null, null],
      ['fee.standard.reform', 100, 'fee.standard', 'reform'],
      ['fee.standard', 100, null, null],
    ]);
  });

  it('shadows the replaced rule while in force even when the replacement does not apply', () => {
    // In force: the child rule is gone; a child who is not young pays the (reformed) standard fee.
    const during = run(regime, { child: true, young: false }, 'fee', '2023-06-01');
    expect(during.value).toBe(15);
    expect(during.trace?.considered.map((c) => c.rule.id)).toEqual([
      'fee.child.reform',
      'fee.standard.reform',
    ]);
    // Before and after: the replaced rule applies again.
    expect(run(regime, { child: true, young: true }, 'fee', '2022-12-31').value).toBe(10);
    expect(run(regime, { child: true, young: true }, 'fee', '2023-01-01').value).toBe(0);
    expect(run(regime, { child: true, young: true }, 'fee', '2025-01-01').value).toBe(10);
  });

  it('keeps the replaced rule shadowed when the replacement condition is unknown', () => {
    // The replacement gives 15 or (rest of the chain) 15: the replaced rule's 10 must not count.
    const collapsing = buildRegime({
      id: 'c',
      title: 'c',
      baseline,
      overlays: [
        {
          id: 'reform',
          title: 'r',
          cite: 'r',
          inForce: { from: '2023-01-01' },
          patches: [
            {
              op: 'replace',
              definition: 'fee',
              target: 'fee.child',
              rule: { id: 'fee.child.reform', cite: 'r', text: 't', when: isTrue('young'), then: value(20) },
            },
          ],
        },
      ],
    });
    expect(run(collapsing, { child: true }, 'fee', '2023-01-01')).toMatchObject({ value: 20, needs: [] });
    expect(run(collapsing, { child: true }, 'fee', '2022-12-31')).toMatchObject({ value: 10, needs: [] });
  });

  it('cannot be replaced again by a second overlay', () => {
    const again: Overlay = {
      ...reform,
      id: 'again',
      patches: [reform.patches[0] as Overlay['patches'][number]],
    };
    expect(() => buildRegime({ id: 'x', title: 'x', baseline, overlays: [reform, again] })).toThrow(
      RegimeBuildError,
    );
  });
});
