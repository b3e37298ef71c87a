// Learning one code per data point by gradient descent on the reconstruction loss of
// lib/codes/codes_loss.ts. Unlike a GAN's noise z, which is drawn afresh for every sample, these
// codes are parameters: they start random and training moves each one towards its data point.

import { assertFinite, assertInteger, assertNonNegative, assertPositive } from "../_validate.ts";
import { assertFunction, assertSample, message } from "../_validate.ts";
import { normal } from "../distributions/normal.ts";
import { _assertObject } from "../model/_params.ts";
import type { Source } from "../random.ts";
import { _codesLossAndGradient } from "./codes_loss.ts";

/** Options of {@link learnCodes}. */
export type LearnCodesOptions = {
  /** The random source that draws the initial codes, each from N(0, 1). */
  source: Source;
  /** The number of gradient steps, an integer in [1, ∞). */
  steps: number;
  /** The step size, in (0, ∞); see {@link learnCodes} for how it scales each update. */
  lr: number;
  /** The penalty weight λ in [0, ∞) of λ·(mean z_i² + w1²). */
  penalty: number;
  /** The decoder's initial parameters; w1 = 1 and b1 = 0 for each one omitted. */
  init?: { w1?: number; b1?: number };
};

/** The result of {@link learnCodes}. */
export type LearnedCodes = {
  /** The learned codes z_i, one per data point, in the order of the data. */
  codes: Float64Array;
  /** The codes before the first step, drawn from N(0, 1). */
  initialCodes: Float64Array;
  /** The decoder's final slope. */
  w1: number;
  /** The decoder's final offset. */
  b1: number;
  /** The loss before each step and after the last one: `steps + 1` values. */
  loss: Float64Array;
};

/**
 * Learns a code z_i for each data point x_i and a linear decoder x̂_i = w1·z_i + b1 by full-batch
 * gradient descent on L = (1/n)·Σ (w1·z_i + b1 − x_i)² + λ·((1/n)·Σ z_i² + w1²).
 *
 * The decoder moves by −lr·∂L/∂w1 and −lr·∂L/∂b1. Each code moves by −lr·n·∂L/∂z_i, the
 * gradient of its own term (w1·z_i + b1 − x_i)² + λ·z_i²: the mean's 1/n would otherwise make
 * the codes n times slower than the decoder. For 0 < λ < s, where s is the data's standard
 * deviation (1/n), the minimum is b1 = x̄, w1² = s − λ and z_i = w1·(x_i − x̄)/s. The sign of w1
 * depends on the initial codes, and the codes are an affine copy of the data.
 *
 * @param data The data x_1, ..., x_n: a non-empty array of finite numbers.
 * @param options The source, steps, lr, penalty and initial decoder; see
 *   {@link LearnCodesOptions} for each range.
 * @returns The learned and initial codes, the decoder's final w1 and b1, and the loss history.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If a value is out of range, or if the loss stops being finite (the
 *   learning rate is too large for the data's scale).
 *
 * @example The codes line up with the data
 * ```ts
 * import { learnCodes } from "./learn_codes.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const data = [2, 3, 4, 5, 6];
 * const options = { source: seededSource(1), steps: 20_000, lr: 0.1, penalty: 0.01 };
 * const result = learnCodes(data, options);
 * assert.ok(Math.abs(result.b1 - 4) < 1e-3);
 * const s = Math.sqrt(2); // the data's standard deviation with 1/n
 * assert.ok(Math.abs(result.w1 ** 2 - (s - 0.01)) < 1e-3);
 * assert.ok(result.loss[20_000] < result.loss[0]);
 * ```
 */
export function learnCodes(data: ArrayLike<number>, options: LearnCodesOptions): LearnedCodes {
  const action = "learn codes";
  assertSample(action, "data", data);
  _assertObject(action, "options", options, "an object");
  const { source, steps, lr, penalty } = options;
  assertFunction(action, "source", source);
  assertInteger(action, "steps", steps);
  assertPositive(action, "lr", lr);
  assertNonNegative(action, "penalty", penalty);
  if (options.init !== undefined) _assertObject(action, "init", options.init, "{ w1?, b1? }");
  let w1 = options.init?.w1 ?? 1;
  let b1 = options.init?.b1 ?? 0;
  assertFinite(action, "init.w1", w1);
  assertFinite(action, "init.b1", b1);

  const n = data.length;
  const x = Float64Array.from(data);
  const initialCodes = normal(0, 1).sample(n, source);
  const codes = Float64Array.from(initialCodes);
  const codeGradient = new Float64Array(n);
  const loss = new Float64Array(steps + 1);

  for (let step = 0; step <= steps; step++) {
    const result = _codesLossAndGradient(x, codes, w1, b1, penalty, codeGradient);
    if (!Number.isFinite(result.loss)) {
      const rule = "small enough for the loss to stay finite";
      throw new RangeError(message(action, "lr", `${rule} (it diverged at step ${step})`, lr));
    }
    loss[step] = result.loss;
    if (step === steps) break;
    for (let i = 0; i < n; i++) codes[i] -= lr * n * codeGradient[i];
    w1 -= lr * result.w1;
    b1 -= lr * result.b1;
  }
  return { codes, initialCodes, w1, b1, loss };
}
