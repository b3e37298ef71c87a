// The error thrown when gradient descent diverges: a parameter, or a logit of the discriminator
// and with it a loss, stops being a finite number, usually because a learning rate is too large
// for the gradients.

import type { ModelParams } from "./options.ts";

/**
 * Thrown by `train` when a parameter or a logit becomes NaN or ±Infinity. It is a `RangeError`,
 * like the library's other errors for bad values, and its message names the step, the
 * parameters and the learning rates.
 */
export class TrainingDivergedError extends RangeError {
  /** The index of the step whose updates produced the non-finite value, from 0. */
  readonly step: number;
  /** The parameters after that step's updates; at least one of them or a logit is not finite. */
  readonly params: Readonly<ModelParams>;
  /** The discriminator's learning rate. */
  readonly lrD: number;
  /** The generator's learning rate. */
  readonly lrG: number;

  /**
   * Creates the error for divergence at `step`.
   *
   * @param step The step's index, an integer in [0, ∞).
   * @param params The parameters after the step's updates.
   * @param lrD The discriminator's learning rate.
   * @param lrG The generator's learning rate.
   *
   * @example
   * ```ts
   * import { TrainingDivergedError } from "./diverged.ts";
   * import assert from "node:assert/strict";
   *
   * const params = { w1: 1, b1: NaN, w2: 0, b2: 0, c2: 0 };
   * const error = new TrainingDivergedError(3, params, 1e6, 1e6);
   * assert.ok(error instanceof RangeError);
   * assert.match(error.message, /at step 3 .* b1=NaN/);
   * ```
   */
  constructor(step: number, params: ModelParams, lrD: number, lrG: number) {
    const { w1, b1, w2, b2, c2 } = params;
    super(
      "Cannot train as the parameters and logits must stay finite: training diverged at " +
        `step ${step} (w1=${w1}, b1=${b1}, w2=${w2}, b2=${b2}, c2=${c2}) ` +
        `with lrD=${lrD}, lrG=${lrG}. Try smaller learning rates.`,
    );
    this.name = "TrainingDivergedError";
    this.step = step;
    this.params = Object.freeze({ w1, b1, w2, b2, c2 });
    this.lrD = lrD;
    this.lrG = lrG;
  }
}
