// The main job: executes every notebook in notebooks/ headless with the Deno kernel and writes,
// into build/, the executed notebooks, one HTML page per notebook and an index page. Each
// notebook is built in a staging folder first, so a notebook that fails leaves its last good
// page and executed copy in place; the command then exits non-zero naming the notebook, the
// cell and the error.

import { join } from "node:path";
import { parseArgs } from "node:util";
import { BUILD, jupyterEnv, listNotebooks, NOTEBOOKS, PYTHON, ROOT } from "./_project.ts";
import { writeIndex } from "./_index.ts";

/** One line of scripts/notebooks.py's report. */
export interface NotebookReport {
  notebook: string;
  ok: boolean;
  seconds: number;
  cells: number;
  cell?: number;
  source?: string;
  error?: string;
  /** Formulas of the page that Temml rejected, which the page shows as red source. */
  math_errors?: { source: string; message: string }[];
}

/** Options of {@linkcode buildNotebooks}. */
export interface BuildOptions {
  /** Folder holding the notebooks (default notebooks/). */
  dir?: string;
  /** Notebook file names inside that folder (default: all of them). */
  notebooks?: string[];
  /** Per-cell timeout in seconds (default 120). */
  timeout?: number;
  /** Output folder (default build/). */
  out?: string;
  /** Export HTML pages as well as the executed notebooks (default true). */
  html?: boolean;
}

/**
 * Executes the notebooks (and exports them to HTML) into a staging folder, then moves each
 * notebook's successful outputs into the output folder. Returns one report per notebook.
 */
export async function buildNotebooks(options: BuildOptions = {}): Promise<NotebookReport[]> {
  const dir = options.dir ?? NOTEBOOKS;
  const names = options.notebooks ?? listNotebooks(dir);
  const out = options.out ?? BUILD;
  const staging = join(out, ".staging");
  Deno.mkdirSync(staging, { recursive: true });
  const args = [
    join(ROOT, "scripts", "notebooks.py"),
    ...names.map((name) => join(dir, name)),
    "--out",
    staging,
    "--timeout",
    String(options.timeout ?? 120),
  ];
  if (options.html ?? true) args.push("--template-dir", join(ROOT, "export", "templates"));
  const result = await new Deno.Command(PYTHON, {
    args,
    env: jupyterEnv(),
    stdout: "piped",
    stderr: "piped",
  }).output();
  const lines = new TextDecoder().decode(result.stdout).split("\n").filter((line) => line);
  const reports = lines.map((line) => JSON.parse(line) as NotebookReport);
  if (reports.length !== names.length) {
    const stderr = new TextDecoder().decode(result.stderr);
    throw new Error(`Failed to run scripts/notebooks.py (exit code ${result.code}):\n${stderr}`);
  }
  for (const report of reports.filter((report) => report.ok)) {
    const stem = report.notebook.replace(/\.ipynb$/, "");
    for (const file of [`${stem}.ipynb`, `${stem}.html`]) {
      try {
        Deno.renameSync(join(staging, file), join(out, file));
      } catch (error) {
        if (!(error instanceof Deno.errors.NotFound)) throw error;
      }
    }
  }
  Deno.removeSync(staging, { recursive: true });
  return reports;
}

/** Formats a failed notebook's report as one error message. */
export function describeFailure(report: NotebookReport): string {
  if (report.cell === undefined) return `${report.notebook}: ${report.error}`;
  return `${report.notebook}: cell ${report.cell} (${report.source}) failed: ${report.error}`;
}

/** Builds the notebooks, writes the index and prints a report; returns the exit code. */
async function main(args: string[]): Promise<number> {
  const flags = parseArgs({
    args,
    options: {
      dir: { type: "string", default: NOTEBOOKS },
      out: { type: "string", default: BUILD },
      timeout: { type: "string", default: "120" },
    },
  }).values;
  const timeout = Number(flags.timeout);
  if (!(Number.isInteger(timeout) && timeout > 0)) {
    console.error(
      `Cannot build as --timeout must be a positive integer: --timeout=${flags.timeout}`,
    );
    return 2;
  }
  const started = performance.now();
  const reports = await buildNotebooks({ dir: flags.dir, out: flags.out, timeout });
  writeIndex(flags.out, flags.dir);
  for (const report of reports) {
    const status = report.ok ? "ok    " : "FAILED";
    console.log(`${status} ${report.seconds.toFixed(1).padStart(6)} s  ${report.notebook}`);
    for (const error of report.math_errors ?? []) {
      console.warn(`warning: ${report.notebook}: invalid TeX ${error.source}: ${error.message}`);
    }
  }
  const total = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `wrote ${flags.out}/ (index.html, a page and an executed copy per notebook) in ${total} s`,
  );
  const failures = reports.filter((report) => !report.ok);
  for (const failure of failures) console.error(describeFailure(failure));
  if (failures.length > 0) {
    console.error("The pages of the failed notebooks were not replaced: the last good ones stay.");
    return 1;
  }
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
