// The quantile function F⁻¹(p) = inf{x : F(x) >= p} of a one-dimensional distribution, found
// numerically from its CDF, and the monotone map F_to⁻¹ ∘ F_from that carries one distribution
// onto another (the inverse-CDF transform, a nonlinear generator that needs no training).

import { assertFinite, message } from "../_validate.ts";
import { assertDistribution } from "./_assert.ts";
import type { Distribution } from "./distribution.ts";
import { isEmpirical } from "./empirical.ts";

// Bracket doublings allowed before giving up: 2^200 standard deviations covers any finite CDF.
const MAX_DOUBLINGS = 200;
// Bisection alone reaches double precision within about 2100 halvings of any finite bracket.
const MAX_ITERATIONS = 2200;
// Relative step size at which Newton's method counts as converged.
const RELATIVE_TOLERANCE = 1e-14;

/**
 * Computes the quantile F⁻¹(p), the smallest x with F(x) >= p, from the distribution's CDF.
 *
 * The search first brackets the answer, starting at mean ± one standard deviation and doubling
 * the distance until F(lo) < p <= F(hi). Each CDF value then shrinks the bracket, and the next
 * point is the Newton step x − (F(x) − p)/f(x) with the density f if it lands inside the
 * bracket, and the midpoint otherwise. It stops when the Newton step falls below 1e-14·max(1, |x|)
 * or the bracket cannot be halved any more. For a continuous, strictly increasing CDF the result
 * is within about 1e-14 relative error of the exact quantile; in a tail where F rounds to a
 * constant it is any x in the flat stretch. An empirical distribution (see `isEmpirical`) gets
 * its exact sample quantile: the smallest value x_(k) with k/n >= p.
 *
 * @param distribution Any distribution with a non-decreasing `cdf` that tends to 0 and 1.
 * @param p The probability level, in the open interval (0, 1).
 * @returns The quantile, a finite number in the units of x.
 * @throws {TypeError} If `distribution` is not a distribution or `p` is not a number.
 * @throws {RangeError} If `p` is not in (0, 1), or the CDF does not reach p within 2^200
 *   standard deviations of the mean (a CDF that is not a CDF).
 *
 * @example The 97.5 % point of N(0, 1) and the median of U(0, 2)
 * ```ts
 * import { quantile } from "./quantile.ts";
 * import { normal } from "./normal.ts";
 * import { uniform } from "./uniform.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(Math.abs(quantile(normal(0, 1), 0.975) - 1.959963984540054) < 1e-12);
 * assert.ok(Math.abs(quantile(uniform(0, 2), 0.5) - 1) < 1e-12);
 * ```
 */
export function quantile(distribution: Distribution, p: number): number {
  const action = "compute a quantile";
  assertDistribution(action, "distribution", distribution);
  assertFinite(action, "p", p);
  if (!(p > 0 && p < 1)) throw new RangeError(message(action, "p", "in (0, 1)", p));

  if (isEmpirical(distribution)) return _sampleQuantile(distribution.values, p);

  let [lo, hi] = _bracket(action, distribution, p);
  let x = 0.5 * (lo + hi);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const F = distribution.cdf(x);
    if (F >= p) hi = x;
    else lo = x;

    // Newton's step on F(x) − p, x ← x − (F(x) − p)/f(x), kept while it lands inside the
    // bracket; otherwise bisect. A step below the tolerance ends the search.
    const f = distribution.density(x);
    const step = f > 0 ? (F - p) / f : NaN;
    const newton = x - step;
    if (Math.abs(step) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(x))) {
      return Math.min(Math.max(newton, lo), hi);
    }
    if (newton > lo && newton < hi) {
      x = newton;
      continue;
    }
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    x = mid;
  }
  return hi;
}

/**
 * Builds the monotone map z ↦ F_to⁻¹(F_from(z)) that carries samples of `from` to samples of
 * `to`. If z is drawn from `from` (with a continuous CDF), F_from(z) is uniform on (0, 1), and
 * the quantile function of `to` turns that uniform value into a draw from `to`. With `from` =
 * N(0, 1) this is a nonlinear generator that turns the standard normal noise into any
 * one-dimensional distribution, two modes included.
 *
 * @param from The distribution of the input z, whose CDF should be continuous.
 * @param to The target distribution.
 * @returns The map; it throws a `TypeError` for a z that is not a number, and a `RangeError`
 *   for a z that is not finite or so far in a tail that F_from(z) rounds to 0 or 1 (for
 *   N(0, 1), z above about 8.2 or below about −37.5).
 * @throws {TypeError} If `from` or `to` is not a distribution.
 *
 * @example N(0, 1) onto N(4, 1.25²) is the linear map 1.25·z + 4
 * ```ts
 * import { pushforwardMap } from "./quantile.ts";
 * import { normal } from "./normal.ts";
 * import assert from "node:assert/strict";
 *
 * const map = pushforwardMap(normal(0, 1), normal(4, 1.25));
 * assert.ok(Math.abs(map(1) - 5.25) < 1e-12);
 * ```
 */
export function pushforwardMap(from: Distribution, to: Distribution): (z: number) => number {
  const action = "build a pushforward map";
  assertDistribution(action, "from", from);
  assertDistribution(action, "to", to);
  return (z: number) => {
    assertFinite("map z", "z", z);
    const u = from.cdf(z);
    if (!(u > 0 && u < 1)) {
      throw new RangeError(message("map z", "F_from(z)", `in (0, 1) for z=${z}`, u));
    }
    return quantile(to, u);
  };
}

// The smallest sorted value x_(k) with k/n >= p, which is where the step CDF first reaches p.
// The index is corrected in both directions, so that k/n is compared in the same floating-point
// arithmetic as the empirical CDF's count/n.
function _sampleQuantile(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  let k = Math.min(n, Math.max(1, Math.ceil(n * p)));
  while (k > 1 && (k - 1) / n >= p) k--;
  while (k < n && k / n < p) k++;
  return sorted[k - 1];
}

// Returns [lo, hi] with F(lo) < p <= F(hi), widening mean ± sd by doubling.
function _bracket(action: string, distribution: Distribution, p: number): [number, number] {
  const center = Number.isFinite(distribution.mean) ? distribution.mean : 0;
  const sd = Math.sqrt(distribution.variance);
  const scale = Number.isFinite(sd) && sd > 0 ? sd : 1;
  let lo = center - scale;
  let hi = center + scale;
  for (let k = 0; distribution.cdf(lo) >= p; k++) {
    if (k === MAX_DOUBLINGS) {
      throw new RangeError(message(action, "the CDF", `below p far left of the mean`, lo));
    }
    lo = center - scale * 2 ** (k + 1);
  }
  for (let k = 0; !(distribution.cdf(hi) >= p); k++) {
    if (k === MAX_DOUBLINGS) {
      throw new RangeError(message(action, "the CDF", `at least p far right of the mean`, hi));
    }
    hi = center + scale * 2 ** (k + 1);
  }
  return [lo, hi];
}
