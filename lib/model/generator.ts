// The linear generator G(z) = w1·z + b1, and the distribution p_g of G(z) when z is drawn from a
// noise prior p(z). With the default prior z ~ N(0, 1), p_g is the normal N(b1, w1²).

import { assertInteger, assertSample, message } from "../_validate.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { formatNumber } from "../distributions/_sampling.ts";
import { normal } from "../distributions/normal.ts";
import type { Source } from "../random.ts";
import { assertDistribution } from "../distributions/_assert.ts";
import { _assertDistribution, _assertGeneratorParams } from "./_params.ts";
import { _toFloat64 } from "./_batch.ts";

/** The generator's parameters: the slope `w1` and the offset `b1` of G(z) = w1·z + b1. */
export type GeneratorParams = { w1: number; b1: number };

/**
 * Applies the generator x = w1·z + b1 to each noise value.
 *
 * @param params The finite parameters `{ w1, b1 }`.
 * @param z Noise values: a non-empty array or typed array of finite numbers.
 * @param out Where to write x; a `Float64Array` of the same length as `z`. A new one if omitted.
 * @returns `out`, holding w1·z[i] + b1 at index i.
 * @throws {TypeError} If `params` is not an object, a parameter or value is not a number, or
 *   `out` is not a `Float64Array`.
 * @throws {RangeError} If a parameter or value is not finite, `z` is empty, or `out` has a
 *   different length from `z`.
 *
 * @example Stretch and shift
 * ```ts
 * import { generate } from "./generator.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(Array.from(generate({ w1: 2, b1: 4 }, [-1, 0, 0.5])), [2, 4, 5]);
 * ```
 */
export function generate(
  params: GeneratorParams,
  z: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  const action = "generate";
  _assertGeneratorParams(action, params);
  assertSample(action, "z", z);
  if (out !== undefined && !(out instanceof Float64Array)) {
    throw new TypeError(message(action, "out", "a Float64Array", out));
  }
  if (out !== undefined && out.length !== z.length) {
    throw new RangeError(message(action, "out.length", `z.length (${z.length})`, out.length));
  }
  return _generateInto(params.w1, params.b1, _toFloat64(z), out ?? new Float64Array(z.length));
}

/**
 * Writes w1·z[i] + b1 into `out[i]` without checks: the training loop's `generate`. It takes only
 * Float64Arrays, so that its element loads stay monomorphic.
 */
export function _generateInto(
  w1: number,
  b1: number,
  z: Float64Array,
  out: Float64Array,
): Float64Array {
  for (let i = 0; i < z.length; i++) out[i] = w1 * z[i] + b1;
  return out;
}

/**
 * Builds the distribution p_g of G(z) = w1·z + b1 when z is drawn from `noise`.
 *
 * Without `noise` the prior is N(0, 1) and the result is exactly `normal(b1, |w1|)`: w1 and −w1
 * give the same distribution because N(0, 1) is symmetric. With another prior the result is the
 * affine push-forward of it: density p_z((x − b1)/w1)/|w1|, mean w1·E[z] + b1, variance
 * w1²·Var[z], and samples G(z) for z drawn from `noise`. For w1 < 0 its CDF is 1 − F_z((x − b1)/w1),
 * which assumes `noise` puts no mass on a single point.
 *
 * @param params The finite parameters `{ w1, b1 }`, with w1 ≠ 0.
 * @param noise The prior p(z); N(0, 1) if omitted.
 * @returns p_g as a `Distribution`.
 * @throws {TypeError} If `params` is not an object, a parameter is not a number, or `noise`
 *   is not a distribution with `density`, `cdf` and `sampleInto` methods and a numeric `mean`
 *   and `variance`.
 * @throws {RangeError} If a parameter is not finite, or w1 = 0: then every G(z) equals b1, a
 *   point mass, which has no density, so it cannot be a `Distribution`.
 *
 * @example The default prior gives a normal
 * ```ts
 * import { generatedDistribution } from "./generator.ts";
 * import assert from "node:assert/strict";
 *
 * const pg = generatedDistribution({ w1: -1.25, b1: 4 });
 * assert.equal(pg.mean, 4);
 * assert.equal(pg.variance, 1.5625);
 * ```
 */
export function generatedDistribution(
  params: GeneratorParams,
  noise?: Distribution,
): Distribution {
  const action = "build the generated distribution";
  _assertGeneratorParams(action, params);
  if (noise !== undefined) {
    // The push-forward reads all of the prior: its density, CDF, moments and sampler.
    _assertDistribution(action, "noise", noise);
    assertDistribution(action, "noise", noise);
  }
  const { w1, b1 } = params;
  if (w1 === 0) {
    throw new RangeError(message(action, "w1", "non-zero, since w1 = 0 is a point mass at b1", w1));
  }
  return noise === undefined ? normal(b1, Math.abs(w1)) : _affine(w1, b1, noise);
}

// The distribution of w1·z + b1 for z ~ noise, with w1 ≠ 0.
function _affine(w1: number, b1: number, noise: Distribution): Distribution {
  const scale = Math.abs(w1);
  return {
    name: `${formatNumber(w1)}·z + ${formatNumber(b1)}, z ~ ${noise.name}`,
    mean: w1 * noise.mean + b1,
    variance: w1 * w1 * noise.variance,
    density(x) {
      return noise.density((x - b1) / w1) / scale;
    },
    cdf(x) {
      const u = noise.cdf((x - b1) / w1);
      return w1 > 0 ? u : 1 - u;
    },
    sampleInto(out, source: Source) {
      noise.sampleInto(out, source);
      return _generateInto(w1, b1, out, out);
    },
    sample(n, source: Source) {
      assertInteger("sample the generated distribution", "n", n, 0);
      return this.sampleInto(new Float64Array(n), source);
    },
  };
}
