import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { trainWithoutNoise } from "../../lib/experiments/noise_free.ts";
import { seededSource } from "../../lib/random.ts";

// The settings of notebooks/01-why-noise.ipynb.
const notebook = {
  data: normal(4, 1.25),
  steps: 10_000,
  lrD: 0.05,
  lrG: 0.05,
  k: 3,
  batchSize: 64,
  init: { w1: 0.5, b1: -1 },
};
const runs = trainWithoutNoise({ ...notebook, source: seededSource(1) });

Deno.test("trainWithoutNoise() noisy G fools D", () => {
  assert.ok(Math.abs(runs.withNoise.lossD - Math.LN2) < 0.005, `lossD ${runs.withNoise.lossD}`);
  assert.ok(Math.abs(runs.withNoise.accuracyD - 0.5) < 0.02, `${runs.withNoise.accuracyD}`);
  assert.ok(Math.abs(runs.withNoise.final.b1 - 4) < 0.15);
  assert.ok(Math.abs(Math.abs(runs.withNoise.final.w1) - 1.25) < 0.1);
});

Deno.test("trainWithoutNoise() constant G is told apart", () => {
  assert.ok(runs.withoutNoise.lossD < Math.LN2 - 0.03, `lossD ${runs.withoutNoise.lossD}`);
  assert.ok(runs.withoutNoise.accuracyD > 0.55, `accuracy ${runs.withoutNoise.accuracyD}`);
});

Deno.test("trainWithoutNoise() constant G keeps moving", () => {
  const [low, high] = runs.withoutNoise.b1Range;
  assert.ok(high - low > 2, `b1 late range [${low}, ${high}]`);
  assert.ok(low < 4);
  assert.ok(high > 4);
  const [noisyLow, noisyHigh] = runs.withNoise.b1Range;
  assert.ok(noisyHigh - noisyLow < 0.3, `noisy b1 late range [${noisyLow}, ${noisyHigh}]`);
});

Deno.test("trainWithoutNoise() leaves w1 unused", () => {
  // Every z is 0, so w1 gets no gradient and keeps its start, 0.5 standard deviations.
  assert.equal(runs.withoutNoise.final.w1, 0.5 * 1.25);
  assert.ok(runs.withoutNoise.history.w1.every((w1) => w1 === 0.5));
});

Deno.test("trainWithoutNoise() rejects bad options", () => {
  assert.throws(
    () => trainWithoutNoise({ ...notebook, steps: 0, source: seededSource(1) }),
    RangeError,
  );
  assert.throws(
    () => trainWithoutNoise({ ...notebook, data: null as never, source: seededSource(1) }),
    TypeError,
  );
});
