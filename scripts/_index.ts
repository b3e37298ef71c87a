// Writes build/index.html: one entry per notebook with its question (the first level-one
// heading of the notebook) and its one-line answer (the first sentence of the paragraph after that
// heading), linked to the notebook's page when the page exists. It uses the pages' stylesheet and
// renders the formulas of the question and the answer to MathML, like the pages.

import { join } from "node:path";
import { listNotebooks, NOTEBOOKS, ROOT } from "./_project.ts";
import { texToMathML } from "./_math.ts";
import { scanMarkdown } from "./_math_scan.ts";

const STYLESHEET = join(ROOT, "export", "templates", "lineargan", "static", "page.css");

/** The question and the short answer a notebook opens with. */
export interface NotebookSummary {
  stem: string;
  question: string;
  answer: string;
}

/** Reads the question and the answer from the first markdown cell of a notebook file. */
export function summarize(path: string): NotebookSummary {
  const notebook = JSON.parse(Deno.readTextFileSync(path));
  const stem = path.split("/").pop()!.replace(/\.ipynb$/, "");
  const markdown = notebook.cells.find((cell: { cell_type: string }) =>
    cell.cell_type === "markdown"
  );
  const text: string = markdown
    ? (Array.isArray(markdown.source) ? markdown.source.join("") : markdown.source)
    : "";
  const blocks = text.split(/\n\s*\n/).map((block) => block.trim());
  const heading = blocks.findIndex((block) => block.startsWith("# "));
  if (heading < 0) {
    throw new Error(`Cannot index ${path} as its first markdown cell has no "# " heading`);
  }
  const question = blocks[heading].slice(2).trim();
  const answer = blocks.slice(heading + 1).find((block) => block && !block.startsWith("#")) ?? "";
  return { stem, question, answer };
}

function _escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Renders one line of markdown as HTML: formulas as MathML, code spans as `<code>`, and prose as
 * escaped text with the emphasis markers and backslash escapes removed.
 */
export function inlineHtml(markdown: string): string {
  return scanMarkdown(markdown).map((segment) => {
    if (segment.kind === "math") {
      try {
        return texToMathML(segment.tex, false);
      } catch {
        // The page of the same notebook lists the formula's error; the index shows the source.
        return `<code class="math-error">${_escape(segment.text)}</code>`;
      }
    }
    if (segment.kind === "code") {
      return `<code>${_escape(segment.text.replace(/^`+|`+$/g, "").trim())}</code>`;
    }
    return _escape(segment.text.replace(/\*\*|__/g, "").replace(/\\([!-/:-@[-`{-~])/g, "$1"));
  }).join("");
}

/** Returns the first sentence of a markdown paragraph, looking for its end in prose only. */
export function firstSentence(markdown: string): string {
  let sentence = "";
  for (const segment of scanMarkdown(markdown.replace(/\s+/g, " "))) {
    const end = segment.kind === "text" ? segment.text.search(/[.!?](?=\s+[A-Z(])/) : -1;
    if (end >= 0) return sentence + segment.text.slice(0, end + 1);
    sentence += segment.text;
  }
  return sentence;
}

const INTRODUCTION = inlineHtml(
  String.raw`A generative adversarial network small enough to follow by hand: a generator ` +
    String.raw`$G(z) = w_1 z + b_1$ and a logistic discriminator $D(x) = \sigma(w_2 x + b_2)$ ` +
    "on one-dimensional data. One notebook per question:",
);

/** Writes index.html into `out` for the notebooks in `dir`, linking those whose page exists. */
export function writeIndex(out: string, dir: string = NOTEBOOKS): void {
  const items = listNotebooks(dir).map((name) => {
    const summary = summarize(join(dir, name));
    let built = true;
    try {
      Deno.statSync(join(out, `${summary.stem}.html`));
    } catch {
      built = false;
    }
    const question = inlineHtml(summary.question);
    const title = built ? `<a href="${summary.stem}.html">${question}</a>` : question;
    return `<li><h2>${title}</h2><p>${inlineHtml(firstSentence(summary.answer))}</p></li>`;
  });
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>The linear GAN notebooks</title>
<style>
${Deno.readTextFileSync(STYLESHEET)}</style>
</head>
<body>
<main class="index">
<h1>The linear GAN notebooks</h1>
<p>${INTRODUCTION}</p>
<ol>
${items.join("\n")}
</ol>
</main>
</body>
</html>
`;
  Deno.writeTextFileSync(join(out, "index.html"), html);
}
