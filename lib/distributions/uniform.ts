// The continuous uniform distribution U(min, max): a flat density on [min, max]. As a noise prior
// p(z) it shows that a linear generator can only stretch and shift it, so it never looks normal.

import { randomUniform } from "d3-random";
import { assertFinite, message } from "../_validate.ts";
import type { Source } from "../random.ts";
import type { Distribution } from "./distribution.ts";
import { assertSampleInto, assertSampleSize, fillFrom, formatNumber } from "./_sampling.ts";

/**
 * Creates the uniform distribution U(min, max).
 *
 * @param min The lower end of the support, any finite number.
 * @param max The upper end of the support, a finite number greater than `min`.
 * @returns The distribution, with density 1/(max − min) on the closed interval [min, max] and
 * 0 outside, sampled with `d3-random`'s `randomUniform` (draws lie in [min, max)). Its
 * `sample(n, source)` and `sampleInto(out, source)` throw a `RangeError` unless `n` is an integer
 * >= 0, and a `TypeError` unless `out` is a `Float64Array` and `source` a function.
 * @throws {TypeError} If `min` or `max` is not a number.
 * @throws {RangeError} If `min` or `max` is not finite, or `max` is not greater than `min`.
 *
 * @example Density, CDF and a seeded sample
 * ```ts
 * import { uniform } from "./uniform.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const z = uniform(-1, 1);
 * assert.equal(z.name, "U(-1, 1)");
 * assert.equal(z.density(0), 0.5);
 * assert.equal(z.cdf(0.5), 0.75);
 * assert.ok(z.sample(100, seededSource(1)).every((x) => x >= -1 && x < 1));
 * ```
 */
export function uniform(min: number, max: number): Distribution {
  const action = "create a uniform distribution";
  assertFinite(action, "min", min);
  assertFinite(action, "max", max);
  if (!(max > min)) throw new RangeError(message(action, "max", `greater than min=${min}`, max));

  const width = max - min;
  return {
    name: `U(${formatNumber(min)}, ${formatNumber(max)})`,
    mean: min + width / 2,
    variance: (width * width) / 12,
    density(x) {
      return x >= min && x <= max ? 1 / width : 0;
    },
    cdf(x) {
      if (x <= min) return 0;
      if (x >= max) return 1;
      return (x - min) / width;
    },
    sampleInto(out, source: Source) {
      assertSampleInto(out, source);
      return fillFrom(out, randomUniform.source(source)(min, max));
    },
    sample(n, source: Source) {
      assertSampleSize(n);
      return this.sampleInto(new Float64Array(n), source);
    },
  };
}
