// Helpers shared by the distribution modules.

import { assertFunction, assertInteger, message } from "../_validate.ts";

/** Fills `out` with successive calls of `draw` and returns `out`. */
export function fillFrom(out: Float64Array, draw: () => number): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = draw();
  return out;
}

/** Throws unless `out` is a `Float64Array` and `source` a function, as `sampleInto` requires. */
export function assertSampleInto(out: unknown, source: unknown): void {
  if (!(out instanceof Float64Array)) {
    throw new TypeError(message("sample", "out", "a Float64Array", out));
  }
  assertFunction("sample", "source", source);
}

/** Throws unless the sample size `n` of `sample(n, source)` is an integer >= 0. */
export function assertSampleSize(n: unknown): void {
  assertInteger("sample", "n", n, 0);
}

/** Formats a parameter for a distribution's name: at most 3 significant digits, no trailing 0s. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(3)));
}
