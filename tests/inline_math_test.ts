import assert from "node:assert/strict";
import { _exp, _log } from "../lib/_inline_math.ts";
import { seededSource } from "../lib/random.ts";

const ULP_OF_ONE = 2 ** -52;
const SMALLEST_NORMAL = 2 ** -1022;
const SMALLEST_SUBNORMAL = 2 ** -1074;

// The distance from `actual` to `expected` in units in the last place of `expected`, a normal
// double: the spacing of doubles at its binary exponent e is 2^(e − 52).
function ulpsApart(actual: number, expected: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(expected));
  const exponent = (view.getUint16(0) >> 4) - 1023; // the 11 bits after the sign bit
  return Math.abs(actual - expected) / 2 ** (exponent - 52);
}

// Points spread over [from, to): a fixed grid and seeded uniform draws.
function testPoints(from: number, to: number, count: number, seed: number): number[] {
  const source = seededSource(seed);
  const points: number[] = [];
  for (let i = 0; i < count; i++) {
    points.push(from + (to - from) * (i / count));
    points.push(from + (to - from) * source());
  }
  return points;
}

Deno.test("_exp() is within one ulp of Math.exp", () => {
  let worst = 0;
  for (const x of [...testPoints(-708, 709.78, 500_000, 1), ...testPoints(-2, 2, 200_000, 2)]) {
    const expected = Math.exp(x);
    if (expected < SMALLEST_NORMAL) continue;
    worst = Math.max(worst, ulpsApart(_exp(x), expected));
  }
  assert.ok(worst <= 1, `largest gap ${worst} ulp`);
});

Deno.test("_exp() is exact at 0 and close near it", () => {
  assert.equal(_exp(0), 1);
  assert.equal(_exp(-0), 1);
  for (const x of [1e-300, -1e-300, 2 ** -60, -(2 ** -60), 1e-10, -1e-10]) {
    assert.ok(ulpsApart(_exp(x), Math.exp(x)) <= 1, `x=${x}`);
  }
});

Deno.test("_exp() overflows and underflows like Math.exp", () => {
  for (const x of [709.782712893384, 709.7827128933841, 710, 1000, 1e308, Infinity]) {
    assert.equal(_exp(x), Math.exp(x), `x=${x}`);
  }
  for (const x of [-745.2, -746, -1000, -1e308, -Infinity]) {
    assert.equal(_exp(x), 0, `x=${x}`);
  }
  assert.ok(Number.isNaN(_exp(NaN)));
});

Deno.test("_exp() subnormal results are within one step", () => {
  for (const x of testPoints(-745.1, -708.4, 100_000, 3)) {
    const gap = Math.abs(_exp(x) - Math.exp(x)) / SMALLEST_SUBNORMAL;
    assert.ok(gap <= 1, `x=${x}: ${gap} steps`);
  }
});

Deno.test("_exp() gives the sigmoid's limits", () => {
  assert.equal(1 / (1 + _exp(800)), 0);
  assert.equal(1 / (1 + _exp(-800)), 1);
});

Deno.test("_log() is within one ulp of Math.log", () => {
  let worst = 0;
  const source = seededSource(4);
  const points = [...testPoints(2 ** -20, 1, 500_000, 5), ...testPoints(0.5, 2, 200_000, 6)];
  // the polar sampler's r can be as small as 2^−106, and the function takes any normal double
  for (let i = 0; i < 200_000; i++) points.push(source() ** 40, 2 ** (2046 * source() - 1022));
  for (const x of points) {
    if (x < SMALLEST_NORMAL || x === 1) continue;
    worst = Math.max(worst, ulpsApart(_log(x), Math.log(x)));
  }
  assert.ok(worst <= 1, `largest gap ${worst} ulp`);
});

Deno.test("_log() is within one ulp below powers of 2", () => {
  // Results just below 2, 4, 8, … are where a sum rounded too early lands on the coarser spacing
  // above the power of 2. Each x here gives ln x in [2^j·(1 − 2^−5), 2^j).
  let worst = 0;
  for (let j = 0; j <= 9; j++) {
    const from = Math.exp(2 ** j * (1 - 2 ** -5));
    for (const x of testPoints(from, Math.exp(2 ** j), 100_000, 7 + j)) {
      worst = Math.max(worst, ulpsApart(_log(x), Math.log(x)));
    }
  }
  assert.ok(worst <= 1, `largest gap ${worst} ulp`);
});

Deno.test("_log() covers the ends of the normal range", () => {
  const ends = [SMALLEST_NORMAL, 1.5 * SMALLEST_NORMAL, 2 ** 1023, 1.5 * 2 ** 1023];
  for (const x of [...ends, Math.SQRT2 * 2 ** 1023, Number.MAX_VALUE]) {
    assert.ok(ulpsApart(_log(x), Math.log(x)) <= 1, `x=${x}: ${_log(x)} vs ${Math.log(x)}`);
  }
});

Deno.test("_log() is exact at 1 and at powers of 2", () => {
  assert.equal(_log(1), 0);
  for (let k = -1022; k <= 1023; k++) {
    const expected = Math.log(2 ** k);
    if (k === 0) continue;
    assert.ok(ulpsApart(_log(2 ** k), expected) <= 0.5, `k=${k}`);
  }
});

Deno.test("_log() is accurate next to 1 and to √½", () => {
  const neighbours = [1 - 2 ** -53, 1 - 2 ** -52, 1 + 2 ** -52, 1 - 1e-9, 1 + 1e-9];
  for (const x of [...neighbours, Math.SQRT1_2, Math.SQRT1_2 * (1 - ULP_OF_ONE), Math.SQRT2]) {
    assert.ok(ulpsApart(_log(x), Math.log(x)) <= 1, `x=${x}: ${_log(x)} vs ${Math.log(x)}`);
  }
});
