// Runs the standard benchmark workload once with the library's `train`, called as the notebooks
// call it (history recording on, at its default size), and prints one JSON line: the wall-clock
// and CPU seconds the call took and the final parameters. With --memory it also samples the heap and the resident set
// at each progress report (every 1% of the steps) and prints the largest values.
//
// It imports only the modules that training needs, not lib/mod.ts, so that the memory figures
// are those of training rather than of the plotting modules a notebook also loads.
//
// Usage: deno run bench/train_case.ts [--steps=N] [--seed=S] [--memory]

import process from "node:process";
import { parseArgs } from "node:util";
import { normal } from "../lib/distributions/normal.ts";
import { seededSource } from "../lib/random.ts";
import { train } from "../lib/train/train.ts";
import { WORKLOAD } from "./_workload.ts";

/** The JSON report that one run prints. */
export type TrainCaseReport = {
  implementation: "library";
  steps: number;
  seed: number;
  seconds: number;
  /** CPU time of the process (user and system, all threads) during the call, in seconds. */
  cpuSeconds: number;
  final: { w1: number; b1: number; w2: number; b2: number };
  historyRows: number;
  /** Largest `Deno.memoryUsage().heapUsed` seen, in bytes (with --memory only). */
  heapUsedPeakBytes?: number;
  /** Largest `Deno.memoryUsage().rss` seen, in bytes (with --memory only). */
  rssSampledPeakBytes?: number;
};

function parseCount(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(
      `Cannot run the benchmark as --${flag} must be an integer of at least ${min}: ` +
        `--${flag}=${text}`,
    );
  }
  return value;
}

/** Trains once and returns the report; `memory` turns the sampling on. */
export function runTrainCase(steps: number, seed: number, memory: boolean): TrainCaseReport {
  let heapUsedPeak = 0;
  let rssPeak = 0;
  const sampleMemory = () => {
    const usage = Deno.memoryUsage();
    heapUsedPeak = Math.max(heapUsedPeak, usage.heapUsed);
    rssPeak = Math.max(rssPeak, usage.rss);
  };

  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = train({
    data: normal(WORKLOAD.mu, WORKLOAD.sigma),
    noise: normal(0, 1),
    source: seededSource(seed),
    steps,
    batchSize: WORKLOAD.batchSize,
    k: 1,
    lrD: WORKLOAD.lr,
    lrG: WORKLOAD.lr,
    loss: "non-saturating",
    init: WORKLOAD.init,
    onProgress: memory ? sampleMemory : undefined,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);

  const { w1, b1, w2, b2 } = result.final;
  const report: TrainCaseReport = {
    implementation: "library",
    steps,
    seed,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    final: { w1, b1, w2, b2 },
    historyRows: result.history.step.length,
  };
  if (memory) {
    sampleMemory();
    report.heapUsedPeakBytes = heapUsedPeak;
    report.rssSampledPeakBytes = rssPeak;
  }
  return report;
}

if (import.meta.main) {
  const flags = parseArgs({
    args: Deno.args,
    options: {
      steps: { type: "string", default: String(WORKLOAD.steps) },
      seed: { type: "string", default: "1" },
      memory: { type: "boolean", default: false },
    },
  }).values;
  const steps = parseCount("steps", flags.steps, 1);
  const seed = parseCount("seed", flags.seed, 0);
  console.log(JSON.stringify(runTrainCase(steps, seed, flags.memory)));
}
