// Training throughput on the standard workload: the library's `train` against the numpy
// reference (bench/reference.py). Runs alternate between the two, each in a fresh process with
// its own seed, so that both see the same load on a shared machine; each process times only its
// training loop, without start-up and imports, in wall-clock and in CPU seconds. The report
// gives the median steps per second of each, their ratios, and the final parameters, which must
// agree between the two. On a loaded machine the CPU-time figures vary less, because they leave
// out the time a process waits for a CPU.

import { join } from "node:path";
import { PYTHON } from "../scripts/_project.ts";
import { BENCH, denoScript, runMeasured } from "./_python.ts";
import { disagreeingParameters, median, summarize, type Summary } from "./stats.ts";

/** The final parameters of one run. */
export type FinalParams = { w1: number; b1: number; w2: number; b2: number };

/** One timed run of one implementation. */
export type Run = {
  seed: number;
  seconds: number;
  cpuSeconds: number;
  stepsPerSecond: number;
  stepsPerCpuSecond: number;
  final: FinalParams;
};

/** The runs of one implementation and what they sum up to. */
export type ImplementationResult = {
  runs: Run[];
  medianStepsPerSecond: number;
  medianStepsPerCpuSecond: number;
  /** Mean and standard deviation over the runs of each final parameter. */
  final: Record<keyof FinalParams, Summary>;
};

/** The result of {@link measureThroughput}. */
export type ThroughputResult = {
  steps: number;
  library: ImplementationResult;
  numpy: ImplementationResult & { version: string };
  /** Median library throughput over median numpy throughput, in wall-clock time. */
  ratio: number;
  /** The same ratio in CPU time. */
  cpuRatio: number;
  /** Largest allowed gap between the two mean final values of a parameter. */
  tolerance: number;
  /** Parameters whose mean final values differ by more than the tolerance; empty if none. */
  disagreeing: string[];
};

type ChildReport = { seconds: number; cpuSeconds: number; final: FinalParams; numpy?: string };

// The final parameters vary from seed to seed by about 0.01 (b1, w1) or less (w2, b2) at the
// standard workload; a gap of 0.1 between the means over the runs would be a different result.
const TOLERANCE = 0.1;

function toRun(seed: number, steps: number, report: ChildReport): Run {
  return {
    seed,
    seconds: report.seconds,
    cpuSeconds: report.cpuSeconds,
    stepsPerSecond: steps / report.seconds,
    stepsPerCpuSecond: steps / report.cpuSeconds,
    final: report.final,
  };
}

function summarizeRuns(runs: Run[]): ImplementationResult {
  const names = ["w1", "b1", "w2", "b2"] as const;
  const final = {} as Record<keyof FinalParams, Summary>;
  for (const name of names) final[name] = summarize(runs.map((run) => run.final[name]));
  return {
    runs,
    medianStepsPerSecond: median(runs.map((run) => run.stepsPerSecond)),
    medianStepsPerCpuSecond: median(runs.map((run) => run.stepsPerCpuSecond)),
    final,
  };
}

/**
 * Times `runs` runs of `steps` steps of each implementation, alternating, with seeds 1 to
 * `runs`, and prints one line per run as it ends.
 */
export async function measureThroughput(runs: number, steps: number): Promise<ThroughputResult> {
  const library: Run[] = [];
  const numpy: Run[] = [];
  let numpyVersion = "";
  for (let seed = 1; seed <= runs; seed++) {
    const [deno, args] = denoScript("train_case.ts", [`--steps=${steps}`, `--seed=${seed}`]);
    const ours = await runMeasured<ChildReport>(deno, args);
    library.push(toRun(seed, steps, ours));

    const reference = join(BENCH, "reference.py");
    const theirs = await runMeasured<ChildReport>(PYTHON, [
      reference,
      `--steps=${steps}`,
      `--seed=${seed}`,
    ]);
    numpy.push(toRun(seed, steps, theirs));
    numpyVersion = theirs.numpy ?? "";

    const rate = (run: Run) =>
      `${Math.round(run.stepsPerSecond)} steps/s (${Math.round(run.stepsPerCpuSecond)} per CPU s)`;
    console.log(
      `throughput run ${seed}/${runs}: library ${rate(library.at(-1)!)}, ` +
        `numpy ${rate(numpy.at(-1)!)}`,
    );
  }

  const ourResult = summarizeRuns(library);
  const theirResult = summarizeRuns(numpy);
  return {
    steps,
    library: ourResult,
    numpy: { ...theirResult, version: numpyVersion },
    ratio: ourResult.medianStepsPerSecond / theirResult.medianStepsPerSecond,
    cpuRatio: ourResult.medianStepsPerCpuSecond / theirResult.medianStepsPerCpuSecond,
    tolerance: TOLERANCE,
    disagreeing: disagreeingParameters(ourResult.final, theirResult.final, TOLERANCE),
  };
}
