// Runs the experiments of notebooks/03-learning-p-x.ipynb with the values of its parameters cell
// and checks every number its prose states, within the tolerances it states. The constants below
// copy that cell; change both together.

import assert from "node:assert/strict";
import { numericColumn } from "../../lib/data/column.ts";
import { penguins } from "../../lib/data/penguins.ts";
import { empirical } from "../../lib/distributions/empirical.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { optimalGameValues } from "../../lib/experiments/game_value.ts";
import { tailAverage, trainingSnapshots } from "../../lib/experiments/snapshots.ts";
import { sweepSuccesses, sweepTraining } from "../../lib/experiments/sweep.ts";
import { optimalDiscriminator } from "../../lib/metrics/optimal.ts";
import { discriminate, sigmoid } from "../../lib/model/discriminator.ts";
import { fitLogistic } from "../../lib/model/fit_logistic.ts";
import { generatedDistribution } from "../../lib/model/generator.ts";
import { seededSource } from "../../lib/random.ts";
import type { TrainOptions } from "../../lib/train/options.ts";
import { train } from "../../lib/train/train.ts";

const SEED = 1;
const DATA = normal(4, 1.25);
const BATCH_SIZE = 64;
const LR_D = 0.01;
const LR_G = 0.5;
const STEPS = 4000;
const PANEL_STEPS = [0, 150, 700, 1500, STEPS];
const LOGISTIC_SAMPLES = 100_000;
const SAMPLE_SIZE = 200;
const LONG_STEPS = 10_000;
const TAIL = 0.5;
const FLIPPERS = numericColumn(penguins(), "Flipper Length (mm)");
const FLIPPER_ORIGIN = 180;
const FLIPPER_UNIT = 10;
const SWEEP_LR_D = [0.001, 0.003, 0.01, 0.03, 0.1, 0.2];
const SWEEP_SEEDS = Array.from({ length: 10 }, (_, i) => SEED + i);
const SUCCESS_W1 = 0.1;

const sd = (distribution: { variance: number }) => Math.sqrt(distribution.variance);
const maxGap = (d: (x: number) => number, from: number, to: number) => {
  const xs = Array.from({ length: 101 }, (_, i) => from + (i * (to - from)) / 100);
  return Math.max(...xs.map((x) => Math.abs(d(x) - 0.5)));
};

// The section 3 and 4 runs: the notebook's `trainOn`.
function trainOn(
  data: TrainOptions["data"],
  quadratic: boolean,
  extra: Partial<TrainOptions> = {},
) {
  return train({
    data,
    source: seededSource(SEED + 3),
    steps: LONG_STEPS,
    batchSize: BATCH_SIZE,
    lrD: LR_D,
    lrG: LR_G,
    quadratic,
    historySize: 1000,
    ...extra,
  });
}

Deno.test("notebook 3: p_g moves onto p_data", () => {
  const run = train({
    data: DATA,
    source: seededSource(SEED),
    steps: STEPS + 1,
    batchSize: BATCH_SIZE,
    lrD: LR_D,
    lrG: LR_G,
    quadratic: true,
    historySize: STEPS + 1,
  });
  const [start, second, third, fourth, last] = trainingSnapshots(run.history, PANEL_STEPS, DATA);
  // "W1 should be exactly 4" at step 0, and below SUCCESS_W1 at the last moment
  assert.ok(Math.abs(start.w1Distance - 4) < 1e-12, `W1 at step 0: ${start.w1Distance}`);
  assert.ok(last.w1Distance < SUCCESS_W1, `last W1 ${last.w1Distance}`);
  assert.ok(last.kl < start.kl);
  assert.ok(last.js < start.js);
  // "at the second moment much closer, at the third |w1| a fraction of 1.25, distances grown"
  assert.ok(second.w1Distance < 0.5, `second W1 ${second.w1Distance}`);
  assert.ok(Math.abs(third.w1) < 0.5, `third |w1| ${third.w1}`);
  assert.ok(third.w1Distance > second.w1Distance);
  assert.ok(third.kl > second.kl);
  assert.ok(third.js > second.js);
  // "its x² weight c2 is still small" in the middle panels
  for (const moment of [third, fourth]) assert.ok(Math.abs(moment.c2) < 0.05, `c2 ${moment.c2}`);
  // "in the last panel both discriminators are flat at 1/2", over the plotted domain
  const dStar = optimalDiscriminator(DATA, generatedDistribution(last));
  assert.ok(maxGap(dStar, -2, 9) < 0.1, `D* at the end: ${maxGap(dStar, -2, 9)}`);
  const learned = (x: number) => discriminate(last, x);
  assert.ok(maxGap(learned, -2, 9) < 0.1, `D at the end: ${maxGap(learned, -2, 9)}`);
});

Deno.test("notebook 3: the game against D* measures JS", () => {
  const b1Grid = Array.from({ length: 65 }, (_, i) => i / 8);
  const w1Grid = Array.from({ length: 48 }, (_, i) => (i < 24 ? i - 24 : i - 23) / 8);
  const points = [
    ...optimalGameValues(DATA, b1Grid.map((b1) => ({ w1: 1.25, b1 }))),
    ...optimalGameValues(DATA, w1Grid.map((w1) => ({ w1, b1: 4 }))),
  ];
  const largestGap = Math.max(...points.map((p) => Math.abs(p.value - p.fromJs)));
  assert.ok(largestGap < 1e-9, `largest gap ${largestGap}`);
  const lowest = Math.min(...points.map((p) => p.value));
  assert.ok(Math.abs(lowest + Math.log(4)) < 1e-9, `lowest ${lowest}`);
  const atLowest = new Set(
    points.filter((p) => p.value < lowest + 1e-12).map((p) => `${p.b1} ${p.w1}`),
  );
  assert.deepEqual([...atLowest].sort(), ["4 -1.25", "4 1.25"]);
});

Deno.test("notebook 3: best responses to a spread mismatch", () => {
  const bestSource = seededSource(SEED + 1);
  const wide = normal(4, 1.25).sample(LOGISTIC_SAMPLES, bestSource);
  const narrow = normal(4, 0.5).sample(LOGISTIC_SAMPLES, bestSource);
  const linearFit = fitLogistic(wide, narrow);
  const quadraticFit = fitLogistic(wide, narrow, { quadratic: true });
  const logistic = (fit: typeof linearFit) => (x: number) =>
    sigmoid(fit.c2 * x * x + fit.w2 * x + fit.b2);
  // "w2 of the order of 0.01, D within a few hundredths of 1/2 over the whole range"
  assert.ok(Math.abs(linearFit.w2) < 0.03, `linear w2 ${linearFit.w2}`);
  assert.ok(maxGap(logistic(linearFit), 0, 8) < 0.03);
  // "c2 within a few hundredths of 1.68 and its vertex at 4"
  assert.ok(Math.abs(quadraticFit.c2 - 1.68) < 0.05, `c2 ${quadraticFit.c2}`);
  assert.ok(Math.abs(-quadraticFit.w2 / (2 * quadraticFit.c2) - 4) < 0.02);
  // the figure's alt text: D* dips to 0.8/(0.8 + 2) at x = 4
  const dStar = optimalDiscriminator(normal(4, 1.25), normal(4, 0.5));
  assert.ok(Math.abs(dStar(4) - 0.8 / 2.8) < 1e-12);
});

Deno.test("notebook 3: a linear D leaves the spread, x² finds the ML fit", () => {
  const sampleData = empirical(DATA.sample(SAMPLE_SIZE, seededSource(SEED + 2)));
  const mean = sampleData.mean, spread = sd(sampleData);
  const linearRun = trainOn(sampleData, false);
  const linearEnd = tailAverage(linearRun.history, TAIL);
  const quadraticEnd = tailAverage(trainOn(sampleData, true).history, TAIL);
  // "the sample mean and the 1/n standard deviation, to within about 0.05"
  assert.ok(Math.abs(quadraticEnd.b1 - mean) < 0.05, `b1 ${quadraticEnd.b1} vs ${mean}`);
  assert.ok(Math.abs(quadraticEnd.absW1 - spread) < 0.05, `|w1| ${quadraticEnd.absW1}`);
  // "the mean is right but |w1| has collapsed to about half of the sample's spread"
  assert.ok(Math.abs(linearEnd.b1 - mean) < 0.05, `linear b1 ${linearEnd.b1}`);
  const ratio = linearEnd.absW1 / spread;
  assert.ok(ratio > 0.35, `linear |w1| / sd = ${ratio}`);
  assert.ok(ratio < 0.65, `linear |w1| / sd = ${ratio}`);
  // "drops in the first few hundred steps and stays flat"
  const { step, w1 } = linearRun.history;
  const later = Array.from(w1).filter((_, row) => step[row] >= 500).map(Math.abs);
  assert.ok(Math.max(...later) - Math.min(...later) < 0.02);
});

Deno.test("notebook 3: one bell for the penguins", () => {
  const toUnits = (mm: number) => (mm - FLIPPER_ORIGIN) / FLIPPER_UNIT;
  const toMm = (u: number) => FLIPPER_ORIGIN + FLIPPER_UNIT * u;
  const flippers = empirical(FLIPPERS);
  const quadraticRun = trainOn(empirical(FLIPPERS.map(toUnits)), true);
  const settled = (run: ReturnType<typeof trainOn>) => {
    const end = tailAverage(run.history, TAIL);
    return normal(toMm(end.b1), FLIPPER_UNIT * end.absW1);
  };
  const pgQuadratic = settled(quadraticRun);
  const pgLinear = settled(trainOn(empirical(FLIPPERS.map(toUnits)), false));
  // "the maximum-likelihood normal within a fraction of a millimetre" (0.5 mm stated)
  assert.ok(Math.abs(pgQuadratic.mean - flippers.mean) < 0.5);
  assert.ok(Math.abs(sd(pgQuadratic) - sd(flippers)) < 0.5);
  // "keeps the mean but only about half the spread"
  assert.ok(Math.abs(pgLinear.mean - flippers.mean) < 0.5);
  const ratio = sd(pgLinear) / sd(flippers);
  assert.ok(ratio > 0.35, `linear sd ratio ${ratio}`);
  assert.ok(ratio < 0.65, `linear sd ratio ${ratio}`);
  // "D* rises above 1/2 over each bump and sinks below it in the valley and in the far tails"
  const dStar = optimalDiscriminator(flippers, pgQuadratic);
  const group = (gentoo: boolean) =>
    empirical(numericColumn(penguins(), "Flipper Length (mm)", {
      where: (record) => (record.Species === "Gentoo") === gentoo,
    })).mean;
  const lower = group(false), upper = group(true);
  assert.ok(dStar(lower) > 0.5, `D* at the lower bump ${dStar(lower)}`);
  assert.ok(dStar(upper) > 0.5, `D* at the upper bump ${dStar(upper)}`);
  assert.ok(dStar((lower + upper) / 2) < 0.5);
  assert.ok(dStar(165) < 0.5);
  assert.ok(dStar(240) < 0.5);
  // "the learned D stays close to 1/2"
  const learned = (mm: number) => discriminate(quadraticRun.final, toUnits(mm));
  assert.ok(maxGap(learned, 165, 240) < 0.1, `learned D ${maxGap(learned, 165, 240)}`);
});

Deno.test("notebook 3: success over seeds and step sizes", async () => {
  const cells = await sweepTraining({
    base: {
      data: DATA,
      steps: STEPS,
      batchSize: BATCH_SIZE,
      lrD: LR_D,
      lrG: LR_G,
      quadratic: true,
      historySize: 2,
    },
    vary: "lrD",
    values: SWEEP_LR_D,
    seeds: SWEEP_SEEDS,
    target: { mu: 4, sigma: 1.25 },
  });
  const successes = new Map(sweepSuccesses(cells, SUCCESS_W1).map((row) => [row.row, row]));
  // "the two middle step sizes succeed for every seed and the smallest fails for every seed"
  assert.equal(successes.get(0.001)?.successes, 0);
  assert.equal(successes.get(0.003)?.successes, 10);
  assert.equal(successes.get(0.01)?.successes, 10);
  // "the large ones fail too"; at 0.03 "every run ends with W1 just under 1"
  for (const lrD of [0.03, 0.1, 0.2]) assert.equal(successes.get(lrD)?.successes, 0);
  const collapsed = cells.filter((cell) => cell.y === 0.03).map((cell) => cell.value);
  for (const value of collapsed) {
    assert.ok(value > 0.85, `W1 ${value}`);
    assert.ok(value < 1, `W1 ${value}`);
  }
  // "because the generator has collapsed to a spike", checked on the first seed
  const spike = train({
    data: DATA,
    source: seededSource(SEED),
    steps: STEPS,
    batchSize: BATCH_SIZE,
    lrD: 0.03,
    lrG: LR_G,
    quadratic: true,
    historySize: 2,
  });
  assert.ok(Math.abs(spike.final.w1) < 0.2, `|w1| at lrD = 0.03: ${spike.final.w1}`);
});

Deno.test("notebook 3: things to try", () => {
  // LR_D = 0.03: section 1's run ends collapsed, with W1 near 1 at the last moment.
  const collapsed = train({
    data: DATA,
    source: seededSource(SEED),
    steps: STEPS + 1,
    batchSize: BATCH_SIZE,
    lrD: 0.03,
    lrG: LR_G,
    quadratic: true,
    historySize: STEPS + 1,
  });
  const [last] = trainingSnapshots(collapsed.history, [STEPS], DATA);
  assert.ok(Math.abs(last.w1) < 0.2, `|w1| ${last.w1}`);
  assert.ok(Math.abs(last.w1Distance - 1) < 0.15, `W1 ${last.w1Distance}`);

  // The saturating loss with the linear D: |w1| grows from 1 during the approach, then stays.
  const sampleData = empirical(DATA.sample(SAMPLE_SIZE, seededSource(SEED + 2)));
  const saturating = trainOn(sampleData, false, { loss: "saturating" });
  const end = tailAverage(saturating.history, TAIL);
  assert.ok(end.absW1 > 1.1, `saturating |w1| ${end.absW1}`);
  const { step, w1 } = saturating.history;
  const later = Array.from(w1).filter((_, row) => step[row] >= 1000).map(Math.abs);
  assert.ok(Math.max(...later) - Math.min(...later) < 0.05);
  // SAMPLE_SIZE = 20: the GAN with x² follows the sample's ML fit, not N(4, 1.25²).
  const small = empirical(DATA.sample(20, seededSource(SEED + 2)));
  const smallEnd = tailAverage(trainOn(small, true).history, TAIL);
  assert.ok(Math.abs(smallEnd.b1 - small.mean) < 0.05, `b1 ${smallEnd.b1} vs ${small.mean}`);
  assert.ok(Math.abs(smallEnd.absW1 - sd(small)) < 0.05, `|w1| ${smallEnd.absW1} vs ${sd(small)}`);
  const offPopulation = Math.abs(small.mean - 4) + Math.abs(sd(small) - 1.25);
  assert.ok(offPopulation > 0.1, `the sample of 20 is ${offPopulation} from N(4, 1.25²)`);
});
