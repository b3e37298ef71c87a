// Shows a figure in Deno's Jupyter kernel as an `image/svg+xml` output with the figure's text
// alternative as `text/plain`, which JupyterLab, nbconvert and text-only front ends all accept.

import { assertFunction, assertObject, message } from "../_validate.ts";
import type { Figure } from "../plot/figure.ts";
import { type DisplayFunction, jupyterDisplay } from "./_jupyter.ts";

export type { DisplayFunction, DisplayOptions } from "./_jupyter.ts";

/** The MIME bundle of a figure. */
export interface MediaBundle {
  /** The figure's SVG document. */
  "image/svg+xml": string;
  /** The figure's text alternative, shown where images are not. */
  "text/plain": string;
  /** Further representations, keyed by MIME type. */
  [mime: string]: string;
}

/**
 * Builds the MIME bundle of a figure.
 *
 * @param figure A figure from one of the plot helpers or `composeFigure`.
 * @returns `{ "image/svg+xml": figure.svg, "text/plain": figure.alt }`.
 * @throws {TypeError} If `figure` is not an object, has no SVG string, or its `alt` is not a
 *   string.
 * @throws {RangeError} If `figure.alt` is blank.
 *
 * @example
 * ```ts
 * import { figureBundle } from "./show.ts";
 * import assert from "node:assert/strict";
 *
 * const figure = { svg: "<svg></svg>", alt: "Nothing." };
 * assert.deepEqual(figureBundle(figure), { "image/svg+xml": "<svg></svg>", "text/plain": "Nothing." });
 * ```
 */
export function figureBundle(figure: Pick<Figure, "svg" | "alt">): MediaBundle {
  _checkFigure("build a figure bundle", figure);
  return { "image/svg+xml": figure.svg, "text/plain": figure.alt };
}

/**
 * Displays a figure in the notebook when running inside `deno jupyter`, as a new output of
 * the running cell. Outside the kernel (in tests, scripts) it displays nothing.
 *
 * @param figure A figure from one of the plot helpers or `composeFigure`.
 * @param options `display` replaces the kernel's display function, for tests.
 * @returns A promise that resolves once the output is sent. It resolves to nothing, so that a
 * cell ending in `await show(figure)` does not print the bundle a second time as its value.
 * @throws {TypeError} If `figure` is not an object, has no SVG string, or its `alt` is not a
 *   string, or if `options` is not an object or `options.display` is not a function. Like all
 *   errors of an async function, these reject the returned promise.
 * @throws {RangeError} If `figure.alt` is blank.
 *
 * @example Send the figure to a display function
 * ```ts
 * import { show } from "./show.ts";
 * import assert from "node:assert/strict";
 *
 * const sent: unknown[] = [];
 * const display = async (bundle: Record<string, string>) => void sent.push(bundle);
 * await show({ svg: "<svg></svg>", alt: "Nothing." }, { display });
 * assert.deepEqual(sent, [{ "image/svg+xml": "<svg></svg>", "text/plain": "Nothing." }]);
 * ```
 */
export async function show(
  figure: Pick<Figure, "svg" | "alt">,
  options: { display?: DisplayFunction } = {},
): Promise<void> {
  const bundle = figureBundle(figure);
  assertObject("show a figure", "options", options);
  if (options.display !== undefined) assertFunction("show a figure", "display", options.display);
  const display = options.display ?? jupyterDisplay();
  if (display !== undefined) await display(bundle, { raw: true });
}

function _checkFigure(action: string, figure: unknown): void {
  if (typeof figure !== "object" || figure === null) {
    throw new TypeError(message(action, "figure", "a figure object", figure));
  }
  const { svg, alt } = figure as Record<string, unknown>;
  if (typeof svg !== "string" || !svg.startsWith("<svg")) {
    throw new TypeError(message(action, "figure.svg", "an SVG string", svg));
  }
  if (typeof alt !== "string") {
    throw new TypeError(message(action, "figure.alt", "a non-blank string", alt));
  }
  if (alt.trim() === "") throw new RangeError(message(action, "figure.alt", "non-blank", alt));
}
