// Peak memory of training with history recording on: the standard workload at several step
// counts, each in a fresh process. The history keeps at most `historySize` rows (1000 by
// default) whatever the number of steps, so ten times more steps should cost almost no more
// memory; the report checks that the peak resident set grows by at most 10%.

import { denoScript, runMeasured } from "./_python.ts";
import { isBounded } from "./stats.ts";

/** One measured step count. */
export type MemoryCase = {
  steps: number;
  seconds: number;
  historyRows: number;
  /** The process's peak resident set size (the kernel's high-water mark), in bytes. */
  peakRssBytes: number;
  /** The largest V8 heap in use among the samples taken every 1% of the steps, in bytes. */
  heapUsedPeakBytes: number;
};

/** The result of {@link measureMemory}. */
export type MemoryResult = {
  cases: MemoryCase[];
  /** Largest allowed growth of the peak RSS from the first case to the last, as a fraction. */
  maxGrowth: number;
  /** Growth of the peak RSS from the first case to the last, as a fraction. */
  growth: number;
  bounded: boolean;
};

const MAX_GROWTH = 0.1;

/** Trains once per step count, in increasing order, each in a fresh process, seed 1. */
export async function measureMemory(stepCounts: number[]): Promise<MemoryResult> {
  const cases: MemoryCase[] = [];
  for (const steps of [...stepCounts].sort((a, b) => a - b)) {
    const [deno, args] = denoScript("train_case.ts", [`--steps=${steps}`, "--seed=1", "--memory"]);
    const report = await runMeasured<MemoryCase>(deno, args);
    cases.push({
      steps,
      seconds: report.seconds,
      historyRows: report.historyRows,
      peakRssBytes: report.peakRssBytes,
      heapUsedPeakBytes: report.heapUsedPeakBytes,
    });
    console.log(
      `memory ${steps} steps: peak RSS ${(report.peakRssBytes / 2 ** 20).toFixed(1)} MiB`,
    );
  }
  const first = cases[0].peakRssBytes;
  const last = cases[cases.length - 1].peakRssBytes;
  return {
    cases,
    maxGrowth: MAX_GROWTH,
    growth: last / first - 1,
    bounded: isBounded(first, last, MAX_GROWTH),
  };
}
