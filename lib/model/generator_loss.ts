// The generator's losses and their gradients with respect to w1 and b1. The saturating loss
// log(1 − D(G(z))) is the original minimax game's. The non-saturating loss −log D(G(z)) keeps a
// useful gradient while D still rejects the generated samples. Both are computed on D's logit,
// and their gradients are hand-derived in lib/model/_batch.ts.

import { assertBetween, assertSample, message } from "../_validate.ts";
import { _assertDiscriminatorParams, _assertGeneratorParams, _assertObject } from "./_params.ts";
import { _generatorBatch, _toFloat64, G_B1, G_LOSS, G_W1 } from "./_batch.ts";
import type { DiscriminatorParams } from "./discriminator.ts";
import type { GeneratorParams } from "./generator.ts";

/** The generator losses: "saturating" is log(1 − D(G(z))), "non-saturating" is −log D(G(z)). */
export type GeneratorLoss = "saturating" | "non-saturating";

/** Every allowed {@link GeneratorLoss}, in the order error messages list them. */
export const GENERATOR_LOSSES: readonly GeneratorLoss[] = ["saturating", "non-saturating"];

/** Options of the generator's loss and gradient. */
export type GeneratorLossOptions = {
  /** The generator loss; "non-saturating" if omitted. */
  loss?: GeneratorLoss;
};

/** The gradient of the generator's loss with respect to its parameters. */
export type GeneratorGradient = { w1: number; b1: number };

/**
 * Computes the generator's loss, the mean over the noise batch z of ℓ(D(G(z))), where
 * ℓ(D) = log(1 − D) for the saturating loss and ℓ(D) = −log D for the non-saturating one.
 * The saturating loss is negative (its minimum is −∞); both fall as D(G(z)) rises.
 *
 * @param generator The finite parameters `{ w1, b1 }`.
 * @param discriminator The finite parameters `{ w2, b2, c2? }`; c2 is 0 if omitted.
 * @param z Noise values: a non-empty array of finite numbers.
 * @param options `loss`: "saturating" or "non-saturating" (the default).
 * @returns The mean loss: in (−∞, 0] for "saturating", [0, ∞) for "non-saturating".
 * @throws {TypeError} If a parameter object or a parameter is of the wrong type, `z` is not an
 *   array of numbers, or `options.loss` is not a string.
 * @throws {RangeError} If a parameter or value is not finite, `z` is empty, or `options.loss`
 *   is not one of {@link GENERATOR_LOSSES}.
 *
 * @example Both losses at D = 1/2
 * ```ts
 * import { generatorLoss } from "./generator_loss.ts";
 * import assert from "node:assert/strict";
 *
 * const g = { w1: 1, b1: 0 };
 * const d = { w2: 0, b2: 0 };
 * assert.ok(Math.abs(generatorLoss(g, d, [0.3]) - Math.LN2) < 1e-15);
 * assert.ok(Math.abs(generatorLoss(g, d, [0.3], { loss: "saturating" }) + Math.LN2) < 1e-15);
 * ```
 */
export function generatorLoss(
  generator: GeneratorParams,
  discriminator: DiscriminatorParams,
  z: ArrayLike<number>,
  options?: GeneratorLossOptions,
): number {
  const action = "compute the generator loss";
  return _evaluateGenerator(action, generator, discriminator, z, options)[G_LOSS];
}

/**
 * Computes the gradient of {@link generatorLoss} with respect to w1 and b1 through the chain
 * rule: with x = w1·z + b1 and t = c2·x² + w2·x + b2, dℓ/dw1 = dℓ/dt · (2·c2·x + w2) · z and
 * dℓ/db1 = dℓ/dt · (2·c2·x + w2), where dℓ/dt = −D for the saturating loss and −(1 − D) for the
 * non-saturating one.
 *
 * @param generator The finite parameters `{ w1, b1 }`.
 * @param discriminator The finite parameters `{ w2, b2, c2? }`; c2 is 0 if omitted.
 * @param z Noise values: a non-empty array of finite numbers.
 * @param options `loss`: "saturating" or "non-saturating" (the default).
 * @returns `{ w1, b1 }`, the partial derivatives of the mean loss.
 * @throws {TypeError} As for {@link generatorLoss}.
 * @throws {RangeError} As for {@link generatorLoss}.
 *
 * @example At D = 1/2 the non-saturating gradient on b1 is −w2/2
 * ```ts
 * import { generatorGradient } from "./generator_loss.ts";
 * import assert from "node:assert/strict";
 *
 * const grad = generatorGradient({ w1: 1, b1: 0 }, { w2: 0.1, b2: -0.05 }, [0.5]);
 * assert.equal(grad.b1, -0.05); // dℓ/dt = −(1 − σ(0)), dt/dx = w2
 * assert.equal(grad.w1, -0.025); // times z
 * ```
 */
export function generatorGradient(
  generator: GeneratorParams,
  discriminator: DiscriminatorParams,
  z: ArrayLike<number>,
  options?: GeneratorLossOptions,
): GeneratorGradient {
  const action = "compute the generator gradient";
  const out = _evaluateGenerator(action, generator, discriminator, z, options);
  return { w1: out[G_W1], b1: out[G_B1] };
}

/**
 * Computes, for one generated sample that D scores as d = D(G(z)), the ratio of the
 * non-saturating to the saturating generator gradient with respect to D's logit t:
 * (−(1 − d))/(−d) = (1 − d)/d, which is e^(−t). Early in training D rejects the fakes (d near 0),
 * so the saturating gradient is this many times smaller: it vanishes exactly where G most needs
 * to move.
 *
 * @param d The discriminator's output on the sample, in (0, 1].
 * @returns (1 − d)/d in [0, ∞).
 * @throws {TypeError} If `d` is not a number.
 * @throws {RangeError} If `d` is not in (0, 1].
 *
 * @example When D gives a fake 1%, the non-saturating gradient is 99 times larger
 * ```ts
 * import { generatorGradientRatio } from "./generator_loss.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(generatorGradientRatio(0.5), 1);
 * assert.ok(Math.abs(generatorGradientRatio(0.01) - 99) < 1e-12);
 * ```
 */
export function generatorGradientRatio(d: number): number {
  const action = "compute the generator gradient ratio";
  assertBetween(action, "d", d, 0, 1);
  if (d === 0) throw new RangeError(message(action, "d", "in (0, 1]", d));
  return (1 - d) / d;
}

/** Throws unless `value` is one of {@link GENERATOR_LOSSES}. */
export function _assertGeneratorLoss(
  action: string,
  name: string,
  value: unknown,
): asserts value is GeneratorLoss {
  const rule = `one of ${GENERATOR_LOSSES.map((loss) => `"${loss}"`).join(", ")}`;
  if (typeof value !== "string") throw new TypeError(message(action, name, rule, value));
  if (!(GENERATOR_LOSSES as readonly string[]).includes(value)) {
    throw new RangeError(message(action, name, rule, value));
  }
}

function _evaluateGenerator(
  action: string,
  generator: GeneratorParams,
  discriminator: DiscriminatorParams,
  z: ArrayLike<number>,
  options: GeneratorLossOptions | undefined,
): Float64Array {
  _assertGeneratorParams(action, generator, "generator");
  _assertDiscriminatorParams(action, discriminator, "discriminator");
  assertSample(action, "z", z);
  if (options !== undefined) _assertObject(action, "options", options, "an object");
  const loss = options?.loss ?? "non-saturating";
  _assertGeneratorLoss(action, "options.loss", loss);
  const { w1, b1 } = generator;
  const { w2, b2, c2 = 0 } = discriminator;
  const nonSaturating = loss === "non-saturating";
  const out = new Float64Array(4);
  return _generatorBatch(w1, b1, w2, b2, c2, _toFloat64(z), nonSaturating, true, out);
}
