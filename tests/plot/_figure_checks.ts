// Checks shared by the figure tests: a figure must be one well-formed, self-contained SVG
// document with its title, legend labels and size, and without NaN or undefined attributes.

import assert from "node:assert/strict";
import { DOMParser } from "linkedom";
import type { Figure } from "../../lib/plot/figure.ts";

interface ParsedElement {
  tagName: string;
  textContent: string | null;
  attributes: Iterable<{ name: string; value: string }>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<ParsedElement>;
}

/** Parses the figure's SVG as XML and returns its root element. */
export function parseFigure(figure: Figure): ParsedElement {
  const document = new DOMParser().parseFromString(figure.svg, "image/svg+xml") as unknown as {
    documentElement: ParsedElement;
  };
  return document.documentElement;
}

/** Returns every id in the figure. */
export function figureIds(figure: Figure): string[] {
  return [...parseFigure(figure).querySelectorAll("[id]")].map((element) =>
    element.getAttribute("id")!
  );
}

/** Asserts that `figure` is a self-contained SVG with the given size, title and labels. */
export function assertSelfContained(
  figure: Figure,
  expected: { width: number; height: number; texts: readonly string[] },
): void {
  const root = parseFigure(figure);
  assert.equal(root.tagName.toLowerCase(), "svg");
  assert.equal(root.getAttribute("xmlns"), "http://www.w3.org/2000/svg");
  assert.equal(root.getAttribute("width"), String(expected.width));
  assert.equal(root.getAttribute("height"), String(expected.height));
  assert.equal(figure.width, expected.width);
  assert.equal(figure.height, expected.height);

  const texts = [...root.querySelectorAll("text")].map((element) => element.textContent ?? "");
  const allText = texts.join("\n");
  for (const text of expected.texts) {
    assert.ok(allText.includes(text), `missing text ${JSON.stringify(text)}`);
  }

  for (const element of root.querySelectorAll("*")) {
    for (const { name, value } of element.attributes) {
      assert.doesNotMatch(value, /NaN|undefined/, `<${element.tagName} ${name}="${value}">`);
    }
  }
  // Each url(#id) must name an element of the right kind, spelled with SVG's case. An HTML
  // parser would have turned clipPath into clippath, which SVG renderers ignore.
  const byId = new Map(
    [...root.querySelectorAll("[id]")].map((element) => [element.getAttribute("id"), element]),
  );
  const kinds: Record<string, string> = {
    "clip-path": "clipPath",
    "marker-start": "marker",
    "marker-mid": "marker",
    "marker-end": "marker",
  };
  for (const element of root.querySelectorAll("*")) {
    for (const { name, value } of element.attributes) {
      const id = /^url\(#(.+)\)$/.exec(value)?.[1];
      if (id === undefined) continue;
      assert.equal(byId.get(id)?.tagName, kinds[name], `${name}="${value}"`);
    }
  }
  assert.doesNotMatch(figure.svg, /<(clippath|lineargradient|radialgradient|textpath)\b/);
  // Only XML's predefined entities and numeric references may appear; an HTML entity such as
  // &nbsp; makes the whole image fail to load.
  assert.doesNotMatch(figure.svg, /&(?!amp;|lt;|gt;|quot;|apos;|#\d+;|#x[0-9a-fA-F]+;)/);
  assert.ok(figure.alt.length > 0);
}
