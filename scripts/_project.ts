// Paths and environment shared by the build, lab and test scripts. Everything the toolchain
// writes stays inside the project folder: the Python environment in .venv/, Jupyter's config,
// data and runtime files in .jupyter/, the built pages in build/.

import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder (the one holding deno.json). */
export const ROOT = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");
export const VENV = join(ROOT, ".venv");
export const PYTHON = join(VENV, "bin", "python");
export const NOTEBOOKS = join(ROOT, "notebooks");
export const BUILD = join(ROOT, "build");

/**
 * Returns the environment for every Jupyter process the scripts start: the venv first on PATH,
 * and Jupyter's per-user folders redirected into .jupyter/ so nothing is written to the home
 * folder.
 */
export function jupyterEnv(): Record<string, string> {
  const dot = join(ROOT, ".jupyter");
  return {
    PATH: `${join(VENV, "bin")}:${Deno.env.get("PATH") ?? ""}`,
    VIRTUAL_ENV: VENV,
    JUPYTER_CONFIG_DIR: join(dot, "config"),
    JUPYTER_DATA_DIR: join(dot, "data"),
    JUPYTER_RUNTIME_DIR: join(dot, "runtime"),
    JUPYTERLAB_SETTINGS_DIR: join(dot, "lab", "user-settings"),
    JUPYTERLAB_WORKSPACES_DIR: join(dot, "lab", "workspaces"),
    // notebook_shim reads IPython's folder while JupyterLab starts, which creates ~/.ipython.
    IPYTHONDIR: join(dot, "ipython"),
    JUPYTER_PLATFORM_DIRS: "1",
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
  };
}

/** Lists the notebook file names in `dir` (default notebooks/), sorted. */
export function listNotebooks(dir: string = NOTEBOOKS): string[] {
  const names: string[] = [];
  for (const entry of Deno.readDirSync(dir)) {
    if (entry.isFile && entry.name.endsWith(".ipynb")) names.push(entry.name);
  }
  return names.sort();
}

/**
 * Runs a command with the Jupyter environment and throws if it fails. With `quiet`, its output is
 * kept back and printed only when it fails.
 */
export async function run(
  command: string,
  args: string[],
  what: string,
  options: { quiet?: boolean } = {},
): Promise<void> {
  const stdio = options.quiet ? "piped" : "inherit";
  const child = new Deno.Command(command, {
    args,
    env: jupyterEnv(),
    stdout: stdio,
    stderr: stdio,
  });
  const result = await child.output();
  if (result.success) return;
  if (options.quiet) {
    const decoder = new TextDecoder();
    console.error(decoder.decode(result.stdout) + decoder.decode(result.stderr));
  }
  throw new Error(`Failed to ${what}: ${command} exited with code ${result.code}`);
}
