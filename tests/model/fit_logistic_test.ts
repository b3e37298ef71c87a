import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { optimalLinearDiscriminator } from "../../lib/metrics/optimal.ts";
import { discriminatorGradient, discriminatorLoss } from "../../lib/model/losses.ts";
import { fitLogistic } from "../../lib/model/fit_logistic.ts";
import { seededSource } from "../../lib/random.ts";

// 100,000 draws per class: the fitted weights then vary by about 0.015 (w2) and 0.04 (b2)
// between seeds, so the tolerances below are about three of those standard errors.
const N = 100_000;

function draws(mu: number, sigma: number, seed: number): Float64Array {
  return normal(mu, sigma).sample(N, seededSource(seed));
}

Deno.test("fitLogistic() matches the optimal linear D", () => {
  // Between N(4, 1.25²) and N(1, 1.25²) the log density ratio is linear: D* is a logistic D.
  const expected = optimalLinearDiscriminator(4, 1, 1.25);
  const fit = fitLogistic(draws(4, 1.25, 1), draws(1, 1.25, 2));
  assert.ok(Math.abs(fit.w2 - expected.w2) < 0.05, `w2 = ${fit.w2}, D* has ${expected.w2}`);
  assert.ok(Math.abs(fit.b2 - expected.b2) < 0.15, `b2 = ${fit.b2}, D* has ${expected.b2}`);
  assert.equal(fit.c2, 0);
});

Deno.test("fitLogistic() is flat for equal means", () => {
  // Equal means, different spreads: the best linear D is D = 1/2, whatever the variances.
  const fit = fitLogistic(draws(4, 1.25, 3), draws(4, 0.5, 4));
  assert.ok(Math.abs(fit.w2) < 0.03, `w2 = ${fit.w2}`);
  for (const x of [0, 2, 4, 6, 8]) {
    const d = 1 / (1 + Math.exp(-(fit.w2 * x + fit.b2)));
    assert.ok(Math.abs(d - 0.5) < 0.01, `D(${x}) = ${d}`);
  }
  assert.ok(Math.abs(fit.loss - Math.LN2) < 1e-3, `loss = ${fit.loss}`);
});

Deno.test("fitLogistic() finds the quadratic log ratio", () => {
  // log N(x; 4, 1.25²) − log N(x; 4, 0.5²) = c2·(x − 4)² + log(0.5/1.25), c2 = 1/0.5 − 1/3.125.
  const c2 = 1 / (2 * 0.25) - 1 / (2 * 1.5625);
  const fit = fitLogistic(draws(4, 1.25, 5), draws(4, 0.5, 6), { quadratic: true });
  assert.ok(Math.abs(fit.c2 - c2) < 0.05, `c2 = ${fit.c2}, expected ${c2}`);
  assert.ok(Math.abs(-fit.w2 / (2 * fit.c2) - 4) < 0.02, `vertex at ${-fit.w2 / (2 * fit.c2)}`);
  const atVertex = fit.b2 - (fit.w2 * fit.w2) / (4 * fit.c2);
  assert.ok(Math.abs(atVertex - Math.log(0.4)) < 0.02, `logit at the vertex = ${atVertex}`);
});

Deno.test("fitLogistic() zeroes the loss gradient", () => {
  const real = [2.7, 4.1, 5.9, 3.3, 4.6, 1.5];
  const fake = [-1.2, 0.4, 0.9, 2.2, 3.0];
  for (const quadratic of [false, true]) {
    const fit = fitLogistic(real, fake, { quadratic });
    const gradient = discriminatorGradient(fit, real, fake);
    assert.ok(Math.abs(gradient.w2) < 1e-10, `w2 gradient ${gradient.w2}`);
    assert.ok(Math.abs(gradient.b2) < 1e-10, `b2 gradient ${gradient.b2}`);
    if (quadratic) assert.ok(Math.abs(gradient.c2) < 1e-10, `c2 gradient ${gradient.c2}`);
    assert.ok(Math.abs(fit.loss - discriminatorLoss(fit, real, fake)) < 1e-12);
  }
});

Deno.test("fitLogistic() does not depend on the units", () => {
  // Measuring x in other units (x' = 10·x + 100) gives the same D at corresponding points.
  const real = Array.from(draws(4, 1.25, 7).subarray(0, 500));
  const fake = Array.from(draws(3, 0.8, 8).subarray(0, 400));
  const rescale = (x: number) => 10 * x + 100;
  const fit = fitLogistic(real, fake, { quadratic: true });
  const fitScaled = fitLogistic(real.map(rescale), fake.map(rescale), { quadratic: true });
  for (const x of [1, 3, 4, 6]) {
    const t = fit.c2 * x * x + fit.w2 * x + fit.b2;
    const y = rescale(x);
    const tScaled = fitScaled.c2 * y * y + fitScaled.w2 * y + fitScaled.b2;
    assert.ok(Math.abs(t - tScaled) < 1e-8, `logit at ${x}: ${t} vs ${tScaled}`);
  }
});

Deno.test("fitLogistic() rejects separable samples", () => {
  const separable = "Cannot fit a logistic discriminator as real and fake must be overlapping " +
    'samples, not separable by the logit: real and fake="separable"';
  assert.throws(() => fitLogistic([3, 4, 5], [0, 1, 2]), {
    name: "RangeError",
    message: separable,
  });
  // Real values on both sides of the fake ones: a quadratic logit separates them, a linear one
  // does not.
  const real = [-3, -2, 2, 3], fake = [-1, 0, 1];
  assert.throws(() => fitLogistic(real, fake, { quadratic: true }), { message: separable });
  assert.ok(Math.abs(fitLogistic(real, fake).w2) < 1e-12);
});

Deno.test("fitLogistic() stops at maxIterations", () => {
  assert.throws(() => fitLogistic([2.7, 4.1, 1.5], [0.4, 2.2, 3.0], { maxIterations: 1 }), {
    name: "RangeError",
    message: "Cannot fit a logistic discriminator as options.maxIterations must be enough " +
      "Newton steps to reach the minimum: options.maxIterations=1",
  });
});

Deno.test("fitLogistic() rejects too few distinct values", () => {
  assert.throws(() => fitLogistic([1, 1], [1]), {
    name: "RangeError",
    message: "Cannot fit a logistic discriminator as real and fake must be spread over at " +
      'least 2 distinct values: real and fake="1 distinct"',
  });
  assert.throws(() => fitLogistic([1, 2], [1, 2], { quadratic: true }), {
    name: "RangeError",
    message: /at least 3 distinct values/,
  });
});

Deno.test("fitLogistic() rejects bad options", () => {
  assert.throws(() => fitLogistic([1, 2], [2, 1], { maxIterations: 0 }), RangeError);
  assert.throws(() => fitLogistic([1, 2], [2, 1], { tolerance: -1 }), RangeError);
  assert.throws(() => fitLogistic([1, Number.NaN], [2, 1]), RangeError);
  assert.throws(() => fitLogistic("12" as unknown as number[], [2, 1]), TypeError);
});
