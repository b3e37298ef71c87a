// Shows a figure in Deno's Jupyter kernel as an `image/svg+xml` output with the figure's text
// alternative as `text/plain`, which JupyterLab, nbconvert and text-only front ends all accept.

import { message } from "../_validate.ts";
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
 * @throws {TypeError} If `figure` has no SVG string or no text alternative.
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
 * @returns The bundle that was, or would have been, displayed.
 * @throws {TypeError} If `figure` has no SVG string or no text alternative.
 *
 * @example Outside the kernel nothing is shown
 * ```ts
 * import { show } from "./show.ts";
 * import assert from "node:assert/strict";
 *
 * const bundle = await show({ svg: "<svg></svg>", alt: "Nothing." });
 * assert.equal(bundle["text/plain"], "Nothing.");
 * ```
 */
export async function show(
  figure: Pick<Figure, "svg" | "alt">,
  options: { display?: DisplayFunction } = {},
): Promise<MediaBundle> {
  const bundle = figureBundle(figure);
  const display = options.display ?? jupyterDisplay();
  if (display !== undefined) await display(bundle, { raw: true });
  return bundle;
}

function _checkFigure(action: string, figure: unknown): void {
  if (typeof figure !== "object" || figure === null) {
    throw new TypeError(message(action, "figure", "a figure object", figure));
  }
  const { svg, alt } = figure as Record<string, unknown>;
  if (typeof svg !== "string" || !svg.startsWith("<svg")) {
    throw new TypeError(message(action, "figure.svg", "an SVG string", svg));
  }
  if (typeof alt !== "string" || alt.trim() === "") {
    throw new TypeError(message(action, "figure.alt", "a non-blank string", alt));
  }
}
