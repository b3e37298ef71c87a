// The fixed look of every figure. A light card with dark text stays legible on JupyterLab's light
// and dark themes alike. Series colours come from the Okabe–Ito palette, which readers with the
// common forms of colour blindness can tell apart.

/** Colours of the card that every figure is drawn on, as CSS hex strings. */
export interface ThemeColors {
  /** Background of the whole figure. */
  readonly background: string;
  /** Thin border around the card, visible on a white page. */
  readonly border: string;
  /** Titles, axes, tick labels and legend labels. */
  readonly text: string;
  /** Subtitles and secondary labels. */
  readonly mutedText: string;
  /** Reference lines such as D(x) = 1/2 or a target mean. */
  readonly reference: string;
  /** Fill for cells and values that are missing or not finite. */
  readonly missing: string;
}

/** Colours of the series that recur across the notebooks. */
export interface SeriesColors {
  /** The real data p_data: histograms and the data density. */
  readonly data: string;
  /** The generated distribution p_g and the generator's parameters w1, b1. */
  readonly generated: string;
  /** The discriminator D(x) and its parameters w2, b2. */
  readonly discriminator: string;
  /** The optimal discriminator D*(x) = p_data(x) / (p_data(x) + p_g(x)). */
  readonly optimal: string;
  /** The noise z and the prior p(z). */
  readonly noise: string;
  /** Two more colours for curves that have no fixed role. */
  readonly extra: readonly [string, string];
}

/** Font family and sizes in pixels. */
export interface ThemeFonts {
  /** CSS font-family list; system fonts only, so that an SVG inside an `<img>` finds them. */
  readonly family: string;
  /** Figure title, drawn bold. */
  readonly title: number;
  /** Subtitle under the title. */
  readonly subtitle: number;
  /** Legend labels. */
  readonly legend: number;
  /** Axis ticks, axis labels and facet labels. */
  readonly axis: number;
  /** Values written inside heatmap cells. */
  readonly cell: number;
}

/** The complete figure theme. */
export interface Theme {
  /** Card and text colours. */
  readonly colors: ThemeColors;
  /** Series colours. */
  readonly series: SeriesColors;
  /** Fonts. */
  readonly fonts: ThemeFonts;
  /** Space in pixels between the card's edge and the title or legend. */
  readonly padding: number;
  /** Default figure size in pixels. */
  readonly size: { readonly width: number; readonly height: number };
}

/**
 * The theme shared by every figure helper. It is frozen: pass a `color` option to a helper to
 * change one series, or a `style` override to change Plot's text.
 *
 * @example Series colours are distinct
 * ```ts
 * import { theme } from "./theme.ts";
 * import assert from "node:assert/strict";
 *
 * const { data, generated, discriminator, optimal } = theme.series;
 * assert.equal(new Set([data, generated, discriminator, optimal]).size, 4);
 * ```
 */
export const theme: Theme = Object.freeze({
  colors: Object.freeze({
    background: "#ffffff",
    border: "#c8ccd2",
    text: "#1f2328",
    mutedText: "#57606a",
    reference: "#6e7781",
    missing: "#d0d4d9",
  }),
  series: Object.freeze({
    data: "#0072b2",
    generated: "#d55e00",
    discriminator: "#009e73",
    optimal: "#cc79a7",
    noise: "#3b3b3b",
    extra: Object.freeze(["#e69f00", "#56b4e9"] as const),
  }),
  fonts: Object.freeze({
    family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    title: 15,
    subtitle: 12,
    legend: 12,
    axis: 11,
    cell: 11,
  }),
  padding: 12,
  size: Object.freeze({ width: 640, height: 380 }),
});
