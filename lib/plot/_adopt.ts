// Adopting a chart from Observable Plot into a figure: the root `<svg>` becomes a `<g>`, ids get
// a prefix unique to the figure with every url(#id) reference rewritten, and coordinates are
// rounded to what a screen can show.

import { message } from "../_validate.ts";
import { parseSvg, type SvgElement } from "./_options.ts";
import { escapeXml } from "./_svg.ts";

/** A Plot chart as returned by `Plot.plot` without a title or legend, or its SVG text. */
export type PlotOutput = { readonly outerHTML: string } | string;

/** A Plot chart ready to be placed in a figure as a `<g>`. */
export interface AdoptedPlot {
  /** Width in pixels, from the `<svg>`'s width attribute. */
  width: number;
  /** Height in pixels, from the `<svg>`'s height attribute. */
  height: number;
  /** The `<svg>`'s presentation attributes (fill, font, style) as XML attribute text. */
  attributes: string;
  /** The `<svg>`'s children as XML text, with `<style>` removed and ids prefixed. */
  content: string;
}

/**
 * Turns a Plot `<svg>` into the attributes and content of a `<g>`, with every id prefixed by
 * `idPrefix`. `index` names the plot in error messages.
 */
export function adoptPlot(
  action: string,
  plot: PlotOutput,
  idPrefix: string,
  index: number,
): AdoptedPlot {
  const text = typeof plot === "string" ? plot : plot?.outerHTML;
  const root = typeof text === "string" && text.trimStart().startsWith("<svg")
    ? parseSvg(text.trim())
    : null;
  if (root === null) {
    const rule = "an <svg> from Plot.plot without a title, caption or legend " +
      "(give those to the figure instead)";
    // A string is cut short, since the rejected chart's whole markup would bury the message.
    const shown = typeof text === "string" ? text.slice(0, 40) : plot;
    throw new TypeError(message(action, `plots[${index}]`, rule, shown));
  }

  const width = Number(root.getAttribute("width"));
  const height = Number(root.getAttribute("height"));
  if (!(width > 0) || !(height > 0)) {
    throw new RangeError(
      `Cannot ${action} as plots[${index}] must have a positive width and height: ` +
        `plots[${index}]=${
          JSON.stringify(`${root.getAttribute("width")}x${root.getAttribute("height")}`)
        }`,
    );
  }

  // Plot's own <style> sizes the root for a web page. The figure brings its own rules instead.
  for (const style of root.querySelectorAll("style")) style.remove();
  _renameIds(root, idPrefix);
  _roundCoordinates(root);

  const attributes: string[] = [];
  for (const { name, value } of root.attributes) {
    if (["width", "height", "viewBox", "class", "xmlns", "xmlns:xlink"].includes(name)) continue;
    attributes.push(`${name}="${escapeXml(value)}"`);
  }
  return { width, height, attributes: attributes.join(" "), content: root.innerHTML };
}

// Prefixes every id and rewrites the references to it: url(#id) and href="#id".
function _renameIds(root: SvgElement, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const element of root.querySelectorAll("[id]")) {
    const id = element.getAttribute("id")!;
    renamed.set(id, prefix + id);
    element.setAttribute("id", prefix + id);
  }
  if (renamed.size === 0) return;
  for (const element of root.querySelectorAll("*")) {
    for (const { name, value } of [...element.attributes]) {
      const next = value
        .replace(
          /url\(#([^)]+)\)/g,
          (match, id) => renamed.has(id) ? `url(#${renamed.get(id)})` : match,
        )
        .replace(/^#(.+)$/, (match, id) => renamed.has(id) ? `#${renamed.get(id)}` : match);
      if (next !== value) element.setAttribute(name, next);
    }
  }
}

// Rounds Plot's coordinates (such as 145.00000000000003) to 0.1 px in paths and 0.01 px
// elsewhere: finer than any screen shows, and it makes a long line's path about a third shorter.
function _roundCoordinates(root: SvgElement): void {
  for (const element of root.querySelectorAll("*")) {
    for (const { name, value } of [...element.attributes]) {
      const digits = name === "d" ? 1 : GEOMETRY.has(name) ? 2 : -1;
      if (digits < 0) continue;
      const factor = 10 ** digits;
      const pattern = digits === 1 ? /-?\d*\.\d{2,}(e-?\d+)?/g : /-?\d*\.\d{3,}(e-?\d+)?/g;
      const rounded = value.replace(pattern, (number) => {
        return String(Math.round(Number(number) * factor) / factor);
      });
      if (rounded !== value) element.setAttribute(name, rounded);
    }
  }
}

const GEOMETRY = new Set([
  "transform",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "width",
  "height",
]);
