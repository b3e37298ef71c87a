// Line charts drawn from arrays: one or more panels, each with its own axes, holding series of
// (x, y) points such as a path in a parameter plane, a quantity against the step, or measured
// points beside a reference line. Series that share a label share one legend entry.

import * as Plot from "@observablehq/plot";
import {
  assertArray,
  assertBoolean,
  assertFinite,
  assertObject,
  assertPositive,
  assertString,
  message,
} from "../_validate.ts";
import { composeFigure, type Figure, figureChromeHeight, type LegendItem } from "./figure.ts";
import {
  bodyHeight,
  checkFigureText,
  checkSize,
  type FigureText,
  plotOptions,
  type ScaleOverrides,
} from "./_options.ts";
import { theme } from "./theme.ts";

/** One series: points (x[i], y[i]) joined by a line, drawn as dots, or both. */
export interface LineSeries {
  /** Legend label; series with equal labels share the entry and the default colour. */
  label: string;
  /** The x values; non-finite entries are skipped and break the line. */
  x: ArrayLike<number>;
  /** The y values, as many as `x`. */
  y: ArrayLike<number>;
  /** CSS colour; unless given, a new label takes the next palette colour not yet taken. */
  color?: string;
  /** Draw the line dashed. */
  dash?: boolean;
  /** Draw a dot at each point; with `line: false`, dots only. */
  dots?: boolean;
  /** Draw the joining line; true unless given. */
  line?: boolean;
  /** Mark the first point with a ring, to show where a path starts. */
  start?: boolean;
  /** Line width in pixels; 2 unless given. */
  strokeWidth?: number;
}

/** One panel: its series, axis labels with units, and scale options. */
export interface LinePanel {
  /** The series, drawn in order (later ones on top). */
  series: readonly LineSeries[];
  /** The x axis label, with units. */
  xLabel: string;
  /** The y axis label, with units. */
  yLabel: string;
  /** Options of the x scale, such as `{ type: "log" }` or `{ domain: [0, 1] }`. */
  x?: ScaleOverrides;
  /** Options of the y scale. */
  y?: ScaleOverrides;
}

/** Options of {@linkcode plotLinePanels}. */
export interface LinePanelsOptions extends FigureText {
  /** The panels, placed left to right, `columns` per row. */
  panels: readonly LinePanel[];
  /** Panels per row; all in one row unless given. */
  columns?: number;
  /** Figure width in pixels; 640 unless given. */
  width?: number;
  /** Figure height in pixels; 380 unless given. */
  height?: number;
}

const PALETTE = [
  theme.series.discriminator,
  theme.series.generated,
  theme.series.data,
  theme.series.noise,
  theme.series.optimal,
  ...theme.series.extra,
];

/**
 * Draws panels of line series from arrays, with one legend for the whole figure.
 *
 * @param options The `panels`, the texts (`title`, `alt`, optional `subtitle`), `columns` (an
 *   integer in [1, number of panels]), `width` and `height`.
 * @returns The figure, `width` × `height` pixels.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `panels` or a panel's `series` is empty, `columns` is out of range,
 *   a `strokeWidth` is not positive, `x` and `y` differ in length, a series has no finite point,
 *   or the figure is too small for its header.
 *
 * @example A path in a plane
 * ```ts
 * import { plotLinePanels } from "./line_panels.ts";
 * import assert from "node:assert/strict";
 *
 * const figure = plotLinePanels({
 *   title: "A path",
 *   alt: "A path from (0, 0) to (1, 1) through (1, 0).",
 *   panels: [{
 *     xLabel: "w2 (unitless)",
 *     yLabel: "b2 (unitless)",
 *     series: [{ label: "path", x: [0, 1, 1], y: [0, 0, 1], start: true }],
 *   }],
 * });
 * assert.ok(figure.svg.includes("path"));
 * ```
 */
export function plotLinePanels(options: LinePanelsOptions): Figure {
  const action = "plot line panels";
  checkFigureText(action, options);
  const { panels, title, subtitle, alt } = options;
  assertArray(action, "panels", panels);
  if (panels.length === 0) {
    throw new RangeError(message(action, "panels", "a non-empty array", panels));
  }
  const columns = options.columns ?? panels.length;
  assertFinite(action, "columns", columns);
  if (!Number.isInteger(columns) || columns < 1 || columns > panels.length) {
    throw new RangeError(
      message(action, "columns", `an integer in [1, ${panels.length}]`, columns),
    );
  }
  const { width, height } = checkSize(action, options);
  panels.forEach((panel, p) => _checkPanel(action, `panels[${p}]`, panel));

  // legend: one entry per label, in order of first appearance
  const legend: LegendItem[] = [];
  const colorOf = new Map<string, string>();
  let paletteUsed = 0; // labels given a palette colour so far; explicit colours take no slot
  panels.forEach((panel) => {
    const list: readonly LineSeries[] = panel.series;
    list.forEach((series) => {
      if (colorOf.has(series.label)) return;
      const color = series.color ?? PALETTE[paletteUsed++ % PALETTE.length];
      colorOf.set(series.label, color);
      let shape: LegendItem["shape"] = series.dash ? "dash" : "line";
      if (series.line === false) shape = "point";
      legend.push({ label: series.label, color, shape });
    });
  });

  const header = { title, subtitle, legend };
  const rows = Math.ceil(panels.length / columns);
  const body = bodyHeight(action, height, figureChromeHeight(width, header), 120 * rows);
  const charts = panels.map((panel, p) => {
    const list: readonly LineSeries[] = panel.series;
    const marks = list.flatMap((series, s) =>
      _marks(
        action,
        `panels[${p}].series[${s}]`,
        series,
        series.color ?? colorOf.get(series.label)!,
      )
    );
    const column = p % columns, row = Math.floor(p / columns);
    return Plot.plot(plotOptions({
      width: _share(width, columns, column),
      height: _share(body, rows, row),
      marginLeft: 56,
      marginRight: 16,
      x: { label: panel.xLabel, grid: true, ..._logTicks(panel.x), ...panel.x },
      y: { label: panel.yLabel, grid: true, ..._logTicks(panel.y), ...panel.y },
      marks,
    }));
  });
  return composeFigure(charts, { ...header, alt, columns });
}

// Throws unless `panel` has string axis labels, scale options that are objects, and a non-empty
// array of series, each with a string label and optional styles of the right types. The points
// are checked later, by `_marks`.
function _checkPanel(action: string, name: string, panel: unknown): void {
  assertObject(action, name, panel, "an object { series, xLabel, yLabel }");
  assertString(action, `${name}.xLabel`, panel.xLabel);
  assertString(action, `${name}.yLabel`, panel.yLabel);
  for (const axis of ["x", "y"]) {
    if (panel[axis] !== undefined) assertObject(action, `${name}.${axis}`, panel[axis]);
  }
  const list = panel.series;
  assertArray(action, `${name}.series`, list);
  if (list.length === 0) {
    throw new RangeError(message(action, `${name}.series`, "a non-empty array", list));
  }
  list.forEach((series, s) => {
    const seriesName = `${name}.series[${s}]`;
    assertObject(action, seriesName, series, "an object { label, x, y }");
    assertString(action, `${seriesName}.label`, series.label);
    if (series.color !== undefined) assertString(action, `${seriesName}.color`, series.color);
    for (const flag of ["dash", "dots", "line", "start"]) {
      if (series[flag] !== undefined) assertBoolean(action, `${seriesName}.${flag}`, series[flag]);
    }
    if (series.strokeWidth !== undefined) {
      assertPositive(action, `${seriesName}.strokeWidth`, series.strokeWidth);
    }
  });
}

// The marks of one series: its line, its dots and the ring on its first point.
function _marks(action: string, name: string, series: LineSeries, color: string): Plot.Markish[] {
  _checkNumbers(action, `${name}.x`, series.x);
  _checkNumbers(action, `${name}.y`, series.y);
  if (series.x.length !== series.y.length) {
    throw new RangeError(
      message(action, `${name}.y.length`, `x.length (${series.x.length})`, series.y.length),
    );
  }
  const points = Array.from(series.x, (x, i) => ({ x, y: series.y[i] }));
  const finite = points.filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y));
  if (finite.length === 0) {
    throw new RangeError(message(action, name, "with a finite point", "none"));
  }
  const marks: Plot.Markish[] = [];
  if (series.line !== false) {
    marks.push(Plot.line(points, {
      x: "x",
      y: "y",
      stroke: color,
      strokeWidth: series.strokeWidth ?? 2,
      strokeDasharray: series.dash ? "7 4" : undefined,
    }));
  }
  if (series.dots) marks.push(Plot.dot(finite, { x: "x", y: "y", fill: color, r: 3 }));
  if (series.start) {
    marks.push(Plot.dot([finite[0]], { x: "x", y: "y", stroke: color, strokeWidth: 2, r: 6 }));
  }
  return marks;
}

// Throws unless `values` is an array or typed array of numbers; NaN and ±Infinity are allowed,
// since the figure skips them.
function _checkNumbers(action: string, name: string, values: unknown): void {
  const list = values as ArrayLike<unknown> | null | undefined;
  if (typeof list !== "object" || list === null || typeof list.length !== "number") {
    throw new TypeError(message(action, name, "an array of numbers", values));
  }
  for (let i = 0; i < list.length; i++) {
    if (typeof list[i] !== "number") {
      throw new TypeError(message(action, `${name}[${i}]`, "a number", list[i]));
    }
  }
}

// Plain numbers (0.02, 1000) on a log scale, where Plot's default SI prefixes (20m, 1k) would
// read as units of a unitless quantity.
function _logTicks(scale: ScaleOverrides | undefined): ScaleOverrides {
  return scale?.type === "log" ? { tickFormat: "~g" } : {};
}

// The share of `total` pixels for part `index` of `parts`; the shares add up to `total`.
function _share(total: number, parts: number, index: number): number {
  return Math.floor((total * (index + 1)) / parts) - Math.floor((total * index) / parts);
}
