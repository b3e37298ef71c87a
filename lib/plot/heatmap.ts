// A heatmap of a value over a grid of two settings, such as the final error over learning
// rates and batch sizes. Each cell is coloured by the band its value falls in and carries the
// value as text. A discrete legend inside the SVG lists the bands.

import * as Plot from "@observablehq/plot";
import { assertFinite, message } from "../_validate.ts";
import { composeFigure, type Figure, figureChromeHeight, type LegendItem } from "./figure.ts";
import {
  bodyHeight,
  checkFigureText,
  checkSize,
  type FigureText,
  plotOptions,
  type PlotOverrides,
} from "./_options.ts";
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
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `cells` is empty or repeats a cell, `thresholds` is not increasing,
 *   or the figure is too small for its header.
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
    format = _format,
    scheme = "viridis",
    title,
    subtitle,
    alt,
    width: _w,
    height: _h,
    ...overrides
  } = options;
  const { width, height } = checkSize(action, options);
  _checkCells(action, cells);
  const finite = cells.map((cell) => cell.value).filter(Number.isFinite);
  const thresholds = given === undefined
    ? _niceThresholds(finite)
    : _checkThresholds(action, given);
  const colors = _palette(thresholds, scheme);
  const band = (value: number) => thresholds.filter((t) => value >= t).length;
  const fill = (cell: HeatmapCell) =>
    Number.isFinite(cell.value) ? colors[band(cell.value)] : theme.colors.missing;

  const legend: LegendItem[] = colors.map((color, i) => ({
    label: _bandLabel(thresholds, i, format, finite),
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
        fill: (cell: HeatmapCell) => _textColor(fill(cell)),
      }),
    ],
  }, overrides));
  return composeFigure(chart, { ...header, alt });
}

// One colour per band: thresholds.length + 1 colours, or the scheme's middle for a single band.
function _palette(thresholds: readonly number[], scheme: string): string[] {
  const domain = thresholds.length === 0 ? [0, 1] : [...thresholds];
  const options = { type: "threshold", domain, scheme: scheme as Plot.ColorScheme } as const;
  const range = [...(Plot.scale({ color: options }).range ?? [])];
  return (thresholds.length === 0 ? [range[1]] : range) as string[];
}

function _format(value: number): string {
  return String(Number(value.toPrecision(3)));
}

function _cellText(value: number, format: (value: number) => string): string {
  if (Number.isNaN(value)) return "n/a";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  return format(value);
}

function _bandLabel(
  thresholds: readonly number[],
  i: number,
  format: (value: number) => string,
  finite: number[],
): string {
  if (thresholds.length === 0) return finite.length > 0 ? `all ${format(finite[0])}` : "all";
  if (i === 0) return `< ${format(thresholds[0])}`;
  if (i === thresholds.length) return `≥ ${format(thresholds[i - 1])}`;
  return `${format(thresholds[i - 1])} – ${format(thresholds[i])}`;
}

// Dark text on light cells and white text on dark ones, by relative luminance (WCAG 2).
function _textColor(background: string): string {
  const channels = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.18 ? theme.colors.text : "#ffffff";
}

// Round-numbered band edges strictly inside the range of `values`, about 5 bands.
function _niceThresholds(values: number[]): number[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [];
  const rough = (max - min) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const edges: number[] = [];
  for (let k = Math.floor(min / step) + 1; k * step < max; k++) {
    edges.push(Number((k * step).toPrecision(12)));
  }
  return edges;
}

function _keys(cells: readonly HeatmapCell[], axis: "x" | "y"): (string | number)[] {
  return [...new Set(cells.map((cell) => cell[axis]))];
}

function _checkThresholds(action: string, thresholds: readonly number[]): number[] {
  if (!Array.isArray(thresholds)) {
    throw new TypeError(message(action, "thresholds", "an array of numbers", thresholds));
  }
  thresholds.forEach((t, i) => assertFinite(action, `thresholds[${i}]`, t));
  for (let i = 1; i < thresholds.length; i++) {
    if (!(thresholds[i] > thresholds[i - 1])) {
      throw new RangeError(message(action, "thresholds", "increasing", thresholds));
    }
  }
  return [...thresholds];
}

function _checkCells(action: string, cells: readonly HeatmapCell[]): void {
  if (!Array.isArray(cells) || cells.length === 0) {
    throw new RangeError(message(action, "cells", "a non-empty array", cells));
  }
  const seen = new Set<string>();
  for (const [i, cell] of cells.entries()) {
    if (typeof cell?.value !== "number") {
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
