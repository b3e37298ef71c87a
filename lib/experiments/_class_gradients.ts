// The linear discriminator's cross-entropy gradients split by class, as the update-scheme and
// minibatch experiments need them: one class at a time, one mixed labelled batch, the Hessian
// of one class, and the full-data gradient as an expectation computed by quadrature. Every
// gradient is with respect to (w2, b2) of the logit t = w2·x + b2, and a sample with label y
// contributes the cross-entropy ℓ = −y·log σ(t) − (1 − y)·log(1 − σ(t)).

import type { Distribution } from "../distributions/distribution.ts";
import { integrateOverSupport } from "../quadrature.ts";

/** A vector or point in the (w2, b2) plane. */
export type Vector2 = [number, number];

/** Computes weight·mean over xs of dℓ/d(w2, b2) = (σ(t) − y)·(x, 1) for one class label y. */
export function _classGradient(
  w2: number,
  b2: number,
  xs: Float64Array,
  label: 0 | 1,
  weight: number,
): Vector2 {
  let dw2 = 0, db2 = 0;
  for (let i = 0; i < xs.length; i++) {
    // forward: t = w2·x + b2
    const x = xs[i];
    const t = w2 * x + b2;

    // backward: dℓ/dt = σ(t) − y; dt/dw2 = x, dt/db2 = 1
    const g = 1 / (1 + Math.exp(-t)) - label;
    dw2 += g * x;
    db2 += g;
  }
  return [(weight * dw2) / xs.length, (weight * db2) / xs.length];
}

/**
 * Computes the mean over one labelled batch of (σ(t) − y)·(x, 1): a single pass over real and
 * fake samples together, as a framework does with one concatenated batch.
 */
export function _mixedGradient(
  w2: number,
  b2: number,
  xs: Float64Array,
  labels: Float64Array,
): Vector2 {
  let dw2 = 0, db2 = 0;
  for (let i = 0; i < xs.length; i++) {
    const g = 1 / (1 + Math.exp(-(w2 * xs[i] + b2))) - labels[i]; // dℓ/dt = σ(t) − y
    dw2 += g * xs[i];
    db2 += g;
  }
  return [dw2 / xs.length, db2 / xs.length];
}

/**
 * Computes the Hessian of weight·mean over xs of ℓ, the same for both labels:
 * d²ℓ/d(w2, b2)² = σ(t)·(1 − σ(t))·[[x², x], [x, 1]]. Returns the entries [h_ww, h_wb, h_bb].
 */
export function _classHessian(
  w2: number,
  b2: number,
  xs: Float64Array,
  weight: number,
): [number, number, number] {
  let hww = 0, hwb = 0, hbb = 0;
  for (let i = 0; i < xs.length; i++) {
    const d = 1 / (1 + Math.exp(-(w2 * xs[i] + b2)));
    const curvature = d * (1 - d); // d²ℓ/dt²
    hww += curvature * xs[i] * xs[i];
    hwb += curvature * xs[i];
    hbb += curvature;
  }
  const scale = weight / xs.length;
  return [scale * hww, scale * hwb, scale * hbb];
}

/**
 * Computes E[h(x)^power] under `p` for both components of h(x) = (σ(t) − y)·(x, 1), by
 * adaptive quadrature over p's support: power 1 gives the mean gradient of the class, power 2
 * the second moments from which its variance follows.
 */
export function _classExpectation(
  w2: number,
  b2: number,
  p: Distribution,
  label: 0 | 1,
  power: 1 | 2,
): Vector2 {
  const g = (x: number) => 1 / (1 + Math.exp(-(w2 * x + b2))) - label;
  const expect = (f: (x: number) => number) =>
    integrateOverSupport((x) => f(x) ** power * p.density(x), [p], { tolerance: 1e-11 });
  return [expect((x) => g(x) * x), expect(g)];
}

/**
 * Computes the full-data gradient of the discriminator's loss, the expectation that every
 * minibatch gradient estimates: ½·E_data[(σ(t) − 1)·(x, 1)] + ½·E_g[σ(t)·(x, 1)].
 */
export function _fullGradient(
  w2: number,
  b2: number,
  data: Distribution,
  generated: Distribution,
): Vector2 {
  const real = _classExpectation(w2, b2, data, 1, 1);
  const fake = _classExpectation(w2, b2, generated, 0, 1);
  return [(real[0] + fake[0]) / 2, (real[1] + fake[1]) / 2];
}
