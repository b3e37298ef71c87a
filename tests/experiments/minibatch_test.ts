import assert from "node:assert/strict";
import { minibatchGradients } from "../../lib/experiments/minibatch.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { seededSource } from "../../lib/random.ts";

const data = normal(4, 1.25);
const discriminator = { w2: 0.5, b2: -1 };
const generator = { w1: 0.8, b1: 1 };
const result = minibatchGradients({
  data,
  generator,
  discriminator,
  batchSizes: [2, 8, 32],
  batches: 3000,
  source: seededSource(21),
});

Deno.test("minibatchGradients() mean is unbiased", () => {
  for (const row of result.rows) {
    assert.ok(row.meanError < 4 * row.standardError, `m=${row.batchSize}: ${row.meanError}`);
    assert.equal(row.runningMeanW2[row.runningMeanW2.length - 1], row.mean[0]);
  }
});

Deno.test("minibatchGradients() variance falls as 1/m", () => {
  for (const row of result.rows) {
    const ratio = row.scaledVariance / row.predictedScaled;
    assert.ok(Math.abs(ratio - 1) < 0.1, `m=${row.batchSize}: ${ratio}`);
    assert.equal(row.totalVariance, row.variance[0] + row.variance[1]);
  }
});

Deno.test("minibatchGradients() theory matches brute force", () => {
  // Var of one pair term, from 200 000 pairs of samples: its trace is tr Σ.
  const n = 200_000;
  const real = data.sample(n, seededSource(31));
  const fake = normal(generator.b1, generator.w1).sample(n, seededSource(32));
  const sigma = (t: number) => 1 / (1 + Math.exp(-t));
  const sum = [0, 0], squares = [0, 0];
  for (let i = 0; i < n; i++) {
    // ½·(σ(t_real) − 1)·(x_real, 1) + ½·σ(t_fake)·(x_fake, 1)
    const gReal = sigma(discriminator.w2 * real[i] + discriminator.b2) - 1;
    const gFake = sigma(discriminator.w2 * fake[i] + discriminator.b2);
    const pair = [(gReal * real[i] + gFake * fake[i]) / 2, (gReal + gFake) / 2];
    for (const c of [0, 1]) {
      sum[c] += pair[c];
      squares[c] += pair[c] ** 2;
    }
  }
  const trace = [0, 1].reduce((total, c) => total + squares[c] / n - (sum[c] / n) ** 2, 0);
  const predicted = result.rows[0].predictedScaled;
  assert.ok(Math.abs(trace / predicted - 1) < 0.02, `${trace} vs ${predicted}`);
  assert.ok(Math.abs(sum[0] / n - result.full[0]) < 0.005);
  assert.ok(Math.abs(sum[1] / n - result.full[1]) < 0.002);
});

Deno.test("minibatchGradients() rejects bad options", () => {
  const base = { data, batchSizes: [4], batches: 10, source: seededSource(1) };
  const cases: [object, string][] = [
    [
      { batchSizes: [] },
      "options.batchSizes must be a non-empty array: options.batchSizes=an array of length 0",
    ],
    [
      { batchSizes: [4, 0] },
      "options.batchSizes[1] must be an integer >= 1: options.batchSizes[1]=0",
    ],
    [{ batches: 1 }, "options.batches must be an integer >= 2: options.batches=1"],
  ];
  for (const [change, text] of cases) {
    const expected = `Cannot measure minibatch gradients as ${text}`;
    assert.throws(
      () => minibatchGradients({ ...base, ...change } as never),
      (error: Error) => error instanceof RangeError && error.message === expected,
      expected,
    );
  }
});
