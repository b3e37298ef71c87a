// The interface shared by every one-dimensional distribution in the library: the data p_data,
// the noise prior p(z) and the generated distribution p_g are all values of this type.

import type { Source } from "../random.ts";

/** A probability distribution on the real line (1-D only). */
export interface Distribution {
  /** A short human-readable name such as "N(4, 1.25²)", used in figure legends. */
  readonly name: string;
  /** The expected value. */
  readonly mean: number;
  /** The variance (the square of the standard deviation). */
  readonly variance: number;
  /** The probability density at `x` (for an empirical sample, a kernel density estimate). */
  density(x: number): number;
  /** The cumulative distribution function P(X <= x), in [0, 1]. */
  cdf(x: number): number;
  /** Fills `out` with independent draws using `source`, and returns `out`. */
  sampleInto(out: Float64Array, source: Source): Float64Array;
  /** Returns `n` independent draws using `source`. */
  sample(n: number, source: Source): Float64Array;
}
