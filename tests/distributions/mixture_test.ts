import assert from "node:assert/strict";
import { normalMixture } from "../../lib/distributions/mixture.ts";
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

const bimodal = normalMixture([
  { weight: 1, mu: -2, sigma: 0.5 },
  { weight: 3, mu: 3, sigma: 1.5 },
]);

Deno.test("normalMixture() normalises the weights", () => {
  const a = normalMixture([{ weight: 1, mu: 0, sigma: 1 }, { weight: 3, mu: 5, sigma: 2 }]);
  const b = normalMixture([{ weight: 0.25, mu: 0, sigma: 1 }, { weight: 0.75, mu: 5, sigma: 2 }]);
  assert.equal(a.name, "0.25·N(0, 1²) + 0.75·N(5, 2²)");
  assert.equal(a.name, b.name);
  for (const x of [-1, 0, 2.5, 7]) assert.equal(a.density(x), b.density(x));
});

Deno.test("normalMixture() density is the weighted sum of normals", () => {
  const left = normal(-2, 0.5);
  const right = normal(3, 1.5);
  for (const x of [-4, -2, 0, 1, 3, 8]) {
    const expected = 0.25 * left.density(x) + 0.75 * right.density(x);
    assertClose(bimodal.density(x), expected, 1e-15, `density(${x})`);
    const expectedCdf = 0.25 * left.cdf(x) + 0.75 * right.cdf(x);
    assertClose(bimodal.cdf(x), expectedCdf, 1e-15, `cdf(${x})`);
  }
});

Deno.test("normalMixture() density integrates to 1", () => {
  const [lower, upper] = supportInterval(bimodal);
  assertClose(integrate(bimodal.density, lower, upper), 1, 1e-9);
});

Deno.test("normalMixture() mean and variance match quadrature", () => {
  const [lower, upper] = supportInterval(bimodal);
  const mean = integrate((x) => x * bimodal.density(x), lower, upper);
  const variance = integrate((x) => (x - mean) ** 2 * bimodal.density(x), lower, upper);
  // Law of total variance by hand: mean 0.25·(−2) + 0.75·3 = 1.75, and
  // variance 0.25·(0.25 + 3.75²) + 0.75·(2.25 + 1.25²) = 6.4375.
  assertClose(bimodal.mean, 1.75, 1e-15, "mean");
  assertClose(bimodal.variance, 6.4375, 1e-14, "variance");
  assertClose(mean, bimodal.mean, 1e-9, "quadrature mean");
  assertClose(variance, bimodal.variance, 1e-9, "quadrature variance");
});

Deno.test("normalMixture() cdf is the integral of the density", () => {
  const [lower] = supportInterval(bimodal);
  for (const x of [-3, -2, 0, 1.75, 3, 6]) {
    assertClose(bimodal.cdf(x), integrate(bimodal.density, lower, x), 1e-9, `cdf(${x})`);
  }
});

Deno.test("normalMixture() samples have the right moments", () => {
  const [lower, upper] = supportInterval(bimodal);
  const mu4 = integrate((x) => (x - bimodal.mean) ** 4 * bimodal.density(x), lower, upper);
  assertSampleMoments(bimodal, mu4);
});

Deno.test("normalMixture() samples each component by its weight", () => {
  const p = normalMixture([{ weight: 1, mu: -100, sigma: 1 }, { weight: 4, mu: 100, sigma: 1 }]);
  const n = 10_000;
  const x = p.sample(n, seededSource(3));
  const leftShare = x.filter((value) => value < 0).length / n;
  // A binomial share with p = 0.2 has standard error √(0.2·0.8/n) = 0.004.
  assertClose(leftShare, 0.2, 4 * 0.004, "share of the left component");
});

Deno.test("normalMixture() gives the same draws for the same seed", () => {
  assertSameSeedSameDraws(bimodal);
});

Deno.test("normalMixture() throws on invalid arguments", () => {
  const good = { weight: 1, mu: 0, sigma: 1 };
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [() => normalMixture("x" as never), TypeError, 'components must be an array: components="x"'],
    [
      () => normalMixture([good]),
      RangeError,
      "components.length must be at least 2: components.length=1",
    ],
    [
      () => normalMixture([good, null as never]),
      TypeError,
      "components[1] must be an object {weight, mu, sigma}: components[1]=null",
    ],
    [
      () => normalMixture([good, { ...good, weight: 0 }]),
      RangeError,
      "components[1].weight must be positive: components[1].weight=0",
    ],
    [
      () => normalMixture([{ ...good, weight: "1" as never }, good]),
      TypeError,
      'components[0].weight must be a number: components[0].weight="1"',
    ],
    [
      () => normalMixture([good, { ...good, mu: NaN }]),
      RangeError,
      "components[1].mu must be a finite number: components[1].mu=NaN",
    ],
    [
      () => normalMixture([good, { ...good, sigma: -1 }]),
      RangeError,
      "components[1].sigma must be positive: components[1].sigma=-1",
    ],
    [
      () => normalMixture([{ ...good, weight: 1e308 }, { ...good, weight: 1e308 }]),
      RangeError,
      "the sum of the weights must be finite: the sum of the weights=Infinity",
    ],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, { name: type.name, message: `Cannot create a normal mixture as ${text}` });
  }
});
