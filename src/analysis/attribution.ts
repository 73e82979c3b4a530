/**
 * Exact Shapley values: how much of a change each of n players (here, a bill's provisions)
 * accounts for, averaged over every order in which they could be added. Order-independent by
 * construction, and the shares add up to v(all) - v(none).
 */

/** n! for the small n of a bill's provisions. */
function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}

/**
 * `value(mask)` is the value of the coalition whose members are the set bits of `mask` (player i
 * is bit i). Returns one share per player. Exact: visits all 2^n coalitions once.
 */
export function shapleyValues(n: number, value: (mask: number) => number): number[] {
  if (n > 20) throw new RangeError(`exact Shapley values over ${n} players would take 2^${n} evaluations`);
  const size = 1 << n;
  const v = new Float64Array(size);
  for (let mask = 0; mask < size; mask++) v[mask] = value(mask);
  const weight: number[] = [];
  for (let s = 0; s < n; s++) weight.push((factorial(s) * factorial(n - s - 1)) / factorial(n));
  const shares = new Array<number>(n).fill(0);
  for (let mask = 0; mask < size; mask++) {
    let members = 0;
    for (let m = mask; m; m &= m - 1) members++;
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if (mask & bit) continue;
      shares[i] =
        (shares[i] as number) +
        (weight[members] as number) * ((v[mask | bit] as number) - (v[mask] as number));
    }
  }
  return shares;
}
