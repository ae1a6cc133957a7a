/**
 * Integer money arithmetic. Amounts are integer minor units (cents); rates are basis points
 * (1 bp = 0.01 %). Nothing here touches floating point.
 *
 * Rounding rule: every division rounds half up (away from zero for the non-negative amounts used
 * here), once, at the place written in `totals.ts`; sums are of already-rounded integers.
 */

/** `numerator / denominator` rounded half up; both must be non-negative integers, denominator > 0. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n || denominator <= 0n) throw new RangeError("divideHalfUp takes a non-negative numerator and a positive denominator");
  return (2n * numerator + denominator) / (2n * denominator);
}

/** `amount × bps / 10 000`, rounded half up. */
export function applyBasisPoints(amount: number, bps: number): number {
  return Number(divideHalfUp(BigInt(amount) * BigInt(bps), 10_000n));
}

/**
 * Splits `total` across `weights` in proportion, so that the parts are integers summing exactly
 * to `total` (largest remainder: the units left after flooring go to the largest remainders,
 * earlier lines first on ties).
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (BigInt(total) * BigInt(w)) as bigint);
  const parts = exact.map((e) => Number(e / BigInt(sum)));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, index) => ({ index, remainder: e % BigInt(sum) }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (left === 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
}

/** The tax contained in a tax-inclusive `gross` at `rateBps`: gross − round(gross / (1 + rate)). */
export function includedTax(gross: number, rateBps: number): number {
  const net = divideHalfUp(BigInt(gross) * 10_000n, BigInt(10_000 + rateBps));
  return gross - Number(net);
}
