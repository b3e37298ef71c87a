import assert from "node:assert/strict";
import { createProgress } from "../../lib/display/progress.ts";
import type { DisplayOptions } from "../../lib/display/show.ts";

function recorder() {
  const calls: [Record<string, string>, DisplayOptions][] = [];
  const display = (bundle: Record<string, string>, options: DisplayOptions) => {
    calls.push([bundle, options]);
    return Promise.resolve();
  };
  return { calls, display };
}

Deno.test("createProgress() creates one display, then updates it", async () => {
  const { calls, display } = recorder();
  let time = 0;
  const progress = createProgress("training", { display, now: () => time });
  await progress.update("starting");
  time = 500;
  await progress.update({ step: 100, lossD: 1.38629 });
  await progress.done("200 steps");
  assert.deepEqual(calls, [
    [{ "text/plain": "training: starting" }, { raw: true, display_id: progress.id }],
    [
      { "text/plain": "training: step 100, lossD 1.386" },
      { raw: true, display_id: progress.id, update: true },
    ],
    [{ "text/plain": "training: 200 steps" }, { raw: true, display_id: progress.id, update: true }],
  ]);
});

Deno.test("createProgress() throttles updates", async () => {
  const { calls, display } = recorder();
  let time = 0;
  const progress = createProgress("training", { display, now: () => time, minInterval: 100 });
  for (let step = 0; step < 1000; step++) {
    time = step; // one update per millisecond
    await progress.update({ step });
  }
  assert.equal(calls.length, 10);
  assert.equal(calls[1][0]["text/plain"], "training: step 100");
});

Deno.test("createProgress() always shows done", async () => {
  const { calls, display } = recorder();
  const progress = createProgress("run", { display, now: () => 0 });
  await progress.update("a");
  await progress.update("b");
  await progress.done("finished");
  assert.deepEqual(calls.map(([bundle]) => bundle["text/plain"]), ["run: a", "run: finished"]);
  await progress.update("late");
  assert.equal(calls.length, 2);
  assert.equal(progress.text, "run: finished");
});

Deno.test("createProgress() ids follow a counter", () => {
  const first = createProgress("a");
  const second = createProgress("b");
  const number = (id: string) => Number(/^lineargan-progress-(\d+)$/.exec(id)![1]);
  assert.equal(number(second.id), number(first.id) + 1);
});

Deno.test("createProgress() works outside Jupyter", async () => {
  const progress = createProgress("offline");
  await progress.update({ step: 1, accuracyD: 0.5 });
  assert.equal(progress.text, "offline: step 1, accuracyD 0.5");
});

Deno.test("createProgress() rejects bad input", async () => {
  assert.throws(() => createProgress(""), {
    name: "RangeError",
    message: 'Cannot create a progress display as label must be non-blank: label=""',
  });
  assert.throws(() => createProgress("x", { minInterval: -1 }), {
    name: "RangeError",
    message: "Cannot create a progress display as minInterval must be non-negative: minInterval=-1",
  });
  const progress = createProgress("x");
  await assert.rejects(() => progress.update({ step: [1] as unknown as number }), {
    name: "TypeError",
    message: "Cannot update a progress display as value.step must be a number or a string: " +
      "value.step=an array of length 1",
  });
});
