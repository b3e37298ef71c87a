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
export type { ModelParams } from "../train/options.ts";
