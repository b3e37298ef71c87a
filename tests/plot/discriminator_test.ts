import assert from "node:assert/strict";
import { plotDiscriminator } from "../../lib/plot/discriminator.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { assertSelfContained, parseFigure } from "./_figure_checks.ts";

const pData = normal(4, 1.25);
const pG = normal(2, 1);
const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));
const dStar = (x: number) => pData.density(x) / (pData.density(x) + pG.density(x));

const base = {
  curves: [
    { label: "D(x) learned", d: (x: number) => sigmoid(x - 3) },
    { label: "D*(x) optimal", d: dStar, dash: true },
  ],
  domain: [-2, 9] as [number, number],
  xLabel: "x (mm)",
  title: "Discriminator after training",
  alt: "The learned D rises through 1/2 at x = 3, close to the optimal D*.",
};

Deno.test("plotDiscriminator() draws a self-contained figure", () => {
  assertSelfContained(plotDiscriminator(base), {
    width: 640,
    height: 380,
    texts: ["Discriminator after training", "D(x) learned", "D*(x) optimal", "1/2", "x (mm)"],
  });
});

Deno.test("plotDiscriminator() adds a density panel", () => {
  const figure = plotDiscriminator({
    ...base,
    densities: [{ label: "p_data", density: pData.density }, { label: "p_g", density: pG.density }],
  });
  assertSelfContained(figure, {
    width: 640,
    height: 480,
    texts: ["p_data", "p_g", "density (1/mm)"],
  });
  const charts = [...parseFigure(figure).querySelectorAll("g")].filter((g) =>
    g.getAttribute("fill") === "currentColor" &&
    /^translate/.test(g.getAttribute("transform") ?? "")
  );
  assert.equal(charts.length, 2);
});

Deno.test("plotDiscriminator() draws the reference at 1/2", () => {
  const root = parseFigure(plotDiscriminator({ ...base, height: 400 }));
  const rule = [...root.querySelectorAll('g[aria-label="rule"] line')][0];
  // The tick labels give the pixel position of D = 0 and D = 1.
  const tickY = new Map(
    [...root.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((text) => [
      text.textContent,
      Number(/translate\([\d.]+,([\d.]+)\)/.exec(text.getAttribute("transform")!)![1]),
    ]),
  );
  const half = (tickY.get("0.0")! + tickY.get("1.0")!) / 2;
  assert.ok(Math.abs(Number(rule.getAttribute("y1")) - half) < 0.05);
});

Deno.test("plotDiscriminator() rejects D outside [0, 1]", () => {
  assert.throws(
    () => plotDiscriminator({ ...base, curves: [{ label: "bad", d: () => 1.5 }] }),
    {
      name: "RangeError",
      message: "Cannot plot a discriminator as curves[0].d(-2) must be a function with values " +
        "in [0, 1]: curves[0].d(-2)=1.5",
    },
  );
});

Deno.test("plotDiscriminator() rejects empty curves", () => {
  assert.throws(() => plotDiscriminator({ ...base, curves: [] }), {
    name: "RangeError",
    message: "Cannot plot a discriminator as curves must be a non-empty array: " +
      "curves=an array of length 0",
  });
});
