// The objective of learned per-sample codes, a one-dimensional form of generative latent
// optimisation (Bojanowski et al. 2018): each data point x_i owns a code z_i, a linear decoder
// reconstructs it as x̂_i = w1·z_i + b1, and the loss is the mean squared reconstruction error
// plus a penalty λ·(mean z_i² + w1²) that fixes the scale the product w1·z_i leaves free.

import { assertNonNegative, assertSample, message } from "../_validate.ts";
import { _assertGeneratorParams } from "../model/_params.ts";
import type { GeneratorParams } from "../model/generator.ts";

/** The gradient of {@link codesLoss}: one entry per code, and the decoder's w1 and b1. */
export type CodesGradient = { codes: Float64Array; w1: number; b1: number };

/**
 * Computes L = (1/n)·Σ (w1·z_i + b1 − x_i)² + λ·((1/n)·Σ z_i² + w1²).
 *
 * Without the w1² term the problem has no minimum: (c·w1, z/c) reconstructs equally well for
 * any c > 1 and shrinks the code penalty, so w1 would grow without bound.
 *
 * @param data The data x_1, ..., x_n: a non-empty array of finite numbers.
 * @param codes The codes z_1, ..., z_n: finite numbers, as many as `data`.
 * @param decoder The decoder's finite parameters `{ w1, b1 }`.
 * @param penalty The penalty weight λ in [0, ∞).
 * @returns L in [0, ∞).
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If a value is not finite, `data` is empty, `codes` has a different
 *   length, or `penalty` is negative.
 *
 * @example Codes that reconstruct exactly pay only the penalty
 * ```ts
 * import { codesLoss } from "./codes_loss.ts";
 * import assert from "node:assert/strict";
 *
 * // x̂ = 2·z + 1 gives 3 and 5; mean z² = 1 and w1² = 4
 * assert.equal(codesLoss([3, 5], [1, 2], { w1: 2, b1: 1 }, 0), 0);
 * assert.equal(codesLoss([3, 5], [1, 2], { w1: 2, b1: 1 }, 0.5), 0.5 * (2.5 + 4));
 * ```
 */
export function codesLoss(
  data: ArrayLike<number>,
  codes: ArrayLike<number>,
  decoder: GeneratorParams,
  penalty: number,
): number {
  _checkArguments("compute the codes loss", data, codes, decoder, penalty);
  const gradient = new Float64Array(data.length);
  return _codesLossAndGradient(data, codes, decoder.w1, decoder.b1, penalty, gradient).loss;
}

/**
 * Computes the gradient of {@link codesLoss}. With the residual r_i = w1·z_i + b1 − x_i:
 * ∂L/∂z_i = (2/n)·(w1·r_i + λ·z_i), ∂L/∂w1 = (2/n)·Σ r_i·z_i + 2·λ·w1 and
 * ∂L/∂b1 = (2/n)·Σ r_i. Each code enters one term of the mean, hence the 1/n in its entry.
 *
 * @param data The data x_1, ..., x_n: a non-empty array of finite numbers.
 * @param codes The codes z_1, ..., z_n: finite numbers, as many as `data`.
 * @param decoder The decoder's finite parameters `{ w1, b1 }`.
 * @param penalty The penalty weight λ in [0, ∞).
 * @returns The partial derivatives: `codes` (a new Float64Array of length n), `w1` and `b1`.
 * @throws {TypeError} As for {@link codesLoss}.
 * @throws {RangeError} As for {@link codesLoss}.
 *
 * @example At an exact reconstruction only the penalty pulls
 * ```ts
 * import { codesGradient } from "./codes_loss.ts";
 * import assert from "node:assert/strict";
 *
 * const gradient = codesGradient([3, 5], [1, 2], { w1: 2, b1: 1 }, 0.5);
 * assert.deepEqual([...gradient.codes], [0.5, 1]); // (2/n)·λ·z_i
 * assert.equal(gradient.w1, 2); // 2·λ·w1
 * assert.equal(gradient.b1, 0);
 * ```
 */
export function codesGradient(
  data: ArrayLike<number>,
  codes: ArrayLike<number>,
  decoder: GeneratorParams,
  penalty: number,
): CodesGradient {
  _checkArguments("compute the codes gradient", data, codes, decoder, penalty);
  const gradient = new Float64Array(data.length);
  const { w1, b1 } = _codesLossAndGradient(data, codes, decoder.w1, decoder.b1, penalty, gradient);
  return { codes: gradient, w1, b1 };
}

/**
 * Computes L and writes ∂L/∂z_i into `codeGradient[i]` without checks; returns L and the
 * decoder's gradient. The training loop of `learnCodes` calls it once per step.
 */
export function _codesLossAndGradient(
  data: ArrayLike<number>,
  codes: ArrayLike<number>,
  w1: number,
  b1: number,
  penalty: number,
  codeGradient: Float64Array,
): { loss: number; w1: number; b1: number } {
  const n = data.length;
  let squaredError = 0, squaredCodes = 0, dw1 = 0, db1 = 0;
  for (let i = 0; i < n; i++) {
    // forward: r_i = w1·z_i + b1 − x_i
    const z = codes[i];
    const r = w1 * z + b1 - data[i];
    squaredError += r * r;
    squaredCodes += z * z;

    // backward: ∂(r_i² + λ·z_i²)/∂z_i = 2·(w1·r_i + λ·z_i); ∂r_i²/∂w1 = 2·r_i·z_i; ∂r_i²/∂b1 = 2·r_i
    codeGradient[i] = (2 * (w1 * r + penalty * z)) / n;
    dw1 += 2 * r * z;
    db1 += 2 * r;
  }

  // return: the means, and ∂(λ·w1²)/∂w1 = 2·λ·w1
  return {
    loss: squaredError / n + penalty * (squaredCodes / n + w1 * w1),
    w1: dw1 / n + 2 * penalty * w1,
    b1: db1 / n,
  };
}

function _checkArguments(
  action: string,
  data: unknown,
  codes: unknown,
  decoder: unknown,
  penalty: unknown,
): void {
  assertSample(action, "data", data);
  assertSample(action, "codes", codes);
  if (codes.length !== data.length) {
    const rule = `as long as data (${data.length})`;
    throw new RangeError(message(action, "codes.length", rule, codes.length));
  }
  _assertGeneratorParams(action, decoder, "decoder", "decoder.");
  assertNonNegative(action, "penalty", penalty);
}
