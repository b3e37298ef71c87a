// Minibatch losses and their hand-derived gradients, without argument checks: the arithmetic
// behind lib/model/losses.ts and the training loop. Everything is written on the discriminator's
// logit t = c2·x² + w2·x + b2 and stays finite however large |t| gets:
// - gradients use σ(−u) = 1/(1 + e^u), which tends to 0 when e^u overflows to Infinity and to 1
//   when it underflows to 0, so it needs no branch on the sign of u;
// - losses use softplus(−u) = −log σ(u) = max(−u, 0) + log(1 + e^(−|u|)), which never takes log 0.
// Results go into a caller's Float64Array, so that a training step allocates nothing. The loss
// and the accuracy cost as much as the gradient (a second exponential and a log1p per sample),
// so the training loop requests them (`measure`) only on the steps it records. On the others the
// mean |t| replaces the loss as a finiteness check, because softplus(−u) ≤ |u| + log 2.
// The exponentials come from _exp (lib/_inline_math.ts), which the compiler inlines.

import { _exp } from "../_inline_math.ts";

/** Slots of the array filled by {@link _discriminatorBatch}. */
export const D_LOSS = 0, D_W2 = 1, D_B2 = 2, D_C2 = 3, D_ACCURACY = 4, D_ABS_LOGIT = 5;

/** Slots of the array filled by {@link _generatorBatch}. */
export const G_LOSS = 0, G_W1 = 1, G_B1 = 2, G_ABS_LOGIT = 3;

/**
 * Writes the discriminator's binary cross-entropy L_D, its gradient with respect to w2, b2 and
 * c2, D's accuracy and the mean |t| into `out` (slots D_*; loss and accuracy are NaN unless
 * `measure`). Real samples carry label 1, fake ones label 0.
 * L_D = ½·(mean over real of −log σ(t) + mean over fake of −log(1 − σ(t))): each class counts
 * half, which is the mean over all 2m samples when both have m. The accuracy is averaged the
 * same way; a sample counts as correct when D is on its side of 1/2, and as half when D = 1/2.
 */
export function _discriminatorBatch(
  w2: number,
  b2: number,
  c2: number,
  real: Float64Array,
  fake: Float64Array,
  measure: boolean,
  out: Float64Array,
): Float64Array {
  for (let slot = 0; slot < out.length; slot++) out[slot] = 0;
  _addClass(w2, b2, c2, real, 1, 0.5 / real.length, measure, out);
  _addClass(w2, b2, c2, fake, -1, 0.5 / fake.length, measure, out);
  if (!measure) out[D_LOSS] = out[D_ACCURACY] = NaN;
  return out;
}

// Adds weight × Σ over one class to out. The label enters as the sign s = +1 (real) or −1
// (fake): with the margin u = s·t, both cross-entropies are ℓ = −log σ(u) = softplus(−u), and the
// sample is classified correctly when u > 0.
function _addClass(
  w2: number,
  b2: number,
  c2: number,
  xs: Float64Array,
  s: 1 | -1,
  weight: number,
  measure: boolean,
  out: Float64Array,
): void {
  let loss = 0, dw2 = 0, db2 = 0, dc2 = 0, signs = 0, absLogit = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];

    // forward: t = c2·x² + w2·x + b2, u = s·t
    const t = (c2 * x + w2) * x + b2;
    const u = s * t;
    absLogit += Math.abs(u);
    if (measure) {
      loss += Math.max(-u, 0) + Math.log1p(_exp(-Math.abs(u))); // ℓ = softplus(−u)
      signs += Math.sign(u); // +1 correct, 0 undecided, −1 wrong
    }

    // backward: dℓ/dt = −s·σ(−u); then dt/dw2 = x, dt/db2 = 1, dt/dc2 = x²
    const g = -s / (1 + _exp(u));
    dw2 += g * x;
    db2 += g;
    dc2 += g * x * x;
  }
  out[D_LOSS] += weight * loss;
  out[D_W2] += weight * dw2;
  out[D_B2] += weight * db2;
  out[D_C2] += weight * dc2;
  out[D_ACCURACY] += weight * 0.5 * (xs.length + signs); // (correct + ½·undecided) for this class
  out[D_ABS_LOGIT] += weight * absLogit;
}

/**
 * Writes the generator's loss, the mean over z of ℓ(t) at x = w1·z + b1, its gradient with
 * respect to w1 and b1, and the mean |t| into `out` (slots G_*; the loss is NaN unless
 * `measure`). The saturating loss is ℓ = log(1 − σ(t)), the original minimax objective; the
 * non-saturating loss is ℓ = −log σ(t).
 */
export function _generatorBatch(
  w1: number,
  b1: number,
  w2: number,
  b2: number,
  c2: number,
  z: Float64Array,
  nonSaturating: boolean,
  measure: boolean,
  out: Float64Array,
): Float64Array {
  let loss = 0, dw1 = 0, db1 = 0, absLogit = 0;
  for (let i = 0; i < z.length; i++) {
    // forward: x = w1·z + b1, t = c2·x² + w2·x + b2
    const x = w1 * z[i] + b1;
    const t = (c2 * x + w2) * x + b2;
    absLogit += Math.abs(t);
    if (measure) {
      const softplus = Math.max(nonSaturating ? -t : t, 0) + Math.log1p(_exp(-Math.abs(t)));
      // non-saturating ℓ = −log σ(t) = softplus(−t); saturating ℓ = log(1 − σ(t)) = −softplus(t)
      loss += nonSaturating ? softplus : -softplus;
    }

    // backward: dℓ/dt is −(1 − σ(t)) = −1/(1 + e^t) for the non-saturating loss and
    // −σ(t) = −1/(1 + e^(−t)) for the saturating one; then dℓ/dx = dℓ/dt · (2·c2·x + w2)
    const g = -1 / (1 + _exp(nonSaturating ? t : -t));
    const gx = g * (2 * c2 * x + w2);
    dw1 += gx * z[i]; // dx/dw1 = z
    db1 += gx; // dx/db1 = 1
  }

  // return: means over the batch
  const n = z.length;
  out[G_LOSS] = measure ? loss / n : NaN;
  out[G_W1] = dw1 / n;
  out[G_B1] = db1 / n;
  out[G_ABS_LOGIT] = absLogit / n;
  return out;
}

/**
 * Returns `values` if it is a Float64Array and a Float64Array copy otherwise. The kernels take
 * only Float64Arrays, which keeps their element loads monomorphic and fast in the training loop
 * whatever arrays notebooks pass to the public functions.
 */
export function _toFloat64(values: ArrayLike<number>): Float64Array {
  return values instanceof Float64Array ? values : Float64Array.from(values);
}
