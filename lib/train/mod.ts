// Training the linear GAN: the loop, its options and result, the recorded history, and the
// error thrown when training diverges.

export { train } from "./train.ts";
export type { TrainResult } from "./train.ts";
export type { ModelParams, TrainOptions } from "./options.ts";
export { historyRecords, RECORD_FIELDS } from "./history.ts";
export type { TrainHistory, TrainRecord } from "./history.ts";
export { TrainingDivergedError } from "./diverged.ts";
export { formatProgress } from "./progress.ts";
