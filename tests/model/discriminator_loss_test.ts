import assert from "node:assert/strict";
import {
  discriminatorAccuracy,
  discriminatorGradient,
  discriminatorLoss,
} from "../../lib/model/discriminator_loss.ts";
import { assertClose, centralDifference, discriminators, fake, real } from "./_gradient_check.ts";

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

Deno.test("discriminatorLoss() stays finite at logits ±1000", () => {
  const d = { w2: 1000, b2: 0 };
  assert.equal(discriminatorLoss(d, [-1], [1]), 1000);
  // Both samples are misclassified with |dℓ/dt| = 1: ½·((σ(−1000) − 1)·(−1) + σ(1000)·1) = 1.
  assert.deepEqual(discriminatorGradient(d, [-1], [1]), { w2: 1, b2: 0, c2: 0 });
});

Deno.test("discriminatorAccuracy() counts each side of 1/2", () => {
  const d = { w2: 1, b2: -2 }; // D > 1/2 exactly when x > 2
  assert.equal(discriminatorAccuracy(d, [3, 4], [0, 1]), 1);
  assert.equal(discriminatorAccuracy(d, [0, 1], [3, 4]), 0);
  assert.equal(discriminatorAccuracy(d, [2], [2]), 0.5);
  assert.equal(discriminatorAccuracy({ w2: 0, b2: 0 }, real, fake), 0.5);
});

Deno.test("discriminator losses reject bad arguments", () => {
  const d = { w2: 1, b2: 0 };
  const cases: [() => unknown, ErrorConstructor, string][] = [
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
      () => discriminatorLoss(d, "1, 2" as never, fake),
      TypeError,
      'Cannot compute the discriminator loss as real must be an array of numbers: real="1, 2"',
    ],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, (error: Error) => error instanceof type && error.message === text, text);
  }
});
