// Minibatch stochastic gradient descent on the linear GAN, following Algorithm 1 of Goodfellow
// et al. (2014), "Generative Adversarial Nets": each step makes k discriminator updates, each on
// m real samples and m generated ones, then one generator update on m fresh noise values.

import type { Distribution } from "../distributions/distribution.ts";
import type { Source } from "../random.ts";
import {
  _discriminatorBatch,
  _generatorBatch,
  D_ABS_LOGIT,
  D_ACCURACY,
  D_B2,
  D_C2,
  D_LOSS,
  D_W2,
  G_ABS_LOGIT,
  G_B1,
  G_LOSS,
  G_W1,
} from "../model/_batch.ts";
import { _generateInto } from "../model/generator.ts";
import { TrainingDivergedError } from "./diverged.ts";
import {
  _createHistory,
  _firstRows,
  _recordedStep,
  _writeRow,
  type TrainHistory,
  type TrainRecord,
} from "./history.ts";
import { _resolveOptions } from "./_resolve.ts";
import type { ModelParams, TrainOptions } from "./options.ts";

/** The result of `train`: the recorded history, the final parameters and the number of steps. */
export type TrainResult = {
  /** At most `historySize` recorded steps, evenly spread, with the first and the last. */
  history: TrainHistory;
  /** The parameters after the last step's updates. */
  final: ModelParams;
  /** The number of steps run, equal to `options.steps`. */
  steps: number;
};

/**
 * Trains the GAN G(z) = w1·z + b1, D(x) = σ(c2·x² + w2·x + b2) by alternating SGD steps.
 *
 * Each step runs k discriminator updates. Each of them draws m real x from `data`, then m noise
 * values z from `noise`, both from `source`. It then moves w2, b2 (and c2 when `quadratic`) by
 * −lrD times the gradient of the cross-entropy of real against G(z). After the k updates the
 * step draws m fresh z and moves w1, b1 by −lrG times the gradient of the generator loss
 * against the updated D. The same options with a source of the same seed give the same result, bit for bit.
 *
 * @param options The data, noise, source, steps, batch size, k, learning rates, loss, initial
 *   parameters and recording settings; see {@link TrainOptions} for each range and default.
 * @returns The history of recorded steps, the final parameters and the number of steps.
 * @throws {TypeError} If an option has the wrong type, such as `data` without `sampleInto` or
 *   `source` not a function.
 * @throws {RangeError} If an option is out of range or unknown: `steps`, `batchSize`, `k` or
 *   `progressEvery` not a positive integer, `lrD` or `lrG` not positive and finite,
 *   `historySize` below 2, `loss` not a known loss, or both `noise` and `freezeNoise` given.
 * @throws {TrainingDivergedError} A `RangeError` if a parameter or a logit of D (and with it a
 *   loss) stops being finite; it names the step, the parameters and the learning rates. Nothing
 *   non-finite is recorded or passed to `onProgress`, and the error's `history` contains the steps
 *   recorded before the diverging one.
 *
 * @example The generated mean moves towards the data mean
 * ```ts
 * import { train } from "./train.ts";
 * import { normal } from "../distributions/normal.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const result = train({
 *   data: normal(4, 1.25),
 *   source: seededSource(1),
 *   steps: 2000,
 *   lrD: 0.05,
 *   lrG: 0.05,
 * });
 * assert.equal(result.history.step[0], 0);
 * assert.ok(result.final.b1 > 2); // b1 starts at 0
 * ```
 */
export function train(options: TrainOptions): TrainResult {
  const settings = _resolveOptions(options);
  const { data, noise, source, steps, k, lrD, lrG, nonSaturating, quadratic } = settings;
  const { onProgress, progressEvery } = settings;
  let { w1, b1, w2, b2, c2 } = settings.init;

  // Buffers allocated once: the real batch, the noise (fresh each time, or the frozen values),
  // the fake batch, and the outputs of the two loss kernels.
  const real = new Float64Array(settings.batchSize);
  const z = settings.frozenZ ?? new Float64Array(settings.batchSize);
  const fake = new Float64Array(z.length);
  const outD = new Float64Array(6);
  const outG = new Float64Array(4);

  const rows = Math.min(steps, settings.historySize);
  const history = _createHistory(rows);
  let row = 0;
  let nextRecorded = 0;

  for (let step = 0; step < steps; step++) {
    const w1Start = w1, b1Start = b1, w2Start = w2, b2Start = b2, c2Start = c2;
    const report = onProgress !== undefined &&
      ((step + 1) % progressEvery === 0 || step === steps - 1);
    const measure = step === nextRecorded || report;
    let absLogitD = 0;

    for (let j = 0; j < k; j++) {
      // sample real: m draws from p_data
      data.sampleInto(real, source);

      // sample noise: m fresh z from p(z) unless frozen, and the fakes x = w1·z + b1
      _sampleNoise(noise, z, source);
      _generateInto(w1, b1, z, fake);

      // update D: descend the cross-entropy of real (label 1) against fake (label 0)
      _discriminatorBatch(w2, b2, c2, real, fake, measure && j === k - 1, outD);
      w2 -= lrD * outD[D_W2];
      b2 -= lrD * outD[D_B2];
      if (quadratic) c2 -= lrD * outD[D_C2];
      absLogitD += outD[D_ABS_LOGIT];
    }

    // update G: descend the generator loss on fresh noise, against the updated D
    _sampleNoise(noise, z, source);
    _generatorBatch(w1, b1, w2, b2, c2, z, nonSaturating, measure, outG);
    w1 -= lrG * outG[G_W1];
    b1 -= lrG * outG[G_B1];

    // check: stop at the first step that makes a parameter or a logit non-finite. A finite
    // logit t gives a finite loss, since both losses are at most |t| + log 2 per sample; only
    // their sums could still overflow, so measured losses are checked too.
    const finite = _allFinite(w1, b1, w2, b2, c2) && Number.isFinite(absLogitD) &&
      Number.isFinite(outG[G_ABS_LOGIT]) &&
      (!measure || (Number.isFinite(outD[D_LOSS]) && Number.isFinite(outG[G_LOSS])));
    if (!finite) {
      const params = { w1, b1, w2, b2, c2 };
      throw new TrainingDivergedError(step, params, lrD, lrG, _firstRows(history, row));
    }
    if (!measure) continue;

    // record: the parameters the step started from, and what it measured
    const record: TrainRecord = {
      step,
      w1: w1Start,
      b1: b1Start,
      w2: w2Start,
      b2: b2Start,
      c2: c2Start,
      lossD: outD[D_LOSS],
      lossG: outG[G_LOSS],
      accuracyD: outD[D_ACCURACY],
    };
    if (step === nextRecorded) {
      _writeRow(history, row, record);
      row++;
      nextRecorded = row < rows ? _recordedStep(row, rows, steps) : -1;
    }
    if (report) onProgress(record);
  }

  return { history, final: { w1, b1, w2, b2, c2 }, steps };
}

// Fills z with fresh draws, or leaves the frozen values in place when there is no noise.
function _sampleNoise(noise: Distribution | undefined, z: Float64Array, source: Source): void {
  if (noise !== undefined) noise.sampleInto(z, source);
}

function _allFinite(w1: number, b1: number, w2: number, b2: number, c2: number): boolean {
  return Number.isFinite(w1) && Number.isFinite(b1) && Number.isFinite(w2) &&
    Number.isFinite(b2) && Number.isFinite(c2);
}
