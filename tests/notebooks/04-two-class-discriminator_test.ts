// Runs the experiments of notebooks/04-two-class-discriminator.ipynb with the values of its
// parameters cell and checks every number its prose states, within the tolerances it states.
// The constants below copy that cell; change both together.

import assert from "node:assert/strict";
import { diracGan } from "../../lib/dirac/dirac_gan.ts";
import { measuredRate } from "../../lib/dirac/growth.ts";
import { linearisedRate } from "../../lib/dirac/linearised.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { minibatchGradients } from "../../lib/experiments/minibatch.ts";
import { trainRealOnly } from "../../lib/experiments/real_only.ts";
import { compareGeneratorLosses } from "../../lib/experiments/saturation.ts";
import { compareUpdateSchemes } from "../../lib/experiments/update_schemes.ts";
import { sigmoid } from "../../lib/model/discriminator.ts";
import { seededSource } from "../../lib/random.ts";
import { train } from "../../lib/train/train.ts";

const SEED = 4;
const DATA = normal(4, 1.25);
const GENERATOR = { w1: 1, b1: 0 };
const BATCH_SIZE = 64;
const LR_SCHEMES = 0.2;
const STEPS_SCHEMES = 40;
const LR_REAL_ONLY = 0.2;
const STEPS_REAL_ONLY = 1000;
const FAKE_OFFSETS = [0, 4, 8];
const BATCH_SIZES = [4, 16, 64, 256];
const MINIBATCHES = 2000;
const STEPS_TRAIN = 4000;
const LR_TRAIN = 0.05;
const DIRAC = {
  lr: 0.2,
  steps: 300,
  init: { b1: 1, w2: 0 },
  loss: "saturating" as const,
  r1: 0.2,
  instanceNoise: 0.9,
  batchSize: 256,
  noisyFitSteps: 100,
};

const realOnly = trainRealOnly({
  data: DATA,
  generators: FAKE_OFFSETS.map((b1) => ({ w1: GENERATOR.w1, b1 })),
  lr: LR_REAL_ONLY,
  steps: STEPS_REAL_ONLY,
  batchSize: BATCH_SIZE,
  source: seededSource(SEED + 1),
});

Deno.test("notebook 4: update schemes", () => {
  const schemes = compareUpdateSchemes({
    data: DATA,
    generator: GENERATOR,
    lr: LR_SCHEMES,
    steps: STEPS_SCHEMES,
    batchSize: BATCH_SIZE,
    source: seededSource(SEED),
  });
  // (a) and (b) agree to about 1e-16
  assert.ok(schemes.summedDifference < 1e-12, String(schemes.summedDifference));
  // the one-step gap matches η²·|H_fake ∇L_real| to within a few per cent
  for (let k = 0; k < STEPS_SCHEMES; k++) {
    const ratio = schemes.stepGap[k] / schemes.predictedGap[k];
    assert.ok(Math.abs(ratio - 1) < 0.05, `step ${k}: ${ratio}`);
    // each half step is more than ten times longer than that gap
    assert.ok(schemes.excursion[k] > 10 * schemes.stepGap[k], `step ${k}`);
  }
  // (d) stays within minibatch noise of (a)
  assert.ok(schemes.fullDifference < 0.05, String(schemes.fullDifference));
});

Deno.test("notebook 4: real-only discriminator", () => {
  const [below, on, above] = realOnly.rows;
  // near 1 on real samples and on the fakes on and above the data, accuracy 1/2 against them
  assert.ok(below.realOnly.meanReal > 0.99);
  for (const row of [on, above]) {
    assert.ok(row.realOnly.meanFake > 0.99, `b1=${row.generator.b1}`);
    assert.ok(Math.abs(row.realOnly.accuracy - 0.5) < 0.005, `b1=${row.generator.b1}`);
  }
  // above 1/2 against the fakes below the data, only because its boundary lies below the data
  assert.ok(below.realOnly.accuracy > 0.55);
  assert.ok(-realOnly.realOnly.b2 / realOnly.realOnly.w2 < 0);
  // the two-class D separates the fakes at 0 and 8 and sits near D = 1/2 against those at 4
  assert.ok(below.twoClass.accuracy > 0.9);
  assert.ok(above.twoClass.accuracy > 0.9);
  assert.ok(Math.abs(on.twoClass.meanFake - 0.5) < 0.05);
  assert.ok(Math.abs(on.twoClass.meanReal - 0.5) < 0.05);
});

Deno.test("notebook 4: minibatch gradients", () => {
  const minibatch = minibatchGradients({
    data: DATA,
    generator: GENERATOR,
    batchSizes: BATCH_SIZES,
    batches: MINIBATCHES,
    source: seededSource(SEED + 2),
  });
  for (const [i, row] of minibatch.rows.entries()) {
    // within a few standard errors of the full gradient
    assert.ok(row.meanError < 3 * row.standardError, `m=${row.batchSize}`);
    // m × variance within a few per cent of tr Σ
    assert.ok(Math.abs(row.scaledVariance / row.predictedScaled - 1) < 0.08, `m=${row.batchSize}`);
    // the variance falls by about 4 from one row to the next
    if (i > 0) {
      const fall = minibatch.rows[i - 1].totalVariance / row.totalVariance;
      assert.ok(fall > 3.5, `m=${row.batchSize}: ${fall}`);
      assert.ok(fall < 4.5, `m=${row.batchSize}: ${fall}`);
    }
  }
});

Deno.test("notebook 4: generator losses", () => {
  const z = normal(0, 1).sample(BATCH_SIZE, seededSource(SEED + 3));
  const losses = compareGeneratorLosses(GENERATOR, realOnly.rows[0].twoClassParams, z);
  // mean D(G(z)) of a few per cent, and a ratio of ten or more equal to (1 − D̄)/D̄
  assert.ok(losses.meanD > 0.01, String(losses.meanD));
  assert.ok(losses.meanD < 0.1, String(losses.meanD));
  assert.ok(losses.ratio > 10, String(losses.ratio));
  assert.ok(Math.abs(losses.ratio - losses.predictedRatio) < 1e-9 * losses.ratio);
});

Deno.test("notebook 4: ordinary run near the equilibrium", () => {
  const run = train({
    data: DATA,
    source: seededSource(SEED + 4),
    steps: STEPS_TRAIN,
    lrD: LR_TRAIN,
    lrG: LR_TRAIN,
    batchSize: BATCH_SIZE,
  });
  const h = run.history;
  const start = Math.floor(0.75 * h.step.length);
  let accuracy = 0, dAtMean = 0;
  for (let i = start; i < h.step.length; i++) {
    accuracy += h.accuracyD[i] / (h.step.length - start);
    dAtMean += sigmoid(h.w2[i] * DATA.mean + h.b2[i]) / (h.step.length - start);
  }
  // both averages within a few hundredths of 1/2, w2 and b2 near 0, w1 far from 1.25
  assert.ok(Math.abs(accuracy - 0.5) < 0.03, String(accuracy));
  assert.ok(Math.abs(dAtMean - 0.5) < 0.03, String(dAtMean));
  assert.ok(Math.abs(run.final.w2) < 0.05);
  assert.ok(Math.abs(run.final.b2) < 0.2);
  assert.ok(run.final.w1 < 0.6, String(run.final.w1));
  // b1 overshoots the data mean before it settles
  assert.ok(Math.max(...h.b1) > DATA.mean + 0.5);
  assert.ok(Math.abs(run.final.b1 - DATA.mean) < 0.2);
});

Deno.test("notebook 4: Dirac GAN rates", () => {
  const { lr, steps, init, loss, batchSize, noisyFitSteps } = DIRAC;
  const variants = [
    { variant: "simultaneous" as const },
    { variant: "alternating" as const },
    { variant: "simultaneous" as const, r1: DIRAC.r1 },
    { variant: "simultaneous" as const, instanceNoise: DIRAC.instanceNoise },
  ];
  for (const settings of variants) {
    const path = diracGan({
      ...settings,
      lr,
      steps,
      init,
      loss,
      batchSize,
      source: seededSource(SEED + 5),
    });
    const noisy = "instanceNoise" in settings;
    const measured = measuredRate(path, { to: noisy ? noisyFitSteps : steps });
    const predicted = linearisedRate({ ...settings, lr });
    // a few units in the fourth decimal; the noisy run a few thousandths
    const tolerance = noisy ? 3e-3 : 5e-4;
    assert.ok(
      Math.abs(measured - predicted) < tolerance,
      `${JSON.stringify(settings)}: ${measured} vs ${predicted}`,
    );
  }
});
