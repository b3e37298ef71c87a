// Moments of a training run, measured against the data: at chosen steps, the generated density
// p_g = N(b1, w1²) and its distances to p_data (W1, KL and JS), and the late-training average of
// the generator's parameters, which smooths out the jitter that minibatch noise leaves.

import { assertArray, assertBetween, assertColumns, assertFinite, message } from "../_validate.ts";
import { assertDistribution } from "../distributions/_assert.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { jsDivergence } from "../metrics/js.ts";
import { klNormal } from "../metrics/kl.ts";
import { w1Normal } from "../metrics/wasserstein.ts";
import { generatedDistribution } from "../model/generator.ts";
import { RECORD_FIELDS, type TrainHistory, type TrainRecord } from "../train/history.ts";

/** One recorded step with the distances from p_g = N(b1, w1²) to the data. */
export interface TrainingSnapshot extends TrainRecord {
  /** W1 between N(mean, variance) of the data and p_g, in the units of x. */
  w1Distance: number;
  /** KL(N(mean, variance) of the data ‖ p_g), in nats. */
  kl: number;
  /** JS(p_data‖p_g) by quadrature, in nats, in [0, log 2]. */
  js: number;
}

/**
 * Picks the recorded rows at `steps` and measures p_g = N(b1, w1²) against the data. W1 and KL
 * use their closed forms between normals and treat the data as the normal with its mean and
 * variance, which is exact for normal data. JS uses the data's own density.
 *
 * @param history A history from `train`; pass `historySize` ≥ `steps` to record every step.
 * @param steps Steps to pick, each one recorded in `history`.
 * @param data The data distribution p_data, with a positive variance.
 * @returns One snapshot per requested step, in the order given.
 * @throws {TypeError} If `history` is not an object of arrays, `data` is not a distribution,
 *   `steps` is not an array, or a step is not a number.
 * @throws {RangeError} If the columns of `history` differ in length, a step was not recorded, a
 *   recorded w1 is 0 (p_g is then a point mass with no density), or the data's variance is not
 *   positive.
 *
 * @example The first recorded step of a history
 * ```ts
 * import { trainingSnapshots } from "./snapshots.ts";
 * import { normal } from "../distributions/normal.ts";
 * import assert from "node:assert/strict";
 *
 * const column = (...values: number[]) => Float64Array.from(values);
 * const history = {
 *   step: column(0, 10), w1: column(1.25, 1.25), b1: column(1, 4), w2: column(0, 0),
 *   b2: column(0, 0), c2: column(0, 0), lossD: column(0.7, 0.7), lossG: column(0.7, 0.7),
 *   accuracyD: column(0.5, 0.5),
 * };
 * const [start, end] = trainingSnapshots(history, [0, 10], normal(4, 1.25));
 * assert.equal(start.w1Distance, 3);
 * assert.equal(end.js, 0);
 * ```
 */
export function trainingSnapshots(
  history: TrainHistory,
  steps: readonly number[],
  data: Distribution,
): TrainingSnapshot[] {
  const action = "measure training snapshots";
  assertColumns(action, history, RECORD_FIELDS);
  assertDistribution(action, "data", data);
  assertArray(action, "steps", steps);
  steps.forEach((step, i) => assertFinite(action, `steps[${i}]`, step));
  if (!(data.variance > 0)) {
    throw new RangeError(message(action, "data.variance", "positive", data.variance));
  }
  const target = { mu: data.mean, sigma: Math.sqrt(data.variance) };

  return steps.map((step, i) => {
    const row = history.step.indexOf(step);
    if (row < 0) throw new RangeError(message(action, `steps[${i}]`, "a recorded step", step));
    const record = {} as TrainRecord;
    for (const field of RECORD_FIELDS) record[field] = history[field][row];
    const generated = { mu: record.b1, sigma: Math.abs(record.w1) };
    if (generated.sigma === 0) {
      throw new RangeError(message(action, `w1 at step ${step}`, "non-zero", record.w1));
    }
    return {
      ...record,
      w1Distance: w1Normal(target, generated),
      kl: klNormal(target, generated),
      js: jsDivergence(data, generatedDistribution({ w1: record.w1, b1: record.b1 })),
    };
  });
}

/** The generator's parameters averaged over the last part of a run. */
export interface TailAverage {
  /** The mean of b1 over the averaged rows: the generated mean. */
  b1: number;
  /** The mean of |w1| over the averaged rows: the generated standard deviation. */
  absW1: number;
  /** The number of recorded rows averaged. */
  rows: number;
  /** The first step averaged. */
  fromStep: number;
}

/**
 * Averages b1 and |w1| over the recorded rows in the last `fraction` of the steps (the rows
 * whose step is at least (1 − fraction) × the last recorded step). With minibatch noise the
 * parameters jitter around where training settles; the average estimates that point.
 *
 * @param history A history from `train`, with at least one row.
 * @param fraction The share of the run to average over, in (0, 1].
 * @returns The averages, the number of rows and the first step they cover.
 * @throws {TypeError} If `history` is not an object whose `step`, `w1` and `b1` are arrays, or
 *   `fraction` is not a number.
 * @throws {RangeError} If those columns differ in length, `fraction` is outside (0, 1], or the
 *   history is empty.
 *
 * @example The last half of four rows
 * ```ts
 * import { tailAverage } from "./snapshots.ts";
 * import assert from "node:assert/strict";
 *
 * const column = (...values: number[]) => Float64Array.from(values);
 * const history = {
 *   step: column(0, 100, 200, 300), w1: column(1, 0.5, -1.2, 1.4), b1: column(0, 3, 4, 4.2),
 *   w2: column(0, 0, 0, 0), b2: column(0, 0, 0, 0), c2: column(0, 0, 0, 0),
 *   lossD: column(0, 0, 0, 0), lossG: column(0, 0, 0, 0), accuracyD: column(0, 0, 0, 0),
 * };
 * const average = tailAverage(history, 0.5);
 * assert.equal(average.rows, 2);
 * assert.equal(average.fromStep, 200);
 * assert.ok(Math.abs(average.absW1 - 1.3) < 1e-12);
 * ```
 */
export function tailAverage(history: TrainHistory, fraction: number): TailAverage {
  const action = "average the end of a run";
  assertColumns(action, history, ["step", "w1", "b1"]);
  assertBetween(action, "fraction", fraction, Number.MIN_VALUE, 1);
  const rowCount = history.step.length;
  if (rowCount === 0) {
    throw new RangeError(message(action, "history.step.length", "positive", rowCount));
  }

  const from = (1 - fraction) * history.step[rowCount - 1];
  let b1 = 0, absW1 = 0, rows = 0, fromStep = Infinity;
  for (let row = 0; row < rowCount; row++) {
    if (history.step[row] < from) continue;
    b1 += history.b1[row];
    absW1 += Math.abs(history.w1[row]);
    rows++;
    fromStep = Math.min(fromStep, history.step[row]);
  }
  return { b1: b1 / rows, absW1: absW1 / rows, rows, fromStep };
}
