// Runs the main job's command line, scripts/build.ts, in a child process with the permissions the
// `build` task grants, so that tests get what a user running `deno task build` gets.

import { ROOT } from "../../scripts/_project.ts";

/** The exit code and output of one run of scripts/build.ts. */
export interface BuildRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/build.ts on the notebooks in `dir`, writing into `out`. */
export async function runBuild(
  dir: string,
  out: string,
  options: { timeout?: number } = {},
): Promise<BuildRun> {
  const args = [
    "run",
    "--allow-read=.",
    "--allow-write=.",
    "--allow-env=PATH",
    "--allow-run=.venv/bin/python",
    "scripts/build.ts",
    `--dir=${dir}`,
    `--out=${out}`,
  ];
  if (options.timeout !== undefined) args.push(`--timeout=${options.timeout}`);
  const result = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  return {
    code: result.code,
    stdout: decoder.decode(result.stdout),
    stderr: decoder.decode(result.stderr),
  };
}
