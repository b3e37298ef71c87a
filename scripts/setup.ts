// Installs what the notebooks need, into the project folder, on first use: a Python virtual
// environment with the pinned JupyterLab, nbclient and nbconvert, and a `deno` kernelspec
// inside that environment whose argv points at the Deno running this script. A second run
// finds both up to date and returns at once. Deno's npm packages come from deno.lock, which
// every task uses frozen.

import { join } from "node:path";
import { PYTHON, ROOT, run, VENV } from "./_project.ts";
import { installExportTemplate } from "./_export_install.ts";

const REQUIREMENTS = join(ROOT, "requirements.txt");
const STAMP = join(VENV, ".requirements.sha256");
const KERNEL_DIR = join(VENV, "share", "jupyter", "kernels", "deno");

async function sha256(path: string): Promise<string> {
  const bytes = await Deno.readFile(path);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function readText(path: string): string | undefined {
  try {
    return Deno.readTextFileSync(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}

/** Creates .venv and installs requirements.txt unless the stamp matches the file's hash. */
async function ensurePythonEnvironment(): Promise<void> {
  const wanted = await sha256(REQUIREMENTS);
  if (readText(STAMP) === wanted) return;
  const started = performance.now();
  console.log("setup: creating .venv with JupyterLab, nbclient and nbconvert (first run only)");
  await run("python3", ["-m", "venv", VENV], "create the Python virtual environment");
  await run(
    PYTHON,
    ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", REQUIREMENTS],
    "install requirements.txt into .venv",
    { quiet: true },
  );
  Deno.writeTextFileSync(STAMP, wanted);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`setup: .venv ready in ${seconds} s`);
}

/** Writes the `deno` kernelspec into the venv, pointing at this Deno, if it differs. */
function ensureKernelspec(): void {
  const spec = {
    argv: [Deno.execPath(), "jupyter", "--kernel", "--conn", "{connection_file}"],
    display_name: "Deno",
    language: "typescript",
    env: { NO_COLOR: "1" },
  };
  const text = JSON.stringify(spec, null, 2) + "\n";
  const path = join(KERNEL_DIR, "kernel.json");
  if (readText(path) === text) return;
  Deno.mkdirSync(KERNEL_DIR, { recursive: true });
  Deno.writeTextFileSync(path, text);
  console.log(`setup: wrote the deno kernelspec (${Deno.execPath()})`);
}

if (import.meta.main) {
  await ensurePythonEnvironment();
  ensureKernelspec();
  for (const change of installExportTemplate()) console.log(`setup: ${change}`);
}
