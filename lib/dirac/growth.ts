// The distance of a Dirac GAN state from the equilibrium (0, 0), and the growth per step of that
// distance measured along a path. The distance is r = √(b1² + 2·w2²): near the equilibrium the
// gradient field is (∂L_G/∂b1, ∂L_D/∂w2) ≈ (−w2/2, b1/4), whose flow keeps b1²/4 + w2²/2, and so
// r, constant, so any change of r comes from the discrete steps or from a penalty.

import { assertInteger, assertSample, message } from "../_validate.ts";
import { _assertObject } from "../model/_params.ts";
import type { DiracPath } from "./dirac_gan.ts";

/**
 * Measures the growth of the radius per step along a path: e^s, where s is the least-squares
 * slope of log r_k against k over the steps `from` to `to`. A fit over several turns averages
 * out the wobble of r within a turn, which appears once an R1 penalty or instance noise
 * changes the shape of the orbit.
 *
 * @param path A path from `diracGan`; only `radius` is read, and its entries must be positive.
 * @param options `from` and `to`: the first and last step of the fit, integers with
 *   0 ≤ from < to ≤ steps; the whole path unless given.
 * @returns The measured factor per step: above 1 for an outward spiral, below 1 when the path
 *   converges.
 * @throws {TypeError} If `path` or `options` is not an object, `path.radius` is not an array of
 *   numbers, or `from` or `to` is not a number.
 * @throws {RangeError} If a radius in the range is not positive, or `from` or `to` is out of
 *   range.
 *
 * @example A radius that doubles every step
 * ```ts
 * import { measuredRate } from "./growth.ts";
 * import assert from "node:assert/strict";
 *
 * const radius = new Float64Array([1, 2, 4, 8]);
 * const path = { b1: radius, w2: new Float64Array(4), radius };
 * assert.ok(Math.abs(measuredRate(path) - 2) < 1e-12);
 * ```
 */
export function measuredRate(
  path: DiracPath,
  options: { from?: number; to?: number } = {},
): number {
  const action = "measure the growth rate";
  _assertObject(action, "path", path, "an object { b1, w2, radius }");
  assertSample(action, "path.radius", path.radius, 2);
  _assertObject(action, "options", options, "an object");
  const last = path.radius.length - 1;
  const { from = 0, to = last } = options;
  assertInteger(action, "options.from", from, 0);
  if (from >= last) {
    throw new RangeError(message(action, "options.from", `less than the last step ${last}`, from));
  }
  assertInteger(action, "options.to", to, from + 1);
  if (to > last) throw new RangeError(message(action, "options.to", `at most ${last}`, to));

  // least squares: s = Σ (k − k̄)(y_k − ȳ) / Σ (k − k̄)², with y_k = log r_k
  const count = to - from + 1;
  const kMean = (from + to) / 2;
  let yMean = 0;
  for (let k = from; k <= to; k++) {
    if (!(path.radius[k] > 0)) {
      throw new RangeError(message(action, `path.radius[${k}]`, "positive", path.radius[k]));
    }
    yMean += Math.log(path.radius[k]) / count;
  }
  let covariance = 0, variance = 0;
  for (let k = from; k <= to; k++) {
    covariance += (k - kMean) * (Math.log(path.radius[k]) - yMean);
    variance += (k - kMean) ** 2;
  }
  return Math.exp(covariance / variance);
}

/** Computes the radius √(b1² + 2·w2²) without checks. */
export function _radius(b1: number, w2: number): number {
  return Math.sqrt(b1 * b1 + 2 * w2 * w2);
}
