// The discriminator's loss: the binary cross-entropy of labelling real x as 1 and generated x
// as 0, its gradient with respect to w2, b2 and c2, and D's accuracy on the same batch. All are
// computed on D's logit, so they stay finite for any finite logit; the gradient is hand-derived
// in lib/model/_batch.ts.

import { assertSample } from "../_validate.ts";
import { _assertDiscriminatorParams } from "./_params.ts";
import { _discriminatorBatch, _toFloat64, D_ACCURACY, D_B2, D_C2, D_LOSS, D_W2 } from "./_batch.ts";
import type { DiscriminatorParams } from "./discriminator.ts";

/** The gradient of the discriminator's loss with respect to its parameters. */
export type DiscriminatorGradient = { w2: number; b2: number; c2: number };

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
 * import { discriminatorLoss } from "./discriminator_loss.ts";
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
 * import { discriminatorGradient } from "./discriminator_loss.ts";
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
 * import { discriminatorAccuracy } from "./discriminator_loss.ts";
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
  const out = new Float64Array(6);
  return _discriminatorBatch(w2, b2, c2, _toFloat64(real), _toFloat64(fake), true, out);
}
