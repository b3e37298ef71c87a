// The empirical distribution of a measured sample x_1, ..., x_n: each value carries mass 1/n.
// Its CDF is the step function F_n(x) = #{x_i <= x}/n, and its density is a Gaussian kernel
// density estimate, because a sum of point masses has no density to draw.

import { randomInt } from "d3-random";
import { assertObject, assertPositive, assertSample, message } from "../_validate.ts";
import type { Source } from "../random.ts";
import type { Distribution } from "./distribution.ts";
import { assertDistribution } from "./_assert.ts";
import { assertSampleInto, assertSampleSize, fillFrom } from "./_sampling.ts";

const SQRT_2PI = Math.sqrt(2 * Math.PI);
// exp(−u²/2) underflows to 0 for |u| > 38.6, so kernels farther than 40 bandwidths add nothing.
const KERNEL_REACH = 40;

/** An empirical distribution, which also exposes its sorted sample and kernel bandwidth. */
export interface EmpiricalDistribution extends Distribution {
  /** The sample values in ascending order, copied from the input. Callers must not modify the array. */
  readonly values: Float64Array;
  /** The standard deviation h of the Gaussian kernel used by `density`, in (0, ∞). */
  readonly bandwidth: number;
}

/**
 * Creates the empirical distribution of a sample.
 *
 * The mean is the sample mean and the variance is the 1/n (maximum likelihood) variance. The CDF
 * is the right-continuous step function #{x_i <= x}/n. The density is the Gaussian kernel
 * estimate (1/(n·h)) Σ φ((x − x_i)/h). Unless `options.bandwidth` is given, h follows Silverman's
 * rule of thumb h = 0.9 · min(s, IQR/1.34) · n^(−1/5), where s is the standard deviation with the
 * n − 1 denominator and IQR the interquartile range (quartiles by linear interpolation between
 * order statistics). If the IQR is 0, h = 0.9 · s · n^(−1/5). Sampling is the bootstrap: each
 * draw is one of the values, chosen uniformly with replacement by `d3-random`'s `randomInt`.
 *
 * @param values The sample: at least 2 finite numbers, not all equal unless a bandwidth is given.
 * @param options.bandwidth The kernel standard deviation h, in (0, ∞), in the units of `values`.
 * @param options.name The name used in figure legends, and "sample (n = <n>)" unless given.
 * @returns The distribution, with the sorted values and the bandwidth as properties. Its
 * `sample(n, source)` and `sampleInto(out, source)` throw a `RangeError` unless `n` is an integer
 * >= 0, and a `TypeError` unless `out` is a `Float64Array` and `source` a function.
 * @throws {TypeError} If `values` is not an array of numbers, `options` is not an object or
 * `options.name` is not a string.
 * @throws {RangeError} If a value is not finite, fewer than 2 values are given, all values are
 * equal without a bandwidth, or `options.bandwidth` is not positive and finite.
 *
 * @example Step CDF and 1/n variance
 * ```ts
 * import { empirical } from "./empirical.ts";
 * import assert from "node:assert/strict";
 *
 * const p = empirical([3, 1, 2, 2]);
 * assert.deepEqual([...p.values], [1, 2, 2, 3]);
 * assert.equal(p.cdf(2), 0.75);
 * assert.equal(p.mean, 2);
 * assert.equal(p.variance, 0.5);
 * ```
 */
export function empirical(
  values: ArrayLike<number>,
  options: { bandwidth?: number; name?: string } = {},
): EmpiricalDistribution {
  const action = "create an empirical distribution";
  assertSample(action, "values", values, 2);
  assertObject(action, "options", options);
  if (options.name !== undefined && typeof options.name !== "string") {
    throw new TypeError(message(action, "options.name", "a string", options.name));
  }
  if (options.bandwidth !== undefined) {
    assertPositive(action, "options.bandwidth", options.bandwidth);
  }

  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / n;
  const variance = sorted.reduce((sum, x) => sum + (x - mean) ** 2, 0) / n;
  if (sorted[0] === sorted[n - 1] && options.bandwidth === undefined) {
    throw new RangeError(
      message(action, "values", "not all equal unless a bandwidth is given", values),
    );
  }
  const h = options.bandwidth ?? _silvermanBandwidth(sorted, variance);

  return {
    name: options.name ?? `sample (n = ${n})`,
    mean,
    variance,
    values: sorted,
    bandwidth: h,
    density(x) {
      if (Number.isNaN(x)) return NaN;
      const from = _countBelow(sorted, x - KERNEL_REACH * h);
      const to = _countAtMost(sorted, x + KERNEL_REACH * h);
      let sum = 0;
      for (let i = from; i < to; i++) {
        const u = (x - sorted[i]) / h;
        sum += Math.exp(-0.5 * u * u);
      }
      return sum / (n * h * SQRT_2PI);
    },
    cdf(x) {
      return Number.isNaN(x) ? NaN : _countAtMost(sorted, x) / n;
    },
    sampleInto(out, source: Source) {
      assertSampleInto(out, source);
      const index = randomInt.source(source)(n);
      return fillFrom(out, () => sorted[index()]);
    },
    sample(size, source: Source) {
      assertSampleSize(size);
      return this.sampleInto(new Float64Array(size), source);
    },
  };
}

/**
 * Checks whether a distribution is an {@linkcode EmpiricalDistribution}: whether it has a sorted
 * `values` array and a `bandwidth`.
 *
 * @param distribution Any distribution.
 * @returns `true` for the result of {@linkcode empirical}, and for any distribution with a
 * `Float64Array` property `values` and a numeric property `bandwidth`.
 * @throws {TypeError} If `distribution` is not a distribution: an object with `density` and
 * `cdf` functions and a numeric `mean` and `variance`.
 *
 * @example
 * ```ts
 * import { empirical, isEmpirical } from "./empirical.ts";
 * import { normal } from "./normal.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(isEmpirical(empirical([1, 2, 4])), true);
 * assert.equal(isEmpirical(normal(0, 1)), false);
 * ```
 */
export function isEmpirical(distribution: Distribution): distribution is EmpiricalDistribution {
  assertDistribution("check for an empirical distribution", "distribution", distribution);
  const candidate = distribution as Partial<EmpiricalDistribution>;
  return candidate.values instanceof Float64Array && typeof candidate.bandwidth === "number";
}

// Silverman's rule of thumb for a sorted sample with 1/n variance `variance` (see `empirical`).
function _silvermanBandwidth(sorted: Float64Array, variance: number): number {
  const n = sorted.length;
  const s = Math.sqrt((variance * n) / (n - 1));
  const iqr = _quantile(sorted, 0.75) - _quantile(sorted, 0.25);
  const spread = iqr > 0 ? Math.min(s, iqr / 1.34) : s;
  return 0.9 * spread * n ** -0.2;
}

// The u-quantile of a sorted sample, interpolating linearly between order statistics.
function _quantile(sorted: Float64Array, u: number): number {
  const position = (sorted.length - 1) * u;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

// The number of sorted values strictly less than x, by binary search.
function _countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The number of sorted values less than or equal to x, by binary search.
function _countAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
