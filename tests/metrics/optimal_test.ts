import assert from "node:assert/strict";
import {
  gameValue,
  optimalDiscriminator,
  optimalLinearDiscriminator,
} from "../../lib/metrics/optimal.ts";
import { jsDivergence } from "../../lib/metrics/js.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { normalMixture } from "../../lib/distributions/mixture.ts";
import type { Distribution } from "../../lib/distributions/distribution.ts";

function assertClose(actual: number, expected: number, tolerance: number, label = "value"): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${label}: ${actual} is not within ${tolerance} of ${expected}`,
  );
}

const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));

const pairs: [Distribution, Distribution][] = [
  [normal(4, 1.25), normal(0, 1)],
  [normal(4, 1.25), normal(4, 1.25)],
  [normal(4, 1.25), normal(3.5, 0.3)],
  [normal(0, 1), normal(0, 3)],
  [normal(4, 1.25), normal(-20, 0.5)],
  [
    normalMixture([{ weight: 1, mu: -2, sigma: 0.5 }, { weight: 1, mu: 2, sigma: 0.5 }]),
    normal(0, 1),
  ],
];

Deno.test("optimalDiscriminator() is p_data/(p_data + p_g)", () => {
  const pData = normal(4, 1.25);
  const pG = normal(0, 1);
  const d = optimalDiscriminator(pData, pG);
  for (const x of [-3, 0, 2, 4, 7]) {
    const expected = pData.density(x) / (pData.density(x) + pG.density(x));
    assert.equal(d(x), expected, `D*(${x})`);
  }
  assert.equal(optimalDiscriminator(pData, pData)(1.7), 0.5);
});

Deno.test("optimalDiscriminator() is 1/2 where both densities underflow", () => {
  const d = optimalDiscriminator(normal(4, 1.25), normal(0, 1));
  assert.equal(normal(4, 1.25).density(1e4), 0);
  assert.equal(d(1e4), 0.5);
  assert.equal(d(-1e4), 0.5);
});

Deno.test("gameValue() at D* is −log 4 + 2·JS", () => {
  // Goodfellow et al. (2014), "Generative Adversarial Nets", Theorem 1.
  for (const [pData, pG] of pairs) {
    const value = gameValue(optimalDiscriminator(pData, pG), pData, pG);
    const expected = -Math.log(4) + 2 * jsDivergence(pData, pG);
    assertClose(value, expected, 1e-8, `${pData.name} against ${pG.name}`);
  }
});

Deno.test("gameValue() is largest at D*", () => {
  const pData = normal(4, 1.25);
  const pG = normal(3, 1.25);
  const best = gameValue(optimalDiscriminator(pData, pG), pData, pG);
  const { w2, b2 } = optimalLinearDiscriminator(4, 3, 1.25);
  assertClose(gameValue((x) => sigmoid(w2 * x + b2), pData, pG), best, 1e-9, "linear D*");
  for (const [dw, db] of [[0.1, 0], [0, 0.1], [-0.2, 0.5]]) {
    const value = gameValue((x) => sigmoid((w2 + dw) * x + b2 + db), pData, pG);
    assert.ok(value < best, `a perturbed D scores ${value}, not below ${best}`);
  }
  assertClose(gameValue(() => 0.5, pData, pG), -Math.log(4), 1e-10, "D = 1/2");
});

Deno.test("gameValue() honours the interval option", () => {
  // With D = 1/2 the value is log(1/2) times the mass of both densities inside the interval.
  const p = normal(0, 1);
  const value = gameValue(() => 0.5, p, p, { interval: [0, 10] });
  assertClose(value, Math.log(0.5), 1e-10);
});

Deno.test("optimalLinearDiscriminator() gives the log density ratio", () => {
  const cases: [number, number, number][] = [[4, 0, 1.25], [4, 3.9, 1.25], [-1, 2, 0.5]];
  for (const [muReal, muFake, sigma] of cases) {
    const { w2, b2 } = optimalLinearDiscriminator(muReal, muFake, sigma);
    const real = normal(muReal, sigma);
    const fake = normal(muFake, sigma);
    for (const x of [-2, 0, 1.5, 4, 6]) {
      const logRatio = Math.log(real.density(x) / fake.density(x));
      assertClose(w2 * x + b2, logRatio, 1e-12 * (1 + Math.abs(logRatio)), `x=${x}`);
    }
  }
});

Deno.test("optimalDiscriminator() throws on invalid arguments", () => {
  const p = normal(0, 1);
  const action = "Cannot build the optimal discriminator as";
  assert.throws(() => optimalDiscriminator({} as never, p), {
    name: "TypeError",
    message: `${action} pData must be a distribution: pData={}`,
  });
  assert.throws(() => optimalDiscriminator(p, undefined as never), {
    name: "TypeError",
    message: `${action} pG must be a distribution: pG=undefined`,
  });
  assert.throws(() => optimalDiscriminator(p, p)(NaN), {
    name: "RangeError",
    message: "Cannot evaluate the optimal discriminator as x must be a finite number: x=NaN",
  });
});

Deno.test("gameValue() throws on invalid arguments", () => {
  const p = normal(0, 1);
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [() => gameValue(0.5 as never, p, p), TypeError, "d must be a function: d=0.5"],
    [() => gameValue(() => 0.5, null as never, p), TypeError, "pData must be a distribution"],
    [() => gameValue(() => 0.5, p, 1 as never), TypeError, "pG must be a distribution: pG=1"],
    [() => gameValue(() => 1.5, p, p), RangeError, "must be in [0, 1]"],
    [() => gameValue(() => NaN, p, p), RangeError, "must be a finite number"],
    [() => gameValue(() => "1" as never, p, p), TypeError, "must be a number"],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, (error: Error) => {
      assert.ok(error instanceof type, `${error} should be a ${type.name}`);
      assert.ok(error.message.startsWith("Cannot compute the game value as "), error.message);
      assert.ok(error.message.includes(text), error.message);
      return true;
    });
  }
});

Deno.test("optimalLinearDiscriminator() throws on invalid arguments", () => {
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [
      () => optimalLinearDiscriminator(NaN, 0, 1),
      RangeError,
      "muReal must be a finite number: muReal=NaN",
    ],
    [
      () => optimalLinearDiscriminator(0, "1" as never, 1),
      TypeError,
      'muFake must be a number: muFake="1"',
    ],
    [() => optimalLinearDiscriminator(0, 1, 0), RangeError, "sigma must be positive: sigma=0"],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, {
      name: type.name,
      message: `Cannot compute the optimal linear discriminator as ${text}`,
    });
  }
});
