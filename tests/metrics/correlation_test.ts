import assert from "node:assert/strict";
import { correlation } from "../../lib/metrics/correlation.ts";

Deno.test("correlation() of a hand-computed case", () => {
  // x = [1, 2, 3] and y = [1, 3, 2] have means 2 and 2.
  // dx = [−1, 0, 1], dy = [−1, 1, 0]: Σ dx·dy = 1, Σ dx² = 2, Σ dy² = 2, so r = 1/2.
  assert.ok(Math.abs(correlation([1, 2, 3], [1, 3, 2]) - 0.5) < 1e-15);
});

Deno.test("correlation() is ±1 for affine copies", () => {
  const x = [181, 186, 195, 193, 190, 217, 230];
  const up = x.map((value) => 0.01 * value - 2);
  const down = x.map((value) => -3 * value + 700);
  assert.ok(Math.abs(correlation(x, up) - 1) < 1e-12);
  assert.ok(Math.abs(correlation(x, down) + 1) < 1e-12);
});

Deno.test("correlation() ignores a large offset", () => {
  // A naive Σxy − n·x̄·ȳ loses every digit at an offset of 1e8.
  const x = [1, 2, 3].map((value) => value + 1e8);
  assert.ok(Math.abs(correlation(x, [1, 3, 2]) - 0.5) < 1e-9);
});

Deno.test("correlation() stays within [−1, 1]", () => {
  const x = Array.from({ length: 1000 }, (_, i) => 0.1 * i + 1 / 3);
  const r = correlation(x, x);
  assert.ok(r <= 1, `r = ${r}`);
  assert.ok(r > 1 - 1e-15, `r = ${r}`);
});

Deno.test("correlation() rejects bad samples", () => {
  assert.throws(
    () => correlation([1, 2], [1, 2, 3]),
    /y.length must be x.length \(2\): y.length=3/,
  );
  assert.throws(() => correlation([1, 1, 1], [1, 2, 3]), /x must be not all equal/);
  assert.throws(() => correlation([1, 2, 3], [4, 4, 4]), /y must be not all equal/);
  assert.throws(() => correlation([1], [1]), RangeError);
  assert.throws(() => correlation([1, NaN], [1, 2]), /x\[1\] must be a finite number/);
  assert.throws(() => correlation("12" as never, [1, 2]), TypeError);
});
