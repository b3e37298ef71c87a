// The colour bands of a heatmap: round-numbered band edges, one colour per band from a Plot
// colour scheme, the legend label of each band, and a text colour that stays legible on it.

import * as Plot from "@observablehq/plot";
import { assertFinite, message } from "../_validate.ts";
import { theme } from "./theme.ts";

/** Computes round-numbered band edges strictly inside the range of `values`, about 5 bands. */
export function niceThresholds(values: number[]): number[] {
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

/**
 * Picks one colour per band from a Plot colour scheme: `thresholds.length + 1` colours, or the
 * scheme's middle colour when there are no thresholds and so a single band.
 */
export function palette(thresholds: readonly number[], scheme: string): string[] {
  const domain = thresholds.length === 0 ? [0, 1] : [...thresholds];
  const options = { type: "threshold", domain, scheme: scheme as Plot.ColorScheme } as const;
  const range = [...(Plot.scale({ color: options }).range ?? [])];
  return (thresholds.length === 0 ? [range[1]] : range) as string[];
}

/** Names band `i` for the legend: "< t0", "t0 – t1", ..., "≥ tk", or "all v" for one band. */
export function bandLabel(
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

/** Picks dark text for a light `background` and white for a dark one, by WCAG 2 luminance. */
export function textColor(background: string): string {
  const channels = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.18 ? theme.colors.text : "#ffffff";
}

/** Returns a copy of `thresholds`, and throws unless it is increasing and finite. */
export function checkThresholds(action: string, thresholds: readonly number[]): number[] {
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
