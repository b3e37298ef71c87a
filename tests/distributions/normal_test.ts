import assert from "node:assert/strict";
import { randomNormal } from "d3-random";
import { normal } from "../../lib/distributions/normal.ts";
import { seededSource } from "../../lib/random.ts";
import { assertSampleMoments } from "./_moments.ts";

// Draws `n` values from `source` with a new d3 `randomNormal`, the reference for one sampleInto call.
function d3Sample(n: number, mu: number, sigma: number, source: () => number): number[] {
  const draw = randomNormal.source(source)(mu, sigma);
  return Array.from({ length: n }, () => draw());
}

function assertIdentical(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    assert.ok(Object.is(actual[i], expected[i]), `index ${i}: ${actual[i]} !== ${expected[i]}`);
  }
}

Deno.test("normal() samples equal d3-random's bit for bit", () => {
  for (const n of [1, 2, 3, 64, 1001]) {
    for (const seed of [1, 42, 0.25]) {
      const actual = normal(4, 1.25).sample(n, seededSource(seed));
      assertIdentical(actual, d3Sample(n, 4, 1.25, seededSource(seed)));
    }
  }
});

Deno.test("normal() odd batches drop the spare value", () => {
  const p = normal(0, 1);
  const ours = seededSource(7);
  const theirs = seededSource(7);
  for (const n of [3, 5, 63]) {
    assertIdentical(p.sample(n, ours), d3Sample(n, 0, 1, theirs));
  }
});

Deno.test("normal() sample moments", () => {
  const sigma = 1.25;
  assertSampleMoments(normal(4, sigma), 3 * sigma ** 4);
  assertSampleMoments(normal(0, 1), 3);
});
