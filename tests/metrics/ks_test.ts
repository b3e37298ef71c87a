import assert from "node:assert/strict";
import { ksStatistic } from "../../lib/metrics/ks.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { uniform } from "../../lib/distributions/uniform.ts";
import { empirical } from "../../lib/distributions/empirical.ts";
import { seededSource } from "../../lib/random.ts";

// sup_x |F_n(x) − F(x)| approached on a grid, with both sides of every jump of F_n.
function ksOnGrid(sample: number[], cdf: (x: number) => number, lower: number, upper: number) {
  const sorted = [...sample].sort((x, y) => x - y);
  const ecdf = (x: number) => sorted.filter((value) => value <= x).length / sorted.length;
  const points = [...sorted, ...sorted.map((x) => x - 1e-9)];
  for (let k = 0; k <= 10_000; k++) points.push(lower + ((upper - lower) * k) / 10_000);
  return Math.max(...points.map((x) => Math.abs(ecdf(x) - cdf(x))));
}

Deno.test("ksStatistic() computes two-sample cases by hand", () => {
  assert.equal(ksStatistic([1, 2, 3, 4], [3, 4, 5, 6]), 0.5);
  assert.equal(ksStatistic([1, 2, 3], [3, 2, 1]), 0);
  assert.equal(ksStatistic([0, 1], [5, 6, 7]), 1);
  // Ties across samples: at x = 2 both CDFs jump together, so the gap is 1/3 and never 2/3.
  assert.equal(ksStatistic([1, 2, 2], [2, 2, 2]), 1 / 3);
});

Deno.test("ksStatistic() is symmetric for two samples", () => {
  const a = [0.1, 3, -2, 5.5, 0.7];
  const b = new Float64Array([1, -1, 2.5]);
  assert.equal(ksStatistic(a, b), ksStatistic(b, a));
});

Deno.test("ksStatistic() matches a grid search against a cdf", () => {
  const sample = [0.3, -1.2, 0.8, 2.1, -0.4, 0.3, 1.7];
  const p = normal(0.2, 1.1);
  const expected = ksOnGrid(sample, (x) => p.cdf(x), -6, 6);
  assert.ok(Math.abs(ksStatistic(sample, p) - expected) < 1e-6);
  assert.equal(ksStatistic([0.25, 0.75], uniform(0, 1)), 0.25);
});

Deno.test("ksStatistic() compares an empirical distribution by its values", () => {
  const a = [0.5, 1.5, 2.5];
  const b = [1, 2, 2, 4];
  assert.equal(ksStatistic(a, empirical(b)), ksStatistic(a, b));
});

Deno.test("ksStatistic() is small for a sample of the same law", () => {
  // The asymptotic 1% critical value of the one-sample statistic is 1.63/√n.
  const n = 10_000;
  const p = normal(4, 1.25);
  const x = p.sample(n, seededSource(11));
  assert.ok(ksStatistic(x, p) < 1.63 / Math.sqrt(n), `${ksStatistic(x, p)}`);
  assert.ok(ksStatistic(x, normal(4.1, 1.25)) > 1.63 / Math.sqrt(n));
});

Deno.test("ksStatistic() throws on invalid arguments", () => {
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [() => ksStatistic([], [1]), RangeError, "a.length must be non-empty: a.length=0"],
    [() => ksStatistic([1], []), RangeError, "b.length must be non-empty: b.length=0"],
    [() => ksStatistic([1], "x" as never), TypeError, 'b must be a distribution: b="x"'],
    [
      () => ksStatistic([1], { cdf: 1 } as never),
      TypeError,
      'b must be a distribution: b={"cdf":1}',
    ],
    [() => ksStatistic([Infinity], [1]), RangeError, "a[0] must be a finite number: a[0]=Infinity"],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, { name: type.name, message: `Cannot compute the KS statistic as ${text}` });
  }
});
