// Training curves: one small panel per recorded quantity (w1, b1, w2, b2, the two losses, the
// discriminator's accuracy) against the step, each on its own y scale. Dashed reference lines
// mark the values an ideal run approaches, such as the target mean or log 4.

import * as Plot from "@observablehq/plot";
import { assertFinite, assertInteger, assertObject, assertString, message } from "../_validate.ts";
import { checkHistory, type TrainingHistory } from "./_history.ts";
import { decimateSeries, movingAverage } from "./_series.ts";
import { composeFigure, type Figure, figureChromeHeight, type LegendItem } from "./figure.ts";
import {
  bodyHeight,
  checkFigureText,
  checkSize,
  type FigureText,
  optionalArray,
  plotOptions,
  type PlotOverrides,
} from "./_options.ts";
import { theme } from "./theme.ts";

export type { TrainingHistory };

/** A series name: a history column, with axis labels and colours known for these. */
export type TrainingSeries =
  | "w1"
  | "b1"
  | "w2"
  | "b2"
  | "c2"
  | "lossD"
  | "lossG"
  | "accuracyD"
  | (string & Record<never, never>);

/** A horizontal reference line, such as the target mean or the equilibrium loss. */
export interface TrainingReference {
  /** Label written at the line's right end, such as "data mean 4". */
  label: string;
  /** The value on the series' y axis. */
  value: number;
  /** The series whose panels show the line; every panel unless given. */
  series?: TrainingSeries | readonly TrainingSeries[];
}

/** Options of {@linkcode plotTrainingCurves}. */
export interface TrainingCurvesOptions extends FigureText, PlotOverrides {
  /** The history columns to draw, one panel each, in this order. */
  series: readonly TrainingSeries[];
  /** Reference lines. */
  references?: readonly TrainingReference[];
  /** Panels per row; up to 3 unless given. */
  columns?: number;
  /**
   * Most points drawn per series; longer series are decimated keeping each bucket's extremes.
   * The panel's width in pixels unless given: one minimum and one maximum per 2 pixels.
   */
  maxPoints?: number;
  /** Window, in recorded rows, of a moving average drawn over the faded raw series; 1 = none. */
  smooth?: number;
  /** Figure width in pixels; 640 unless given. */
  width?: number;
  /** Figure height in pixels; 380 unless given. */
  height?: number;
}

const GENERATOR = theme.series.generated;
const DISCRIMINATOR = theme.series.discriminator;
const KNOWN: Record<string, { label: string; color: string; domain?: [number, number] }> = {
  w1: { label: "w1, generator slope", color: GENERATOR },
  b1: { label: "b1, generator offset", color: GENERATOR },
  w2: { label: "w2, discriminator weight", color: DISCRIMINATOR },
  b2: { label: "b2, discriminator bias", color: DISCRIMINATOR },
  c2: { label: "c2, discriminator quadratic weight", color: DISCRIMINATOR },
  lossD: { label: "discriminator loss (nats)", color: DISCRIMINATOR },
  lossG: { label: "generator loss (nats)", color: GENERATOR },
  accuracyD: { label: "discriminator accuracy", color: DISCRIMINATOR, domain: [0, 1] },
};

/**
 * Draws one panel per series of a training history against the step. Non-finite values, as
 * left by a diverging run, break the line instead of stopping the figure.
 *
 * @param history Columns of equal length: `step` (finite numbers) and the series to draw.
 * @param options The `series` to draw, `references` and the texts (`title`, `alt`). Also
 *   `columns` (an integer in [1, number of series]), `maxPoints` (an integer ≥ 10), `smooth`
 *   (an integer ≥ 1, 1 unless given), and any Plot option to override in every panel.
 * @returns The figure, `width` × `height` pixels.
 * @throws {TypeError} If an argument has the wrong type, a series is not in the history, or a
 *   reference has no string `label` or a `series` that is not a string or an array of strings.
 * @throws {RangeError} If `series` is empty, columns differ in length, a series has no finite
 *   value, a reference value is not finite, `columns`, `maxPoints` or `smooth` is out of range,
 *   or the figure is too small for its header.
 *
 * @example Two series
 * ```ts
 * import { plotTrainingCurves } from "./training.ts";
 * import assert from "node:assert/strict";
 *
 * const history = {
 *   step: new Float64Array([0, 1, 2, 3]),
 *   b1: new Float64Array([0, 1.5, 2.8, 3.6]),
 *   w1: new Float64Array([1, 1.1, 1.2, 1.24]),
 * };
 * const figure = plotTrainingCurves(history, {
 *   series: ["b1", "w1"],
 *   references: [{ label: "data mean 4", value: 4, series: "b1" }],
 *   title: "The generator moves towards the data",
 *   alt: "b1 rises from 0 to 3.6 towards 4; w1 rises from 1 to 1.24.",
 * });
 * assert.ok(figure.svg.includes("data mean 4"));
 * ```
 */
export function plotTrainingCurves(
  history: TrainingHistory,
  options: TrainingCurvesOptions,
): Figure {
  const action = "plot training curves";
  checkFigureText(action, options);
  const {
    series,
    references: _references,
    title,
    subtitle,
    alt,
    columns: _columns,
    maxPoints,
    smooth = 1,
    width: _width,
    height: _height,
    ...overrides
  } = options;
  const { width, height } = checkSize(action, options);
  checkHistory(action, history, series);
  const references = optionalArray(action, "references", options.references);
  references.forEach((reference, i) => _checkReference(action, `references[${i}]`, reference));
  const columns = options.columns ?? (series.length === 4 ? 2 : Math.min(3, series.length));
  if (!Number.isInteger(columns) || columns < 1 || columns > series.length) {
    throw new RangeError(
      message(action, "columns", `an integer in [1, ${series.length}]`, columns),
    );
  }
  if (maxPoints !== undefined) assertInteger(action, "maxPoints", maxPoints, 10);
  assertInteger(action, "smooth", smooth, 1);

  const header = { title, subtitle, legend: _legend(series, references.length > 0) };
  const body = bodyHeight(action, height, figureChromeHeight(width, header));
  const rows = Math.ceil(series.length / columns);
  const steps = history.step;
  const stepDomain = [steps[0], steps[steps.length - 1]];
  const charts = series.map((name, i) => {
    const row = Math.floor(i / columns);
    const column = i % columns;
    const known = KNOWN[name] ?? { label: name, color: theme.series.extra[0] };
    const panelWidth = _share(width, columns, column);
    const limit = maxPoints ?? panelWidth;
    const raw = decimateSeries(steps, history[name], limit);
    const lines = references.filter((reference) => _appliesTo(reference, name));
    const marks: Plot.Markish[] = [
      Plot.ruleY(lines, { y: "value", stroke: theme.colors.reference, strokeDasharray: "4 3" }),
      Plot.line(raw, {
        x: "step",
        y: "value",
        stroke: known.color,
        strokeWidth: 1.5,
        strokeOpacity: smooth > 1 ? 0.3 : 1,
      }),
    ];
    if (smooth > 1) {
      const average = movingAverage(history[name], smooth);
      const smoothed = decimateSeries(steps, average, Math.max(10, Math.ceil(limit / 2)));
      marks.push(
        Plot.line(smoothed, { x: "step", y: "value", stroke: known.color, strokeWidth: 2 }),
      );
    }
    marks.push(Plot.text(lines, {
      y: "value",
      text: "label",
      frameAnchor: "right",
      textAnchor: "end",
      dy: -7,
      fill: theme.colors.mutedText,
      stroke: theme.colors.background,
      strokeWidth: 3,
    }));
    return Plot.plot(plotOptions({
      width: panelWidth,
      height: _share(body, rows, row),
      marginLeft: 48,
      marginRight: 14,
      x: { domain: stepDomain, label: row === rows - 1 ? "step" : null, ticks: 4 },
      y: { label: known.label, domain: known.domain, grid: true, ticks: 4, nice: true },
      marks,
    }, overrides));
  });
  return composeFigure(charts, { ...header, alt, columns });
}

function _checkReference(action: string, name: string, reference: unknown): void {
  assertObject(action, name, reference, "an object { label, value }");
  assertString(action, `${name}.label`, reference.label);
  assertFinite(action, `${name}.value`, reference.value);
  const { series } = reference;
  if (series === undefined || typeof series === "string") return;
  if (!Array.isArray(series)) {
    const rule = "a series name or an array of series names";
    throw new TypeError(message(action, `${name}.series`, rule, series));
  }
  series.forEach((entry, i) => assertString(action, `${name}.series[${i}]`, entry));
}

// The share of `total` pixels for part `index` of `parts`; the shares add up to `total`.
function _share(total: number, parts: number, index: number): number {
  return Math.floor((total * (index + 1)) / parts) - Math.floor((total * index) / parts);
}

function _appliesTo(reference: TrainingReference, name: string): boolean {
  if (reference.series === undefined) return true;
  return typeof reference.series === "string"
    ? reference.series === name
    : reference.series.includes(name);
}

function _legend(series: readonly string[], hasReferences: boolean): LegendItem[] {
  const colors = new Set(series.map((name) => (KNOWN[name] ?? { color: "" }).color));
  const legend: LegendItem[] = [];
  if (colors.has(GENERATOR)) legend.push({ label: "generator", color: GENERATOR });
  if (colors.has(DISCRIMINATOR)) legend.push({ label: "discriminator", color: DISCRIMINATOR });
  if (hasReferences) {
    legend.push({ label: "reference value", color: theme.colors.reference, shape: "dash" });
  }
  return legend;
}
