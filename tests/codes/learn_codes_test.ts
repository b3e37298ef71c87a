import assert from "node:assert/strict";
import { learnCodes } from "../../lib/codes/learn_codes.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { correlation } from "../../lib/metrics/correlation.ts";
import { seededSource } from "../../lib/random.ts";

// The notebook's defaults: 500 points of N(4, 1.25²), 20,000 steps, lr 0.1, λ = 0.01, and one
// source that draws the data and then the initial codes.
const options = { steps: 20_000, lr: 0.1, penalty: 0.01 };
const source = seededSource(1);
const data = normal(4, 1.25).sample(500, source);
const result = learnCodes(data, { ...options, source });
const mean = data.reduce((sum, x) => sum + x, 0) / data.length;
const s = Math.sqrt(data.reduce((sum, x) => sum + (x - mean) ** 2, 0) / data.length);

Deno.test("learnCodes() reaches the closed-form minimum", () => {
  assert.ok(Math.abs(result.b1 - mean) < 1e-6, `b1 = ${result.b1}, x̄ = ${mean}`);
  assert.ok(Math.abs(result.w1 ** 2 - (s - 0.01)) < 1e-6, `w1 = ${result.w1}`);
  for (let i = 0; i < data.length; i++) {
    const expected = (result.w1 * (data[i] - mean)) / s;
    assert.ok(Math.abs(result.codes[i] - expected) < 1e-6, `z[${i}]`);
  }
});

Deno.test("learnCodes() lines the codes up with the data", () => {
  assert.ok(Math.abs(correlation(data, result.initialCodes)) < 0.15);
  assert.ok(Math.abs(Math.abs(correlation(data, result.codes)) - 1) < 1e-9);
  // The sign of the correlation is the sign of w1.
  assert.equal(Math.sign(correlation(data, result.codes)), Math.sign(result.w1));
});

Deno.test("learnCodes() lowers the loss", () => {
  assert.equal(result.loss.length, options.steps + 1);
  // At the minimum λ + w1² = s, so L = λ·s²/(λ + w1²) + λ·w1² = λ·s + λ·(s − λ).
  const minimum = 0.01 * (2 * s - 0.01);
  assert.ok(Math.abs(result.loss[options.steps] - minimum) < 1e-8);
  assert.ok(result.loss[0] > 10 * minimum);
});

Deno.test("learnCodes() draws the initial codes from the source", () => {
  const a = learnCodes([1, 2, 3], { source: seededSource(4), steps: 5, lr: 0.1, penalty: 0.01 });
  const b = learnCodes([1, 2, 3], { source: seededSource(4), steps: 5, lr: 0.1, penalty: 0.01 });
  const c = learnCodes([1, 2, 3], { source: seededSource(5), steps: 5, lr: 0.1, penalty: 0.01 });
  assert.deepEqual(a, b);
  assert.deepEqual(a.initialCodes, normal(0, 1).sample(3, seededSource(4)));
  assert.notDeepEqual(a.initialCodes, c.initialCodes);
});

Deno.test("learnCodes() takes one gradient step", () => {
  // From codes z = [0.5], decoder w1 = 1, b1 = 0 on x = [2] with λ = 0: r = −1.5, so
  // ∂ℓ/∂z = 2·w1·r = −3, ∂L/∂w1 = 2·r·z = −1.5, ∂L/∂b1 = 2·r = −3.
  const source = seededSource(2);
  const z0 = normal(0, 1).sample(1, seededSource(2))[0];
  const result = learnCodes([2], { source, steps: 1, lr: 0.1, penalty: 0 });
  const r = z0 - 2;
  assert.equal(result.codes[0], z0 - 0.1 * 2 * r);
  assert.equal(result.w1, 1 - 0.1 * 2 * r * z0);
  assert.equal(result.b1, 0 - 0.1 * 2 * r);
});

Deno.test("learnCodes() rejects bad options", () => {
  const source = seededSource(1);
  const base = { source, steps: 10, lr: 0.1, penalty: 0.01 };
  assert.throws(() => learnCodes([], base), /data.length must be non-empty/);
  assert.throws(() => learnCodes([1, 2], { ...base, steps: 0 }), /steps must be an integer >= 1/);
  assert.throws(() => learnCodes([1, 2], { ...base, lr: 0 }), /lr must be positive/);
  assert.throws(
    () => learnCodes([1, 2], { ...base, penalty: -0.1 }),
    /penalty must be non-negative/,
  );
  assert.throws(
    () => learnCodes([1, 2], { ...base, init: { w1: NaN } }),
    /init.w1 must be a finite/,
  );
  assert.throws(() => learnCodes([1, 2], { ...base, source: 3 as never }), TypeError);
  assert.throws(() => learnCodes([1, 2], null as never), /options must be an object/);
});

Deno.test("learnCodes() throws when it diverges", () => {
  const run = () => learnCodes(data, { source: seededSource(1), steps: 200, lr: 5, penalty: 0.01 });
  assert.throws(
    run,
    /lr must be small enough for the loss to stay finite \(it diverged at step \d+\): lr=5/,
  );
});

Deno.test("learnCodes() codes have mean 0 and sd |w1|", () => {
  // The notebook fits p̂(z) = N(mean, sd²) to the codes and decodes with x = w1·z + b1.
  const n = result.codes.length;
  const codeMean = result.codes.reduce((sum, z) => sum + z, 0) / n;
  const codeSd = Math.sqrt(result.codes.reduce((sum, z) => sum + (z - codeMean) ** 2, 0) / n);
  assert.ok(Math.abs(codeMean) < 1e-6, `mean ${codeMean}`);
  assert.ok(Math.abs(codeSd - Math.abs(result.w1)) < 1e-6, `sd ${codeSd}`);
  // The decoded spread |w1|·sd is then w1² = s − λ.
  assert.ok(Math.abs(Math.abs(result.w1) * codeSd - (s - 0.01)) < 1e-6);
});
