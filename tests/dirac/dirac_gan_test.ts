import assert from "node:assert/strict";
import { diracGan } from "../../lib/dirac/dirac_gan.ts";
import { diracDiscriminatorLoss, diracGeneratorLoss } from "../../lib/dirac/loss.ts";
import { seededSource } from "../../lib/random.ts";
import { assertClose } from "../model/_gradient_check.ts";

const base = { lr: 0.3, steps: 1, init: { b1: 0.8, w2: -0.6 }, source: seededSource(1) };

Deno.test("diracGan() simultaneous step uses the old point", () => {
  const path = diracGan({ ...base, variant: "simultaneous", r1: 0.1 });
  const gradientD = diracDiscriminatorLoss(base.init, { r1: 0.1 }).derivative;
  const gradientG = diracGeneratorLoss(base.init).derivative;
  assert.deepEqual([path.b1[0], path.w2[0]], [0.8, -0.6]);
  assertClose(path.w2[1], -0.6 - 0.3 * gradientD, "w2");
  assertClose(path.b1[1], 0.8 - 0.3 * gradientG, "b1");
});

Deno.test("diracGan() alternating step answers the new D", () => {
  const path = diracGan({ ...base, variant: "alternating", loss: "saturating" });
  const w2 = -0.6 - 0.3 * diracDiscriminatorLoss(base.init).derivative;
  const gradientG = diracGeneratorLoss({ b1: 0.8, w2 }, { loss: "saturating" }).derivative;
  assertClose(path.w2[1], w2, "w2");
  assertClose(path.b1[1], 0.8 - 0.3 * gradientG, "b1");
});

Deno.test("diracGan() radius is √(b1² + 2·w2²)", () => {
  const path = diracGan({ ...base, variant: "simultaneous", steps: 20 });
  assert.equal(path.radius.length, 21);
  for (let k = 0; k <= 20; k++) {
    assertClose(path.radius[k], Math.sqrt(path.b1[k] ** 2 + 2 * path.w2[k] ** 2), `radius ${k}`);
  }
});

Deno.test("diracGan() ignores the source without noise", () => {
  let calls = 0;
  const source = () => (calls++, 0.5);
  diracGan({ ...base, variant: "simultaneous", steps: 10, source });
  assert.equal(calls, 0);
});

Deno.test("diracGan() with noise is repeatable", () => {
  const options = { ...base, variant: "simultaneous" as const, steps: 50, instanceNoise: 0.5 };
  const first = diracGan({ ...options, source: seededSource(7) });
  const second = diracGan({ ...options, source: seededSource(7) });
  assert.deepEqual(first.b1, second.b1);
  assert.notDeepEqual(first.b1, diracGan({ ...options, source: seededSource(8) }).b1);
});

Deno.test("diracGan() variants move as the paper says", () => {
  const common = { lr: 0.2, steps: 300, init: { b1: 1, w2: 0 }, loss: "saturating" as const };
  const run = (extra: object) =>
    diracGan({ ...common, variant: "simultaneous", source: seededSource(2), ...extra }).radius;
  assert.ok(run({})[300] > 1.5); // spirals out
  const circling = run({ variant: "alternating" });
  assert.ok(Math.min(...circling) > 0.95); // circles
  assert.ok(Math.max(...circling) < 1.05);
  assert.ok(run({ r1: 0.2 })[300] < 0.01); // converges
  assert.ok(run({ instanceNoise: 0.9, batchSize: 256 })[300] < 0.1); // converges to its noise
});

Deno.test("diracGan() rejects bad options", () => {
  const cases: [object, ErrorConstructor, string][] = [
    [
      { variant: "both" },
      RangeError,
      'options.variant must be one of "simultaneous", "alternating": options.variant="both"',
    ],
    [{ lr: 0 }, RangeError, "options.lr must be positive: options.lr=0"],
    [{ steps: 1.5 }, RangeError, "options.steps must be an integer >= 1: options.steps=1.5"],
    [
      { instanceNoise: -1 },
      RangeError,
      "options.instanceNoise must be non-negative: options.instanceNoise=-1",
    ],
    [{ init: { b1: 0 } }, TypeError, "options.init.w2 must be a number: options.init.w2=undefined"],
    [{ source: 3 }, TypeError, "options.source must be a function: options.source=3"],
  ];
  for (const [change, type, text] of cases) {
    const call = () => diracGan({ ...base, variant: "simultaneous", ...change } as never);
    const expected = `Cannot run the Dirac GAN as ${text}`;
    assert.throws(
      call,
      (error: Error) => error instanceof type && error.message === expected,
      expected,
    );
  }
});

Deno.test("diracGan() stops when the path overflows", () => {
  const call = () =>
    diracGan({ ...base, variant: "simultaneous", lr: 1e300, init: { b1: 1e10, w2: 1e10 } });
  assert.throws(
    call,
    (error: Error) => error instanceof RangeError && /must stay finite/.test(error.message),
  );
});
