import assert from "node:assert/strict";
import { normal } from "../../lib/distributions/normal.ts";
import { sweep, sweepSuccesses, sweepTraining } from "../../lib/experiments/sweep.ts";
import { w1Normal } from "../../lib/metrics/wasserstein.ts";
import { seededSource } from "../../lib/random.ts";
import { train } from "../../lib/train/train.ts";

const data = normal(4, 1.25);
const target = { mu: 4, sigma: 1.25 };

Deno.test("sweep() fills the grid row by row", async () => {
  const cells = await sweep(
    { rows: ["a", "b"], columns: [1, 2, 3] },
    (row, column) => row === "a" ? column : 10 * column,
  );
  assert.deepEqual(cells.map((cell) => [cell.y, cell.x, cell.value]), [
    ["a", 1, 1],
    ["a", 2, 2],
    ["a", 3, 3],
    ["b", 1, 10],
    ["b", 2, 20],
    ["b", 3, 30],
  ]);
});

Deno.test("sweep() awaits progress after each cell", async () => {
  const calls: string[] = [];
  await sweep({ rows: [1, 2], columns: [1] }, (row) => {
    calls.push(`run ${row}`);
    return row;
  }, {
    onProgress: async (done, total) => {
      await Promise.resolve();
      calls.push(`${done}/${total}`);
    },
  });
  assert.deepEqual(calls, ["run 1", "1/2", "run 2", "2/2"]);
});

Deno.test("sweep() rejects bad grids and results", async () => {
  await assert.rejects(() => sweep({ rows: [], columns: [1] }, () => 0), {
    name: "RangeError",
    message: "Cannot run a sweep as grid.rows must be non-empty: grid.rows=an array of length 0",
  });
  await assert.rejects(() => sweep({ rows: [1, 1], columns: [1] }, () => 0), RangeError);
  await assert.rejects(
    () => sweep({ rows: [1], columns: [2] }, () => "0.5" as unknown as number),
    { name: "TypeError", message: /runOne\(1, 2\) must be a number/ },
  );
});

Deno.test("sweepTraining() scores each run by W1", async () => {
  const base = { data, steps: 300, lrD: 0.05, lrG: 0.05 };
  const cells = await sweepTraining({
    base,
    vary: "lrG",
    values: [0.01, 0.1],
    seeds: [3, 4],
    target,
  });
  assert.deepEqual(cells.map((cell) => [cell.y, cell.x]), [[0.01, 3], [0.01, 4], [0.1, 3], [
    0.1,
    4,
  ]]);
  // The last cell is the run with lrG = 0.1 from seed 4.
  const { final } = train({ ...base, lrG: 0.1, source: seededSource(4) });
  assert.equal(cells[3].value, w1Normal({ mu: final.b1, sigma: Math.abs(final.w1) }, target));
  assert.ok(cells[0].value > 1, `W1 after 300 slow steps: ${cells[0].value}`);
});

Deno.test("sweepTraining() scores divergence as Infinity", async () => {
  const cells = await sweepTraining({
    base: { data, steps: 100, lrD: 0.05, lrG: 0.05 },
    vary: "lrD",
    values: [1e6],
    seeds: [1],
    target,
  });
  assert.equal(cells[0].value, Infinity);
});

Deno.test("sweepTraining() rejects bad options", async () => {
  const base = { data, steps: 10, lrD: 0.05, lrG: 0.05 };
  await assert.rejects(
    () => sweepTraining({ base, vary: "loss" as "lrD", values: [1], seeds: [1], target }),
    { name: "RangeError", message: /vary must be one of lrD, lrG, k, batchSize, steps/ },
  );
  await assert.rejects(
    () => sweepTraining({ base, vary: "lrD", values: [-1], seeds: [1], target }),
    { name: "RangeError", message: /values\[0\] must be positive/ },
  );
  await assert.rejects(
    () => sweepTraining({ base, vary: "k", values: [1.5], seeds: [1], target }),
    RangeError,
  );
  await assert.rejects(
    () =>
      sweepTraining({ base, vary: "lrD", values: [1], seeds: [1], target: { mu: 4, sigma: 0 } }),
    RangeError,
  );
});

Deno.test("sweepSuccesses() counts values below the threshold", () => {
  const cells = [
    { x: 1, y: "slow", value: 0.5 },
    { x: 2, y: "slow", value: 0.7 },
    { x: 1, y: "fast", value: 0.05 },
    { x: 2, y: "fast", value: NaN },
    { x: 3, y: "fast", value: 0.1 },
    { x: 4, y: "fast", value: 0.02 },
  ];
  assert.deepEqual(sweepSuccesses(cells, 0.1), [
    { row: "slow", successes: 0, runs: 2, median: 0.5 },
    { row: "fast", successes: 2, runs: 4, median: 0.05 },
  ]);
  assert.throws(() => sweepSuccesses(cells, Infinity), RangeError);
});
