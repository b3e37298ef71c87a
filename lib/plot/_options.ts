// Shared pieces of the figure helpers: the linkedom document that Plot draws into, the themed
// defaults merged with a caller's Plot overrides, and the argument checks every helper repeats.

import * as Plot from "@observablehq/plot";
import { DOMParser, parseHTML } from "linkedom";
import {
  assertArray,
  assertBoolean,
  assertFinite,
  assertFunction,
  assertObject,
  assertPositive,
  assertString,
  message,
} from "../_validate.ts";
import { theme } from "./theme.ts";

/** Options of a scale (`x`, `y`, `fx`, `fy`, `color`), as `Plot.plot` takes them. */
export type ScaleOverrides = Readonly<Record<string, unknown>>;

/**
 * The `Plot.plot` options that a caller may give a figure helper to override its defaults.
 * Scale options and `style` merge key by key into the helper's own, and `marks` (from
 * `Plot.line`, `Plot.ruleX` and so on) are drawn on top of the helper's marks. The title,
 * subtitle, caption and legend are the figure's, never Plot's.
 */
export interface PlotOverrides {
  /** Margin in pixels on all four sides of the plot area. */
  margin?: number;
  /** Margin in pixels above the plot area. */
  marginTop?: number;
  /** Margin in pixels right of the plot area. */
  marginRight?: number;
  /** Margin in pixels below the plot area. */
  marginBottom?: number;
  /** Margin in pixels left of the plot area. */
  marginLeft?: number;
  /** Inset in pixels of the scales' ranges inside the plot area. */
  inset?: number;
  /** Options of the horizontal position scale, such as `{ domain: [0, 8] }`. */
  x?: ScaleOverrides;
  /** Options of the vertical position scale, such as `{ domain: [0, 1], type: "log" }`. */
  y?: ScaleOverrides;
  /** Options of the horizontal facet scale. */
  fx?: ScaleOverrides;
  /** Options of the vertical facet scale. */
  fy?: ScaleOverrides;
  /** Options of the colour scale. */
  color?: ScaleOverrides;
  /** Grid lines on both position scales: true, or a CSS colour. */
  grid?: boolean | string;
  /** CSS declarations for the chart's root element, as a string or an object. */
  style?: string | Readonly<Record<string, string>>;
  /** Further Plot marks drawn on top of the helper's own. */
  marks?: readonly unknown[];
}

/** A minimal view of a DOM element, enough to rewrite Plot's output. */
export interface SvgElement {
  /** The element's markup. */
  readonly outerHTML: string;
  /** The markup of the element's children. */
  readonly innerHTML: string;
  /** The element's attributes. */
  readonly attributes:
    & ArrayLike<{ name: string; value: string }>
    & Iterable<{ name: string; value: string }>;
  /** Returns an attribute's value, or null when absent. */
  getAttribute(name: string): string | null;
  /** Sets an attribute. */
  setAttribute(name: string, value: string): void;
  /** Returns the descendants that match a CSS selector. */
  querySelectorAll(selector: string): Iterable<SvgElement>;
  /** Removes the element from its parent. */
  remove(): void;
}

/**
 * Parses SVG text with linkedom's XML parser and returns its root `<svg>` element, if any. The
 * XML parser keeps the case of names such as `clipPath`, which an HTML parser would lowercase
 * into an element that SVG renderers do not know.
 */
export function parseSvg(text: string): SvgElement | null {
  const document = new DOMParser().parseFromString(text, "image/svg+xml") as unknown as {
    documentElement: (SvgElement & { tagName: string }) | null;
  };
  const root = document.documentElement;
  return root !== null && root.tagName === "svg" ? root : null;
}

// Plot needs a DOM document to create elements; linkedom provides one outside a browser.
const _document = (parseHTML("<html><body></body></html>") as unknown as {
  document: NonNullable<Plot.PlotOptions["document"]>;
}).document;

/**
 * Builds the options for `Plot.plot`: the theme's text colour and fonts, the helper's own
 * `base` options, then the caller's `overrides`. Scale and style objects merge key by key, and
 * `marks` from the overrides are drawn on top of the helper's marks.
 */
export function plotOptions<Options extends object>(
  base: Options,
  overrides: PlotOverrides = {},
): Options {
  const merged: Record<string, unknown> = {
    ...base,
    style: {
      color: theme.colors.text,
      background: "transparent",
      fontFamily: theme.fonts.family,
      fontSize: `${theme.fonts.axis}px`,
    },
  };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    if (key === "marks" && Array.isArray(value)) {
      merged.marks = [...((current as Plot.Markish[] | undefined) ?? []), ...value];
    } else if (_isPlainObject(current) && _isPlainObject(value)) {
      merged[key] = { ...current, ...value };
    } else {
      merged[key] = value;
    }
  }
  merged.document = _document;
  return merged as Options;
}

function _isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The texts every figure helper takes. */
export interface FigureText {
  /** The figure title, drawn bold at the top. */
  title: string;
  /** A line under the title. */
  subtitle?: string;
  /** A real text alternative: what is plotted and the key numbers. Required. */
  alt: string;
}

/** Throws unless `title` and `alt` are non-blank strings and `subtitle` is a string if given. */
export function checkFigureText(action: string, options: Partial<FigureText>): void {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(message(action, "options", "an object", options));
  }
  for (const name of ["title", "alt"] as const) {
    const value = options[name];
    if (typeof value !== "string") throw new TypeError(message(action, name, "a string", value));
    if (value.trim() === "") throw new RangeError(message(action, name, "non-blank", value));
  }
  if (options.subtitle !== undefined && typeof options.subtitle !== "string") {
    throw new TypeError(message(action, "subtitle", "a string", options.subtitle));
  }
}

/** Throws a `TypeError` unless each named option that is present is a string, such as a label. */
export function checkOptionalText(action: string, options: object, names: readonly string[]): void {
  const record = options as Readonly<Record<string, unknown>>;
  for (const name of names) {
    if (record[name] !== undefined) assertString(action, name, record[name]);
  }
}

/** Returns `value` as an array, or `[]` when it is undefined; throws unless it is an array. */
export function optionalArray<Item>(
  action: string,
  name: string,
  value: readonly Item[] | undefined,
): readonly Item[] {
  if (value === undefined) return [];
  assertArray(action, name, value);
  return value;
}

/**
 * Throws unless `curve` is an object with a string `label`, a function in the field `key` (such
 * as `density` or `d`), and, when present, a string `color` and a boolean `dash`.
 */
export function checkCurve(action: string, name: string, curve: unknown, key: string): void {
  assertObject(action, name, curve, `an object { label, ${key} }`);
  assertString(action, `${name}.label`, curve.label);
  assertFunction(action, `${name}.${key}`, curve[key]);
  if (curve.color !== undefined) assertString(action, `${name}.color`, curve.color);
  if (curve.dash !== undefined) assertBoolean(action, `${name}.dash`, curve.dash);
}

/** Reads `width` and `height` in pixels, with the theme's defaults, and checks them. */
export function checkSize(
  action: string,
  options: { width?: number; height?: number },
): { width: number; height: number } {
  const width = options.width ?? theme.size.width;
  const height = options.height ?? theme.size.height;
  assertPositive(action, "width", width);
  assertPositive(action, "height", height);
  return { width: Math.round(width), height: Math.round(height) };
}

/** Returns the height left for plots, and throws if the title and legend leave too little. */
export function bodyHeight(action: string, height: number, chrome: number, minimum = 120): number {
  if (height - chrome < minimum) {
    const rule = `at least ${chrome + minimum} for this title, subtitle and legend`;
    throw new RangeError(message(action, "height", rule, height));
  }
  return height - chrome;
}

/** Throws unless `domain` is a pair [a, b] of finite numbers with a < b. */
export function checkDomain(action: string, name: string, domain: unknown): [number, number] {
  if (!Array.isArray(domain) || domain.length !== 2) {
    throw new TypeError(message(action, name, "a pair [min, max]", domain));
  }
  assertFinite(action, `${name}[0]`, domain[0]);
  assertFinite(action, `${name}[1]`, domain[1]);
  if (!(domain[0] < domain[1])) {
    throw new RangeError(message(action, name, "increasing", domain));
  }
  return [domain[0], domain[1]];
}

/** One point of a sampled curve. */
export interface CurvePoint {
  /** Position on the x axis. */
  x: number;
  /** The function's value at x. */
  y: number;
}

/**
 * Evaluates `f` at `count` evenly spaced points of `domain`, and throws a `RangeError` naming the
 * curve and `x` if a value is not finite or falls outside `[min, max]`.
 */
export function sampleCurve(
  action: string,
  name: string,
  f: unknown,
  domain: readonly [number, number],
  bounds: readonly [number, number] = [-Infinity, Infinity],
  count = 301,
): CurvePoint[] {
  assertFunction(action, name, f);
  const [a, b] = domain;
  const points: CurvePoint[] = [];
  for (let i = 0; i < count; i++) {
    const x = a + ((b - a) * i) / (count - 1);
    const y = (f as (x: number) => unknown)(x);
    if (typeof y !== "number" || !Number.isFinite(y) || y < bounds[0] || y > bounds[1]) {
      const rule = Number.isFinite(bounds[0]) || Number.isFinite(bounds[1])
        ? `a function with values in [${bounds[0]}, ${bounds[1]}]`
        : "a function with finite values";
      throw new RangeError(message(action, `${name}(${x})`, rule, y));
    }
    points.push({ x, y });
  }
  return points;
}

/** Turns an axis label such as "flipper length (mm)" into "density (1/mm)". */
export function densityLabel(xLabel: string): string {
  const unit = /\(([^()]+)\)\s*$/.exec(xLabel)?.[1]?.trim();
  if (unit === undefined || /^(unitless|dimensionless|no units?)$/i.test(unit)) return "density";
  return `density (1/${unit})`;
}
