/**
 * The linear GAN library: everything the notebooks import. A generator G(z) = w1·z + b1 and a
 * logistic discriminator D(x) = σ(w2·x + b2) (optionally with an x² feature) on one-dimensional
 * data, with seeded samplers, distributions, hand-derived gradients, the training loop of
 * Goodfellow et al. (2014, Algorithm 1), metrics and figures. One-dimensional data only.
 *
 * @example Train on N(4, 1.25²) and read the generated mean
 * ```ts
 * import { normal, seededSource, train } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const result = train({
 *   data: normal(4, 1.25),
 *   source: seededSource(1),
 *   steps: 5000,
 *   lrD: 0.05,
 *   lrG: 0.05,
 * });
 * assert.ok(Math.abs(result.final.b1 - 4) < 0.3);
 * ```
 *
 * @module
 */

export { seededSource, type Source } from "./random.ts";
export * from "./distributions/mod.ts";
export { integrate, integrateOverSupport, supportInterval } from "./quadrature.ts";
export * from "./metrics/mod.ts";
export * from "./model/mod.ts";
export * from "./train/mod.ts";
export * from "./plot/mod.ts";
export * from "./display/mod.ts";
export * from "./data/mod.ts";
export * from "./codes/mod.ts";
export * from "./experiments/mod.ts";
export * from "./dirac/mod.ts";
