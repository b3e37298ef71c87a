// The record of a training run: one row per recorded step, stored column by column in
// preallocated Float64Arrays. A long run keeps at most `historySize` rows, spread evenly over the
// steps and always including the first and the last, so its memory does not grow with `steps`.

import { assertColumns } from "../_validate.ts";

/**
 * One recorded step. The parameters are those the step started from (so step 0 contains the
 * initial values); the losses and the accuracy were measured during the step, on its last
 * discriminator batch and on its generator batch.
 */
export type TrainRecord = {
  /** The step's index, from 0 to steps − 1. */
  step: number;
  /** The generator's slope at the start of the step. */
  w1: number;
  /** The generator's offset at the start of the step. */
  b1: number;
  /** The discriminator's linear weight at the start of the step. */
  w2: number;
  /** The discriminator's bias at the start of the step. */
  b2: number;
  /** The discriminator's quadratic weight at the start of the step (0 when not used). */
  c2: number;
  /** The discriminator's cross-entropy on the step's last batch, before that batch's update. */
  lossD: number;
  /** The generator's loss on the step's noise batch, before the generator's update. */
  lossG: number;
  /** The discriminator's accuracy on the step's last batch at the threshold 1/2, in [0, 1]. */
  accuracyD: number;
};

/** The recorded steps, one column per field of {@link TrainRecord}, all of the same length. */
export type TrainHistory = { [Field in keyof TrainRecord]: Float64Array };

/** The fields of a record, in the order of the progress line and of {@link historyRecords}. */
export const RECORD_FIELDS: readonly (keyof TrainRecord)[] = [
  "step",
  "lossD",
  "lossG",
  "accuracyD",
  "w1",
  "b1",
  "w2",
  "b2",
  "c2",
];

/**
 * Turns a history into an array of records, one per row: the shape that Observable Plot's marks
 * take as data.
 *
 * @param history A history returned by `train`: an object with one array or typed array of
 *   numbers per field of {@link TrainRecord}, all of the same length (0 gives no rows).
 * @returns The rows as {@link TrainRecord} objects, in step order.
 * @throws {TypeError} If `history` is not an object or a column is missing or not an array.
 * @throws {RangeError} If a column's length differs from that of `history.step`.
 *
 * @example
 * ```ts
 * import { historyRecords } from "./history.ts";
 * import assert from "node:assert/strict";
 *
 * const column = (a: number, b: number) => new Float64Array([a, b]);
 * const history = {
 *   step: column(0, 9), w1: column(1, 1.5), b1: column(0, 2), w2: column(0.1, 0.2),
 *   b2: column(0, 0), c2: column(0, 0), lossD: column(0.7, 0.6), lossG: column(0.7, 0.8),
 *   accuracyD: column(0.5, 0.6),
 * };
 * assert.equal(historyRecords(history)[1].b1, 2);
 * ```
 */
export function historyRecords(history: TrainHistory): TrainRecord[] {
  _assertHistory("turn a history into records", history);
  const records: TrainRecord[] = [];
  for (let row = 0; row < history.step.length; row++) {
    const record = {} as TrainRecord;
    for (const field of RECORD_FIELDS) record[field] = history[field][row];
    records.push(record);
  }
  return records;
}

function _assertHistory(action: string, history: unknown): asserts history is TrainHistory {
  assertColumns(action, history, RECORD_FIELDS);
}

/** Returns the first `rows` rows of `history`, as views that share its memory. */
export function _firstRows(history: TrainHistory, rows: number): TrainHistory {
  const first = {} as TrainHistory;
  for (const field of RECORD_FIELDS) first[field] = history[field].subarray(0, rows);
  return first;
}

/** Allocates a history of `rows` rows, all zero. */
export function _createHistory(rows: number): TrainHistory {
  const history = {} as TrainHistory;
  for (const field of RECORD_FIELDS) history[field] = new Float64Array(rows);
  return history;
}

/** Copies `record` into row `row` of `history`. */
export function _writeRow(history: TrainHistory, row: number, record: TrainRecord): void {
  history.step[row] = record.step;
  history.w1[row] = record.w1;
  history.b1[row] = record.b1;
  history.w2[row] = record.w2;
  history.b2[row] = record.b2;
  history.c2[row] = record.c2;
  history.lossD[row] = record.lossD;
  history.lossG[row] = record.lossG;
  history.accuracyD[row] = record.accuracyD;
}

/**
 * Returns the step recorded in row `row` of `rows`: ⌊row·(steps − 1)/(rows − 1)⌋, so that row 0
 * is step 0 and the last row the last step. With rows ≤ steps the spacing is at least 1, so no
 * step is recorded twice.
 */
export function _recordedStep(row: number, rows: number, steps: number): number {
  if (rows === 1) return 0;
  return Math.floor((row * (steps - 1)) / (rows - 1));
}
