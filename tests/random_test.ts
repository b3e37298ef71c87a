import assert from "node:assert/strict";
import { randomLcg } from "d3-random";
import { seededSource } from "../lib/random.ts";

Deno.test("seededSource() equals d3's randomLcg bit for bit", () => {
  // Seeds in [0, 1) are scaled by 2³²; others lose their sign and fraction and wrap mod 2³².
  for (const seed of [0, 1, 42, 0.25, 0.999, -7, 2 ** 31, 2 ** 40 + 3, 20140610, 1e20]) {
    const ours = seededSource(seed);
    const theirs = randomLcg(seed);
    for (let i = 0; i < 10_000; i++) {
      const expected = theirs();
      const actual = ours();
      assert.ok(Object.is(actual, expected), `seed ${seed}, call ${i}: ${actual} !== ${expected}`);
    }
  }
});

Deno.test("seededSource() returns numbers in [0, 1)", () => {
  const source = seededSource(3);
  for (let i = 0; i < 10_000; i++) {
    const value = source();
    assert.ok(value >= 0, `call ${i}: ${value}`);
    assert.ok(value < 1, `call ${i}: ${value}`);
  }
});

Deno.test("seededSource() throws on a non-finite seed", () => {
  assert.throws(() => seededSource(NaN), RangeError);
  assert.throws(() => seededSource(Infinity), RangeError);
  assert.throws(() => seededSource("1" as unknown as number), TypeError);
});
