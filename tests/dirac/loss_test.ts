import assert from "node:assert/strict";
import { diracDiscriminatorLoss, diracGeneratorLoss } from "../../lib/dirac/loss.ts";
import { assertClose, centralDifference } from "../model/_gradient_check.ts";

// States from the equilibrium to logits w2·b1 of about ±100, where σ saturates.
const states = [
  { b1: 0, w2: 0 },
  { b1: 0.7, w2: -0.4 },
  { b1: -1.5, w2: 2.2 },
  { b1: 10, w2: 10 },
  { b1: -8, w2: 12 },
];
const realNoise = [-0.9, 0.3, 1.4];
const fakeNoise = [0.5, -1.1];

Deno.test("diracDiscriminatorLoss() derivative matches finite differences", () => {
  for (const state of states) {
    for (const options of [{}, { r1: 0.3 }, { r1: 0.3, realNoise, fakeNoise }]) {
      const { derivative } = diracDiscriminatorLoss(state, options);
      const numeric = centralDifference(
        (w2) => diracDiscriminatorLoss({ ...state, w2 }, options).loss,
        state.w2,
      );
      assertClose(derivative, numeric, `${JSON.stringify(state)} ${JSON.stringify(options)}`);
    }
  }
});

Deno.test("diracGeneratorLoss() derivative matches finite differences", () => {
  for (const state of states) {
    for (const loss of ["saturating", "non-saturating"] as const) {
      for (const noise of [[0], fakeNoise]) {
        const { derivative } = diracGeneratorLoss(state, { loss, noise });
        const numeric = centralDifference(
          (b1) => diracGeneratorLoss({ ...state, b1 }, { loss, noise }).loss,
          state.b1,
        );
        assertClose(derivative, numeric, `${JSON.stringify(state)} ${loss} ${noise}`);
      }
    }
  }
});

Deno.test("diracDiscriminatorLoss() without noise is the closed form", () => {
  // L_D = ½·log 2 + ½·log(1 + e^(w2·b1)) + γ/2·w2², computed naively at a moderate logit
  const b1 = 1.2, w2 = -0.5, r1 = 0.4;
  const expected = 0.5 * Math.LN2 + 0.5 * Math.log(1 + Math.exp(w2 * b1)) + 0.5 * r1 * w2 * w2;
  assertClose(diracDiscriminatorLoss({ b1, w2 }, { r1 }).loss, expected, "loss");
  const sigma = 1 / (1 + Math.exp(-w2 * b1));
  assertClose(
    diracDiscriminatorLoss({ b1, w2 }, { r1 }).derivative,
    0.5 * sigma * b1 + r1 * w2,
    "derivative",
  );
});

Deno.test("diracGeneratorLoss() losses have the right signs", () => {
  const state = { b1: 1, w2: 2 }; // D(b1) = σ(2)
  const d = 1 / (1 + Math.exp(-2));
  assertClose(diracGeneratorLoss(state).loss, -Math.log(d), "non-saturating");
  assertClose(
    diracGeneratorLoss(state, { loss: "saturating" }).loss,
    Math.log(1 - d),
    "saturating",
  );
});

Deno.test("Dirac losses stay finite at logits ±1000", () => {
  const state = { b1: 100, w2: 10 };
  assert.equal(diracDiscriminatorLoss(state).loss, 0.5 * Math.LN2 + 500);
  assert.equal(diracDiscriminatorLoss(state).derivative, 50);
  assert.equal(diracGeneratorLoss(state).loss, 0);
  assert.equal(diracGeneratorLoss({ b1: -100, w2: 10 }).loss, 1000);
});

Deno.test("Dirac losses reject bad arguments", () => {
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [
      () => diracDiscriminatorLoss({ b1: NaN, w2: 0 }),
      RangeError,
      "Cannot compute the Dirac discriminator loss as b1 must be a finite number: b1=NaN",
    ],
    [
      () => diracDiscriminatorLoss({ b1: 0, w2: 0 }, { r1: -1 }),
      RangeError,
      "Cannot compute the Dirac discriminator loss as options.r1 must be non-negative: options.r1=-1",
    ],
    [
      () => diracGeneratorLoss({ b1: 0, w2: 0 }, { noise: [] }),
      RangeError,
      "Cannot compute the Dirac generator loss as options.noise.length must be non-empty: options.noise.length=0",
    ],
    [
      () => diracGeneratorLoss({ b1: 0, w2: 0 }, { loss: "hinge" as never }),
      RangeError,
      'Cannot compute the Dirac generator loss as options.loss must be one of "saturating", "non-saturating": options.loss="hinge"',
    ],
    [
      () => diracGeneratorLoss(null as never),
      TypeError,
      "Cannot compute the Dirac generator loss as state must be an object { b1, w2 }: state=null",
    ],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, (error: Error) => error instanceof type && error.message === text, text);
  }
});
