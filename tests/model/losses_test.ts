import assert from "node:assert/strict";
import { discriminate } from "../../lib/model/discriminator.ts";
import type { DiscriminatorParams } from "../../lib/model/discriminator.ts";
import {
  discriminatorAccuracy,
  discriminatorGradient,
  discriminatorLoss,
  generatorGradient,
  generatorGradientRatio,
  type GeneratorLoss,
  generatorLoss,
} from "../../lib/model/losses.ts";

// Batches of different lengths, so that the per-class averaging is exercised.
const real = [2.7, 4.1, 5.9, 3.3, 4.6];
const fake = [-1.2, 0.4, 0.9, 2.2];
const z = [-1.7, -0.3, 0.2, 0.8, 1.9, 0.05];

// Discriminators from D ≈ 1/2 to logits in the hundreds, where σ saturates.
const discriminators: Required<DiscriminatorParams>[] = [
  { w2: 0.1, b2: 0, c2: 0 },
  { w2: -1.3, b2: 2.2, c2: 0.4 },
  { w2: 30, b2: -75, c2: 0 }, // logits from −111 to 102
  { w2: 0.5, b2: 0, c2: -6 }, // logits down to −206
  { w2: -40, b2: 3, c2: 5 },
];

// Central difference (f(p + h) − f(p − h)) / 2h, with error O(h²) plus rounding of order
// 1e-16·|f|/h; with h = 1e-6 both stay well below the tolerance used below.
const H = 1e-6;
const TOLERANCE = 1e-6;

function centralDifference(f: (value: number) => number, value: number): number {
  return (f(value + H) - f(value - H)) / (2 * H);
}

function assertClose(actual: number, expected: number, label: string): void {
  const error = Math.abs(actual - expected);
  assert.ok(
    error <= TOLERANCE * Math.max(1, Math.abs(expected)),
    `${label}: ${actual} vs ${expected}`,
  );
}

Deno.test("discriminatorGradient() matches finite differences", () => {
  for (const d of discriminators) {
    const grad = discriminatorGradient(d, real, fake);
    for (const name of ["w2", "b2", "c2"] as const) {
      const numeric = centralDifference(
        (value) => discriminatorLoss({ ...d, [name]: value }, real, fake),
        d[name],
      );
      assertClose(grad[name], numeric, `${JSON.stringify(d)} ${name}`);
    }
  }
});

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

Deno.test("discriminatorLoss() is the mean over 2m samples", () => {
  // Naive cross-entropy with moderate logits, where log σ needs no care.
  const d = { w2: 0.8, b2: -2 };
  const m = 4;
  const realBatch = real.slice(0, m);
  let sum = 0;
  for (const x of realBatch) sum -= Math.log(1 / (1 + Math.exp(-(0.8 * x - 2))));
  for (const x of fake) sum -= Math.log(1 - 1 / (1 + Math.exp(-(0.8 * x - 2))));
  assertClose(discriminatorLoss(d, realBatch, fake), sum / (2 * m), "loss");
});

Deno.test("discriminatorLoss() weighs each class by half", () => {
  // Logit −1000 on the real sample: its loss is 1000; the fake one costs log(1 + e^−1000) = 0.
  assert.equal(discriminatorLoss({ w2: 0, b2: -1000 }, [1], [1, 2, 3]), 500);
  assert.equal(discriminatorLoss({ w2: 0, b2: 1000 }, [1, 2, 3], [1]), 500);
});

Deno.test("losses stay finite at logits ±1000", () => {
  const d = { w2: 1000, b2: 0 };
  assert.equal(discriminatorLoss(d, [-1], [1]), 1000);
  // Both samples are misclassified with |dℓ/dt| = 1: ½·((σ(−1000) − 1)·(−1) + σ(1000)·1) = 1.
  assert.deepEqual(discriminatorGradient(d, [-1], [1]), { w2: 1, b2: 0, c2: 0 });
  assert.equal(generatorLoss({ w1: 1, b1: 0 }, d, [-1]), 1000);
  assert.equal(generatorLoss({ w1: 1, b1: 0 }, d, [1], { loss: "saturating" }), -1000);
  // D(G(z)) ≈ e^−1000: the saturating gradient underflows to 0, the non-saturating one does not.
  const saturating = generatorGradient({ w1: 1, b1: 0 }, d, [-1], { loss: "saturating" });
  assert.equal(Math.abs(saturating.b1), 0);
  assert.equal(generatorGradient({ w1: 1, b1: 0 }, d, [-1]).b1, -1000);
});

Deno.test("discriminatorAccuracy() counts each side of 1/2", () => {
  const d = { w2: 1, b2: -2 }; // D > 1/2 exactly when x > 2
  assert.equal(discriminatorAccuracy(d, [3, 4], [0, 1]), 1);
  assert.equal(discriminatorAccuracy(d, [0, 1], [3, 4]), 0);
  assert.equal(discriminatorAccuracy(d, [2], [2]), 0.5);
  assert.equal(discriminatorAccuracy({ w2: 0, b2: 0 }, real, fake), 0.5);
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

Deno.test("loss functions reject bad arguments", () => {
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
      () => discriminatorLoss(d, [], fake),
      RangeError,
      "Cannot compute the discriminator loss as real.length must be non-empty: real.length=0",
    ],
    [
      () => discriminatorGradient(d, real, [1, NaN]),
      RangeError,
      "Cannot compute the discriminator gradient as fake[1] must be a finite number: fake[1]=NaN",
    ],
    [
      () => discriminatorAccuracy({ w2: 1, b2: Infinity }, real, fake),
      RangeError,
      "Cannot compute the discriminator accuracy as b2 must be a finite number: b2=Infinity",
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
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, (error: Error) => error instanceof type && error.message === text, text);
  }
});
