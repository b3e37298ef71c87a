/**
 * Learned per-sample codes, the contrast to a GAN's noise: a one-dimensional form of generative
 * latent optimisation (Bojanowski et al. 2018), where each data point x_i owns a code z_i that
 * gradient descent moves, and a linear decoder x̂_i = w1·z_i + b1 reconstructs x_i. Sampling new
 * data afterwards needs a distribution fitted to the learned codes.
 *
 * @example Learn codes for five points
 * ```ts
 * import { learnCodes } from "./mod.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const result = learnCodes([2, 3, 4, 5, 6], {
 *   source: seededSource(1),
 *   steps: 20_000,
 *   lr: 0.1,
 *   penalty: 0.01,
 * });
 * assert.equal(result.codes.length, 5);
 * ```
 *
 * @module
 */

export { type CodesGradient, codesGradient, codesLoss } from "./codes_loss.ts";
export { learnCodes, type LearnCodesOptions, type LearnedCodes } from "./learn_codes.ts";
export type { GeneratorParams } from "../model/generator.ts";
export type { Source } from "../random.ts";
