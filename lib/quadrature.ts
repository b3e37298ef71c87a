// Numerical integration on a finite interval by adaptive Gauss–Kronrod quadrature, and the finite
// interval that carries a distribution's mass. The metrics integrate densities with these, since
// the Jensen–Shannon divergence and the game value have no closed form.

import { assertDistribution } from "./distributions/_assert.ts";
import type { Distribution } from "./distributions/distribution.ts";
import { isEmpirical } from "./distributions/empirical.ts";
import { assertFinite, assertInteger, assertPositive, message } from "./_validate.ts";

// The 15-point Kronrod rule on [−1, 1]: nodes in decreasing order down to 0 and their weights.
// The 7-point Gauss rule uses the odd-indexed nodes (1, 3, 5, 7) with the weights GAUSS_7.
const KRONROD_NODES = [
  0.991455371120812639206854697526329,
  0.949107912342758524526189684047851,
  0.864864423359769072789712788640926,
  0.741531185599394439863864773280788,
  0.586087235467691130294144845693013,
  0.405845151377397166906606412076961,
  0.207784955007898467600689403773245,
  0,
];
const KRONROD_15 = [
  0.02293532201052922496373200805897,
  0.063092092629978553290700663189204,
  0.104790010322250183839876322541518,
  0.140653259715525918745189590510238,
  0.16900472663926790282658342659855,
  0.190350578064785409913256402421014,
  0.204432940075298892414161999234649,
  0.209482141084727828012999174891714,
];
const GAUSS_7 = [
  0.129484966168869693270611432679082,
  0.27970539148927666790146777142378,
  0.381830050505118944950369775488975,
  0.417959183673469387755102040816327,
];
// Each tail left outside a support interval carries at most this much probability.
const TAIL_MASS = 1e-13;

/**
 * Integrates `f` over [a, b] by adaptive 15-point Gauss–Kronrod quadrature.
 *
 * An interval is accepted when, within its share of `tolerance`, the 15-point Kronrod and the
 * 7-point Gauss estimates agree on each of its halves and the Kronrod estimate of the whole
 * agrees with the sum over the halves. Otherwise each half is treated in the same way with half
 * the tolerance. So for a smooth `f` the absolute error is usually well below `tolerance`. At a
 * jump of `f` the halving runs to `maxDepth`, leaving an error of about
 * (jump height)·(b − a)·2^−maxDepth, and the function returns its estimate without reporting
 * that the tolerance was not met. Like any rule that samples `f` at finitely many points, it can
 * miss a feature far narrower than b − a that falls between the nodes of the first halvings.
 *
 * @param f The integrand; it must return a finite number at every point it is evaluated.
 * @param a The lower limit, any finite number.
 * @param b The upper limit, a finite number greater than `a`.
 * @param options.tolerance The target absolute error, in (0, ∞); 1e-10 unless given.
 * @param options.maxDepth The maximum number of halvings, an integer >= 0; 50 unless given. With
 * 0, the result is the sum of the 15-point rule on the two halves of [a, b].
 * @returns The estimate of ∫_a^b f(x) dx.
 * @throws {TypeError} If `f` is not a function, or a limit, option or value of `f` is not a number.
 * @throws {RangeError} If a limit is not finite, `b <= a`, an option is out of range, or `f`
 * returns a value that is not finite.
 *
 * @example The area under sin on [0, π]
 * ```ts
 * import { integrate } from "./quadrature.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(Math.abs(integrate(Math.sin, 0, Math.PI) - 2) < 1e-12);
 * ```
 */
export function integrate(
  f: (x: number) => number,
  a: number,
  b: number,
  options: { tolerance?: number; maxDepth?: number } = {},
): number {
  const action = "integrate";
  if (typeof f !== "function") throw new TypeError(message(action, "f", "a function", f));
  assertFinite(action, "a", a);
  assertFinite(action, "b", b);
  if (!(b > a)) throw new RangeError(message(action, "b", `greater than a=${a}`, b));
  const { tolerance = 1e-10, maxDepth = 50 } = options;
  assertPositive(action, "options.tolerance", tolerance);
  assertInteger(action, "options.maxDepth", maxDepth, 0);

  const checked = (x: number) => {
    const y = f(x);
    if (!Number.isFinite(y)) assertFinite(action, `f(${x})`, y);
    return y;
  };
  return _adaptive(checked, a, b, _kronrod15(checked, a, b), tolerance, maxDepth);
}

// Accepts [a, b] when three checks agree to within `tolerance`: the Kronrod and Gauss estimates
// on each half, and the Kronrod estimate on the whole (`whole`) against the sum on the halves.
// Comparing whole and halves catches integrands whose 15 nodes on [a, b] miss a feature.
function _adaptive(
  f: (x: number) => number,
  a: number,
  b: number,
  whole: Estimate,
  tolerance: number,
  depth: number,
): number {
  const middle = a + (b - a) / 2;
  const left = _kronrod15(f, a, middle);
  const right = _kronrod15(f, middle, b);
  const sum = left.kronrod + right.kronrod;

  const halvesError = Math.abs(left.kronrod - left.gauss) + Math.abs(right.kronrod - right.gauss);
  const error = Math.max(halvesError, Math.abs(whole.kronrod - sum));
  // The second bound stops the halving once the error is at the level of rounding.
  if (depth === 0 || error <= Math.max(tolerance, 1e-15 * Math.abs(sum))) return sum;

  return _adaptive(f, a, middle, left, tolerance / 2, depth - 1) +
    _adaptive(f, middle, b, right, tolerance / 2, depth - 1);
}

interface Estimate {
  kronrod: number;
  gauss: number;
}

// Both estimates of ∫_a^b f on the same 15 points, mapped from [−1, 1] by x = centre + half·t.
function _kronrod15(f: (x: number) => number, a: number, b: number): Estimate {
  const centre = (a + b) / 2;
  const half = (b - a) / 2;
  const fCentre = f(centre);
  let kronrod = KRONROD_15[7] * fCentre;
  let gauss = GAUSS_7[3] * fCentre;
  for (let i = 0; i < 7; i++) {
    const pair = f(centre - half * KRONROD_NODES[i]) + f(centre + half * KRONROD_NODES[i]);
    kronrod += KRONROD_15[i] * pair;
    if (i % 2 === 1) gauss += GAUSS_7[(i - 1) / 2] * pair;
  }
  return { kronrod: kronrod * half, gauss: gauss * half };
}

/**
 * Finds a finite interval that contains all but a negligible part of each distribution's mass,
 * for integrating densities with {@linkcode integrate}.
 *
 * For an empirical distribution (see `isEmpirical`) the interval runs from the smallest value
 * minus 12 bandwidths to the largest plus 12 bandwidths, so each Gaussian kernel leaves out less
 * than 2e-33 of its mass. For any other distribution it starts from mean ± 12 standard
 * deviations and doubles the half-width until the CDF leaves at most 1e-13 in each tail. For a
 * normal distribution mean ± 12 standard deviations already leaves about 2e-33 in each tail.
 * The result is the smallest interval that contains the intervals of all the distributions.
 *
 * @param distributions One or more distributions, each with a positive finite variance.
 * @returns The interval [lower, upper], with lower < upper.
 * @throws {TypeError} If an argument is not a distribution.
 * @throws {RangeError} If no distribution is given, a variance is not positive and finite, or a
 * CDF does not reach 1e-13 from 0 and 1 within 2^60 times the first half-width.
 *
 * @example The interval for N(4, 1.25²) is 4 ± 15
 * ```ts
 * import { supportInterval } from "./quadrature.ts";
 * import { normal } from "./distributions/normal.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(supportInterval(normal(4, 1.25)), [-11, 19]);
 * ```
 */
export function supportInterval(...distributions: Distribution[]): [number, number] {
  const action = "find a support interval";
  if (distributions.length === 0) {
    throw new RangeError(message(action, "distributions.length", "at least 1", 0));
  }
  let lower = Infinity;
  let upper = -Infinity;
  distributions.forEach((distribution, i) => {
    const [low, high] = _intervalOf(action, `distributions[${i}]`, distribution);
    lower = Math.min(lower, low);
    upper = Math.max(upper, high);
  });
  return [lower, upper];
}

function _intervalOf(action: string, name: string, distribution: unknown): [number, number] {
  assertDistribution(action, name, distribution);
  if (isEmpirical(distribution)) {
    const { values, bandwidth } = distribution;
    return [values[0] - 12 * bandwidth, values[values.length - 1] + 12 * bandwidth];
  }
  assertPositive(action, `${name}.variance`, distribution.variance);
  assertFinite(action, `${name}.mean`, distribution.mean);

  const mean = distribution.mean;
  let half = 12 * Math.sqrt(distribution.variance);
  for (let doubling = 0; doubling <= 60; doubling++, half *= 2) {
    const lowerTail = distribution.cdf(mean - half);
    const upperTail = 1 - distribution.cdf(mean + half);
    if (lowerTail <= TAIL_MASS && upperTail <= TAIL_MASS) return [mean - half, mean + half];
  }
  const rule = "a CDF that tends to 0 and 1";
  throw new RangeError(message(action, `${name}.cdf`, rule, distribution.cdf));
}
