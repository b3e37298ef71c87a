import assert from "node:assert/strict";
import { measuredRate } from "../../lib/dirac/growth.ts";

const pathOf = (radius: number[]) => {
  const values = Float64Array.from(radius);
  return { b1: values, w2: new Float64Array(values.length), radius: values };
};

Deno.test("measuredRate() recovers a geometric factor", () => {
  const radius = Array.from({ length: 50 }, (_, k) => 2 * 0.97 ** k);
  assert.ok(Math.abs(measuredRate(pathOf(radius)) - 0.97) < 1e-14);
});

Deno.test("measuredRate() fits only the window", () => {
  // Shrinks by half for 10 steps, then stays flat.
  const radius = Array.from({ length: 30 }, (_, k) => 0.5 ** Math.min(k, 10));
  assert.ok(Math.abs(measuredRate(pathOf(radius), { to: 10 }) - 0.5) < 1e-14);
  assert.ok(Math.abs(measuredRate(pathOf(radius), { from: 10 }) - 1) < 1e-14);
});

Deno.test("measuredRate() averages a wobble out", () => {
  // A factor 1.01 per step times a wobble of ±5% with period 20: the fit over 10 periods.
  const radius = Array.from(
    { length: 201 },
    (_, k) => 1.01 ** k * (1 + 0.05 * Math.sin((2 * Math.PI * k) / 20)),
  );
  assert.ok(Math.abs(measuredRate(pathOf(radius)) - 1.01) < 2e-4);
});

Deno.test("measuredRate() rejects bad paths", () => {
  assert.throws(
    () => measuredRate(pathOf([1, 0, 1])),
    (error: Error) =>
      error instanceof RangeError &&
      error.message ===
        "Cannot measure the growth rate as path.radius[1] must be positive: path.radius[1]=0",
  );
  assert.throws(
    () => measuredRate(pathOf([1, 2, 3]), { to: 3 }),
    (error: Error) =>
      error instanceof RangeError &&
      error.message ===
        "Cannot measure the growth rate as options.to must be at most 2: options.to=3",
  );
  assert.throws(() => measuredRate(pathOf([1])), RangeError);
  assert.throws(() => measuredRate(pathOf([1, 2, 3]), { from: 2, to: 2 }), RangeError);
});
