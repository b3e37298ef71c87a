import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { generate } from "../../lib/model/generator.ts";
import {
  discriminatorAccuracy,
  discriminatorGradient,
  discriminatorLoss,
  generatorGradient,
  type GeneratorLoss,
  generatorLoss,
} from "../../lib/model/losses.ts";
import { seededSource } from "../../lib/random.ts";
import type { TrainHistory, TrainRecord } from "../../lib/train/history.ts";
import { TrainingDivergedError } from "../../lib/train/diverged.ts";
import { train } from "../../lib/train/train.ts";

const data = normal(4, 1.25);
const noise = normal(0, 1);

// The standard workload: m = 64, k = 1, lrD = lrG = 0.01, default initial parameters.
const standard = { data, steps: 2000, lrD: 0.01, lrG: 0.01 };

function bytes(history: TrainHistory): Uint8Array[] {
  return Object.values(history).map((column) => new Uint8Array(column.buffer));
}

Deno.test("train() repeats bit for bit with the same seed", () => {
  const a = train({ ...standard, source: seededSource(11) });
  const b = train({ ...standard, source: seededSource(11) });
  assert.deepEqual(bytes(a.history), bytes(b.history));
  assert.deepEqual(a.final, b.final);
});

Deno.test("train() differs between seeds", () => {
  const a = train({ ...standard, source: seededSource(11) });
  const b = train({ ...standard, source: seededSource(12) });
  assert.notEqual(a.final.b1, b.final.b1);
  assert.notDeepEqual(bytes(a.history), bytes(b.history));
});

// Replays Algorithm 1 with the public model functions. It draws from the source in the order
// that train() documents: m real x and then m noise z for each D update, and m noise z for the
// G update.
function replay(
  steps: number,
  k: number,
  m: number,
  lr: number,
  loss: GeneratorLoss,
  seed: number,
) {
  const source = seededSource(seed);
  const g = { w1: 1, b1: 0 };
  const d = { w2: 0.1, b2: 0, c2: 0 };
  const records: Omit<TrainRecord, "step">[] = [];
  for (let step = 0; step < steps; step++) {
    const start = { ...g, ...d };
    let lossD = NaN, accuracyD = NaN;
    for (let j = 0; j < k; j++) {
      const real = data.sample(m, source);
      const fake = generate(g, noise.sample(m, source));
      lossD = discriminatorLoss(d, real, fake);
      accuracyD = discriminatorAccuracy(d, real, fake);
      const grad = discriminatorGradient(d, real, fake);
      d.w2 -= lr * grad.w2;
      d.b2 -= lr * grad.b2;
    }
    const z = noise.sample(m, source);
    const lossG = generatorLoss(g, d, z, { loss });
    const grad = generatorGradient(g, d, z, { loss });
    g.w1 -= lr * grad.w1;
    g.b1 -= lr * grad.b1;
    records.push({ ...start, lossD, lossG, accuracyD });
  }
  return { records, final: { ...g, ...d } };
}

Deno.test("train() follows Algorithm 1 step by step", () => {
  for (const [k, loss] of [[1, "non-saturating"], [3, "saturating"]] as const) {
    const expected = replay(5, k, 8, 0.3, loss, 5);
    const result = train({
      data,
      source: seededSource(5),
      steps: 5,
      batchSize: 8,
      k,
      lrD: 0.3,
      lrG: 0.3,
      loss,
    });
    assert.deepEqual(result.final, expected.final);
    for (let row = 0; row < 5; row++) {
      const h = result.history;
      assert.equal(h.step[row], row);
      assert.deepEqual(
        {
          w1: h.w1[row],
          b1: h.b1[row],
          w2: h.w2[row],
          b2: h.b2[row],
          c2: h.c2[row],
          lossD: h.lossD[row],
          lossG: h.lossG[row],
          accuracyD: h.accuracyD[row],
        },
        expected.records[row],
        `k=${k}, row ${row}`,
      );
    }
  }
});

Deno.test("train() keeps at most historySize rows", () => {
  const steps = 100_000;
  const result = train({
    data,
    source: seededSource(3),
    steps,
    batchSize: 4,
    lrD: 0.01,
    lrG: 0.01,
    historySize: 1000,
  });
  const step = result.history.step;
  assert.equal(result.steps, steps);
  assert.equal(step.length, 1000);
  assert.equal(step[0], 0);
  assert.equal(step[step.length - 1], steps - 1);
  for (let row = 1; row < step.length; row++) {
    const gap = step[row] - step[row - 1];
    assert.ok(gap === 100 || gap === 101, `gap ${gap} at row ${row}`);
  }
  for (const column of Object.values(result.history)) {
    assert.equal(column.length, 1000);
    assert.ok(column.every(Number.isFinite));
  }
});

Deno.test("train() records every step of a short run", () => {
  const result = train({ ...standard, steps: 7, source: seededSource(1) });
  assert.deepEqual(Array.from(result.history.step), [0, 1, 2, 3, 4, 5, 6]);
  assert.equal(result.history.w1[0], 1);
  assert.equal(result.history.w2[0], 0.1);
});

Deno.test("train() moves b1 to the data mean", () => {
  // Standard settings (m = 64, k = 1, lrD = lrG = 0.01, non-saturating). b1 overshoots and
  // oscillates around 4 with a slowly shrinking amplitude (about ±0.2 after 15,000 steps), so
  // the test averages b1 over the last 5,000 of 20,000 steps.
  const steps = 20_000;
  const result = train({ ...standard, steps, source: seededSource(2), historySize: steps });
  const b1 = result.history.b1;
  let sum = 0;
  for (let row = steps - 5000; row < steps; row++) sum += b1[row];
  const meanB1 = sum / 5000;
  assert.ok(Math.abs(meanB1 - 4) < 0.1, `mean b1 = ${meanB1}`);
});

Deno.test("train() shrinks w1 with a linear D", () => {
  // A logistic D with a linear logit cannot see a difference in variance, so nothing keeps |w1|
  // at the data's 1.25. Under the non-saturating loss it drifts towards 0 (about 0.27 after
  // 20,000 steps with these settings).
  const result = train({ ...standard, steps: 20_000, source: seededSource(2) });
  assert.ok(Math.abs(result.final.w1) < 0.6, `w1 = ${result.final.w1}`);
});

Deno.test("train() fits the spread with a quadratic D", () => {
  // With the x² feature D can see the variance, and |w1| settles near the data's σ = 1.25.
  const steps = 50_000;
  const result = train({
    ...standard,
    steps,
    quadratic: true,
    source: seededSource(1),
    historySize: 1000,
  });
  let sum = 0;
  for (let row = 750; row < 1000; row++) sum += Math.abs(result.history.w1[row]);
  const meanW1 = sum / 250;
  assert.ok(Math.abs(meanW1 - 1.25) < 0.1, `mean |w1| = ${meanW1}`);
});

Deno.test("train() trajectory ignores historySize", () => {
  // Recorded steps also compute losses; that must not change the updates.
  const options = { ...standard, steps: 500 };
  const sparse = train({ ...options, source: seededSource(9), historySize: 2 });
  const dense = train({ ...options, source: seededSource(9), historySize: 500 });
  assert.deepEqual(sparse.final, dense.final);
  assert.equal(sparse.history.w1[1], dense.history.w1[499]);
});

Deno.test("train() throws when a learning rate diverges", () => {
  const records: TrainRecord[] = [];
  const run = () =>
    train({
      data,
      source: seededSource(1),
      steps: 100,
      lrD: 1e6,
      lrG: 1e6,
      progressEvery: 1,
      onProgress: (record) => records.push(record),
    });
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof TrainingDivergedError);
    assert.ok(error instanceof RangeError);
    assert.ok(error.step < 50);
    const { w1, b1, w2, b2, c2 } = error.params;
    const start = "Cannot train as the parameters and D's logits must be finite: " +
      `at step ${error.step}, w1=${w1}, b1=${b1}, w2=${w2}, b2=${b2}, c2=${c2} ` +
      "with lrD=1000000, lrG=1000000. ";
    assert.ok(error.message.startsWith(start), error.message);
    assert.match(error.message, /try smaller learning rates, such as lrD=100000, lrG=100000\.$/);
    // The parameters grow by many orders of magnitude per step until they or D's logits
    // overflow, so the run stops early.
    assert.ok(Math.abs(error.params.w1) > 1e100 || !Number.isFinite(error.params.w1));

    // The history that the error carries ends before the diverging step and is finite.
    const rows = error.history.step.length;
    assert.ok(rows > 0);
    assert.ok(error.history.step[rows - 1] < error.step);
    for (const column of Object.values(error.history)) {
      assert.equal(column.length, rows);
      assert.ok(column.every(Number.isFinite));
    }
    return true;
  });
  assert.ok(records.length > 0);
  for (const record of records) assert.ok(Object.values(record).every(Number.isFinite));
});

Deno.test("train() trains c2 only when quadratic", () => {
  const options = { ...standard, steps: 200, init: { c2: 0.01 } };
  const linear = train({ ...options, source: seededSource(4) });
  const quadratic = train({ ...options, source: seededSource(4), quadratic: true });
  assert.ok(linear.history.c2.every((c2) => c2 === 0.01));
  assert.equal(linear.final.c2, 0.01);
  assert.notEqual(quadratic.final.c2, 0.01);
});

Deno.test("train() reuses frozen noise every step", () => {
  // With frozen z the source only draws real data, and the fakes are G(frozen z) of any length.
  const frozen = [-1, 0.5, 2];
  const source = seededSource(8);
  const real = data.sample(4, source);
  const fake = generate({ w1: 1, b1: 0 }, frozen);
  const grad = discriminatorGradient({ w2: 0.1, b2: 0 }, real, fake);
  const lossD = discriminatorLoss({ w2: 0.1, b2: 0 }, real, fake);
  const d = { w2: 0.1 - 0.2 * grad.w2, b2: 0 - 0.2 * grad.b2 };
  const gradG = generatorGradient({ w1: 1, b1: 0 }, d, frozen);

  const result = train({
    data,
    source: seededSource(8),
    steps: 1,
    batchSize: 4,
    lrD: 0.2,
    lrG: 0.2,
    freezeNoise: new Float64Array(frozen),
  });
  assert.equal(result.history.lossD[0], lossD);
  assert.equal(result.final.w2, d.w2);
  assert.equal(result.final.w1, 1 - 0.2 * gradG.w1);
  assert.equal(result.final.b1, 0 - 0.2 * gradG.b1);
});

Deno.test("train() reports progress every progressEvery steps", () => {
  const records: TrainRecord[] = [];
  const result = train({
    ...standard,
    steps: 25,
    source: seededSource(6),
    progressEvery: 10,
    onProgress: (record) => records.push(record),
  });
  assert.deepEqual(records.map((record) => record.step), [9, 19, 24]);
  const last = records[2];
  const h = result.history;
  assert.equal(h.step[24], 24);
  assert.deepEqual(last, {
    step: 24,
    w1: h.w1[24],
    b1: h.b1[24],
    w2: h.w2[24],
    b2: h.b2[24],
    c2: h.c2[24],
    lossD: h.lossD[24],
    lossG: h.lossG[24],
    accuracyD: h.accuracyD[24],
  });
});

Deno.test("train() takes partial initial parameters", () => {
  const result = train({ ...standard, steps: 2, source: seededSource(1), init: { b1: 3 } });
  const h = result.history;
  assert.deepEqual([h.w1[0], h.b1[0], h.w2[0], h.b2[0], h.c2[0]], [1, 3, 0.1, 0, 0]);
});
