// A sweep: one run per cell of a grid of settings (rows) by repeats (columns), each reduced to
// one number, so that a heatmap shows how often a setting works and not one lucky run.
// `sweepTraining` fills the grid with training runs, one per (setting, seed), scored by the
// closed-form W1 distance from the final p_g = N(b1, w1²) to a normal target.

import {
  assertArray,
  assertFinite,
  assertFunction,
  assertInteger,
  assertObject,
  assertPositive,
  message,
} from "../_validate.ts";
import { assertNormalParameters, type NormalParameters } from "../metrics/_normal.ts";
import { w1Normal } from "../metrics/wasserstein.ts";
import { seededSource } from "../random.ts";
import { TrainingDivergedError } from "../train/diverged.ts";
import type { TrainOptions } from "../train/options.ts";
import { train } from "../train/train.ts";

/** One cell of a sweep, shaped as `plotHeatmap` takes it. */
export interface SweepCell {
  /** The column key, such as a seed. */
  x: string | number;
  /** The row key, such as a learning rate. */
  y: string | number;
  /** The run's score; may be ±Infinity or NaN, which a heatmap draws as "not finite". */
  value: number;
}

/** The rows and columns of a sweep. */
export interface SweepGrid<Row extends string | number, Column extends string | number> {
  /** The row keys, at least one, all different. */
  rows: readonly Row[];
  /** The column keys, at least one, all different. */
  columns: readonly Column[];
}

/** Called after each cell with the number of cells done and the total; may return a promise. */
export type SweepProgress = (done: number, total: number) => unknown;

/**
 * Runs `runOne` on every (row, column) pair, row by row, and collects the scores.
 *
 * @param grid The row and column keys.
 * @param runOne Returns the score of one cell, a number (±Infinity and NaN are kept).
 * @param options `onProgress`, awaited after each cell, so that a notebook's progress display
 *   can update while the sweep runs.
 * @returns The cells in row-major order: `{ x: column, y: row, value }`.
 * @throws {TypeError} The promise rejects if `grid` or `options` is not an object, a key is not
 *   a string or number, `onProgress` is not a function, or `runOne` is not a function or returns
 *   something other than a number.
 * @throws {RangeError} The promise rejects if `rows` or `columns` is empty or repeats a key.
 *
 * @example A 2 × 3 grid
 * ```ts
 * import { sweep } from "./sweep.ts";
 * import assert from "node:assert/strict";
 *
 * const cells = await sweep({ rows: [1, 10], columns: ["a", "b", "c"] }, (row) => row * 2);
 * assert.equal(cells.length, 6);
 * assert.deepEqual(cells[3], { x: "a", y: 10, value: 20 });
 * ```
 */
export async function sweep<Row extends string | number, Column extends string | number>(
  grid: SweepGrid<Row, Column>,
  runOne: (row: Row, column: Column) => number,
  options: { onProgress?: SweepProgress } = {},
): Promise<SweepCell[]> {
  const action = "run a sweep";
  assertObject(action, "grid", grid, "an object { rows, columns }");
  _assertKeys(action, "grid.rows", grid.rows);
  _assertKeys(action, "grid.columns", grid.columns);
  assertFunction(action, "runOne", runOne);
  assertObject(action, "options", options);
  const { onProgress } = options;
  if (onProgress !== undefined) assertFunction(action, "options.onProgress", onProgress);

  const total = grid.rows.length * grid.columns.length;
  const cells: SweepCell[] = [];
  for (const row of grid.rows) {
    for (const column of grid.columns) {
      const value = runOne(row, column);
      if (typeof value !== "number") {
        throw new TypeError(message(action, `runOne(${row}, ${column})`, "a number", value));
      }
      cells.push({ x: column, y: row, value });
      if (onProgress !== undefined) await onProgress(cells.length, total);
    }
  }
  return cells;
}

/** The training options that one row of {@linkcode sweepTraining} may set. */
export type SweptOption = "lrD" | "lrG" | "k" | "batchSize" | "steps";

/** Options of {@linkcode sweepTraining}. */
export interface TrainingSweepOptions {
  /** The options shared by every run; each run adds its own `source` and its row's setting. */
  base: Omit<TrainOptions, "source" | "onProgress" | "progressEvery">;
  /** The option that the rows set. */
  vary: SweptOption;
  /** The values of that option, one row each, all different and valid for `train`. */
  values: readonly number[];
  /** The seeds, one column each: run (row, seed) trains from `seededSource(seed)`. */
  seeds: readonly number[];
  /** The normal that the final p_g is scored against: `mu` finite, `sigma` in (0, ∞). */
  target: NormalParameters;
  /** Called after each run; see {@linkcode SweepProgress}. */
  onProgress?: SweepProgress;
}

/**
 * Trains one run per (value, seed) and scores it by W1 between the final p_g = N(b1, w1²) and
 * `target`, in the units of x. A run that diverges (`TrainingDivergedError`) scores Infinity.
 *
 * @param options The shared options, the swept option and its values, the seeds and the
 *   target; see {@linkcode TrainingSweepOptions}.
 * @returns The cells in row-major order: `{ x: seed, y: value, value: W1 }`.
 * @throws {TypeError} The promise rejects if `options` or `base` is not an object, `vary` is
 *   not a string, `target` is not `{ mu, sigma }`, a value or seed is not a number, `onProgress`
 *   is not a function, or as `train` does for options of the wrong type.
 * @throws {RangeError} The promise rejects if `vary` is not a swept option, `values` or `seeds`
 *   is empty or repeats an entry, a seed is not finite, a value is not positive (or, for `k`,
 *   `batchSize` and `steps`, not a positive integer), or as `train` does for options out of
 *   range, except that divergence scores Infinity.
 *
 * @example Two learning rates, two seeds
 * ```ts
 * import { sweepTraining } from "./sweep.ts";
 * import { normal } from "../distributions/normal.ts";
 * import assert from "node:assert/strict";
 *
 * const cells = await sweepTraining({
 *   base: { data: normal(4, 1.25), steps: 200, lrD: 0.05, lrG: 0.05 },
 *   vary: "lrG",
 *   values: [0.001, 0.05],
 *   seeds: [1, 2],
 *   target: { mu: 4, sigma: 1.25 },
 * });
 * assert.equal(cells.length, 4);
 * assert.ok(cells[0].value > cells[2].value); // the slow generator is still far from the data
 * ```
 */
export async function sweepTraining(options: TrainingSweepOptions): Promise<SweepCell[]> {
  const action = "sweep training runs";
  assertObject(action, "options", options);
  const { base, vary, values, seeds, target, onProgress } = options;
  assertObject(action, "base", base);
  const rule = `one of ${SWEPT_OPTIONS.join(", ")}`;
  if (typeof vary !== "string") throw new TypeError(message(action, "vary", rule, vary));
  if (!SWEPT_OPTIONS.includes(vary)) throw new RangeError(message(action, "vary", rule, vary));
  assertNormalParameters(action, "target", target);
  _assertKeys(action, "values", values);
  const integerOptions: readonly SweptOption[] = ["k", "batchSize", "steps"];
  values.forEach((value, i) => {
    if (integerOptions.includes(vary)) assertInteger(action, `values[${i}]`, value);
    else assertPositive(action, `values[${i}]`, value);
  });
  _assertKeys(action, "seeds", seeds);
  seeds.forEach((seed, i) => assertFinite(action, `seeds[${i}]`, seed));
  if (onProgress !== undefined) assertFunction(action, "onProgress", onProgress);

  return await sweep({ rows: values, columns: seeds }, (value, seed) => {
    try {
      const { final } = train({ ...base, [vary]: value, source: seededSource(seed) });
      // w1 = 0 makes p_g a point mass at b1, which the smallest positive sigma approximates.
      const sigma = Math.max(Math.abs(final.w1), Number.MIN_VALUE);
      return w1Normal({ mu: final.b1, sigma }, target);
    } catch (error) {
      if (error instanceof TrainingDivergedError) return Infinity;
      throw error;
    }
  }, { onProgress });
}

/** The options that {@linkcode sweepTraining} can vary. */
const SWEPT_OPTIONS: readonly SweptOption[] = ["lrD", "lrG", "k", "batchSize", "steps"];

/** One row of {@linkcode sweepSuccesses}. */
export interface SweepRowSummary {
  /** The row key. */
  row: string | number;
  /** The number of cells in the row whose value is below the threshold. */
  successes: number;
  /** The number of cells in the row. */
  runs: number;
  /** The lower median of the row: its ⌈n/2⌉-th smallest value, with NaN counted as Infinity. */
  median: number;
}

/**
 * Counts, row by row, the cells whose value is below `threshold`: for a W1 score, the runs that
 * ended close to the target.
 *
 * @param cells Cells from {@linkcode sweep} or {@linkcode sweepTraining}.
 * @param threshold A finite number; a cell succeeds when its value is below it.
 * @returns One summary per row, in order of first appearance.
 * @throws {TypeError} If `cells` is not an array of objects with a string or number `y` and a
 *   number `value`, or `threshold` is not a number.
 * @throws {RangeError} If `threshold` is not finite.
 *
 * @example
 * ```ts
 * import { sweepSuccesses } from "./sweep.ts";
 * import assert from "node:assert/strict";
 *
 * const cells = [
 *   { x: 1, y: 0.1, value: 0.02 }, { x: 2, y: 0.1, value: Infinity }, { x: 3, y: 0.1, value: 0.5 },
 * ];
 * assert.deepEqual(sweepSuccesses(cells, 0.1), [{ row: 0.1, successes: 1, runs: 3, median: 0.5 }]);
 * ```
 */
export function sweepSuccesses(cells: readonly SweepCell[], threshold: number): SweepRowSummary[] {
  const action = "count sweep successes";
  assertArray(action, "cells", cells);
  cells.forEach((cell, i) => {
    assertObject(action, `cells[${i}]`, cell, "an object { x, y, value }");
    if (typeof cell.y !== "string" && typeof cell.y !== "number") {
      throw new TypeError(message(action, `cells[${i}].y`, "a string or a number", cell.y));
    }
    if (typeof cell.value !== "number") {
      throw new TypeError(message(action, `cells[${i}].value`, "a number", cell.value));
    }
  });
  assertFinite(action, "threshold", threshold);
  const rows = new Map<string | number, number[]>();
  for (const cell of cells) rows.set(cell.y, [...(rows.get(cell.y) ?? []), cell.value]);
  return [...rows].map(([row, values]) => {
    const sorted = values.map((v) => (Number.isNaN(v) ? Infinity : v)).sort((a, b) => a - b);
    return {
      row,
      successes: values.filter((value) => value < threshold).length,
      runs: values.length,
      median: sorted[Math.floor((sorted.length - 1) / 2)],
    };
  });
}

// Throws unless `keys` is a non-empty array of distinct strings or numbers.
function _assertKeys(action: string, name: string, keys: unknown): void {
  if (!Array.isArray(keys)) throw new TypeError(message(action, name, "an array", keys));
  if (keys.length === 0) throw new RangeError(message(action, name, "non-empty", keys));
  for (const [i, key] of keys.entries()) {
    if (typeof key !== "string" && typeof key !== "number") {
      throw new TypeError(message(action, `${name}[${i}]`, "a string or a number", key));
    }
  }
  if (new Set(keys).size !== keys.length) {
    throw new RangeError(message(action, name, "free of repeated keys", keys));
  }
}
