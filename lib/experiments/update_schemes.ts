// Four ways to update the discriminator on the same batches, with the generator held fixed.
// (a) takes one step on a mixed batch of real (label 1) and fake (label 0) samples. (b) adds the
// gradients of a real-only and a fake-only backward pass before one step. (c) takes a real-only
// step and then a fake-only step. (d) steps along the full-data gradient, an expectation
// computed by quadrature. The loss is the library's L_D = L_real + L_fake, with
// L_real = ½·mean over real of −log D(x) and L_fake = ½·mean over fake of −log(1 − D(x)), so
// (a) and (b) compute the same gradient.

import { assertInteger, assertPositive } from "../_validate.ts";
import type { Distribution } from "../distributions/distribution.ts";
import { normal } from "../distributions/normal.ts";
import type { DiscriminatorParams } from "../model/discriminator.ts";
import { _generateInto, generatedDistribution, type GeneratorParams } from "../model/generator.ts";
import type { Source } from "../random.ts";
import {
  _classGradient,
  _classHessian,
  _fullGradient,
  _mixedGradient,
  type Vector2,
} from "./_class_gradients.ts";
import { _checkDiscriminatorRun, type DiscriminatorPath } from "./_discriminator_run.ts";

export type { DiscriminatorPath };

/** The update schemes, in the order (a) to (d). */
export type UpdateScheme = "mixed" | "summed" | "sequential" | "full";

/** Options of {@link compareUpdateSchemes}. */
export type UpdateSchemeOptions = {
  /** The data distribution p_data. */
  data: Distribution;
  /** The fixed generator, with w1 ≠ 0 and z ~ N(0, 1); `{ w1: 1, b1: 0 }` if omitted. */
  generator?: GeneratorParams;
  /** D's start point; `{ w2: 0.1, b2: 0 }` (the training loop's default) if omitted. */
  init?: DiscriminatorParams;
  /** The learning rate, in (0, ∞). */
  lr: number;
  /** The number of steps, an integer in [1, ∞). */
  steps: number;
  /** The number m of real and of fake samples per step, an integer in [1, ∞); 64 if omitted. */
  batchSize?: number;
  /** The random source of every batch. */
  source: Source;
};

/** The result of {@link compareUpdateSchemes}. */
export type UpdateSchemeComparison = {
  /** Each scheme's path: entry k contains (w2, b2) after k steps. */
  paths: Record<UpdateScheme, DiscriminatorPath>;
  /** Scheme (c) with the point after each real-only step: 2·steps + 1 entries. */
  zigzag: DiscriminatorPath;
  /** max over steps of |(a) − (b)|, the largest gap in w2 or b2. */
  summedDifference: number;
  /** max over steps of the distance between (c) and (a) in the (w2, b2) plane. */
  sequentialDifference: number;
  /** max over steps of the distance between (d) and (a): the minibatch noise. */
  fullDifference: number;
  /** Per step k: the distance between one step of (c) and one step of (b) from (c)'s point k. */
  stepGap: Float64Array;
  /** Per step k: the second-order prediction of `stepGap`, lr²·|H_fake·∇L_real|. */
  predictedGap: Float64Array;
  /** Per step k: the length lr·|∇L_real| of (c)'s real-only half step, the zigzag's size. */
  excursion: Float64Array;
};

/**
 * Runs the four update schemes from the same D on the same batches: step k draws m real samples
 * and m noise values, and every scheme uses those. Scheme (c) differs from (b) because its
 * fake-only gradient is taken after the real-only step: to second order the difference is
 * lr²·H_fake·∇L_real, where H_fake is the Hessian of L_fake.
 *
 * @param options The data, generator, start point, `lr`, `steps`, `batchSize` and source; see
 *   {@link UpdateSchemeOptions} for each range and default.
 * @returns The four paths, the zigzag of (c), and the gaps between the schemes.
 * @throws {TypeError} If an option has the wrong type.
 * @throws {RangeError} If an option is out of range, or w1 = 0.
 *
 * @example (a) and (b) agree to rounding
 * ```ts
 * import { compareUpdateSchemes } from "./update_schemes.ts";
 * import { normal } from "../distributions/normal.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const result = compareUpdateSchemes({
 *   data: normal(4, 1.25), lr: 0.1, steps: 5, source: seededSource(1),
 * });
 * assert.ok(result.summedDifference < 1e-12);
 * assert.ok(result.sequentialDifference > 1e-6);
 * ```
 */
export function compareUpdateSchemes(options: UpdateSchemeOptions): UpdateSchemeComparison {
  const action = "compare the update schemes";
  const { data, generator, init, batchSize: m, source } = _checkDiscriminatorRun(action, options);
  const { lr, steps } = options;
  assertPositive(action, "options.lr", lr);
  assertInteger(action, "options.steps", steps);
  const generated = generatedDistribution(generator);

  const paths = { mixed: _path(steps), summed: _path(steps), sequential: _path(steps) };
  const full = _path(steps);
  const zigzag = _path(2 * steps);
  const [stepGap, predictedGap, excursion] = [0, 1, 2].map(() => new Float64Array(steps));
  const points: Record<UpdateScheme, Vector2> = {
    mixed: [init.w2, init.b2],
    summed: [init.w2, init.b2],
    sequential: [init.w2, init.b2],
    full: [init.w2, init.b2],
  };
  const real = new Float64Array(m), fake = new Float64Array(m), z = new Float64Array(m);
  const xs = new Float64Array(2 * m), labels = new Float64Array(2 * m).fill(1, 0, m);
  const noise = normal(0, 1);
  _record(paths, full, zigzag, points, 0);

  for (let k = 0; k < steps; k++) {
    // sample: m real x, m noise values z and the fakes G(z), shared by every scheme
    data.sampleInto(real, source);
    _generateInto(generator.w1, generator.b1, noise.sampleInto(z, source), fake);
    xs.set(real);
    xs.set(fake, m);

    // (a) one mixed batch of 2m labelled samples
    points.mixed = _step(points.mixed, _mixedGradient(...points.mixed, xs, labels), lr);

    // (b) real-only and fake-only passes, added before one step
    points.summed = _step(points.summed, _add(..._halves(points.summed, real, fake)), lr);

    // (c) a real-only step, then a fake-only step from where it landed
    const start = points.sequential;
    const [gradientReal, gradientFake] = _halves(start, real, fake);
    const middle = _step(start, gradientReal, lr);
    points.sequential = _step(middle, _classGradient(...middle, fake, 0, 0.5), lr);
    zigzag.w2[2 * k + 1] = middle[0];
    zigzag.b2[2 * k + 1] = middle[1];

    // the zigzag against (b) from the same point, and its second-order prediction
    const fromSummed = _step(start, _add(gradientReal, gradientFake), lr);
    stepGap[k] = Math.hypot(
      points.sequential[0] - fromSummed[0],
      points.sequential[1] - fromSummed[1],
    );
    const [hww, hwb, hbb] = _classHessian(...start, fake, 0.5);
    const [gw, gb] = gradientReal;
    predictedGap[k] = lr * lr * Math.hypot(hww * gw + hwb * gb, hwb * gw + hbb * gb);
    excursion[k] = lr * Math.hypot(gw, gb);

    // (d) the full-data gradient: no batch at all
    points.full = _step(points.full, _fullGradient(...points.full, data, generated), lr);
    _record(paths, full, zigzag, points, k + 1);
  }

  const all = { ...paths, full };
  return {
    paths: all,
    zigzag,
    summedDifference: _maxGap(
      all.mixed,
      all.summed,
      (dw, db) => Math.max(Math.abs(dw), Math.abs(db)),
    ),
    sequentialDifference: _maxGap(all.mixed, all.sequential, Math.hypot),
    fullDifference: _maxGap(all.mixed, all.full, Math.hypot),
    stepGap,
    predictedGap,
    excursion,
  };
}

// The real-only and fake-only gradients at `point`: ∇L_real and ∇L_fake, each class weighted ½.
function _halves(point: Vector2, real: Float64Array, fake: Float64Array): [Vector2, Vector2] {
  return [_classGradient(...point, real, 1, 0.5), _classGradient(...point, fake, 0, 0.5)];
}

function _step(point: Vector2, gradient: Vector2, lr: number): Vector2 {
  return [point[0] - lr * gradient[0], point[1] - lr * gradient[1]];
}

function _add(a: Vector2, b: Vector2): Vector2 {
  return [a[0] + b[0], a[1] + b[1]];
}

function _path(steps: number): DiscriminatorPath {
  return { w2: new Float64Array(steps + 1), b2: new Float64Array(steps + 1) };
}

function _record(
  paths: Record<"mixed" | "summed" | "sequential", DiscriminatorPath>,
  full: DiscriminatorPath,
  zigzag: DiscriminatorPath,
  points: Record<UpdateScheme, Vector2>,
  k: number,
): void {
  for (const name of ["mixed", "summed", "sequential"] as const) {
    [paths[name].w2[k], paths[name].b2[k]] = points[name];
  }
  [full.w2[k], full.b2[k]] = points.full;
  [zigzag.w2[2 * k], zigzag.b2[2 * k]] = points.sequential;
}

function _maxGap(
  a: DiscriminatorPath,
  b: DiscriminatorPath,
  size: (dw2: number, db2: number) => number,
): number {
  let gap = 0;
  for (let k = 0; k < a.w2.length; k++) {
    gap = Math.max(gap, size(a.w2[k] - b.w2[k], a.b2[k] - b.b2[k]));
  }
  return gap;
}
