// Experiments that the notebooks run: each trains or computes what one figure or table shows and
// returns it as data.

export {
  comparePriors,
  type PriorComparison,
  type PriorComparisonOptions,
  type PriorFit,
} from "./priors.ts";
export { type NoiseFreeOptions, type RunSummary, trainWithoutNoise } from "./noise_free.ts";
export {
  type BothSignsOptions,
  type SignRun,
  type SignRunName,
  trainBothSigns,
} from "./both_signs.ts";
export {
  type FrozenNoiseOptions,
  type FrozenNoiseResult,
  trainFrozenNoise,
} from "./frozen_noise.ts";
export {
  compareUpdateSchemes,
  type DiscriminatorPath,
  type UpdateScheme,
  type UpdateSchemeComparison,
  type UpdateSchemeOptions,
} from "./update_schemes.ts";
export {
  type DiscriminatorScore,
  type RealOnlyOptions,
  type RealOnlyRow,
  trainRealOnly,
} from "./real_only.ts";
export { minibatchGradients, type MinibatchOptions, type MinibatchRow } from "./minibatch.ts";
export { compareGeneratorLosses, type GeneratorLossComparison } from "./saturation.ts";
export type { Vector2 } from "./_class_gradients.ts";
export {
  sweep,
  type SweepCell,
  type SweepGrid,
  type SweepProgress,
  type SweepRowSummary,
  sweepSuccesses,
  sweepTraining,
  type SweptOption,
  type TrainingSweepOptions,
} from "./sweep.ts";
export { type GameValuePoint, optimalGameValues } from "./game_value.ts";
export {
  type TailAverage,
  tailAverage,
  type TrainingSnapshot,
  trainingSnapshots,
} from "./snapshots.ts";
export type { Standardization } from "./_standard_units.ts";
export type { Distribution } from "../distributions/distribution.ts";
export type { Source } from "../random.ts";
export type { TrainHistory, TrainRecord } from "../train/history.ts";
export type { ModelParams, TrainOptions } from "../train/options.ts";
export type { TrainResult } from "../train/train.ts";
export type { GeneratorLoss } from "../model/generator_loss.ts";
export type { GeneratorParams } from "../model/generator.ts";
export type { NormalParameters } from "../metrics/_normal.ts";
