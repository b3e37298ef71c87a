import assert from "node:assert/strict";
import * as Plot from "@observablehq/plot";
import { composeFigure, figureChromeHeight, themedPlot } from "../../lib/plot/figure.ts";
import { assertSelfContained, figureIds, parseFigure } from "./_figure_checks.ts";

function chart(width = 300, height = 200) {
  return themedPlot({
    width,
    height,
    marks: [Plot.line([[0, 0], [1, 1]], { clip: true, markerEnd: "arrow" })],
  });
}

Deno.test("composeFigure() draws title, subtitle and legend inside the SVG", () => {
  const figure = composeFigure(chart(), {
    title: "Title & more",
    subtitle: "A subtitle",
    legend: [{ label: "p_data", color: "#0072b2", shape: "dash" }, {
      label: "bars",
      color: "#d55e00",
      shape: "bar",
    }],
    alt: "A line from (0, 0) to (1, 1).",
  });
  const expectedHeight = 200 + figureChromeHeight(300, {
    title: "Title & more",
    subtitle: "A subtitle",
    legend: [{ label: "p_data", color: "#0072b2" }, { label: "bars", color: "#d55e00" }],
  });
  assertSelfContained(figure, {
    width: 300,
    height: expectedHeight,
    texts: ["Title & more", "A subtitle", "p_data", "bars"],
  });
});

Deno.test("composeFigure() sets a background and explicit text colours", () => {
  const figure = composeFigure(chart(), { title: "T", alt: "A line." });
  const root = parseFigure(figure);
  const background = [...root.querySelectorAll("rect")][0];
  assert.equal(background.getAttribute("fill"), "#ffffff");
  assert.match(root.getAttribute("style") ?? "", /color:#1f2328/);
  const texts = [...root.querySelectorAll("text")];
  const headerTexts = texts.filter((text) => text.getAttribute("fill") !== null);
  assert.ok(headerTexts.length >= 1);
  for (const text of headerTexts) assert.equal(text.getAttribute("fill"), "#1f2328");
  // Plot's marks use currentColor; the chart's group must pin that colour itself.
  const charts = [...root.querySelectorAll("g")].filter((g) =>
    g.getAttribute("fill") === "currentColor"
  );
  assert.ok(charts.length >= 1);
  for (const g of charts) assert.match(g.getAttribute("style") ?? "", /color:#1f2328/);
});

Deno.test("composeFigure() gives two figures disjoint ids", () => {
  const first = composeFigure(chart(), { title: "First", alt: "A line." });
  const second = composeFigure(chart(), { title: "Second", alt: "A line." });
  const firstIds = figureIds(first);
  const secondIds = figureIds(second);
  assert.ok(firstIds.length >= 3, "title, desc, clip path and marker have ids");
  for (const id of secondIds) assert.ok(!firstIds.includes(id), `shared id ${id}`);
});

Deno.test("composeFigure() rewrites references to renamed ids", () => {
  const figure = composeFigure(chart(), { title: "T", alt: "A line." });
  const ids = new Set(figureIds(figure));
  const references = [...figure.svg.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]);
  assert.ok(references.length >= 2);
  for (const id of references) assert.ok(ids.has(id), `dangling reference ${id}`);
});

Deno.test("composeFigure() is deterministic", () => {
  const svg = chart().outerHTML;
  const first = composeFigure(svg, { title: "T", alt: "A line." });
  const second = composeFigure(svg, { title: "T", alt: "A line." });
  assert.equal(first.svg, second.svg);
});

Deno.test("composeFigure() arranges plots in rows", () => {
  const figure = composeFigure([chart(200, 100), chart(200, 120), chart(200, 100)], {
    title: "Grid",
    alt: "Three lines.",
    columns: 2,
  });
  assert.equal(figure.width, 400);
  assert.equal(figure.height, 220 + figureChromeHeight(400, { title: "Grid" }));
});

Deno.test("composeFigure() wraps a long title", () => {
  const title = "A title that is far too long to fit on one line of a narrow figure";
  const figure = composeFigure(chart(), { title, alt: "A line." });
  const lines = [...parseFigure(figure).querySelectorAll("text")]
    .filter((text) => text.getAttribute("font-weight") === "600");
  assert.ok(lines.length >= 2);
  assert.equal(lines.map((line) => line.textContent).join(" "), title);
});

Deno.test("composeFigure() rejects non-SVG input", () => {
  assert.throws(
    () => composeFigure("<figure><svg></svg></figure>", { title: "T", alt: "A." }),
    (error) => error instanceof TypeError && /plots\[0\] must be an <svg>/.test(error.message),
  );
});

Deno.test("composeFigure() rejects blank title and alt", () => {
  assert.throws(() => composeFigure(chart(), { title: " ", alt: "A." }), {
    name: "RangeError",
    message: 'Cannot compose a figure as title must be non-blank: title=" "',
  });
  assert.throws(() => composeFigure(chart(), { title: "T", alt: "" }), {
    name: "RangeError",
    message: 'Cannot compose a figure as alt must be non-blank: alt=""',
  });
});

Deno.test("composeFigure() rejects columns out of range", () => {
  assert.throws(() => composeFigure([chart()], { title: "T", alt: "A.", columns: 2 }), {
    name: "RangeError",
    message: "Cannot compose a figure as columns must be an integer in [1, 1]: columns=2",
  });
});

Deno.test("themedPlot() rejects a Plot title", () => {
  assert.throws(() => themedPlot({ title: "T", marks: [] } as never), {
    name: "TypeError",
    message:
      'Cannot draw a plot as title must be given to composeFigure instead of Plot: title="T"',
  });
});

Deno.test("figure displays itself in Jupyter", () => {
  const figure = composeFigure(chart(), { title: "T", alt: "A line." });
  const bundle = figure[Symbol.for("Jupyter.display") as never] as unknown as () => unknown;
  assert.deepEqual(bundle.call(figure), {
    "image/svg+xml": figure.svg,
    "text/plain": "A line.",
  });
});
