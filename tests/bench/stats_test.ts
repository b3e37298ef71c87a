import assert from "node:assert/strict";
import { disagreeingParameters, isBounded, median, summarize } from "../../bench/stats.ts";

Deno.test("median() of odd and even counts", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
});

Deno.test("median() leaves its input unsorted", () => {
  const values = [3, 1, 2];
  median(values);
  assert.deepEqual(values, [3, 1, 2]);
});

Deno.test("median() throws on no values", () => {
  assert.throws(() => median([]), RangeError);
});

Deno.test("summarize() gives mean and sample sd", () => {
  const { mean, sd } = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
  assert.equal(mean, 5);
  assert.ok(Math.abs(sd - Math.sqrt(32 / 7)) < 1e-12);
  assert.deepEqual(summarize([3]), { mean: 3, sd: 0 });
  assert.throws(() => summarize([]), RangeError);
});

Deno.test("disagreeingParameters() names the far ones", () => {
  const a = { w1: { mean: 0.27, sd: 0 }, b1: { mean: 4.0, sd: 0 } };
  const b = { w1: { mean: 0.26, sd: 0 }, b1: { mean: 3.5, sd: 0 } };
  assert.deepEqual(disagreeingParameters(a, b, 0.1), ["b1"]);
  assert.deepEqual(disagreeingParameters(a, a, 0.1), []);
});

Deno.test("disagreeingParameters() flags NaN", () => {
  const a = { b1: { mean: NaN, sd: 0 } };
  const b = { b1: { mean: 4, sd: 0 } };
  assert.deepEqual(disagreeingParameters(a, b, 0.1), ["b1"]);
});

Deno.test("isBounded() allows the stated growth only", () => {
  assert.ok(isBounded(100, 110, 0.1));
  assert.ok(isBounded(100, 90, 0.1));
  assert.ok(!isBounded(100, 111, 0.1));
});
