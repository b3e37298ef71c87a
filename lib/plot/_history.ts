// The shape of a training history as the figure helpers read it: columns of equal length,
// one per recorded quantity, indexed by the recorded step.

import { assertSample, message } from "../_validate.ts";

/** The columns of a training history; every column has one entry per recorded step. */
export type TrainingHistory = { readonly step: ArrayLike<number> } & {
  readonly [column: string]: ArrayLike<number>;
};

/**
 * Throws unless `history.step` is a sample of finite numbers and every name in `series` is a
 * column of the same length with at least one finite value.
 */
export function checkHistory(
  action: string,
  history: TrainingHistory,
  series: readonly string[],
): void {
  if (typeof history !== "object" || history === null) {
    throw new TypeError(message(action, "history", "an object of columns", history));
  }
  assertSample(action, "history.step", history.step);
  if (!Array.isArray(series)) {
    throw new TypeError(message(action, "series", "an array of column names", series));
  }
  if (series.length === 0) {
    throw new RangeError(message(action, "series", "a non-empty array of column names", series));
  }
  for (const name of series) {
    const column = history[name];
    if (name === "step" || column === undefined || typeof column.length !== "number") {
      const names = Object.keys(history).filter((key) => key !== "step").join(", ");
      throw new TypeError(message(action, "series", `history columns (${names})`, name));
    }
    if (column.length !== history.step.length) {
      const rule = `of length ${history.step.length} like history.step`;
      throw new RangeError(message(action, `history.${name}.length`, rule, column.length));
    }
    if (!Array.prototype.some.call(column, (value: number) => Number.isFinite(value))) {
      throw new RangeError(message(action, `history.${name}`, "finite at some step", column));
    }
  }
}
