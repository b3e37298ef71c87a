// The picture of a one-dimensional distribution: a density-normalised histogram of a sample,
// density curves on top (the data density p_data, the generated density p_g), and spikes for
// point masses such as the single value a generator without noise can emit.

import * as Plot from "@observablehq/plot";
import { assertFinite, assertObject, assertSample, assertString } from "../_validate.ts";
import { composeFigure, type Figure, figureChromeHeight, type LegendItem } from "./figure.ts";
import { densityHistogram } from "./histogram.ts";
import {
  bodyHeight,
  checkCurve,
  checkDomain,
  checkFigureText,
  checkOptionalText,
  checkSize,
  densityLabel,
  type FigureText,
  optionalArray,
  plotOptions,
  type PlotOverrides,
  sampleCurve,
} from "./_options.ts";
import { theme } from "./theme.ts";

/** A density curve drawn over the histogram. */
export interface DensityCurve {
  /** Legend label, such as "p_g = N(3.9, 1.2²)". */
  label: string;
  /** The density, finite and non-negative over the plotted domain. */
  density: (x: number) => number;
  /** CSS colour; a series colour of the theme unless given. */
  color?: string;
  /** Draw the curve dashed. */
  dash?: boolean;
}

/** A point mass drawn as a vertical spike reaching the top of the plot. */
export interface PointMass {
  /** Legend label, such as "G(z) = b1 without noise". */
  label: string;
  /** Position on the x axis. */
  x: number;
  /** CSS colour; the theme's generated colour unless given. */
  color?: string;
}

/** Options of {@linkcode plotHistogramDensity}. */
export interface HistogramDensityOptions extends FigureText, PlotOverrides {
  /** Label of the x axis, with units, such as "flipper length (mm)". */
  xLabel: string;
  /** Label of the y axis; "density (1/<unit of x>)" unless given. */
  yLabel?: string;
  /** Legend label of the bars; "data (n = <sample size>)" unless given. */
  dataLabel?: string;
  /** Density curves drawn over the bars. */
  curves?: readonly DensityCurve[];
  /** Point masses drawn as spikes. */
  points?: readonly PointMass[];
  /** Number of bins, an integer ≥ 1; see `densityHistogram` for the default. */
  bins?: number;
  /** Visible x range; the sample's range and the points, widened by 5 %, unless given. */
  domain?: [number, number];
  /** Figure width in pixels; 640 unless given. */
  width?: number;
  /** Figure height in pixels; 380 unless given. */
  height?: number;
}

const CURVE_COLORS = [
  theme.series.data,
  theme.series.generated,
  theme.series.optimal,
  ...theme.series.extra,
];
const BAR_OPACITY = 0.3;

/**
 * Draws a density-normalised histogram of `samples` with density curves and point masses.
 *
 * @param samples The sample, finite numbers, at least one.
 * @param options The texts (`title`, `alt`, `xLabel`), the curves and points, and any Plot
 *   option to override.
 * @returns The figure, `width` × `height` pixels.
 * @throws {TypeError} If an argument has the wrong type, such as a label that is not a string,
 *   `curves` or `points` that is not an array, or a curve whose `density` is not a function.
 * @throws {RangeError} If the sample is empty or not finite, a text is blank, a point's `x` is
 *   not finite, `bins` is not an integer >= 1, `domain` is not increasing, a curve has a negative
 *   or non-finite value on the domain, or the figure is too small for its header.
 *
 * @example Data with its density
 * ```ts
 * import { plotHistogramDensity } from "./density.ts";
 * import assert from "node:assert/strict";
 *
 * const figure = plotHistogramDensity([3.1, 3.9, 4.2, 4.4, 5.0], {
 *   title: "Five values",
 *   alt: "A histogram of five values between 3.1 and 5.0.",
 *   xLabel: "x (unitless)",
 *   curves: [{ label: "uniform on [3, 5]", density: (x) => (x >= 3 && x <= 5 ? 0.5 : 0) }],
 * });
 * assert.equal(figure.height, 380);
 * assert.ok(figure.svg.includes("uniform on [3, 5]"));
 * ```
 */
export function plotHistogramDensity(
  samples: ArrayLike<number>,
  options: HistogramDensityOptions,
): Figure {
  const action = "plot a histogram";
  assertSample(action, "samples", samples);
  checkFigureText(action, options);
  assertString(action, "xLabel", options.xLabel);
  checkOptionalText(action, options, ["yLabel", "dataLabel"]);
  const {
    title,
    subtitle,
    alt,
    xLabel,
    yLabel,
    dataLabel,
    curves: _curves,
    points: _points,
    bins,
    domain,
    width: _width,
    height: _height,
    ...overrides
  } = options;
  const { width, height } = checkSize(action, options);
  const curves = optionalArray(action, "curves", options.curves);
  curves.forEach((curve, i) => checkCurve(action, `curves[${i}]`, curve, "density"));
  const points = optionalArray(action, "points", options.points);
  points.forEach((point, i) => _checkPoint(action, `points[${i}]`, point));
  const bars = densityHistogram(samples, { bins });
  const xDomain = domain === undefined
    ? _paddedExtent([bars[0].x0, bars[bars.length - 1].x1, ...points.map((p) => p.x)])
    : checkDomain(action, "domain", domain);

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
  const legend: LegendItem[] = [{
    label: dataLabel ?? `data (n = ${samples.length})`,
    color: theme.series.data,
    shape: "bar",
    opacity: BAR_OPACITY,
  }];
  let top = Math.max(...bars.map((bar) => bar.density));
  for (const [i, curve] of curves.entries()) {
    const color = curve.color ?? CURVE_COLORS[i % CURVE_COLORS.length];
    const line = sampleCurve(action, `curves[${i}].density`, curve.density, xDomain, [0, Infinity]);
    top = Math.max(top, ...line.map((point) => point.y));
    marks.push(Plot.line(line, {
      x: "x",
      y: "y",
      stroke: color,
      strokeWidth: 2.25,
      strokeDasharray: curve.dash ? "7 4" : undefined,
      clip: true,
    }));
    legend.push({ label: curve.label, color, shape: curve.dash ? "dash" : "line" });
  }
  for (const point of points) {
    const color = point.color ?? theme.series.generated;
    marks.push(
      Plot.ruleX([point.x], { y1: 0, y2: top, stroke: color, strokeWidth: 2.5, clip: true }),
      Plot.dot([point.x], { x: (x) => x, y: top, fill: color, r: 4, clip: true }),
    );
    legend.push({ label: point.label, color, shape: "line" });
  }
  marks.push(Plot.ruleY([0]));

  const header = { title, subtitle, legend };
  const chart = Plot.plot(plotOptions({
    width,
    height: bodyHeight(action, height, figureChromeHeight(width, header)),
    marginLeft: 52,
    marginRight: 20,
    x: { domain: xDomain, label: xLabel },
    y: { domain: [0, top * 1.05], label: yLabel ?? densityLabel(xLabel), grid: true },
    marks,
  }, overrides));
  return composeFigure(chart, { ...header, alt });
}

function _checkPoint(action: string, name: string, point: unknown): void {
  assertObject(action, name, point, "an object { label, x }");
  assertString(action, `${name}.label`, point.label);
  assertFinite(action, `${name}.x`, point.x);
  if (point.color !== undefined) assertString(action, `${name}.color`, point.color);
}

// The smallest and largest value, each moved outwards by 5 % of the range.
function _paddedExtent(values: number[]): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = 0.05 * (max - min || 1);
  return [min - pad, max + pad];
}
