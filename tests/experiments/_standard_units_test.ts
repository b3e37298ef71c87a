import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { _standardize, _toDataUnits } from "../../lib/experiments/_standard_units.ts";

Deno.test("_standardize() gives mean 0 and variance 1", () => {
  const { scale, standardized } = _standardize(normal(4, 1.25));
  assert.deepEqual(scale, { mean: 4, sd: 1.25 });
  assert.ok(Math.abs(standardized.mean) < 1e-15);
  assert.ok(Math.abs(standardized.variance - 1) < 1e-15);
  assert.ok(Math.abs(standardized.cdf(1) - normal(0, 1).cdf(1)) < 1e-15);
});

Deno.test("_toDataUnits() keeps G(z) and D(x)", () => {
  const standard = { w1: -0.8, b1: 0.3, w2: 1.7, b2: -0.4, c2: 0.6 };
  const scale = { mean: 200, sd: 14 };
  const data = _toDataUnits(standard, scale);
  for (const z of [-2, 0, 1.5]) {
    const x = data.w1 * z + data.b1;
    assert.ok(Math.abs(x - (scale.mean + scale.sd * (standard.w1 * z + standard.b1))) < 1e-9);
  }
  for (const x of [170, 200, 231]) {
    const u = (x - scale.mean) / scale.sd;
    const standardLogit = standard.c2 * u * u + standard.w2 * u + standard.b2;
    const dataLogit = data.c2 * x * x + data.w2 * x + data.b2;
    assert.ok(Math.abs(dataLogit - standardLogit) < 1e-8, `x = ${x}`);
  }
});
