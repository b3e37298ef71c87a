// The optimal discriminator D*(x) = p_data(x)/(p_data(x) + p_g(x)) for a fixed generator, the
// value of the GAN game V(D, G) = E_data[log D(x)] + E_g[log(1 − D(x))], and the linear D* for
// two normals with equal variance. Goodfellow et al. (2014, "Generative Adversarial Nets") show
// that V(D*, G) = −log 4 + 2·JS(p_data‖p_g).

import {
  assertFinite,
  assertFunction,
  assertObject,
  assertPositive,
  message,
} from "../_validate.ts";
import { assertDistribution } from "../distributions/_assert.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { integrateOverSupport } from "../quadrature.ts";

/**
 * Builds the optimal discriminator D*(x) = p_data(x)/(p_data(x) + p_g(x)) for fixed densities.
 * Where both densities are 0 (far in the tails, where they underflow), D*(x) is defined as 1/2,
 * the value at which neither class is favoured.
 *
 * @param pData The data distribution p_data.
 * @param pG The generated distribution p_g.
 * @returns D*, a function of a finite x with values in [0, 1]. It throws a `RangeError` for an
 * x that is not finite.
 * @throws {TypeError} If `pData` or `pG` is not a distribution.
 *
 * @example Equal densities give 1/2
 * ```ts
 * import { optimalDiscriminator } from "./optimal.ts";
 * import { normal } from "../distributions/normal.ts";
 * import assert from "node:assert/strict";
 *
 * const d = optimalDiscriminator(normal(1, 1), normal(-1, 1));
 * assert.equal(d(0), 0.5);
 * assert.ok(d(2) > 0.5);
 * ```
 */
export function optimalDiscriminator(
  pData: Distribution,
  pG: Distribution,
): (x: number) => number {
  const action = "build the optimal discriminator";
  assertDistribution(action, "pData", pData);
  assertDistribution(action, "pG", pG);

  return (x: number) => {
    assertFinite("evaluate the optimal discriminator", "x", x);
    const real = pData.density(x);
    const sum = real + pG.density(x);
    return sum === 0 ? 0.5 : real / sum;
  };
}

/**
 * Computes the value of the GAN game V(D, G) = ∫ p_data(x) log D(x) dx + ∫ p_g(x) log(1 − D(x)) dx
 * in nats, by adaptive quadrature over `options.interval` or else over the support interval of
 * p_data and p_g, to an absolute error of about 1e-10 (see `integrateOverSupport`). A term whose
 * density is 0 counts as 0. At D = D* the value is −log 4 + 2·JS(p_data‖p_g).
 *
 * NOTE: D is given as a probability, so where it rounds to 0 or 1 (a sigmoid with a logit beyond
 * about ±37) its log is taken as log(5e-324) ≈ −744 in place of −∞. For D* this changes the value
 * by less than 1e-13. For a saturated D where the densities have mass, the value is not accurate.
 *
 * @param d The discriminator, a function of x with values in [0, 1].
 * @param pData The data distribution p_data.
 * @param pG The generated distribution p_g.
 * @param options.interval The interval [lower, upper] to integrate over, with finite ends and
 * lower < upper.
 * @returns V(D, G) in nats, in (−∞, 0].
 * @throws {TypeError} If `d` is not a function, `pData` or `pG` is not a distribution, `options`
 * is not an object, or `d` returns a value that is not a number.
 * @throws {RangeError} If `d` returns a value outside [0, 1], or `options.interval` is invalid.
 *
 * @example A discriminator that always outputs 1/2 scores −log 4
 * ```ts
 * import { gameValue } from "./optimal.ts";
 * import { normal } from "../distributions/normal.ts";
 * import assert from "node:assert/strict";
 *
 * const value = gameValue(() => 0.5, normal(4, 1.25), normal(0, 1));
 * assert.ok(Math.abs(value + Math.log(4)) < 1e-9);
 * ```
 */
export function gameValue(
  d: (x: number) => number,
  pData: Distribution,
  pG: Distribution,
  options: { interval?: [number, number] } = {},
): number {
  const action = "compute the game value";
  assertFunction(action, "d", d);
  assertDistribution(action, "pData", pData);
  assertDistribution(action, "pG", pG);
  assertObject(action, "options", options);

  const integrand = (x: number) => {
    const probability = d(x);
    if (typeof probability !== "number" || !(probability >= 0 && probability <= 1)) {
      assertFinite(action, `d(${x})`, probability);
      throw new RangeError(message(action, `d(${x})`, "in [0, 1]", probability));
    }
    return _xLog(pData.density(x), probability) + _xLog(pG.density(x), 1 - probability);
  };
  return integrateOverSupport(integrand, [pData, pG], { interval: options.interval });
}

/**
 * Computes the optimal discriminator between N(muReal, sigma²) and N(muFake, sigma²) with equal
 * priors, which is linear in the logit: D*(x) = sigmoid(w2·x + b2), because
 * log(p_real(x)/p_fake(x)) = ((x − μ_fake)² − (x − μ_real)²)/(2σ²) = w2·x + b2 with
 * w2 = (μ_real − μ_fake)/σ² and b2 = (μ_fake² − μ_real²)/(2σ²). With unequal variances the log
 * ratio is quadratic in x and no linear discriminator is optimal.
 *
 * @param muReal The mean of the real data, any finite number.
 * @param muFake The mean of the generated data, any finite number.
 * @param sigma The common standard deviation, in (0, ∞).
 * @returns The weight `w2` (in 1/units of x) and bias `b2` of the logit w2·x + b2.
 * @throws {TypeError} If an argument is not a number.
 * @throws {RangeError} If a mean is not finite or `sigma` is not positive and finite.
 *
 * @example The boundary D = 1/2 lies halfway between the means
 * ```ts
 * import { optimalLinearDiscriminator } from "./optimal.ts";
 * import assert from "node:assert/strict";
 *
 * const { w2, b2 } = optimalLinearDiscriminator(4, 0, 2);
 * assert.equal(w2, 1);
 * assert.equal(-b2 / w2, 2);
 * ```
 */
export function optimalLinearDiscriminator(
  muReal: number,
  muFake: number,
  sigma: number,
): { w2: number; b2: number } {
  const action = "compute the optimal linear discriminator";
  assertFinite(action, "muReal", muReal);
  assertFinite(action, "muFake", muFake);
  assertPositive(action, "sigma", sigma);

  const variance = sigma * sigma;
  return {
    w2: (muReal - muFake) / variance,
    b2: (muFake * muFake - muReal * muReal) / (2 * variance),
  };
}

// weight · log(y), with 0 · log(anything) = 0 and y clamped at the smallest positive double.
function _xLog(weight: number, y: number): number {
  return weight === 0 ? 0 : weight * Math.log(Math.max(y, Number.MIN_VALUE));
}
