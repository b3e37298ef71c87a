// Finds and starts the headless Chromium that the browser tests drive with playwright-core.
// Playwright's own browser download does not work on machines without general internet access,
// so the tests use the system's Chromium (Debian's `chromium` package) and are skipped with a
// clear message when it is missing, except under CI, where they fail instead.

import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Returns the Chromium executable (the CHROMIUM_PATH variable wins), or undefined if none. */
export function findChromium(): string | undefined {
  const wanted = Deno.env.get("CHROMIUM_PATH");
  for (const path of wanted ? [wanted] : CANDIDATES) {
    try {
      if (Deno.statSync(path).isFile) return path;
    } catch {
      // Not installed at this path; try the next one.
    }
  }
  return undefined;
}

const INSTALL_HINT = "install it with `sudo apt-get install chromium` (Debian, Ubuntu) " +
  "or set CHROMIUM_PATH to a Chromium or Chrome executable";

/**
 * Decides whether browser tests run: true if Chromium is found; otherwise false with a printed
 * reason, or, when the CI variable is set, an error so that CI cannot pass without them.
 */
export function browserTestsEnabled(suite: string): boolean {
  if (findChromium()) return true;
  if (Deno.env.get("CI")) {
    throw new Error(
      `Cannot run the ${suite} tests as Chromium is missing under CI: ${INSTALL_HINT}`,
    );
  }
  console.warn(`SKIPPED: the ${suite} tests need Chromium, which was not found; ${INSTALL_HINT}.`);
  return false;
}

// Chromium writes its cache and config under XDG_CACHE_HOME and XDG_CONFIG_HOME, which default to
// folders in the home folder; the tests point both into .test-output/ instead.
const PROFILE_ROOT = fileURLToPath(new URL("../../.test-output/chromium", import.meta.url));

/**
 * Launches headless Chromium with the flags that keep it off the network on its own, and with its
 * cache and config folders inside .test-output/.
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(`Cannot launch Chromium as it was not found: ${INSTALL_HINT}`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    env: {
      ...Deno.env.toObject(),
      XDG_CACHE_HOME: `${PROFILE_ROOT}/cache`,
      XDG_CONFIG_HOME: `${PROFILE_ROOT}/config`,
    },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}
