// Starts JupyterLab from the project's .venv, listening on 127.0.0.1 only, with the notebooks
// folder as its root and Jupyter's files in .jupyter/, then prints the URL to open. `--dir=FOLDER`
// serves another folder (relative to the project folder); every other argument goes to
// `jupyter lab`, for example `--port=9999`.

import { join, resolve } from "node:path";
import { jupyterEnv, NOTEBOOKS, PYTHON, ROOT } from "./_project.ts";

const RUNTIME_DIR = join(ROOT, ".jupyter", "runtime");
const APP_SETTINGS_DIR = join(ROOT, ".jupyter", "lab", "settings");

// Defaults that replace JupyterLab's own and that users may still change in Settings. Without
// them JupyterLab opens with a prompt about fetching news, although the server has no feed.
const SETTINGS_OVERRIDES = {
  "@jupyterlab/apputils-extension:notification": { fetchNews: "false", checkForUpdates: false },
};
const STARTUP_TIMEOUT_MS = 120_000;

/** Returns the `jupyter lab` arguments the command always passes, before the user's own. */
export function labArguments(root: string = NOTEBOOKS): string[] {
  const args = [
    "--no-browser",
    "--ServerApp.ip=127.0.0.1",
    `--ServerApp.root_dir=${root}`,
    "--MultiKernelManager.default_kernel_name=deno",
    // Features that reach the internet: the news feed (jupyterlab.github.io), the update check
    // and the extension manager (both PyPI). The read-only manager still lists installed ones.
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    "--LabApp.extension_manager=readonly",
    `--LabApp.app_settings_dir=${APP_SETTINGS_DIR}`,
    // jupyter-lsp looks for language servers at start, running `npm prefix --global`, which
    // writes a log into ~/.npm; the project installs no language server for it to find.
    "--LanguageServerManager.autodetect=False",
  ];
  // Jupyter Server does not start as root without allow_root, and containers and CI run as root.
  if (Deno.uid() === 0) args.push("--ServerApp.allow_root=True");
  return args;
}

/** Server info, as Jupyter Server writes it to .jupyter/runtime/jpserver-<pid>.json. */
interface ServerInfo {
  url: string;
  token: string;
}

/** Builds the URL that opens JupyterLab, with the token that logs the browser in. */
export function labUrl(info: ServerInfo): string {
  const query = info.token ? `?token=${info.token}` : "";
  return `${info.url.replace(/\/?$/, "/")}lab${query}`;
}

/** Polls for the server's info file until it appears or the server exits. */
async function waitForServer(pid: number, exited: () => boolean): Promise<ServerInfo | undefined> {
  const path = join(RUNTIME_DIR, `jpserver-${pid}.json`);
  const deadline = performance.now() + STARTUP_TIMEOUT_MS;
  while (!exited() && performance.now() < deadline) {
    try {
      return JSON.parse(await Deno.readTextFile(path)) as ServerInfo;
    } catch (error) {
      // Not written yet, or caught half-written: try again shortly.
      if (!(error instanceof Deno.errors.NotFound || error instanceof SyntaxError)) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

function isDirectory(path: string): boolean {
  try {
    return Deno.statSync(path).isDirectory;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

/** Writes overrides.json into the app settings folder that {@linkcode labArguments} names. */
function writeSettingsOverrides(): void {
  Deno.mkdirSync(APP_SETTINGS_DIR, { recursive: true });
  const text = JSON.stringify(SETTINGS_OVERRIDES, null, 2) + "\n";
  Deno.writeTextFileSync(join(APP_SETTINGS_DIR, "overrides.json"), text);
}

/** Runs JupyterLab until it stops; returns its exit code. */
async function main(args: string[]): Promise<number> {
  const dirArgument = args.findLast((arg) => arg.startsWith("--dir="));
  const root = dirArgument ? resolve(ROOT, dirArgument.slice("--dir=".length)) : NOTEBOOKS;
  if (!isDirectory(root)) {
    console.error(`Cannot start JupyterLab as --dir must be an existing folder: ${dirArgument}`);
    return 2;
  }
  const passed = args.filter((arg) => !arg.startsWith("--dir="));
  writeSettingsOverrides();

  // The server runs detached, so the terminal's Ctrl+C reaches only this script, which forwards it
  // as SIGTERM. Jupyter Server then shuts its kernels down without a confirmation prompt.
  const child = new Deno.Command(PYTHON, {
    args: ["-m", "jupyterlab", ...labArguments(root), ...passed],
    env: jupyterEnv(),
    stdin: "null",
    detached: true,
  }).spawn();
  let exited = false;
  const status = child.status.finally(() => exited = true);

  let stopping = false;
  const stop = () => {
    if (stopping || exited) return;
    stopping = true;
    console.log("lab: stopping JupyterLab and its kernels");
    try {
      child.kill("SIGTERM");
    } catch (error) {
      // The server exited between the check above and the signal.
      if (!(error instanceof TypeError)) throw error;
    }
  };
  Deno.addSignalListener("SIGINT", stop);
  Deno.addSignalListener("SIGTERM", stop);

  const info = await waitForServer(child.pid, () => exited);
  if (info) {
    console.log(
      `\nJupyterLab is running. Open this URL in a browser:\n\n    ${labUrl(info)}\n\n` +
        "Press Ctrl+C to stop it. After editing lib/, restart the kernel " +
        "(Kernel → Restart Kernel) and run the cells again.\n",
    );
  } else if (!exited) {
    console.error(`lab: JupyterLab did not start within ${STARTUP_TIMEOUT_MS / 1000} s`);
    stop();
  }

  const { code } = await status;
  if (!info && !stopping) {
    console.error(`lab: JupyterLab exited with code ${code} before it was ready; its log is above`);
  }
  return code;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
