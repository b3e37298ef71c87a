import assert from "node:assert/strict";
import { plotHistogramDensity } from "../../lib/plot/density.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { seededSource } from "../../lib/random.ts";
import { assertSelfContained, parseFigure } from "./_figure_checks.ts";

const p = normal(4, 1.25);
const sample = p.sample(400, seededSource(11));

function figure(extra = {}) {
  return plotHistogramDensity(sample, {
    title: "Data and densities",
    alt: "A histogram of 400 values around 4 with two density curves.",
    xLabel: "x (mm)",
    curves: [
      { label: "p_data = N(4, 1.25²)", density: p.density },
      { label: "p_g = N(3, 1²)", density: normal(3, 1).density, dash: true },
    ],
    points: [{ label: "G without noise", x: 3 }],
    ...extra,
  });
}

Deno.test("plotHistogramDensity() draws a self-contained figure", () => {
  assertSelfContained(figure(), {
    width: 640,
    height: 380,
    texts: [
      "Data and densities",
      "data (n = 400)",
      "p_data = N(4, 1.25²)",
      "p_g = N(3, 1²)",
      "G without noise",
      "x (mm)",
      "density (1/mm)",
    ],
  });
});

Deno.test("plotHistogramDensity() honours width and height", () => {
  const small = figure({ width: 420, height: 300 });
  assertSelfContained(small, { width: 420, height: 300, texts: ["Data and densities"] });
});

Deno.test("plotHistogramDensity() bars have unit area", () => {
  const root = parseFigure(figure({ bins: 12 }));
  const bars = [...root.querySelectorAll('g[aria-label="rect"] rect')];
  assert.equal(bars.length, 12);
  // Bar heights in pixels, converted to density units with the y scale read off two ticks.
  const ticks = [...root.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((
    text,
  ) => ({
    value: Number(text.textContent),
    y: Number(/translate\([\d.]+,([\d.]+)\)/.exec(text.getAttribute("transform")!)![1]),
  }));
  const first = ticks[0];
  const last = ticks[ticks.length - 1];
  const pixelsPerUnit = (first.y - last.y) / (last.value - first.value);
  const range = Math.max(...sample) - Math.min(...sample);
  const totalArea = bars.reduce((sum, bar) => {
    const height = Number(bar.getAttribute("height")) / pixelsPerUnit;
    return sum + height * (range / 12);
  }, 0);
  assert.ok(Math.abs(totalArea - 1) < 0.01, `area ${totalArea}`);
});

Deno.test("plotHistogramDensity() rejects a negative density", () => {
  assert.throws(() => figure({ curves: [{ label: "bad", density: () => -1 }] }), {
    name: "RangeError",
    message:
      /^Cannot plot a histogram as curves\[0\]\.density\(-?[\d.]+\) must be a function with values in \[0, Infinity\]: curves\[0\]\.density\(-?[\d.]+\)=-1$/,
  });
});

Deno.test("plotHistogramDensity() rejects a bad domain", () => {
  assert.throws(() => figure({ domain: [5, 1] }), {
    name: "RangeError",
    message: "Cannot plot a histogram as domain must be increasing: domain=an array of length 2",
  });
});

Deno.test("plotHistogramDensity() rejects a missing alt", () => {
  assert.throws(() => figure({ alt: undefined }), {
    name: "TypeError",
    message: "Cannot plot a histogram as alt must be a string: alt=undefined",
  });
});

Deno.test("plotHistogramDensity() rejects a too small height", () => {
  assert.throws(() => figure({ height: 100 }), {
    name: "RangeError",
    message: /height must be at least/,
  });
});
