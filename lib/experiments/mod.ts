// Experiments that the notebooks run: each trains or computes what one figure or table shows and
// returns it as data.

export {
  comparePriors,
  type PriorComparison,
  type PriorComparisonOptions,
  type PriorFit,
} from "./priors.ts";
export { type NoiseFreeOptions, type RunSummary, trainWithoutNoise } from "./noise_free.ts";
export type { Standardization } from "./_standard_units.ts";
export type { Distribution } from "../distributions/distribution.ts";
export type { Source } from "../random.ts";
export type { TrainHistory, TrainRecord } from "../train/history.ts";
export type { ModelParams } from "../train/options.ts";
