import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { seededSource } from "../../lib/random.ts";
import type { TrainRecord } from "../../lib/train/history.ts";
import { train } from "../../lib/train/train.ts";
import { _trainInChunks } from "../../lib/experiments/_chunks.ts";

const options = { data: normal(4, 1.25), steps: 1000, lrD: 0.01, lrG: 0.01, quadratic: true };

Deno.test("_trainInChunks() repeats a single run", async () => {
  const single = train({ ...options, source: seededSource(3) });
  const chunked = await _trainInChunks(
    "test",
    { ...options, source: seededSource(3) },
    7,
    undefined,
  );
  assert.deepEqual(chunked.final, single.final);
  assert.equal(chunked.steps, 1000);
});

Deno.test("_trainInChunks() joins the histories", async () => {
  const result = await _trainInChunks(
    "test",
    { ...options, source: seededSource(3), historySize: 100 },
    4,
    undefined,
  );
  const steps = Array.from(result.history.step);
  assert.equal(steps.length, 100);
  assert.equal(steps[0], 0);
  assert.equal(steps[99], 999);
  assert.ok(steps.every((step, i) => i === 0 || step > steps[i - 1]));
  // Row 25 opens the second chunk (steps 250 to 499) with the first chunk's final parameters.
  assert.equal(steps[25], 250);
  const single = train({ ...options, steps: 250, source: seededSource(3) });
  assert.equal(result.history.w1[25], single.final.w1);
});

Deno.test("_trainInChunks() keeps a single run's rows", async () => {
  const settings = { ...options, historySize: 100 };
  const single = train({ ...settings, source: seededSource(3) });
  const chunked = await _trainInChunks(
    "test",
    { ...settings, source: seededSource(3) },
    7,
    undefined,
    "single run",
  );
  assert.deepEqual(chunked.history, single.history);
  assert.deepEqual(chunked.final, single.final);
});

Deno.test("_trainInChunks() awaits its callback", async () => {
  const seen: number[] = [];
  let pending = 0;
  const onChunk = async (record: TrainRecord) => {
    assert.equal(pending, 0);
    pending++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    seen.push(record.step);
    pending--;
  };
  await _trainInChunks("test", { ...options, source: seededSource(3) }, 4, onChunk);
  assert.deepEqual(seen, [249, 499, 749, 999]);
});

Deno.test("_trainInChunks() rejects bad chunks", async () => {
  const settings = { ...options, source: seededSource(3) };
  await assert.rejects(
    () => _trainInChunks("train", settings, 1001, undefined),
    /Cannot train as chunks must be at most steps \(1000\): chunks=1001/,
  );
  await assert.rejects(() => _trainInChunks("train", settings, 0, undefined), /chunks must be/);
  await assert.rejects(
    () => _trainInChunks("train", { ...settings, onProgress: () => {} }, 2, undefined),
    /onProgress must be omitted \(use onChunk\)/,
  );
  await assert.rejects(
    () => _trainInChunks("train", { ...settings, historySize: 1 }, 2, undefined),
    /Cannot train as historySize must be .*: historySize=1/,
  );
});
