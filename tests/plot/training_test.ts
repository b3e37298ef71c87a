import assert from "node:assert/strict";
import { plotTrainingCurves } from "../../lib/plot/training.ts";
import { assertSelfContained, parseFigure } from "./_figure_checks.ts";

function history(n = 200) {
  const column = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  return {
    step: column((i) => i * 10),
    w1: column((i) => 1 + 0.25 * (i / n)),
    b1: column((i) => 4 * (1 - Math.exp(-i / 40))),
    w2: column((i) => Math.exp(-i / 50) * Math.cos(i / 5)),
    b2: column((i) => -Math.exp(-i / 50)),
    lossD: column((i) => 1.386 - 0.3 * Math.exp(-i / 30)),
    lossG: column((i) => 0.693 + 0.3 * Math.exp(-i / 30)),
    accuracyD: column((i) => 0.5 + 0.4 * Math.exp(-i / 30)),
  };
}

const texts = {
  title: "Training",
  alt: "b1 rises to 4 while the losses approach log 4 and log 2.",
};

Deno.test("plotTrainingCurves() draws one panel per series", () => {
  const figure = plotTrainingCurves(history(), {
    ...texts,
    series: ["b1", "w1", "lossD", "lossG", "accuracyD"],
    references: [
      { label: "data mean 4", value: 4, series: "b1" },
      { label: "log 4", value: Math.log(4), series: ["lossD"] },
    ],
    height: 480,
  });
  assertSelfContained(figure, {
    width: 640,
    height: 480,
    texts: [
      "Training",
      "generator",
      "discriminator",
      "reference value",
      "data mean 4",
      "log 4",
      "b1, generator offset",
      "discriminator accuracy",
      "step",
    ],
  });
  const lines = [...parseFigure(figure).querySelectorAll('g[aria-label="line"]')];
  assert.equal(lines.length, 5);
});

Deno.test("plotTrainingCurves() draws a reference only in its panels", () => {
  const figure = plotTrainingCurves(history(), {
    ...texts,
    series: ["b1", "w1"],
    references: [{ label: "data mean 4", value: 4, series: "b1" }],
  });
  const labels = [...parseFigure(figure).querySelectorAll("text")]
    .filter((text) => text.textContent === "data mean 4");
  assert.equal(labels.length, 1);
});

Deno.test("plotTrainingCurves() smooths over the faded raw line", () => {
  const figure = plotTrainingCurves(history(), { ...texts, series: ["lossD"], smooth: 9 });
  const lines = [...parseFigure(figure).querySelectorAll('g[aria-label="line"]')];
  assert.equal(lines.length, 2);
  assert.equal(lines[0].getAttribute("stroke-opacity"), "0.3");
});

Deno.test("plotTrainingCurves() decimates long histories", () => {
  const figure = plotTrainingCurves(history(20000), { ...texts, series: ["w2"], maxPoints: 200 });
  const path = [...parseFigure(figure).querySelectorAll('g[aria-label="line"] path')][0];
  const vertices = (path.getAttribute("d") ?? "").split(/[ML]/).length - 1;
  assert.ok(vertices <= 200, `${vertices} vertices`);
  assert.ok(vertices >= 100, `${vertices} vertices`);
});

Deno.test("plotTrainingCurves() breaks the line at non-finite values", () => {
  const diverged = history();
  diverged.b1[150] = Infinity;
  diverged.b1[151] = NaN;
  const figure = plotTrainingCurves(diverged, { ...texts, series: ["b1"] });
  assertSelfContained(figure, { width: 640, height: 380, texts: ["Training"] });
  const path = [...parseFigure(figure).querySelectorAll('g[aria-label="line"] path')][0];
  assert.equal((path.getAttribute("d") ?? "").split("M").length - 1, 2);
});

Deno.test("plotTrainingCurves() rejects an unknown series", () => {
  assert.throws(() => plotTrainingCurves(history(), { ...texts, series: ["w3"] }), {
    name: "TypeError",
    message: "Cannot plot training curves as series must be history columns " +
      '(w1, b1, w2, b2, lossD, lossG, accuracyD): series="w3"',
  });
});

Deno.test("plotTrainingCurves() rejects columns of unequal length", () => {
  const short = { ...history(), b1: new Float64Array(3) };
  assert.throws(() => plotTrainingCurves(short, { ...texts, series: ["b1"] }), {
    name: "RangeError",
    message: "Cannot plot training curves as history.b1.length must be of length 200 like " +
      "history.step: history.b1.length=3",
  });
});

Deno.test("plotTrainingCurves() rejects a series without finite values", () => {
  const empty = { ...history(2), b1: new Float64Array([NaN, NaN]) };
  assert.throws(() => plotTrainingCurves(empty, { ...texts, series: ["b1"] }), {
    name: "RangeError",
    message: "Cannot plot training curves as history.b1 must be finite at some step: " +
      "history.b1=a Float64Array",
  });
});
