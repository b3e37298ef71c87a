// Build time: how long the main job (scripts/build.ts's buildNotebooks) spends executing each
// notebook, and an empty notebook run by the same kernel, which is the toolchain's floor: the
// kernel's start, its handshake and its shutdown. One pass over all of them warms the caches
// (Deno's module cache, Python's bytecode) and is discarded; the second pass is reported. The
// empty notebook, which takes about a second, runs three times in that pass and its median is
// reported, because a single start of the kernel varies a lot on a loaded machine.

import { join } from "node:path";
import { buildNotebooks, type NotebookReport } from "../scripts/build.ts";
import { listNotebooks, NOTEBOOKS, ROOT } from "../scripts/_project.ts";
import { median } from "./stats.ts";

/** The execution time of one notebook, as scripts/notebooks.py measures it. */
export type NotebookTime = { notebook: string; ok: boolean; seconds: number; error?: string };

/** The result of {@link measureBuildTimes}. */
export type BuildResult = {
  /** The empty notebook's median execution time: the floor under every notebook's. */
  empty: NotebookTime;
  /** The empty notebook's execution times, in seconds, of which `empty` has the median. */
  emptyRuns: number[];
  /** Each notebook of notebooks/, in file name order; empty if there are none. */
  notebooks: NotebookTime[];
};

const WORK = join(ROOT, ".test-output", "bench");
const EMPTY_DIR = join(WORK, "empty");
const EMPTY_NAME = "empty.ipynb";

function writeEmptyNotebook(): void {
  const notebook = {
    cells: [],
    metadata: {
      kernelspec: { display_name: "Deno", language: "typescript", name: "deno" },
      language_info: { name: "typescript" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  Deno.mkdirSync(EMPTY_DIR, { recursive: true });
  Deno.writeTextFileSync(join(EMPTY_DIR, EMPTY_NAME), JSON.stringify(notebook, null, 1) + "\n");
}

function toTime(report: NotebookReport): NotebookTime {
  const time: NotebookTime = { notebook: report.notebook, ok: report.ok, seconds: report.seconds };
  if (!report.ok) time.error = `cell ${report.cell}: ${report.error}`;
  return time;
}

// The notebooks in notebooks/, or none while that folder is missing (git keeps no empty folder).
function notebookNames(): string[] {
  try {
    return listNotebooks();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
}

async function runEmpty(out: string): Promise<NotebookTime> {
  const [report] = await buildNotebooks({ dir: EMPTY_DIR, out, html: false });
  return toTime(report);
}

async function onePass(names: string[], emptyRepeats: number): Promise<BuildResult> {
  const out = join(WORK, "build");
  const emptyTimes: NotebookTime[] = [];
  for (let repeat = 0; repeat < emptyRepeats; repeat++) emptyTimes.push(await runEmpty(out));
  const reports = names.length === 0
    ? []
    : await buildNotebooks({ dir: NOTEBOOKS, notebooks: names, out, html: false });
  const emptyRuns = emptyTimes.map((time) => time.seconds);
  const failedEmpty = emptyTimes.find((time) => !time.ok);
  const empty = failedEmpty ?? { ...emptyTimes[0], seconds: median(emptyRuns) };
  return { empty, emptyRuns, notebooks: reports.map(toTime) };
}

/**
 * Executes the empty notebook and every notebook in notebooks/ twice, without exporting HTML
 * and writing into .test-output/bench/ (not build/), and returns the second pass's times.
 */
export async function measureBuildTimes(): Promise<BuildResult> {
  writeEmptyNotebook();
  const names = notebookNames();
  console.log(`build: warming the caches on ${names.length} notebook(s) and the empty one`);
  await onePass(names, 1);
  const result = await onePass(names, 3);
  const emptyRuns = result.emptyRuns.map((seconds) => seconds.toFixed(1)).join(", ");
  console.log(`build ${result.empty.notebook}: ${emptyRuns} s`);
  for (const time of result.notebooks) {
    const status = time.ok ? "" : " (failed)";
    console.log(`build ${time.notebook}: ${time.seconds.toFixed(1)} s${status}`);
  }
  return result;
}
