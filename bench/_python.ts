// The benchmark's Python side: installs bench/requirements.txt (numpy) into the project's .venv
// on first use, the way scripts/setup.ts installs requirements.txt, and runs the helper scripts
// of bench/ with that Python, each of which prints one JSON line.

import { join } from "node:path";
import { PYTHON, ROOT, run, VENV } from "../scripts/_project.ts";

const REQUIREMENTS = join(ROOT, "bench", "requirements.txt");
const STAMP = join(VENV, ".bench-requirements.sha256");

/** The folder of the benchmark's scripts. */
export const BENCH = join(ROOT, "bench");

async function sha256(path: string): Promise<string> {
  const bytes = await Deno.readFile(path);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function readStamp(): string | undefined {
  try {
    return Deno.readTextFileSync(STAMP);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}

/**
 * Installs bench/requirements.txt into .venv unless the stamp file contains the hash of the current
 * requirements. Needs the .venv that `deno task setup` creates.
 */
export async function ensureBenchRequirements(): Promise<void> {
  const wanted = await sha256(REQUIREMENTS);
  if (readStamp() === wanted) return;
  console.log("bench: installing numpy into .venv (first run only)");
  await run(
    PYTHON,
    ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", REQUIREMENTS],
    "install bench/requirements.txt into .venv",
    { quiet: true },
  );
  Deno.writeTextFileSync(STAMP, wanted);
}

/**
 * Runs a Python script of bench/ with the .venv's Python and returns the JSON object that it
 * prints last. Throws if the script fails, naming it and its exit code.
 */
export async function runPythonJson<T>(script: string, args: string[]): Promise<T> {
  const result = await new Deno.Command(PYTHON, {
    args: [join(BENCH, script), ...args],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  if (!result.success) {
    throw new Error(
      `Failed to run bench/${script} ${args.join(" ")}: exit code ${result.code}\n` +
        decoder.decode(result.stderr),
    );
  }
  const lines = decoder.decode(result.stdout).split("\n").filter((line) => line.trim());
  return JSON.parse(lines[lines.length - 1]) as T;
}

/**
 * Runs a command in a process of its own under bench/peak_rss.py and returns its JSON report
 * with the process's peak resident set size added as `peakRssBytes`. Deno children are started
 * this way too, so that the benchmark needs run access to the .venv's Python only.
 */
export function runMeasured<T>(command: string, args: string[]): Promise<T & PeakRss> {
  return runPythonJson<T & PeakRss>("peak_rss.py", [command, ...args]);
}

/** The field that {@link runMeasured} adds. */
export type PeakRss = { peakRssBytes: number };

/** Arguments that run a script of bench/ with the Deno running this one and no permissions. */
export function denoScript(script: string, args: string[]): [string, string[]] {
  return [Deno.execPath(), ["run", "--quiet", join(BENCH, script), ...args]];
}
