import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject, type TraceNode } from './evaluate.js';
import { listRules, renderTrace } from './explain.js';
import { eq, fact, has, isTrue, ref } from './expr.js';
import { buildRegime, type Overlay } from './regime.js';
import { definition, value } from './rule.js';

/** A toy tax code with a reform. */
const baseline = [
  definition('tax.rate', 'The tax rate band', [
    {
      id: 'rate.exempt',
      cite: 'Tax Code 1(c)',
      text: 'Charities are exempt.',
      when: isTrue('payer.charity'),
      then: value('none'),
      sources: ['https://example.org/tax-code#1c'],
    },
    {
      id: 'rate.small',
      cite: 'Tax Code 1(b)',
      text: 'Small businesses pay the reduced rate.',
      when: eq(fact('payer.size'), 'small'),
      then: value('reduced'),
    },
    {
      id: 'rate.standard',
      cite: 'Tax Code 1(a)',
      text: 'The standard rate applies.',
      then: value('standard'),
    },
  ]),
  definition(
    'tax.due',
    'Tax is due',
    [
      {
        id: 'due.none',
        cite: 'Tax Code 2(b)',
        text: 'No tax is due at a rate of none.',
        when: eq(ref('tax.rate'), 'none'),
        then: value(false),
        inForce: { from: '2020-01-01', until: '2030-01-01' },
      },
      {
        id: 'due.exports',
        cite: 'Tax Code 2(c)',
        text: 'Exporters pay later.',
        when: has(fact('payer.activities'), 'export'),
        then: value(false),
        inForce: { until: '2025-01-01' },
      },
    ],
    { otherwise: true },
  ),
];

const greenAct: Overlay = {
  id: 'green-act',
  title: 'Green Act',
  cite: 'Green Act 2024',
  inForce: { from: '2024-01-01' },
  unconfirmed: 'The commencement order has not been found.',
  patches: [
    {
      op: 'replace',
      definition: 'tax.rate',
      target: 'rate.small',
      rule: {
        id: 'rate.small.green',
        cite: 'Green Act s1',
        text: 'Small green businesses pay the reduced rate.',
        when: isTrue('payer.green'),
        then: value('reduced'),
      },
    },
  ],
};

const regime = buildRegime({ id: 'tax', title: 'Tax', baseline, overlays: [greenAct] });

function traceOf(facts: unknown, id: string, date = '2024-06-01'): TraceNode {
  const t = evaluate(regime, factsFromObject(facts), date, [id]).get(id)?.trace;
  if (!t) throw new Error('no trace');
  return t;
}

describe('renderTrace', () => {
  it('shows the value, the deciding rule with its citation and text, and the facts read', () => {
    const text = renderTrace(traceOf({ payer: { charity: false, green: false, size: 'small' } }, 'tax.rate'));
    expect(text).toBe(
      [
        'tax.rate = "standard"  by rate.standard',
        '  cite: Tax Code 1(a)',
        '  text: The standard rate applies.',
        '  facts: payer.charity = false; payer.green = false',
      ].join('\n'),
    );
  });

  it('names the provision, the dates and what is unconfirmed', () => {
    const text = renderTrace(traceOf({ payer: { charity: false, green: true } }, 'tax.rate'));
    expect(text.split('\n')).toEqual([
      'tax.rate = "reduced"  by rate.small.green (provision green-act) [in force from 2024-01-01]',
      '  cite: Green Act s1',
      '  text: Small green businesses pay the reduced rate.',
      '  UNCONFIRMED: The commencement order has not been found.',
      '  facts: payer.charity = false; payer.green = true',
    ]);
  });

  it('shows both dates of a rule in force between two dates', () => {
    const text = renderTrace(traceOf({ payer: { charity: true } }, 'tax.due'));
    expect(text).toContain('tax.due = false  by due.none [in force 2020-01-01 to 2030-01-01]');
    expect(text).toContain('  cite: Tax Code 2(b)');
    expect(text).toContain('  text: No tax is due at a rate of none.');
  });

  it('shows an undetermined result with the open rules, the needs and the unknown facts', () => {
    // decidedBy is the first rule whose condition is known to hold; an earlier open rule leaves
    // the value undetermined, so the tree says the value falls to it only if the open rules do not apply.
    const text = renderTrace(traceOf({ payer: { green: false } }, 'tax.rate'));
    expect(text.split('\n')).toEqual([
      'tax.rate = unknown  otherwise falls to rate.standard',
      '  cite: Tax Code 1(a)',
      '  text: The standard rate applies.',
      '  open: rate.exempt (condition unknown)',
      '  needs: payer.charity',
      '  facts: payer.charity = unknown; payer.green = false',
    ]);
  });

  it('says when the value comes from no rule in force on the date', () => {
    const text = renderTrace(
      traceOf({ payer: { charity: true, activities: ['retail'] } }, 'tax.due', '2035-01-01'),
    );
    expect(text).toBe('tax.due = true  (no rule in force on the date)');
  });

  it('nests the derivations of referenced definitions, indented', () => {
    const nested = renderTrace(traceOf({ payer: { green: true, activities: ['retail'] } }, 'tax.due'));
    expect(nested.split('\n')).toEqual([
      'tax.due = unknown',
      '  open: due.none (condition unknown)',
      '  needs: payer.charity',
      '  facts: payer.activities = ["retail"]',
      '    tax.rate = unknown  otherwise falls to rate.small.green (provision green-act) [in force from 2024-01-01]',
      '      cite: Green Act s1',
      '      text: Small green businesses pay the reduced rate.',
      '      UNCONFIRMED: The commencement order has not been found.',
      '      open: rate.exempt (condition unknown)',
      '      needs: payer.charity',
      '      facts: payer.charity = unknown; payer.green = true',
    ]);
  });

  it('lists every undecided fact among the needs', () => {
    const text = renderTrace(traceOf({}, 'tax.due', '2024-06-01'));
    expect(text).toContain('needs: payer.charity, payer.green, payer.activities');
    expect(text).toContain('open: due.none, due.exports (condition unknown)');
    expect(text).toContain('facts: payer.activities = unknown');
  });
});

describe('listRules', () => {
  const rules = listRules(regime);

  it('lists every rule of every definition, in dependency order', () => {
    expect(rules.map((r) => [r.definition, r.id])).toEqual([
      ['tax.rate', 'rate.exempt'],
      ['tax.rate', 'rate.small.green'],
      ['tax.rate', 'rate.small'],
      ['tax.rate', 'rate.standard'],
      ['tax.due', 'due.none'],
      ['tax.due', 'due.exports'],
    ]);
  });

  it('gives each rule its citation, text, condition, value and sources', () => {
    expect(rules[0]).toEqual({
      definition: 'tax.rate',
      id: 'rate.exempt',
      cite: 'Tax Code 1(c)',
      text: 'Charities are exempt.',
      priority: 300,
      when: 'payer.charity = true',
      then: '"none"',
      inForce: { from: null, until: null },
      provision: null,
      replaces: null,
      unconfirmed: null,
      sources: ['https://example.org/tax-code#1c'],
    });
    expect(rules.find((r) => r.id === 'rate.standard')).toMatchObject({
      when: null,
      then: '"standard"',
      sources: [],
    });
  });

  it('gives the provision, the replaced rule, the dates and what is unconfirmed', () => {
    expect(rules[1]).toEqual({
      definition: 'tax.rate',
      id: 'rate.small.green',
      cite: 'Green Act s1',
      text: 'Small green businesses pay the reduced rate.',
      priority: 200,
      when: 'payer.green = true',
      then: '"reduced"',
      inForce: { from: '2024-01-01', until: null },
      provision: 'green-act',
      replaces: 'rate.small',
      unconfirmed: 'The commencement order has not been found.',
      sources: [],
    });
  });

  it('gives both dates of a dated rule, and only the one it has', () => {
    expect(rules.find((r) => r.id === 'due.none')?.inForce).toEqual({
      from: '2020-01-01',
      until: '2030-01-01',
    });
    expect(rules.find((r) => r.id === 'due.none')?.when).toBe('[tax.rate] = "none"');
    expect(rules.find((r) => r.id === 'due.exports')?.inForce).toEqual({ from: null, until: '2025-01-01' });
    expect(rules.find((r) => r.id === 'due.exports')?.when).toBe(
      'payer.activities includes any of ["export"]',
    );
  });
});
