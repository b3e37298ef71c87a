import assert from "node:assert/strict";
import { plotPushforward } from "../../lib/plot/pushforward.ts";
import { assertSelfContained, parseFigure } from "./_figure_checks.ts";

const options = {
  zLabel: "noise z",
  xLabel: "x = G(z) (mm)",
  title: "The generator as a map",
  alt: "Arrows from z in [−2, 2] to x in [1.5, 6.5].",
};

Deno.test("plotPushforward() draws a self-contained figure", () => {
  assertSelfContained(plotPushforward((z) => 1.25 * z + 4, [-2, -1, 0, 1, 2], options), {
    width: 640,
    height: 260,
    texts: ["The generator as a map", "noise z", "x = G(z) (mm)", "z, noise value"],
  });
});

Deno.test("plotPushforward() draws one arrow per z", () => {
  const root = parseFigure(plotPushforward((z) => 2 * z, [-1, 0, 0.5, 1], options));
  const links = [...root.querySelectorAll('g[aria-label="link"] path[marker-end]')];
  assert.equal(links.length, 4);
  for (const link of links) {
    assert.match(link.getAttribute("marker-end") ?? "", /^url\(#f[0-9a-f]+-0-/);
  }
});

Deno.test("plotPushforward() maps z to G(z) on one scale", () => {
  const root = parseFigure(plotPushforward((z) => z + 2, [0, 1], options));
  const links = [...root.querySelectorAll('g[aria-label="link"] path[marker-end]')];
  assert.equal(links.length, 2);
  const ends = links.map((link) => (link.getAttribute("d") ?? "").match(/-?[\d.]+/g)!.map(Number));
  // A shift by 2 moves each arrow right by the same distance as z = 0 to z = 2 would.
  const shift = ends[0][2] - ends[0][0];
  assert.ok(Math.abs(ends[1][2] - ends[1][0] - shift) < 0.2);
  assert.ok(shift > 0);
});

Deno.test("plotPushforward() rejects a non-finite G(z)", () => {
  assert.throws(() => plotPushforward((z) => 1 / z, [1, 0], options), {
    name: "RangeError",
    message: "Cannot plot a pushforward as map(0) must be a finite number: map(0)=Infinity",
  });
});
