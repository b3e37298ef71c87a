// A small notebook with what the lab tests look for in every notebook: typeset math and a figure
// drawn as a self-contained SVG on its own light card. One cell runs for about two seconds while
// the library's progress display (createProgress) is updated in place. The import comes first, as
// in the notebooks, because Deno 2.9.6's kernel can attach the first outputs after it starts to a
// later queued cell, and the import cell has no output to misplace.

/** Number of progress updates the fixture's slow cell sends, one every 250 ms. */
export const FIXTURE_STEPS = 8;

/** Index of the cell that displays the figure, from 0. */
export const FIXTURE_FIGURE_CELL = 2;

/** Index of the cell that shows progress, from 0. */
export const FIXTURE_PROGRESS_CELL = 3;

const FIGURE = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" ' +
  'viewBox="0 0 240 120"><rect x="0.5" y="0.5" width="239" height="119" rx="6" ' +
  'fill="#ffffff" stroke="#d0d0d0"/><text x="16" y="30" font-family="sans-serif" ' +
  'font-size="14" fill="#222222">Fixture figure</text><path d="M16 100 L80 60 L144 80 L224 40" ' +
  'fill="none" stroke="#0072b2" stroke-width="2"/></svg>';

const SOURCES: Array<["markdown" | "code", string]> = [
  [
    "markdown",
    "# Fixture\n\nThe prior is $p(z) = \\mathcal{N}(0, 1)$ and the generator is\n\n" +
    "$$G(z) = w_1 z + b_1.$$",
  ],
  ["code", 'import { createProgress } from "lineargan";'],
  [
    "code",
    `await Deno.jupyter.display(${
      JSON.stringify({ "image/svg+xml": FIGURE, "text/plain": "A rising line on a white card." })
    }, { raw: true });`,
  ],
  [
    "code",
    [
      'const progress = createProgress("fixture");',
      `for (let step = 1; step <= ${FIXTURE_STEPS}; step++) {`,
      "  await new Promise((resolve) => setTimeout(resolve, 250));",
      "  await progress.update({ step });",
      "}",
      `await progress.done("${FIXTURE_STEPS} steps");`,
    ].join("\n"),
  ],
];

/** Returns the fixture notebook as .ipynb JSON, with the `deno` kernel and no outputs. */
export function fixtureNotebook(): string {
  const cells = SOURCES.map(([type, source], index) =>
    type === "markdown" ? { cell_type: type, id: `cell-${index}`, metadata: {}, source } : {
      cell_type: type,
      id: `cell-${index}`,
      execution_count: null,
      metadata: {},
      outputs: [],
      source,
    }
  );
  const notebook = {
    cells,
    metadata: {
      kernelspec: { display_name: "Deno", language: "typescript", name: "deno" },
      language_info: { name: "typescript" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(notebook, null, 1) + "\n";
}
