// The `bench` task: measures training throughput against the numpy reference, peak memory of
// training with history, and the execution time of each notebook, then prints the figures as
// tables followed by one line of JSON, and writes the same JSON, indented, to
// .test-output/bench.json. docs/benchmarks.md records the figures of one run and how to read
// them.
//
// Usage: deno task bench [--runs=N] [--only=throughput,memory,build]

import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "../scripts/_project.ts";
import { measureBuildTimes } from "./build_time.ts";
import { measureMemory } from "./memory.ts";
import { ensureBenchRequirements, runPythonJson } from "./_python.ts";
import { type BenchResult, formatReport } from "./report.ts";
import { measureThroughput } from "./throughput.ts";
import { WORKLOAD } from "./_workload.ts";

const SECTIONS = ["throughput", "memory", "build"];
const MEMORY_STEPS = [100_000, 1_000_000];
const OUTPUT = join(ROOT, ".test-output", "bench.json");

function parseFlags(args: string[]): { runs: number; only: string[] } {
  const flags = parseArgs({
    args,
    options: {
      runs: { type: "string", default: "5" },
      only: { type: "string", default: SECTIONS.join(",") },
    },
  }).values;
  const runs = Number(flags.runs);
  if (!(Number.isInteger(runs) && runs > 0)) {
    throw new RangeError(
      `Cannot run the benchmark as --runs must be a positive integer: --runs=${flags.runs}`,
    );
  }
  const only = flags.only.split(",").map((name) => name.trim()).filter((name) => name);
  const unknown = only.filter((name) => !SECTIONS.includes(name));
  if (only.length === 0 || unknown.length > 0) {
    throw new RangeError(
      `Cannot run the benchmark as --only must list some of ${SECTIONS.join(", ")}: ` +
        `--only=${flags.only}`,
    );
  }
  return { runs, only };
}

async function main(args: string[]): Promise<number> {
  const { runs, only } = parseFlags(args);
  await ensureBenchRequirements();
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: await runPythonJson("machine.py", []),
    deno: Deno.version.deno,
  };
  if (only.includes("throughput")) {
    result.throughput = await measureThroughput(runs, WORKLOAD.steps);
  }
  if (only.includes("memory")) result.memory = await measureMemory(MEMORY_STEPS);
  if (only.includes("build")) result.build = await measureBuildTimes();

  Deno.mkdirSync(join(ROOT, ".test-output"), { recursive: true });
  Deno.writeTextFileSync(OUTPUT, JSON.stringify(result, null, 2) + "\n");
  console.log("\n" + formatReport(result) + "\n");
  console.log(JSON.stringify(result));
  console.log(`\nwrote ${OUTPUT}`);

  // Timings are reported, not enforced; a wrong result is an error.
  const failures: string[] = [];
  if (result.throughput && result.throughput.disagreeing.length > 0) {
    failures.push("the library and the numpy reference ended at different parameters");
  }
  const failed = result.build
    ? [result.build.empty, ...result.build.notebooks].filter((time) => !time.ok)
    : [];
  for (const time of failed) failures.push(`${time.notebook} failed: ${time.error}`);
  for (const failure of failures) console.error(failure);
  return failures.length > 0 ? 1 : 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
