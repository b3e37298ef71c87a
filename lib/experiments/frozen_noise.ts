// Frozen noise: K values of z drawn once and fed to the generator at every step. G(z) = w1·z + b1
// can then only ever output K points, however long it trains. The same G fed fresh z produces a
// new value at almost every call.

import { assertFunction, assertInteger } from "../_validate.ts";
import { _assertDistribution, _assertObject } from "../model/_params.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { normal } from "../distributions/normal.ts";
import { countDistinct } from "../metrics/distinct.ts";
import type { GeneratorLoss } from "../model/generator_loss.ts";
import type { Source } from "../random.ts";
import type { TrainRecord } from "../train/history.ts";
import type { ModelParams } from "../train/options.ts";
import type { TrainResult } from "../train/train.ts";
import { _trainInChunks } from "./_chunks.ts";

/** Options of {@linkcode trainFrozenNoise}. */
export interface FrozenNoiseOptions {
  /** The data distribution p_data. */
  data: Distribution;
  /** The prior the frozen values and the fresh values are drawn from; N(0, 1) unless given. */
  noise?: Distribution;
  /** The source of every draw: the frozen z first, then training, then the fresh z. */
  source: Source;
  /** The number K of frozen noise values, an integer in [1, ∞). */
  count: number;
  /** The number of generator calls whose outputs are counted, an integer in [1, ∞). */
  calls: number;
  /** Generator updates, an integer in [1, ∞). */
  steps: number;
  /** The batch size m of real samples, an integer in [1, ∞); 64 unless given. */
  batchSize?: number;
  /** The discriminator's learning rate, in (0, ∞). */
  lrD: number;
  /** The generator's learning rate, in (0, ∞). */
  lrG: number;
  /** Whether D has the x² feature; false unless given. */
  quadratic?: boolean;
  /** The generator loss; "non-saturating" unless given. */
  loss?: GeneratorLoss;
  /** Initial parameters; `train`'s defaults for each one omitted. */
  init?: Partial<ModelParams>;
  /** Recorded rows, an integer in [2, ∞); about 1000 unless given. */
  historySize?: number;
  /** Calls of `train`, an integer in [1, steps]; 20 (or steps if fewer) unless given. */
  chunks?: number;
  /** Called after each chunk with the latest record; awaited. */
  onChunk?: (record: TrainRecord) => void | Promise<void>;
}

/** The result of {@linkcode trainFrozenNoise}. */
export interface FrozenNoiseResult {
  /** The K noise values drawn once and used at every step. */
  frozenZ: Float64Array;
  /** The training history and the final parameters. */
  result: TrainResult;
  /** The trained G's outputs for `calls` calls, call j using frozen value j mod K. */
  frozenOutputs: Float64Array;
  /** The same G's outputs for `calls` fresh draws of z. */
  freshOutputs: Float64Array;
  /** The number of distinct values in `frozenOutputs`, at most K. */
  distinctFrozen: number;
  /** The number of distinct values in `freshOutputs`. */
  distinctFresh: number;
}

/**
 * Draws `count` noise values once and trains the GAN with them frozen, so that every fake batch
 * is G of these values. Then calls the trained G `calls` times with the frozen values in turn
 * and `calls` times with fresh draws, and counts the distinct outputs of each.
 *
 * @param options The data, prior, source, K, number of calls and training settings; see
 *   {@linkcode FrozenNoiseOptions}.
 * @returns The frozen values, the run, both output samples and their distinct counts.
 * @throws {TypeError} If an option has the wrong type, as `train` checks them.
 * @throws {RangeError} If `count` or `calls` is not a positive integer, `chunks` is out of
 *   range, or a training option is out of range; `TrainingDivergedError` if training diverges.
 *
 * @example Three frozen values give three outputs
 * ```ts
 * import { trainFrozenNoise } from "./frozen_noise.ts";
 * import { normal } from "../distributions/normal.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const run = await trainFrozenNoise({
 *   data: normal(4, 1.25), source: seededSource(1), count: 3, calls: 100,
 *   steps: 500, lrD: 0.01, lrG: 0.01,
 * });
 * assert.equal(run.distinctFrozen, 3);
 * assert.equal(run.distinctFresh, 100);
 * ```
 */
export async function trainFrozenNoise(options: FrozenNoiseOptions): Promise<FrozenNoiseResult> {
  const action = "train with frozen noise";
  _assertObject(action, "options", options, "an object");
  const { noise = normal(0, 1), count, calls, chunks, onChunk, ...settings } = options;
  assertInteger(action, "count", count);
  assertInteger(action, "calls", calls);
  _assertDistribution(action, "noise", noise);
  assertFunction(action, "source", settings.source);

  // draw the frozen values, then train with them in place of fresh noise
  const frozenZ = noise.sample(count, settings.source);
  const result = await _trainInChunks(
    action,
    { ...settings, freezeNoise: frozenZ },
    chunks,
    onChunk,
  );

  // call the trained G: with the frozen values in turn, and with fresh draws
  const { w1, b1 } = result.final;
  const frozenOutputs = new Float64Array(calls);
  for (let j = 0; j < calls; j++) frozenOutputs[j] = w1 * frozenZ[j % count] + b1;
  const freshOutputs = noise.sample(calls, settings.source).map((z) => w1 * z + b1);

  return {
    frozenZ,
    result,
    frozenOutputs,
    freshOutputs,
    distinctFrozen: countDistinct(frozenOutputs),
    distinctFresh: countDistinct(freshOutputs),
  };
}
