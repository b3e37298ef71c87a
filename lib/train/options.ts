// The settings of a training run (Algorithm 1 of Goodfellow et al., 2014, "Generative
// Adversarial Nets"): what to sample, how many steps, the batch size m, the number k of
// discriminator updates per generator update, the learning rates and the generator loss. This
// file declares them with their defaults and checks them before the loop starts.

import {
  assertFinite,
  assertFunction,
  assertInteger,
  assertPositive,
  assertSample,
  message,
} from "../_validate.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { normal } from "../distributions/normal.ts";
import type { Source } from "../random.ts";
import type { GeneratorLoss } from "../model/losses.ts";
import { _assertGeneratorLoss } from "../model/losses.ts";
import { _assertDistribution, _assertObject } from "../model/_params.ts";
import type { TrainRecord } from "./history.ts";

/** All five model parameters: the generator's w1, b1 and the discriminator's w2, b2, c2. */
export type ModelParams = { w1: number; b1: number; w2: number; b2: number; c2: number };

/** The options of `train`. Learning rates are plain step sizes: θ ← θ − lr·∂L/∂θ. */
export type TrainOptions = {
  /** The data distribution p_data; each discriminator update draws m samples from it. */
  data: Distribution;
  /** The noise prior p(z); N(0, 1) if omitted. Not allowed together with `freezeNoise`. */
  noise?: Distribution;
  /** The random source for every draw; pass `seededSource(seed)` to make a run repeatable. */
  source: Source;
  /** The number of generator updates, an integer in [1, ∞). */
  steps: number;
  /** The batch size m of real samples and of noise values, an integer in [1, ∞); 64 if omitted. */
  batchSize?: number;
  /** The number k of discriminator updates per step, an integer in [1, ∞); 1 if omitted. */
  k?: number;
  /** The discriminator's learning rate, in (0, ∞). */
  lrD: number;
  /** The generator's learning rate, in (0, ∞). */
  lrG: number;
  /** The generator loss; "non-saturating" if omitted. */
  loss?: GeneratorLoss;
  /**
   * Initial parameters; each one omitted takes its default: w1 = 1, b1 = 0, w2 = 0.1, b2 = 0,
   * c2 = 0.
   */
  init?: Partial<ModelParams>;
  /** Whether to train the discriminator's quadratic weight c2; false (c2 stays fixed) if omitted. */
  quadratic?: boolean;
  /**
   * Fixed noise values, used in place of fresh draws for every fake batch of every step. The
   * fake batches then have this length, which may differ from `batchSize`.
   */
  freezeNoise?: ArrayLike<number>;
  /** The maximum number of recorded steps, an integer in [2, ∞); 1000 if omitted. */
  historySize?: number;
  /** Called with the step's record every `progressEvery` steps and after the last step. */
  onProgress?: (record: TrainRecord) => void;
  /** Steps between `onProgress` calls, an integer in [1, ∞); ⌈steps/100⌉ if omitted. */
  progressEvery?: number;
};

/** {@link TrainOptions} after checking, with every default filled in. */
export type _TrainSettings = {
  data: Distribution;
  noise: Distribution | undefined;
  frozenZ: Float64Array | undefined;
  source: Source;
  steps: number;
  batchSize: number;
  k: number;
  lrD: number;
  lrG: number;
  nonSaturating: boolean;
  init: ModelParams;
  quadratic: boolean;
  historySize: number;
  onProgress: ((record: TrainRecord) => void) | undefined;
  progressEvery: number;
};

const DEFAULT_INIT: ModelParams = { w1: 1, b1: 0, w2: 0.1, b2: 0, c2: 0 };

const OPTION_NAMES = [
  "data",
  "noise",
  "source",
  "steps",
  "batchSize",
  "k",
  "lrD",
  "lrG",
  "loss",
  "init",
  "quadratic",
  "freezeNoise",
  "historySize",
  "onProgress",
  "progressEvery",
];

/** Checks every option and fills in the defaults; throws the library's standard errors. */
export function _resolveOptions(options: TrainOptions): _TrainSettings {
  const action = "train";
  _assertObject(action, "options", options, "an object");
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.includes(name)) {
      const known = `a known option (${OPTION_NAMES.join(", ")})`;
      throw new RangeError(
        message(action, name, known, (options as Record<string, unknown>)[name]),
      );
    }
  }
  const o = { ...options };

  _assertDistribution(action, "data", o.data);
  if (o.noise !== undefined) _assertDistribution(action, "noise", o.noise);
  assertFunction(action, "source", o.source);
  assertInteger(action, "steps", o.steps);
  assertInteger(action, "batchSize", o.batchSize ?? 64);
  assertInteger(action, "k", o.k ?? 1);
  assertPositive(action, "lrD", o.lrD);
  assertPositive(action, "lrG", o.lrG);
  _assertGeneratorLoss(action, "loss", o.loss ?? "non-saturating");
  const init = _resolveInit(action, o.init);
  if (o.quadratic !== undefined && typeof o.quadratic !== "boolean") {
    throw new TypeError(message(action, "quadratic", "a boolean", o.quadratic));
  }
  if (o.freezeNoise !== undefined) {
    assertSample(action, "freezeNoise", o.freezeNoise);
    if (o.noise !== undefined) {
      throw new RangeError(message(action, "noise", "omitted when freezeNoise is given", o.noise));
    }
  }
  assertInteger(action, "historySize", o.historySize ?? 1000, 2);
  if (o.onProgress !== undefined) assertFunction(action, "onProgress", o.onProgress);
  const progressEvery = o.progressEvery ?? Math.ceil(o.steps / 100);
  assertInteger(action, "progressEvery", progressEvery);

  return {
    data: o.data,
    noise: o.freezeNoise === undefined ? (o.noise ?? normal(0, 1)) : undefined,
    frozenZ: o.freezeNoise === undefined ? undefined : Float64Array.from(o.freezeNoise),
    source: o.source,
    steps: o.steps,
    batchSize: o.batchSize ?? 64,
    k: o.k ?? 1,
    lrD: o.lrD,
    lrG: o.lrG,
    nonSaturating: (o.loss ?? "non-saturating") === "non-saturating",
    init,
    quadratic: o.quadratic ?? false,
    historySize: o.historySize ?? 1000,
    onProgress: o.onProgress,
    progressEvery,
  };
}

function _resolveInit(action: string, init: unknown): ModelParams {
  if (init === undefined) return { ...DEFAULT_INIT };
  _assertObject(action, "init", init, "an object { w1?, b1?, w2?, b2?, c2? }");
  const resolved = { ...DEFAULT_INIT };
  for (const name of Object.keys(init)) {
    if (!(name in DEFAULT_INIT)) {
      throw new RangeError(
        message(action, `init.${name}`, "a known parameter (w1, b1, w2, b2, c2)", init[name]),
      );
    }
    const value = init[name];
    if (value === undefined) continue;
    assertFinite(action, `init.${name}`, value);
    resolved[name as keyof ModelParams] = value;
  }
  return resolved;
}
