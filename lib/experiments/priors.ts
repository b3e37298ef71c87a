// The noise prior experiment: the same linear generator G(z) = w1·z + b1 trained with different
// priors p(z) against the same data. G can only shift and stretch p(z), so p_g keeps the prior's
// shape, and only a normal prior can match normal data.

import { assertArray, assertFunction, assertInteger, assertObject, message } from "../_validate.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { isEmpirical } from "../distributions/empirical.ts";
import { ksStatistic } from "../metrics/ks.ts";
import { w1Samples } from "../metrics/wasserstein.ts";
import { generatedDistribution } from "../model/generator.ts";
import type { Source } from "../random.ts";
import type { TrainHistory, TrainRecord } from "../train/history.ts";
import { _trainInChunks } from "./_chunks.ts";
import {
  _assertDistributionWithSpread,
  _lateMean,
  _standardize,
  type Standardization,
} from "./_standard_units.ts";

/** Options of {@linkcode comparePriors}. */
export interface PriorComparisonOptions {
  /** The data p_data, in its own units; a sample is passed as `empirical(values)`. */
  data: Distribution;
  /** The noise priors p(z) to compare, at least one, each with a positive finite variance. */
  priors: readonly Distribution[];
  /** The random source for training and for the samples that the distances use. */
  source: Source;
  /** Generator updates per prior, an integer in [1, ∞). */
  steps: number;
  /** The discriminator's learning rate in standard units, in (0, ∞). */
  lrD: number;
  /** The generator's learning rate in standard units, in (0, ∞). */
  lrG: number;
  /** The batch size m, an integer in [1, ∞); 64 unless given. */
  batchSize?: number;
  /** The generator's starting point in standard units; w1 = 1, b1 = 0 unless given. */
  init?: { w1?: number; b1?: number };
  /** Generated values (and data values, for a distribution) behind each distance; 10,000 unless given. */
  sampleSize?: number;
  /** Calls of `train` per prior, an integer in [1, steps]; 20 (or steps if fewer) unless given. */
  chunks?: number;
  /** Called after each chunk with the prior's index and the run's latest record; awaited. */
  onChunk?: (priorIndex: number, record: TrainRecord) => void | Promise<void>;
}

/** The result of training with one prior, in the data's units. */
export interface PriorFit {
  /** The noise prior p(z). */
  prior: Distribution;
  /** The generator's slope, from the late-training average of p_g's standard deviation. */
  w1: number;
  /** The generator's offset, so that w1·E[z] + b1 is the late-training average of p_g's mean. */
  b1: number;
  /** The mean of p_g. */
  mean: number;
  /** The standard deviation of p_g. */
  sd: number;
  /** p_g, the distribution of w1·z + b1 for z from the prior. */
  generated: Distribution;
  /** W1 between `sampleSize` draws of p_g and the data (the data's values, or as many draws). */
  w1Distance: number;
  /** The KS statistic of the same draws of p_g against the data, in [0, 1]. */
  ks: number;
  /** The recorded training history, in standard units. */
  history: TrainHistory;
}

/** The result of {@linkcode comparePriors}. */
export interface PriorComparison {
  /** The standardisation u = (x − mean)/sd that training used. */
  scale: Standardization;
  /** One fit per prior, in the order given. */
  fits: PriorFit[];
  /** The distances of `sampleSize` fresh draws of the data itself: the sampling noise floor. */
  floor: { w1Distance: number; ks: number };
}

/**
 * Trains G(z) = w1·z + b1 against the same data once per noise prior and measures how close
 * each p_g comes.
 *
 * Training runs in standard units (the data shifted and scaled to mean 0 and standard deviation
 * 1) with a discriminator D(x) = σ(c2·x² + w2·x + b2) that has the x² feature, since a linear D
 * cannot see a difference in spread. The GAN keeps circling its equilibrium a little, so each
 * fit averages p_g's mean and standard deviation over the last quarter of the recorded steps and
 * keeps the sign of the final w1. The sign of w1 does not change p_g for a prior symmetric about
 * 0, but for U(0, 1) it decides whether b1 is the left or the right end of p_g's support.
 * Each prior trains in chunks and awaits `onChunk` between them; the fits are those of one
 * `train` call per prior.
 *
 * @param options The data, priors, source, training settings and sample size; see
 *   {@linkcode PriorComparisonOptions} for each range.
 * @returns The fits, the standardisation and the noise floor of the distances.
 * @throws {TypeError} If `options` is not an object, `data` or a prior is not a distribution,
 *   `priors` is not an array, or an option has the wrong type.
 * @throws {RangeError} If `priors` is empty, the data's or a prior's variance is not positive
 *   and finite, `sampleSize` is not an integer >= 2, `chunks` is out of range, or a training
 *   option is out of range.
 *
 * @example A normal prior matches normal data
 * ```ts
 * import { comparePriors } from "./priors.ts";
 * import { normal } from "../distributions/normal.ts";
 * import { uniform } from "../distributions/uniform.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const { fits } = await comparePriors({
 *   data: normal(4, 1.25),
 *   priors: [normal(0, 1), uniform(-1, 1)],
 *   source: seededSource(1),
 *   steps: 3000,
 *   lrD: 0.05,
 *   lrG: 0.05,
 *   sampleSize: 2000,
 * });
 * assert.ok(Math.abs(fits[0].mean - 4) < 0.2);
 * assert.ok(fits[0].ks < fits[1].ks);
 * ```
 */
export async function comparePriors(options: PriorComparisonOptions): Promise<PriorComparison> {
  const action = "compare priors";
  assertObject(action, "options", options);
  const { data, priors, source, chunks, onChunk, init = {} } = options;
  _assertDistributionWithSpread(action, "data", data);
  assertArray(action, "priors", priors);
  if (priors.length === 0) {
    throw new RangeError(message(action, "priors", "a non-empty array", priors));
  }
  priors.forEach((prior, i) => _assertDistributionWithSpread(action, `priors[${i}]`, prior));
  const sampleSize = options.sampleSize ?? 10_000;
  assertInteger(action, "sampleSize", sampleSize, 2);
  assertFunction(action, "source", source);
  assertObject(action, "init", init);
  if (onChunk !== undefined) assertFunction(action, "onChunk", onChunk);

  const { scale, standardized } = _standardize(data);
  const reference = isEmpirical(data) ? data.values : data.sample(sampleSize, source);
  // The priors train one after the other, because training and the samples of each fit share
  // the source.
  const fits: PriorFit[] = [];
  for (const [i, prior] of priors.entries()) {
    const trainOptions = {
      data: standardized,
      noise: prior,
      source,
      steps: options.steps,
      lrD: options.lrD,
      lrG: options.lrG,
      batchSize: options.batchSize,
      quadratic: true,
      init: { w1: init.w1 ?? 1, b1: init.b1 ?? 0 },
    };
    const callback = onChunk === undefined
      ? undefined
      : (record: TrainRecord) => onChunk(i, record);
    const result = await _trainInChunks(action, trainOptions, chunks, callback, "single run");
    const sign = Math.sign(result.final.w1);
    fits.push(
      _fit(prior, result.history, sign, scale, data, reference, { sampleSize, source }),
    );
  }

  const own = data.sample(sampleSize, source);
  const floor = { w1Distance: w1Samples(own, reference), ks: ksStatistic(own, data) };
  return { scale, fits, floor };
}

// Builds p_g from the late-training averages of its mean and standard deviation, and measures it.
function _fit(
  prior: Distribution,
  history: TrainHistory,
  sign: number,
  scale: Standardization,
  data: Distribution,
  reference: ArrayLike<number>,
  sampling: { sampleSize: number; source: Source },
): PriorFit {
  const sdZ = Math.sqrt(prior.variance);
  const meanU = _lateMean(history.w1.map((w1, row) => w1 * prior.mean + history.b1[row]));
  const sdU = _lateMean(history.w1.map((w1) => Math.abs(w1) * sdZ));
  const mean = scale.mean + scale.sd * meanU;
  const sd = scale.sd * sdU;
  const w1 = ((sign || 1) * sd) / sdZ;
  const b1 = mean - w1 * prior.mean;
  const generated = generatedDistribution({ w1, b1 }, prior);
  const x = generated.sample(sampling.sampleSize, sampling.source);
  return {
    prior,
    w1,
    b1,
    mean,
    sd,
    generated,
    w1Distance: w1Samples(x, reference),
    ks: ksStatistic(x, data),
    history,
  };
}
