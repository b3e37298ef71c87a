// The Dirac GAN's update map linearised at its equilibrium (b1, w2) = (0, 0). Near it the
// gradients of lib/dirac/loss.ts are, to first order, ∂L_G/∂b1 = −w2/2 (σ(0) = 1/2 for either
// generator loss) and ∂L_D/∂w2 = b1/4 + κ·w2, where κ = γ + σ²/4 collects the R1 weight γ and
// the instance noise σ (the ½ in front of each class of L_D makes the 1/4). One step is then
// multiplication by a 2×2 Jacobian, and the modulus of its eigenvalues is the factor by which
// the distance from the equilibrium grows or shrinks per step.

import { assertNonNegative, assertPositive } from "../_validate.ts";
import { _assertObject } from "../model/_params.ts";
import { _assertVariant, type DiracVariant } from "./_state.ts";

/** Options of {@link diracJacobian} and {@link linearisedRate}. */
export type LinearisedOptions = {
  /** "simultaneous" or "alternating" (D first, then G against the updated D). */
  variant: DiracVariant;
  /** The learning rate h of both players, in (0, ∞). */
  lr: number;
  /** The R1 weight γ in [0, ∞); 0 if omitted. */
  r1?: number;
  /** The instance noise's standard deviation σ in [0, ∞); 0 if omitted. */
  instanceNoise?: number;
};

/** A 2×2 matrix acting on the column (b1, w2): row 0 gives the new b1, row 1 the new w2. */
export type Matrix2 = [[number, number], [number, number]];

/**
 * Computes the Jacobian of one update step at the equilibrium, with h = lr and κ = γ + σ²/4:
 * simultaneous steps give [[1, h/2], [−h/4, 1 − h·κ]]; alternating steps update w2 first and
 * then b1 against the new w2, which gives [[1 − h²/8, h/2·(1 − h·κ)], [−h/4, 1 − h·κ]].
 *
 * @param options The variant, `lr`, `r1` and `instanceNoise`, as in {@link LinearisedOptions}.
 * @returns The Jacobian in (b1, w2) coordinates.
 * @throws {TypeError} If an option has the wrong type.
 * @throws {RangeError} If an option is out of range.
 *
 * @example Simultaneous steps without a penalty
 * ```ts
 * import { diracJacobian } from "./linearised.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(diracJacobian({ variant: "simultaneous", lr: 0.2 }), [[1, 0.1], [-0.05, 1]]);
 * ```
 */
export function diracJacobian(options: LinearisedOptions): Matrix2 {
  const action = "compute the Dirac GAN Jacobian";
  _assertObject(action, "options", options, "an object");
  const { variant, lr: h, r1 = 0, instanceNoise = 0 } = options;
  _assertVariant(action, "options.variant", variant);
  assertPositive(action, "options.lr", h);
  assertNonNegative(action, "options.r1", r1);
  assertNonNegative(action, "options.instanceNoise", instanceNoise);
  const kappa = r1 + instanceNoise ** 2 / 4;

  // D's row: w2' = w2 − h·(b1/4 + κ·w2)
  const rowW2: [number, number] = [-h / 4, 1 - h * kappa];
  if (variant === "simultaneous") {
    // G's row: b1' = b1 + h·w2/2
    return [[1, h / 2], rowW2];
  }
  // G's row against the new w2: b1' = b1 + h/2·w2' = b1 + h/2·(rowW2 · (b1, w2))
  return [[1 + (h / 2) * rowW2[0], (h / 2) * rowW2[1]], rowW2];
}

/**
 * Computes the predicted factor per step by which the distance from the equilibrium changes:
 * the largest modulus of the eigenvalues of {@link diracJacobian}. For simultaneous steps with
 * no penalty the eigenvalues are 1 ± i·h/(2√2), so the factor is √(1 + h²/8) > 1 and the path
 * spirals outwards. Alternating steps have determinant 1 − h·κ, so without a penalty the factor
 * is exactly 1 (for h < 4√2) and the path circles. A penalty gives √(1 − h·κ + h²/8) for
 * simultaneous steps while the eigenvalues stay complex (κ² < 1/2).
 *
 * @param options The variant, `lr`, `r1` and `instanceNoise`, as in {@link LinearisedOptions}.
 * @returns The spectral radius of the Jacobian, in [0, ∞): above 1 diverges, below 1 converges.
 * @throws {TypeError} If an option has the wrong type.
 * @throws {RangeError} If an option is out of range.
 *
 * @example Outwards, around, inwards
 * ```ts
 * import { linearisedRate } from "./linearised.ts";
 * import assert from "node:assert/strict";
 *
 * const lr = 0.2;
 * assert.ok(Math.abs(linearisedRate({ variant: "simultaneous", lr }) - Math.sqrt(1.005)) < 1e-15);
 * assert.ok(Math.abs(linearisedRate({ variant: "alternating", lr }) - 1) < 1e-15);
 * assert.ok(linearisedRate({ variant: "simultaneous", lr, r1: 0.3 }) < 1);
 * ```
 */
export function linearisedRate(options: LinearisedOptions): number {
  const [[a, b], [c, d]] = diracJacobian(options);

  // eigenvalues: λ = tr/2 ± √(tr²/4 − det)
  const half = (a + d) / 2;
  const determinant = a * d - b * c;
  const discriminant = half * half - determinant;
  if (discriminant < 0) return Math.sqrt(determinant); // complex pair: |λ|² = det
  const root = Math.sqrt(discriminant);
  return Math.max(Math.abs(half + root), Math.abs(half - root));
}
