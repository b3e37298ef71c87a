// Runs the README's `deno task lab` for the browser tests, the way a reader starts it, but on a
// free port, in a copy of the notebooks, with JupyterLab's settings and workspaces in the test's
// folder. HOME points at an empty folder, so the tests can check that the lab wrote nothing there.
// It stops the lab the way Ctrl+C in a terminal does.

import { join } from "node:path";
import { ROOT } from "../../scripts/_project.ts";

const URL_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

/** Folders of one lab run. */
export interface LabFolders {
  /** The folder JupyterLab serves (`--dir`). */
  notebooks: string;
  /** Stands in for the user's home folder; must exist and should be empty. */
  home: string;
  /** JupyterLab's user settings and workspaces (theme, open tabs) for this run. */
  state: string;
  /** The command's stdout and stderr go here. */
  log: string;
}

/** A running `deno task lab`. */
export interface LabRun {
  /** The server's base URL, without a trailing slash, for example `http://127.0.0.1:41234`. */
  base: string;
  /** The token of the URL the command printed. */
  token: string;
  /** Seconds from starting the command to the printed URL. */
  secondsToUrl: number;
  /** `performance.now()` when the command was started. */
  startedAt: number;
  /** Sends SIGINT to the command's process group, waits for it to exit; returns its status. */
  stop(): Promise<Deno.CommandStatus>;
}

/** Returns Deno's cache folder, which the kernel and `deno task` need even with a fresh HOME. */
async function denoDir(): Promise<string> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json"],
    stdout: "piped",
    stderr: "null",
  }).output();
  return JSON.parse(new TextDecoder().decode(output.stdout)).denoDir;
}

/** Builds the command's environment: this process's, with HOME replaced and no XDG folders. */
async function labEnvironment(home: string): Promise<Record<string, string>> {
  const env = Object.fromEntries(
    Object.entries(Deno.env.toObject()).filter(([name]) => !name.startsWith("XDG_")),
  );
  return { ...env, HOME: home, DENO_DIR: await denoDir(), NO_COLOR: "1" };
}

/** Starts `deno task lab` and resolves once it has printed the URL with its token. */
export async function startLab(folders: LabFolders): Promise<LabRun> {
  const env = await labEnvironment(folders.home);
  const startedAt = performance.now();
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "task",
      "lab",
      `--dir=${folders.notebooks}`,
      "--port=0",
      `--LabApp.user_settings_dir=${join(folders.state, "user-settings")}`,
      `--LabApp.workspaces_dir=${join(folders.state, "workspaces")}`,
    ],
    cwd: ROOT,
    env,
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    // Its own process group, so that stop() can signal the task and everything it started.
    detached: true,
  }).spawn();

  const log = await Deno.open(folders.log, { write: true, create: true, truncate: true });
  const logWriter = log.writable.getWriter();
  let printed = "";
  let resolveUrl: (url: string) => void;
  const urlPrinted = new Promise<string>((resolve) => resolveUrl = resolve);
  const copy = async (stream: ReadableStream<Uint8Array>, scan: boolean) => {
    for await (const chunk of stream) {
      await logWriter.write(chunk);
      if (!scan) continue;
      printed += new TextDecoder().decode(chunk);
      const match = printed.match(/http:\/\/127\.0\.0\.1:\d+\/lab\?token=\w+/);
      if (match) resolveUrl(match[0]);
    }
  };
  const copied = Promise.all([copy(child.stdout, true), copy(child.stderr, false)])
    .finally(() => logWriter.close());

  let stopped: Promise<Deno.CommandStatus> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      try {
        Deno.kill(-child.pid, "SIGINT");
      } catch (error) {
        // The group is gone already when the command exited on its own.
        if (!(error instanceof Deno.errors.NotFound)) throw error;
      }
      const timer = setTimeout(() => Deno.kill(-child.pid, "SIGKILL"), STOP_TIMEOUT_MS);
      const status = await child.status;
      await copied;
      clearTimeout(timer);
      return status;
    })();
    return stopped;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`deno task lab printed no URL within ${URL_TIMEOUT_MS} ms`)),
      URL_TIMEOUT_MS,
    );
    child.status.then((status) =>
      reject(new Error(`deno task lab exited with code ${status.code}; see ${folders.log}`))
    );
  });
  try {
    const url = new URL(await Promise.race([urlPrinted, failed]));
    return {
      base: url.origin,
      token: url.searchParams.get("token")!,
      secondsToUrl: (performance.now() - startedAt) / 1000,
      startedAt,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
