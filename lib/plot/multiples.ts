// Small multiples of a training run in the style of Figure 1 of Goodfellow et al., "Generative
// Adversarial Nets" (NeurIPS 2014). Each panel shows one moment of training with the data
// density p_data (dashed), the generated density p_g (solid) and the discriminator D(x)
// (dotted), and optionally the optimal discriminator D*(x) (dashed), on axes shared by all panels.

import * as Plot from "@observablehq/plot";
import { assertArray, assertObject, assertString, message } from "../_validate.ts";
import { composeFigure, type Figure, figureChromeHeight, type LegendItem } from "./figure.ts";
import {
  bodyHeight,
  checkDomain,
  checkFigureText,
  checkSize,
  type FigureText,
  plotOptions,
  type PlotOverrides,
  sampleCurve,
} from "./_options.ts";
import { theme } from "./theme.ts";

/** One moment of training. */
export interface MomentPanel {
  /** Panel heading, such as "step 0" or "(a)"; unique among the panels. */
  label: string;
  /** The data density p_data, finite and non-negative on the domain. */
  pData: (x: number) => number;
  /** The generated density p_g, finite and non-negative on the domain. */
  pG: (x: number) => number;
  /** The discriminator D(x), in [0, 1] on the domain; the panel has no D curve unless given. */
  d?: (x: number) => number;
  /** The optimal discriminator D*(x), in [0, 1] on the domain; no D* curve unless given. */
  dOptimal?: (x: number) => number;
}

/** Options of {@linkcode plotSmallMultiples}. */
export interface SmallMultiplesOptions extends FigureText, PlotOverrides {
  /** Plotted x range [min, max], shared by all panels. */
  domain: [number, number];
  /** Label of the x axis, with units. */
  xLabel: string;
  /** Figure width in pixels; 640 unless given. */
  width?: number;
  /** Figure height in pixels; 300 unless given. */
  height?: number;
}

const CURVES = [
  {
    key: "pData",
    label: "p_data, data density",
    color: theme.series.data,
    dash: "7 4",
    shape: "dash",
  },
  {
    key: "pG",
    label: "p_g, generated density",
    color: theme.series.generated,
    dash: undefined,
    shape: "line",
  },
  {
    key: "d",
    label: "D(x), discriminator",
    color: theme.series.discriminator,
    dash: "0.1 4.5",
    shape: "dot",
  },
  {
    key: "dOptimal",
    label: "D*(x), optimal discriminator",
    color: theme.series.optimal,
    dash: "7 4",
    shape: "dash",
  },
] as const;

/**
 * Draws one panel per moment of training in a row, each with p_data, p_g and, when given, D(x)
 * and the optimal D*(x).
 *
 * @param panels The moments, at least one, with unique labels.
 * @param options The x `domain`, the texts (`title`, `alt`, `xLabel`), and any Plot option to
 *   override, such as `y: { domain: [0, 1.2] }` to fix the shared y range.
 * @returns The figure, `width` × `height` pixels.
 * @throws {TypeError} If an argument has the wrong type, such as `panels` not an array, a panel
 *   without a string `label` or a density that is not a function, or `xLabel` not a string.
 * @throws {RangeError} If `panels` is empty, labels repeat, `domain` is not increasing and
 *   finite, a density is negative, D(x) leaves [0, 1], or the figure is too small for its header.
 *
 * @example Two moments
 * ```ts
 * import { plotSmallMultiples } from "./multiples.ts";
 * import { normal } from "../distributions/normal.ts";
 * import assert from "node:assert/strict";
 *
 * const data = normal(4, 1.25);
 * const figure = plotSmallMultiples([
 *   { label: "step 0", pData: data.density, pG: normal(0, 1).density, d: () => 0.9 },
 *   { label: "step 500", pData: data.density, pG: normal(4, 1.25).density, d: () => 0.5 },
 * ], {
 *   domain: [-3, 9],
 *   xLabel: "x (unitless)",
 *   title: "p_g moves onto p_data",
 *   alt: "At step 0 p_g sits at 0; at step 500 it matches p_data and D is 1/2.",
 * });
 * assert.ok(figure.svg.includes("step 500"));
 * ```
 */
export function plotSmallMultiples(
  panels: readonly MomentPanel[],
  options: SmallMultiplesOptions,
): Figure {
  const action = "plot small multiples";
  checkFigureText(action, options);
  const { domain, xLabel, title, subtitle, alt, width: _w, height: _h, ...overrides } = options;
  const xDomain = checkDomain(action, "domain", domain);
  assertString(action, "xLabel", xLabel);
  const { width, height } = checkSize(action, {
    width: options.width,
    height: options.height ?? 300,
  });
  assertArray(action, "panels", panels);
  if (panels.length === 0) {
    throw new RangeError(message(action, "panels", "a non-empty array", panels));
  }
  const labels = panels.map((panel, i) => {
    assertObject(action, `panels[${i}]`, panel, "an object { label, pData, pG }");
    assertString(action, `panels[${i}].label`, panel.label);
    return panel.label;
  });
  if (new Set(labels).size !== labels.length) {
    throw new RangeError(message(action, "panels[].label", "unique", labels.join(", ")));
  }

  const rows: { panel: string; curve: string; x: number; y: number }[] = [];
  for (const [i, panel] of panels.entries()) {
    for (const { key } of CURVES) {
      const isD = key === "d" || key === "dOptimal";
      if (isD && panel[key] === undefined) continue;
      const bounds: [number, number] = isD ? [0, 1] : [0, Infinity];
      const points = sampleCurve(action, `panels[${i}].${key}`, panel[key], xDomain, bounds, 201);
      for (const { x, y } of points) rows.push({ panel: panel.label, curve: key, x, y });
    }
  }
  const top = Math.max(1, ...rows.map((row) => row.y));
  const marks: Plot.Markish[] = [Plot.frame({ stroke: theme.colors.border }), Plot.ruleY([0])];
  const legend: LegendItem[] = [];
  // p_g goes under the dashed p_data, and D* under D, so that both stay visible where they
  // coincide.
  for (const curve of [CURVES[1], CURVES[0], CURVES[3], CURVES[2]]) {
    if (!rows.some((row) => row.curve === curve.key)) continue;
    marks.push(Plot.line(rows.filter((row) => row.curve === curve.key), {
      x: "x",
      y: "y",
      fx: "panel",
      stroke: curve.color,
      strokeDasharray: curve.dash,
      strokeWidth: curve.key === "d" ? 3 : 2,
      strokeLinecap: "round",
      clip: true,
    }));
  }
  for (const curve of CURVES) {
    if (!rows.some((row) => row.curve === curve.key)) continue;
    legend.push({ label: curve.label, color: curve.color, shape: curve.shape });
  }

  const header = { title, subtitle, legend };
  const chart = Plot.plot(plotOptions({
    width,
    height: bodyHeight(action, height, figureChromeHeight(width, header)),
    marginLeft: 44,
    marginRight: 16,
    fx: { domain: labels, label: null, padding: 0.08 },
    x: { domain: xDomain, label: xLabel, ticks: 4 },
    y: { domain: [0, top], label: "density and D(x)", grid: true, ticks: 5, nice: true },
    marks,
  }, overrides));
  return composeFigure(chart, { ...header, alt });
}
