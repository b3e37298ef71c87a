// The GAN game against the best discriminator, V(D*, G) with D* = p_data/(p_data + p_g), along a
// list of generators: each value by quadrature next to −log 4 + 2·JS(p_data‖p_g), which
// Goodfellow et al. (2014, "Generative Adversarial Nets", Theorem 1) show it equals.

import { message } from "../_validate.ts";
import { assertDistribution } from "../distributions/_assert.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { jsDivergence } from "../metrics/js.ts";
import { gameValue, optimalDiscriminator } from "../metrics/optimal.ts";
import { _assertGeneratorParams } from "../model/_params.ts";
import { generatedDistribution, type GeneratorParams } from "../model/generator.ts";

/** The game against D* for one generator, in nats. */
export interface GameValuePoint {
  /** The generator's slope. */
  w1: number;
  /** The generator's offset. */
  b1: number;
  /** V(D*, G) = E_data[log D*(x)] + E_g[log(1 − D*(x))], by quadrature, in [−log 4, 0]. */
  value: number;
  /** JS(p_data‖p_g) by quadrature, in [0, log 2]. */
  js: number;
  /** −log 4 + 2·JS(p_data‖p_g), the closed form of `value`. */
  fromJs: number;
}

/**
 * Computes V(D*, G) and −log 4 + 2·JS(p_data‖p_g) for each generator G(z) = w1·z + b1 with
 * z ~ N(0, 1), so that p_g = N(b1, w1²). The two are computed independently (two quadratures
 * of different integrands), so their difference measures the quadrature error, which the
 * quadrature keeps below about 1e-10.
 *
 * @param data The data distribution p_data.
 * @param generators The generators, each `{ w1, b1 }` with finite numbers and w1 ≠ 0.
 * @returns One point per generator, in the same order.
 * @throws {TypeError} If `data` is not a distribution, `generators` is not an array, or a
 *   generator is not `{ w1, b1 }` with numbers.
 * @throws {RangeError} If a parameter is not finite or a w1 is 0 (p_g would be a point mass,
 *   which has no density).
 *
 * @example The data's own generator reaches the minimum −log 4
 * ```ts
 * import { optimalGameValues } from "./game_value.ts";
 * import { normal } from "../distributions/normal.ts";
 * import assert from "node:assert/strict";
 *
 * const [same, shifted] = optimalGameValues(normal(4, 1.25), [
 *   { w1: 1.25, b1: 4 },
 *   { w1: 1.25, b1: 6 },
 * ]);
 * assert.ok(Math.abs(same.value + Math.log(4)) < 1e-9);
 * assert.ok(shifted.value > same.value);
 * assert.ok(Math.abs(shifted.value - shifted.fromJs) < 1e-9);
 * ```
 */
export function optimalGameValues(
  data: Distribution,
  generators: readonly GeneratorParams[],
): GameValuePoint[] {
  const action = "compute the game values against D*";
  assertDistribution(action, "data", data);
  if (!Array.isArray(generators)) {
    throw new TypeError(message(action, "generators", "an array of { w1, b1 }", generators));
  }
  generators.forEach((generator, i) => {
    _assertGeneratorParams(action, generator, `generators[${i}]`, `generators[${i}].`);
    if (generator.w1 === 0) {
      const rule = "non-zero, since w1 = 0 is a point mass at b1";
      throw new RangeError(message(action, `generators[${i}].w1`, rule, 0));
    }
  });

  return generators.map(({ w1, b1 }) => {
    const generated = generatedDistribution({ w1, b1 });
    const value = gameValue(optimalDiscriminator(data, generated), data, generated);
    const js = jsDivergence(data, generated);
    return { w1, b1, value, js, fromJs: -Math.log(4) + 2 * js };
  });
}
