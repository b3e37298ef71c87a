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

// Asserts that two samples of N(mu, ·) agree to within 4·2^−52 times the larger of |mu| and the
// deviation from mu, about 4 units in the last place. The library's polar sampler takes ln r from _log, which
// differs from Math.log by at most one unit in the last place, so its draws can differ from d3's
// in their last bits.
function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, mu: number): void {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    const scale = Math.max(Math.abs(mu), Math.abs(expected[i] - mu));
    const gap = Math.abs(actual[i] - expected[i]);
    assert.ok(gap <= 4 * 2 ** -52 * scale, `index ${i}: ${actual[i]} vs ${expected[i]}`);
  }
}

Deno.test("normal() samples match d3-random's", () => {
  for (const n of [1, 2, 3, 64, 1001]) {
    for (const seed of [1, 42, 0.25]) {
      const ours = seededSource(seed);
      const theirs = seededSource(seed);
      assertClose(normal(4, 1.25).sample(n, ours), d3Sample(n, 4, 1.25, theirs), 4);
      // both took the same number of values from their sources
      assert.equal(ours(), theirs(), `n=${n}, seed=${seed}`);
    }
  }
});

Deno.test("normal() odd batches drop the spare value", () => {
  const p = normal(0, 1);
  const ours = seededSource(7);
  const theirs = seededSource(7);
  for (const n of [3, 5, 63]) {
    assertClose(p.sample(n, ours), d3Sample(n, 0, 1, theirs), 0);
  }
});

Deno.test("normal() sample moments", () => {
  const sigma = 1.25;
  assertSampleMoments(normal(4, sigma), 3 * sigma ** 4);
  assertSampleMoments(normal(0, 1), 3);
});
