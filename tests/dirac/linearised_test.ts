import assert from "node:assert/strict";
import { diracGan } from "../../lib/dirac/dirac_gan.ts";
import { diracJacobian, linearisedRate, type Matrix2 } from "../../lib/dirac/linearised.ts";
import { measuredRate } from "../../lib/dirac/growth.ts";
import { diracDiscriminatorLoss } from "../../lib/dirac/loss.ts";
import { integrate } from "../../lib/quadrature.ts";
import { seededSource } from "../../lib/random.ts";

// The Jacobian of one deterministic step of diracGan at (0, 0), by central differences.
function numericJacobian(variant: "simultaneous" | "alternating", lr: number, r1: number): Matrix2 {
  const step = (b1: number, w2: number) => {
    const path = diracGan({ variant, lr, r1, steps: 1, init: { b1, w2 }, source: seededSource(1) });
    return [path.b1[1], path.w2[1]];
  };
  const h = 1e-6;
  const [bPlus, bMinus, wPlus, wMinus] = [step(h, 0), step(-h, 0), step(0, h), step(0, -h)];
  return [
    [(bPlus[0] - bMinus[0]) / (2 * h), (wPlus[0] - wMinus[0]) / (2 * h)],
    [(bPlus[1] - bMinus[1]) / (2 * h), (wPlus[1] - wMinus[1]) / (2 * h)],
  ];
}

Deno.test("diracJacobian() matches the update map", () => {
  for (const variant of ["simultaneous", "alternating"] as const) {
    for (const [lr, r1] of [[0.2, 0], [0.7, 0.3], [1.5, 2]]) {
      const expected = numericJacobian(variant, lr, r1);
      const actual = diracJacobian({ variant, lr, r1 });
      for (const [i, j] of [[0, 0], [0, 1], [1, 0], [1, 1]]) {
        const error = Math.abs(actual[i][j] - expected[i][j]);
        assert.ok(
          error < 1e-8,
          `${variant} lr=${lr} r1=${r1} [${i}][${j}]: ${actual[i][j]} vs ${expected[i][j]}`,
        );
      }
    }
  }
});

Deno.test("diracJacobian() noise acts as R1 with σ²/4", () => {
  // The expected D derivative under N(0, σ²) noise, by quadrature, at a point near (0, 0).
  const sigma = 0.9, b1 = 1e-4, w2 = 2e-4;
  const density = (e: number) =>
    Math.exp(-0.5 * (e / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));
  const expected = integrate(
    (e) => {
      return density(e) *
        diracDiscriminatorLoss({ b1, w2 }, { realNoise: [e], fakeNoise: [e] }).derivative;
    },
    -12 * sigma,
    12 * sigma,
  );
  // first order: b1/4 + (σ²/4)·w2
  assert.ok(Math.abs(expected - (b1 / 4 + (sigma ** 2 / 4) * w2)) < 1e-10, String(expected));
  assert.deepEqual(
    diracJacobian({ variant: "simultaneous", lr: 0.2, instanceNoise: sigma }),
    diracJacobian({ variant: "simultaneous", lr: 0.2, r1: sigma ** 2 / 4 }),
  );
});

Deno.test("linearisedRate() is the spectral radius", () => {
  // Power iteration: |J^n·v|^(1/n) tends to the largest |λ|, independently of the closed form.
  for (
    const options of [
      { variant: "simultaneous" as const, lr: 0.2 },
      { variant: "alternating" as const, lr: 0.5, r1: 0.1 },
      { variant: "simultaneous" as const, lr: 0.2, r1: 2 }, // real eigenvalues
      { variant: "alternating" as const, lr: 6 }, // h > 4√2: real eigenvalues, one outside the unit circle
    ]
  ) {
    const [[a, b], [c, d]] = diracJacobian(options);
    let v = [1, 0.3], logNorm = 0;
    const n = 4000;
    for (let k = 0; k < n; k++) {
      v = [a * v[0] + b * v[1], c * v[0] + d * v[1]];
      const norm = Math.hypot(v[0], v[1]);
      logNorm += Math.log(norm);
      v = [v[0] / norm, v[1] / norm];
    }
    const rate = linearisedRate(options);
    assert.ok(
      Math.abs(Math.exp(logNorm / n) - rate) < 2e-3 * rate,
      `${JSON.stringify(options)}: ${rate}`,
    );
  }
});

Deno.test("linearisedRate() closed forms", () => {
  const lr = 0.2;
  assert.ok(
    Math.abs(linearisedRate({ variant: "simultaneous", lr }) - Math.sqrt(1 + lr ** 2 / 8)) < 1e-15,
  );
  assert.ok(Math.abs(linearisedRate({ variant: "alternating", lr }) - 1) < 1e-15);
  const gamma = 0.2;
  const damped = Math.sqrt(1 - lr * gamma + lr ** 2 / 8);
  assert.ok(Math.abs(linearisedRate({ variant: "simultaneous", lr, r1: gamma }) - damped) < 1e-15);
  assert.ok(
    Math.abs(
      linearisedRate({ variant: "alternating", lr, r1: gamma }) - Math.sqrt(1 - lr * gamma),
    ) < 1e-15,
  );
});

Deno.test("linear map scales b1² + 2·w2² by 1 + h²/8", () => {
  const [[a, b], [c, d]] = diracJacobian({ variant: "simultaneous", lr: 0.3 });
  for (const [b1, w2] of [[1, 0], [0, 1], [0.4, -2.5]]) {
    const next = [a * b1 + b * w2, c * b1 + d * w2];
    const ratio = (next[0] ** 2 + 2 * next[1] ** 2) / (b1 ** 2 + 2 * w2 ** 2);
    assert.ok(Math.abs(ratio - (1 + 0.09 / 8)) < 1e-15, String(ratio));
  }
});

Deno.test("linearisedRate() matches the measured growth", () => {
  // Near the equilibrium (radius 0.05) the first-order terms dominate.
  const init = { b1: 0.05, w2: 0 };
  for (
    const settings of [
      { variant: "simultaneous" as const },
      { variant: "alternating" as const },
      { variant: "simultaneous" as const, r1: 0.2 },
      { variant: "alternating" as const, r1: 0.1 },
    ]
  ) {
    for (const loss of ["saturating", "non-saturating"] as const) {
      const path = diracGan({
        ...settings,
        lr: 0.2,
        steps: 400,
        init,
        loss,
        source: seededSource(1),
      });
      const error = measuredRate(path) - linearisedRate({ ...settings, lr: 0.2 });
      assert.ok(Math.abs(error) < 1e-4, `${JSON.stringify(settings)} ${loss}: ${error}`);
    }
  }
});

Deno.test("linearisedRate() matches noisy runs loosely", () => {
  const settings = { variant: "simultaneous" as const, instanceNoise: 0.9 };
  const predicted = linearisedRate({ ...settings, lr: 0.2 });
  for (const seed of [1, 2, 3]) {
    const path = diracGan({
      ...settings,
      lr: 0.2,
      steps: 100,
      init: { b1: 1, w2: 0 },
      batchSize: 256,
      loss: "saturating",
      source: seededSource(seed),
    });
    const error = measuredRate(path) - predicted;
    assert.ok(Math.abs(error) < 3e-3, `seed ${seed}: ${error}`);
  }
});

Deno.test("diracJacobian() rejects bad options", () => {
  assert.throws(
    () => diracJacobian({ variant: "simultaneous", lr: -1 }),
    (error: Error) =>
      error instanceof RangeError &&
      error.message ===
        "Cannot compute the Dirac GAN Jacobian as options.lr must be positive: options.lr=-1",
  );
  assert.throws(() => linearisedRate({ variant: 1 as never, lr: 1 }), TypeError);
});
