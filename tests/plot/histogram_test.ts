import assert from "node:assert/strict";
import { densityHistogram } from "../../lib/plot/histogram.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { seededSource } from "../../lib/random.ts";

function area(bins: ReturnType<typeof densityHistogram>): number {
  return bins.reduce((sum, bin) => sum + bin.density * (bin.x1 - bin.x0), 0);
}

Deno.test("densityHistogram() areas sum to 1", () => {
  const sample = normal(4, 1.25).sample(1000, seededSource(7));
  const bins = densityHistogram(sample);
  assert.ok(Math.abs(area(bins) - 1) < 1e-12);
  assert.equal(bins.reduce((sum, bin) => sum + bin.count, 0), 1000);
});

Deno.test("densityHistogram() spans the sample", () => {
  const sample = [2, 9, 4, 7, 5];
  const bins = densityHistogram(sample, { bins: 7 });
  assert.equal(bins.length, 7);
  assert.equal(bins[0].x0, 2);
  assert.equal(bins[6].x1, 9);
  for (let i = 1; i < bins.length; i++) assert.equal(bins[i].x0, bins[i - 1].x1);
});

Deno.test("densityHistogram() puts the maximum in the last bin", () => {
  const bins = densityHistogram([0, 1, 2, 3, 4], { bins: 4 });
  assert.deepEqual(bins.map((bin) => bin.count), [1, 1, 1, 2]);
});

Deno.test("densityHistogram() approximates the normal density", () => {
  const p = normal(0, 1);
  const bins = densityHistogram(p.sample(20000, seededSource(3)), { bins: 40 });
  const middle = bins.find((bin) => bin.x0 <= 0 && 0 < bin.x1)!;
  assert.ok(Math.abs(middle.density - p.density(0)) < 0.03, `density ${middle.density}`);
});

Deno.test("densityHistogram() default bin count stays in [5, 80]", () => {
  assert.equal(densityHistogram([1.5, 2]).length, 5);
  const wide = normal(0, 1).sample(100000, seededSource(1));
  assert.equal(densityHistogram(wide).length, 80);
});

Deno.test("densityHistogram() gives integers whole-number bins", () => {
  const records = Array.from({ length: 300 }, (_, i) => 170 + (i % 61));
  const bins = densityHistogram(records);
  for (const bin of bins) {
    assert.ok(Number.isInteger(bin.x1 - bin.x0), `width ${bin.x1 - bin.x0}`);
    assert.equal(bin.x0 % 1, 0.5);
  }
  assert.equal(bins[0].x0, 169.5);
  assert.ok(Math.abs(area(bins) - 1) < 1e-12);
  assert.deepEqual(densityHistogram([1, 2]).map((bin) => bin.count), [1, 1]);
});

Deno.test("densityHistogram() gives equal values one bin", () => {
  const bins = densityHistogram([3, 3, 3]);
  assert.deepEqual(bins, [{ x0: 2.5, x1: 3.5, count: 3, density: 1 }]);
});

Deno.test("densityHistogram() rejects bad input", () => {
  assert.throws(() => densityHistogram([]), {
    name: "RangeError",
    message: "Cannot compute a density histogram as samples.length must be non-empty: " +
      "samples.length=0",
  });
  assert.throws(() => densityHistogram([1, NaN]), { name: "RangeError" });
  assert.throws(() => densityHistogram([1, 2], { bins: 0 }), {
    name: "RangeError",
    message: "Cannot compute a density histogram as bins must be an integer >= 1: bins=0",
  });
});
