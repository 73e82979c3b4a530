import { describe, expect, it } from 'vitest';
import {
  bestQuestion,
  candidateAnswers,
  evaluateTargets,
  MOOT,
  rankQuestions,
  type Target,
  withFact,
} from './ask.js';
import { and, eq, fact, isTrue, oneOf } from './expr.js';
import type { FactSpec } from './facts.js';
import { buildRegime, type Overlay, type Regime } from './regime.js';
import { type Definition, definition, value } from './rule.js';

/**
 * The question ranking, tested on a toy benefits code: the engine knows nothing of policing.
 * Each regime is a baseline plus overlays, as the law's regimes are.
 */

const DATE = '2024-01-01';

const CATALOG: readonly FactSpec[] = [
  { path: 'applicant.resident', type: 'boolean', question: 'Is the applicant a resident?' },
  { path: 'applicant.employed', type: 'boolean', question: 'Is the applicant employed?' },
  {
    path: 'applicant.age',
    type: 'enum',
    values: ['child', 'adult', 'senior'],
    question: 'How old is the applicant?',
  },
  {
    path: 'applicant.income',
    type: 'enum',
    values: ['low', 'mid', 'high'],
    question: 'What is the applicant’s income?',
  },
  { path: 'applicant.pets', type: 'set', values: ['cat', 'dog'], question: 'Which pets?' },
  { path: 'applicant.birthday', type: 'date', question: 'When was the applicant born?' },
  {
    path: 'applicant.notes',
    type: 'text',
    values: ['none', 'some'],
    question: 'Any notes?',
    help: 'No rule reads this.',
  },
];

const regime = (id: string, baseline: readonly Definition[], overlays: readonly Overlay[] = []): Regime =>
  buildRegime({ id, title: id, baseline, overlays });

const rule = { cite: 'Benefits Code 1', text: 'A rule.' };

// `eligible` turns on residence under the old code, on age under the reform.
const eligible = definition('eligible', 'The applicant is eligible', [
  { id: 'eligible.resident', ...rule, then: isTrue('applicant.resident') },
]);
const ageReform: Overlay = {
  id: 'age-reform',
  title: 'Age reform',
  cite: 'Reform Act 1',
  patches: [
    {
      op: 'replace',
      definition: 'eligible',
      target: 'eligible.resident',
      rule: { id: 'eligible.senior', ...rule, then: eq(fact('applicant.age'), 'senior') },
    },
  ],
};

// `band` turns on income (the reform narrows it), `tier` on age (the same in both).
const band = definition('band', 'The benefit band', [
  { id: 'band.low-or-mid', ...rule, when: oneOf(fact('applicant.income'), ['low', 'mid']), then: value('x') },
  { id: 'band.other', ...rule, then: value('y') },
]);
const tier = definition('tier', 'The benefit tier', [
  { id: 'tier.young', ...rule, when: oneOf(fact('applicant.age'), ['child', 'adult']), then: value('x') },
  { id: 'tier.other', ...rule, then: value('y') },
]);
const bandReform: Overlay = {
  id: 'band-reform',
  title: 'Band reform',
  cite: 'Reform Act 2',
  patches: [
    {
      op: 'replace',
      definition: 'band',
      target: 'band.low-or-mid',
      rule: { id: 'band.low-only', ...rule, when: eq(fact('applicant.income'), 'low'), then: value('x') },
    },
  ],
};

// `working` needs residence and employment; `dated` reads a date.
const working = definition('working', 'The applicant qualifies as working', [
  { id: 'working.both', ...rule, then: and(isTrue('applicant.resident'), isTrue('applicant.employed')) },
]);
const dated = definition('dated', 'Born on the founding day', [
  { id: 'dated.day', ...rule, then: eq(fact('applicant.birthday'), '2000-01-01') },
]);

const targetsOf = (regimes: readonly Regime[], definitions: readonly string[]): Target[] =>
  regimes.flatMap((r) => definitions.map((definition) => ({ regime: r, definition })));

const paths = (ranked: ReturnType<typeof rankQuestions>) => ranked.map((q) => q.fact.path);

describe('rankQuestions', () => {
  it('prefers the fact that settles more targets across the regimes, whatever the catalogue order', () => {
    const old = regime('old', [eligible]);
    const reformA = regime('reform-a', [eligible], [ageReform]);
    const reformB = regime('reform-b', [eligible], [ageReform]);
    const targets = targetsOf([old, reformA, reformB], ['eligible']);
    const ranked = rankQuestions(targets, {}, DATE, CATALOG);
    // Residence comes first in the catalogue but settles one regime; age settles two.
    expect(paths(ranked)).toEqual(['applicant.age', 'applicant.resident']);
    const [age, resident] = ranked;
    expect(age?.expectedSettled).toBe(2);
    expect(resident?.expectedSettled).toBe(1);
    expect(age?.dependents).toEqual([1, 2]);
    expect(resident?.dependents).toEqual([0]);
  });

  it('weighs each answer equally: a fact that settles only on some answers ranks lower', () => {
    const r = regime('r', [working]);
    const ranked = rankQuestions(targetsOf([r], ['working']), {}, DATE, CATALOG);
    // Either fact settles `working` only when answered no: 1 of 2 answers, so 0.5 each.
    expect(ranked.map((q) => q.expectedSettled)).toEqual([0.5, 0.5]);
    const resident = ranked.find((q) => q.fact.path === 'applicant.resident');
    expect(resident?.answers).toEqual([
      { answer: true, values: [undefined], undetermined: 1 },
      { answer: false, values: [false], undetermined: 0 },
    ]);
  });

  it('breaks ties by how many different outcomes the answers lead to (a fact that separates regimes)', () => {
    const a = regime('a', [band, tier]);
    const b = regime('b', [band, tier], [bandReform]);
    const targets = targetsOf([a, b], ['band', 'tier']);
    const ranked = rankQuestions(targets, {}, DATE, CATALOG);
    // Both settle two targets for every answer; income's "mid" gives x under a and y under b.
    expect(paths(ranked)).toEqual(['applicant.income', 'applicant.age']);
    const [income, age] = ranked;
    expect(income?.expectedSettled).toBe(2);
    expect(age?.expectedSettled).toBe(2);
    expect(income?.separates).toBe(3);
    expect(age?.separates).toBe(2);
    expect(income?.answers.find((x) => x.answer === 'mid')?.values).toEqual(['x', undefined, 'y', undefined]);
  });

  it('falls back to the catalogue order when settling and separating tie', () => {
    const r = regime('r', [working]);
    const ranked = rankQuestions(targetsOf([r], ['working']), {}, DATE, CATALOG);
    expect(paths(ranked)).toEqual(['applicant.resident', 'applicant.employed']);
    const reversed = rankQuestions(targetsOf([r], ['working']), {}, DATE, [...CATALOG].reverse());
    expect(paths(reversed)).toEqual(['applicant.employed', 'applicant.resident']);
  });

  it('never offers a fact no undetermined target needs', () => {
    const r = regime('r', [working, eligible, dated]);
    const targets = targetsOf([r], ['working', 'eligible']);
    // Nothing reads pets or notes; age is read by no rule of this regime.
    expect(paths(rankQuestions(targets, {}, DATE, CATALOG))).toEqual([
      'applicant.resident',
      'applicant.employed',
    ]);
    // Once residence is known to be false, `working` is false whatever the employment.
    const settled = withFact({}, 'applicant.resident', false);
    expect(rankQuestions(targets, settled, DATE, CATALOG)).toEqual([]);
    // Every candidate is in the needs of some target, now.
    const now = evaluateTargets(targets, {}, DATE);
    const needed = new Set(now.needs.flat());
    for (const q of rankQuestions(targets, {}, DATE, CATALOG)) expect(needed.has(q.fact.path)).toBe(true);
  });

  it('never offers a fact it cannot offer answers for (a date)', () => {
    const r = regime('r', [dated]);
    const targets = targetsOf([r], ['dated']);
    expect(evaluateTargets(targets, {}, DATE).needs).toEqual([['applicant.birthday']]);
    expect(rankQuestions(targets, {}, DATE, CATALOG)).toEqual([]);
  });

  it('skips facts already asked, answered or not', () => {
    const r = regime('r', [working]);
    const targets = targetsOf([r], ['working']);
    const ranked = rankQuestions(targets, {}, DATE, CATALOG, new Set(['applicant.resident']));
    expect(paths(ranked)).toEqual(['applicant.employed']);
    const none = rankQuestions(
      targets,
      {},
      DATE,
      CATALOG,
      new Set(['applicant.resident', 'applicant.employed']),
    );
    expect(none).toEqual([]);
  });

  it('ranks nothing once every target is settled', () => {
    const r = regime('r', [working]);
    const facts = { applicant: { resident: true, employed: true } };
    expect(evaluateTargets(targetsOf([r], ['working']), facts, DATE).values).toEqual([true]);
    expect(rankQuestions(targetsOf([r], ['working']), facts, DATE, CATALOG)).toEqual([]);
  });
});

describe('evaluateTargets', () => {
  it('gives each target its value, or undefined and exactly what it needs', () => {
    const old = regime('old', [eligible, working]);
    const reform = regime('reform', [eligible, working], [ageReform]);
    const targets = targetsOf([old, reform], ['eligible', 'working']);
    const facts = { applicant: { resident: true } };
    const { values, needs } = evaluateTargets(targets, facts, DATE);
    expect(values).toEqual([true, undefined, undefined, undefined]);
    expect(needs).toEqual([[], ['applicant.employed'], ['applicant.age'], ['applicant.employed']]);
  });
});

describe('withFact', () => {
  const deepFreeze = <T>(o: T): T => {
    if (o !== null && typeof o === 'object') {
      for (const v of Object.values(o)) deepFreeze(v);
      Object.freeze(o);
    }
    return o;
  };

  it('returns a copy with the value set, leaving its input untouched', () => {
    const facts = deepFreeze({ id: 'a', applicant: { resident: true, pets: ['cat'] }, other: { x: 1 } });
    const before = JSON.stringify(facts);
    const next = withFact(facts, 'applicant.employed', false);
    expect(JSON.stringify(facts)).toBe(before);
    expect(next).toEqual({
      id: 'a',
      applicant: { resident: true, employed: false, pets: ['cat'] },
      other: { x: 1 },
    });
    expect(next).not.toBe(facts);
    expect(next.applicant).not.toBe(facts.applicant);
    // Branches not on the path are shared, not copied.
    expect(next.other).toBe(facts.other);
  });

  it('creates the objects on the path, replacing null, and removes a fact set to undefined', () => {
    const facts = deepFreeze({ id: 'a', applicant: null });
    expect(withFact(facts, 'applicant.address.city', 'Springfield')).toEqual({
      id: 'a',
      applicant: { address: { city: 'Springfield' } },
    });
    expect(withFact({}, 'top', 1)).toEqual({ top: 1 });
    const full = deepFreeze({ applicant: { resident: true, employed: true } });
    expect(withFact(full, 'applicant.resident', undefined)).toEqual({ applicant: { employed: true } });
    expect(full.applicant.resident).toBe(true);
  });
});

describe('candidateAnswers', () => {
  const spec = (path: string) => CATALOG.find((s) => s.path === path) as FactSpec;

  it('offers yes and no, every value of an enum, none or each single member of a set', () => {
    expect(candidateAnswers(spec('applicant.resident'))).toEqual([true, false]);
    expect(candidateAnswers(spec('applicant.income'))).toEqual(['low', 'mid', 'high']);
    expect(candidateAnswers(spec('applicant.pets'))).toEqual([[], ['cat'], ['dog']]);
  });

  it('offers the listed values of a text and nothing for a date', () => {
    expect(candidateAnswers(spec('applicant.notes'))).toEqual(['none', 'some']);
    expect(candidateAnswers({ path: 'free', type: 'text', question: 'Anything?' })).toEqual([]);
    expect(candidateAnswers(spec('applicant.birthday'))).toEqual([]);
  });
});

describe('targets by tier, and where a target matters', () => {
  // `subsidy` turns on income alone; `pension` on age and residence.
  const subsidy = definition('subsidy', 'The applicant gets a subsidy', [
    { id: 'subsidy.low', ...rule, then: eq(fact('applicant.income'), 'low') },
  ]);
  const pension = definition('pension', 'The applicant gets a pension', [
    {
      id: 'pension.senior',
      ...rule,
      then: and(eq(fact('applicant.age'), 'senior'), isTrue('applicant.resident')),
    },
  ]);
  const code = regime('code', [subsidy, pension]);

  it('ranks by what a question settles of tier 0 first, however much it settles of tier 1', () => {
    const flat: Target[] = [
      { regime: code, definition: 'pension' },
      { regime: code, definition: 'subsidy' },
    ];
    // Untiered, income (settles the subsidy whatever the answer) beats age and residence.
    expect(rankQuestions(flat, {}, DATE, CATALOG)[0]?.fact.path).toBe('applicant.income');
    const tiered: Target[] = [
      { regime: code, definition: 'pension', tier: 0 },
      { regime: code, definition: 'subsidy', tier: 1 },
    ];
    const ranked = rankQuestions(tiered, {}, DATE, CATALOG);
    // Age settles the pension two times in three, residence one in two; income, none.
    expect(ranked.map((q) => q.fact.path)).toEqual([
      'applicant.age',
      'applicant.resident',
      'applicant.income',
    ]);
    expect(ranked[2]?.byTier).toEqual([
      { expectedSettled: 0, separates: 1, needed: false },
      { expectedSettled: 1, separates: 2, needed: true },
    ]);
  });

  it('bestQuestion is the first of rankQuestions, tier by tier, on every set of facts', () => {
    const targets: Target[] = [
      { regime: code, definition: 'pension', tier: 0 },
      { regime: code, definition: 'subsidy', tier: 1 },
      { regime: code, definition: 'subsidy', tier: 1, when: isTrue('applicant.employed') },
    ];
    const factsSets: Record<string, unknown>[] = [
      {},
      { applicant: { age: 'senior' } },
      { applicant: { age: 'child' } },
      { applicant: { resident: true } },
      { applicant: { income: 'low', employed: false } },
      { applicant: { age: 'adult', resident: false, income: 'mid', employed: true } },
    ];
    for (const facts of factsSets) {
      for (const skip of [new Set<string>(), new Set(['applicant.age']), new Set(['applicant.income'])]) {
        const first = rankQuestions(targets, facts, DATE, CATALOG, skip)[0];
        expect(bestQuestion(targets, facts, DATE, CATALOG, skip), JSON.stringify(facts)).toEqual(first);
      }
    }
    // With routes open, age wins on tier 0; once the pension is settled, income wins on tier 1.
    expect(bestQuestion(targets, {}, DATE, CATALOG)?.fact.path).toBe('applicant.age');
    expect(bestQuestion(targets, { applicant: { age: 'child' } }, DATE, CATALOG)?.fact.path).toBe(
      'applicant.income',
    );
    expect(
      bestQuestion(targets, { applicant: { age: 'child', income: 'low', employed: true } }, DATE, CATALOG),
    ).toBeUndefined();
  });

  it('a target whose `when` is false is moot and asks nothing; while `when` is open, it asks what `when` needs', () => {
    const guarded: Target[] = [{ regime: code, definition: 'subsidy', when: isTrue('applicant.employed') }];
    const open = evaluateTargets(guarded, {}, DATE);
    expect(open.values).toEqual([undefined]);
    expect([...(open.needs[0] ?? [])].sort()).toEqual(['applicant.employed', 'applicant.income']);
    const moot = evaluateTargets(guarded, { applicant: { employed: false } }, DATE);
    expect(moot.values).toEqual([MOOT]);
    expect(moot.needs).toEqual([[]]);
    expect(rankQuestions(guarded, { applicant: { employed: false } }, DATE, CATALOG)).toEqual([]);
    // A value known is a value, whether or not it matters.
    expect(evaluateTargets(guarded, { applicant: { income: 'low' } }, DATE).values).toEqual([true]);
    const matters = evaluateTargets(guarded, { applicant: { employed: true } }, DATE);
    expect(matters.needs).toEqual([['applicant.income']]);
  });
});
