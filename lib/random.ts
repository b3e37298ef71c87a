// Seeded pseudo-random sources. Every sampler in this library takes a source: a function with
// `Math.random`'s contract, returning a number in [0, 1). Passing the same seeded source gives
// the same numbers, bit for bit.

import { randomLcg } from "d3-random";
import { assertFinite } from "./_validate.ts";

/** A pseudo-random source with `Math.random`'s contract: each call returns a number in [0, 1). */
export type Source = () => number;

/**
 * Creates a seeded source: a linear congruential generator from `d3-random`.
 *
 * @param seed Any finite number; the same seed gives the same sequence.
 * @returns A source whose calls return numbers in [0, 1).
 * @throws {TypeError} If `seed` is not a number.
 * @throws {RangeError} If `seed` is not finite.
 *
 * @example Same seed, same numbers
 * ```ts
 * import { seededSource } from "./random.ts";
 * import assert from "node:assert/strict";
 *
 * const a = seededSource(42);
 * const b = seededSource(42);
 * assert.deepEqual([a(), a()], [b(), b()]);
 * ```
 */
export function seededSource(seed: number): Source {
  assertFinite("create a seeded source", "seed", seed);
  return randomLcg(seed);
}
