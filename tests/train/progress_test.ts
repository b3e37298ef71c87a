import assert from "node:assert/strict";
import { formatProgress } from "../../lib/train/progress.ts";

const record = {
  step: 12,
  lossD: 0.5,
  lossG: 1.23456,
  accuracyD: 0.75,
  w1: -2,
  b1: 123456,
  w2: 0.1,
  b2: 0,
  c2: 0,
};

Deno.test("formatProgress() keeps the field order", () => {
  assert.equal(
    formatProgress(record),
    "step 12: lossD 0.5000, lossG 1.235, accuracyD 0.7500, w1 -2.000, b1 1.235e+5, w2 0.1000, " +
      "b2 0.000, c2 0.000",
  );
});

Deno.test("formatProgress() rejects a missing field", () => {
  assert.throws(() => formatProgress({ ...record, lossG: undefined } as never), {
    name: "TypeError",
    message: "Cannot format the progress line as record.lossG must be a number: " +
      "record.lossG=undefined",
  });
});
