// Argument checks and defaults shared by the discriminator experiments, which train D alone
// against a fixed linear generator.

import { assertFunction, assertInteger, message } from "../_validate.ts";
import type { Distribution } from "../distributions/distribution.ts";
import type { DiscriminatorParams } from "../model/discriminator.ts";
import type { GeneratorParams } from "../model/generator.ts";
import {
  _assertDiscriminatorParams,
  _assertDistribution,
  _assertGeneratorParams,
  _assertObject,
} from "../model/_params.ts";
import type { Source } from "../random.ts";

/** A discriminator's path in the (w2, b2) plane: entry k contains the values after k steps. */
export type DiscriminatorPath = { w2: Float64Array; b2: Float64Array };

/** The options every discriminator experiment takes, with their defaults filled in. */
export type _DiscriminatorRun = {
  data: Distribution;
  generator: GeneratorParams;
  init: { w2: number; b2: number };
  batchSize: number;
  source: Source;
};

/**
 * Checks `options.data`, `generator` (w1 ≠ 0; `{ w1: 1, b1: 0 }` if omitted), `init` (a linear
 * D; `{ w2: 0.1, b2: 0 }` if omitted), `batchSize` (64 if omitted) and `source`. Errors about
 * `init` call it `initName`, for an experiment whose option has another name.
 */
export function _checkDiscriminatorRun(
  action: string,
  options: {
    data: Distribution;
    generator?: GeneratorParams;
    init?: DiscriminatorParams;
    batchSize?: number;
    source: Source;
  },
  initName = "options.init",
): _DiscriminatorRun {
  _assertObject(action, "options", options, "an object");
  const { data, generator = { w1: 1, b1: 0 }, init = { w2: 0.1, b2: 0 } } = options;
  const { batchSize = 64, source } = options;
  _assertDistribution(action, "options.data", data);
  _assertGeneratorParams(action, generator, "options.generator", "options.generator.");
  if (generator.w1 === 0) {
    const rule = "non-zero, since the experiments draw z ~ N(0, 1)";
    throw new RangeError(message(action, "options.generator.w1", rule, generator.w1));
  }
  _assertDiscriminatorParams(action, init, initName, `${initName}.`);
  if ((init.c2 ?? 0) !== 0) {
    throw new RangeError(message(action, `${initName}.c2`, "0 (a linear D)", init.c2));
  }
  assertInteger(action, "options.batchSize", batchSize);
  assertFunction(action, "options.source", source);
  return { data, generator, init: { w2: init.w2, b2: init.b2 }, batchSize, source };
}
