// Two training runs that differ only in the sign of the generator's starting slope. For a
// symmetric prior such as N(0, 1), −z has the same distribution as z, so G(z) = w1·z + b1 and
// G(z) = −w1·z + b1 generate the same N(b1, w1²): the data can fix |w1| but never its sign, and
// each run keeps the sign it started with.

import { assertFinite, assertFunction, assertPositive } from "../_validate.ts";
import { _assertObject } from "../model/_params.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { normal } from "../distributions/normal.ts";
import type { GeneratorLoss } from "../model/generator_loss.ts";
import type { GeneratorParams } from "../model/generator.ts";
import { seededSource } from "../random.ts";
import type { TrainRecord } from "../train/history.ts";
import type { TrainResult } from "../train/train.ts";
import { _trainInChunks } from "./_chunks.ts";

/** Options of {@linkcode trainBothSigns}. */
export interface BothSignsOptions {
  /** The data distribution p_data. */
  data: Distribution;
  /** The noise prior p(z); N(0, 1) unless given. */
  noise?: Distribution;
  /** The seed of each run's source, any finite number; both runs see the same draws. */
  seed: number;
  /** The size |w1| of the starting slope, in (0, ∞); the runs start at +w1 and −w1. */
  w1: number;
  /** The starting offset b1, finite; 0 unless given. */
  b1?: number;
  /** Generator updates per run, an integer in [1, ∞). */
  steps: number;
  /** The batch size m, an integer in [1, ∞); 64 unless given. */
  batchSize?: number;
  /** The discriminator's learning rate, in (0, ∞). */
  lrD: number;
  /** The generator's learning rate, in (0, ∞). */
  lrG: number;
  /** Whether D has the x² feature; false unless given. */
  quadratic?: boolean;
  /** The generator loss; "non-saturating" unless given. */
  loss?: GeneratorLoss;
  /** Recorded rows per run, an integer in [2, ∞); about 1000 unless given. */
  historySize?: number;
  /** Calls of `train` per run, an integer in [1, steps]; 20 (or steps if fewer) unless given. */
  chunks?: number;
  /** Called after each chunk with the run's name and its latest record; awaited. */
  onChunk?: (run: SignRunName, record: TrainRecord) => void | Promise<void>;
}

/** The names of the two runs, by the sign of the starting slope. */
export type SignRunName = "w1 > 0" | "w1 < 0";

/** One run of {@linkcode trainBothSigns}. */
export interface SignRun {
  /** The generator's starting parameters. */
  start: GeneratorParams;
  /** The recorded history and the final parameters. */
  result: TrainResult;
  /** The means of w1 and b1 over the last quarter of the recorded steps. */
  settled: GeneratorParams;
}

/**
 * Trains the GAN twice with the same seed and settings, once from w1 = +|w1| and once from
 * w1 = −|w1|. The two histories show the parameters moving while the prior p(z) stays what it
 * was given; their settled values show that only |w1| and b1 are fixed by the data.
 *
 * @param options The data, prior, seed, starting point and training settings; see
 *   {@linkcode BothSignsOptions}.
 * @returns The runs from the positive and the negative slope.
 * @throws {TypeError} If an option has the wrong type, as `train` checks them.
 * @throws {RangeError} If `w1` is not positive, `b1` is not finite, `chunks` is out of range, or
 *   a training option is out of range; `TrainingDivergedError` if a run diverges.
 *
 * @example The two runs keep their signs
 * ```ts
 * import { trainBothSigns } from "./both_signs.ts";
 * import { normal } from "../distributions/normal.ts";
 * import assert from "node:assert/strict";
 *
 * const runs = await trainBothSigns({
 *   data: normal(4, 1.25), seed: 1, w1: 1, steps: 2000, lrD: 0.01, lrG: 0.01,
 * });
 * assert.ok(runs.positive.result.final.w1 > 0);
 * assert.ok(runs.negative.result.final.w1 < 0);
 * ```
 */
export async function trainBothSigns(
  options: BothSignsOptions,
): Promise<{ positive: SignRun; negative: SignRun }> {
  const action = "train both signs";
  _assertObject(action, "options", options, "an object");
  const { seed, w1, b1 = 0, chunks, onChunk, noise = normal(0, 1), ...settings } = options;
  assertPositive(action, "w1", w1);
  assertFinite(action, "b1", b1);
  if (onChunk !== undefined) assertFunction(action, "onChunk", onChunk);
  const run = async (name: SignRunName, start: GeneratorParams): Promise<SignRun> => {
    const callback = onChunk === undefined
      ? undefined
      : (record: TrainRecord) => onChunk(name, record);
    const trainOptions = { ...settings, noise, source: seededSource(seed), init: start };
    const result = await _trainInChunks(action, trainOptions, chunks, callback);
    const settled = {
      w1: _lastQuarterMean(result.history.w1),
      b1: _lastQuarterMean(result.history.b1),
    };
    return { start, result, settled };
  };
  return {
    positive: await run("w1 > 0", { w1, b1 }),
    negative: await run("w1 < 0", { w1: -w1, b1 }),
  };
}

// The mean of the last quarter of a recorded column, which averages out the late oscillation.
function _lastQuarterMean(column: Float64Array): number {
  const late = column.subarray(Math.floor((column.length * 3) / 4));
  return late.reduce((sum, value) => sum + value, 0) / late.length;
}
