// A heatmap of a value over a grid of two settings, such as the final error over learning
// rates and batch sizes. Each cell is coloured by the band its value falls in and carries the
// value as text. A discrete legend inside the SVG lists the bands.

import * as Plot from "@observablehq/plot";
import { assertArray, assertFunction, assertObject, assertString, message } from "../_validate.ts";
import { composeFigure, type Figure, figureChromeHeight, type LegendItem } from "./figure.ts";
import {
  bodyHeight,
  checkFigureText,
  checkSize,
  type FigureText,
  plotOptions,
  type PlotOverrides,
} from "./_options.ts";
import { bandLabel, checkThresholds, niceThresholds, palette, textColor } from "./_bands.ts";
import { theme } from "./theme.ts";

/** One cell of the grid. */
export interface HeatmapCell {
  /** Column key; columns appear in order of first occurrence. */
  x: string | number;
  /** Row key; rows appear top to bottom in order of first occurrence. */
  y: string | number;
  /** The value; NaN or ±Infinity (a diverged run, say) is drawn grey as "not finite". */
  value: number;
}

/** Options of {@linkcode plotHeatmap}. */
export interface HeatmapOptions extends FigureText, PlotOverrides {
  /** Label of the columns, with units. */
  xLabel: string;
  /** Label of the rows, with units. */
  yLabel: string;
  /** Name of the value, written before the legend. */
  valueLabel: string;
  /** Increasing band edges; about 5 round-numbered bands over the finite values unless given. */
  thresholds?: readonly number[];
  /** Text of a value in its cell and in the legend; 3 significant digits unless given. */
  format?: (value: number) => string;
  /**
   * A sequential Plot colour scheme such as "blues" or "magma"; "viridis", which readers with
   * colour blindness can also tell apart, unless given.
   */
  scheme?: string;
  /** Figure width in pixels; 640 unless given. */
  width?: number;
  /** Figure height in pixels; 380 unless given. */
  height?: number;
}

/**
 * Draws a heatmap with the value written in every cell and a discrete colour legend.
 *
 * @param cells The grid cells, at least one, each (x, y) pair at most once.
 * @param options The texts (`title`, `alt`, `xLabel`, `yLabel`, `valueLabel`), optional
 *   `thresholds`, `format` and `scheme`, and any Plot option to override.
 * @returns The figure, `width` × `height` pixels.
 * @throws {TypeError} If an argument has the wrong type, such as `cells` not an array, a cell
 *   without a numeric `value`, a label or `scheme` that is not a string, or a `format` that is
 *   not a function or returns something other than a string.
 * @throws {RangeError} If `cells` is empty or repeats a cell, `thresholds` is not increasing and
 *   finite, `scheme` is not a Plot colour scheme, or the figure is too small for its header.
 *
 * @example A 2 × 2 grid
 * ```ts
 * import { plotHeatmap } from "./heatmap.ts";
 * import assert from "node:assert/strict";
 *
 * const figure = plotHeatmap([
 *   { x: 0.01, y: 16, value: 0.8 }, { x: 0.1, y: 16, value: 0.2 },
 *   { x: 0.01, y: 64, value: 0.5 }, { x: 0.1, y: 64, value: 0.05 },
 * ], {
 *   xLabel: "learning rate", yLabel: "batch size", valueLabel: "error",
 *   title: "Error by setting", alt: "The error falls from 0.8 to 0.05 as both settings grow.",
 * });
 * assert.ok(figure.svg.includes(">0.05<"));
 * ```
 */
export function plotHeatmap(cells: readonly HeatmapCell[], options: HeatmapOptions): Figure {
  const action = "plot a heatmap";
  checkFigureText(action, options);
  const {
    xLabel,
    yLabel,
    valueLabel,
    thresholds: given,
    format: givenFormat = _format,
    scheme = "viridis",
    title,
    subtitle,
    alt,
    width: _w,
    height: _h,
    ...overrides
  } = options;
  const { width, height } = checkSize(action, options);
  for (const name of ["xLabel", "yLabel", "valueLabel"] as const) {
    assertString(action, name, options[name]);
  }
  assertFunction(action, "format", givenFormat);
  const format = (value: number) => {
    const formatted = givenFormat(value);
    if (typeof formatted !== "string") {
      throw new TypeError(message(action, `format(${value})`, "a string", formatted));
    }
    return formatted;
  };
  assertString(action, "scheme", scheme);
  _checkCells(action, cells);
  const finite = cells.map((cell) => cell.value).filter(Number.isFinite);
  const thresholds = given === undefined ? niceThresholds(finite) : checkThresholds(action, given);
  const colors = _palette(action, thresholds, scheme);
  const band = (value: number) => thresholds.filter((t) => value >= t).length;
  const fill = (cell: HeatmapCell) =>
    Number.isFinite(cell.value) ? colors[band(cell.value)] : theme.colors.missing;

  const legend: LegendItem[] = colors.map((color, i) => ({
    label: bandLabel(thresholds, i, format, finite),
    color,
    shape: "bar",
  }));
  if (finite.length < cells.length) {
    legend.push({ label: "not finite", color: theme.colors.missing, shape: "bar" });
  }
  const header = { title, subtitle, legend, legendTitle: `${valueLabel}:` };
  const chart = Plot.plot(plotOptions({
    width,
    height: bodyHeight(action, height, figureChromeHeight(width, header)),
    marginLeft: 64,
    padding: 0.04,
    x: { domain: _keys(cells, "x"), label: xLabel, type: "band" as const },
    y: { domain: _keys(cells, "y"), label: yLabel, type: "band" as const },
    marks: [
      Plot.cell(cells, { x: "x", y: "y", fill }),
      Plot.text(cells, {
        x: "x",
        y: "y",
        fontSize: theme.fonts.cell,
        text: (cell: HeatmapCell) => _cellText(cell.value, format),
        fill: (cell: HeatmapCell) => textColor(fill(cell)),
      }),
    ],
  }, overrides));
  return composeFigure(chart, { ...header, alt });
}

// Plot throws a plain Error for a scheme it does not know; this turns it into a RangeError.
function _palette(action: string, thresholds: number[], scheme: string): string[] {
  try {
    return palette(thresholds, scheme);
  } catch {
    const rule = 'a Plot colour scheme such as "viridis", "blues" or "magma"';
    throw new RangeError(message(action, "scheme", rule, scheme));
  }
}

function _format(value: number): string {
  return String(Number(value.toPrecision(3)));
}

function _cellText(value: number, format: (value: number) => string): string {
  if (Number.isNaN(value)) return "n/a";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  return format(value);
}

function _keys(cells: readonly HeatmapCell[], axis: "x" | "y"): (string | number)[] {
  return [...new Set(cells.map((cell) => cell[axis]))];
}

function _checkCells(action: string, cells: readonly HeatmapCell[]): void {
  assertArray(action, "cells", cells);
  if (cells.length === 0) {
    throw new RangeError(message(action, "cells", "a non-empty array", cells));
  }
  const seen = new Set<string>();
  for (const [i, cell] of cells.entries()) {
    assertObject(action, `cells[${i}]`, cell, "an object { x, y, value }");
    if (typeof cell.value !== "number") {
      throw new TypeError(message(action, `cells[${i}].value`, "a number", cell?.value));
    }
    for (const axis of ["x", "y"] as const) {
      if (typeof cell[axis] !== "string" && typeof cell[axis] !== "number") {
        throw new TypeError(
          message(action, `cells[${i}].${axis}`, "a string or number", cell[axis]),
        );
      }
    }
    const key = JSON.stringify([cell.x, cell.y]);
    if (seen.has(key)) {
      throw new RangeError(message(action, `cells[${i}]`, "the only cell at its (x, y)", cell));
    }
    seen.add(key);
  }
}
