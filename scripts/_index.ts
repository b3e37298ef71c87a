// Writes build/index.html: one entry per notebook with its question (the first level-one
// heading of the notebook) and its short answer (the first paragraph after that heading), linked
// to the notebook's page when the page exists.

import { join } from "node:path";
import { listNotebooks, NOTEBOOKS } from "./_project.ts";

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

/** Strips the markdown emphasis and inline math markers that would read badly as plain text. */
function _plain(text: string): string {
  return text.replace(/\*\*|__|`/g, "").replace(/\$([^$]+)\$/g, "$1");
}

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
    const question = _escape(_plain(summary.question));
    const title = built ? `<a href="${summary.stem}.html">${question}</a>` : question;
    return `<li><h2>${title}</h2><p>${_escape(_plain(summary.answer))}</p></li>`;
  });
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The linear GAN notebooks</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d2430; background: #fff; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.15rem; margin-bottom: 0.2rem; }
ol { padding-left: 1.2rem; } a { color: #1f5fa8; }
@media (prefers-color-scheme: dark) { body { color: #e6e9ef; background: #16191f; } a { color: #8cb8ff; } }
</style>
</head>
<body>
<h1>The linear GAN notebooks</h1>
<p>A generative adversarial network small enough to follow by hand: a generator G(z) = w1·z + b1 and a logistic discriminator D(x) = σ(w2·x + b2) on one-dimensional data. One notebook per question:</p>
<ol>
${items.join("\n")}
</ol>
</body>
</html>
`;
  Deno.writeTextFileSync(join(out, "index.html"), html);
}
