import assert from "node:assert/strict";
import { plotSmallMultiples } from "../../lib/plot/multiples.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { assertSelfContained, parseFigure } from "./_figure_checks.ts";

const pData = normal(4, 1.25).density;
const panels = [
  {
    label: "step 0",
    pData,
    pG: normal(0, 0.5).density,
    d: (x: number) => 1 / (1 + Math.exp(2 - x)),
  },
  {
    label: "step 200",
    pData,
    pG: normal(2.5, 1).density,
    d: (x: number) => 1 / (1 + Math.exp(3 - x)),
  },
  { label: "step 2000", pData, pG: normal(4, 1.25).density, d: () => 0.5 },
];
const options = {
  domain: [-3, 9] as [number, number],
  xLabel: "x (unitless)",
  title: "Three moments of training",
  alt: "p_g moves from 0 to 4 while D flattens to 1/2.",
};

Deno.test("plotSmallMultiples() draws a self-contained figure", () => {
  assertSelfContained(plotSmallMultiples(panels, options), {
    width: 640,
    height: 300,
    texts: [
      "Three moments of training",
      "step 0",
      "step 200",
      "step 2000",
      "p_data, data density",
      "p_g, generated density",
      "D(x), discriminator",
    ],
  });
});

Deno.test("plotSmallMultiples() draws three curves per panel", () => {
  const root = parseFigure(plotSmallMultiples(panels, options));
  const paths = [...root.querySelectorAll('g[aria-label="line"] path')];
  assert.equal(paths.length, 9);
  // Plot puts each facet's paths in a group that carries the mark's dash pattern.
  const patterns = [...root.querySelectorAll('g[aria-label="line"] g')].map((group) =>
    group.getAttribute("stroke-dasharray")
  );
  assert.equal(patterns.filter((pattern) => pattern === "7 4").length, 3);
  assert.equal(patterns.filter((pattern) => pattern === "0.1 4.5").length, 3);
});

Deno.test("plotSmallMultiples() leaves out D when no panel has one", () => {
  const withoutD = panels.map(({ label, pData, pG }) => ({ label, pData, pG }));
  const figure = plotSmallMultiples(withoutD, options);
  assert.ok(!figure.svg.includes("D(x), discriminator"));
});

Deno.test("plotSmallMultiples() rejects repeated labels", () => {
  assert.throws(() => plotSmallMultiples([panels[0], panels[0]], options), {
    name: "RangeError",
    message: "Cannot plot small multiples as panels[].label must be unique: " +
      'panels[].label="step 0, step 0"',
  });
});

Deno.test("plotSmallMultiples() rejects a negative density", () => {
  assert.throws(
    () => plotSmallMultiples([{ ...panels[0], pG: () => -0.1 }], options),
    {
      name: "RangeError",
      message: /panels\[0\]\.pG\(-3\) must be a function with values in \[0, Infinity\]/,
    },
  );
});

Deno.test("plotSmallMultiples() draws D* when given", () => {
  const withOptimal = panels.map((panel) => ({ ...panel, dOptimal: () => 0.25 }));
  const figure = plotSmallMultiples(withOptimal, options);
  assert.ok(figure.svg.includes("D*(x), optimal discriminator"));
  const root = parseFigure(figure);
  assert.equal([...root.querySelectorAll('g[aria-label="line"] path')].length, 12);
  assert.throws(
    () => plotSmallMultiples([{ ...panels[0], dOptimal: () => 1.5 }], options),
    { name: "RangeError", message: /panels\[0\]\.dOptimal/ },
  );
});
