// A grid of small density panels: in each, a density-normalised histogram of a sample with
// density curves over it, on the panel's own x axis. One figure can so set different data sets
// (synthetic, unitless, and measured, in mm) and different noise priors side by side.

import * as Plot from "@observablehq/plot";
import {
  assertArray,
  assertInteger,
  assertObject,
  assertPositive,
  assertSample,
  assertString,
  message,
} from "../_validate.ts";
import type { DensityCurve } from "./density.ts";
import { composeFigure, type Figure, type LegendItem } from "./figure.ts";
import { densityHistogram } from "./histogram.ts";
import {
  checkCurve,
  checkDomain,
  checkFigureText,
  checkOptionalText,
  densityLabel,
  type FigureText,
  optionalArray,
  plotOptions,
  sampleCurve,
} from "./_options.ts";
import { theme } from "./theme.ts";

/** One panel of {@linkcode plotDensityGrid}. */
export interface DensityPanel {
  /** The heading written above the panel, such as "z ~ U(0, 1)". */
  label: string;
  /** The sample drawn as a density histogram: finite numbers, at least one. */
  samples: ArrayLike<number>;
  /** Label of the panel's x axis, with units, such as "flipper length (mm)". */
  xLabel: string;
  /** Density curves drawn over the bars; curves with equal labels share one legend entry. */
  curves?: readonly DensityCurve[];
  /** Visible x range; the sample's range widened by 5 % unless given. */
  domain?: [number, number];
  /** Number of bins, an integer ≥ 1; see `densityHistogram` for the default. */
  bins?: number;
}

/** Options of {@linkcode plotDensityGrid}. */
export interface DensityGridOptions extends FigureText {
  /** Panels per row, an integer in [1, number of panels]; all in one row unless given. */
  columns?: number;
  /** Legend label of the bars; "data" unless given. */
  dataLabel?: string;
  /** Width of one panel in pixels; 240 unless given. */
  panelWidth?: number;
  /** Height of one panel in pixels; 210 unless given. */
  panelHeight?: number;
}

const CURVE_COLORS = [theme.series.generated, theme.series.data, ...theme.series.extra];
const BAR_OPACITY = 0.3;

/**
 * Draws a grid of panels, each a density histogram of a sample with density curves over it.
 * Each panel has its own x and y scale; the legend lists the bars and each curve label once.
 *
 * @param panels The panels, at least one, in reading order.
 * @param options The texts (`title`, `alt`), `columns`, the bars' legend label and the panel
 *   size.
 * @returns The figure, `columns` panels wide.
 * @throws {TypeError} If an argument has the wrong type, such as `panels` not an array, a panel
 *   without a string `label` or `xLabel`, `curves` not an array, or a curve without a string
 *   `label` and a function `density`.
 * @throws {RangeError} If `panels` is empty, a sample is empty or not finite, a panel's `bins`
 *   is not an integer >= 1 or its `domain` is not increasing and finite, a curve has a negative
 *   or non-finite value on its panel's domain, `columns` is out of range, or `panelWidth` or
 *   `panelHeight` is not positive and finite.
 *
 * @example Two panels side by side
 * ```ts
 * import { plotDensityGrid } from "./density_grid.ts";
 * import assert from "node:assert/strict";
 *
 * const flat = (x: number) => (x >= 0 && x <= 1 ? 1 : 0);
 * const figure = plotDensityGrid([
 *   { label: "left", samples: [0.1, 0.4, 0.5, 0.9], xLabel: "x (unitless)" },
 *   { label: "right", samples: [0.2, 0.3, 0.8], xLabel: "x (unitless)",
 *     curves: [{ label: "U(0, 1)", density: flat }] },
 * ], { title: "Two samples", alt: "Two histograms of values in [0, 1]." });
 * assert.equal(figure.width, 480);
 * assert.ok(figure.svg.includes("U(0, 1)"));
 * ```
 */
export function plotDensityGrid(
  panels: readonly DensityPanel[],
  options: DensityGridOptions,
): Figure {
  const action = "plot a density grid";
  checkFigureText(action, options);
  checkOptionalText(action, options, ["dataLabel"]);
  assertArray(action, "panels", panels);
  if (panels.length === 0) {
    throw new RangeError(message(action, "panels", "a non-empty array", panels));
  }
  const columns = options.columns ?? panels.length;
  assertInteger(action, "columns", columns);
  if (columns > panels.length) {
    throw new RangeError(message(action, "columns", `at most ${panels.length}`, columns));
  }
  const width = options.panelWidth ?? 240;
  const height = options.panelHeight ?? 210;
  assertPositive(action, "panelWidth", width);
  assertPositive(action, "panelHeight", height);

  const legend: LegendItem[] = [{
    label: options.dataLabel ?? "data",
    color: theme.series.data,
    shape: "bar",
    opacity: BAR_OPACITY,
  }];
  const charts = panels.map((panel, i) =>
    _panel(
      action,
      `panels[${i}]`,
      panel,
      { width: Math.round(width), height: Math.round(height) },
      legend,
    )
  );
  const { title, subtitle, alt } = options;
  return composeFigure(charts, { title, subtitle, alt, legend, columns });
}

// Draws one panel and adds its curves' labels to the legend when they are new.
function _panel(
  action: string,
  name: string,
  panel: DensityPanel,
  size: { width: number; height: number },
  legend: LegendItem[],
) {
  assertObject(action, name, panel, "an object { label, samples, xLabel }");
  assertString(action, `${name}.label`, panel.label);
  assertString(action, `${name}.xLabel`, panel.xLabel);
  assertSample(action, `${name}.samples`, panel.samples);
  if (panel.bins !== undefined) assertInteger(action, `${name}.bins`, panel.bins);
  const curves = optionalArray(action, `${name}.curves`, panel.curves);
  curves.forEach((curve, j) => checkCurve(action, `${name}.curves[${j}]`, curve, "density"));
  const bars = densityHistogram(panel.samples, { bins: panel.bins });
  const domain = panel.domain === undefined
    ? _padded(bars[0].x0, bars[bars.length - 1].x1)
    : checkDomain(action, `${name}.domain`, panel.domain);

  const marks: Plot.Markish[] = [
    Plot.rectY(bars, {
      x1: "x0",
      x2: "x1",
      y: "density",
      fill: theme.series.data,
      fillOpacity: BAR_OPACITY,
      insetLeft: 0.5,
      insetRight: 0.5,
      clip: true,
    }),
  ];
  let top = Math.max(...bars.map((bar) => bar.density));
  for (const [j, curve] of curves.entries()) {
    const color = curve.color ?? CURVE_COLORS[j % CURVE_COLORS.length];
    const line = sampleCurve(action, `${name}.curves[${j}].density`, curve.density, domain, [
      0,
      Infinity,
    ]);
    top = Math.max(top, ...line.map((point) => point.y));
    marks.push(Plot.line(line, {
      x: "x",
      y: "y",
      stroke: color,
      strokeWidth: 2,
      strokeDasharray: curve.dash ? "6 4" : undefined,
      clip: true,
    }));
    if (!legend.some((item) => item.label === curve.label)) {
      legend.push({ label: curve.label, color, shape: curve.dash ? "dash" : "line" });
    }
  }
  marks.push(
    Plot.ruleY([0]),
    Plot.text([panel.label], {
      frameAnchor: "top-left",
      dy: -26,
      fontWeight: "bold",
      fontSize: theme.fonts.legend,
    }),
  );

  return Plot.plot(plotOptions({
    width: size.width,
    height: size.height,
    marginTop: 46,
    marginLeft: 46,
    marginRight: 14,
    x: { domain, label: panel.xLabel, ticks: 4 },
    y: { domain: [0, top * 1.05], label: densityLabel(panel.xLabel), grid: true, ticks: 4 },
    marks,
  })) as { readonly outerHTML: string };
}

// The range [min, max] moved outwards by 5 % of its width on each side.
function _padded(min: number, max: number): [number, number] {
  const pad = 0.05 * (max - min || 1);
  return [min - pad, max + pad];
}
