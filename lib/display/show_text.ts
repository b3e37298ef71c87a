// Shows text (a string, or a result of `textOutput` or `tableOutput`) as a display output of the
// running cell. The display is sent and awaited while the cell runs, as `show` does for figures,
// so the text is part of the cell's outputs when the cell finishes.
// NOTE: with Deno 2.9.6 and nbclient 0.11.0, a cell's final value (an execute_result) was now and
// then missing from an executed notebook, and so was a cell's last console.log. Awaited displays
// never were.

import { assertFunction, assertObject, message } from "../_validate.ts";
import { type DisplayFunction, jupyterDisplay } from "./_jupyter.ts";
import type { TextOutput } from "./text.ts";
import { JUPYTER_DISPLAY } from "../plot/figure.ts";

/**
 * Displays text in the notebook when running inside `deno jupyter`, as a new output of the
 * running cell: `text/plain`, and `text/markdown` too for a table. Outside the kernel it
 * displays nothing. It resolves to nothing, so a cell that ends with `await showText(...)` adds
 * no second copy as its value.
 *
 * @param output A string, or a result of `textOutput` or `tableOutput`.
 * @param options `display` replaces the kernel's display function, for tests.
 * @returns A promise that resolves once the kernel has taken the output.
 * @throws {TypeError} If `output` is neither a string nor a text result, `options` is not an
 *   object, or `display` is not a function (the promise rejects).
 *
 * @example A string and a table, shown through a stand-in display function
 * ```ts
 * import { showText } from "./show_text.ts";
 * import { tableOutput } from "./text.ts";
 * import assert from "node:assert/strict";
 *
 * const shown: Record<string, string>[] = [];
 * const display = (bundle: Record<string, string>) => Promise.resolve(void shown.push(bundle));
 * await showText("W1 = 0.193", { display });
 * await showText(tableOutput([{ m: "4", variance: "0.025" }]), { display });
 * assert.deepEqual(shown[0], { "text/plain": "W1 = 0.193" });
 * assert.equal(shown[1]["text/plain"], "m  variance\n-  --------\n4  0.025");
 * assert.ok(shown[1]["text/markdown"].startsWith("| m | variance |"));
 * ```
 */
export async function showText(
  output: TextOutput | string,
  options: { display?: DisplayFunction } = {},
): Promise<void> {
  const bundle = _textBundle(output);
  assertObject("show text", "options", options);
  if (options.display !== undefined) assertFunction("show text", "display", options.display);
  const display = options.display ?? jupyterDisplay();
  if (display !== undefined) await display(bundle, { raw: true });
}

function _textBundle(output: unknown): Record<string, string> {
  if (typeof output === "string") return { "text/plain": output };
  const method = (output as Partial<TextOutput> | null)?.[JUPYTER_DISPLAY];
  if (typeof output !== "object" || typeof method !== "function") {
    const rule = "a string or a result of textOutput or tableOutput";
    throw new TypeError(message("show text", "output", rule, output));
  }
  return method.call(output);
}
