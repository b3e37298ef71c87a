// What a discriminator learns from real samples alone: its loss −mean log D(x) over real x only
// ever rewards raising the logit, so nothing it learns depends on the generated samples. Beside
// it, a two-class D is trained on the same real batches against each of several fixed
// generators, and both are scored on fresh real and generated samples.

import { assertArray, assertInteger, assertPositive, message } from "../_validate.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { normal } from "../distributions/normal.ts";
import { _discriminatorBatch, D_ACCURACY } from "../model/_batch.ts";
import { _assertGeneratorParams } from "../model/_params.ts";
import type { DiscriminatorParams } from "../model/discriminator.ts";
import { _generateInto, type GeneratorParams } from "../model/generator.ts";
import type { Source } from "../random.ts";
import { _classGradient, _mixedGradient, type Vector2 } from "./_class_gradients.ts";
import { _checkDiscriminatorRun } from "./_discriminator_run.ts";

/** Options of {@link trainRealOnly}. */
export type RealOnlyOptions = {
  /** The data distribution p_data. */
  data: Distribution;
  /** The fixed generators (w1 ≠ 0, z ~ N(0, 1)) to score against; at least one. */
  generators: readonly GeneratorParams[];
  /** The start point of every D; `{ w2: 0.1, b2: 0 }` if omitted. */
  init?: DiscriminatorParams;
  /** The learning rate, in (0, ∞). */
  lr: number;
  /** The number of steps, an integer in [1, ∞). */
  steps: number;
  /** Real samples (and fake samples per generator) per step, an integer in [1, ∞); 64 if omitted. */
  batchSize?: number;
  /** Fresh samples of each kind for scoring, an integer in [1, ∞); 10000 if omitted. */
  evaluationSize?: number;
  /** The random source of every draw. */
  source: Source;
};

/** The scores of a discriminator on fresh real and generated samples. */
export type DiscriminatorScore = {
  /** The mean of D(x) over real samples, in [0, 1]. */
  meanReal: number;
  /** The mean of D(x) over generated samples, in [0, 1]. */
  meanFake: number;
  /** The accuracy at the threshold 1/2, each class weighted half, in [0, 1]. */
  accuracy: number;
};

/** One generator's scores: the real-only D and the two-class D trained against it. */
export type RealOnlyRow = {
  /** The generator the fakes come from. */
  generator: GeneratorParams;
  /** The real-only D, scored against this generator's samples. */
  realOnly: DiscriminatorScore;
  /** The two-class D trained against this generator. */
  twoClass: DiscriminatorScore;
  /** The two-class D's final parameters. */
  twoClassParams: { w2: number; b2: number };
};

/**
 * Trains one D on real samples only, with the loss −mean log D(x), and for each generator a
 * two-class D with the library's loss, all on the same real batches. Then it scores every D
 * on fresh samples.
 *
 * @param options See {@link RealOnlyOptions} for each range and default.
 * @returns `realOnly`, the real-only D's final `{ w2, b2 }`, and one row per generator.
 * @throws {TypeError} If an option has the wrong type.
 * @throws {RangeError} If an option is out of range, `generators` is empty or a w1 is 0.
 *
 * @example The real-only D raises D on the real data and on fakes alike
 * ```ts
 * import { trainRealOnly } from "./real_only.ts";
 * import { normal } from "../distributions/normal.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const result = trainRealOnly({
 *   data: normal(4, 1.25), generators: [{ w1: 1, b1: 4 }], lr: 0.2, steps: 200,
 *   source: seededSource(1),
 * });
 * assert.ok(result.rows[0].realOnly.meanFake > 0.9);
 * assert.ok(result.rows[0].twoClass.meanFake < 0.6);
 * ```
 */
export function trainRealOnly(
  options: RealOnlyOptions,
): { realOnly: { w2: number; b2: number }; rows: RealOnlyRow[] } {
  const action = "train a real-only discriminator";
  const { data, init, batchSize: m, source } = _checkDiscriminatorRun(action, options);
  const { generators, lr, steps, evaluationSize = 10000 } = options;
  assertArray(action, "options.generators", generators);
  if (generators.length === 0) {
    throw new RangeError(message(action, "options.generators", "a non-empty array", generators));
  }
  generators.forEach((generator, i) => _checkGenerator(action, generator, i));
  assertPositive(action, "options.lr", lr);
  assertInteger(action, "options.steps", steps);
  assertInteger(action, "options.evaluationSize", evaluationSize);

  const noise = normal(0, 1);
  const real = new Float64Array(m), z = new Float64Array(m);
  const xs = new Float64Array(2 * m), labels = new Float64Array(2 * m).fill(1, 0, m);
  let realOnly: Vector2 = [init.w2, init.b2];
  const twoClass: Vector2[] = generators.map(() => [init.w2, init.b2]);
  for (let step = 0; step < steps; step++) {
    // real-only D: descend −mean log D(x) over the real batch (label 1, full weight)
    data.sampleInto(real, source);
    realOnly = _descend(realOnly, _classGradient(...realOnly, real, 1, 1), lr);

    // two-class D per generator: the same real batch against that generator's fakes
    xs.set(real);
    generators.forEach(({ w1, b1 }, i) => {
      _generateInto(w1, b1, noise.sampleInto(z, source), xs.subarray(m));
      twoClass[i] = _descend(twoClass[i], _mixedGradient(...twoClass[i], xs, labels), lr);
    });
  }

  // score: fresh real samples and fresh fakes from each generator
  const evaluationReal = data.sample(evaluationSize, source);
  const rows = generators.map((generator, i) => {
    const fake = _generateInto(
      generator.w1,
      generator.b1,
      noise.sample(evaluationSize, source),
      new Float64Array(evaluationSize),
    );
    return {
      generator: { w1: generator.w1, b1: generator.b1 },
      realOnly: _score(realOnly, evaluationReal, fake),
      twoClass: _score(twoClass[i], evaluationReal, fake),
      twoClassParams: { w2: twoClass[i][0], b2: twoClass[i][1] },
    };
  });
  return { realOnly: { w2: realOnly[0], b2: realOnly[1] }, rows };
}

function _checkGenerator(action: string, generator: unknown, i: number): void {
  const name = `options.generators[${i}]`;
  _assertGeneratorParams(action, generator, name, `${name}.`);
  const { w1 } = generator as GeneratorParams;
  if (w1 === 0) throw new RangeError(message(action, `${name}.w1`, "non-zero", w1));
}

function _descend(point: Vector2, gradient: Vector2, lr: number): Vector2 {
  return [point[0] - lr * gradient[0], point[1] - lr * gradient[1]];
}

function _score([w2, b2]: Vector2, real: Float64Array, fake: Float64Array): DiscriminatorScore {
  const mean = (xs: Float64Array) => {
    let sum = 0;
    for (const x of xs) sum += 1 / (1 + Math.exp(-(w2 * x + b2)));
    return sum / xs.length;
  };
  const accuracy =
    _discriminatorBatch(w2, b2, 0, real, fake, true, new Float64Array(6))[D_ACCURACY];
  return { meanReal: mean(real), meanFake: mean(fake), accuracy };
}
