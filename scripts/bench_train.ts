// Measures the training loop's throughput on the standard workload: data N(4, 1.25²), noise
// N(0, 1), k = 1, m = 64, lrD = lrG = 0.01, the default initial parameters (w1 = 1, b1 = 0,
// w2 = 0.1, b2 = 0) and the non-saturating loss. Each run trains 100,000 steps (or the first
// argument) from its own seed and prints steps per second; the last line gives the median.
//
// The runs alternate between the library's `normal` and `_polarNormal` below, which draws the
// same numbers bit for bit (the script checks this) without d3-random's per-draw closure state.
// The gap between the two is the share of the time that sampling costs.
//
// Run: deno run scripts/bench_train.ts [steps] [runs]

import type { Distribution } from "../lib/distributions/distribution.ts";
import { normal } from "../lib/distributions/normal.ts";
import { seededSource, type Source } from "../lib/random.ts";
import { train } from "../lib/train/train.ts";

const steps = Number(Deno.args[0] ?? 100_000);
const runs = Number(Deno.args[1] ?? 5);

// N(mu, sigma²) by Marsaglia's polar method with d3-random's order of operations: each accepted
// pair (x, y) gives mu + sigma·y·f, then mu + sigma·x·f.
function _polarNormal(mu: number, sigma: number): Distribution {
  return {
    ...normal(mu, sigma),
    sampleInto(out: Float64Array, source: Source): Float64Array {
      let i = 0;
      while (i < out.length) {
        let x: number, y: number, r: number;
        do {
          x = source() * 2 - 1;
          y = source() * 2 - 1;
          r = x * x + y * y;
        } while (!r || r > 1);
        const f = Math.sqrt(-2 * Math.log(r) / r);
        out[i++] = mu + sigma * y * f;
        if (i < out.length) out[i++] = mu + sigma * x * f;
      }
      return out;
    },
  };
}

const samplers = {
  "lib normal": { data: normal(4, 1.25), noise: normal(0, 1) },
  "polar normal": { data: _polarNormal(4, 1.25), noise: _polarNormal(0, 1) },
};
const rates: Record<string, number[]> = { "lib normal": [], "polar normal": [] };
const finals: Record<string, string[]> = { "lib normal": [], "polar normal": [] };

for (let run = 0; run < runs; run++) {
  for (const [name, { data, noise }] of Object.entries(samplers)) {
    const start = performance.now();
    const result = train({ data, noise, source: seededSource(run), steps, lrD: 0.01, lrG: 0.01 });
    const seconds = (performance.now() - start) / 1000;
    rates[name].push(steps / seconds);
    finals[name].push(JSON.stringify(result.final));
    const { w1, b1 } = result.final;
    console.log(
      `run ${run}, ${name}: ${steps} steps in ${seconds.toFixed(3)} s = ` +
        `${Math.round(steps / seconds)} steps/s (final w1 ${w1.toFixed(3)}, b1 ${b1.toFixed(3)})`,
    );
  }
}

const same = finals["lib normal"].every((final, run) => final === finals["polar normal"][run]);
console.log(`same final parameters with both samplers: ${same}`);
for (const [name, values] of Object.entries(rates)) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`${name}: median ${Math.round(median)} steps/s over ${runs} runs`);
}
