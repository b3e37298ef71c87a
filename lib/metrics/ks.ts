// The Kolmogorov–Smirnov statistic: the largest vertical gap sup_x |F_a(x) − F(x)| between the
// empirical CDF of a sample and another CDF, either a second sample's or a distribution's.

import { assertSample } from "../_validate.ts";
import { assertDistribution } from "../distributions/_assert.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { isEmpirical } from "../distributions/empirical.ts";

/**
 * Computes the Kolmogorov–Smirnov statistic of sample `a` against `b`.
 *
 * If `b` is a sample, this is the two-sample statistic sup_x |F_a(x) − F_b(x)| between the two
 * empirical CDFs, taken over the merged values with ties handled together. If `b` is a
 * distribution, it is the one-sample statistic sup_x |F_a(x) − b.cdf(x)|, computed at the sorted
 * values as max_i max(i/n − F(x_(i)), F(x_(i)) − (i − 1)/n), which is exact for a continuous
 * CDF. An empirical distribution (see `isEmpirical`) is compared by its values instead, with the
 * two-sample statistic, because its CDF has jumps.
 *
 * @param a The sample: at least one finite number.
 * @param b A second sample of at least one finite number, or a distribution.
 * @returns The statistic, in [0, 1].
 * @throws {TypeError} If `a` is not an array of numbers, or `b` is neither an array of numbers
 * nor a distribution.
 * @throws {RangeError} If a sample is empty or has a value that is not finite.
 *
 * @example Two samples, and one sample against U(0, 1)
 * ```ts
 * import { ksStatistic } from "./ks.ts";
 * import { uniform } from "../distributions/uniform.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(ksStatistic([1, 2, 3, 4], [3, 4, 5, 6]), 0.5);
 * assert.equal(ksStatistic([0.25, 0.75], uniform(0, 1)), 0.25);
 * ```
 */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number> | Distribution): number {
  const action = "compute the KS statistic";
  assertSample(action, "a", a);
  const sortedA = Float64Array.from(a).sort();
  const isArray = Array.isArray(b) || ArrayBuffer.isView(b);
  if (isArray) {
    assertSample(action, "b", b);
    return _twoSample(sortedA, Float64Array.from(b as ArrayLike<number>).sort());
  }
  assertDistribution(action, "b", b);
  if (isEmpirical(b)) return _twoSample(sortedA, b.values);

  const n = sortedA.length;
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const F = b.cdf(sortedA[i]);
    largest = Math.max(largest, (i + 1) / n - F, F - i / n);
  }
  return largest;
}

// sup_x |F_a(x) − F_b(x)| for two sorted samples. Both CDFs change only at the sample values.
function _twoSample(sortedA: Float64Array, sortedB: Float64Array): number {
  let i = 0;
  let j = 0;
  let largest = 0;
  while (i < sortedA.length && j < sortedB.length) {
    const x = Math.min(sortedA[i], sortedB[j]);
    while (sortedA[i] === x) i++;
    while (sortedB[j] === x) j++;
    largest = Math.max(largest, Math.abs(i / sortedA.length - j / sortedB.length));
  }
  return largest;
}
