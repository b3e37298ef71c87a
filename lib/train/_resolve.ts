// Checks the options of `train` and fills in their defaults, so that the loop itself needs no
// checks. Errors follow lib/_validate.ts: a TypeError for a wrong type, a RangeError for a bad
// value, and an unknown option name is a RangeError too, which catches typos such as `lr`.

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
import { _assertGeneratorLoss } from "../model/generator_loss.ts";
import { _assertDistribution, _assertObject } from "../model/_params.ts";
import type { TrainRecord } from "./history.ts";
import type { ModelParams, TrainOptions } from "./options.ts";

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
const DEFAULT_BATCH_SIZE = 64;
const DEFAULT_HISTORY_SIZE = 1000;

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
  for (const [name, value] of Object.entries(options)) {
    if (!OPTION_NAMES.includes(name)) {
      const rule = `a known option (${OPTION_NAMES.join(", ")})`;
      throw new RangeError(message(action, name, rule, value));
    }
  }

  const { data, noise, source, steps, lrD, lrG, quadratic, freezeNoise, onProgress } = options;
  _assertDistribution(action, "data", data);
  if (noise !== undefined) _assertDistribution(action, "noise", noise);
  assertFunction(action, "source", source);
  assertInteger(action, "steps", steps);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  assertInteger(action, "batchSize", batchSize);
  const k = options.k ?? 1;
  assertInteger(action, "k", k);
  assertPositive(action, "lrD", lrD);
  assertPositive(action, "lrG", lrG);
  const loss = options.loss ?? "non-saturating";
  _assertGeneratorLoss(action, "loss", loss);
  const init = _resolveInit(action, options.init);
  if (quadratic !== undefined && typeof quadratic !== "boolean") {
    throw new TypeError(message(action, "quadratic", "a boolean", quadratic));
  }
  if (freezeNoise !== undefined) {
    assertSample(action, "freezeNoise", freezeNoise);
    if (noise !== undefined) {
      throw new RangeError(message(action, "noise", "omitted when freezeNoise is given", noise));
    }
  }
  const historySize = options.historySize ?? DEFAULT_HISTORY_SIZE;
  assertInteger(action, "historySize", historySize, 2);
  if (onProgress !== undefined) assertFunction(action, "onProgress", onProgress);
  const progressEvery = options.progressEvery ?? Math.ceil(steps / 100);
  assertInteger(action, "progressEvery", progressEvery);

  return {
    data,
    noise: freezeNoise === undefined ? (noise ?? normal(0, 1)) : undefined,
    frozenZ: freezeNoise === undefined ? undefined : Float64Array.from(freezeNoise),
    source,
    steps,
    batchSize,
    k,
    lrD,
    lrG,
    nonSaturating: loss === "non-saturating",
    init,
    quadratic: quadratic ?? false,
    historySize,
    onProgress,
    progressEvery,
  };
}

function _resolveInit(action: string, init: unknown): ModelParams {
  if (init === undefined) return { ...DEFAULT_INIT };
  _assertObject(action, "init", init, "an object { w1?, b1?, w2?, b2?, c2? }");
  const resolved = { ...DEFAULT_INIT };
  for (const name of Object.keys(init)) {
    if (!Object.hasOwn(DEFAULT_INIT, name)) {
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
