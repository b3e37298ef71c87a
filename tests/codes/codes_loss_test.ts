import assert from "node:assert/strict";
import { codesGradient, codesLoss } from "../../lib/codes/codes_loss.ts";
import { assertClose, centralDifference } from "../model/_gradient_check.ts";

const data = [2.7, 4.1, 5.9, 3.3, 4.6];
const codes = [-0.8, 0.3, 1.7, -0.2, 0.9];

Deno.test("codesLoss() of a hand-computed case", () => {
  // Residuals of x̂ = 0.5·z + 1 on x = [1, 3] with z = [2, 2]: [1, −1]; mean r² = 1.
  // Penalty 0.25·(mean z² + w1²) = 0.25·(4 + 0.25).
  assert.equal(codesLoss([1, 3], [2, 2], { w1: 0.5, b1: 1 }, 0.25), 1 + 0.25 * 4.25);
});

Deno.test("codesGradient() matches finite differences", () => {
  const decoders = [{ w1: 1, b1: 0 }, { w1: -1.3, b1: 4.2 }, { w1: 0.05, b1: -2 }];
  for (const decoder of decoders) {
    for (const penalty of [0, 0.01, 0.7]) {
      const gradient = codesGradient(data, codes, decoder, penalty);
      const label = JSON.stringify({ decoder, penalty });
      for (const name of ["w1", "b1"] as const) {
        const numeric = centralDifference(
          (value) => codesLoss(data, codes, { ...decoder, [name]: value }, penalty),
          decoder[name],
        );
        assertClose(gradient[name], numeric, `${label} ${name}`);
      }
      for (let i = 0; i < codes.length; i++) {
        const numeric = centralDifference((value) => {
          const moved = codes.with(i, value);
          return codesLoss(data, moved, decoder, penalty);
        }, codes[i]);
        assertClose(gradient.codes[i], numeric, `${label} z[${i}]`);
      }
    }
  }
});

Deno.test("codesGradient() vanishes at the closed-form minimum", () => {
  // For 0 < λ < s the minimum is b1 = x̄, w1² = s − λ, z_i = w1·(x_i − x̄)/s.
  const penalty = 0.1;
  const mean = data.reduce((sum, x) => sum + x, 0) / data.length;
  const s = Math.sqrt(data.reduce((sum, x) => sum + (x - mean) ** 2, 0) / data.length);
  const w1 = -Math.sqrt(s - penalty);
  const optimal = data.map((x) => (w1 * (x - mean)) / s);
  const gradient = codesGradient(data, optimal, { w1, b1: mean }, penalty);
  assert.ok(Math.abs(gradient.w1) < 1e-14, `w1: ${gradient.w1}`);
  assert.ok(Math.abs(gradient.b1) < 1e-14, `b1: ${gradient.b1}`);
  for (const value of gradient.codes) assert.ok(Math.abs(value) < 1e-14, `z: ${value}`);
});

Deno.test("codesLoss() rejects bad arguments", () => {
  const decoder = { w1: 1, b1: 0 };
  assert.throws(
    () => codesLoss([1, 2], [1], decoder, 0),
    /Cannot compute the codes loss as codes.length must be as long as data \(2\): codes.length=1/,
  );
  assert.throws(() => codesLoss([1, 2], [1, 2], decoder, -1), /penalty must be non-negative/);
  assert.throws(() => codesLoss([], [], decoder, 0), /data.length must be non-empty/);
  assert.throws(() => codesGradient([1], [NaN], decoder, 0), /codes\[0\] must be a finite number/);
  assert.throws(() => codesGradient([1], [1], { w1: 1 } as never, 0), /b1 must be a number/);
  assert.throws(() => codesGradient([1], [1], null as never, 0), /decoder must be an object/);
});
