// Pearson's correlation coefficient of two paired samples: the covariance divided by the product
// of the standard deviations. It is ±1 exactly when one sample is an affine function of the other.

import { assertSample, message } from "../_validate.ts";

/**
 * Computes Pearson's correlation r = Σ (x_i − x̄)(y_i − ȳ) / √(Σ (x_i − x̄)² · Σ (y_i − ȳ)²).
 * The means are subtracted before the products are summed, which keeps r accurate for samples
 * far from 0 such as flipper lengths near 200 mm.
 *
 * @param x The first sample: at least 2 finite numbers, not all equal.
 * @param y The second sample: finite numbers paired with `x`, as many, not all equal.
 * @returns r in [−1, 1]; rounding can leave |r| a few units of 1e-16 above 1, so the result is
 *   clamped to [−1, 1].
 * @throws {TypeError} If `x` or `y` is not an array of numbers.
 * @throws {RangeError} If a value is not finite, a sample has fewer than 2 values, the lengths
 *   differ, or a sample has no spread.
 *
 * @example An affine copy correlates perfectly
 * ```ts
 * import { correlation } from "./correlation.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(correlation([1, 2, 4], [3, 5, 9]), 1); // y = 2x + 1
 * assert.equal(correlation([1, 2, 4], [-1, -2, -4]), -1);
 * assert.equal(correlation([1, 2, 3], [1, 0, 1]), 0);
 * ```
 */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const action = "compute the correlation";
  assertSample(action, "x", x, 2);
  assertSample(action, "y", y, 2);
  if (y.length !== x.length) {
    throw new RangeError(message(action, "y.length", `x.length (${x.length})`, y.length));
  }
  const n = x.length;
  let meanX = 0, meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i];
    meanY += y[i];
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0) throw new RangeError(message(action, "x", "not all equal", x));
  if (syy === 0) throw new RangeError(message(action, "y", "not all equal", y));
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
