// A figure is one self-contained SVG document: a light card with the title, an optional
// subtitle, a legend drawn inside the SVG, and one or more Observable Plot charts below. It
// carries its own namespace, background, text colours and figure-unique ids, so it reads the
// same inside JupyterLab's `<img>`, on a dark theme, and in an exported HTML page.

import { figureBundle, type MediaBundle } from "../display/show.ts";
import * as Plot from "@observablehq/plot";
import { assertArray, assertInteger, assertObject, assertPositive, message } from "../_validate.ts";
import { type AdoptedPlot, adoptPlot, type PlotOutput } from "./_adopt.ts";
import { checkFigureText, plotOptions, type PlotOverrides } from "./_options.ts";
import { checkHeaderText, type HeaderText, layoutHeader, type LegendItem } from "./_header.ts";
import { escapeXml, formatCoordinate, hashText } from "./_svg.ts";
import { theme } from "./theme.ts";

export type { LegendItem };

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";
// Marks where the figure's id prefix goes until the finished text has been hashed.
const ID_PLACEHOLDER = "\u{E000}";
/**
 * The key `Symbol.for("Jupyter.display")` under which the kernel of `deno jupyter` (Deno 2)
 * looks for a method returning a MIME bundle when a cell's value is an object.
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

/** A finished figure: an SVG document and a text alternative for readers who cannot see it. */
export interface Figure {
  /** The SVG document, with `xmlns` on its root. */
  readonly svg: string;
  /** One or two sentences saying what is plotted and its key numbers. */
  readonly alt: string;
  /** Width in pixels. */
  readonly width: number;
  /** Height in pixels. */
  readonly height: number;
  /** Returns the MIME bundle that `deno jupyter` shows when a cell ends with the figure. */
  [JUPYTER_DISPLAY](): MediaBundle;
}

/** The texts of a figure, and how to arrange several plots. */
export interface FigureOptions extends HeaderText {
  /** A real text alternative: what is plotted and the key numbers. Required. */
  alt: string;
  /** Plots per row when several plots are given; all in one row unless given. */
  columns?: number;
}

export type { PlotOutput };

/**
 * Composes one or more Plot charts into a figure with a title, subtitle and legend inside the
 * SVG. Plots are placed left to right, `columns` per row, in the order given.
 *
 * @param plots A chart from `Plot.plot` (an `<svg>`, so no Plot title, caption or legend) or
 *   an array of them.
 * @param options The title, optional subtitle and legend, the text alternative `alt`, and
 *   `columns`, an integer in [1, number of plots].
 * @returns The figure; its width is the width of the widest row of plots.
 * @throws {TypeError} If a plot is not an `<svg>`, `options` is not an object, a text is not a
 *   string, a legend entry is not `{ label, color }` with strings, or `columns` is not a number.
 * @throws {RangeError} If `title` or `alt` is blank, `columns` is out of range, or a legend
 *   entry's `shape` or `opacity` is not allowed.
 *
 * @example Wrap a Plot chart
 * ```ts
 * import * as Plot from "@observablehq/plot";
 * import { composeFigure, themedPlot } from "./figure.ts";
 * import assert from "node:assert/strict";
 *
 * const chart = themedPlot({ width: 300, height: 200, marks: [Plot.ruleY([0])] });
 * const figure = composeFigure(chart, { title: "A rule", alt: "A horizontal rule at y = 0." });
 * assert.ok(figure.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
 * assert.equal(figure.width, 300);
 * ```
 */
export function composeFigure(
  plots: PlotOutput | readonly PlotOutput[],
  options: FigureOptions,
): Figure {
  const action = "compose a figure";
  checkFigureText(action, options);
  checkHeaderText(action, "options", options);
  const list = Array.isArray(plots) ? plots : [plots as PlotOutput];
  const columns = options.columns ?? list.length;
  assertInteger(action, "columns", columns);
  if (columns > Math.max(list.length, 1)) {
    throw new RangeError(message(action, "columns", `an integer in [1, ${list.length}]`, columns));
  }
  const body = _arrangePlots(
    list.map((plot, i) => adoptPlot(action, plot, `${ID_PLACEHOLDER}-${i}-`, i)),
    columns,
  );
  const header = layoutHeader(body.width, options);
  const width = body.width;
  const height = header.height + body.height + theme.padding / 2;
  const draft = _document(width, height, options, header, body);
  const prefix = `f${hashText(draft)}`;
  const svg = draft.replaceAll(ID_PLACEHOLDER, prefix);
  const alt = options.alt.trim();
  return {
    svg,
    alt,
    width,
    height,
    [JUPYTER_DISPLAY]() {
      return figureBundle(this);
    },
  };
}

/**
 * Draws a chart with `Plot.plot` outside a browser, in the theme's text colour and fonts, ready
 * for {@linkcode composeFigure}. Give the title, subtitle and legend to `composeFigure`, not to
 * Plot: with them Plot returns an HTML `<figure>` instead of an `<svg>`.
 *
 * @param options The size in pixels and the `Plot.plot` options listed in `PlotOverrides`,
 *   including the `marks`; `document` is set to a linkedom document.
 * @returns The chart as an `<svg>` element.
 * @throws {TypeError} If `options` is not an object, sets a title, subtitle or caption, has
 *   `marks` that are not an array, or a `width` or `height` that is not a number.
 * @throws {RangeError} If `width` or `height` is not positive and finite.
 *
 * @example
 * ```ts
 * import * as Plot from "@observablehq/plot";
 * import { themedPlot } from "./figure.ts";
 * import assert from "node:assert/strict";
 *
 * const chart = themedPlot({ width: 200, height: 100, marks: [Plot.ruleX([0])] });
 * assert.ok(chart.outerHTML.startsWith("<svg"));
 * ```
 */
export function themedPlot(
  options: PlotOverrides & { width?: number; height?: number },
): { readonly outerHTML: string } {
  const action = "draw a plot";
  assertObject(action, "options", options);
  const record = options as Record<string, unknown>;
  for (const name of ["title", "subtitle", "caption"]) {
    if (record[name] != null) {
      throw new TypeError(
        message(action, name, "given to composeFigure instead of Plot", record[name]),
      );
    }
  }
  if (options.width !== undefined) assertPositive(action, "width", options.width);
  if (options.height !== undefined) assertPositive(action, "height", options.height);
  if (options.marks !== undefined) assertArray(action, "marks", options.marks);
  const { width, height, ...overrides } = options;
  return Plot.plot(plotOptions({ width, height }, overrides)) as { readonly outerHTML: string };
}

/**
 * Computes the height in pixels that {@linkcode composeFigure} adds to the plots for a figure
 * `width` pixels wide: the header with its title, subtitle and legend, and the bottom padding.
 * Figure helpers subtract it from the requested height to size their plots.
 *
 * @param width The figure width in pixels, in (0, ∞).
 * @param text The title, optional subtitle and legend.
 * @returns The added height in pixels, an integer.
 * @throws {TypeError} If `width` is not a number, `text` is not an object, or a text or legend
 *   entry has the wrong type.
 * @throws {RangeError} If `width` is not positive and finite, or a legend entry's `shape` or
 *   `opacity` is not allowed.
 *
 * @example A title alone adds a few tens of pixels
 * ```ts
 * import { figureChromeHeight } from "./figure.ts";
 * import assert from "node:assert/strict";
 *
 * const added = figureChromeHeight(640, { title: "Data" });
 * assert.ok(added > 20 && added < 60);
 * ```
 */
export function figureChromeHeight(width: number, text: HeaderText): number {
  const action = "compute the figure's header height";
  assertPositive(action, "width", width);
  checkHeaderText(action, "text", text);
  return layoutHeader(width, text).height + theme.padding / 2;
}

interface _Placed {
  x: number;
  y: number;
  plot: AdoptedPlot;
}

// Places the plots in rows of `columns`, each row as tall as its tallest plot.
function _arrangePlots(plots: AdoptedPlot[], columns: number) {
  const cells: _Placed[] = [];
  let width = 0;
  let y = 0;
  for (let start = 0; start < plots.length; start += columns) {
    const row = plots.slice(start, start + columns);
    let x = 0;
    for (const plot of row) {
      cells.push({ x, y, plot });
      x += plot.width;
    }
    width = Math.max(width, x);
    y += Math.max(...row.map((plot) => plot.height));
  }
  return { width, height: y, cells };
}

// Writes the whole SVG document with the id placeholder still in place.
function _document(
  width: number,
  height: number,
  options: FigureOptions,
  header: { height: number; svg: string },
  body: ReturnType<typeof _arrangePlots>,
): string {
  const { colors, fonts } = theme;
  const id = ID_PLACEHOLDER;
  const plots = body.cells.map(({ x, y, plot }) => {
    const translate = `translate(${formatCoordinate(x)},${formatCoordinate(header.height + y)})`;
    return `<g transform="${translate}" ${plot.attributes}>${plot.content}</g>`;
  });
  const content = plots.join("");
  const xlink = content.includes("xlink:") ? ` xmlns:xlink="${XLINK_NS}"` : "";
  return `<svg xmlns="${SVG_NS}"${xlink} class="${id}" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
    `font-family="${escapeXml(fonts.family)}" style="color:${colors.text}">` +
    `<title id="${id}-title">${escapeXml(options.title.trim())}</title>` +
    `<desc id="${id}-desc">${escapeXml(options.alt.trim())}</desc>` +
    `<style>.${id} text, .${id} tspan { white-space: pre; }</style>` +
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="6" ` +
    `fill="${colors.background}" stroke="${colors.border}"/>` +
    header.svg + content + `</svg>`;
}
