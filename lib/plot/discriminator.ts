// The discriminator's view of the line: curves D(x) in [0, 1] against the reference D = 1/2
// that an equilibrium reaches, and below them, optionally, the densities that D compares.

import * as Plot from "@observablehq/plot";
import { assertArray, assertString, message } from "../_validate.ts";
import type { DensityCurve } from "./density.ts";
import { composeFigure, type Figure, figureChromeHeight, type LegendItem } from "./figure.ts";
import {
  bodyHeight,
  checkCurve,
  checkDomain,
  checkFigureText,
  checkSize,
  densityLabel,
  type FigureText,
  optionalArray,
  plotOptions,
  type PlotOverrides,
  sampleCurve,
} from "./_options.ts";
import { theme } from "./theme.ts";

/** A discriminator curve x ↦ D(x). */
export interface DiscriminatorCurve {
  /** Legend label, such as "D(x) after 500 steps" or "D*(x)". */
  label: string;
  /** The discriminator, with values in [0, 1] over the plotted domain. */
  d: (x: number) => number;
  /** CSS colour; the theme's discriminator colour, then its optimal colour, unless given. */
  color?: string;
  /** Draw the curve dashed. */
  dash?: boolean;
}

/** Options of {@linkcode plotDiscriminator}. */
export interface DiscriminatorOptions extends FigureText, PlotOverrides {
  /** The discriminator curves; at least one. */
  curves: readonly DiscriminatorCurve[];
  /** Plotted x range [min, max]. */
  domain: [number, number];
  /** Label of the x axis, with units. */
  xLabel: string;
  /** Densities drawn in a second panel below, on their own y axis. */
  densities?: readonly DensityCurve[];
  /** Figure width in pixels; 640 unless given. */
  width?: number;
  /** Figure height in pixels; 380 unless given, 480 with densities. */
  height?: number;
}

const D_COLORS = [theme.series.discriminator, theme.series.optimal, ...theme.series.extra];
const DENSITY_COLORS = [theme.series.data, theme.series.generated, ...theme.series.extra];

/**
 * Draws discriminator curves D(x) on [0, 1] with a dashed reference at 1/2, and optionally the
 * densities p_data and p_g in a panel below with the same x axis.
 *
 * @param options The curves, the x `domain`, the texts (`title`, `alt`, `xLabel`), optional
 *   `densities`, and any Plot option to override (applied to the D(x) panel).
 * @returns The figure, `width` × `height` pixels.
 * @throws {TypeError} If an argument has the wrong type, such as `curves` or `densities` not an
 *   array, a curve without a string `label` or a function `d` (or `density`), or `xLabel` not a
 *   string.
 * @throws {RangeError} If `curves` is empty, `domain` is not increasing and finite, a D(x)
 *   leaves [0, 1], a density is negative, or the figure is too small for its header.
 *
 * @example A logistic discriminator
 * ```ts
 * import { plotDiscriminator } from "./discriminator.ts";
 * import assert from "node:assert/strict";
 *
 * const figure = plotDiscriminator({
 *   curves: [{ label: "D(x) = σ(x − 4)", d: (x) => 1 / (1 + Math.exp(-(x - 4))) }],
 *   domain: [0, 8],
 *   xLabel: "x (unitless)",
 *   title: "A discriminator",
 *   alt: "A sigmoid rising from 0 to 1 and crossing 1/2 at x = 4.",
 * });
 * assert.equal(figure.width, 640);
 * ```
 */
export function plotDiscriminator(options: DiscriminatorOptions): Figure {
  const action = "plot a discriminator";
  checkFigureText(action, options);
  const {
    curves,
    domain,
    xLabel,
    densities: _densities,
    title,
    subtitle,
    alt,
    width: _width,
    height: _height,
    ...overrides
  } = options;
  assertArray(action, "curves", curves);
  if (curves.length === 0) {
    throw new RangeError(message(action, "curves", "a non-empty array", curves));
  }
  curves.forEach((curve, i) => checkCurve(action, `curves[${i}]`, curve, "d"));
  assertString(action, "xLabel", xLabel);
  const densities = optionalArray(action, "densities", options.densities);
  densities.forEach((curve, i) => checkCurve(action, `densities[${i}]`, curve, "density"));
  const xDomain = checkDomain(action, "domain", domain);
  const { width, height } = checkSize(action, {
    width: options.width,
    height: options.height ?? (densities.length > 0 ? 480 : undefined),
  });

  const legend: LegendItem[] = [];
  const dMarks: Plot.Markish[] = [
    Plot.ruleY([0.5], { stroke: theme.colors.reference, strokeDasharray: "4 3" }),
    Plot.text([0.5], {
      y: (y) => y,
      frameAnchor: "right",
      dx: -2,
      dy: -7,
      text: () => "1/2",
      fill: theme.colors.mutedText,
      textAnchor: "end",
    }),
  ];
  for (const [i, curve] of curves.entries()) {
    const color = curve.color ?? D_COLORS[i % D_COLORS.length];
    const line = sampleCurve(action, `curves[${i}].d`, curve.d, xDomain, [0, 1]);
    dMarks.push(_line(line, color, curve.dash));
    legend.push({ label: curve.label, color, shape: curve.dash ? "dash" : "line" });
  }
  const densityMarks: Plot.Markish[] = [Plot.ruleY([0])];
  for (const [i, curve] of densities.entries()) {
    const color = curve.color ?? DENSITY_COLORS[i % DENSITY_COLORS.length];
    const line = sampleCurve(action, `densities[${i}].density`, curve.density, xDomain, [
      0,
      Infinity,
    ]);
    densityMarks.push(_line(line, color, curve.dash));
    legend.push({ label: curve.label, color, shape: curve.dash ? "dash" : "line" });
  }

  const header = { title, subtitle, legend };
  const body = bodyHeight(
    action,
    height,
    figureChromeHeight(width, header),
    densities.length > 0 ? 200 : 120,
  );
  const dHeight = densities.length > 0 ? Math.round(body * 0.58) : body;
  const common = { width, marginLeft: 52, marginRight: 20 };
  const charts = [
    Plot.plot(plotOptions({
      ...common,
      height: dHeight,
      x: { domain: xDomain, label: densities.length > 0 ? null : xLabel },
      y: { domain: [0, 1], label: "D(x), probability of real", grid: true, ticks: 5 },
      marks: dMarks,
    }, overrides)),
  ];
  if (densities.length > 0) {
    charts.push(Plot.plot(plotOptions({
      ...common,
      height: body - dHeight,
      x: { domain: xDomain, label: xLabel },
      y: { label: densityLabel(xLabel), grid: true, ticks: 4 },
      marks: densityMarks,
    })));
  }
  return composeFigure(charts, { ...header, alt, columns: 1 });
}

function _line(points: { x: number; y: number }[], color: string, dash?: boolean): Plot.Markish {
  return Plot.line(points, {
    x: "x",
    y: "y",
    stroke: color,
    strokeWidth: 2.25,
    strokeDasharray: dash ? "7 4" : undefined,
    clip: true,
  });
}
