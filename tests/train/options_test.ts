import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { seededSource } from "../../lib/random.ts";
import type { TrainOptions } from "../../lib/train/options.ts";
import { train } from "../../lib/train/train.ts";

const valid: TrainOptions = {
  data: normal(4, 1.25),
  source: seededSource(1),
  steps: 10,
  lrD: 0.01,
  lrG: 0.01,
};

// Each case replaces some options of a valid set and names the error train() must throw.
const cases: [Record<string, unknown>, ErrorConstructor, string][] = [
  [{ data: undefined }, TypeError, "data must be a distribution with sampleInto: data=undefined"],
  [
    { data: [1, 2] },
    TypeError,
    "data must be a distribution with sampleInto: data=an array of length 2",
  ],
  [
    { noise: { name: "z" } },
    TypeError,
    'noise must be a distribution with sampleInto: noise={"name":"z"}',
  ],
  [{ source: 42 }, TypeError, "source must be a function: source=42"],
  [{ source: undefined }, TypeError, "source must be a function: source=undefined"],
  [{ steps: 0 }, RangeError, "steps must be an integer >= 1: steps=0"],
  [{ steps: 2.5 }, RangeError, "steps must be an integer >= 1: steps=2.5"],
  [{ steps: "10" }, TypeError, 'steps must be a number: steps="10"'],
  [{ batchSize: 0 }, RangeError, "batchSize must be an integer >= 1: batchSize=0"],
  [{ batchSize: Infinity }, RangeError, "batchSize must be a finite number: batchSize=Infinity"],
  [{ k: -1 }, RangeError, "k must be an integer >= 1: k=-1"],
  [{ lrD: 0 }, RangeError, "lrD must be positive: lrD=0"],
  [{ lrD: NaN }, RangeError, "lrD must be a finite number: lrD=NaN"],
  [{ lrG: -0.01 }, RangeError, "lrG must be positive: lrG=-0.01"],
  [{ lrG: undefined }, TypeError, "lrG must be a number: lrG=undefined"],
  [{ loss: "wgan" }, RangeError, 'loss must be one of "saturating", "non-saturating": loss="wgan"'],
  [{ loss: 2 }, TypeError, 'loss must be one of "saturating", "non-saturating": loss=2'],
  [{ init: 1 }, TypeError, "init must be an object { w1?, b1?, w2?, b2?, c2? }: init=1"],
  [{ init: { w1: NaN } }, RangeError, "init.w1 must be a finite number: init.w1=NaN"],
  [
    { init: { w3: 1 } },
    RangeError,
    "init.w3 must be a known parameter (w1, b1, w2, b2, c2): init.w3=1",
  ],
  [
    { init: { toString: 1 } },
    RangeError,
    "init.toString must be a known parameter (w1, b1, w2, b2, c2): init.toString=1",
  ],
  [{ quadratic: "yes" }, TypeError, 'quadratic must be a boolean: quadratic="yes"'],
  [{ freezeNoise: [] }, RangeError, "freezeNoise.length must be non-empty: freezeNoise.length=0"],
  [
    { freezeNoise: [0, NaN] },
    RangeError,
    "freezeNoise[1] must be a finite number: freezeNoise[1]=NaN",
  ],
  [
    { freezeNoise: [0, 1], noise: normal(0, 1) },
    RangeError,
    'noise must be omitted when freezeNoise is given: noise={"name":"N(0, 1²)","mean":0,"variance":1}',
  ],
  [{ historySize: 1 }, RangeError, "historySize must be an integer >= 2: historySize=1"],
  [{ onProgress: "log" }, TypeError, 'onProgress must be a function: onProgress="log"'],
  [{ progressEvery: 0 }, RangeError, "progressEvery must be an integer >= 1: progressEvery=0"],
  [
    { lr: 0.01 },
    RangeError,
    "lr must be a known option (data, noise, source, steps, batchSize, k, lrD, lrG, loss, init, quadratic, freezeNoise, historySize, onProgress, progressEvery): lr=0.01",
  ],
];

Deno.test("train() rejects bad options", () => {
  for (const [patch, type, text] of cases) {
    const options = { ...valid, ...patch } as TrainOptions;
    const expected = `Cannot train as ${text}`;
    assert.throws(
      () => train(options),
      (error: Error) => error instanceof type && error.message === expected,
      `${JSON.stringify(Object.keys(patch))}: expected ${type.name} "${expected}"`,
    );
  }
});

Deno.test("train() rejects a missing options object", () => {
  assert.throws(() => train(undefined as never), {
    name: "TypeError",
    message: "Cannot train as options must be an object: options=undefined",
  });
});

Deno.test("train() accepts the valid options", () => {
  assert.equal(train(valid).steps, 10);
});
