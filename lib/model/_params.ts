// Argument checks for the model's parameter objects and for distributions passed in as data or
// noise. They follow lib/_validate.ts: a `TypeError` for a wrong type, a `RangeError` for a bad
// value, and the library's standard message.

import { assertFinite, message } from "../_validate.ts";
import type { Distribution } from "../distributions/distribution.ts";

/** Throws a `TypeError` unless `value` is a non-null object (not an array). */
export function _assertObject(
  action: string,
  name: string,
  value: unknown,
  rule: string,
): asserts value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(message(action, name, rule, value));
  }
}

/**
 * Throws unless `value` is `{ w1, b1 }` with finite numbers. Errors call the object `name` and
 * its fields `prefix` + field name, such as `init.w1`.
 */
export function _assertGeneratorParams(
  action: string,
  value: unknown,
  name = "params",
  prefix = "",
): void {
  _assertObject(action, name, value, "an object { w1, b1 }");
  assertFinite(action, `${prefix}w1`, value.w1);
  assertFinite(action, `${prefix}b1`, value.b1);
}

/** Throws unless `value` is `{ w2, b2, c2? }` with finite numbers; names as above. */
export function _assertDiscriminatorParams(
  action: string,
  value: unknown,
  name = "params",
  prefix = "",
): void {
  _assertObject(action, name, value, "an object { w2, b2, c2? }");
  assertFinite(action, `${prefix}w2`, value.w2);
  assertFinite(action, `${prefix}b2`, value.b2);
  if (value.c2 !== undefined) assertFinite(action, `${prefix}c2`, value.c2);
}

/** Throws a `TypeError` unless `value` looks like a `Distribution` (it has `sampleInto`). */
export function _assertDistribution(
  action: string,
  name: string,
  value: unknown,
): asserts value is Distribution {
  const ok = typeof value === "object" && value !== null &&
    typeof (value as Partial<Distribution>).sampleInto === "function";
  if (!ok) throw new TypeError(message(action, name, "a distribution with sampleInto", value));
}
