import { describe, expect, it } from 'vitest';
import { compileRegime } from './compile.js';
import { evaluate, factsFromObject } from './evaluate.js';
import { eq, fact, isTrue, ref } from './expr.js';
import {
  buildRegime,
  changeDates,
  type Overlay,
  RegimeBuildError,
  type RegimeSpec,
  withOverlays,
} from './regime.js';
import { type Definition, definition, value } from './rule.js';

/** A toy tax code: a rate, a credit, and what is due. */
const rate = definition('tax.rate', 'The tax rate band', [
  {
    id: 'rate.exempt',
    cite: 'Tax Code 1(c)',
    text: 'Charities are exempt.',
    when: isTrue('payer.charity'),
    then: value('none'),
  },
  {
    id: 'rate.small',
    cite: 'Tax Code 1(b)',
    text: 'Small businesses pay the reduced rate.',
    when: eq(fact('payer.size'), 'small'),
    then: value('reduced'),
  },
  { id: 'rate.standard', cite: 'Tax Code 1(a)', text: 'The standard rate applies.', then: value('standard') },
]);

const due = definition('tax.due', 'Tax is due', [
  {
    id: 'due.none',
    cite: 'Tax Code 2(b)',
    text: 'No tax is due at a rate of none.',
    when: eq(ref('tax.rate'), 'none'),
    then: value(false),
  },
  { id: 'due.default', cite: 'Tax Code 2(a)', text: 'Tax is due.', then: value(true) },
]);

const baseline: readonly Definition[] = [rate, due];

const greenAct: Overlay = {
  id: 'green-act',
  title: 'Green Act',
  cite: 'Green Act 2024',
  unconfirmed: 'The effective date is not confirmed.',
  patches: [
    {
      op: 'add',
      definition: 'tax.rate',
      rule: {
        id: 'rate.green',
        cite: 'Green Act s1',
        text: 'Green businesses pay the reduced rate.',
        priority: 250,
        when: isTrue('payer.green'),
        then: value('reduced'),
      },
    },
  ],
};

const flatAct: Overlay = {
  id: 'flat-act',
  title: 'Flat Act',
  cite: 'Flat Act 2025',
  patches: [
    {
      op: 'replace',
      definition: 'tax.rate',
      target: 'rate.small',
      rule: {
        id: 'rate.small.flat',
        cite: 'Flat Act s1',
        text: 'Small businesses pay the standard rate.',
        when: eq(fact('payer.size'), 'small'),
        then: value('standard'),
      },
    },
  ],
};

const creditAct: Overlay = {
  id: 'credit-act',
  title: 'Credit Act',
  cite: 'Credit Act 2025',
  patches: [
    {
      op: 'define',
      definition: definition('tax.credit', 'A tax credit is available', [
        {
          id: 'credit.due',
          cite: 'Credit Act s1',
          text: 'A payer who owes tax and employs apprentices has a credit.',
          when: eq(ref('tax.due'), true),
          then: fact('payer.apprentices'),
        },
        { id: 'credit.default', cite: 'Credit Act s2', text: 'No credit otherwise.', then: value(false) },
      ]),
    },
  ],
};

/** Amends the definition another overlay makes. */
const creditAmendment: Overlay = {
  id: 'a-credit-amendment',
  title: 'Credit Amendment',
  cite: 'Credit Amendment 2026',
  patches: [
    {
      op: 'add',
      definition: 'tax.credit',
      rule: {
        id: 'credit.charity',
        cite: 'Credit Amendment s1',
        text: 'Charities have no credit.',
        priority: 300,
        when: isTrue('payer.charity'),
        then: value(false),
      },
    },
  ],
};

function spec(overlays: readonly Overlay[], defs: readonly Definition[] = baseline): RegimeSpec {
  return { id: 'tax', title: 'Tax', baseline: defs, overlays };
}

function valueIn(regime: ReturnType<typeof buildRegime>, facts: unknown, id: string): unknown {
  return evaluate(regime, factsFromObject(facts), '2026-01-01', [id]).get(id)?.value;
}

function problemsOf(s: RegimeSpec): readonly string[] {
  try {
    buildRegime(s);
  } catch (e) {
    expect(e).toBeInstanceOf(RegimeBuildError);
    expect((e as RegimeBuildError).name).toBe('RegimeBuildError');
    expect((e as RegimeBuildError).regime).toBe(s.id);
    return (e as RegimeBuildError).problems;
  }
  throw new Error('expected the regime not to build');
}

describe('buildRegime', () => {
  it('builds a baseline in dependency order', () => {
    const regime = buildRegime(spec([]));
    expect(regime.id).toBe('tax');
    expect(regime.title).toBe('Tax');
    expect(regime.hypothetical).toBe(false);
    expect(regime.order).toEqual(['tax.rate', 'tax.due']);
    expect([...regime.definitions.keys()].sort()).toEqual(['tax.due', 'tax.rate']);
    expect(regime.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(regime.overlays).toEqual([]);
  });

  it('keeps the hypothetical flag', () => {
    expect(buildRegime({ ...spec([]), hypothetical: true }).hypothetical).toBe(true);
  });

  it('orders every definition after the definitions it refers to', () => {
    const regime = buildRegime(spec([creditAct]));
    const pos = (id: string) => regime.order.indexOf(id);
    expect(regime.order).toHaveLength(3);
    expect(pos('tax.rate')).toBeLessThan(pos('tax.due'));
    expect(pos('tax.due')).toBeLessThan(pos('tax.credit'));
  });
});

describe('patches', () => {
  it('adds a rule under the definition it amends, stamped with the provision', () => {
    const regime = buildRegime(spec([greenAct]));
    const rules = regime.definitions.get('tax.rate')?.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(['rate.exempt', 'rate.green', 'rate.small', 'rate.standard']);
    const green = rules.find((r) => r.id === 'rate.green');
    expect(green?.provision).toBe('green-act');
    expect(green?.unconfirmed).toBe('The effective date is not confirmed.');
    expect(rules.find((r) => r.id === 'rate.small')?.provision).toBeUndefined();

    expect(valueIn(regime, { payer: { charity: false, green: true, size: 'large' } }, 'tax.rate')).toBe(
      'reduced',
    );
    expect(valueIn(regime, { payer: { charity: true, green: true } }, 'tax.rate')).toBe('none');
    // The baseline, built without the overlay, is unchanged.
    const plain = buildRegime(spec([]));
    expect(valueIn(plain, { payer: { charity: false, green: true, size: 'large' } }, 'tax.rate')).toBe(
      'standard',
    );
  });

  it('does not edit the baseline definition objects', () => {
    buildRegime(spec([greenAct, flatAct]));
    expect(rate.rules.map((r) => r.id)).toEqual(['rate.exempt', 'rate.small', 'rate.standard']);
  });

  it('replaces a rule, keeping the replaced one for the record', () => {
    const regime = buildRegime(spec([flatAct]));
    const rules = regime.definitions.get('tax.rate')?.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(['rate.exempt', 'rate.small.flat', 'rate.small', 'rate.standard']);
    const flat = rules.find((r) => r.id === 'rate.small.flat');
    expect(flat?.replaces).toBe('rate.small');
    expect(flat?.priority).toBe(200);
    expect(flat?.provision).toBe('flat-act');
    const o = evaluate(regime, factsFromObject({ payer: { charity: false, size: 'small' } }), '2026-01-01', [
      'tax.rate',
    ]).get('tax.rate');
    expect(o?.value).toBe('standard');
    expect(o?.decidedBy?.id).toBe('rate.small.flat');
  });

  it('defines a new definition that refers to the baseline', () => {
    const regime = buildRegime(spec([creditAct]));
    expect(regime.definitions.get('tax.credit')?.rules.map((r) => r.provision)).toEqual([
      'credit-act',
      'credit-act',
    ]);
    expect(
      valueIn(regime, { payer: { charity: false, size: 'large', apprentices: true } }, 'tax.credit'),
    ).toBe(true);
    expect(valueIn(regime, { payer: { charity: true, apprentices: true } }, 'tax.credit')).toBe(false);
  });

  it('lets an overlay amend a definition another overlay defines, whatever their ids', () => {
    // 'a-credit-amendment' sorts before 'credit-act', which defines what it amends.
    const regime = buildRegime(spec([creditAmendment, creditAct]));
    const rules = regime.definitions.get('tax.credit')?.rules ?? [];
    expect(rules.map((r) => [r.id, r.provision])).toEqual([
      ['credit.charity', 'a-credit-amendment'],
      ['credit.due', 'credit-act'],
      ['credit.default', 'credit-act'],
    ]);
    expect(valueIn(regime, { payer: { charity: true } }, 'tax.credit')).toBe(false);
  });

  it('keeps the overlays, sorted by id', () => {
    const regime = buildRegime(spec([greenAct, flatAct, creditAct]));
    expect(regime.overlays.map((o) => o.id)).toEqual(['credit-act', 'flat-act', 'green-act']);
  });
});

describe('build errors', () => {
  it('rejects two overlays replacing the same rule, naming both', () => {
    const other: Overlay = {
      id: 'other-act',
      title: 'Other',
      cite: 'Other Act',
      patches: [
        {
          op: 'replace',
          definition: 'tax.rate',
          target: 'rate.small',
          rule: { id: 'rate.small.other', cite: 'c', text: 't', then: value('none') },
        },
      ],
    };
    const problems = problemsOf(spec([other, flatAct]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('rule rate.small is replaced by both');
    expect(problems[0]).toContain('provision flat-act');
    expect(problems[0]).toContain('provision other-act');
  });

  it('rejects two rules of the same priority in a definition from different overlays, naming both', () => {
    const blueAct: Overlay = {
      id: 'blue-act',
      title: 'Blue',
      cite: 'Blue Act',
      patches: [
        {
          op: 'add',
          definition: 'tax.rate',
          rule: {
            id: 'rate.blue',
            cite: 'c',
            text: 't',
            priority: 250,
            when: isTrue('payer.blue'),
            then: value('none'),
          },
        },
      ],
    };
    const problems = problemsOf(spec([greenAct, blueAct]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('conflicting rules for tax.rate');
    expect(problems[0]).toContain('rate.blue (provision blue-act)');
    expect(problems[0]).toContain('rate.green (provision green-act)');
    expect(problems[0]).toContain('priority 250');
  });

  it('rejects an added rule with the priority of a baseline rule', () => {
    const clash: Overlay = {
      id: 'clash',
      title: 'Clash',
      cite: 'Clash Act',
      patches: [
        {
          op: 'add',
          definition: 'tax.rate',
          rule: { id: 'rate.clash', cite: 'c', text: 't', priority: 200, then: value('none') },
        },
      ],
    };
    const problems = problemsOf(spec([clash]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('rate.clash (provision clash)');
    expect(problems[0]).toContain('rate.small (the baseline)');
  });

  it('rejects a reference to an undefined definition', () => {
    const bad = definition('tax.bad', 'bad', [
      { id: 'bad.rule', cite: 'c', text: 't', when: eq(ref('tax.missing'), true), then: value(1) },
      { id: 'bad.default', cite: 'c', text: 't', then: value(0) },
    ]);
    expect(problemsOf(spec([], [...baseline, bad]))).toEqual([
      'rule bad.rule refers to tax.missing, which the regime does not define',
    ]);
  });

  it('rejects a reference in a rule value too', () => {
    const bad = definition('tax.bad', 'bad', [
      { id: 'bad.default', cite: 'c', text: 't', then: ref('tax.nowhere') },
    ]);
    expect(problemsOf(spec([], [bad]))).toEqual([
      'rule bad.default refers to tax.nowhere, which the regime does not define',
    ]);
  });

  it('rejects a cycle', () => {
    const a = definition('a', 'a', [{ id: 'a.r', cite: 'c', text: 't', then: ref('b') }]);
    const b = definition('b', 'b', [
      { id: 'b.r', cite: 'c', text: 't', when: eq(ref('c'), true), then: value(true) },
      { id: 'b.d', cite: 'c', text: 't', then: value(false) },
    ]);
    const c = definition('c', 'c', [{ id: 'c.r', cite: 'c', text: 't', then: ref('a') }]);
    const problems = problemsOf(spec([], [a, b, c]));
    expect(problems).toEqual(['definitions refer to each other in a cycle: a -> b -> c -> a']);
  });

  it('rejects a definition that refers to itself', () => {
    const a = definition('a', 'a', [{ id: 'a.r', cite: 'c', text: 't', then: ref('a') }]);
    expect(problemsOf(spec([], [a]))).toEqual(['definitions refer to each other in a cycle: a -> a']);
  });

  it('rejects a cycle made by an overlay', () => {
    const loop: Overlay = {
      id: 'loop',
      title: 'Loop',
      cite: 'Loop',
      patches: [
        {
          op: 'add',
          definition: 'tax.rate',
          rule: {
            id: 'rate.loop',
            cite: 'c',
            text: 't',
            priority: 1000,
            when: eq(ref('tax.due'), false),
            then: value('none'),
          },
        },
      ],
    };
    const problems = problemsOf(spec([loop]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /cycle: (tax\.due -> tax\.rate -> tax\.due|tax\.rate -> tax\.due -> tax\.rate)/,
    );
  });

  it('rejects a definition with no default and no otherwise', () => {
    const partial = definition('partial', 'partial', [
      { id: 'partial.r', cite: 'c', text: 't', when: isTrue('x'), then: value(1) },
    ]);
    expect(problemsOf(spec([], [partial]))).toEqual([
      "definition partial has no default: add a rule without condition or dates, or an 'otherwise' value",
    ]);
    // With an otherwise value it builds.
    expect(() =>
      buildRegime(
        spec(
          [],
          [
            definition(
              'partial',
              'p',
              [{ id: 'p.r', cite: 'c', text: 't', when: isTrue('x'), then: value(1) }],
              { otherwise: 0 },
            ),
          ],
        ),
      ),
    ).not.toThrow();
  });

  it('rejects a definition with no rules at all and no otherwise', () => {
    expect(problemsOf(spec([], [definition('empty', 'empty', [])]))).toEqual([
      "definition empty has no default: add a rule without condition or dates, or an 'otherwise' value",
    ]);
  });

  it('does not count a replacement without a condition as a default', () => {
    // The only unconditional rule is a replacement; on dates it is not in force nothing applies.
    const partial = definition('partial', 'partial', [
      { id: 'partial.r', cite: 'c', text: 't', when: isTrue('x'), then: value(1) },
    ]);
    const overlay: Overlay = {
      id: 'o',
      title: 'o',
      cite: 'o',
      inForce: { from: '2024-01-01' },
      patches: [
        {
          op: 'replace',
          definition: 'partial',
          target: 'partial.r',
          rule: { id: 'partial.r2', cite: 'c', text: 't', then: value(2) },
        },
      ],
    };
    expect(problemsOf(spec([overlay], [partial]))[0]).toMatch(/definition partial has no default/);
  });

  it('does not count a default replaced by a conditional rule', () => {
    // While the replacement is in force the default is gone: a payer who is not small would
    // fall through every rule to no value, with nothing left to ask.
    const conditional: Overlay = {
      id: 'narrow',
      title: 'Narrow',
      cite: 'Narrow Act',
      inForce: { from: '2024-01-01' },
      patches: [
        {
          op: 'replace',
          definition: 'tax.rate',
          target: 'rate.standard',
          rule: {
            id: 'rate.standard.narrow',
            cite: 'c',
            text: 't',
            when: isTrue('payer.listed'),
            then: value('high'),
          },
        },
      ],
    };
    expect(problemsOf(spec([conditional]))).toEqual([
      "definition tax.rate has no default: add a rule without condition or dates, or an 'otherwise' value",
    ]);
    // With an otherwise value the definition is total again.
    const withOtherwise: Definition = { ...rate, otherwise: 'standard' };
    const regime = buildRegime(spec([conditional], [withOtherwise, due]));
    expect(valueIn(regime, { payer: { charity: false, size: 'large', listed: false } }, 'tax.rate')).toBe(
      'standard',
    );
  });

  it('still counts a default replaced by an unconditional rule', () => {
    const overlay: Overlay = {
      id: 'raise',
      title: 'Raise',
      cite: 'Raise Act',
      inForce: { from: '2024-01-01' },
      patches: [
        {
          op: 'replace',
          definition: 'tax.rate',
          target: 'rate.standard',
          rule: { id: 'rate.standard.raised', cite: 'c', text: 't', then: value('high') },
        },
      ],
    };
    const regime = buildRegime(spec([overlay]));
    const payer = { payer: { charity: false, size: 'large' } };
    expect(valueIn(regime, payer, 'tax.rate')).toBe('high');
    expect(evaluate(regime, factsFromObject(payer), '2023-12-31', ['tax.rate']).get('tax.rate')?.value).toBe(
      'standard',
    );
  });

  it('rejects an overlay amending a definition that does not exist', () => {
    const stray: Overlay = {
      id: 'stray',
      title: 'Stray',
      cite: 'Stray',
      patches: [
        {
          op: 'add',
          definition: 'tax.nothing',
          rule: { id: 'x', cite: 'c', text: 't', priority: 1, then: value(1) },
        },
        {
          op: 'replace',
          definition: 'tax.nowhere',
          target: 'rate.small',
          rule: { id: 'y', cite: 'c', text: 't', then: value(1) },
        },
      ],
    };
    expect(problemsOf(spec([stray]))).toEqual([
      'provision stray amends tax.nothing, which the regime does not define',
      'provision stray amends tax.nowhere, which the regime does not define',
    ]);
  });

  it('rejects replacing a rule the definition does not have', () => {
    const wrong: Overlay = {
      id: 'wrong',
      title: 'Wrong',
      cite: 'Wrong',
      patches: [
        {
          op: 'replace',
          definition: 'tax.due',
          target: 'rate.small',
          rule: { id: 'y', cite: 'c', text: 't', then: value(1) },
        },
      ],
    };
    expect(problemsOf(spec([wrong]))).toEqual([
      'provision wrong replaces rule rate.small, which tax.due does not have',
    ]);
  });

  it('rejects defining a definition the baseline or another overlay already defines', () => {
    const again: Overlay = {
      id: 'again',
      title: 'Again',
      cite: 'Again',
      patches: [{ op: 'define', definition: rate }],
    };
    expect(problemsOf(spec([again]))).toEqual([
      'definition tax.rate is defined by provision again and by the baseline',
    ]);
    const twice: Overlay = { ...creditAct, id: 'twice' };
    expect(problemsOf(spec([creditAct, twice]))).toEqual([
      'definition tax.credit is defined by provision twice and by provision credit-act',
    ]);
  });

  it('rejects a definition given twice in the baseline and a rule id used twice', () => {
    expect(problemsOf(spec([], [rate, rate, due]))).toContain(
      'definition tax.rate is defined twice in the baseline',
    );
    const dup = definition('dup', 'dup', [{ id: 'rate.standard', cite: 'c', text: 't', then: value(1) }]);
    expect(problemsOf(spec([], [rate, dup]))).toEqual([
      'rule id rate.standard is used twice (in tax.rate and dup)',
    ]);
  });

  it('reports every problem at once', () => {
    const partial = definition('partial', 'p', [
      { id: 'partial.r', cite: 'c', text: 't', when: eq(ref('ghost'), 1), then: value(1) },
    ]);
    const stray: Overlay = {
      id: 'stray',
      title: 'Stray',
      cite: 'Stray',
      patches: [
        {
          op: 'add',
          definition: 'nothing',
          rule: { id: 'x', cite: 'c', text: 't', priority: 1, then: value(1) },
        },
      ],
    };
    try {
      buildRegime(spec([stray], [partial]));
      expect.unreachable();
    } catch (e) {
      const err = e as RegimeBuildError;
      expect(err.problems).toHaveLength(3);
      expect(err.message).toBe(`regime tax cannot be built:\n- ${err.problems.join('\n- ')}`);
      expect(err.message).toContain('provision stray amends nothing');
      expect(err.message).toContain('partial has no default');
      expect(err.message).toContain('refers to ghost');
    }
  });
});

describe('order independence', () => {
  const overlays = [greenAct, flatAct, creditAct, creditAmendment];
  const permutations = <T>(xs: readonly T[]): T[][] =>
    xs.length <= 1
      ? [xs.slice()]
      : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
  const factSets = [
    { payer: { charity: false, size: 'small', green: false, apprentices: true } },
    { payer: { charity: false, size: 'large', green: true, apprentices: false } },
    { payer: { charity: true } },
    { payer: { size: 'small' } },
    {},
  ];
  const ids = ['tax.rate', 'tax.due', 'tax.credit'];
  const results = (regime: ReturnType<typeof buildRegime>) =>
    factSets.map((f) =>
      [...evaluate(regime, factsFromObject(f), '2026-01-01', ids).values()].map((o) => [
        o.value,
        o.needs,
        o.decidedBy?.id ?? null,
      ]),
    );

  it('gives the same hash, order, rules and results whatever order the overlays are listed in', () => {
    const reference = buildRegime(spec(overlays));
    const refResults = results(reference);
    const all = permutations(overlays);
    expect(all).toHaveLength(24);
    for (const p of all) {
      const regime = buildRegime(spec(p));
      expect(regime.hash).toBe(reference.hash);
      expect(regime.order).toEqual(reference.order);
      for (const id of ids) {
        expect(regime.definitions.get(id)?.rules.map((r) => r.id)).toEqual(
          reference.definitions.get(id)?.rules.map((r) => r.id),
        );
      }
      expect(results(regime)).toEqual(refResults);
    }
    // The results are not trivial.
    expect(refResults[0]).toEqual([
      ['standard', [], 'rate.small.flat'],
      [true, [], 'due.default'],
      [true, [], 'credit.due'],
    ]);
  });

  it('gives the same hash whatever order the baseline definitions are listed in', () => {
    expect(buildRegime(spec([], [due, rate])).hash).toBe(buildRegime(spec([], [rate, due])).hash);
  });
});

describe('hash', () => {
  it('is the same for the same content', () => {
    expect(buildRegime(spec([greenAct])).hash).toBe(buildRegime(spec([greenAct])).hash);
  });

  it('differs between regimes with different overlays', () => {
    const hashes = new Set([
      buildRegime(spec([])).hash,
      buildRegime(spec([greenAct])).hash,
      buildRegime(spec([flatAct])).hash,
      buildRegime(spec([greenAct, flatAct])).hash,
    ]);
    expect(hashes.size).toBe(4);
  });

  it('changes when a rule changes', () => {
    const base = buildRegime(spec([])).hash;
    const withRule = (change: Partial<Definition['rules'][number]>) => {
      const changed: Definition = {
        ...rate,
        rules: rate.rules.map((r) => (r.id === 'rate.small' ? { ...r, ...change } : r)),
      };
      return buildRegime(spec([], [changed, due])).hash;
    };
    const variants = [
      withRule({ then: value('none') }),
      withRule({ when: eq(fact('payer.size'), 'micro') }),
      withRule({ cite: 'Tax Code 1(b) (as amended)' }),
      withRule({ text: 'Small firms pay the reduced rate.' }),
      withRule({ inForce: { from: '2020-01-01' } }),
      withRule({ priority: 201 }),
    ];
    for (const h of variants) expect(h).not.toBe(base);
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('changes when an overlay’s dates change', () => {
    const dated = (from: string): Overlay => ({ ...greenAct, inForce: { from } });
    expect(buildRegime(spec([dated('2024-01-01')])).hash).not.toBe(
      buildRegime(spec([dated('2024-01-02')])).hash,
    );
  });
});

describe('an amendment of an amendment', () => {
  // The small-business rule is replaced by a first act; a second act replaces that replacement.
  const firstAct = (id: string): Overlay => ({
    id,
    title: 'First act',
    cite: 'First Act s1',
    inForce: { from: '2020-01-01' },
    patches: [
      {
        op: 'replace',
        definition: 'tax.rate',
        target: 'rate.small',
        rule: {
          id: 'rate.small.first',
          cite: 'First Act s1',
          text: 'Small businesses pay no tax.',
          when: eq(fact('payer.size'), 'small'),
          then: value('none'),
        },
      },
    ],
  });
  const secondAct = (id: string): Overlay => ({
    id,
    title: 'Second act',
    cite: 'Second Act s1',
    inForce: { from: '2022-01-01' },
    patches: [
      {
        op: 'replace',
        definition: 'tax.rate',
        target: 'rate.small.first',
        rule: {
          id: 'rate.small.second',
          cite: 'Second Act s1',
          text: 'Small businesses pay the standard rate again.',
          when: eq(fact('payer.size'), 'small'),
          then: value('standard'),
        },
      },
    ],
  });
  const small = factsFromObject({ payer: { size: 'small', charity: false } });
  const rateOn = (regime: ReturnType<typeof buildRegime>, date: string) =>
    evaluate(regime, small, date, ['tax.rate']).get('tax.rate')?.value;

  it.each([
    ['the amended act sorts first', 'a-first', 'z-second'],
    ['the amending act sorts first', 'z-first', 'a-second'],
  ])(
    'builds whatever the provisions are called (%s), each rule applying in its own time',
    (_, first, second) => {
      const regime = buildRegime({
        id: 'amended',
        title: 'Amended',
        baseline,
        overlays: [firstAct(first), secondAct(second)],
      });
      expect(rateOn(regime, '2019-06-01')).toBe('reduced');
      expect(rateOn(regime, '2021-06-01')).toBe('none');
      // The second act stands in for the first, which stood in for the original: neither comes back.
      expect(rateOn(regime, '2023-06-01')).toBe('standard');
      const compiled = compileRegime(regime);
      for (const date of ['2019-06-01', '2021-06-01', '2023-06-01']) {
        expect(compiled.run({ payer: { size: 'small', charity: false } }, date).value('tax.rate')).toBe(
          rateOn(regime, date),
        );
      }
    },
  );
});

describe('changeDates', () => {
  it('lists each date a rule comes into or goes out of force once, sorted, across definitions', () => {
    const dated: Overlay = {
      id: 'dated-act',
      title: 'Dated Act',
      cite: 'Dated Act 2020',
      patches: [
        {
          op: 'add',
          definition: 'tax.rate',
          rule: {
            id: 'rate.dated',
            cite: 'Dated Act s1',
            text: 'For a while, green businesses pay the reduced rate.',
            priority: 260,
            inForce: { from: '2022-01-01', until: '2024-07-01' },
            when: isTrue('payer.green'),
            then: value('reduced'),
          },
        },
        {
          op: 'add',
          definition: 'tax.due',
          rule: {
            id: 'due.dated',
            cite: 'Dated Act s2',
            text: 'From 2020, nothing is due from green businesses.',
            priority: 260,
            inForce: { from: '2020-01-01' },
            when: isTrue('payer.green'),
            then: value(false),
          },
        },
        {
          op: 'add',
          definition: 'tax.due',
          rule: {
            id: 'due.dated-again',
            cite: 'Dated Act s3',
            text: 'Nor, until mid-2024, from exempt ones.',
            priority: 270,
            inForce: { until: '2024-07-01' },
            when: isTrue('payer.exempt'),
            then: value(false),
          },
        },
      ],
    };
    expect(changeDates(buildRegime(spec([])))).toEqual([]);
    expect(changeDates(buildRegime(spec([dated])))).toEqual(['2020-01-01', '2022-01-01', '2024-07-01']);
  });
});

describe('withOverlays', () => {
  it('rebuilds the same baseline under other overlays, keeping the title and the standing', () => {
    const green = buildRegime({ ...spec([greenAct]), hypothetical: true });
    expect(green.baseline).toBe(baseline);
    const without = withOverlays(green, 'tax-without-green', []);
    expect(without).toMatchObject({ id: 'tax-without-green', title: green.title, hypothetical: true });
    expect(without.hash).toBe(buildRegime(spec([])).hash);
    expect(withOverlays(without, 'tax-green-again', [greenAct]).hash).toBe(green.hash);
  });
});
