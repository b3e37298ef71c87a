import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { tailAverage, trainingSnapshots } from "../../lib/experiments/snapshots.ts";
import { jsDivergence } from "../../lib/metrics/js.ts";
import { seededSource } from "../../lib/random.ts";
import { train } from "../../lib/train/train.ts";

const data = normal(4, 1.25);
const run = train({
  data,
  source: seededSource(5),
  steps: 50,
  lrD: 0.05,
  lrG: 0.05,
  historySize: 50,
});

Deno.test("trainingSnapshots() picks the requested steps", () => {
  const snapshots = trainingSnapshots(run.history, [49, 0, 10], data);
  assert.deepEqual(snapshots.map((snapshot) => snapshot.step), [49, 0, 10]);
  assert.equal(snapshots[2].b1, run.history.b1[10]);
  assert.equal(snapshots[2].c2, run.history.c2[10]);
  // Step 0 contains the initial generator N(0, 1). Its quantiles lie 4 + 0.25·u below those of
  // N(4, 1.25²) at the standard normal quantile u, a gap that is positive except beyond u = −16,
  // so W1 = E[4 + 0.25·u] = 4.
  const [, start] = snapshots;
  assert.equal(start.w1, 1);
  assert.equal(start.b1, 0);
  assert.ok(Math.abs(start.w1Distance - 4) < 1e-12, `W1 ${start.w1Distance}`);
});

Deno.test("trainingSnapshots() measures KL and JS", () => {
  const [start] = trainingSnapshots(run.history, [0], data);
  // KL(N(4, 1.25²) ‖ N(0, 1)) = log(1/1.25) + (1.25² + 4²)/2 − 1/2
  assert.ok(Math.abs(start.kl - (Math.log(0.8) + (1.5625 + 16) / 2 - 0.5)) < 1e-12);
  assert.equal(start.js, jsDivergence(data, normal(0, 1)));
});

Deno.test("trainingSnapshots() rejects unrecorded steps", () => {
  const sparse = train({
    data,
    source: seededSource(5),
    steps: 50,
    lrD: 0.05,
    lrG: 0.05,
    historySize: 2,
  });
  assert.throws(() => trainingSnapshots(sparse.history, [0, 10], data), {
    name: "RangeError",
    message: "Cannot measure training snapshots as steps[1] must be a recorded step: steps[1]=10",
  });
});

Deno.test("tailAverage() averages the last rows", () => {
  const average = tailAverage(run.history, 0.2);
  // The last step is 49, so rows from step 39.2 on: steps 40 to 49.
  assert.equal(average.rows, 10);
  assert.equal(average.fromStep, 40);
  let b1 = 0;
  for (let step = 40; step < 50; step++) b1 += run.history.b1[step];
  assert.ok(Math.abs(average.b1 - b1 / 10) < 1e-12);
  assert.equal(tailAverage(run.history, 1).rows, 50);
});

Deno.test("tailAverage() rejects a fraction outside (0, 1]", () => {
  assert.throws(() => tailAverage(run.history, 0), RangeError);
  assert.throws(() => tailAverage(run.history, 1.5), RangeError);
});
