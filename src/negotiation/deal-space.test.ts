import { describe, expect, it } from 'vitest';
import {
  dealSpace,
  minimalUnsatisfiableSubsets,
  positionsAsOf,
  positionsInForceKey,
  timeline,
} from './deal-space.js';
import { type Negotiation, negotiationSchema, type Stance } from './model.js';

/** A small negotiation: QI with options a, b, c; S242 with d, e; parties X, Y, Z. */
function negotiation(
  positions: [party: string, option: string, stance: Stance, date?: string][],
): Negotiation {
  const issueOf = (o: string) => (['a', 'b', 'c'].includes(o) ? 'QI' : 'S242');
  return negotiationSchema.parse({
    id: 'small',
    title: 'a small negotiation',
    issues: [
      { id: 'QI', title: 'qi', options: ['a', 'b', 'c'].map((id) => ({ id, title: id, provisions: [] })) },
      { id: 'S242', title: 's242', options: ['d', 'e'].map((id) => ({ id, title: id, provisions: [] })) },
    ],
    parties: [
      { id: 'X', name: 'X', kind: 'negotiator' },
      { id: 'Y', name: 'Y', kind: 'negotiator' },
      { id: 'Z', name: 'Z', kind: 'caucus', until: '2021-01-31' },
    ],
    positions: positions.map(([party, option, stance, date]) => ({
      party,
      issue: issueOf(option),
      option,
      stance,
      date: date ?? '2021-01-01',
      evidence: [
        {
          speaker: party,
          paraphrase: `${stance} ${option}`,
          url: 'https://example.org/a',
          date: date ?? '2021-01-01',
        },
      ],
    })),
  });
}

const names = (sets: readonly (readonly { party: string; option: string; stance: string }[])[]) =>
  sets.map((s) => s.map((l) => `${l.party} ${l.stance} ${l.option}`));

describe('feasibility', () => {
  it('prunes the options a red line rules out, and counts the packages', () => {
    const space = dealSpace(negotiation([['X', 'a', 'red-line-against']]), '2021-02-01');
    expect(space.packages).toBe(6);
    expect(space.issues.map((i) => i.feasible)).toEqual([
      ['b', 'c'],
      ['d', 'e'],
    ]);
    expect(space.feasibleCount).toBe(4);
    expect(space.blockingSets).toEqual([]);
  });

  it('a red line for an option leaves only that option', () => {
    const space = dealSpace(negotiation([['Y', 'e', 'red-line-for']]), '2021-02-01');
    expect(space.issues.map((i) => i.feasible)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(space.feasibleCount).toBe(3);
  });

  it('counts only the latest position on or before the date, of parties still at the table', () => {
    const n = negotiation([
      ['X', 'a', 'red-line-against', '2021-01-01'],
      ['X', 'a', 'supports', '2021-03-01'],
      ['Z', 'd', 'red-line-against', '2021-01-01'],
    ]);
    expect(dealSpace(n, '2020-12-31').feasibleCount).toBe(6);
    expect(dealSpace(n, '2021-01-15').feasibleCount).toBe(2);
    // Z leaves the table after 31 January; X gives up its red line on 1 March.
    expect(dealSpace(n, '2021-02-01').feasibleCount).toBe(4);
    expect(dealSpace(n, '2021-03-01').feasibleCount).toBe(6);
    expect(positionsAsOf(n, '2021-03-01').map((p) => `${p.party} ${p.option} ${p.stance}`)).toEqual([
      'X a supports',
    ]);
  });

  it('keys a date by the positions in force: one key, one deal space but for the date', () => {
    const n = negotiation([
      ['X', 'a', 'red-line-against', '2021-01-01'],
      ['X', 'a', 'supports', '2021-03-01'],
      ['Z', 'd', 'red-line-against', '2021-01-01'],
    ]);
    const key = (d: string) => positionsInForceKey(n, d);
    expect(key('2020-12-31')).toBe('');
    expect(key('2021-01-01')).toBe('0,2');
    expect(key('2021-01-31')).toBe('0,2');
    // Z leaves the table after 31 January: a new key, though no position was dated then.
    expect(key('2021-02-01')).toBe('0');
    expect(key('2021-03-01')).toBe('1');
    const sameButDate = (a: string, b: string) =>
      expect({ ...dealSpace(n, a), asOf: b }).toEqual(dealSpace(n, b));
    sameButDate('2021-01-01', '2021-01-31');
    sameButDate('2021-03-01', '2021-12-31');
    expect(dealSpace(n, '2021-01-31').feasibleCount).not.toBe(dealSpace(n, '2021-02-01').feasibleCount);
  });
});

describe('the Pareto ranking', () => {
  it('keeps exactly the packages no other beats for every party, best total first', () => {
    // Support (X, Y): a (1,-1), b (-1,1), c (0,1); d (0,-1), e (1,0).
    const space = dealSpace(
      negotiation([
        ['X', 'a', 'supports'],
        ['Y', 'a', 'opposes'],
        ['X', 'b', 'opposes'],
        ['Y', 'b', 'supports'],
        ['X', 'c', 'accepts'],
        ['Y', 'c', 'supports'],
        ['Y', 'd', 'opposes'],
        ['X', 'e', 'supports'],
      ]),
      '2021-02-01',
    );
    expect(space.feasibleCount).toBe(6);
    expect(space.frontierCount).toBe(2);
    expect(space.best.map((b) => [b.options, b.support, b.totalSupport])).toEqual([
      [
        { QI: 'c', S242: 'e' },
        [
          { party: 'X', support: 1 },
          { party: 'Y', support: 1 },
        ],
        2,
      ],
      [
        { QI: 'a', S242: 'e' },
        [
          { party: 'X', support: 2 },
          { party: 'Y', support: -1 },
        ],
        1,
      ],
    ]);
  });

  it('lists packages the parties support alike, all of them on the frontier', () => {
    const space = dealSpace(negotiation([['X', 'a', 'red-line-against']]), '2021-02-01');
    expect(space.frontierCount).toBe(4);
    expect(space.best.map((b) => `${b.options.QI}${b.options.S242}`)).toEqual(['bd', 'be', 'cd', 'ce']);
    expect(dealSpace(negotiation([['X', 'a', 'red-line-against']]), '2021-02-01', 3).best).toHaveLength(3);
  });
});

describe('blocking sets', () => {
  it('names two disjoint minimal blocking sets, one per issue', () => {
    const space = dealSpace(
      negotiation([
        ['X', 'a', 'red-line-for'],
        ['Y', 'a', 'red-line-against'],
        ['Y', 'd', 'red-line-for'],
        ['X', 'd', 'red-line-against'],
        ['X', 'b', 'supports'],
      ]),
      '2021-02-01',
    );
    expect(space.feasibleCount).toBe(0);
    expect(space.best).toEqual([]);
    expect(space.separating).toEqual(['QI', 'S242']);
    expect(names(space.blockingSets)).toEqual([
      ['X red-line-for a', 'Y red-line-against a'],
      ['Y red-line-for d', 'X red-line-against d'],
    ]);
    expect(space.blockingSets[0]?.[0]?.evidence[0]?.paraphrase).toBe('red-line-for a');
  });

  it('finds overlapping minimal sets, and one that rules out every option', () => {
    const space = dealSpace(
      negotiation([
        ['X', 'd', 'red-line-against'],
        ['Y', 'e', 'red-line-against'],
        ['Z', 'd', 'red-line-for'],
      ]),
      '2021-01-15',
    );
    // Against d and against e leave no option; for d and against d cannot both hold. For d and
    // against e can: d.
    expect(names(space.blockingSets)).toEqual([
      ['X red-line-against d', 'Y red-line-against e'],
      ['X red-line-against d', 'Z red-line-for d'],
    ]);
  });

  it('minimal unsatisfiable subsets are exact under any monotone oracle', () => {
    // Unsatisfiable: any set holding both 1 and 2, or all of 3, 4, 5.
    const sat = (s: readonly number[]) =>
      !(s.includes(1) && s.includes(2)) && !(s.includes(3) && s.includes(4) && s.includes(5));
    expect(minimalUnsatisfiableSubsets([1, 2, 3, 4, 5], sat)).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(minimalUnsatisfiableSubsets([1, 3, 4], sat)).toEqual([]);
  });
});

describe('the timeline', () => {
  it('has a step each time feasibility or the blocking sets change', () => {
    const n = negotiation([
      ['X', 'a', 'red-line-for', '2021-01-01'],
      ['Y', 'a', 'red-line-against', '2021-02-01'],
      ['Y', 'b', 'supports', '2021-02-10'],
      ['X', 'a', 'supports', '2021-03-01'],
    ]);
    expect(
      timeline(n, '2020-12-01', '2021-12-31').map((s) => [s.date, s.feasibleCount, s.separating]),
    ).toEqual([
      ['2020-12-01', 6, []],
      ['2021-01-01', 2, []],
      ['2021-02-01', 0, ['QI']],
      ['2021-03-01', 4, []],
    ]);
  });
});
