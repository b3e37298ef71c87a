// Several figures inlined in one HTML page must not share an id, or one figure's clip path or
// arrow marker would be drawn from another's definition.

import assert from "node:assert/strict";
import { plotDiscriminator } from "../../lib/plot/discriminator.ts";
import { plotHistogramDensity } from "../../lib/plot/density.ts";
import { plotPushforward } from "../../lib/plot/pushforward.ts";
import { figureIds } from "./_figure_checks.ts";

Deno.test("figures built in a row share no id", () => {
  const texts = { title: "T", alt: "A figure.", xLabel: "x (mm)" };
  const figures = [
    plotHistogramDensity([1, 2, 3], texts),
    plotHistogramDensity([1, 2, 3, 4], texts),
    plotDiscriminator({ ...texts, curves: [{ label: "D", d: () => 0.5 }], domain: [0, 1] }),
    plotPushforward((z) => z, [0, 1], { ...texts, zLabel: "z" }),
    plotPushforward((z) => z + 1, [0, 1], { ...texts, zLabel: "z" }),
  ];
  const seen = new Map<string, number>();
  for (const [index, figure] of figures.entries()) {
    const ids = figureIds(figure);
    assert.ok(ids.length > 0);
    for (const id of ids) {
      assert.ok(!seen.has(id), `figure ${index} reuses id ${id} of figure ${seen.get(id)}`);
      seen.set(id, index);
    }
  }
});
