import assert from "node:assert/strict";
import { decimateSeries, movingAverage } from "../../lib/plot/_series.ts";

Deno.test("decimateSeries() keeps short series whole", () => {
  const points = decimateSeries([0, 1, 2], [5, 6, Infinity], 10);
  assert.deepEqual(points, [{ step: 0, value: 5 }, { step: 1, value: 6 }, { step: 2, value: NaN }]);
});

Deno.test("decimateSeries() keeps each bucket's extremes", () => {
  const steps = Array.from({ length: 1000 }, (_, i) => i);
  const values = steps.map(Math.sin);
  values[437] = 100;
  values[812] = -100;
  const points = decimateSeries(steps, values, 100);
  assert.ok(points.length <= 100);
  assert.ok(points.some((point) => point.step === 437 && point.value === 100));
  assert.ok(points.some((point) => point.step === 812 && point.value === -100));
  for (let i = 1; i < points.length; i++) assert.ok(points[i].step > points[i - 1].step);
});

Deno.test("decimateSeries() keeps a gap for non-finite values", () => {
  const steps = Array.from({ length: 1000 }, (_, i) => i);
  const values = steps.map((i) => (i >= 500 ? NaN : i));
  const points = decimateSeries(steps, values, 100);
  assert.ok(points.some((point) => Number.isNaN(point.value)));
  assert.ok(points.length <= 100);
});

Deno.test("movingAverage() averages a centred window", () => {
  assert.deepEqual([...movingAverage([1, 2, 3, 4, 5], 3)], [1.5, 2, 3, 4, 4.5]);
});

Deno.test("movingAverage() skips non-finite values", () => {
  assert.deepEqual([...movingAverage([1, NaN, 3], 3)], [1, 2, 3]);
  assert.ok(Number.isNaN(movingAverage([NaN, NaN], 1)[0]));
});
