// A finite mixture of normal distributions, p(x) = Σ_k w_k · N(x; mu_k, sigma_k²): the simplest
// two-mode data, which a linear generator G(z) = w1·z + b1 cannot reproduce.

import { randomNormal } from "d3-random";
import { assertFinite, assertPositive, message } from "../_validate.ts";
import type { Source } from "../random.ts";
import type { Distribution } from "./distribution.ts";
import { _standardNormalCdf } from "./normal.ts";
import { assertSampleInto, assertSampleSize, formatNumber } from "./_sampling.ts";

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** One component of a normal mixture: its weight, mean and standard deviation. */
export interface MixtureComponent {
  /** The mixing weight, in (0, ∞). The mixture normalises the weights to sum to 1. */
  readonly weight: number;
  /** The component mean. */
  readonly mu: number;
  /** The component standard deviation, in (0, ∞). */
  readonly sigma: number;
}

/**
 * Creates the normal mixture Σ_k w_k · N(mu_k, sigma_k²).
 *
 * The weights are normalised to sum to 1, so `{ weight: 1 }` and `{ weight: 3 }` for two
 * components mean 1/4 and 3/4. The mean is Σ w_k mu_k and the variance follows the law of total
 * variance, Σ w_k (sigma_k² + (mu_k − mean)²). Each draw takes one call of `source` to pick a
 * component and then a normal draw (`d3-random`'s `randomNormal` on the same source) from it.
 *
 * @param components Two or more components, each with `weight` in (0, ∞), finite `mu` and
 * `sigma` in (0, ∞).
 * @returns The distribution. Its `sample(n, source)` and `sampleInto(out, source)` throw a
 * `RangeError` unless `n` is an integer >= 0, and a `TypeError` unless `out` is a `Float64Array`
 * and `source` a function.
 * @throws {TypeError} If `components` is not an array or a component field is not a number.
 * @throws {RangeError} If there are fewer than two components or a field is out of range.
 *
 * @example Two equal modes at ±2
 * ```ts
 * import { normalMixture } from "./mixture.ts";
 * import assert from "node:assert/strict";
 *
 * const p = normalMixture([
 *   { weight: 1, mu: -2, sigma: 0.5 },
 *   { weight: 1, mu: 2, sigma: 0.5 },
 * ]);
 * assert.equal(p.mean, 0);
 * assert.equal(p.variance, 0.25 + 4);
 * assert.equal(p.cdf(0), 0.5);
 * ```
 */
export function normalMixture(components: readonly MixtureComponent[]): Distribution {
  const action = "create a normal mixture";
  if (!Array.isArray(components)) {
    throw new TypeError(message(action, "components", "an array", components));
  }
  if (components.length < 2) {
    throw new RangeError(message(action, "components.length", "at least 2", components.length));
  }
  components.forEach((component, k) => _assertComponent(action, `components[${k}]`, component));

  const total = components.reduce((sum, c) => sum + c.weight, 0);
  if (!Number.isFinite(total)) {
    throw new RangeError(message(action, "the sum of the weights", "finite", total));
  }
  const parts = components.map((c) => ({ weight: c.weight / total, mu: c.mu, sigma: c.sigma }));
  const mean = parts.reduce((sum, c) => sum + c.weight * c.mu, 0);
  const variance = parts.reduce(
    (sum, c) => sum + c.weight * (c.sigma ** 2 + (c.mu - mean) ** 2),
    0,
  );

  return {
    name: parts.map((c) =>
      `${formatNumber(c.weight)}·N(${formatNumber(c.mu)}, ${formatNumber(c.sigma)}²)`
    )
      .join(" + "),
    mean,
    variance,
    density(x) {
      return parts.reduce((sum, c) => {
        const u = (x - c.mu) / c.sigma;
        return sum + (c.weight * Math.exp(-0.5 * u * u)) / (c.sigma * SQRT_2PI);
      }, 0);
    },
    cdf(x) {
      const p = parts.reduce(
        (sum, c) => sum + c.weight * _standardNormalCdf((x - c.mu) / c.sigma),
        0,
      );
      return Math.min(p, 1);
    },
    sampleInto(out, source: Source) {
      assertSampleInto(out, source);
      const z = randomNormal.source(source)(0, 1);
      for (let i = 0; i < out.length; i++) {
        const c = _pick(parts, source());
        out[i] = c.mu + c.sigma * z();
      }
      return out;
    },
    sample(n, source: Source) {
      assertSampleSize(n);
      return this.sampleInto(new Float64Array(n), source);
    },
  };
}

function _assertComponent(action: string, name: string, component: unknown): void {
  if (typeof component !== "object" || component === null) {
    throw new TypeError(message(action, name, "an object {weight, mu, sigma}", component));
  }
  const { weight, mu, sigma } = component as Record<string, unknown>;
  assertPositive(action, `${name}.weight`, weight);
  assertFinite(action, `${name}.mu`, mu);
  assertPositive(action, `${name}.sigma`, sigma);
}

// Walks the cumulative weights up to u in [0, 1). The last component absorbs rounding in the sum.
function _pick(parts: readonly MixtureComponent[], u: number): MixtureComponent {
  let cumulative = 0;
  for (const part of parts) {
    cumulative += part.weight;
    if (u < cumulative) return part;
  }
  return parts[parts.length - 1];
}
