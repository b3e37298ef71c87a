import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { uniform } from "../../lib/distributions/uniform.ts";
import { type DensityPanel, plotDensityGrid } from "../../lib/plot/density_grid.ts";
import { figureChromeHeight } from "../../lib/plot/figure.ts";
import { theme } from "../../lib/plot/theme.ts";
import { seededSource } from "../../lib/random.ts";
import { assertSelfContained, parseFigure } from "./_figure_checks.ts";

const sample = normal(4, 1.25).sample(500, seededSource(3));
const flips = [181, 186, 195, 193, 190, 210, 215, 217, 222, 230];
const panels: DensityPanel[] = [
  {
    label: "synthetic, z ~ N(0, 1)",
    samples: sample,
    xLabel: "x (unitless)",
    curves: [
      { label: "p_data", density: normal(4, 1.25).density, dash: true },
      { label: "p_g", density: normal(4.1, 1.2).density },
    ],
  },
  {
    label: "synthetic, z ~ U(-1, 1)",
    samples: sample,
    xLabel: "x (unitless)",
    curves: [
      { label: "p_data", density: normal(4, 1.25).density, dash: true },
      { label: "p_g", density: uniform(1.8, 6.2).density },
    ],
  },
  { label: "penguins", samples: flips, xLabel: "flipper length (mm)", domain: [170, 240] },
];
const options = { title: "Priors", alt: "Three panels of histograms with densities." };

Deno.test("plotDensityGrid() draws a self-contained figure", () => {
  const figure = plotDensityGrid(panels, { ...options, columns: 2 });
  const legend = [
    { label: "data", color: theme.series.data, shape: "bar" as const },
    { label: "p_data", color: theme.series.generated, shape: "dash" as const },
    { label: "p_g", color: theme.series.data, shape: "line" as const },
  ];
  // Two rows of 210 px panels under the header.
  const height = figureChromeHeight(480, { title: "Priors", legend }) + 2 * 210;
  assertSelfContained(figure, {
    width: 480,
    height: Math.round(height),
    texts: ["Priors", "synthetic, z ~ N(0, 1)", "penguins", "flipper length (mm)", "p_g"],
  });
});

Deno.test("plotDensityGrid() lists each curve label once", () => {
  const figure = plotDensityGrid(panels, options);
  const texts = [...parseFigure(figure).querySelectorAll("text")].map((t) => t.textContent);
  assert.equal(texts.filter((text) => text === "p_g").length, 1);
  assert.equal(texts.filter((text) => text === "p_data").length, 1);
});

Deno.test("plotDensityGrid() places panels in columns", () => {
  assert.equal(plotDensityGrid(panels, options).width, 3 * 240);
  assert.equal(plotDensityGrid(panels, { ...options, columns: 1, panelWidth: 300 }).width, 300);
});

Deno.test("plotDensityGrid() labels density per unit", () => {
  const figure = plotDensityGrid(panels, options);
  assert.ok(figure.svg.includes("density (1/mm)"));
});

Deno.test("plotDensityGrid() rejects bad panels", () => {
  assert.throws(() => plotDensityGrid([], options), RangeError);
  assert.throws(() => plotDensityGrid(panels, { ...options, columns: 4 }), /at most 3/);
  assert.throws(
    () => plotDensityGrid([{ ...panels[2], samples: [] }], options),
    /panels\[0\]\.samples\.length must be non-empty/,
  );
  assert.throws(
    () =>
      plotDensityGrid([{ ...panels[2], curves: [{ label: "bad", density: () => -1 }] }], options),
    RangeError,
  );
  assert.throws(() => plotDensityGrid([{ ...panels[2], label: 3 as never }], options), TypeError);
  assert.throws(() => plotDensityGrid(panels, { ...options, alt: " " }), RangeError);
});
