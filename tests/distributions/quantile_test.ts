import assert from "node:assert/strict";
import { empirical } from "../../lib/distributions/empirical.ts";
import { normalMixture } from "../../lib/distributions/mixture.ts";
import { normal, standardNormalCdf } from "../../lib/distributions/normal.ts";
import { pushforwardMap, quantile } from "../../lib/distributions/quantile.ts";
import { uniform } from "../../lib/distributions/uniform.ts";
import { ksStatistic } from "../../lib/metrics/ks.ts";
import { seededSource } from "../../lib/random.ts";

function assertClose(actual: number, expected: number, tolerance: number, label = "value"): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${label}: ${actual} is not within ${tolerance} of ${expected}`,
  );
}

const bimodal = normalMixture([
  { weight: 1, mu: -2, sigma: 0.5 },
  { weight: 1, mu: 2, sigma: 0.5 },
]);

Deno.test("quantile() of N(0, 1) at tabulated levels", () => {
  // Standard normal quantiles to 16 digits: Φ(1) and the usual two-sided critical values.
  const table: [number, number][] = [
    [0.5, 0],
    [0.8413447460685429, 1],
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.001, -3.090232306167813],
  ];
  for (const [p, z] of table) assertClose(quantile(normal(0, 1), p), z, 1e-12, `p=${p}`);
});

Deno.test("quantile() of a scaled normal", () => {
  assertClose(quantile(normal(4, 1.25), 0.975), 4 + 1.25 * 1.959963984540054, 1e-12);
});

Deno.test("quantile() of N(0, 1) in the far tails", () => {
  const z = quantile(normal(0, 1), 1e-12);
  assertClose(standardNormalCdf(z) / 1e-12, 1, 1e-9, "relative CDF error");
  assert.ok(z < -7, `z = ${z}`);
  assert.ok(z > -7.1, `z = ${z}`);
});

Deno.test("quantile() of a uniform is linear", () => {
  for (const p of [0.01, 0.3, 0.5, 0.99]) {
    assertClose(quantile(uniform(0, 1), p), p, 1e-14, `U(0, 1) at p=${p}`);
    assertClose(quantile(uniform(-1, 3), p), -1 + 4 * p, 1e-13, `U(-1, 3) at p=${p}`);
  }
});

Deno.test("quantile() inverts a mixture CDF", () => {
  for (let i = 1; i < 200; i++) {
    const p = i / 200;
    assertClose(bimodal.cdf(quantile(bimodal, p)), p, 1e-14, `p=${p}`);
  }
  // The mixture is symmetric about 0, so its median is 0 and its quartiles are ± each other.
  assertClose(quantile(bimodal, 0.5), 0, 1e-12);
  assertClose(quantile(bimodal, 0.25), -quantile(bimodal, 0.75), 1e-12);
});

Deno.test("quantile() of a sample is an order statistic", () => {
  const sample = empirical([3, 1, 2, 2, 5]);
  // The CDF steps to 1/5 at 1, 3/5 at 2, 4/5 at 3 and 1 at 5.
  assert.equal(quantile(sample, 0.1), 1);
  assert.equal(quantile(sample, 0.2), 1);
  assert.equal(quantile(sample, 0.21), 2);
  assert.equal(quantile(sample, 0.6), 2);
  assert.equal(quantile(sample, 0.61), 3);
  assert.equal(quantile(sample, 0.8), 3);
  assert.equal(quantile(sample, 0.99), 5);
});

Deno.test("quantile() of a sample at p = k/n", () => {
  // 0.3 and 0.7 are not exact binary fractions, so n·p rounds above 3 and 7.
  const sample = empirical([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  assert.equal(quantile(sample, 0.3), 30);
  assert.equal(quantile(sample, 0.7), 70);
});

Deno.test("quantile() rejects p outside (0, 1)", () => {
  for (const p of [0, 1, -0.1, 1.5]) {
    assert.throws(
      () => quantile(normal(0, 1), p),
      { name: "RangeError", message: `Cannot compute a quantile as p must be in (0, 1): p=${p}` },
    );
  }
  assert.throws(() => quantile(normal(0, 1), NaN), RangeError);
  assert.throws(() => quantile(normal(0, 1), "0.5" as unknown as number), TypeError);
});

Deno.test("quantile() rejects a non-distribution", () => {
  assert.throws(() => quantile({} as never, 0.5), TypeError);
});

Deno.test("quantile() rejects a CDF that never reaches p", () => {
  const broken = { ...normal(0, 1), cdf: () => 0.25 };
  assert.throws(() => quantile(broken, 0.5), RangeError);
});

Deno.test("pushforwardMap() between normals is affine", () => {
  const map = pushforwardMap(normal(0, 1), normal(4, 1.25));
  for (const z of [-3, -1, 0, 0.5, 2.5]) assertClose(map(z), 4 + 1.25 * z, 1e-12, `z=${z}`);
});

Deno.test("pushforwardMap() is increasing", () => {
  const map = pushforwardMap(normal(0, 1), bimodal);
  let previous = -Infinity;
  for (let z = -4; z <= 4; z += 0.05) {
    const x = map(z);
    assert.ok(x > previous, `G(${z}) = ${x} is not above ${previous}`);
    previous = x;
  }
});

Deno.test("pushforwardMap() samples the target", () => {
  // KS critical value at level 0.001 for n = 2000 is 1.95/√2000 ≈ 0.044.
  const map = pushforwardMap(normal(0, 1), bimodal);
  const x = normal(0, 1).sample(2000, seededSource(7)).map(map);
  assert.ok(ksStatistic(x, bimodal) < 0.044);
  assert.ok(ksStatistic(x, normal(0, Math.sqrt(bimodal.variance))) > 0.1);
});

Deno.test("pushforwardMap() rejects bad input", () => {
  assert.throws(() => pushforwardMap(normal(0, 1), null as never), TypeError);
  const map = pushforwardMap(normal(0, 1), bimodal);
  assert.throws(() => map(Infinity), RangeError);
  assert.throws(() => map(40), /F_from\(z\) must be in \(0, 1\)/);
});

// The two-mode target of notebooks/01-why-noise.ipynb.
const target = normalMixture([
  { weight: 0.6, mu: -1.5, sigma: 0.5 },
  { weight: 0.4, mu: 2, sigma: 0.6 },
]);

Deno.test("pushforwardMap() splits arrows by weight", () => {
  // 25 equal-probability noise values: 60 % of them must land in the left mode.
  const map = pushforwardMap(normal(0, 1), target);
  const tips = Array.from({ length: 25 }, (_, i) => map(quantile(normal(0, 1), (i + 0.5) / 25)));
  const gaps = tips.slice(1).map((x, i) => x - tips[i]);
  const widest = gaps.indexOf(Math.max(...gaps));
  assert.equal(widest + 1, 15);
  assert.ok(tips[widest] < 0);
  assert.ok(tips[widest + 1] > 0.5);
  assert.ok(gaps[widest] > 10 * Math.min(...gaps));
});

Deno.test("pushforwardMap() gives the target, not one normal", () => {
  const map = pushforwardMap(normal(0, 1), target);
  const x = normal(0, 1).sample(10_000, seededSource(3)).map(map);
  const bell = normal(target.mean, Math.sqrt(target.variance));
  // At n = 10,000 the KS statistic of a correct sample exceeds 0.02 with probability below 0.1 %.
  assert.ok(ksStatistic(x, target) < 0.02);
  assert.ok(ksStatistic(x, bell) > 10 * ksStatistic(x, target));
});
