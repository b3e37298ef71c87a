// The benchmark's report as plain-text tables: throughput of the library against numpy, peak
// memory per step count, and execution time per notebook.

import type { BuildResult } from "./build_time.ts";
import type { MemoryResult } from "./memory.ts";
import type { ThroughputResult } from "./throughput.ts";

/** The figures of one `deno task bench`, as printed and written to JSON. */
export type BenchResult = {
  date: string;
  machine: Record<string, string | number>;
  deno: string;
  throughput?: ThroughputResult;
  memory?: MemoryResult;
  build?: BuildResult;
};

/** The library's throughput must be at least this many times numpy's. */
export const TARGET_RATIO = 4;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => row[column].length))
  );
  const line = (row: string[]) =>
    row.map((cell, column) =>
      column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
    )
      .join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)]
    .join("\n");
}

const integer = (value: number) => Math.round(value).toLocaleString("en-US");
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const param = (summary: { mean: number; sd: number }) =>
  `${summary.mean.toFixed(3)} ± ${summary.sd.toFixed(3)}`;

function throughputSection(result: ThroughputResult): string {
  const rows = (["library", "numpy"] as const).map((name) => {
    const implementation = result[name];
    const { w1, b1, w2, b2 } = implementation.final;
    return [
      name === "library" ? "library train()" : `numpy ${result.numpy.version} reference`,
      integer(implementation.medianStepsPerSecond),
      integer(implementation.medianStepsPerCpuSecond),
      implementation.runs.map((run) => integer(run.stepsPerSecond)).join(" "),
      param(w1),
      param(b1),
      param(w2),
      param(b2),
    ];
  });
  const met = (ratio: number) => ratio >= TARGET_RATIO ? "met" : "NOT met";
  const agree = result.disagreeing.length === 0
    ? `agree within ${result.tolerance}`
    : `DISAGREE on ${result.disagreeing.join(", ")} (tolerance ${result.tolerance})`;
  return [
    `Training throughput: standard workload, ${integer(result.steps)} steps per run, ` +
    `${result.library.runs.length} runs each`,
    table(
      [
        "implementation",
        "median steps/s",
        "per CPU s",
        "runs (steps/s)",
        "w1",
        "b1",
        "w2",
        "b2",
      ],
      rows,
    ),
    `ratio library/numpy: ${result.ratio.toFixed(2)}× in wall-clock time ` +
    `(target ≥ ${TARGET_RATIO}×: ${met(result.ratio)}), ${
      result.cpuRatio.toFixed(2)
    }× in CPU time ` +
    `(${met(result.cpuRatio)})`,
    `final parameters (mean ± sd over the runs): ${agree}`,
  ].join("\n");
}

function memorySection(result: MemoryResult): string {
  const rows = result.cases.map((one) => [
    integer(one.steps),
    mib(one.peakRssBytes),
    mib(one.heapUsedPeakBytes),
    String(one.historyRows),
    one.seconds.toFixed(1),
  ]);
  const growth = (result.growth * 100).toFixed(1);
  const verdict = result.bounded ? "bounded" : "NOT bounded";
  return [
    "Peak memory of training with history (fresh process per case)",
    table(["steps", "peak RSS MiB", "peak heap used MiB", "history rows", "seconds"], rows),
    `peak RSS growth from the first to the last case: ${growth}% ` +
    `(at most ${result.maxGrowth * 100}%: ${verdict})`,
  ].join("\n");
}

function buildSection(result: BuildResult): string {
  const rows = [
    [
      "(empty notebook: the floor)",
      result.empty.seconds.toFixed(1),
      result.empty.ok
        ? `ok, median of ${result.emptyRuns.map((seconds) => seconds.toFixed(1)).join(", ")}`
        : `FAILED ${result.empty.error}`,
    ],
    ...result.notebooks.map((time) => [
      time.notebook,
      time.seconds.toFixed(1),
      time.ok ? "ok" : `FAILED ${time.error}`,
    ]),
  ];
  const note = result.notebooks.length === 0 ? "\nnotebooks/ contains no notebook yet" : "";
  return "Build time: execution per notebook in the main job, warm caches\n" +
    table(["notebook", "seconds", "status"], rows) + note;
}

/** Formats the result as the tables that `deno task bench` prints. */
export function formatReport(result: BenchResult): string {
  const machine = result.machine;
  const sections = [
    `Benchmark of ${result.date} on ${machine.cpuModel}, ${machine.logicalCpus} logical CPUs, ` +
    `${(Number(machine.memoryBytes) / 2 ** 30).toFixed(1)} GiB; Deno ${result.deno}, ` +
    `Python ${machine.python}, numpy ${machine.numpy}; load average ${machine.loadAverage1min} ` +
    `at the start`,
  ];
  if (result.throughput) sections.push(throughputSection(result.throughput));
  if (result.memory) sections.push(memorySection(result.memory));
  if (result.build) sections.push(buildSection(result.build));
  return sections.join("\n\n");
}
