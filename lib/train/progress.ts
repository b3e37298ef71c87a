// The progress line of a training run: one record as text, with the fields always in the same
// order, so that successive lines can be compared by eye.

import { message } from "../_validate.ts";
import { _assertObject } from "../model/_params.ts";
import { RECORD_FIELDS, type TrainRecord } from "./history.ts";

/**
 * Formats a record as "step 500: lossD 0.6931, lossG 0.6931, accuracyD 0.5000, w1 ..., b1 ...,
 * w2 ..., b2 ..., c2 ...", each value with 4 significant digits. It suits `onProgress`:
 * `onProgress: (record) => console.log(formatProgress(record))`.
 *
 * @param record A record from `train`'s history or `onProgress`.
 * @returns The progress line, without a trailing newline.
 * @throws {TypeError} If `record` is not an object or a field is not a number.
 *
 * @example
 * ```ts
 * import { formatProgress } from "./progress.ts";
 * import assert from "node:assert/strict";
 *
 * const record = {
 *   step: 500, lossD: 0.69314, lossG: 0.7, accuracyD: 0.5,
 *   w1: 1.25, b1: 3.99987, w2: -0.002, b2: 0.01, c2: 0,
 * };
 * assert.equal(
 *   formatProgress(record),
 *   "step 500: lossD 0.6931, lossG 0.7000, accuracyD 0.5000, " +
 *     "w1 1.250, b1 4.000, w2 -0.002000, b2 0.01000, c2 0.000",
 * );
 * ```
 */
export function formatProgress(record: TrainRecord): string {
  const action = "format the progress line";
  _assertObject(action, "record", record, "a training record");
  const parts: string[] = [];
  for (const field of RECORD_FIELDS) {
    const value = record[field];
    if (typeof value !== "number") {
      throw new TypeError(message(action, `record.${field}`, "a number", value));
    }
    if (field !== "step") parts.push(`${field} ${value.toPrecision(4)}`);
  }
  return `step ${record.step}: ${parts.join(", ")}`;
}
