import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapleyValues } from './attribution.js';

const popcount = (mask: number) => {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
};
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Shapley values by brute force: the marginal contribution averaged over every order. */
function byOrders(n: number, value: (mask: number) => number): number[] {
  const shares = new Array<number>(n).fill(0);
  const orders: number[][] = [];
  const permute = (prefix: number[], rest: number[]) => {
    if (rest.length === 0) orders.push(prefix);
    rest.forEach((p, i) => {
      permute([...prefix, p], [...rest.slice(0, i), ...rest.slice(i + 1)]);
    });
  };
  permute(
    [],
    Array.from({ length: n }, (_, i) => i),
  );
  for (const order of orders) {
    let mask = 0;
    for (const p of order) {
      shares[p] = (shares[p] as number) + (value(mask | (1 << p)) - value(mask)) / orders.length;
      mask |= 1 << p;
    }
  }
  return shares;
}

/** A game on n players given as its table of 2^n coalition values. */
const game = (maxPlayers: number) =>
  fc
    .integer({ min: 1, max: maxPlayers })
    .chain((n) =>
      fc
        .array(fc.integer({ min: -20, max: 20 }), { minLength: 1 << n, maxLength: 1 << n })
        .map((table) => ({ n, table })),
    );

describe('shapleyValues', () => {
  it('a 3-player majority game gives each player 1/3', () => {
    const shares = shapleyValues(3, (mask) => (popcount(mask) >= 2 ? 1 : 0));
    for (const s of shares) expect(s).toBeCloseTo(1 / 3, 12);
  });

  it('an AND of two players gives each 1/2', () => {
    const shares = shapleyValues(2, (mask) => (mask === 0b11 ? 1 : 0));
    expect(shares[0]).toBeCloseTo(0.5, 12);
    expect(shares[1]).toBeCloseTo(0.5, 12);
  });

  it('an OR of two players gives each 1/2, and a dictator takes everything', () => {
    const or = shapleyValues(2, (mask) => (mask !== 0 ? 1 : 0));
    expect(or[0]).toBeCloseTo(0.5, 12);
    expect(or[1]).toBeCloseTo(0.5, 12);
    const dictator = shapleyValues(3, (mask) => (mask & 0b010 ? 7 : 0));
    expect(dictator[0]).toBe(0);
    expect(dictator[1]).toBeCloseTo(7, 12);
    expect(dictator[2]).toBe(0);
  });

  it('an additive game gives each player its own contribution', () => {
    const weights = [3, -2, 5, 0.5];
    const shares = shapleyValues(4, (mask) => sum(weights.filter((_, i) => mask & (1 << i))));
    shares.forEach((s, i) => {
      expect(s).toBeCloseTo(weights[i] as number, 12);
    });
  });

  it('the empty game has no shares; one player takes the whole change', () => {
    expect(shapleyValues(0, () => 5)).toEqual([]);
    expect(shapleyValues(1, (mask) => (mask ? 9 : 4))).toEqual([5]);
  });

  it('refuses more players than it can visit exactly', () => {
    expect(() => shapleyValues(21, () => 0)).toThrow(RangeError);
  });

  it('efficiency: the shares add up to v(all) - v(none)', () => {
    fc.assert(
      fc.property(game(6), ({ n, table }) => {
        const v = (mask: number) => table[mask] as number;
        const shares = shapleyValues(n, v);
        expect(shares).toHaveLength(n);
        expect(sum(shares)).toBeCloseTo(v((1 << n) - 1) - v(0), 9);
      }),
    );
  });

  it('agrees with the average of marginal contributions over every order', () => {
    fc.assert(
      fc.property(game(5), ({ n, table }) => {
        const v = (mask: number) => table[mask] as number;
        const exact = shapleyValues(n, v);
        byOrders(n, v).forEach((s, i) => {
          expect(exact[i]).toBeCloseTo(s, 9);
        });
      }),
    );
  });

  it('symmetry: two players that are interchangeable get the same share', () => {
    fc.assert(
      fc.property(game(5), ({ n, table }) => {
        if (n < 2) return;
        // Make players 0 and 1 interchangeable: a coalition's value depends on them only through
        // how many of the two it holds.
        const swap = (mask: number) => {
          const a = mask & 1;
          const b = (mask >> 1) & 1;
          return (mask & ~0b11) | (a << 1) | b;
        };
        const v = (mask: number) => Math.max(table[mask] as number, table[swap(mask)] as number);
        const shares = shapleyValues(n, v);
        expect(shares[0]).toBeCloseTo(shares[1] as number, 9);
      }),
    );
  });

  it('null player: one that never changes a coalition value gets 0, and the others are unchanged', () => {
    fc.assert(
      fc.property(game(5), fc.nat(), ({ n, table }, k) => {
        const dummy = k % (n + 1);
        // v over n+1 players, where `dummy` is inserted and ignored.
        const drop = (mask: number) => {
          const low = mask & ((1 << dummy) - 1);
          const high = mask >> (dummy + 1);
          return low | (high << dummy);
        };
        const withDummy = shapleyValues(n + 1, (mask) => table[drop(mask)] as number);
        const without = shapleyValues(n, (mask) => table[mask] as number);
        expect(withDummy[dummy]).toBeCloseTo(0, 9);
        const rest = withDummy.filter((_, i) => i !== dummy);
        rest.forEach((s, i) => {
          expect(s).toBeCloseTo(without[i] as number, 9);
        });
      }),
    );
  });
});
