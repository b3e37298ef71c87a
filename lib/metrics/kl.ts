// The Kullback–Leibler divergence KL(p‖q) = ∫ p(x) log(p(x)/q(x)) dx between two normal
// distributions, which has a closed form.

import { assertNormalParameters, type NormalParameters } from "./_normal.ts";

export type { NormalParameters } from "./_normal.ts";

/**
 * Computes KL(p‖q) in nats for p = N(p.mu, p.sigma²) and q = N(q.mu, q.sigma²):
 * log(σ_q/σ_p) + (σ_p² + (μ_p − μ_q)²)/(2σ_q²) − 1/2. It is 0 exactly when p = q, and it is not
 * symmetric in p and q.
 *
 * @param p The first normal: `mu` finite, `sigma` in (0, ∞).
 * @param q The second normal: `mu` finite, `sigma` in (0, ∞).
 * @returns KL(p‖q) in nats, in [0, ∞).
 * @throws {TypeError} If `p` or `q` is not an object or a field is not a number.
 * @throws {RangeError} If a `mu` is not finite or a `sigma` is not positive and finite.
 *
 * @example A shift by one standard deviation costs 1/2 nat
 * ```ts
 * import { klNormal } from "./kl.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(klNormal({ mu: 1, sigma: 2 }, { mu: 3, sigma: 2 }), 0.5);
 * ```
 */
export function klNormal(p: NormalParameters, q: NormalParameters): number {
  const action = "compute the KL divergence";
  assertNormalParameters(action, "p", p);
  assertNormalParameters(action, "q", q);

  // With t = σ_p/σ_q − 1, log(σ_q/σ_p) + σ_p²/(2σ_q²) − 1/2 = (t − log(1 + t)) + t²/2, which
  // keeps its relative precision when the two sigmas are close.
  const t = (p.sigma - q.sigma) / q.sigma;
  const shift = (p.mu - q.mu) / q.sigma;
  return t - Math.log1p(t) + (t * t) / 2 + (shift * shift) / 2;
}
