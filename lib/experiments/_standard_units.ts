// Training in standard units: the data are shifted and scaled to mean 0 and standard deviation 1
// before training, so that one pair of learning rates suits synthetic data near 4 and flipper
// lengths near 200 mm alike, and the trained parameters are mapped back to the data's units.

import { assertFinite, message } from "../_validate.ts";
import { assertDistribution } from "../distributions/_assert.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { _assertDistribution } from "../model/_params.ts";
import { generatedDistribution } from "../model/generator.ts";
import type { ModelParams } from "../train/options.ts";

/** The shift and scale of the standardisation u = (x − mean)/sd, in the data's units. */
export type Standardization = { mean: number; sd: number };

/**
 * Throws a `TypeError` unless `value` is a distribution with a sampler, and a `RangeError` unless
 * its mean is finite and its variance positive and finite, because standardising the data and
 * reading a prior's fit both divide by the standard deviation.
 */
export function _assertDistributionWithSpread(
  action: string,
  name: string,
  value: unknown,
): asserts value is Distribution {
  assertDistribution(action, name, value);
  _assertDistribution(action, name, value);
  assertFinite(action, `${name}.mean`, value.mean);
  if (!(Number.isFinite(value.variance) && value.variance > 0)) {
    throw new RangeError(
      message(action, `${name}.variance`, "positive and finite", value.variance),
    );
  }
}

/** Returns the distribution of u = (x − mean)/sd for x ~ data, and the scale used. */
export function _standardize(
  data: Distribution,
): { scale: Standardization; standardized: Distribution } {
  const scale = { mean: data.mean, sd: Math.sqrt(data.variance) };
  const standardized = generatedDistribution(
    { w1: 1 / scale.sd, b1: -scale.mean / scale.sd },
    data,
  );
  return { scale, standardized };
}

/**
 * Maps parameters trained in standard units back to the data's units. The generator becomes
 * x = sd·(w1·z + b1) + mean. The logit c2·u² + w2·u + b2 with u = (x − mean)/sd expands to
 * (c2/sd²)·x² + (w2/sd − 2·c2·mean/sd²)·x + (c2·mean²/sd² − w2·mean/sd + b2).
 */
export function _toDataUnits(params: ModelParams, scale: Standardization): ModelParams {
  const { mean, sd } = scale;
  const { w1, b1, w2, b2, c2 } = params;
  return {
    w1: sd * w1,
    b1: sd * b1 + mean,
    w2: w2 / sd - (2 * c2 * mean) / (sd * sd),
    b2: (c2 * mean * mean) / (sd * sd) - (w2 * mean) / sd + b2,
    c2: c2 / (sd * sd),
  };
}

/** Averages the last quarter of a recorded column, where training has settled. */
export function _lateMean(column: ArrayLike<number>): number {
  const from = Math.floor((column.length * 3) / 4);
  let sum = 0;
  for (let i = from; i < column.length; i++) sum += column[i];
  return sum / (column.length - from);
}
