// Numerical integration on a finite interval by adaptive Gauss–Kronrod quadrature, the finite
// interval that carries a distribution's mass, and integration over that interval. The metrics
// integrate densities with these, since the Jensen–Shannon divergence and the game value have no
// closed form.

import { assertDistribution } from "./distributions/_assert.ts";
import type { Distribution } from "./distributions/distribution.ts";
import { isEmpirical } from "./distributions/empirical.ts";
import {
  assertFinite,
  assertFunction,
  assertInteger,
  assertObject,
  assertPositive,
  message,
} from "./_validate.ts";
import { adaptiveKronrod, kronrod15 } from "./_gauss_kronrod.ts";

// Each tail left outside a support interval carries at most this much probability.
const TAIL_MASS = 1e-13;

// Each distribution's quantiles at these levels split the interval for integrateOverSupport.
const QUANTILE_LEVELS = [1e-9, 1e-6, 1e-3, 0.01, 0.05, 0.1, 0.25, 0.5]
  .flatMap((u) => (u === 0.5 ? [u] : [u, 1 - u]));

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
 * @param f The integrand, which must return a finite number at every point it is evaluated.
 * @param a The lower limit, any finite number.
 * @param b The upper limit, a finite number greater than `a`.
 * @param options.tolerance The target absolute error, in (0, ∞), and 1e-10 unless given.
 * @param options.maxDepth The maximum number of halvings, an integer >= 0, and 50 unless given.
 * With 0, the result is the sum of the 15-point rule on the two halves of [a, b].
 * @returns The estimate of ∫_a^b f(x) dx.
 * @throws {TypeError} If `f` is not a function, `options` is not an object, or a limit, an
 * option or a value of `f` is not a number.
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
  assertFunction(action, "f", f);
  assertFinite(action, "a", a);
  assertFinite(action, "b", b);
  if (!(b > a)) throw new RangeError(message(action, "b", `greater than a=${a}`, b));
  assertObject(action, "options", options);
  const { tolerance = 1e-10, maxDepth = 50 } = options;
  assertPositive(action, "options.tolerance", tolerance);
  assertInteger(action, "options.maxDepth", maxDepth, 0);

  const checked = (x: number) => {
    const y = f(x);
    if (!Number.isFinite(y)) assertFinite(action, `f(${x})`, y);
    return y;
  };
  return adaptiveKronrod(checked, a, b, kronrod15(checked, a, b), tolerance, maxDepth);
}

/**
 * Finds a finite interval that contains all but a negligible part of each distribution's mass,
 * for integrating densities with {@linkcode integrate}.
 *
 * For an empirical distribution (see `isEmpirical`) the interval runs from the smallest value
 * minus 12 bandwidths to the largest plus 12 bandwidths, so each Gaussian kernel of its density
 * leaves out less than 2e-33 of its mass. For any other distribution a bracket starts at
 * mean ± 12 standard deviations, and its half-width doubles until the CDF leaves at most 1e-13
 * in each tail. Bisection of the CDF then tightens it to the quantiles 1e-13 and 1 − 1e-13.
 * That is about mean ± 7.35 standard deviations for a normal, and [min, max] up to 1e-13 of the
 * width for a uniform distribution, so no part of the interval is far from the mass. The result
 * is the smallest interval that contains the intervals of all the distributions.
 *
 * @param distributions One or more distributions, each with a positive finite variance.
 * @returns The interval [lower, upper], with lower < upper.
 * @throws {TypeError} If an argument is not a distribution.
 * @throws {RangeError} If no distribution is given, a variance is not positive and finite, or a
 * CDF does not reach 1e-13 from 0 and 1 within 2^60 times the first half-width.
 *
 * @example The interval for N(4, 1.25²) leaves about 1e-13 in each tail
 * ```ts
 * import { supportInterval } from "./quadrature.ts";
 * import { normal } from "./distributions/normal.ts";
 * import assert from "node:assert/strict";
 *
 * const p = normal(4, 1.25);
 * const [lower, upper] = supportInterval(p);
 * assert.ok(p.cdf(lower) <= 1e-13 && p.cdf(lower) > 0.9e-13);
 * assert.ok(1 - p.cdf(upper) <= 1e-13 && 1 - p.cdf(upper) > 0.9e-13);
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
  const cdf = (x: number) => distribution.cdf(x);
  let half = 12 * Math.sqrt(distribution.variance);
  for (let doubling = 0; doubling <= 60; doubling++, half *= 2) {
    const [low, high] = [mean - half, mean + half];
    if (cdf(low) <= TAIL_MASS && 1 - cdf(high) <= TAIL_MASS) {
      const lower = _bisect((x) => cdf(x) > TAIL_MASS, low, high)[0];
      const upper = _bisect((x) => 1 - cdf(x) <= TAIL_MASS, low, high)[1];
      return [lower, upper];
    }
  }
  const rule = "a CDF that tends to 0 and 1";
  throw new RangeError(message(action, `${name}.cdf`, rule, distribution.cdf));
}

// Narrows [low, high] to 2^−50 of its width around the point where the monotone `isAbove` turns
// from false (at low) to true (at high), and returns the final [low, high].
function _bisect(isAbove: (x: number) => boolean, low: number, high: number): [number, number] {
  for (let step = 0; step < 50; step++) {
    const middle = low + (high - low) / 2;
    if (isAbove(middle)) high = middle;
    else low = middle;
  }
  return [low, high];
}

/**
 * Integrates `f` over the support of one or more distributions, for expectations such as
 * ∫ p(x) log p(x)/q(x) dx. The interval is `options.interval` or else
 * {@linkcode supportInterval} of the distributions. It is split at the ends of each
 * distribution's own support interval and at its quantiles 1e-9, 1e-6, 0.001, 0.01, 0.05, 0.1,
 * 0.25, 0.5 and their mirror images, found by bisection of the CDF, so that
 * {@linkcode integrate} places nodes where each density has its mass even when one distribution
 * is much narrower than the interval or far from the others. Each piece gets a share of
 * `options.tolerance` in proportion to its width.
 *
 * @param f The integrand, which must return a finite number at every point it is evaluated.
 * @param distributions The distributions whose mass the integral must cover, at least one unless
 * `options.interval` is given.
 * @param options.interval The interval [lower, upper] to integrate over, with finite ends and
 * lower < upper. It is the support interval of `distributions` unless given.
 * @param options.tolerance The target absolute error, in (0, ∞), and 1e-10 unless given.
 * @returns The estimate of the integral of `f` over the interval.
 * @throws {TypeError} If an argument has the wrong type, such as `options` not an object (see
 * also {@linkcode integrate} and {@linkcode supportInterval}).
 * @throws {RangeError} If the interval or tolerance is out of range, or `f` returns a value that
 * is not finite.
 *
 * @example The mean of N(4, 1.25²)
 * ```ts
 * import { integrateOverSupport } from "./quadrature.ts";
 * import { normal } from "./distributions/normal.ts";
 * import assert from "node:assert/strict";
 *
 * const p = normal(4, 1.25);
 * const mean = integrateOverSupport((x) => x * p.density(x), [p]);
 * assert.ok(Math.abs(mean - 4) < 1e-9);
 * ```
 */
export function integrateOverSupport(
  f: (x: number) => number,
  distributions: readonly Distribution[],
  options: { interval?: readonly [number, number]; tolerance?: number } = {},
): number {
  const action = "integrate over the support";
  if (!Array.isArray(distributions)) {
    throw new TypeError(message(action, "distributions", "an array", distributions));
  }
  distributions.forEach((distribution, i) => {
    assertDistribution(action, `distributions[${i}]`, distribution);
  });
  assertObject(action, "options", options);
  const [lower, upper] = options.interval === undefined
    ? supportInterval(...distributions)
    : _checkedInterval(action, options.interval);
  const tolerance = options.tolerance ?? 1e-10;
  assertPositive(action, "options.tolerance", tolerance);

  const points = distributions.flatMap((distribution) => [
    ...supportInterval(distribution),
    ...QUANTILE_LEVELS.map((u) => _bisect((x) => distribution.cdf(x) >= u, lower, upper)[1]),
  ]);
  const inside = points.filter((x) => x > lower && x < upper);
  const ends = [lower, ...inside, upper].sort((x, y) => x - y);

  let total = 0;
  for (let i = 0; i + 1 < ends.length; i++) {
    if (ends[i + 1] === ends[i]) continue;
    const share = (tolerance * (ends[i + 1] - ends[i])) / (upper - lower);
    total += integrate(f, ends[i], ends[i + 1], { tolerance: share });
  }
  return total;
}

function _checkedInterval(action: string, interval: unknown): [number, number] {
  if (!Array.isArray(interval) || interval.length !== 2) {
    throw new TypeError(message(action, "options.interval", "an array [lower, upper]", interval));
  }
  const [lower, upper] = interval;
  assertFinite(action, "options.interval[0]", lower);
  assertFinite(action, "options.interval[1]", upper);
  if (!(upper > lower)) {
    const rule = `greater than options.interval[0]=${lower}`;
    throw new RangeError(message(action, "options.interval[1]", rule, upper));
  }
  return [lower, upper];
}
