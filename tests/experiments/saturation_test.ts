import assert from "node:assert/strict";
import { compareGeneratorLosses } from "../../lib/experiments/saturation.ts";
import { generatorGradient } from "../../lib/model/generator_loss.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { seededSource } from "../../lib/random.ts";

const generator = { w1: 1, b1: 0 };
const confident = { w2: 2.5, b2: -4.5 };
const z = normal(0, 1).sample(64, seededSource(1));

Deno.test("compareGeneratorLosses() ratio is (1 − D̄)/D̄", () => {
  const result = compareGeneratorLosses(generator, confident, z);
  assert.ok(result.meanD < 0.1, String(result.meanD));
  assert.ok(Math.abs(result.ratio - (1 - result.meanD) / result.meanD) < 1e-12 * result.ratio);
  assert.ok(result.ratio > 9);
});

Deno.test("compareGeneratorLosses() gradients are the library's", () => {
  const result = compareGeneratorLosses(generator, confident, z);
  assert.deepEqual(
    result.saturating,
    generatorGradient(generator, confident, z, { loss: "saturating" }),
  );
  assert.deepEqual(result.nonSaturating, generatorGradient(generator, confident, z));
});

Deno.test("compareGeneratorLosses() at D = 1/2 gives 1", () => {
  const result = compareGeneratorLosses({ w1: 1, b1: 0 }, { w2: 1, b2: 0 }, [-1, 1]);
  assert.equal(result.meanD, 0.5);
  assert.ok(Math.abs(result.ratio - 1) < 1e-15);
});

Deno.test("compareGeneratorLosses() rejects bad arguments", () => {
  const cases: [() => unknown, string][] = [
    [
      () => compareGeneratorLosses(generator, { w2: 0, b2: 1 }, z),
      "Cannot compare the generator losses as discriminator.w2 must be non-zero: discriminator.w2=0",
    ],
    [
      () => compareGeneratorLosses(generator, { w2: 1, b2: 0, c2: 1 }, z),
      "Cannot compare the generator losses as discriminator.c2 must be 0 (a linear D): discriminator.c2=1",
    ],
    [
      () => compareGeneratorLosses(generator, confident, []),
      "Cannot compare the generator losses as z.length must be non-empty: z.length=0",
    ],
  ];
  for (const [call, text] of cases) {
    assert.throws(
      call,
      (error: Error) => error instanceof RangeError && error.message === text,
      text,
    );
  }
});
