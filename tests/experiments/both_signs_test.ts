import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { trainBothSigns } from "../../lib/experiments/both_signs.ts";

// The notebook's defaults (notebooks/02-is-z-learned.ipynb): N(4, 1.25²), seed 1, 60,000 steps,
// m = 64, lrD = lrG = 0.01, the quadratic D, starting from w1 = ±1, b1 = 0.
const runs = await trainBothSigns({
  data: normal(4, 1.25),
  seed: 1,
  w1: 1,
  steps: 60_000,
  batchSize: 64,
  lrD: 0.01,
  lrG: 0.01,
  quadratic: true,
});

Deno.test("trainBothSigns() settles at the data's σ and mean", () => {
  for (const run of [runs.positive, runs.negative]) {
    assert.ok(Math.abs(Math.abs(run.settled.w1) - 1.25) < 0.05, `w1 = ${run.settled.w1}`);
    assert.ok(Math.abs(run.settled.b1 - 4) < 0.05, `b1 = ${run.settled.b1}`);
  }
});

Deno.test("trainBothSigns() keeps each run's sign", () => {
  assert.deepEqual(runs.positive.start, { w1: 1, b1: 0 });
  assert.deepEqual(runs.negative.start, { w1: -1, b1: 0 });
  assert.ok(runs.positive.result.history.w1.every((w1) => w1 > 0));
  assert.ok(runs.negative.result.history.w1.every((w1) => w1 < 0));
  // Both end at nearly the same p_g = N(b1, w1²).
  const gap = Math.abs(runs.positive.settled.w1 + runs.negative.settled.w1);
  assert.ok(gap < 0.02, `|w1| differ by ${gap}`);
  assert.ok(Math.abs(runs.positive.settled.b1 - runs.negative.settled.b1) < 0.02);
});

Deno.test("trainBothSigns() settled values average the last quarter", () => {
  const w1 = runs.positive.result.history.w1;
  assert.equal(w1.length, 1000);
  const late = w1.slice(750);
  const mean = late.reduce((sum, value) => sum + value, 0) / 250;
  assert.ok(Math.abs(runs.positive.settled.w1 - mean) < 1e-12);
});

Deno.test("trainBothSigns() reports each chunk", async () => {
  const seen: string[] = [];
  await trainBothSigns({
    data: normal(4, 1.25),
    seed: 2,
    w1: 0.5,
    steps: 40,
    lrD: 0.01,
    lrG: 0.01,
    chunks: 2,
    onChunk: (run, record) => {
      seen.push(`${run} ${record.step}`);
    },
  });
  assert.deepEqual(seen, ["w1 > 0 19", "w1 > 0 39", "w1 < 0 19", "w1 < 0 39"]);
});

Deno.test("trainBothSigns() rejects bad options", async () => {
  const base = { data: normal(4, 1.25), seed: 1, w1: 1, steps: 10, lrD: 0.01, lrG: 0.01 };
  await assert.rejects(() => trainBothSigns({ ...base, w1: -1 }), /w1 must be positive: w1=-1/);
  await assert.rejects(() => trainBothSigns({ ...base, lrD: 0 }), /lrD must be positive/);
  await assert.rejects(() => trainBothSigns({ ...base, seed: NaN }), /seed must be a finite/);
  await assert.rejects(() => trainBothSigns(null as never), /options must be an object/);
});
