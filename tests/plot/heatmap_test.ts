import assert from "node:assert/strict";
import { plotHeatmap } from "../../lib/plot/heatmap.ts";
import { assertSelfContained, parseFigure } from "./_figure_checks.ts";

const cells = [
  { x: 0.01, y: 16, value: 0.8 },
  { x: 0.1, y: 16, value: 0.2 },
  { x: 0.01, y: 64, value: 0.5 },
  { x: 0.1, y: 64, value: NaN },
];
const options = {
  xLabel: "learning rate",
  yLabel: "batch size",
  valueLabel: "final error",
  title: "Final error by setting",
  alt: "The error falls from 0.8 to 0.2 as the learning rate grows; one run diverged.",
};

Deno.test("plotHeatmap() draws a self-contained figure", () => {
  assertSelfContained(plotHeatmap(cells, options), {
    width: 640,
    height: 380,
    texts: ["Final error by setting", "final error:", "not finite", "0.8", "0.5", "n/a"],
  });
});

Deno.test("plotHeatmap() colours cells by threshold band", () => {
  const figure = plotHeatmap(cells, { ...options, thresholds: [0.3, 0.6] });
  const root = parseFigure(figure);
  const fills = [...root.querySelectorAll('g[aria-label="cell"] rect')].map((rect) =>
    rect.getAttribute("fill")
  );
  assert.equal(fills.length, 4);
  assert.equal(new Set(fills.slice(0, 3)).size, 3, "0.8, 0.2 and 0.5 fall in three bands");
  assert.equal(fills[3], "#d0d4d9");
  const texts = [...root.querySelectorAll("text")].map((text) => text.textContent);
  for (const label of ["< 0.3", "0.3 – 0.6", "≥ 0.6"]) assert.ok(texts.includes(label), label);
});

Deno.test("plotHeatmap() writes light text on dark cells", () => {
  const root = parseFigure(plotHeatmap(cells, { ...options, thresholds: [0.3, 0.6] }));
  const texts = [...root.querySelectorAll('g[aria-label="text"] text')];
  const color = (value: string) =>
    texts.find((text) => text.textContent === value)!.getAttribute("fill");
  assert.equal(color("0.2"), "#ffffff", "viridis starts dark purple");
  assert.equal(color("0.8"), "#1f2328", "viridis ends light yellow");
});

Deno.test("plotHeatmap() rejects a repeated cell", () => {
  assert.throws(() => plotHeatmap([cells[0], cells[0]], options), {
    name: "RangeError",
    message: /^Cannot plot a heatmap as cells\[1\] must be the only cell at its \(x, y\)/,
  });
});

Deno.test("plotHeatmap() rejects decreasing thresholds", () => {
  assert.throws(() => plotHeatmap(cells, { ...options, thresholds: [0.6, 0.3] }), {
    name: "RangeError",
    message: "Cannot plot a heatmap as thresholds must be increasing: " +
      "thresholds=an array of length 2",
  });
});
