// Reading one numeric column out of an array of records (the row objects that JSON and CSV
// parsers return) into a Float64Array sample, with missing values skipped and counted, and
// every other non-number rejected with the index of the record that contains it.

import { assertBoolean, assertObject, message } from "../_validate.ts";

/** Options of {@linkcode readColumn} and {@linkcode numericColumn}. */
export interface ColumnOptions {
  /**
   * Skip missing values (`null`, `undefined`, an absent field, or a blank string) and count
   * them; true unless given. When false, a missing value throws.
   */
  dropMissing?: boolean;
  /** Keeps only the records for which it returns true, such as one species. */
  where?: (record: Readonly<Record<string, unknown>>, index: number) => boolean;
}

/** A column with the number of records left out and why. */
export interface ColumnReading {
  /** The values, in record order. */
  values: Float64Array;
  /** Records whose value was missing and skipped. */
  missing: number;
  /** Records that `where` left out; their values are not checked. */
  excluded: number;
}

/**
 * Reads the numbers in `field` of the records, skipping and counting missing values.
 *
 * @param records A non-empty array of record objects.
 * @param field A field name present in at least one record.
 * @param options `dropMissing` (true unless given) and a `where` filter.
 * @returns The values and the counts of missing and excluded records.
 * @throws {TypeError} If `records` is not an array of objects, `field` is not a string,
 *   `options` is not an object, `dropMissing` is not a boolean, `where` is not a function, or a
 *   present value is not a number (such as the string "abc"); the message names the index.
 * @throws {RangeError} If `records` is empty, no record has `field` (the message lists the
 *   fields there are), a value is NaN or infinite, a value is missing while `dropMissing` is
 *   false, or no value is left.
 *
 * @example Two missing values are skipped
 * ```ts
 * import { readColumn } from "./column.ts";
 * import assert from "node:assert/strict";
 *
 * const reading = readColumn([{ x: 1 }, { x: null }, { x: 2.5 }, {}], "x");
 * assert.deepEqual([...reading.values], [1, 2.5]);
 * assert.equal(reading.missing, 2);
 * ```
 */
export function readColumn(
  records: readonly Readonly<Record<string, unknown>>[],
  field: string,
  options: ColumnOptions = {},
): ColumnReading {
  const action = "read a numeric column";
  _checkRecords(action, records, field);
  assertObject(action, "options", options);
  const { dropMissing = true, where } = options;
  assertBoolean(action, "dropMissing", dropMissing);
  if (where !== undefined && typeof where !== "function") {
    throw new TypeError(message(action, "where", "a function", where));
  }
  const values: number[] = [];
  let missing = 0;
  let excluded = 0;
  for (const [i, record] of records.entries()) {
    if (where !== undefined && !where(record, i)) {
      excluded += 1;
      continue;
    }
    const value = record[field];
    const name = `records[${i}][${JSON.stringify(field)}]`;
    if (
      value === null || value === undefined || (typeof value === "string" && value.trim() === "")
    ) {
      if (!dropMissing) {
        throw new RangeError(message(action, name, "present (or set dropMissing: true)", value));
      }
      missing += 1;
      continue;
    }
    if (typeof value !== "number") throw new TypeError(message(action, name, "a number", value));
    if (!Number.isFinite(value)) throw new RangeError(message(action, name, "finite", value));
    values.push(value);
  }
  if (values.length === 0) {
    const rule = `at least 1 (${missing} missing, ${excluded} excluded by where)`;
    throw new RangeError(message(action, "values.length", rule, 0));
  }
  return { values: Float64Array.from(values), missing, excluded };
}

/**
 * Reads the numbers in `field` of the records as a sample; see {@linkcode readColumn} for the
 * rules and for the counts of skipped records.
 *
 * @param records A non-empty array of record objects.
 * @param field A field name present in at least one record.
 * @param options `dropMissing` (true unless given) and a `where` filter.
 * @returns The values, in record order.
 * @throws {TypeError} As {@linkcode readColumn}.
 * @throws {RangeError} As {@linkcode readColumn}.
 *
 * @example Gentoo flipper lengths
 * ```ts
 * import { numericColumn } from "./column.ts";
 * import { penguins } from "./penguins.ts";
 * import assert from "node:assert/strict";
 *
 * const gentoo = numericColumn(penguins(), "Flipper Length (mm)", {
 *   where: (record) => record.Species === "Gentoo",
 * });
 * assert.equal(gentoo.length, 123);
 * ```
 */
export function numericColumn(
  records: readonly Readonly<Record<string, unknown>>[],
  field: string,
  options: ColumnOptions = {},
): Float64Array {
  return readColumn(records, field, options).values;
}

function _checkRecords(action: string, records: unknown, field: unknown): void {
  if (!Array.isArray(records)) {
    throw new TypeError(message(action, "records", "an array of objects", records));
  }
  if (records.length === 0) {
    throw new RangeError(message(action, "records.length", "non-empty", 0));
  }
  const fields = new Set<string>();
  for (const [i, record] of records.entries()) {
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      throw new TypeError(message(action, `records[${i}]`, "an object", record));
    }
    for (const key of Object.keys(record)) fields.add(key);
  }
  if (typeof field !== "string") throw new TypeError(message(action, "field", "a string", field));
  if (!fields.has(field)) {
    const names = [...fields].map((name) => JSON.stringify(name)).join(", ");
    throw new RangeError(message(action, "field", `one of ${names}`, field));
  }
}
