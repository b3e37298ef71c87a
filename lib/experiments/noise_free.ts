// A generator without noise: G = b1, a constant, which can only ever emit one value. Trained
// against the same data as a generator with noise z ~ N(0, 1), it shows that the discriminator
// keeps telling the constant apart, while it cannot tell the noisy generator from the data.

import { assertFunction, assertObject } from "../_validate.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { normal } from "../distributions/normal.ts";
import type { Source } from "../random.ts";
import type { TrainHistory, TrainRecord } from "../train/history.ts";
import type { ModelParams } from "../train/options.ts";
import { _trainInChunks } from "./_chunks.ts";
import {
  _assertDistributionWithSpread,
  _lateMean,
  _standardize,
  _toDataUnits,
  type Standardization,
} from "./_standard_units.ts";

/** Options of {@linkcode trainWithoutNoise}. */
export interface NoiseFreeOptions {
  /** The data p_data, in its own units. */
  data: Distribution;
  /** The random source of both runs. */
  source: Source;
  /** Generator updates per run, an integer in [1, ∞). */
  steps: number;
  /** The discriminator's learning rate in standard units, in (0, ∞). */
  lrD: number;
  /** The generator's learning rate in standard units, in (0, ∞). */
  lrG: number;
  /** Discriminator updates per generator update, an integer in [1, ∞); 1 unless given. */
  k?: number;
  /** The batch size m, an integer in [1, ∞); 64 unless given. */
  batchSize?: number;
  /** The generator's starting point in standard units; w1 = 1, b1 = 0 unless given. */
  init?: { w1?: number; b1?: number };
  /** Calls of `train` per run, an integer in [1, steps]; 20 (or steps if fewer) unless given. */
  chunks?: number;
  /** Called after each chunk with "without noise" or "with noise" and the run's latest record; awaited. */
  onChunk?: (run: string, record: TrainRecord) => void | Promise<void>;
}

/** A summary of one run, in the data's units unless stated otherwise. */
export interface RunSummary {
  /** The parameters after the last step; G(z) = w1·z + b1 and D(x) = σ(c2·x² + w2·x + b2). */
  final: ModelParams;
  /** The discriminator's loss averaged over the last quarter of the recorded steps, in nats. */
  lossD: number;
  /** The discriminator's batch accuracy averaged over the same steps, in [0, 1]. */
  accuracyD: number;
  /** The smallest and largest b1 over the same steps. */
  b1Range: [number, number];
  /** The recorded training history, in standard units. */
  history: TrainHistory;
}

/**
 * Trains the constant generator G = b1 (every noise value frozen at z = 0, so w1 has no effect)
 * and, for comparison, G(z) = w1·z + b1 with fresh z ~ N(0, 1), on the same data with the same
 * settings. Both runs work in standard units with a discriminator that has the x² feature, so
 * that D can see the spread the constant lacks. A discriminator that cannot tell two
 * distributions apart settles at the loss log 2 ≈ 0.693 nats and the accuracy 1/2. Each run
 * trains in chunks and awaits `onChunk` between them; the results are those of one `train` call.
 *
 * @param options The data, source and training settings; see {@linkcode NoiseFreeOptions}.
 * @returns The two runs, and the standardisation they used.
 * @throws {TypeError} If `options` is not an object, `data` is not a distribution, or an option
 *   has the wrong type.
 * @throws {RangeError} If the data's variance is not positive and finite, `chunks` is out of
 *   range, or a training option is out of range, as `train` checks them.
 *
 * @example D separates the constant from the data but not the noisy generator
 * ```ts
 * import { trainWithoutNoise } from "./noise_free.ts";
 * import { normal } from "../distributions/normal.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const runs = await trainWithoutNoise({
 *   data: normal(4, 1.25), source: seededSource(1), steps: 4000, lrD: 0.05, lrG: 0.05, k: 3,
 * });
 * assert.ok(runs.withoutNoise.lossD < runs.withNoise.lossD);
 * ```
 */
export async function trainWithoutNoise(
  options: NoiseFreeOptions,
): Promise<{ scale: Standardization; withoutNoise: RunSummary; withNoise: RunSummary }> {
  const action = "train without noise";
  assertObject(action, "options", options);
  const { data, chunks, onChunk, init = {}, ...settings } = options;
  _assertDistributionWithSpread(action, "data", data);
  assertObject(action, "init", init);
  if (onChunk !== undefined) assertFunction(action, "onChunk", onChunk);
  const { scale, standardized } = _standardize(data);
  const run = async (name: string, noise: { freezeNoise: number[] } | { noise: Distribution }) => {
    const callback = onChunk === undefined
      ? undefined
      : (record: TrainRecord) => onChunk(name, record);
    const trainOptions = {
      ...settings,
      ...noise,
      data: standardized,
      quadratic: true,
      init: { w1: init.w1 ?? 1, b1: init.b1 ?? 0 },
    };
    const result = await _trainInChunks(action, trainOptions, chunks, callback, "single run");
    return _summarize(result.history, _toDataUnits(result.final, scale), scale);
  };
  // The runs share the source, so their order fixes the results: the run without noise is first.
  const withoutNoise = await run("without noise", { freezeNoise: [0] });
  const withNoise = await run("with noise", { noise: normal(0, 1) });
  return { scale, withoutNoise, withNoise };
}

function _summarize(history: TrainHistory, final: ModelParams, scale: Standardization): RunSummary {
  const late = history.b1.slice(Math.floor((history.b1.length * 3) / 4));
  const b1Range: [number, number] = [
    scale.mean + scale.sd * Math.min(...late),
    scale.mean + scale.sd * Math.max(...late),
  ];
  return {
    final,
    lossD: _lateMean(history.lossD),
    accuracyD: _lateMean(history.accuracyD),
    b1Range,
    history,
  };
}
