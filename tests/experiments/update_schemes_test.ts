import assert from "node:assert/strict";
import { compareUpdateSchemes } from "../../lib/experiments/update_schemes.ts";
import { _fullGradient, _mixedGradient } from "../../lib/experiments/_class_gradients.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { discriminatorGradient } from "../../lib/model/discriminator_loss.ts";
import { seededSource } from "../../lib/random.ts";

const data = normal(4, 1.25);
const run = (lr: number, steps = 20) =>
  compareUpdateSchemes({ data, lr, steps, batchSize: 32, source: seededSource(3) });

Deno.test("compareUpdateSchemes() mixed equals summed", () => {
  const result = run(0.2);
  assert.ok(result.summedDifference < 1e-12, String(result.summedDifference));
  assert.equal(result.paths.mixed.w2.length, 21);
  assert.deepEqual([result.paths.mixed.w2[0], result.paths.mixed.b2[0]], [0.1, 0]);
});

Deno.test("compareUpdateSchemes() gap is second order", () => {
  const result = run(0.2);
  for (let k = 0; k < 20; k++) {
    const ratio = result.stepGap[k] / result.predictedGap[k];
    assert.ok(ratio > 0.9, `step ${k}: ratio ${ratio}`);
    assert.ok(ratio < 1.1, `step ${k}: ratio ${ratio}`);
  }
  // The first step starts from the same point at every lr: the gap scales as lr².
  const small = run(0.05, 1);
  const large = run(0.2, 1);
  const scaling = large.stepGap[0] / small.stepGap[0];
  assert.ok(Math.abs(scaling - 16) < 0.5, String(scaling));
});

Deno.test("compareUpdateSchemes() zigzag halves are first order", () => {
  const result = run(0.2);
  for (let k = 0; k < 20; k++) {
    assert.ok(result.excursion[k] > 10 * result.stepGap[k], `step ${k}`);
    // The zigzag's odd points are the real-only half steps, lr·|∇L_real| from the even ones.
    const dw2 = result.zigzag.w2[2 * k + 1] - result.zigzag.w2[2 * k];
    const db2 = result.zigzag.b2[2 * k + 1] - result.zigzag.b2[2 * k];
    assert.ok(Math.abs(Math.hypot(dw2, db2) - result.excursion[k]) < 1e-12);
    assert.equal(result.zigzag.w2[2 * k + 2], result.paths.sequential.w2[k + 1]);
  }
});

Deno.test("compareUpdateSchemes() full path stays near mixed", () => {
  const result = run(0.2);
  assert.ok(result.fullDifference > 0, "a minibatch path differs from the exact one");
  assert.ok(result.fullDifference < 0.1, String(result.fullDifference));
});

Deno.test("mixed batch gradient equals the library's", () => {
  const real = data.sample(50, seededSource(1));
  const fake = normal(0, 1).sample(50, seededSource(2));
  const xs = Float64Array.from([...real, ...fake]);
  const labels = Float64Array.from(xs, (_, i) => (i < 50 ? 1 : 0));
  const [w2, b2] = _mixedGradient(0.7, -1.2, xs, labels);
  const expected = discriminatorGradient({ w2: 0.7, b2: -1.2 }, real, fake);
  assert.ok(Math.abs(w2 - expected.w2) < 1e-15);
  assert.ok(Math.abs(b2 - expected.b2) < 1e-15);
});

Deno.test("full gradient equals a large-sample mean", () => {
  // 400 000 samples of each class: the sample gradient is within about 0.002 of the expectation.
  const n = 400_000;
  const real = data.sample(n, seededSource(5));
  const fake = normal(0.5, 1).sample(n, seededSource(6));
  const sample = discriminatorGradient({ w2: 0.6, b2: -1 }, real, fake);
  const [w2, b2] = _fullGradient(0.6, -1, data, normal(0.5, 1));
  assert.ok(Math.abs(w2 - sample.w2) < 0.005, `${w2} vs ${sample.w2}`);
  assert.ok(Math.abs(b2 - sample.b2) < 0.002, `${b2} vs ${sample.b2}`);
});

Deno.test("compareUpdateSchemes() rejects bad options", () => {
  const cases: [object, ErrorConstructor, string][] = [
    [{ lr: 0 }, RangeError, "options.lr must be positive: options.lr=0"],
    [{ steps: 0 }, RangeError, "options.steps must be an integer >= 1: options.steps=0"],
    [
      { generator: { w1: 0, b1: 0 } },
      RangeError,
      "options.generator.w1 must be non-zero, since the experiments draw z ~ N(0, 1): options.generator.w1=0",
    ],
    [
      { init: { w2: 0, b2: 0, c2: 1 } },
      RangeError,
      "options.init.c2 must be 0 (a linear D): options.init.c2=1",
    ],
    [
      { data: {} },
      TypeError,
      "options.data must be a distribution with sampleInto: options.data={}",
    ],
  ];
  for (const [change, type, text] of cases) {
    const call = () =>
      compareUpdateSchemes(
        { data, lr: 0.1, steps: 2, source: seededSource(1), ...change } as never,
      );
    const expected = `Cannot compare the update schemes as ${text}`;
    assert.throws(
      call,
      (error: Error) => error instanceof type && error.message === expected,
      expected,
    );
  }
});
