import assert from "node:assert/strict";
import { _recordedStep, historyRecords, RECORD_FIELDS } from "../../lib/train/history.ts";
import type { TrainHistory } from "../../lib/train/history.ts";

Deno.test("historyRecords() turns columns into rows", () => {
  const history = {} as TrainHistory;
  RECORD_FIELDS.forEach((field, index) => {
    history[field] = new Float64Array([index, index + 0.5]);
  });
  const records = historyRecords(history);
  assert.equal(records.length, 2);
  assert.deepEqual(records[1], {
    step: 0.5,
    lossD: 1.5,
    lossG: 2.5,
    accuracyD: 3.5,
    w1: 4.5,
    b1: 5.5,
    w2: 6.5,
    b2: 7.5,
    c2: 8.5,
  });
});

Deno.test("_recordedStep() spreads rows from first to last step", () => {
  for (const [rows, steps] of [[2, 2], [2, 10], [7, 7], [1000, 1001], [1000, 100_000], [3, 1e9]]) {
    const recorded = Array.from({ length: rows }, (_, row) => _recordedStep(row, rows, steps));
    assert.equal(recorded[0], 0);
    assert.equal(recorded[rows - 1], steps - 1);
    for (let row = 1; row < rows; row++) {
      assert.ok(recorded[row] > recorded[row - 1], `rows=${rows}, steps=${steps}, row ${row}`);
      assert.ok(Number.isInteger(recorded[row]));
    }
  }
});

Deno.test("_recordedStep() records one row for one step", () => {
  assert.equal(_recordedStep(0, 1, 1), 0);
});
