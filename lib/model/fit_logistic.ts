// The best response of a logistic discriminator to two fixed samples: the parameters of
// D(x) = σ(c2·x² + w2·x + b2) (c2 = 0 for the linear D) that minimise the class-balanced
// cross-entropy L_D of `discriminatorLoss`, found by Newton's method. L_D is convex in the
// parameters, so Newton's method with a backtracking line search reaches its minimum whenever
// the samples overlap. For separable samples there is no minimum, and the fit fails.

import {
  assertBoolean,
  assertInteger,
  assertObject,
  assertPositive,
  assertSample,
  message,
} from "../_validate.ts";
import type { DiscriminatorParams } from "./discriminator.ts";

/** The fitted discriminator, its loss and the number of Newton steps it took. */
export type LogisticFit = Required<DiscriminatorParams> & {
  /** The cross-entropy L_D at the fitted parameters, in nats, in [0, log 2]. */
  loss: number;
  /** The number of Newton steps taken. */
  iterations: number;
};

/** Options of {@linkcode fitLogistic}. */
export type FitLogisticOptions = {
  /** Fit the x² weight c2 as well; false (c2 = 0) unless given. */
  quadratic?: boolean;
  /**
   * The stopping threshold, in (0, ∞), for the decrease gᵀH⁻¹g/2 that the next Newton step
   * predicts, in nats; 1e-20 unless given.
   */
  tolerance?: number;
  /** The largest number of Newton steps, an integer in [1, ∞); 100 unless given. */
  maxIterations?: number;
};

/**
 * Fits D(x) = σ(c2·x² + w2·x + b2) to convergence on real samples (label 1) and fake samples
 * (label 0), each class weighted ½ as in `discriminatorLoss`. The features are centred and scaled
 * by the pooled sample's mean and standard deviation while fitting, so that x² near x = 200 is
 * as well conditioned as near x = 0, and the result is mapped back to x.
 *
 * @param real Real values: at least one finite number.
 * @param fake Fake values: at least one finite number.
 * @param options `quadratic`, `tolerance` and `maxIterations`; see {@linkcode FitLogisticOptions}.
 * @returns `{ w2, b2, c2, loss, iterations }`; c2 is 0 unless `quadratic`.
 * @throws {TypeError} If a sample is not an array of numbers, `options` is not an object, or an
 *   option has the wrong type.
 * @throws {RangeError} If a sample is empty or not finite, an option is out of range, the pooled
 *   values are all equal (or, with `quadratic`, take fewer than 3 values), the samples are
 *   separable by the logit (then no minimum exists), or Newton's method needs more than
 *   `maxIterations` steps.
 *
 * @example Equal means: the best linear D is flat
 * ```ts
 * import { fitLogistic } from "./fit_logistic.ts";
 * import assert from "node:assert/strict";
 *
 * const fit = fitLogistic([1, 3, 5, 7], [3, 4, 4, 5]);
 * assert.ok(Math.abs(fit.w2) < 1e-12 && Math.abs(fit.b2) < 1e-12);
 * assert.ok(Math.abs(fit.loss - Math.LN2) < 1e-12);
 * ```
 */
export function fitLogistic(
  real: ArrayLike<number>,
  fake: ArrayLike<number>,
  options: FitLogisticOptions = {},
): LogisticFit {
  const action = "fit a logistic discriminator";
  assertSample(action, "real", real);
  assertSample(action, "fake", fake);
  assertObject(action, "options", options);
  const { quadratic = false, tolerance = 1e-20, maxIterations = 100 } = options;
  assertBoolean(action, "options.quadratic", quadratic);
  assertPositive(action, "options.tolerance", tolerance);
  assertInteger(action, "options.maxIterations", maxIterations);

  const { center, scale, distinct } = _pooledShape(real, fake);
  const size = quadratic ? 3 : 2;
  if (scale === 0 || distinct < size) {
    const rule = `spread over at least ${size} distinct values`;
    throw new RangeError(message(action, "real and fake", rule, `${distinct} distinct`));
  }
  const u = (x: number) => (x - center) / scale;
  const classes = [
    { us: Float64Array.from(real, u), sign: 1, weight: 0.5 / real.length },
    { us: Float64Array.from(fake, u), sign: -1, weight: 0.5 / fake.length },
  ];

  // theta = (a, b, c): the logit a + b·u + c·u² in the scaled variable u
  let theta = [0, 0, 0];
  for (let iteration = 0; iteration <= maxIterations; iteration++) {
    const { loss, gradient, hessian } = _lossAndDerivatives(theta, classes, size);

    // A logit that puts every sample on its own side shows the samples to be separable: scaling
    // it up lowers the loss towards 0 without end, so there is no minimum to converge to. The
    // Hessian of such a logit underflows, so a non-finite Newton step means the same.
    const step = _solve(hessian, gradient);
    const slope = step.reduce((sum, s, j) => sum + s * gradient[j], 0); // gᵀH⁻¹g
    if (_separates(theta, classes) || !Number.isFinite(slope)) {
      const rule = "overlapping samples, not separable by the logit";
      throw new RangeError(message(action, "real and fake", rule, "separable"));
    }
    if (slope / 2 < tolerance) {
      return { ..._toDataUnits(theta, center, scale), loss, iterations: iteration };
    }
    if (iteration === maxIterations) break;

    // backtracking: halve the Newton step until the loss falls by a quarter of the predicted
    // decrease (the Armijo rule), which keeps every step a descent step. Near the minimum, where
    // the predicted decrease is below the rounding error of the loss, the full step is taken.
    let t = 1;
    let next = theta.map((value, j) => (j < size ? value - step[j] : 0));
    for (let halving = 0; slope > NEAR_MINIMUM && halving < 60; halving++) {
      if (_lossAndDerivatives(next, classes, 0).loss <= loss - 0.25 * t * slope) break;
      t /= 2;
      next = theta.map((value, j) => (j < size ? value - t * step[j] : 0));
    }
    theta = next;
  }
  const rule = "enough Newton steps to reach the minimum";
  throw new RangeError(message(action, "options.maxIterations", rule, maxIterations));
}

// The value of gᵀH⁻¹g below which the full Newton step is taken without a line search. The step
// then predicts a decrease under 1e-10 nats. By an estimate of 1e-16 rounding error per term, a
// loss summed over 1e5 samples is too coarse for the line search to confirm such a decrease.
const NEAR_MINIMUM = 1e-10;

type ScaledClass = { us: Float64Array; sign: number; weight: number };

// The pooled mean and 1/n standard deviation, and the number of distinct values, counted up to 3.
function _pooledShape(real: ArrayLike<number>, fake: ArrayLike<number>) {
  const pooled = [...Array.from(real), ...Array.from(fake)];
  const center = pooled.reduce((sum, x) => sum + x, 0) / pooled.length;
  const scale = Math.sqrt(pooled.reduce((sum, x) => sum + (x - center) ** 2, 0) / pooled.length);
  const seen = new Set<number>();
  for (const x of pooled) {
    seen.add(x);
    if (seen.size === 3) break;
  }
  return { center, scale, distinct: seen.size };
}

// L_D, its gradient and Hessian in the first `size` coordinates of theta (none when size = 0).
// With margin m = s·t for label sign s, each sample adds softplus(−m); then
// dℓ/dt = −s·σ(−m) and d²ℓ/dt² = σ(m)·σ(−m), times the features (1, u, u²).
function _lossAndDerivatives(theta: number[], classes: ScaledClass[], size: number) {
  const [a, b, c] = theta;
  let loss = 0, g0 = 0, g1 = 0, g2 = 0, h00 = 0, h01 = 0, h02 = 0, h11 = 0, h12 = 0, h22 = 0;
  for (const { us, sign, weight } of classes) {
    let classLoss = 0, d0 = 0, d1 = 0, d2 = 0, k00 = 0, k01 = 0, k02 = 0, k11 = 0, k12 = 0, k22 = 0;
    for (let i = 0; i < us.length; i++) {
      // forward: t = a + b·u + c·u², m = s·t, ℓ = softplus(−m)
      const u = us[i], uu = u * u;
      const m = sign * (a + b * u + c * uu);
      const e = Math.exp(-Math.abs(m)); // in (0, 1], so neither use below overflows
      classLoss += Math.max(-m, 0) + Math.log1p(e);
      if (size === 0) continue;

      // backward: dℓ/dθ_j = −s·σ(−m)·φ_j and d²ℓ/dθ_j dθ_k = σ(m)·σ(−m)·φ_j·φ_k, where
      // σ(−m) = e/(1 + e) for m ≥ 0 and 1/(1 + e) for m < 0
      const sigmaMinus = (m >= 0 ? e : 1) / (1 + e);
      const curvature = sigmaMinus * (1 - sigmaMinus);
      d0 += sigmaMinus, d1 += sigmaMinus * u, d2 += sigmaMinus * uu;
      k00 += curvature, k01 += curvature * u, k02 += curvature * uu;
      k11 += curvature * uu, k12 += curvature * uu * u, k22 += curvature * uu * uu;
    }
    const w = weight, ws = -weight * sign;
    loss += w * classLoss;
    g0 += ws * d0, g1 += ws * d1, g2 += ws * d2;
    h00 += w * k00, h01 += w * k01, h02 += w * k02, h11 += w * k11, h12 += w * k12, h22 += w * k22;
  }
  const gradient = [g0, g1, g2].slice(0, size);
  const full = [[h00, h01, h02], [h01, h11, h12], [h02, h12, h22]];
  const hessian = full.slice(0, size).map((row) => row.slice(0, size));
  return { loss, gradient, hessian };
}

// Whether the logit is positive on every real sample and negative on every fake one.
function _separates(theta: number[], classes: ScaledClass[]): boolean {
  const [a, b, c] = theta;
  return classes.every(({ us, sign }) => us.every((u) => sign * (a + b * u + c * u * u) > 0));
}

// Solves H·x = g by Gaussian elimination with partial pivoting (H is 2×2 or 3×3).
function _solve(hessian: number[][], gradient: number[]): number[] {
  const n = gradient.length;
  const rows = hessian.map((row, i) => [...row, gradient[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(rows[r][col]) > Math.abs(rows[pivot][col])) pivot = r;
    }
    [rows[col], rows[pivot]] = [rows[pivot], rows[col]];
    for (let r = col + 1; r < n; r++) {
      const factor = rows[r][col] / rows[col][col];
      for (let c = col; c <= n; c++) rows[r][c] -= factor * rows[col][c];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = rows[r][n];
    for (let c = r + 1; c < n; c++) sum -= rows[r][c] * x[c];
    x[r] = sum / rows[r][r];
  }
  return x;
}

// Expands a + b·u + c·u² with u = (x − center)/scale into c2·x² + w2·x + b2.
function _toDataUnits(theta: number[], center: number, scale: number) {
  const [a, b, c] = theta;
  return {
    w2: b / scale - (2 * c * center) / (scale * scale),
    b2: a - (b * center) / scale + (c * center * center) / (scale * scale),
    c2: c / (scale * scale),
  };
}
