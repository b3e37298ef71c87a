// Times lib/_inline_math.ts against Math.exp and Math.log in loops shaped like their callers: the
// gradient loop of the loss kernels, which sums 1/(1 + e^u) over a batch, and the polar normal
// sampler, which computes √(−2·ln(r)/r). Each benchmark runs one batch of 128 values, so the time
// per value is the reported time over 128.
//
// Usage: deno bench bench/inline_math_bench.ts

import { _exp, _log } from "../lib/_inline_math.ts";
import { seededSource } from "../lib/random.ts";

const BATCH = 128;
const source = seededSource(1);

// Logits of the standard workload's discriminator are within a few units of 0.
const logits = Float64Array.from({ length: BATCH }, () => 6 * source() - 3);

// Squared radii of points in the unit disc, as the polar sampler draws them.
const radii = Float64Array.from({ length: BATCH }, () => 1 - source());

// Each benchmark adds its result here, so that the compiler cannot drop the loop.
let sink = 0;

Deno.bench("Math.exp in the kernels' sigmoid loop", { group: "exp", baseline: true }, () => {
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += 1 / (1 + Math.exp(logits[i]));
  sink += sum;
});

Deno.bench("_exp in the kernels' sigmoid loop", { group: "exp" }, () => {
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += 1 / (1 + _exp(logits[i]));
  sink += sum;
});

Deno.bench("Math.log in the polar sampler's factor", { group: "log", baseline: true }, () => {
  let sum = 0;
  for (let i = 0; i < radii.length; i++) sum += Math.sqrt(-2 * Math.log(radii[i]) / radii[i]);
  sink += sum;
});

Deno.bench("_log in the polar sampler's factor", { group: "log" }, () => {
  let sum = 0;
  for (let i = 0; i < radii.length; i++) sum += Math.sqrt(-2 * _log(radii[i]) / radii[i]);
  sink += sum;
});

globalThis.addEventListener("unload", () => {
  if (!Number.isFinite(sink)) throw new Error(`The benchmark sums are not finite: ${sink}`);
});
