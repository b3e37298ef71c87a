// The 1-Wasserstein (earth mover's) distance W1(p, q) = ∫ |F_p(x) − F_q(x)| dx between two
// distributions on the real line, for two samples and in closed form for two normals.

import { assertSample } from "../_validate.ts";
import { standardNormalCdf } from "../distributions/normal.ts";
import { assertNormalParameters, type NormalParameters } from "./_normal.ts";

export type { NormalParameters } from "./_normal.ts";

/**
 * Computes the exact W1 distance between the empirical distributions of two samples, which may
 * have different lengths. Both empirical CDFs are step functions, so |F_a − F_b| is constant
 * between consecutive values of the merged sorted samples and the integral is a finite sum.
 *
 * @param a The first sample: at least one finite number.
 * @param b The second sample: at least one finite number.
 * @returns W1 in the units of the samples, in [0, ∞).
 * @throws {TypeError} If `a` or `b` is not an array of numbers.
 * @throws {RangeError} If a sample is empty or has a value that is not finite.
 *
 * @example Moving every point by 1 costs 1
 * ```ts
 * import { w1Samples } from "./wasserstein.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(w1Samples([0, 2, 5], [1, 3, 6]), 1);
 * assert.equal(w1Samples([0, 1], [0.5]), 0.5);
 * ```
 */
export function w1Samples(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const action = "compute the W1 distance";
  assertSample(action, "a", a);
  assertSample(action, "b", b);

  const sortedA = Float64Array.from(a).sort();
  const sortedB = Float64Array.from(b).sort();
  let i = 0; // the number of values of a at or left of x, so F_a(x) = i / sortedA.length
  let j = 0;
  let x = Math.min(sortedA[0], sortedB[0]);
  let total = 0;
  while (i < sortedA.length || j < sortedB.length) {
    const next = Math.min(sortedA[i] ?? Infinity, sortedB[j] ?? Infinity);
    total += Math.abs(i / sortedA.length - j / sortedB.length) * (next - x);
    while (sortedA[i] === next) i++;
    while (sortedB[j] === next) j++;
    x = next;
  }
  return total;
}

/**
 * Computes W1 between N(p.mu, p.sigma²) and N(q.mu, q.sigma²) in closed form:
 * Δμ·(1 − 2Φ(−Δμ/|Δσ|)) + 2|Δσ|·φ(Δμ/|Δσ|), with Δμ = μ_p − μ_q and Δσ = σ_p − σ_q, and |Δμ|
 * when σ_p = σ_q. Derivation: on the real line W1 = ∫₀¹ |F_p⁻¹(u) − F_q⁻¹(u)| du, and with
 * u = Φ(z) the quantiles are μ + σz, so W1 = ∫ |Δμ + Δσ·z| φ(z) dz. The integrand changes sign
 * once, at z* = −Δμ/Δσ, which is where the two CDFs cross (x* = μ_p + σ_p z*). Splitting there
 * and using ∫ z φ(z) dz = −φ(z) gives the formula.
 *
 * @param p The first normal: `mu` finite, `sigma` in (0, ∞).
 * @param q The second normal: `mu` finite, `sigma` in (0, ∞).
 * @returns W1 in the units of x, in [0, ∞), and symmetric in p and q.
 * @throws {TypeError} If `p` or `q` is not an object or a field is not a number.
 * @throws {RangeError} If a `mu` is not finite or a `sigma` is not positive and finite.
 *
 * @example Equal variances give the distance between the means
 * ```ts
 * import { w1Normal } from "./wasserstein.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(w1Normal({ mu: 4, sigma: 1.25 }, { mu: 1, sigma: 1.25 }), 3);
 * const spread = w1Normal({ mu: 0, sigma: 1 }, { mu: 0, sigma: 2 });
 * assert.ok(Math.abs(spread - Math.sqrt(2 / Math.PI)) < 1e-15);
 * ```
 */
export function w1Normal(p: NormalParameters, q: NormalParameters): number {
  const action = "compute the W1 distance";
  assertNormalParameters(action, "p", p);
  assertNormalParameters(action, "q", q);

  const shift = p.mu - q.mu;
  const spread = Math.abs(p.sigma - q.sigma);
  if (spread === 0) return Math.abs(shift);

  const t = shift / spread;
  const density = Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  return shift * (1 - 2 * standardNormalCdf(-t)) + 2 * spread * density;
}
