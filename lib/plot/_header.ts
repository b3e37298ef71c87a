// Lays out a figure's header: the title and optional subtitle, wrapped to the figure's width,
// and a legend of colour swatches with labels that flows onto as many rows as it needs.

import { assertArray, assertBetween, assertObject, assertString, message } from "../_validate.ts";
import { escapeXml, estimateTextWidth, formatCoordinate, wrapText } from "./_svg.ts";
import { theme } from "./theme.ts";

/** One legend entry: a swatch in `color` drawn as `shape`, and its label. */
export interface LegendItem {
  /** The text next to the swatch, such as "p_data (data density)". */
  label: string;
  /** A CSS colour for the swatch. */
  color: string;
  /** "line" (solid, the default), "dash", "dot", "bar" (a filled square) or "point". */
  shape?: "line" | "dash" | "dot" | "bar" | "point";
  /** Fill opacity of a "bar" swatch in [0, 1], to match translucent bars; 1 unless given. */
  opacity?: number;
}

/** The texts of a header. */
export interface HeaderText {
  /** The figure title, drawn bold. */
  title: string;
  /** A line under the title. */
  subtitle?: string;
  /** Legend entries, drawn in rows under the title. */
  legend?: readonly LegendItem[];
  /** A heading written before the first legend entry, such as the quantity a colour encodes. */
  legendTitle?: string;
}

const SHAPES = ["line", "dash", "dot", "bar", "point"];

/**
 * Throws unless `text` is an object whose `title` is a string and whose `subtitle`,
 * `legendTitle` and `legend` entries have the types of {@linkcode HeaderText}. Errors name the
 * object `name` and its fields without a prefix, such as `legend[0].label`.
 */
export function checkHeaderText(action: string, name: string, text: unknown): void {
  assertObject(action, name, text);
  assertString(action, "title", text.title);
  if (text.subtitle !== undefined) assertString(action, "subtitle", text.subtitle);
  if (text.legendTitle !== undefined) assertString(action, "legendTitle", text.legendTitle);
  if (text.legend === undefined) return;
  assertArray(action, "legend", text.legend);
  text.legend.forEach((item, i) => {
    assertObject(action, `legend[${i}]`, item, "an object { label, color }");
    assertString(action, `legend[${i}].label`, item.label);
    assertString(action, `legend[${i}].color`, item.color);
    if (item.shape !== undefined && !SHAPES.includes(item.shape as string)) {
      const rule = `one of ${SHAPES.map((shape) => `"${shape}"`).join(", ")}`;
      const error = typeof item.shape === "string" ? RangeError : TypeError;
      throw new error(message(action, `legend[${i}].shape`, rule, item.shape));
    }
    if (item.opacity !== undefined) {
      assertBetween(action, `legend[${i}].opacity`, item.opacity, 0, 1);
    }
  });
}

const SWATCH_WIDTH = 24;
const SWATCH_GAP = 6;
const ITEM_GAP = 18;
const LEGEND_ROW = 20;

/** Computes the header of a figure `width` pixels wide: its height and its SVG elements. */
export function layoutHeader(width: number, text: HeaderText): { height: number; svg: string } {
  const { padding, fonts, colors } = theme;
  const maxWidth = width - 2 * padding;
  const parts: string[] = [];
  let y = padding;

  const titleLines = wrapText(text.title, maxWidth, fonts.title, true);
  for (const line of titleLines) {
    y += fonts.title * 1.3;
    parts.push(
      `<text x="${padding}" y="${formatCoordinate(y - fonts.title * 0.3)}" ` +
        `font-size="${fonts.title}" font-weight="600" fill="${colors.text}">${
          escapeXml(line)
        }</text>`,
    );
  }
  if (text.subtitle !== undefined && text.subtitle.trim() !== "") {
    y += 2;
    for (const line of wrapText(text.subtitle, maxWidth, fonts.subtitle)) {
      y += fonts.subtitle * 1.35;
      parts.push(
        `<text x="${padding}" y="${formatCoordinate(y - fonts.subtitle * 0.35)}" ` +
          `font-size="${fonts.subtitle}" fill="${colors.mutedText}">${escapeXml(line)}</text>`,
      );
    }
  }
  if (text.legend !== undefined && text.legend.length > 0) {
    y += 6;
    const legend = _layoutLegend(text.legend, maxWidth, text.legendTitle);
    parts.push(`<g transform="translate(${padding},${formatCoordinate(y)})">${legend.svg}</g>`);
    y += legend.height;
  }
  return { height: Math.ceil(y + 4), svg: parts.join("") };
}

// Places the legend items left to right, starting a new row when the next item would overflow.
function _layoutLegend(
  items: readonly LegendItem[],
  maxWidth: number,
  heading?: string,
): { height: number; svg: string } {
  const size = theme.fonts.legend;
  const parts: string[] = [];
  let x = 0;
  let row = 0;
  if (heading !== undefined && heading.trim() !== "") {
    parts.push(
      `<text x="0" y="${formatCoordinate(LEGEND_ROW / 2 + size * 0.35)}" font-size="${size}" ` +
        `font-weight="600" fill="${theme.colors.text}">${escapeXml(heading.trim())}</text>`,
    );
    x = estimateTextWidth(heading.trim(), size, true) + ITEM_GAP / 2;
  }
  for (const item of items) {
    const itemWidth = SWATCH_WIDTH + SWATCH_GAP + estimateTextWidth(item.label, size);
    if (x > 0 && x + itemWidth > maxWidth) {
      x = 0;
      row += 1;
    }
    const middle = row * LEGEND_ROW + LEGEND_ROW / 2;
    parts.push(_swatch(item, x, middle));
    parts.push(
      `<text x="${formatCoordinate(x + SWATCH_WIDTH + SWATCH_GAP)}" ` +
        `y="${formatCoordinate(middle + size * 0.35)}" font-size="${size}" ` +
        `fill="${theme.colors.text}">${escapeXml(item.label)}</text>`,
    );
    x += itemWidth + ITEM_GAP;
  }
  return { height: (row + 1) * LEGEND_ROW, svg: parts.join("") };
}

// Draws one swatch centred vertically on `middle`.
function _swatch(item: LegendItem, x: number, middle: number): string {
  const color = escapeXml(item.color);
  if (item.shape === "point") {
    return `<circle cx="${x + SWATCH_WIDTH / 2}" cy="${middle}" r="4.5" fill="${color}"/>`;
  }
  if (item.shape === "bar") {
    const opacity = item.opacity ?? 1;
    return `<rect x="${x + 5}" y="${middle - 7}" width="14" height="14" fill="${color}" ` +
      `fill-opacity="${opacity}" stroke="${color}" stroke-width="1"/>`;
  }
  const dash = item.shape === "dash"
    ? ` stroke-dasharray="6 3.5"`
    : item.shape === "dot"
    ? ` stroke-dasharray="0.1 4.5" stroke-linecap="round"`
    : "";
  const strokeWidth = item.shape === "dot" ? 3 : 2.5;
  return `<line x1="${x}" y1="${middle}" x2="${x + SWATCH_WIDTH}" y2="${middle}" ` +
    `stroke="${color}" stroke-width="${strokeWidth}"${dash}/>`;
}
