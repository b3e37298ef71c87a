// The normal distribution N(mu, sigma²): the default noise prior p(z) = N(0, 1), the synthetic
// data N(4, 1.25²), and the generated distribution p_g = N(b1, w1²) of a linear generator.

import { assertFinite, assertPositive, message } from "../_validate.ts";
import { _log } from "../_inline_math.ts";
import type { Source } from "../random.ts";
import type { Distribution } from "./distribution.ts";
import { assertSampleInto, assertSampleSize, formatNumber } from "./_sampling.ts";

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * Creates the normal distribution N(mu, sigma²).
 *
 * @param mu The mean, any finite number.
 * @param sigma The standard deviation, in (0, ∞).
 * @returns The distribution. Its samples are those that `d3-random`'s `randomNormal` draws from
 *   the same source, up to their last bits, and take as many numbers from it. Its
 *   `sample(n, source)` and `sampleInto(out, source)` throw a `RangeError` unless `n` is an
 *   integer >= 0, and a `TypeError` unless `out` is a `Float64Array` and `source` a function.
 * @throws {TypeError} If `mu` or `sigma` is not a number.
 * @throws {RangeError} If `mu` is not finite or `sigma` is not positive and finite.
 *
 * @example Density, CDF and a seeded sample
 * ```ts
 * import { normal } from "./normal.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const p = normal(4, 1.25);
 * assert.ok(Math.abs(p.cdf(4) - 0.5) < 1e-12);
 * assert.equal(p.sample(3, seededSource(1)).length, 3);
 * ```
 */
export function normal(mu: number, sigma: number): Distribution {
  assertFinite("create a normal distribution", "mu", mu);
  assertPositive("create a normal distribution", "sigma", sigma);
  return {
    name: `N(${formatNumber(mu)}, ${formatNumber(sigma)}²)`,
    mean: mu,
    variance: sigma * sigma,
    density(x) {
      const u = (x - mu) / sigma;
      return Math.exp(-0.5 * u * u) / (sigma * SQRT_2PI);
    },
    cdf(x) {
      return _standardNormalCdf((x - mu) / sigma);
    },
    sampleInto(out, source: Source) {
      assertSampleInto(out, source);
      return _sampleNormalInto(out, mu, sigma, source);
    },
    sample(n, source: Source) {
      assertSampleSize(n);
      return this.sampleInto(new Float64Array(n), source);
    },
  };
}

/**
 * Fills `out` with draws from N(mu, sigma²) by Marsaglia's polar method, with the operations of
 * `d3-random`'s `randomNormal` (version 3.0.2) in the same order. Each point (x, y) drawn
 * uniformly in the unit disc, with 0 < r = x² + y² ≤ 1, gives mu + sigma·y·f and then
 * mu + sigma·x·f, where f = √(−2·ln(r)/r). An odd-length `out` drops the last x, as a
 * `randomNormal` made per call does. Unlike `randomNormal`, it computes f once per pair, keeps no
 * state between calls, and takes ln r from `_log`, which the compiler inlines. `_log` differs from
 * Math.log by at most one unit in the last place, so the draws equal those of
 * `randomNormal.source(source)(mu, sigma)` up to their last bits. docs/benchmarks.md gives what
 * each of these changes saves in the training loop.
 */
export function _sampleNormalInto(
  out: Float64Array,
  mu: number,
  sigma: number,
  source: Source,
): Float64Array {
  const n = out.length;
  let i = 0;
  while (i < n) {
    let x: number, y: number, r: number;
    do {
      x = source() * 2 - 1;
      y = source() * 2 - 1;
      r = x * x + y * y;
    } while (!r || r > 1);
    const f = Math.sqrt(-2 * _log(r) / r);
    out[i++] = mu + sigma * y * f;
    if (i < n) out[i++] = mu + sigma * x * f;
  }
  return out;
}

/**
 * Computes the standard normal CDF Φ(u) through the complementary error function, accurate to
 * about 1e-15 relative error over the whole real line.
 *
 * @param u Any number except NaN; ±Infinity give 0 and 1.
 * @returns Φ(u) in [0, 1].
 * @throws {TypeError} If `u` is not a number.
 * @throws {RangeError} If `u` is NaN.
 *
 * @example
 * ```ts
 * import { standardNormalCdf } from "./normal.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(Math.abs(standardNormalCdf(1.959963984540054) - 0.975) < 1e-12);
 * ```
 */
export function standardNormalCdf(u: number): number {
  _assertNotNaN("compute the standard normal CDF", "u", u);
  return _standardNormalCdf(u);
}

/** Φ(u) without checks, for the CDFs that evaluate it many times; NaN gives NaN. */
export function _standardNormalCdf(u: number): number {
  return 0.5 * _erfc(-u / Math.SQRT2);
}

/**
 * Computes the complementary error function erfc(x) = 1 − erf(x) to close to double precision:
 * a positive-term power series for |x| < 2.5 and a continued fraction (modified Lentz) beyond.
 *
 * @param x Any number except NaN; ±Infinity give 0 and 2.
 * @returns erfc(x) in [0, 2].
 * @throws {TypeError} If `x` is not a number.
 * @throws {RangeError} If `x` is NaN.
 *
 * @example
 * ```ts
 * import { erfc } from "./normal.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(Math.abs(erfc(1) - 0.157299207050285) < 1e-14);
 * ```
 */
export function erfc(x: number): number {
  _assertNotNaN("compute erfc", "x", x);
  return _erfc(x);
}

// erfc(x) without checks; NaN gives NaN.
function _erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - _erfc(-x);
  if (x < 2.5) return 1 - _erfSeries(x);
  return _erfcContinuedFraction(x);
}

function _assertNotNaN(action: string, name: string, value: unknown): void {
  if (typeof value !== "number") throw new TypeError(message(action, name, "a number", value));
  if (Number.isNaN(value)) {
    throw new RangeError(message(action, name, "a number other than NaN", value));
  }
}

// erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·5···(2n+1)); every term is positive.
function _erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
  }
  return (2 / Math.sqrt(Math.PI)) * Math.exp(-x2) * sum;
}

// erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated by modified Lentz.
function _erfcContinuedFraction(x: number): number {
  if (x === Infinity) return 0;
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}
