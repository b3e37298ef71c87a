import assert from "node:assert/strict";
import { figureBundle, show } from "../../lib/display/show.ts";
import type { DisplayOptions } from "../../lib/display/show.ts";

const figure = { svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', alt: "An empty figure." };

Deno.test("figureBundle() pairs the SVG with the alt text", () => {
  assert.deepEqual(figureBundle(figure), {
    "image/svg+xml": figure.svg,
    "text/plain": "An empty figure.",
  });
});

Deno.test("show() resolves to nothing outside Jupyter", async () => {
  assert.equal(await show(figure), undefined);
});

Deno.test("show() sends a raw bundle to the display function", async () => {
  const calls: [Record<string, string>, DisplayOptions][] = [];
  await show(figure, {
    display: (bundle, options) => {
      calls.push([bundle, options]);
      return Promise.resolve();
    },
  });
  assert.deepEqual(calls, [[figureBundle(figure), { raw: true }]]);
});

Deno.test("show() rejects a figure without alt text", async () => {
  await assert.rejects(() => show({ svg: figure.svg, alt: " " }), {
    name: "RangeError",
    message: 'Cannot build a figure bundle as figure.alt must be non-blank: figure.alt=" "',
  });
});

Deno.test("figureBundle() rejects a non-SVG string", () => {
  assert.throws(() => figureBundle({ svg: "<figure></figure>", alt: "x" }), {
    name: "TypeError",
    message: "Cannot build a figure bundle as figure.svg must be an SVG string: " +
      'figure.svg="<figure></figure>"',
  });
});
