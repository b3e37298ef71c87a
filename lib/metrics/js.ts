// The Jensen–Shannon divergence JS(p‖q) = ½ KL(p‖m) + ½ KL(q‖m) with m = (p + q)/2: the quantity
// that the GAN value against the optimal discriminator measures. Even between two normals it has
// no closed form, so it is computed by quadrature of the densities.

import { assertDistribution } from "../distributions/_assert.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { integrateOverSupport } from "../quadrature.ts";
import { assertObject } from "../_validate.ts";

/**
 * Computes the Jensen–Shannon divergence JS(p‖q) in nats by adaptive quadrature of
 * ½ p log(2p/(p + q)) + ½ q log(2q/(p + q)), where a term with p(x) = 0 (or q(x) = 0) counts
 * as 0 because t log t → 0 as t → 0. The integral runs over `options.interval`, or else over
 * the support interval of p and q, to an absolute error of about 1e-10 (see
 * `integrateOverSupport`).
 * The result is clamped to [0, log 2] so that the quadrature error cannot push it outside.
 *
 * @param p The first distribution.
 * @param q The second distribution.
 * @param options.interval The interval [lower, upper] to integrate over, with finite ends and
 * lower < upper.
 * @returns JS(p‖q) in nats, in [0, log 2]. It is symmetric in p and q, 0 when p = q, and log 2 when
 * they do not overlap.
 * @throws {TypeError} If `p` or `q` is not a distribution, `options` is not an object or
 * `options.interval` is not an array.
 * @throws {RangeError} If `options.interval` has ends that are not finite or not increasing,
 * or a density returns a value that is not finite.
 *
 * @example Identical and far-apart normals
 * ```ts
 * import { jsDivergence } from "./js.ts";
 * import { normal } from "../distributions/normal.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(jsDivergence(normal(0, 1), normal(0, 1)), 0);
 * assert.ok(Math.abs(jsDivergence(normal(0, 1), normal(100, 1)) - Math.log(2)) < 1e-9);
 * ```
 */
export function jsDivergence(
  p: Distribution,
  q: Distribution,
  options: { interval?: [number, number] } = {},
): number {
  const action = "compute the JS divergence";
  assertDistribution(action, "p", p);
  assertDistribution(action, "q", q);
  assertObject(action, "options", options);

  const integrand = (x: number) => {
    const pX = p.density(x);
    const qX = q.density(x);
    const sum = pX + qX;
    return 0.5 * (_xLogRatio(pX, sum) + _xLogRatio(qX, sum));
  };
  const value = integrateOverSupport(integrand, [p, q], { interval: options.interval });
  return Math.min(Math.max(value, 0), Math.LN2);
}

// t · log(2t / sum), with 0 · log 0 = 0.
function _xLogRatio(t: number, sum: number): number {
  return t === 0 ? 0 : t * Math.log((2 * t) / sum);
}
