// Minibatch losses and their hand-derived gradients, without argument checks: the arithmetic
// behind lib/model/losses.ts and the training loop. Everything is written on the discriminator's
// logit t = c2·x² + w2·x + b2 with e = e^(−|t|), so that neither σ(t) nor log σ(t) overflows or
// takes log(0) however large |t| gets. Results go into a caller's Float64Array, so that a
// training step allocates nothing.

/** Slots of the array filled by {@link _discriminatorBatch}. */
export const D_LOSS = 0, D_W2 = 1, D_B2 = 2, D_C2 = 3, D_ACCURACY = 4;

/** Slots of the array filled by {@link _generatorBatch}. */
export const G_LOSS = 0, G_W1 = 1, G_B1 = 2;

/**
 * Writes the discriminator's binary cross-entropy L_D, its gradient with respect to w2, b2 and
 * c2, and D's accuracy into `out` (slots D_*). Real samples carry label 1, fake ones label 0.
 * L_D = ½·(mean over real of −log σ(t) + mean over fake of −log(1 − σ(t))): each class counts
 * half, which is the mean over all 2m samples when both have m. The accuracy is averaged the
 * same way; a sample counts as correct when D is on its side of 1/2, and as half when D = 1/2.
 */
export function _discriminatorBatch(
  w2: number,
  b2: number,
  c2: number,
  real: ArrayLike<number>,
  fake: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  out.fill(0);
  _addClass(w2, b2, c2, real, 1, 0.5 / real.length, out);
  _addClass(w2, b2, c2, fake, -1, 0.5 / fake.length, out);
  return out;
}

// Adds weight × Σ over one class to out. The label enters as the sign s = +1 (real) or −1
// (fake): with the margin u = s·t, both cross-entropies are ℓ = −log σ(u) = softplus(−u).
function _addClass(
  w2: number,
  b2: number,
  c2: number,
  xs: ArrayLike<number>,
  s: 1 | -1,
  weight: number,
  out: Float64Array,
): void {
  let loss = 0, dw2 = 0, db2 = 0, dc2 = 0, correct = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];

    // forward: t = c2·x² + w2·x + b2, u = s·t, ℓ = softplus(−u) = max(−u, 0) + log(1 + e^(−|u|))
    const t = (c2 * x + w2) * x + b2;
    const u = s * t;
    const e = Math.exp(-Math.abs(u));
    loss += Math.max(-u, 0) + Math.log1p(e);
    correct += u > 0 ? 1 : u === 0 ? 0.5 : 0;

    // backward: dℓ/dt = −s·σ(−u); then dt/dw2 = x, dt/db2 = 1, dt/dc2 = x²
    const g = -s * (u >= 0 ? e / (1 + e) : 1 / (1 + e));
    dw2 += g * x;
    db2 += g;
    dc2 += g * x * x;
  }
  out[D_LOSS] += weight * loss;
  out[D_W2] += weight * dw2;
  out[D_B2] += weight * db2;
  out[D_C2] += weight * dc2;
  out[D_ACCURACY] += weight * correct;
}

/**
 * Writes the generator's loss, the mean over z of ℓ(t) at x = w1·z + b1, and its gradient with
 * respect to w1 and b1 into `out` (slots G_*). The saturating loss is ℓ = log(1 − σ(t)), the
 * original minimax objective; the non-saturating loss is ℓ = −log σ(t).
 */
export function _generatorBatch(
  w1: number,
  b1: number,
  w2: number,
  b2: number,
  c2: number,
  z: ArrayLike<number>,
  nonSaturating: boolean,
  out: Float64Array,
): Float64Array {
  let loss = 0, dw1 = 0, db1 = 0;
  for (let i = 0; i < z.length; i++) {
    // forward: x = w1·z + b1, t = c2·x² + w2·x + b2, e = e^(−|t|)
    const x = w1 * z[i] + b1;
    const t = (c2 * x + w2) * x + b2;
    const e = Math.exp(-Math.abs(t));
    const sigma = t >= 0 ? 1 / (1 + e) : e / (1 + e);
    const sigmaOfMinusT = t >= 0 ? e / (1 + e) : 1 / (1 + e);

    // backward: dℓ/dt, then dℓ/dx = dℓ/dt · (2·c2·x + w2)
    let g: number;
    if (nonSaturating) {
      loss += Math.max(-t, 0) + Math.log1p(e); // ℓ = −log σ(t) = softplus(−t)
      g = -sigmaOfMinusT; // dℓ/dt = −(1 − σ(t))
    } else {
      loss -= Math.max(t, 0) + Math.log1p(e); // ℓ = log(1 − σ(t)) = −softplus(t)
      g = -sigma; // dℓ/dt = −σ(t)
    }
    const gx = g * (2 * c2 * x + w2);
    dw1 += gx * z[i]; // dx/dw1 = z
    db1 += gx; // dx/db1 = 1
  }

  // return: means over the batch
  const n = z.length;
  out[G_LOSS] = loss / n;
  out[G_W1] = dw1 / n;
  out[G_B1] = db1 / n;
  return out;
}
