// Writes two small notebooks that exercise the page export. They contain markdown math in every
// delimiter, dollars that must stay text, code and text outputs, and an Observable Plot figure.
// Two SVG figures define the same id with different colours (red, then blue).

import { join } from "node:path";

const FIRST_MARKDOWN = String.raw`# Why does a fixture need math, and what is $p(z)$?

A fixture checks that every formula is typeset, such as $z \sim \mathcal{N}(0, 1)$ and $x_1 < x_2$. This is the second sentence of its answer.`;

const TRICKY_MARKDOWN = String.raw`The generator is $G(z) = w_1 z + b_1$ and the discriminator is
$D(x) = \sigma(w_2 x + b_2)$, where
$$
\sigma(t) = \frac{1}{1 + e^{-t}}
$$
spans three lines. A price of \$5 keeps its dollar sign, ${"`$HOME`"} stays code, and so does

${"```"}sh
echo "$PATH costs $5"
${"```"}

The log-likelihood \\(\log D(x)\\) is inline, and the losses are displayed:

\begin{aligned}
L_D &= -\mathbb{E}[\log D(x)] - \mathbb{E}[\log(1 - D(G(z)))] \\
L_G &= -\mathbb{E}[\log D(G(z))]
\end{aligned}

| symbol | meaning |
| ------ | ------- |
| $w_1$ | the generator's scale |
| $|b_1|$ | the size of its shift |`;

const SECOND_MARKDOWN = String.raw`# Why does a second fixture page exist?

It checks the links between pages. Its figure is one more image, and $\hat{\mu} = 4$ is one more formula.`;

/**
 * Returns an SVG that paints its whole area through the gradient `id="paint"`, in one colour. Its
 * title may contain quotes, which the page's data: URL must encode instead of swapping.
 */
function paintedSvg(colour: string, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90" viewBox="0 0 160 90">` +
    `<title>${title}</title><defs><linearGradient id="paint"><stop offset="0" stop-color="${colour}"/>` +
    `<stop offset="1" stop-color="${colour}"/></linearGradient></defs>` +
    `<rect width="160" height="90" fill="url(#paint)"/></svg>`;
}

function display(svg: string, alt: string): string {
  const bundle = JSON.stringify({ "image/svg+xml": svg, "text/plain": alt });
  return `await Deno.jupyter.display(${bundle}, { raw: true });`;
}

const PLOT_CELL = `import * as Plot from "@observablehq/plot";
import { DOMParser } from "linkedom";
const document = new DOMParser().parseFromString("<html><body></body></html>", "text/html");
const points = Array.from({ length: 200 }, (_, i) => ({ x: i / 20, y: Math.sin(i / 20) }));
const plot = Plot.plot({ document, marks: [Plot.line(points, { x: "x", y: "y" })] });
plot.setAttribute("xmlns", "http://www.w3.org/2000/svg");
const svg = plot.outerHTML;
await Deno.jupyter.display({ "image/svg+xml": svg, "text/plain": "A sine curve over ten units of x, drawn with Observable Plot." }, { raw: true });`;

function notebook(cells: { markdown?: string; code?: string }[]): string {
  return JSON.stringify({
    cells: cells.map((cell, index) =>
      cell.markdown !== undefined
        ? { cell_type: "markdown", id: `cell-${index}`, metadata: {}, source: cell.markdown }
        : {
          cell_type: "code",
          id: `cell-${index}`,
          execution_count: null,
          metadata: {},
          outputs: [],
          source: cell.code,
        }
    ),
    metadata: { kernelspec: { display_name: "Deno", language: "typescript", name: "deno" } },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

/** The fixture's figures: alt text of each, in page order, and the colour at its centre. */
export const FIXTURE_FIGURES = [
  { alt: "A red rectangle painted through the gradient paint.", colour: [255, 0, 0] },
  { alt: "A blue rectangle painted through the gradient paint.", colour: [0, 0, 255] },
  { alt: "A sine curve over ten units of x, drawn with Observable Plot.", colour: undefined },
  { alt: "A blue rectangle painted through the gradient paint.", colour: [0, 0, 255] },
];

/** Writes the fixture notebooks into `dir` and returns their file names. */
export function writeFixtureNotebooks(dir: string): string[] {
  Deno.mkdirSync(dir, { recursive: true });
  const first = notebook([
    { markdown: FIRST_MARKDOWN },
    { markdown: TRICKY_MARKDOWN },
    { code: `// The generated mean should approach 4.\nconsole.log("generated mean", 4.02);` },
    { code: "6 * 7" },
    { code: display(paintedSvg("#ff0000", `D's "paint" &amp; more`), FIXTURE_FIGURES[0].alt) },
    { code: display(paintedSvg("#0000ff", "Blue paint"), FIXTURE_FIGURES[1].alt) },
    { code: PLOT_CELL },
  ]);
  const second = notebook([
    { markdown: SECOND_MARKDOWN },
    { code: display(paintedSvg("#0000ff", "Blue paint"), FIXTURE_FIGURES[3].alt) },
  ]);
  Deno.writeTextFileSync(join(dir, "01-fixture-math.ipynb"), first);
  Deno.writeTextFileSync(join(dir, "02-fixture-links.ipynb"), second);
  return ["01-fixture-math.ipynb", "02-fixture-links.ipynb"];
}
