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
