/**
 * Real data for the notebooks: the Palmer penguins, and reading a numeric column of records
 * into a sample.
 *
 * @example Flipper lengths of all penguins
 * ```ts
 * import { numericColumn, penguins } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const flippers = numericColumn(penguins(), "Flipper Length (mm)");
 * assert.equal(flippers.length, 342);
 * ```
 *
 * @module
 */

export { PENGUIN_FIELDS, penguins } from "./penguins.ts";
export { type ColumnOptions, type ColumnReading, numericColumn, readColumn } from "./column.ts";
