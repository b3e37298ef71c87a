import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { trainWithoutNoise } from "../../lib/experiments/noise_free.ts";
import { _standardize } from "../../lib/experiments/_standard_units.ts";
import { seededSource } from "../../lib/random.ts";
import { train } from "../../lib/train/train.ts";

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
const runs = await trainWithoutNoise({ ...notebook, source: seededSource(1) });

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

Deno.test("trainWithoutNoise() matches one train call per run", async () => {
  // 3000 steps record 1000 of them, so the chunks' rows must be thinned as one call thins them.
  const options = { ...notebook, steps: 3000 };
  const chunked = await trainWithoutNoise({ ...options, source: seededSource(2), chunks: 7 });
  const source = seededSource(2);
  const { data: _, ...settings } = options;
  const single = { ...settings, data: _standardize(options.data).standardized, source };
  const without = train({ ...single, quadratic: true, freezeNoise: [0] });
  const withNoise = train({ ...single, quadratic: true, noise: normal(0, 1) });
  assert.deepEqual(chunked.withoutNoise.history, without.history);
  assert.deepEqual(chunked.withNoise.history, withNoise.history);
  assert.equal(chunked.withNoise.final.w1, 1.25 * withNoise.final.w1);
});

Deno.test("trainWithoutNoise() awaits onChunk", async () => {
  const seen: string[] = [];
  let pending = 0;
  const onChunk = async (run: string, record: { step: number }) => {
    assert.equal(pending, 0);
    pending++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    seen.push(`${run} ${record.step}`);
    pending--;
  };
  await trainWithoutNoise({ ...notebook, steps: 100, chunks: 2, source: seededSource(1), onChunk });
  assert.deepEqual(seen, [
    "without noise 49",
    "without noise 99",
    "with noise 49",
    "with noise 99",
  ]);
});

Deno.test("trainWithoutNoise() rejects bad options", async () => {
  await assert.rejects(
    () => trainWithoutNoise({ ...notebook, steps: 0, source: seededSource(1) }),
    RangeError,
  );
  await assert.rejects(
    () => trainWithoutNoise({ ...notebook, data: null as never, source: seededSource(1) }),
    TypeError,
  );
  await assert.rejects(
    () => trainWithoutNoise({ ...notebook, steps: 10, chunks: 11, source: seededSource(1) }),
    /chunks must be at most steps \(10\): chunks=11/,
  );
});
