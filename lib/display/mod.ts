/**
 * Showing results in Deno's Jupyter kernel: figures as `image/svg+xml` outputs with their text
 * alternative, and a progress line that updates in place. Outside `deno jupyter` nothing is
 * shown; the bundle of a figure is available from `figureBundle`.
 *
 * @example
 * ```ts
 * import { createProgress, figureBundle } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const bundle = figureBundle({ svg: "<svg></svg>", alt: "An empty figure." });
 * assert.equal(bundle["text/plain"], "An empty figure.");
 * const progress = createProgress("training");
 * await progress.done("finished");
 * assert.equal(progress.text, "training: finished");
 * ```
 *
 * @module
 */

export {
  type DisplayFunction,
  type DisplayOptions,
  figureBundle,
  type MediaBundle,
  show,
} from "./show.ts";
export { createProgress, type Progress } from "./progress.ts";
export { tableOutput, type TableRow, type TextOutput, textOutput } from "./text.ts";
export { showText } from "./show_text.ts";
export { JUPYTER_DISPLAY } from "../plot/figure.ts";
