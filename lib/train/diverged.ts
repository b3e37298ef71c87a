// The error thrown when gradient descent diverges: a parameter, or a logit of the discriminator
// and with it a loss, stops being a finite number, usually because a learning rate is too large
// for the gradients.

import { assertInteger, assertObject, assertPositive, message } from "../_validate.ts";
import { _createHistory, type TrainHistory } from "./history.ts";
import type { ModelParams } from "./options.ts";

const PARAM_NAMES = ["w1", "b1", "w2", "b2", "c2"] as const;

/**
 * Thrown by `train` when a parameter or a logit becomes NaN or ±Infinity. It is a `RangeError`,
 * like the library's other errors for bad values. Its message has the library's form
 * "Cannot train as ... must be finite: ..." and names the step, the parameters and the learning
 * rates, and suggests learning rates 10 times smaller.
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
  /** The steps recorded before the diverging one, all finite; it has no rows if none were. */
  readonly history: TrainHistory;

  /**
   * Creates the error for divergence at `step`.
   *
   * @param step The step's index, an integer in [0, ∞).
   * @param params The parameters after the step's updates: numbers, which may be NaN or ±Infinity.
   * @param lrD The discriminator's learning rate, in (0, ∞).
   * @param lrG The generator's learning rate, in (0, ∞).
   * @param history The steps recorded before `step`; a history with no rows if omitted.
   * @throws {TypeError} If `step`, a learning rate or a parameter is not a number, or `params`
   *   is not an object.
   * @throws {RangeError} If `step` is not an integer >= 0 or a learning rate is not positive and
   *   finite.
   *
   * @example The message names the step, the values and smaller learning rates
   * ```ts
   * import { TrainingDivergedError } from "./diverged.ts";
   * import assert from "node:assert/strict";
   *
   * const params = { w1: 1, b1: NaN, w2: 0, b2: 0, c2: 0 };
   * const error = new TrainingDivergedError(3, params, 2, 0.5);
   * assert.ok(error instanceof RangeError);
   * assert.match(error.message, /^Cannot train as .* must be finite: at step 3, w1=1, b1=NaN/);
   * assert.match(error.message, /such as lrD=0\.2, lrG=0\.05\.$/);
   * ```
   */
  constructor(
    step: number,
    params: ModelParams,
    lrD: number,
    lrG: number,
    history: TrainHistory = _createHistory(0),
  ) {
    const action = "report a diverged training run";
    assertInteger(action, "step", step, 0);
    assertObject(action, "params", params, "an object { w1, b1, w2, b2, c2 }");
    for (const name of PARAM_NAMES) {
      if (typeof params[name] !== "number") {
        throw new TypeError(message(action, `params.${name}`, "a number", params[name]));
      }
    }
    assertPositive(action, "lrD", lrD);
    assertPositive(action, "lrG", lrG);

    const values = PARAM_NAMES.map((name) => `${name}=${params[name]}`).join(", ");
    super(
      `Cannot train as the parameters and D's logits must be finite: at step ${step}, ${values} ` +
        `with lrD=${lrD}, lrG=${lrG}. Training diverged, so try smaller learning rates, such as ` +
        `lrD=${_tenth(lrD)}, lrG=${_tenth(lrG)}.`,
    );
    this.name = "TrainingDivergedError";
    this.step = step;
    this.params = Object.freeze({ ...params });
    this.lrD = lrD;
    this.lrG = lrG;
    this.history = history;
  }
}

// lr/10 with at most 3 significant digits, so that 0.7 suggests 0.07 and not 0.06999999999999999.
function _tenth(lr: number): number {
  return Number((lr / 10).toPrecision(3));
}
