// The Palmer penguins: body measurements of 344 penguins of three species from three islands of
// the Palmer Archipelago, Antarctica, collected by Kristen Gorman with the Palmer Station LTER
// and published under CC0 by Allison Horst. The records are the copy in the npm package
// vega-datasets 3.2.1 (data/penguins.json), read by a JSON import, so no file permission is
// needed at run time.

import records from "vega-datasets/data/penguins.json" with { type: "json" };

/** The fields of a penguin record; a measurement the survey lacks is `null`. */
export const PENGUIN_FIELDS: readonly string[] = Object.freeze([
  "Species",
  "Island",
  "Beak Length (mm)",
  "Beak Depth (mm)",
  "Flipper Length (mm)",
  "Body Mass (g)",
  "Sex",
]);

// Frozen once, so that a notebook cell cannot change the data that later cells read.
const _records: readonly Readonly<Record<string, unknown>>[] = Object.freeze(
  (records as Record<string, unknown>[]).map((record) => Object.freeze({ ...record })),
);

/**
 * Returns the 344 Palmer penguin records, one object per penguin with the fields listed in
 * {@linkcode PENGUIN_FIELDS}. "Species" is "Adelie" (152), "Gentoo" (124) or "Chinstrap" (68).
 * Two penguins have no measurements: their numeric fields and "Sex" are `null`. "Sex" is
 * "MALE" or "FEMALE" for 333 penguins, `null` for 10 and "." for one. The array and its
 * records are frozen.
 *
 * @returns The records, in the order of the data file.
 *
 * @example Flipper lengths
 * ```ts
 * import { penguins } from "./penguins.ts";
 * import assert from "node:assert/strict";
 *
 * const records = penguins();
 * assert.equal(records.length, 344);
 * assert.equal(records[0]["Flipper Length (mm)"], 181);
 * ```
 */
export function penguins(): readonly Readonly<Record<string, unknown>>[] {
  return _records;
}
