// Minibatch gradients of the discriminator's loss as estimates of the full-data gradient. A
// batch of m real and m fake samples gives the mean of m independent pair terms
// ½·(σ(t_real) − 1)·(x_real, 1) + ½·σ(t_fake)·(x_fake, 1), so its expectation is the full
// gradient for every m and its variance is Σ/m, where Σ = ¼·(Var_data + Var_g) of the class
// terms is a property of the model, not of the batch.

import { assertArray, assertInteger, message } from "../_validate.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { normal } from "../distributions/normal.ts";
import type { DiscriminatorParams } from "../model/discriminator.ts";
import { _assertObject } from "../model/_params.ts";
import { _generateInto, generatedDistribution, type GeneratorParams } from "../model/generator.ts";
import type { Source } from "../random.ts";
import { _classExpectation, _mixedGradient, type Vector2 } from "./_class_gradients.ts";
import { _checkDiscriminatorRun } from "./_discriminator_run.ts";

/** Options of {@link minibatchGradients}. */
export type MinibatchOptions = {
  /** The data distribution p_data. */
  data: Distribution;
  /** The fixed generator (w1 ≠ 0, z ~ N(0, 1)); `{ w1: 1, b1: 0 }` if omitted. */
  generator?: GeneratorParams;
  /** The fixed discriminator at which gradients are taken; `{ w2: 0.1, b2: 0 }` if omitted. */
  discriminator?: DiscriminatorParams;
  /** The batch sizes m to compare, integers in [1, ∞); at least one. */
  batchSizes: readonly number[];
  /** Minibatches drawn per batch size, an integer in [2, ∞). */
  batches: number;
  /** The random source of every batch. */
  source: Source;
};

/** The statistics of the minibatch gradients for one batch size m. */
export type MinibatchRow = {
  /** The batch size m. */
  batchSize: number;
  /** The mean over the minibatches of the gradient (∂/∂w2, ∂/∂b2). */
  mean: Vector2;
  /** The distance from `mean` to the full gradient. */
  meanError: number;
  /** The standard error of `mean`, √(totalVariance / batches): the distance to expect. */
  standardError: number;
  /** The sample variance of each component over the minibatches. */
  variance: Vector2;
  /** The trace of the covariance: the mean squared distance from the mean gradient. */
  totalVariance: number;
  /** m × `totalVariance`; near `predictedScaled` for every m. */
  scaledVariance: number;
  /** The trace of Σ, computed by quadrature: m × variance that theory predicts. */
  predictedScaled: number;
  /** The running mean of ∂/∂w2 after 1, 2, …, `batches` minibatches. */
  runningMeanW2: Float64Array;
};

/**
 * Draws `batches` minibatches for each batch size at a fixed (G, D) and measures how their
 * gradients scatter around the full-data gradient, which quadrature gives.
 *
 * @param options See {@link MinibatchOptions} for each range and default.
 * @returns `full`, the full-data gradient (∂/∂w2, ∂/∂b2), and one row per batch size.
 * @throws {TypeError} If an option has the wrong type.
 * @throws {RangeError} If an option is out of range, `batchSizes` is empty or w1 = 0.
 *
 * @example Quadrupling m quarters the variance
 * ```ts
 * import { minibatchGradients } from "./minibatch.ts";
 * import { normal } from "../distributions/normal.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const { rows } = minibatchGradients({
 *   data: normal(4, 1.25), batchSizes: [4, 16], batches: 2000, source: seededSource(1),
 * });
 * const ratio = rows[0].totalVariance / rows[1].totalVariance;
 * assert.ok(ratio > 3 && ratio < 5);
 * ```
 */
export function minibatchGradients(
  options: MinibatchOptions,
): { full: Vector2; rows: MinibatchRow[] } {
  const action = "measure minibatch gradients";
  _assertObject(action, "options", options, "an object");
  const { discriminator, ...rest } = options;
  const run = _checkDiscriminatorRun(
    action,
    { ...rest, init: discriminator },
    "options.discriminator",
  );
  const { data, generator, init: { w2, b2 }, source } = run;
  const { batchSizes, batches } = options;
  assertArray(action, "options.batchSizes", batchSizes);
  if (batchSizes.length === 0) {
    throw new RangeError(message(action, "options.batchSizes", "a non-empty array", batchSizes));
  }
  batchSizes.forEach((m, i) => assertInteger(action, `options.batchSizes[${i}]`, m));
  assertInteger(action, "options.batches", batches, 2);

  // theory: the full gradient and Σ = ¼·(Var_data + Var_g) of the class terms, by quadrature
  const generated = generatedDistribution(generator);
  const [realMean, fakeMean] = [
    _classExpectation(w2, b2, data, 1, 1),
    _classExpectation(w2, b2, generated, 0, 1),
  ];
  const [realSquare, fakeSquare] = [
    _classExpectation(w2, b2, data, 1, 2),
    _classExpectation(w2, b2, generated, 0, 2),
  ];
  const full: Vector2 = [(realMean[0] + fakeMean[0]) / 2, (realMean[1] + fakeMean[1]) / 2];
  let predictedScaled = 0;
  for (const c of [0, 1]) {
    predictedScaled += (realSquare[c] - realMean[c] ** 2 + fakeSquare[c] - fakeMean[c] ** 2) / 4;
  }

  const noise = normal(0, 1);
  const rows = batchSizes.map((m) => {
    const xs = new Float64Array(2 * m), labels = new Float64Array(2 * m).fill(1, 0, m);
    const z = new Float64Array(m);
    const runningMeanW2 = new Float64Array(batches);
    // Welford's running mean and sum of squared deviations, per component
    const mean: Vector2 = [0, 0], squares: Vector2 = [0, 0];
    for (let n = 0; n < batches; n++) {
      // sample a fresh minibatch: m real x, then m fakes G(z)
      data.sampleInto(xs.subarray(0, m), source);
      _generateInto(generator.w1, generator.b1, noise.sampleInto(z, source), xs.subarray(m));
      const gradient = _mixedGradient(w2, b2, xs, labels);
      for (const c of [0, 1]) {
        const delta = gradient[c] - mean[c];
        mean[c] += delta / (n + 1);
        squares[c] += delta * (gradient[c] - mean[c]);
      }
      runningMeanW2[n] = mean[0];
    }
    // sample variance with the n − 1 divisor
    const variance: Vector2 = [squares[0] / (batches - 1), squares[1] / (batches - 1)];
    const totalVariance = variance[0] + variance[1];
    return {
      batchSize: m,
      mean,
      meanError: Math.hypot(mean[0] - full[0], mean[1] - full[1]),
      standardError: Math.sqrt(totalVariance / batches),
      variance,
      totalVariance,
      scaledVariance: m * totalVariance,
      predictedScaled,
      runningMeanW2,
    };
  });
  return { full, rows };
}
