import assert from "node:assert/strict";
import { discriminate } from "../../lib/model/discriminator.ts";
import {
  generatorGradient,
  generatorGradientRatio,
  type GeneratorLoss,
  generatorLoss,
} from "../../lib/model/generator_loss.ts";
import { assertClose, centralDifference, discriminators, z } from "./_gradient_check.ts";

Deno.test("generatorGradient() matches finite differences", () => {
  const generators = [{ w1: 1, b1: 0 }, { w1: -0.7, b1: 3.5 }, { w1: 2.5, b1: -4 }];
  const losses: GeneratorLoss[] = ["saturating", "non-saturating"];
  for (const g of generators) {
    for (const d of discriminators) {
      for (const loss of losses) {
        const grad = generatorGradient(g, d, z, { loss });
        for (const name of ["w1", "b1"] as const) {
          const numeric = centralDifference(
            (value) => generatorLoss({ ...g, [name]: value }, d, z, { loss }),
            g[name],
          );
          assertClose(grad[name], numeric, `${JSON.stringify({ g, d, loss })} ${name}`);
        }
      }
    }
  }
});

Deno.test("generatorLoss() stays finite at logits ±1000", () => {
  const g = { w1: 1, b1: 0 };
  const d = { w2: 1000, b2: 0 };
  assert.equal(generatorLoss(g, d, [-1]), 1000);
  assert.equal(generatorLoss(g, d, [1], { loss: "saturating" }), -1000);
  // D(G(z)) ≈ e^−1000: the saturating gradient underflows to 0, the non-saturating one does not.
  const saturating = generatorGradient(g, d, [-1], { loss: "saturating" });
  assert.equal(Math.abs(saturating.b1), 0);
  assert.equal(generatorGradient(g, d, [-1]).b1, -1000);
});

Deno.test("generatorGradientRatio() matches the two gradients", () => {
  const g = { w1: 1.5, b1: -0.5 };
  for (const d of discriminators.slice(0, 2)) {
    for (const zValue of [-2, -0.4, 0.3, 1.1, 2.6]) {
      const x = g.w1 * zValue + g.b1;
      const ratio = generatorGradient(g, d, [zValue]).b1 /
        generatorGradient(g, d, [zValue], { loss: "saturating" }).b1;
      const expected = generatorGradientRatio(discriminate(d, x));
      // 1 − d loses digits when d is near 1 (down to 1e-5 here), hence 1e-9 and not 1e-15.
      assert.ok(Math.abs(ratio / expected - 1) < 1e-9, `z=${zValue}: ${ratio} vs ${expected}`);
    }
  }
});

Deno.test("generatorGradientRatio() is (1 − d)/d", () => {
  assert.equal(generatorGradientRatio(1), 0);
  assert.equal(generatorGradientRatio(0.25), 3);
  assert.equal(generatorGradientRatio(0.8), (1 - 0.8) / 0.8);
});

Deno.test("generator losses reject bad arguments", () => {
  const g = { w1: 1, b1: 0 };
  const d = { w2: 1, b2: 0 };
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [
      () => generatorGradientRatio(0),
      RangeError,
      "Cannot compute the generator gradient ratio as d must be in (0, 1]: d=0",
    ],
    [
      () => generatorGradientRatio(1.5),
      RangeError,
      "Cannot compute the generator gradient ratio as d must be in [0, 1]: d=1.5",
    ],
    [
      () => generatorLoss(g, d, z, { loss: "minimax" as never }),
      RangeError,
      'Cannot compute the generator loss as options.loss must be one of "saturating", ' +
      '"non-saturating": options.loss="minimax"',
    ],
    [
      () => generatorGradient(g, d, z, { loss: 1 as never }),
      TypeError,
      'Cannot compute the generator gradient as options.loss must be one of "saturating", ' +
      '"non-saturating": options.loss=1',
    ],
    [
      () => generatorLoss(undefined as never, d, z),
      TypeError,
      "Cannot compute the generator loss as generator must be an object { w1, b1 }: " +
      "generator=undefined",
    ],
    [
      () => generatorLoss(g, { w2: "1", b2: 0 } as never, z),
      TypeError,
      'Cannot compute the generator loss as w2 must be a number: w2="1"',
    ],
    [
      () => generatorGradient(g, d, []),
      RangeError,
      "Cannot compute the generator gradient as z.length must be non-empty: z.length=0",
    ],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, (error: Error) => error instanceof type && error.message === text, text);
  }
});
