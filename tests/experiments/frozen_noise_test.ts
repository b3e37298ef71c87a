import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { trainFrozenNoise } from "../../lib/experiments/frozen_noise.ts";
import { seededSource } from "../../lib/random.ts";

// The notebook's defaults (notebooks/02-is-z-learned.ipynb): N(4, 1.25²), seed 1, 5 frozen
// values, 10,000 calls, 20,000 steps, m = 64, lrD = lrG = 0.01, the quadratic D.
const run = await trainFrozenNoise({
  data: normal(4, 1.25),
  source: seededSource(1),
  count: 5,
  calls: 10_000,
  steps: 20_000,
  batchSize: 64,
  lrD: 0.01,
  lrG: 0.01,
  quadratic: true,
});

Deno.test("trainFrozenNoise() outputs five values", () => {
  assert.equal(run.distinctFrozen, 5);
  assert.equal(run.distinctFresh, 10_000);
  assert.equal(run.frozenOutputs.length, 10_000);
  assert.equal(run.freshOutputs.length, 10_000);
});

Deno.test("trainFrozenNoise() freezes the first draws", () => {
  assert.deepEqual(run.frozenZ, normal(0, 1).sample(5, seededSource(1)));
  const { w1, b1 } = run.result.final;
  const points = new Set(Array.from(run.frozenZ, (z) => w1 * z + b1));
  assert.deepEqual(new Set(run.frozenOutputs), points);
  // Call j uses frozen value j mod 5.
  assert.equal(run.frozenOutputs[7], w1 * run.frozenZ[2] + b1);
});

Deno.test("trainFrozenNoise() feeds fresh z to the same G", () => {
  // The fresh outputs are N(b1, w1²): check their mean and spread within 4 standard errors.
  const { w1, b1 } = run.result.final;
  const n = run.freshOutputs.length;
  const mean = run.freshOutputs.reduce((sum, x) => sum + x, 0) / n;
  const sd = Math.sqrt(run.freshOutputs.reduce((sum, x) => sum + (x - mean) ** 2, 0) / n);
  assert.ok(Math.abs(mean - b1) < (4 * Math.abs(w1)) / Math.sqrt(n), `mean ${mean}, b1 ${b1}`);
  assert.ok(Math.abs(sd / Math.abs(w1) - 1) < 4 / Math.sqrt(2 * n), `sd ${sd}, w1 ${w1}`);
});

Deno.test("trainFrozenNoise() rejects bad options", async () => {
  const base = {
    data: normal(4, 1.25),
    source: seededSource(1),
    count: 5,
    calls: 10,
    steps: 10,
    lrD: 0.01,
    lrG: 0.01,
  };
  await assert.rejects(() => trainFrozenNoise({ ...base, count: 0 }), /count must be an integer/);
  await assert.rejects(() => trainFrozenNoise({ ...base, calls: 1.5 }), /calls must be an integer/);
  await assert.rejects(() => trainFrozenNoise({ ...base, source: 1 as never }), /source must be/);
  await assert.rejects(() => trainFrozenNoise({ ...base, noise: {} as never }), /noise must be/);
  await assert.rejects(() => trainFrozenNoise({ ...base, chunks: 11 }), /chunks must be at most/);
});
