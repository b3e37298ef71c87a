import assert from "node:assert/strict";
import { trainRealOnly } from "../../lib/experiments/real_only.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { seededSource } from "../../lib/random.ts";

const data = normal(4, 1.25);
const result = trainRealOnly({
  data,
  generators: [{ w1: 1, b1: 0 }, { w1: 1, b1: 4 }, { w1: 1, b1: 8 }],
  lr: 0.2,
  steps: 600,
  evaluationSize: 4000,
  source: seededSource(11),
});

Deno.test("trainRealOnly() only raises the logit", () => {
  assert.ok(result.realOnly.b2 > 0, String(result.realOnly.b2));
  assert.ok(result.realOnly.w2 > 0.1, String(result.realOnly.w2));
  for (const row of result.rows) assert.ok(row.realOnly.meanReal > 0.99);
});

Deno.test("trainRealOnly() calls fakes on the data real", () => {
  for (const row of result.rows.slice(1)) {
    assert.ok(row.realOnly.meanFake > 0.99, `b1=${row.generator.b1}`);
    assert.ok(Math.abs(row.realOnly.accuracy - 0.5) < 0.01, `b1=${row.generator.b1}`);
  }
});

Deno.test("trainRealOnly() two-class D separates", () => {
  for (const index of [0, 2]) {
    const row = result.rows[index];
    assert.ok(row.twoClass.accuracy > 0.9, `b1=${row.generator.b1}: ${row.twoClass.accuracy}`);
    assert.ok(row.twoClass.meanFake < 0.2, `b1=${row.generator.b1}`);
  }
  // Against N(4, 1), which has the data mean, a linear D stays near 1/2.
  assert.ok(Math.abs(result.rows[1].twoClass.meanFake - 0.5) < 0.05);
  assert.ok(Math.abs(result.rows[1].twoClass.meanReal - 0.5) < 0.05);
});

Deno.test("trainRealOnly() scores match the parameters", () => {
  // The two-class D against N(8, 1) slopes down: w2 < 0.
  assert.ok(result.rows[2].twoClassParams.w2 < 0);
  assert.ok(result.rows[0].twoClassParams.w2 > 0);
  // The same real-only D is scored against every generator: equal real scores.
  assert.equal(result.rows[0].realOnly.meanReal, result.rows[2].realOnly.meanReal);
});

Deno.test("trainRealOnly() rejects bad options", () => {
  const base = { data, generators: [{ w1: 1, b1: 0 }], lr: 0.1, steps: 2, source: seededSource(1) };
  const cases: [object, ErrorConstructor, string][] = [
    [
      { generators: [] },
      RangeError,
      "options.generators must be a non-empty array: options.generators=an array of length 0",
    ],
    [
      { generators: [{ w1: 0, b1: 1 }] },
      RangeError,
      "options.generators[0].w1 must be non-zero: options.generators[0].w1=0",
    ],
    [
      { evaluationSize: 0 },
      RangeError,
      "options.evaluationSize must be an integer >= 1: options.evaluationSize=0",
    ],
    [
      { batchSize: 2.5 },
      RangeError,
      "options.batchSize must be an integer >= 1: options.batchSize=2.5",
    ],
  ];
  for (const [change, type, text] of cases) {
    const expected = `Cannot train a real-only discriminator as ${text}`;
    assert.throws(
      () => trainRealOnly({ ...base, ...change } as never),
      (error: Error) => error instanceof type && error.message === expected,
      expected,
    );
  }
});
