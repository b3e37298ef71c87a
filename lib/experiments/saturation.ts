// The two generator losses at one (G, D). For each generated sample, the derivative with
// respect to D's logit t is −D for the saturating loss log(1 − D) and −(1 − D) for the
// non-saturating loss −log D, so their ratio is (1 − D)/D. For a linear D every sample's dt/db1
// is the same w2, so the b1 gradients of a whole batch have the ratio (1 − D̄)/D̄, where D̄ is
// the batch mean of D(G(z)).

import { assertSample } from "../_validate.ts";
import { _assertDiscriminatorParams, _assertGeneratorParams } from "../model/_params.ts";
import { _generatorBatch, _toFloat64, G_B1, G_W1 } from "../model/_batch.ts";
import type { DiscriminatorParams } from "../model/discriminator.ts";
import type { GeneratorParams } from "../model/generator.ts";
import { generatorGradientRatio } from "../model/generator_loss.ts";
import { message } from "../_validate.ts";

/** The generator's gradients under both losses on one noise batch, and their ratio. */
export type GeneratorLossComparison = {
  /** D̄, the mean of D(G(z)) over the batch, in (0, 1). */
  meanD: number;
  /** The saturating loss's gradient `{ w1, b1 }`. */
  saturating: { w1: number; b1: number };
  /** The non-saturating loss's gradient `{ w1, b1 }`. */
  nonSaturating: { w1: number; b1: number };
  /** |non-saturating ∂/∂b1| / |saturating ∂/∂b1|, measured. */
  ratio: number;
  /** (1 − D̄)/D̄, the ratio the derivatives with respect to t predict. */
  predictedRatio: number;
};

/**
 * Computes both generator gradients on one noise batch and compares their sizes.
 *
 * @param generator The finite parameters `{ w1, b1 }`.
 * @param discriminator A linear D `{ w2, b2 }` with w2 ≠ 0 (c2 must be 0 or omitted).
 * @param z Noise values: a non-empty array of finite numbers.
 * @returns D̄, both gradients, the measured ratio of their b1 components and (1 − D̄)/D̄.
 * @throws {TypeError} If a parameter object or value has the wrong type.
 * @throws {RangeError} If a value is not finite, `z` is empty, w2 = 0, c2 ≠ 0, or D̄ rounds to 0.
 *
 * @example A D that rejects the fakes starves the saturating loss
 * ```ts
 * import { compareGeneratorLosses } from "./saturation.ts";
 * import assert from "node:assert/strict";
 *
 * const result = compareGeneratorLosses({ w1: 1, b1: 0 }, { w2: 2, b2: -4 }, [-0.5, 0, 0.5]);
 * assert.ok(result.meanD < 0.05);
 * assert.ok(Math.abs(result.ratio - result.predictedRatio) < 1e-9 * result.ratio);
 * ```
 */
export function compareGeneratorLosses(
  generator: GeneratorParams,
  discriminator: DiscriminatorParams,
  z: ArrayLike<number>,
): GeneratorLossComparison {
  const action = "compare the generator losses";
  _assertGeneratorParams(action, generator, "generator", "generator.");
  _assertDiscriminatorParams(action, discriminator, "discriminator", "discriminator.");
  assertSample(action, "z", z);
  const { w1, b1 } = generator;
  const { w2, b2, c2 = 0 } = discriminator;
  if (w2 === 0) throw new RangeError(message(action, "discriminator.w2", "non-zero", w2));
  if (c2 !== 0) throw new RangeError(message(action, "discriminator.c2", "0 (a linear D)", c2));

  const noise = _toFloat64(z);
  let meanD = 0;
  for (const value of noise) meanD += 1 / (1 + Math.exp(-(w2 * (w1 * value + b1) + b2)));
  meanD /= noise.length;
  const out = new Float64Array(4);
  _generatorBatch(w1, b1, w2, b2, 0, noise, false, false, out);
  const saturating = { w1: out[G_W1], b1: out[G_B1] };
  _generatorBatch(w1, b1, w2, b2, 0, noise, true, false, out);
  const nonSaturating = { w1: out[G_W1], b1: out[G_B1] };
  return {
    meanD,
    saturating,
    nonSaturating,
    ratio: Math.abs(nonSaturating.b1) / Math.abs(saturating.b1),
    predictedRatio: generatorGradientRatio(meanD),
  };
}
