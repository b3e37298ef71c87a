import assert from "node:assert/strict";
import { discriminate, logit, logSigmoid, sigmoid } from "../../lib/model/discriminator.ts";

Deno.test("logit() adds the quadratic feature", () => {
  assert.equal(logit({ w2: 2, b2: -8 }, 4), 0);
  assert.equal(logit({ w2: 2, b2: -8, c2: 0.5 }, 4), 8);
  assert.equal(logit({ w2: -1, b2: 3, c2: -2 }, -3), -12);
});

Deno.test("discriminate() is σ of the logit", () => {
  assert.equal(discriminate({ w2: 1, b2: 0 }, 0), 0.5);
  const expected = 1 / (1 + Math.exp(-1)); // t = 0.25·4 − 0.5·2 + 1
  assert.ok(Math.abs(discriminate({ w2: 0.5, b2: 1, c2: 0.25 }, -2) - expected) < 1e-15);
});

Deno.test("sigmoid() matches 1/(1 + e^(−t))", () => {
  for (let t = -30; t <= 30; t += 0.75) {
    const expected = 1 / (1 + Math.exp(-t));
    assert.ok(Math.abs(sigmoid(t) - expected) <= 1e-15 * expected, `t=${t}`);
  }
});

Deno.test("sigmoid() is stable at ±1000", () => {
  assert.equal(sigmoid(1000), 1);
  assert.equal(sigmoid(-1000), 0);
  assert.equal(sigmoid(Infinity), 1);
  assert.equal(sigmoid(-Infinity), 0);
  // Far in the left tail σ(t) ≈ e^t keeps its relative accuracy.
  assert.ok(Math.abs(sigmoid(-700) / Math.exp(-700) - 1) < 1e-15);
});

Deno.test("logSigmoid() matches log σ(t)", () => {
  for (let t = -30; t <= 30; t += 0.75) {
    const expected = Math.log(1 / (1 + Math.exp(-t)));
    assert.ok(Math.abs(logSigmoid(t) - expected) <= 1e-15 * Math.max(1, -expected), `t=${t}`);
  }
});

Deno.test("logSigmoid() is stable at ±1000", () => {
  assert.equal(logSigmoid(-1000), -1000);
  assert.equal(logSigmoid(1000), 0);
  assert.equal(logSigmoid(-Infinity), -Infinity);
  // log σ(50) = −log(1 + e^(−50)) ≈ −e^(−50), which the naive log(σ(50)) rounds to 0.
  assert.ok(Math.abs(logSigmoid(50) / -Math.exp(-50) - 1) < 1e-15);
});

Deno.test("logit() overflows to Infinity, not NaN", () => {
  // Here c2·x² = −Infinity and w2·x = Infinity, so the expanded form would give NaN.
  assert.equal(logit({ w2: 1e300, b2: 0, c2: -1e200 }, 1e200), -Infinity);
  assert.equal(discriminate({ w2: 1e300, b2: 0, c2: -1e200 }, 1e200), 0);
});

Deno.test("discriminator functions reject bad arguments", () => {
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [
      () => sigmoid(NaN),
      RangeError,
      "Cannot compute the sigmoid as t must be a number other than NaN: t=NaN",
    ],
    [
      () => sigmoid("1" as never),
      TypeError,
      'Cannot compute the sigmoid as t must be a number: t="1"',
    ],
    [
      () => logSigmoid(NaN),
      RangeError,
      "Cannot compute the log-sigmoid as t must be a number other than NaN: t=NaN",
    ],
    [
      () => logit({ w2: 1, b2: 0 }, Infinity),
      RangeError,
      "Cannot compute the logit as x must be a finite number: x=Infinity",
    ],
    [
      () => logit({ w2: 1, b2: 0, c2: NaN }, 1),
      RangeError,
      "Cannot compute the logit as c2 must be a finite number: c2=NaN",
    ],
    [
      () => logit({ b2: 0 } as never, 1),
      TypeError,
      "Cannot compute the logit as w2 must be a number: w2=undefined",
    ],
    [
      () => logit([] as never, 1),
      TypeError,
      "Cannot compute the logit as params must be an object { w2, b2, c2? }: params=an array of length 0",
    ],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, (error: Error) => error instanceof type && error.message === text, text);
  }
});
