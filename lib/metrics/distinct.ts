// The number of distinct values in a sample, such as the outputs of a generator. A generator fed
// fresh continuous noise almost never repeats itself. One fed a fixed set of K noise values can
// never produce more than K different outputs.

import { assertSample } from "../_validate.ts";

/**
 * Counts the distinct values of a sample, compared exactly as numbers (so 0 and −0 are one
 * value, and 0.1 + 0.2 differs from 0.3).
 *
 * @param values A non-empty array of finite numbers.
 * @returns The number of distinct values, an integer in [1, values.length].
 * @throws {TypeError} If `values` is not an array of numbers.
 * @throws {RangeError} If `values` is empty or contains a value that is not finite.
 *
 * @example Five values repeated
 * ```ts
 * import { countDistinct } from "./distinct.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(countDistinct([2, 5, 2, 7, 5, 2]), 3);
 * assert.equal(countDistinct([0, -0]), 1);
 * ```
 */
export function countDistinct(values: ArrayLike<number>): number {
  assertSample("count distinct values", "values", values);
  const seen = new Set<number>();
  for (let i = 0; i < values.length; i++) seen.add(values[i]);
  return seen.size;
}
