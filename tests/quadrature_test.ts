import assert from "node:assert/strict";
import { integrate, integrateOverSupport, supportInterval } from "../lib/quadrature.ts";
import { normal } from "../lib/distributions/normal.ts";
import { uniform } from "../lib/distributions/uniform.ts";
import { normalMixture } from "../lib/distributions/mixture.ts";
import { empirical } from "../lib/distributions/empirical.ts";
import type { Distribution } from "../lib/distributions/distribution.ts";

function assertClose(actual: number, expected: number, tolerance: number, label = "value"): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${label}: ${actual} is not within ${tolerance} of ${expected}`,
  );
}

Deno.test("integrate() computes known integrals", () => {
  const cases: [string, (x: number) => number, number, number, number][] = [
    ["sin on [0, π]", Math.sin, 0, Math.PI, 2],
    ["exp on [0, 1]", Math.exp, 0, 1, Math.E - 1],
    ["1/(1 + x²) on [−1, 1]", (x) => 1 / (1 + x * x), -1, 1, Math.PI / 2],
    ["√x on [0, 1]", Math.sqrt, 0, 1, 2 / 3],
    ["|x − 0.3| on [−1, 1]", (x) => Math.abs(x - 0.3), -1, 1, (1.3 ** 2 + 0.7 ** 2) / 2],
    ["step at 0.3 on [0, 1]", (x) => (x < 0.3 ? 0 : 1), 0, 1, 0.7],
    ["exp(−x²/2) on [−40, 40]", (x) => Math.exp(-0.5 * x * x), -40, 40, Math.sqrt(2 * Math.PI)],
    ["cos(50x) on [0, 2π]", (x) => Math.cos(50 * x), 0, 2 * Math.PI, 0],
  ];
  for (const [label, f, a, b, expected] of cases) {
    assertClose(integrate(f, a, b), expected, 1e-10, label);
  }
});

Deno.test("integrate() honours a loose tolerance", () => {
  // ∫_{−2}^{2} exp(−x²) dx = √π·erf(2), with erf(2) from Python 3's math.erf.
  const expected = Math.sqrt(Math.PI) * 0.9953222650189527;
  const value = integrate((x) => Math.exp(-x * x), -2, 2, { tolerance: 1e-3 });
  assertClose(value, expected, 1e-3);
});

Deno.test("integrate() with maxDepth 0 does not halve further", () => {
  // With maxDepth 0 the result is the 15-point Kronrod rule on each half of [a, b]. That rule is
  // exact for polynomials up to degree 22, and it cannot resolve a jump inside a half.
  const options = { maxDepth: 0 };
  assertClose(integrate((x) => x ** 22, -1, 1, options), 2 / 23, 1e-15, "x^22 on [−1, 1]");
  const step = (x: number) => (x < 0.3 ? 0 : 1);
  const error = Math.abs(integrate(step, 0, 1, options) - 0.7);
  assert.ok(error > 1e-3, `a jump should leave an error above 1e-3, not ${error}`);
});

Deno.test("integrate() gives 1 for normal densities", () => {
  for (const p of [normal(0, 1), normal(4, 1.25), normal(-3, 0.01), normal(1e3, 50)]) {
    const [lower, upper] = supportInterval(p);
    assertClose(integrate(p.density, lower, upper), 1, 1e-10, p.name);
  }
});

Deno.test("integrate() of the normal density gives the cdf", () => {
  const p = normal(4, 1.25);
  const [lower] = supportInterval(p);
  for (const x of [-1, 2, 4, 5.5, 9]) {
    assertClose(integrate(p.density, lower, x), p.cdf(x), 1e-10, `cdf(${x})`);
  }
});

Deno.test("integrate() throws on invalid arguments", () => {
  const constant = () => 1;
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [() => integrate("sin" as never, 0, 1), TypeError, 'f must be a function: f="sin"'],
    [() => integrate(constant, NaN, 1), RangeError, "a must be a finite number: a=NaN"],
    [() => integrate(constant, 0, Infinity), RangeError, "b must be a finite number: b=Infinity"],
    [() => integrate(constant, 1, 1), RangeError, "b must be greater than a=1: b=1"],
    [
      () => integrate(constant, 0, 1, { tolerance: 0 }),
      RangeError,
      "options.tolerance must be positive: options.tolerance=0",
    ],
    [
      () => integrate(constant, 0, 1, { maxDepth: 2.5 }),
      RangeError,
      "options.maxDepth must be an integer >= 0: options.maxDepth=2.5",
    ],
    [() => integrate(() => NaN, 0, 1), RangeError, "f(0.5) must be a finite number: f(0.5)=NaN"],
    [() => integrate(() => "1" as never, 0, 1), TypeError, 'f(0.5) must be a number: f(0.5)="1"'],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, { name: type.name, message: `Cannot integrate as ${text}` });
  }
});

Deno.test("supportInterval() of a normal is about mean ± 7.35 sd", () => {
  // Φ⁻¹(1e-13) = −7.348796 (SciPy 1.17 norm.ppf). The upper end is found from 1 − cdf(x), which
  // near 1 is known only to about 1e-16, or 0.1% of 1e-13, so it gets a looser tolerance.
  const [lower, upper] = supportInterval(normal(4, 1.25));
  assertClose(lower, 4 - 7.348796 * 1.25, 1e-5, "lower");
  assertClose(upper, 4 + 7.348796 * 1.25, 1e-3, "upper");
  const [unionLower, unionUpper] = supportInterval(normal(0, 1), normal(10, 0.5));
  assertClose(unionLower, -7.348796, 1e-5, "union lower");
  assertClose(unionUpper, 10 + 7.348796 * 0.5, 1e-3, "union upper");
});

Deno.test("supportInterval() leaves at most 1e-13 in each tail", () => {
  const cases: Distribution[] = [
    normal(4, 1.25),
    uniform(-1, 1),
    normalMixture([{ weight: 1, mu: 0, sigma: 0.01 }, { weight: 0.001, mu: 0, sigma: 1 }]),
  ];
  for (const p of cases) {
    const [lower, upper] = supportInterval(p);
    assert.ok(p.cdf(lower) <= 1e-13, `${p.name}: lower tail ${p.cdf(lower)}`);
    assert.ok(1 - p.cdf(upper) <= 1e-13, `${p.name}: upper tail ${1 - p.cdf(upper)}`);
    assert.ok(p.cdf(lower) > 0.9e-13, `${p.name}: lower end not tight`);
    assert.ok(1 - p.cdf(upper) > 0.9e-13, `${p.name}: upper end not tight`);
  }
});

Deno.test("supportInterval() widens a sample by 12 bandwidths", () => {
  const p = empirical([1, 3, 7], { bandwidth: 0.5 });
  assert.deepEqual(supportInterval(p), [-5, 13]);
  const [lower, upper] = supportInterval(p, normal(0, 1));
  assertClose(lower, -7.348796, 1e-5, "lower end from N(0, 1)");
  assert.equal(upper, 13);
});

Deno.test("supportInterval() throws on invalid arguments", () => {
  const flat: Distribution = { ...normal(0, 1), cdf: () => 0.5 };
  const point: Distribution = { ...normal(0, 1), variance: 0 };
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [() => supportInterval(), RangeError, "distributions.length must be at least 1"],
    [
      () => supportInterval(normal(0, 1), {} as never),
      TypeError,
      "distributions[1] must be a distribution: distributions[1]={}",
    ],
    [
      () => supportInterval(point),
      RangeError,
      "distributions[0].variance must be positive: distributions[0].variance=0",
    ],
    [
      () => supportInterval(flat),
      RangeError,
      "distributions[0].cdf must be a CDF that tends to 0 and 1: distributions[0].cdf=a function",
    ],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, (error: Error) => {
      assert.ok(error instanceof type, `${error} should be a ${type.name}`);
      assert.ok(
        error.message.startsWith(`Cannot find a support interval as ${text}`),
        error.message,
      );
      return true;
    });
  }
});

Deno.test("integrateOverSupport() finds a narrow density", () => {
  // N(−2, 0.1²) is 1/50 as wide as N(3, 5²), whose support interval of width 120 is used.
  const narrow = normal(-2, 0.1);
  const wide = normal(3, 5);
  assertClose(integrateOverSupport(narrow.density, [narrow, wide]), 1, 1e-10, "narrow");
  assertClose(integrateOverSupport(wide.density, [narrow, wide]), 1, 1e-10, "wide");
  const mixture = normalMixture([{ weight: 1, mu: -40, sigma: 0.05 }, {
    weight: 1,
    mu: 40,
    sigma: 5,
  }]);
  assertClose(integrateOverSupport(mixture.density, [mixture]), 1, 1e-10, "mixture");
});

Deno.test("integrateOverSupport() honours its options", () => {
  const p = normal(0, 1);
  const half = integrateOverSupport(p.density, [p], { interval: [0, 40] });
  assertClose(half, 0.5, 1e-10, "interval [0, 40]");
  const loose = integrateOverSupport(p.density, [p], { tolerance: 1e-4 });
  assertClose(loose, 1, 1e-4, "tolerance 1e-4");
  const flat = uniform(-1, 1);
  assertClose(integrateOverSupport(flat.density, [flat]), 1, 1e-10, flat.name);
});

Deno.test("integrateOverSupport() throws on invalid arguments", () => {
  const p = normal(0, 1);
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [
      () => integrateOverSupport(p.density, p as never),
      TypeError,
      "distributions must be an array",
    ],
    [
      () => integrateOverSupport(p.density, [p, null as never]),
      TypeError,
      "distributions[1] must be a distribution: distributions[1]=null",
    ],
    [
      () => integrateOverSupport(p.density, [p], { interval: [0] as never }),
      TypeError,
      "options.interval must be an array [lower, upper]: options.interval=an array of length 1",
    ],
    [
      () => integrateOverSupport(p.density, [p], { interval: [0, NaN] }),
      RangeError,
      "options.interval[1] must be a finite number: options.interval[1]=NaN",
    ],
    [
      () => integrateOverSupport(p.density, [p], { interval: [1, 0] }),
      RangeError,
      "options.interval[1] must be greater than options.interval[0]=1: options.interval[1]=0",
    ],
    [
      () => integrateOverSupport(p.density, [p], { tolerance: -1 }),
      RangeError,
      "options.tolerance must be positive: options.tolerance=-1",
    ],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, (error: Error) => {
      assert.ok(error instanceof type, `${error} should be a ${type.name}`);
      const prefix = `Cannot integrate over the support as ${text}`;
      assert.ok(error.message.startsWith(prefix), error.message);
      return true;
    });
  }
});
