// Gradient descent on the Dirac GAN of lib/dirac/loss.ts: the path of (b1, w2) from a start
// point. With simultaneous steps both players step from the same point. With alternating steps
// D steps first and G steps against the updated D, the order of the library's training loop.

import { assertFunction, assertInteger, assertNonNegative, assertPositive } from "../_validate.ts";
import { normal } from "../distributions/normal.ts";
import { _assertObject } from "../model/_params.ts";
import { _assertGeneratorLoss, type GeneratorLoss } from "../model/generator_loss.ts";
import type { Source } from "../random.ts";
import { _discriminatorLoss, _generatorLoss, type DiracState } from "./loss.ts";
import { _assertDiracState, _assertVariant, type DiracVariant } from "./_state.ts";
import { _radius } from "./growth.ts";

export type { DiracVariant };

/** Options of {@link diracGan}. */
export type DiracGanOptions = {
  /** "simultaneous": both gradients at the same point; "alternating": D first, then G. */
  variant: DiracVariant;
  /** The learning rate h of both players, in (0, ∞). */
  lr: number;
  /** The number of steps, an integer in [1, ∞). */
  steps: number;
  /** The R1 weight γ in [0, ∞); 0 (no penalty) if omitted. */
  r1?: number;
  /** The standard deviation σ in [0, ∞) of the instance noise; 0 (none) if omitted. */
  instanceNoise?: number;
  /** Noise draws per batch (real, fake and generated), an integer in [1, ∞); 64 if omitted. */
  batchSize?: number;
  /** The generator loss; "non-saturating" if omitted. */
  loss?: GeneratorLoss;
  /** The start point `{ b1, w2 }`. */
  init: DiracState;
  /** The random source of the instance noise; never called when `instanceNoise` is 0. */
  source: Source;
};

/** The path of a run: entry k contains the values after k steps, so entry 0 is `init`. */
export type DiracPath = {
  /** The generator's output b1. */
  b1: Float64Array;
  /** The discriminator's weight w2. */
  w2: Float64Array;
  /** The distance √(b1² + 2·w2²) from the equilibrium, which the linearised flow conserves. */
  radius: Float64Array;
};

/**
 * Runs gradient descent on the Dirac GAN: each step moves w2 by −lr·∂L_D/∂w2 and b1 by
 * −lr·∂L_G/∂b1. With instance noise, each gradient is taken on fresh batches in which every
 * sample passed to D (the real point 0 and the fake point b1) gets N(0, σ²) noise added.
 *
 * @param options The variant, `lr`, `steps`, `r1`, `instanceNoise`, `batchSize`, `loss`, `init`
 *   and `source`; see {@link DiracGanOptions} for each range and default.
 * @returns The path, `steps + 1` entries per array.
 * @throws {TypeError} If an option has the wrong type.
 * @throws {RangeError} If an option is out of range, or a value stops being finite.
 *
 * @example Simultaneous steps move away from the equilibrium
 * ```ts
 * import { diracGan } from "./dirac_gan.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const path = diracGan({
 *   variant: "simultaneous", lr: 0.2, steps: 200, init: { b1: 0.5, w2: 0 },
 *   source: seededSource(1),
 * });
 * assert.ok(path.radius[200] > path.radius[0]);
 * ```
 */
export function diracGan(options: DiracGanOptions): DiracPath {
  const action = "run the Dirac GAN";
  _assertObject(action, "options", options, "an object");
  const { variant, lr, steps, r1 = 0, instanceNoise = 0, batchSize = 64 } = options;
  const { loss = "non-saturating", init, source } = options;
  _assertVariant(action, "options.variant", variant);
  assertPositive(action, "options.lr", lr);
  assertInteger(action, "options.steps", steps);
  assertNonNegative(action, "options.r1", r1);
  assertNonNegative(action, "options.instanceNoise", instanceNoise);
  assertInteger(action, "options.batchSize", batchSize);
  _assertGeneratorLoss(action, "options.loss", loss);
  _assertDiracState(action, init, "options.init");
  assertFunction(action, "options.source", source);

  // Noise batches: the single value 0 without instance noise, fresh N(0, σ²) draws with it.
  const noisy = instanceNoise > 0;
  const noise = noisy ? normal(0, instanceNoise) : undefined;
  const [realNoise, fakeNoise, generatedNoise] = [0, 1, 2].map(() =>
    new Float64Array(noisy ? batchSize : 1)
  );
  const draw = (out: Float64Array) => noise?.sampleInto(out, source);

  const path = { b1: new Float64Array(steps + 1), w2: new Float64Array(steps + 1) };
  let { b1, w2 } = init;
  path.b1[0] = b1;
  path.w2[0] = w2;
  for (let step = 1; step <= steps; step++) {
    // update D: one step on L_D
    draw(realNoise);
    draw(fakeNoise);
    const gradientD = _discriminatorLoss(b1, w2, r1, realNoise, fakeNoise).derivative;
    const w2Next = w2 - lr * gradientD;

    // update G: against the old D (simultaneous) or the updated one (alternating)
    draw(generatedNoise);
    const w2Seen = variant === "simultaneous" ? w2 : w2Next;
    const nonSaturating = loss === "non-saturating";
    b1 -= lr * _generatorLoss(b1, w2Seen, nonSaturating, generatedNoise).derivative;
    w2 = w2Next;

    if (!Number.isFinite(b1) || !Number.isFinite(w2)) {
      throw new RangeError(
        `Cannot ${action} as b1 and w2 must stay finite: b1=${b1}, w2=${w2} at step ${step}; ` +
          "lower options.lr or options.steps",
      );
    }
    path.b1[step] = b1;
    path.w2[step] = w2;
  }
  return { ...path, radius: path.b1.map((value, k) => _radius(value, path.w2[k])) };
}
