// The pushforward picture, after the lower part of Figure 1 of Goodfellow et al., "Generative
// Adversarial Nets" (NeurIPS 2014): the z line above, the x line below, and an arrow from each
// noise value z to the sample x = G(z) it becomes. A stretch or shift of G shows in the arrows.

import * as Plot from "@observablehq/plot";
import { assertFunction, assertSample, assertString, message } from "../_validate.ts";
import { composeFigure, type Figure, figureChromeHeight } from "./figure.ts";
import {
  bodyHeight,
  checkDomain,
  checkFigureText,
  checkSize,
  type FigureText,
  plotOptions,
  type PlotOverrides,
} from "./_options.ts";
import { theme } from "./theme.ts";

/** Options of {@linkcode plotPushforward}. */
export interface PushforwardOptions extends FigureText, PlotOverrides {
  /** Label of the upper axis, such as "noise z ~ N(0, 1)". */
  zLabel: string;
  /** Label of the lower axis, with units, such as "x = G(z) (mm)". */
  xLabel: string;
  /** The shared horizontal range; all z and G(z), widened by 5 %, unless given. */
  domain?: [number, number];
  /** Figure width in pixels; 640 unless given. */
  width?: number;
  /** Figure height in pixels; 260 unless given. */
  height?: number;
}

/** Above this many z values the arrows lose their heads and fade, to stay readable. */
const MAX_ARROWS = 60;

/**
 * Draws the map z ↦ G(z) as arrows from a z line (above) to an x line (below). Both lines use
 * one horizontal scale, so a shift by b1 shows as slanted arrows and a slope w1 > 1 as a fan.
 *
 * @param map The generator, returning a finite number for every z given.
 * @param zValues The noise values, finite numbers, at least one.
 * @param options The texts (`title`, `alt`, `zLabel`, `xLabel`), an optional shared `domain`,
 *   and any Plot option to override.
 * @returns The figure, `width` × `height` pixels.
 * @throws {TypeError} If `map` is not a function or returns something other than a number, a
 *   label is not a string, or another argument has the wrong type.
 * @throws {RangeError} If `zValues` is empty or has a non-finite value, `map` returns a
 *   non-finite value, `domain` is not increasing and finite, or the figure is too small for its
 *   header.
 *
 * @example The generator G(z) = 1.25·z + 4
 * ```ts
 * import { plotPushforward } from "./pushforward.ts";
 * import assert from "node:assert/strict";
 *
 * const figure = plotPushforward((z) => 1.25 * z + 4, [-2, -1, 0, 1, 2], {
 *   zLabel: "noise z", xLabel: "x = G(z) (unitless)",
 *   title: "G shifts by 4 and stretches by 1.25",
 *   alt: "Arrows from z = −2 … 2 to x = 1.5 … 6.5.",
 * });
 * assert.equal(figure.height, 260);
 * ```
 */
export function plotPushforward(
  map: (z: number) => number,
  zValues: ArrayLike<number>,
  options: PushforwardOptions,
): Figure {
  const action = "plot a pushforward";
  assertFunction(action, "map", map);
  assertSample(action, "zValues", zValues);
  checkFigureText(action, options);
  const { zLabel, xLabel, domain, title, subtitle, alt, width: _w, height: _h, ...overrides } =
    options;
  assertString(action, "zLabel", zLabel);
  assertString(action, "xLabel", xLabel);
  const { width, height } = checkSize(action, {
    width: options.width,
    height: options.height ?? 260,
  });
  const pairs = Array.from(zValues, (z) => {
    const x: unknown = map(z);
    if (typeof x !== "number") throw new TypeError(message(action, `map(${z})`, "a number", x));
    if (!Number.isFinite(x)) {
      throw new RangeError(message(action, `map(${z})`, "a finite number", x));
    }
    return { z, x };
  });
  const all = pairs.flatMap(({ z, x }) => [z, x]);
  const min = Math.min(...all);
  const max = Math.max(...all);
  const pad = 0.05 * (max - min || 1);
  const xDomain = domain === undefined
    ? [min - pad, max + pad]
    : checkDomain(action, "domain", domain);

  const many = pairs.length > MAX_ARROWS;
  const legend = [
    { label: "z, noise value", color: theme.series.noise, shape: "point" as const },
    { label: "x = G(z), generated sample", color: theme.series.generated, shape: "point" as const },
  ];
  const header = { title, subtitle, legend };
  const chart = Plot.plot(plotOptions({
    width,
    height: bodyHeight(action, height, figureChromeHeight(width, header), 110),
    marginTop: 34,
    marginBottom: 36,
    marginLeft: 20,
    marginRight: 20,
    x: { domain: xDomain, grid: false },
    y: { domain: [0, 1], axis: null },
    marks: [
      Plot.ruleY([0, 1], { stroke: theme.colors.text, strokeWidth: 1 }),
      Plot.axisX({ anchor: "top", label: zLabel, labelAnchor: "center", labelArrow: "none" }),
      Plot.axisX({ anchor: "bottom", label: xLabel, labelAnchor: "center", labelArrow: "none" }),
      // Arrows stop just above the x line, so that their heads do not hide behind the dots.
      Plot.dot(pairs, { x: "z", y: 1, fill: theme.series.noise, r: many ? 1.5 : 3 }),
      Plot.dot(pairs, { x: "x", y: 0, fill: theme.series.generated, r: many ? 1.5 : 3 }),
      Plot.link(pairs, {
        x1: "z",
        y1: 1,
        x2: "x",
        y2: many ? 0 : 0.07,
        stroke: theme.series.generated,
        strokeOpacity: many ? 0.35 : 0.8,
        strokeWidth: many ? 1 : 1.25,
        markerEnd: many ? undefined : "arrow",
      }),
    ],
  }, overrides));
  return composeFigure(chart, { ...header, alt });
}
