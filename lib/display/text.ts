// Text results as a cell's value: lines of text, or a table of rows, that Deno's Jupyter kernel
// shows as the cell's result when a cell ends with them. A table also carries a Markdown form,
// which JupyterLab and the exported pages render as an HTML table.

import { assertArray, assertInteger, assertObject, assertString, message } from "../_validate.ts";
import { JUPYTER_DISPLAY } from "../plot/figure.ts";

/** A text result: its plain text, and the MIME bundle that the kernel shows. */
export interface TextOutput {
  /** The text shown by text-only front ends and read by tests. */
  readonly text: string;
  /** A Markdown rendering, for tables; front ends that render Markdown show it instead. */
  readonly markdown?: string;
  /** Returns `{ "text/plain": text }`, with `"text/markdown"` when there is a Markdown form. */
  [JUPYTER_DISPLAY](): Record<string, string>;
}

/** One row of a table: column name to value; a missing value leaves the cell blank. */
export type TableRow = Readonly<Record<string, string | number | undefined>>;

/**
 * Joins lines of text into a cell result.
 *
 * @param lines The lines, strings without a trailing newline.
 * @returns The result; end a cell with it to show the lines as the cell's output.
 * @throws {TypeError} If a line is not a string.
 *
 * @example
 * ```ts
 * import { textOutput } from "./text.ts";
 * import assert from "node:assert/strict";
 *
 * const output = textOutput("W1 = 0.193", "KS = 0.057");
 * assert.equal(output.text, "W1 = 0.193\nKS = 0.057");
 * assert.equal(output.markdown, undefined);
 * ```
 */
export function textOutput(...lines: string[]): TextOutput {
  lines.forEach((line, i) => {
    if (typeof line !== "string") {
      throw new TypeError(message("build a text output", `lines[${i}]`, "a string", line));
    }
  });
  return _output(lines.join("\n"));
}

/**
 * Lays out rows as a table with aligned columns: numbers right-aligned with a fixed number of
 * decimals, text left-aligned. The columns are the rows' keys in the order they first appear.
 *
 * @param rows The rows, at least one.
 * @param options `title`, a line above the table; `digits`, the decimals of every number, an
 *   integer in [0, 20], 3 unless given.
 * @returns The result, with a plain-text table and a Markdown table.
 * @throws {TypeError} If `rows` is not an array, a row or `options` is not an object, a value is
 *   neither a string nor a number, or an option has the wrong type.
 * @throws {RangeError} If `rows` is empty or `digits` is out of range.
 *
 * @example Two rows
 * ```ts
 * import { tableOutput } from "./text.ts";
 * import assert from "node:assert/strict";
 *
 * const table = tableOutput([{ prior: "N(0, 1²)", W1: 0.0191 }, { prior: "U(0, 1)", W1: 0.182 }]);
 * assert.equal(table.text, [
 *   "prior        W1",
 *   "--------  -----",
 *   "N(0, 1²)  0.019",
 *   "U(0, 1)   0.182",
 * ].join("\n"));
 * ```
 */
export function tableOutput(
  rows: readonly TableRow[],
  options: { title?: string; digits?: number } = {},
): TextOutput {
  const action = "build a table";
  assertArray(action, "rows", rows);
  if (rows.length === 0) throw new RangeError(message(action, "rows", "a non-empty array", rows));
  assertObject(action, "options", options);
  const digits = options.digits ?? 3;
  assertInteger(action, "digits", digits, 0);
  if (digits > 20) throw new RangeError(message(action, "digits", "at most 20", digits));
  if (options.title !== undefined) assertString(action, "title", options.title);

  const columns: string[] = [];
  const numeric = new Set<string>();
  const cells = rows.map((row, i) => {
    assertObject(action, `rows[${i}]`, row);
    const cellsOfRow: Record<string, string> = {};
    for (const [column, value] of Object.entries(row)) {
      if (!columns.includes(column)) columns.push(column);
      if (value === undefined) continue;
      if (typeof value === "number") {
        numeric.add(column);
        cellsOfRow[column] = Number.isFinite(value) ? value.toFixed(digits) : String(value);
      } else if (typeof value === "string") {
        cellsOfRow[column] = value;
      } else {
        throw new TypeError(message(action, `rows[${i}].${column}`, "a string or a number", value));
      }
    }
    return cellsOfRow;
  });

  const widths = columns.map((column) =>
    Math.max(column.length, ...cells.map((row) => (row[column] ?? "").length))
  );
  const pad = (text: string, j: number) =>
    numeric.has(columns[j]) ? text.padStart(widths[j]) : text.padEnd(widths[j]);
  const line = (values: string[]) => values.map(pad).join("  ").trimEnd();
  const plain = [
    ...(options.title === undefined ? [] : [options.title]),
    line(columns),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...cells.map((row) => line(columns.map((column) => row[column] ?? ""))),
  ];

  const escape = (text: string) => text.replaceAll("|", "\\|");
  const markdown = [
    ...(options.title === undefined ? [] : [`**${escape(options.title)}**`, ""]),
    `| ${columns.map(escape).join(" | ")} |`,
    `| ${columns.map((column) => (numeric.has(column) ? "---:" : ":---")).join(" | ")} |`,
    ...cells.map((row) => `| ${columns.map((column) => escape(row[column] ?? "")).join(" | ")} |`),
  ];
  return _output(plain.join("\n"), markdown.join("\n"));
}

function _output(text: string, markdown?: string): TextOutput {
  return {
    text,
    markdown,
    [JUPYTER_DISPLAY]() {
      const bundle: Record<string, string> = { "text/plain": text };
      if (markdown !== undefined) bundle["text/markdown"] = markdown;
      return bundle;
    },
  };
}
