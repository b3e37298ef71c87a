// The GAN's minibatch losses and their gradients. The discriminator minimises the binary
// cross-entropy of labelling real x as 1 and generated x as 0; the generator minimises either the
// saturating loss log(1 − D(G(z))) of the original minimax game or the non-saturating loss
// −log D(G(z)). All are computed on D's logit, so they stay finite for any finite logit, and the
// gradients are hand-derived in lib/model/_batch.ts.

import { assertBetween, assertSample, message } from "../_validate.ts";
import { _assertDiscriminatorParams, _assertGeneratorParams, _assertObject } from "./_params.ts";
import {
  _discriminatorBatch,
  _generatorBatch,
  D_ACCURACY,
  D_B2,
  D_C2,
  D_LOSS,
  D_W2,
  G_B1,
  G_LOSS,
  G_W1,
} from "./_batch.ts";
import type { DiscriminatorParams } from "./discriminator.ts";
import type { GeneratorParams } from "./generator.ts";

/** The generator losses: "saturating" is log(1 − D(G(z))), "non-saturating" is −log D(G(z)). */
export type GeneratorLoss = "saturating" | "non-saturating";

/** Every allowed {@link GeneratorLoss}, in the order error messages list them. */
export const GENERATOR_LOSSES: readonly GeneratorLoss[] = ["saturating", "non-saturating"];

/** Options of the generator's loss and gradient. */
export type GeneratorLossOptions = {
  /** Which generator loss to use; "non-saturating" if omitted. */
  loss?: GeneratorLoss;
};

/** The gradient of the discriminator's loss with respect to its parameters. */
export type DiscriminatorGradient = { w2: number; b2: number; c2: number };

/** The gradient of the generator's loss with respect to its parameters. */
export type GeneratorGradient = { w1: number; b1: number };

/**
 * Computes the discriminator's binary cross-entropy on a batch with real samples labelled 1 and
 * fake (generated) samples labelled 0:
 * L_D = −½·(mean over real x of log D(x) + mean over fake x of log(1 − D(x))).
 * Each class counts half, so with m samples in each this is the mean over all 2m samples, and
 * it equals −V/2 for the GAN value V = E[log D(x)] + E[log(1 − D(G(z)))].
 *
 * @param params The finite parameters `{ w2, b2, c2? }`; c2 is 0 if omitted.
 * @param real Real data values: a non-empty array of finite numbers.
 * @param fake Generated values: a non-empty array of finite numbers, of any length.
 * @returns L_D in [0, ∞); log 2 ≈ 0.693 when D = 1/2 everywhere.
 * @throws {TypeError} If `params` is not an object, a parameter is not a number, or `real` or
 *   `fake` is not an array of numbers.
 * @throws {RangeError} If a parameter or value is not finite, or a batch is empty.
 *
 * @example An undecided discriminator scores log 2
 * ```ts
 * import { discriminatorLoss } from "./losses.ts";
 * import assert from "node:assert/strict";
 *
 * const loss = discriminatorLoss({ w2: 0, b2: 0 }, [3, 4, 5], [0, 1]);
 * assert.ok(Math.abs(loss - Math.LN2) < 1e-15);
 * ```
 */
export function discriminatorLoss(
  params: DiscriminatorParams,
  real: ArrayLike<number>,
  fake: ArrayLike<number>,
): number {
  return _evaluateDiscriminator("compute the discriminator loss", params, real, fake)[D_LOSS];
}

/**
 * Computes the gradient of {@link discriminatorLoss} with respect to w2, b2 and c2. With
 * t = c2·x² + w2·x + b2, each real sample contributes (σ(t) − 1)·(x, 1, x²) and each fake one
 * σ(t)·(x, 1, x²), averaged per class and halved. The c2 entry is given even when `params` has
 * no c2 (then it is the gradient at c2 = 0).
 *
 * @param params The finite parameters `{ w2, b2, c2? }`; c2 is 0 if omitted.
 * @param real Real data values: a non-empty array of finite numbers.
 * @param fake Generated values: a non-empty array of finite numbers.
 * @returns `{ w2, b2, c2 }`, the partial derivatives of L_D.
 * @throws {TypeError} As for {@link discriminatorLoss}.
 * @throws {RangeError} As for {@link discriminatorLoss}.
 *
 * @example The gradient pushes w2 towards the real side
 * ```ts
 * import { discriminatorGradient } from "./losses.ts";
 * import assert from "node:assert/strict";
 *
 * const grad = discriminatorGradient({ w2: 0, b2: 0 }, [4], [0]);
 * assert.equal(grad.w2, -1); // ½·((½ − 1)·4 + ½·0)
 * assert.equal(grad.b2, 0);
 * ```
 */
export function discriminatorGradient(
  params: DiscriminatorParams,
  real: ArrayLike<number>,
  fake: ArrayLike<number>,
): DiscriminatorGradient {
  const out = _evaluateDiscriminator("compute the discriminator gradient", params, real, fake);
  return { w2: out[D_W2], b2: out[D_B2], c2: out[D_C2] };
}

/**
 * Computes the discriminator's accuracy on a batch at the threshold D = 1/2: a real sample is
 * correct when D(x) > 1/2, a fake one when D(x) < 1/2, and D(x) = 1/2 counts as half correct.
 * Each class counts half, as in {@link discriminatorLoss}.
 *
 * @param params The finite parameters `{ w2, b2, c2? }`; c2 is 0 if omitted.
 * @param real Real data values: a non-empty array of finite numbers.
 * @param fake Generated values: a non-empty array of finite numbers.
 * @returns The accuracy in [0, 1]; exactly 1/2 when D = 1/2 everywhere.
 * @throws {TypeError} As for {@link discriminatorLoss}.
 * @throws {RangeError} As for {@link discriminatorLoss}.
 *
 * @example
 * ```ts
 * import { discriminatorAccuracy } from "./losses.ts";
 * import assert from "node:assert/strict";
 *
 * // Two of three real samples and the one fake sample are on the right side of 1/2.
 * const accuracy = discriminatorAccuracy({ w2: 1, b2: -2 }, [3, 4, 1], [0]);
 * assert.ok(Math.abs(accuracy - (2 / 3 + 1) / 2) < 1e-15);
 * ```
 */
export function discriminatorAccuracy(
  params: DiscriminatorParams,
  real: ArrayLike<number>,
  fake: ArrayLike<number>,
): number {
  return _evaluateDiscriminator("compute the discriminator accuracy", params, real, fake)[
    D_ACCURACY
  ];
}

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
 * import { generatorLoss } from "./losses.ts";
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
 * import { generatorGradient } from "./losses.ts";
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
 * import { generatorGradientRatio } from "./losses.ts";
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

function _evaluateDiscriminator(
  action: string,
  params: DiscriminatorParams,
  real: ArrayLike<number>,
  fake: ArrayLike<number>,
): Float64Array {
  _assertDiscriminatorParams(action, params);
  assertSample(action, "real", real);
  assertSample(action, "fake", fake);
  const { w2, b2, c2 = 0 } = params;
  return _discriminatorBatch(w2, b2, c2, real, fake, true, new Float64Array(6));
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
  return _generatorBatch(w1, b1, w2, b2, c2, z, nonSaturating, true, new Float64Array(4));
}
