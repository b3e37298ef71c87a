// The Dirac GAN inside the linear GAN (Mescheder, Geiger and Nowozin 2018): the data are a point
// mass at x = 0, the generator is the constant G = b1 (w1 = 0), and the discriminator is
// D(x) = σ(w2·x) (b2 = 0). Its losses are the library's, written on the logit t = w2·x, with an
// optional R1 penalty γ/2·w2² and optional instance noise added to every sample passed to D.

import { assertNonNegative, assertSample } from "../_validate.ts";
import { _assertObject } from "../model/_params.ts";
import { _assertGeneratorLoss, type GeneratorLoss } from "../model/generator_loss.ts";
import { _assertDiracState } from "./_state.ts";

/** The two parameters that move: the generator's output b1 and the discriminator's weight w2. */
export type DiracState = { b1: number; w2: number };

/** A player's loss and its derivative with respect to the one parameter that player moves. */
export type LossAndDerivative = { loss: number; derivative: number };

/** Options of {@link diracDiscriminatorLoss}. */
export type DiracDiscriminatorOptions = {
  /** The R1 weight γ in [0, ∞); the penalty γ/2·(∂t/∂x)² = γ/2·w2². 0 if omitted. */
  r1?: number;
  /** Instance noise added to the real point 0; the real batch is these values. [0] if omitted. */
  realNoise?: ArrayLike<number>;
  /** Instance noise added to b1; the fake batch is b1 + these values. [0] if omitted. */
  fakeNoise?: ArrayLike<number>;
};

/** Options of {@link diracGeneratorLoss}. */
export type DiracGeneratorOptions = {
  /** The generator loss; "non-saturating" if omitted. */
  loss?: GeneratorLoss;
  /** Instance noise added to b1; the generated batch is b1 + these values. [0] if omitted. */
  noise?: ArrayLike<number>;
};

/**
 * Computes the discriminator's loss L_D = ½·mean softplus(−w2·ε) + ½·mean softplus(w2·(b1 + ε'))
 * + γ/2·w2² and its derivative with respect to w2. Without noise (ε = ε' = 0) it is
 * ½·log 2 + ½·softplus(w2·b1) + γ/2·w2², the library's cross-entropy of the real point 0
 * (label 1) against the fake point b1 (label 0), plus the R1 penalty on the real point.
 *
 * @param state The finite values `{ b1, w2 }`.
 * @param options `r1`: γ in [0, ∞); `realNoise`, `fakeNoise`: non-empty arrays of finite numbers.
 * @returns `{ loss, derivative }` with the loss in [0, ∞) and derivative ∂L_D/∂w2.
 * @throws {TypeError} If `state` or `options` is not an object, or a value is not a number.
 * @throws {RangeError} If a value is not finite, `r1` is negative, or a noise array is empty.
 *
 * @example At the equilibrium the derivative is 0
 * ```ts
 * import { diracDiscriminatorLoss } from "./loss.ts";
 * import assert from "node:assert/strict";
 *
 * const { loss, derivative } = diracDiscriminatorLoss({ b1: 0, w2: 0 });
 * assert.ok(Math.abs(loss - Math.LN2) < 1e-15);
 * assert.equal(derivative, 0);
 * assert.equal(diracDiscriminatorLoss({ b1: 2, w2: 0 }).derivative, 0.5); // ½·σ(0)·b1
 * ```
 */
export function diracDiscriminatorLoss(
  state: DiracState,
  options: DiracDiscriminatorOptions = {},
): LossAndDerivative {
  const action = "compute the Dirac discriminator loss";
  _assertDiracState(action, state);
  _assertObject(action, "options", options, "an object");
  const { r1 = 0, realNoise = [0], fakeNoise = [0] } = options;
  assertNonNegative(action, "options.r1", r1);
  assertSample(action, "options.realNoise", realNoise);
  assertSample(action, "options.fakeNoise", fakeNoise);
  return _discriminatorLoss(state.b1, state.w2, r1, realNoise, fakeNoise);
}

/**
 * Computes the generator's loss, the mean over the generated batch x = b1 + ε of ℓ(w2·x), and its
 * derivative with respect to b1. The non-saturating loss is ℓ(t) = softplus(−t) = −log σ(t); the
 * saturating one is ℓ(t) = −softplus(t) = log(1 − σ(t)).
 *
 * @param state The finite values `{ b1, w2 }`.
 * @param options `loss`: "non-saturating" (the default) or "saturating"; `noise`: a non-empty
 *   array of finite numbers.
 * @returns `{ loss, derivative }` with derivative ∂L_G/∂b1.
 * @throws {TypeError} If `state` or `options` is not an object, or a value is not a number.
 * @throws {RangeError} If a value is not finite, `noise` is empty, or `loss` is unknown.
 *
 * @example Both losses push b1 along w2 with weight 1/2 at the equilibrium
 * ```ts
 * import { diracGeneratorLoss } from "./loss.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(diracGeneratorLoss({ b1: 0, w2: 0.4 }).derivative, -0.2); // −σ(0)·w2
 * assert.equal(diracGeneratorLoss({ b1: 0, w2: 0.4 }, { loss: "saturating" }).derivative, -0.2);
 * ```
 */
export function diracGeneratorLoss(
  state: DiracState,
  options: DiracGeneratorOptions = {},
): LossAndDerivative {
  const action = "compute the Dirac generator loss";
  _assertDiracState(action, state);
  _assertObject(action, "options", options, "an object");
  const { loss = "non-saturating", noise = [0] } = options;
  _assertGeneratorLoss(action, "options.loss", loss);
  assertSample(action, "options.noise", noise);
  return _generatorLoss(state.b1, state.w2, loss === "non-saturating", noise);
}

/** {@link diracDiscriminatorLoss} without checks. */
export function _discriminatorLoss(
  b1: number,
  w2: number,
  r1: number,
  realNoise: ArrayLike<number>,
  fakeNoise: ArrayLike<number>,
): LossAndDerivative {
  let loss = 0, derivative = 0;
  for (let i = 0; i < realNoise.length; i++) {
    // forward: real x = ε, t = w2·x, ℓ = softplus(−t)
    const x = realNoise[i];
    const t = w2 * x;
    loss += _softplus(-t) / (2 * realNoise.length);

    // backward: dℓ/dw2 = −σ(−t)·x
    derivative -= x / (1 + Math.exp(t)) / (2 * realNoise.length);
  }
  for (let j = 0; j < fakeNoise.length; j++) {
    // forward: fake x = b1 + ε', t = w2·x, ℓ = softplus(t)
    const x = b1 + fakeNoise[j];
    const t = w2 * x;
    loss += _softplus(t) / (2 * fakeNoise.length);

    // backward: dℓ/dw2 = σ(t)·x
    derivative += x / (1 + Math.exp(-t)) / (2 * fakeNoise.length);
  }

  // R1: γ/2·w2², whose derivative is γ·w2
  return { loss: loss + 0.5 * r1 * w2 * w2, derivative: derivative + r1 * w2 };
}

/** {@link diracGeneratorLoss} without checks. */
export function _generatorLoss(
  b1: number,
  w2: number,
  nonSaturating: boolean,
  noise: ArrayLike<number>,
): LossAndDerivative {
  let loss = 0, derivative = 0;
  for (let k = 0; k < noise.length; k++) {
    // forward: x = b1 + ε, t = w2·x
    const t = w2 * (b1 + noise[k]);
    loss += nonSaturating ? _softplus(-t) : -_softplus(t);

    // backward: dℓ/dt is −σ(−t) (non-saturating) or −σ(t) (saturating); dt/db1 = w2
    const dLdt = -1 / (1 + Math.exp(nonSaturating ? t : -t));
    derivative += dLdt * w2;
  }
  return { loss: loss / noise.length, derivative: derivative / noise.length };
}

// softplus(u) = log(1 + e^u), without overflow for large u.
function _softplus(u: number): number {
  return Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));
}
