import assert from "node:assert/strict";
import { countDistinct } from "../../lib/metrics/distinct.ts";

Deno.test("countDistinct() counts repeated values once", () => {
  assert.equal(countDistinct([3]), 1);
  assert.equal(countDistinct([1, 2, 3, 4]), 4);
  assert.equal(countDistinct(new Float64Array([0.5, 0.5, 0.5])), 1);
  assert.equal(countDistinct([1.5, -2, 1.5, -2, 1.5, 7]), 3);
});

Deno.test("countDistinct() compares exactly", () => {
  assert.equal(countDistinct([0.1 + 0.2, 0.3]), 2);
  assert.equal(countDistinct([0, -0]), 1);
});

Deno.test("countDistinct() rejects bad samples", () => {
  assert.throws(() => countDistinct([]), /values.length must be non-empty/);
  assert.throws(() => countDistinct([1, Infinity]), /values\[1\] must be a finite number/);
  assert.throws(() => countDistinct(null as never), TypeError);
});
