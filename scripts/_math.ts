// Pre-renders the TeX math of notebook markdown to MathML with Temml, so that exported pages show
// formulas with no script and no network. The result is still markdown: each formula becomes one
// line of inline MathML whose text is written with character references, so the markdown
// renderer that runs next (nbconvert's mistune) passes it through unchanged.

import temml from "temml";
import { scanMarkdown } from "./_math_scan.ts";

/** A formula that Temml could not parse. */
export interface MathError {
  /** The formula as written, delimiters included. */
  source: string;
  /** Temml's message. */
  message: string;
}

/** Markdown whose formulas are MathML, and the formulas that failed. */
export interface RenderedMarkdown {
  markdown: string;
  errors: MathError[];
}

/** Characters that markdown would read as syntax inside the text of a MathML element. */
const MARKDOWN_SYNTAX = /[\\`*_[\]~|$!\n]/g;

/**
 * Converts one TeX formula to a MathML `<math>` element.
 *
 * @param tex The formula without delimiters, for example `x_1 < \frac{a}{b}`.
 * @param display Whether it is a displayed formula (`display="block"`) or inline.
 * @returns The MathML markup, on one line.
 * @throws {Error} Temml's ParseError if `tex` is not valid TeX.
 */
export function texToMathML(tex: string, display: boolean): string {
  return temml.renderToString(tex, { displayMode: display, throwOnError: true });
}

/**
 * Replaces every formula of a markdown text with MathML, leaving code and escapes untouched. A
 * formula Temml rejects is kept as its source in a `<code class="math-error">` element whose
 * title contains the message, and is listed in `errors`.
 *
 * @param markdown A markdown cell's source.
 * @returns The markdown with MathML in place of TeX, and the formulas that failed.
 */
export function renderMath(markdown: string): RenderedMarkdown {
  const errors: MathError[] = [];
  const parts = scanMarkdown(markdown).map((segment) => {
    if (segment.kind !== "math") return segment.text;
    try {
      return _protect(texToMathML(segment.tex, segment.display));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push({ source: segment.text, message });
      const title = _escapeAttribute(message);
      return `<code class="math-error" title="${title}">${_protect(_escape(segment.text))}</code>`;
    }
  });
  return { markdown: parts.join(""), errors };
}

/** Writes the markdown syntax characters found between the tags as character references. */
function _protect(html: string): string {
  return html.split(/(<[^>]*>)/).map((piece, index) => {
    if (index % 2 === 1) return piece;
    return piece.replace(
      MARKDOWN_SYNTAX,
      (char) => char === "\n" ? " " : `&#${char.charCodeAt(0)};`,
    );
  }).join("");
}

function _escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function _escapeAttribute(text: string): string {
  return _escape(text).replace(/"/g, "&quot;").replace(/\n/g, " ");
}
