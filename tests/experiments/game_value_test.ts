import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { optimalGameValues } from "../../lib/experiments/game_value.ts";
import { klNormal } from "../../lib/metrics/kl.ts";

const data = normal(4, 1.25);

Deno.test("optimalGameValues() agrees with −log 4 + 2·JS", () => {
  const generators = [-2, -1.25, -0.5, 0.5, 1.25, 2].flatMap((w1) =>
    [0, 2, 4, 6].map((b1) => ({ w1, b1 }))
  );
  for (const point of optimalGameValues(data, generators)) {
    const where = `w1 = ${point.w1}, b1 = ${point.b1}`;
    assert.ok(Math.abs(point.value - point.fromJs) < 1e-9, where);
    assert.equal(point.fromJs, -Math.log(4) + 2 * point.js);
    assert.ok(point.value >= -Math.log(4) - 1e-12, where);
  }
});

Deno.test("optimalGameValues() is lowest at p_g = p_data", () => {
  const points = optimalGameValues(data, [
    { w1: 1.25, b1: 4 },
    { w1: -1.25, b1: 4 },
    { w1: 1.3, b1: 4 },
    { w1: 1.25, b1: 4.05 },
  ]);
  assert.ok(Math.abs(points[0].value + Math.log(4)) < 1e-9);
  assert.equal(points[1].value, points[0].value); // w1 and −w1 give the same p_g
  assert.ok(points[2].value > points[0].value + 1e-6);
  assert.ok(points[3].value > points[0].value + 1e-6);
});

Deno.test("optimalGameValues() saturates at 0 for far p_g", () => {
  // Far apart, JS → log 2 and V(D*, G) → 0: D* separates every sample.
  const [far] = optimalGameValues(data, [{ w1: 1, b1: -100 }]);
  assert.ok(Math.abs(far.value) < 1e-9, `value ${far.value}`);
  assert.ok(Math.abs(far.js - Math.LN2) < 1e-9);
});

Deno.test("optimalGameValues() JS meets the KL bound", () => {
  // JS(p‖q) ≤ ¼·(KL(p‖q) + KL(q‖p)), from the convexity of KL in its second argument.
  const [point] = optimalGameValues(data, [{ w1: 0.8, b1: 3 }]);
  const p = { mu: 4, sigma: 1.25 }, q = { mu: 3, sigma: 0.8 };
  assert.ok(point.js > 0);
  assert.ok(point.js <= (klNormal(p, q) + klNormal(q, p)) / 4);
});

Deno.test("optimalGameValues() rejects a point mass", () => {
  assert.throws(() => optimalGameValues(data, [{ w1: 1, b1: 0 }, { w1: 0, b1: 4 }]), {
    name: "RangeError",
    message: "Cannot compute the game values against D* as generators[1].w1 must be non-zero, " +
      "since w1 = 0 is a point mass at b1: generators[1].w1=0",
  });
  assert.throws(() => optimalGameValues(data, [{ w1: 1 } as never]), TypeError);
  assert.throws(() => optimalGameValues({} as never, []), TypeError);
});
