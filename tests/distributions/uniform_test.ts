import assert from "node:assert/strict";
import { uniform } from "../../lib/distributions/uniform.ts";
import { integrate, supportInterval } from "../../lib/quadrature.ts";
import { assertSameSeedSameDraws, assertSampleMoments } from "./_moments.ts";

function assertClose(actual: number, expected: number, tolerance: number, label = "value"): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${label}: ${actual} is not within ${tolerance} of ${expected}`,
  );
}

Deno.test("uniform() has the closed-form name, mean and variance", () => {
  const p = uniform(-1, 3);
  assert.equal(p.name, "U(-1, 3)");
  assert.equal(p.mean, 1);
  assert.equal(p.variance, 16 / 12);
});

Deno.test("uniform() density is flat on [min, max] and 0 outside", () => {
  const p = uniform(0, 4);
  assert.equal(p.density(-0.001), 0);
  assert.equal(p.density(0), 0.25);
  assert.equal(p.density(2), 0.25);
  assert.equal(p.density(4), 0.25);
  assert.equal(p.density(4.001), 0);
});

Deno.test("uniform() density integrates to 1", () => {
  for (const p of [uniform(-1, 1), uniform(0, 1), uniform(2.5, 100)]) {
    const [lower, upper] = supportInterval(p);
    assertClose(integrate(p.density, lower, upper), 1, 1e-9, p.name);
  }
});

Deno.test("uniform() mean and variance match quadrature", () => {
  const p = uniform(-3, 5);
  const [lower, upper] = supportInterval(p);
  const mean = integrate((x) => x * p.density(x), lower, upper);
  const variance = integrate((x) => (x - p.mean) ** 2 * p.density(x), lower, upper);
  assertClose(mean, p.mean, 1e-9, "mean");
  assertClose(variance, p.variance, 1e-9, "variance");
});

Deno.test("uniform() cdf is the integral of the density", () => {
  const p = uniform(-1, 1);
  for (const x of [-1.5, -1, -0.3, 0, 0.7, 1, 2]) {
    assertClose(p.cdf(x), integrate(p.density, -3, x), 1e-9, `cdf(${x})`);
  }
});

Deno.test("uniform() samples have the right moments", () => {
  const p = uniform(0, 1);
  // The fourth central moment of U(min, max) is (max − min)⁴/80.
  assertSampleMoments(p, 1 / 80);
  assertSampleMoments(uniform(-1, 1), 16 / 80);
  assert.ok(p.sample(10_000, () => 0.999999).every((x) => x >= 0 && x < 1));
});

Deno.test("uniform() gives the same draws for the same seed", () => {
  assertSameSeedSameDraws(uniform(-1, 1));
});

Deno.test("uniform() throws on invalid arguments", () => {
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [() => uniform("0" as never, 1), TypeError, 'min must be a number: min="0"'],
    [() => uniform(0, NaN), RangeError, "max must be a finite number: max=NaN"],
    [() => uniform(-Infinity, 1), RangeError, "min must be a finite number: min=-Infinity"],
    [() => uniform(1, 1), RangeError, "max must be greater than min=1: max=1"],
    [() => uniform(2, 1), RangeError, "max must be greater than min=2: max=1"],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, {
      name: type.name,
      message: `Cannot create a uniform distribution as ${text}`,
    });
  }
});
