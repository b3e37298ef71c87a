import assert from "node:assert/strict";
import { empirical, isEmpirical } from "../../lib/distributions/empirical.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { integrate, supportInterval } from "../../lib/quadrature.ts";
import { seededSource } from "../../lib/random.ts";
import { assertSameSeedSameDraws, assertSampleMoments } from "./_moments.ts";

function assertClose(actual: number, expected: number, tolerance: number, label = "value"): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${label}: ${actual} is not within ${tolerance} of ${expected}`,
  );
}

const measured = [4.1, 2.3, 5.0, 3.3, 4.1, 6.2, 1.8, 3.9];

Deno.test("empirical() sorts a copy of the values", () => {
  const input = [3, -1, 2];
  const p = empirical(input);
  input[0] = 100;
  assert.deepEqual(p.values, new Float64Array([-1, 2, 3]));
  assert.equal(p.name, "sample (n = 3)");
  assert.equal(empirical(input, { name: "flipper length" }).name, "flipper length");
  assert.equal(isEmpirical(p), true);
  assert.equal(isEmpirical(normal(0, 1)), false);
});

Deno.test("empirical() has the sample mean and 1/n variance", () => {
  const p = empirical([1, 2, 3, 6]);
  assert.equal(p.mean, 3);
  assert.equal(p.variance, (4 + 1 + 0 + 9) / 4);
});

Deno.test("empirical() cdf is the right-continuous step function", () => {
  const p = empirical([1, 2, 2, 5]);
  const cases: [number, number][] = [
    [0.99, 0],
    [1, 0.25],
    [1.5, 0.25],
    [2, 0.75],
    [4.99, 0.75],
    [5, 1],
    [1e9, 1],
  ];
  for (const [x, expected] of cases) assert.equal(p.cdf(x), expected, `cdf(${x})`);
  assert.ok(Number.isNaN(p.cdf(NaN)));
});

Deno.test("empirical() bandwidth follows Silverman's rule", () => {
  // Reference values from NumPy 2.4: 0.9·min(std(ddof=1), IQR/1.34)·n^(−1/5), with the IQR from
  // np.percentile's default linear interpolation.
  const evenlySpaced = empirical([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assertClose(evenlySpaced.bandwidth, 1.719286404692283, 1e-14, "standard deviation branch");
  const heavyTailed = empirical([-30, -1, -0.5, 0, 0, 0.2, 0.5, 1, 2, 40]);
  assertClose(heavyTailed.bandwidth, 0.5297216511494159, 1e-14, "IQR branch");
  // With a zero IQR the rule falls back to the standard deviation, here √0.2.
  const zeroIqr = empirical([0, 0, 0, 0, 1]);
  assertClose(zeroIqr.bandwidth, 0.9 * Math.sqrt(0.2) * 5 ** -0.2, 1e-15, "zero IQR");
  assert.equal(empirical([0, 1], { bandwidth: 0.3 }).bandwidth, 0.3);
});

Deno.test("empirical() density is the Gaussian kernel estimate", () => {
  const p = empirical(measured, { bandwidth: 0.7 });
  for (const x of [0, 2.3, 4, 4.1, 9]) {
    const expected = measured.reduce((sum, value) => sum + normal(value, 0.7).density(x), 0) /
      measured.length;
    assertClose(p.density(x), expected, 1e-15, `density(${x})`);
  }
  assert.equal(p.density(1e6), 0);
});

Deno.test("empirical() density integrates to 1", () => {
  for (const p of [empirical(measured), empirical(measured, { bandwidth: 0.05 })]) {
    const [lower, upper] = supportInterval(p);
    assertClose(integrate(p.density, lower, upper), 1, 1e-9, `bandwidth ${p.bandwidth}`);
  }
});

Deno.test("empirical() samples by the bootstrap", () => {
  const p = empirical(measured);
  const x = p.sample(10_000, seededSource(5));
  assert.ok(x.every((value) => measured.includes(value)));
  // The bootstrap draws from the point masses, so its fourth central moment is the sample's.
  const mu4 = measured.reduce((sum, value) => sum + (value - p.mean) ** 4, 0) / measured.length;
  assertSampleMoments(p, mu4);
});

Deno.test("empirical() gives the same draws for the same seed", () => {
  assertSameSeedSameDraws(empirical(measured));
});

Deno.test("empirical() throws on invalid arguments", () => {
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [() => empirical("12" as never), TypeError, 'values must be an array of numbers: values="12"'],
    [() => empirical([1]), RangeError, "values.length must be of length >= 2: values.length=1"],
    [() => empirical([1, NaN]), RangeError, "values[1] must be a finite number: values[1]=NaN"],
    [
      () => empirical([2, 2, 2]),
      RangeError,
      "values must be not all equal unless a bandwidth is given: values=an array of length 3",
    ],
    [
      () => empirical([1, 2], { bandwidth: 0 }),
      RangeError,
      "options.bandwidth must be positive: options.bandwidth=0",
    ],
    [
      () => empirical([1, 2], { name: 3 as never }),
      TypeError,
      "options.name must be a string: options.name=3",
    ],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, {
      name: type.name,
      message: `Cannot create an empirical distribution as ${text}`,
    });
  }
  assert.equal(empirical([2, 2, 2], { bandwidth: 1 }).variance, 0);
});
