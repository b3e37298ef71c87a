// The settings of a training run, which follows Algorithm 1 of Goodfellow et al. (2014),
// "Generative Adversarial Nets". They set what to sample, the number of steps, the batch size m,
// the number k of discriminator updates per generator update, the learning rates and the
// generator loss. lib/train/_resolve.ts checks them and fills in the defaults.

import type { Distribution } from "../distributions/distribution.ts";
import type { Source } from "../random.ts";
import type { GeneratorLoss } from "../model/generator_loss.ts";
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
  /** The switch that trains D's quadratic weight c2; if false or omitted, c2 stays at init.c2. */
  quadratic?: boolean;
  /**
   * Fixed noise values, used in place of fresh draws for every fake batch of every step. The
   * fake batches then have this length, which may differ from `batchSize`.
   */
  freezeNoise?: ArrayLike<number>;
  /** The maximum number of recorded steps, an integer in [2, ∞); 1000 if omitted. */
  historySize?: number;
  /** A callback given the step's record every `progressEvery` steps and after the last step. */
  onProgress?: (record: TrainRecord) => void;
  /** Steps between `onProgress` calls, an integer in [1, ∞); ⌈steps/100⌉ if omitted. */
  progressEvery?: number;
};
