/**
 * Figures for the notebooks. Every helper returns a {@linkcode Figure}: one self-contained SVG
 * document with its title, legend, background and text colours inside, which reads the same in
 * JupyterLab's light and dark themes and in exported HTML, plus a text alternative.
 *
 * @example A histogram with its density
 * ```ts
 * import { plotHistogramDensity } from "./mod.ts";
 * import { normal } from "../distributions/normal.ts";
 * import { seededSource } from "../random.ts";
 * import assert from "node:assert/strict";
 *
 * const p = normal(4, 1.25);
 * const figure = plotHistogramDensity(p.sample(200, seededSource(1)), {
 *   title: "Data from N(4, 1.25²)",
 *   alt: "A histogram of 200 draws centred near 4, with the normal density over it.",
 *   xLabel: "x (unitless)",
 *   curves: [{ label: "p_data", density: p.density }],
 * });
 * assert.ok(figure.svg.includes("p_data"));
 * ```
 *
 * @module
 */

export {
  type SeriesColors,
  type Theme,
  theme,
  type ThemeColors,
  type ThemeFonts,
} from "./theme.ts";
export {
  composeFigure,
  type Figure,
  figureChromeHeight,
  type FigureOptions,
  type LegendItem,
  type PlotOutput,
  themedPlot,
} from "./figure.ts";
export { densityHistogram, type HistogramBin } from "./histogram.ts";
export {
  type DensityCurve,
  type HistogramDensityOptions,
  plotHistogramDensity,
  type PointMass,
} from "./density.ts";
export {
  type DiscriminatorCurve,
  type DiscriminatorOptions,
  plotDiscriminator,
} from "./discriminator.ts";
export {
  plotTrainingCurves,
  type TrainingCurvesOptions,
  type TrainingHistory,
  type TrainingReference,
  type TrainingSeries,
} from "./training.ts";
export { type MomentPanel, plotSmallMultiples, type SmallMultiplesOptions } from "./multiples.ts";
export { type HeatmapCell, type HeatmapOptions, plotHeatmap } from "./heatmap.ts";
export { plotPushforward, type PushforwardOptions } from "./pushforward.ts";
export { type DensityGridOptions, type DensityPanel, plotDensityGrid } from "./density_grid.ts";
export {
  type LinePanel,
  type LinePanelsOptions,
  type LineSeries,
  plotLinePanels,
} from "./line_panels.ts";
export type { FigureText, PlotOverrides, ScaleOverrides } from "./_options.ts";
export type { HeaderText } from "./_header.ts";
