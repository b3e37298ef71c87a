/// <reference lib="dom" />
// Opens every notebook in JupyterLab, started by the README's `deno task lab`, in headless
// Chromium, and checks what a reader sees: each notebook runs with the Deno kernel without error
// outputs, figures and typeset math show, progress displays update in place, and a saved notebook
// still shows its figures after a reload. It also checks that the page requests nothing from other
// hosts and that the lab writes nothing to the home folder. Works on copies in .test-output/lab/.

import assert from "node:assert/strict";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { jupyterEnv, listNotebooks, NOTEBOOKS, PYTHON, ROOT } from "../../scripts/_project.ts";
import { browserTestsEnabled, launchChromium } from "./_chromium.ts";
import {
  FIXTURE_FIGURE_CELL,
  FIXTURE_PROGRESS_CELL,
  FIXTURE_STEPS,
  fixtureNotebook,
} from "./_fixture.ts";
import {
  type CellTimeline,
  countFigures,
  type FigureState,
  readFigures,
  readMath,
  readOutputTimelines,
  runMenuCommand,
  saveNotebook,
  setTheme,
  startOutputSampler,
  waitForNotebook,
  waitForRunAll,
} from "./_jupyterlab.ts";
import { type LabRun, startLab } from "./_lab_server.ts";

const WORK = join(ROOT, ".test-output", "lab");
const COPIES = join(WORK, "notebooks");
const HOME = join(WORK, "home");
const SCREENSHOTS = join(ROOT, ".test-output", "screenshots");
const FIXTURE = "zz-lab-fixture.ipynb";
const OPEN_TIMEOUT_MS = 120_000;
const RUN_TIMEOUT_MS = 600_000;
const UI_TIMEOUT_MS = 30_000;
/**
 * A cell with a progress display that runs longer than this, in ms, must show it while it runs.
 * At the display's default 100 ms between lines that leaves room for several lines, and it catches
 * a loop that never awaits on fast machines too, where training takes well under a second.
 */
const LONG_CELL_MS = 500;

interface Cell {
  cell_type: "code" | "markdown" | "raw";
  source: string | string[];
  outputs?: { output_type: string; data?: Record<string, unknown>; ename?: string }[];
}

function readNotebook(path: string): { cells: Cell[] } {
  return JSON.parse(Deno.readTextFileSync(path));
}

function sourceOf(cell: Cell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/** Copies notebooks/ and writes the fixture into a fresh .test-output/lab/notebooks/. */
function prepareCopies(): string[] {
  try {
    Deno.removeSync(WORK, { recursive: true });
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  for (const dir of [COPIES, HOME, SCREENSHOTS]) Deno.mkdirSync(dir, { recursive: true });
  const names = listNotebooks();
  for (const name of names) Deno.copyFileSync(join(NOTEBOOKS, name), join(COPIES, name));
  Deno.writeTextFileSync(join(COPIES, FIXTURE), fixtureNotebook());
  return [...names, FIXTURE];
}

/** Lists every file and folder under `dir`, relative to it. */
function listTree(dir: string, prefix = ""): string[] {
  return [...Deno.readDirSync(dir)].flatMap((entry) => {
    const path = join(prefix, entry.name);
    return entry.isDirectory ? [path + "/", ...listTree(join(dir, entry.name), path)] : [path];
  });
}

/** Checks with nbformat, in the project's Jupyter environment, that the signature is valid. */
async function signatureIsValid(path: string): Promise<boolean> {
  const check = "import sys, nbformat\nfrom nbformat.sign import NotebookNotary\n" +
    "print(NotebookNotary().check_signature(nbformat.read(sys.argv[1], as_version=4)))";
  const output = await new Deno.Command(PYTHON, {
    args: ["-c", check, path],
    env: jupyterEnv(),
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  assert.equal(output.code, 0, decoder.decode(output.stderr));
  return decoder.decode(output.stdout).trim() === "True";
}

/** Shuts down the kernel of the notebook `name` through the server's REST API. */
async function shutDownKernel(lab: LabRun, name: string): Promise<void> {
  const headers = { Authorization: `token ${lab.token}` };
  const sessions = await (await fetch(`${lab.base}/api/sessions`, { headers })).json();
  for (const session of sessions.filter((session: { path: string }) => session.path === name)) {
    const response = await fetch(`${lab.base}/api/sessions/${session.id}`, {
      method: "DELETE",
      headers,
    });
    await response.body?.cancel();
  }
}

/** Returns the kernel name of the notebook's session, as the server reports it. */
async function sessionKernel(lab: LabRun, name: string): Promise<string | undefined> {
  const headers = { Authorization: `token ${lab.token}` };
  const sessions = await (await fetch(`${lab.base}/api/sessions`, { headers })).json();
  return sessions.find((session: { path: string }) => session.path === name)?.kernel?.name;
}

/** How a cell's progress display behaved while the cell ran. */
interface ProgressRun {
  /** Milliseconds from the previous code cell's end to this cell's end. */
  ran: number;
  /** Milliseconds from the display's first line to the cell's end. */
  visible: number;
  /** Distinct lines the display showed before the cell ended. */
  lines: number;
  /** The maximum number of outputs that showed the display's label at the same time. */
  maxAtOnce: number;
}

/** Measures a cell's progress display, the first `text/plain` output of the cell. */
function measureProgress(timeline: CellTimeline, startedAt: number): ProgressRun {
  const finishedAt = timeline.finishedAt ?? Infinity;
  const texts = (state: { outputs: string[] }) =>
    state.outputs.filter((output) => output.startsWith("text/plain "));
  const displayed = timeline.states.filter((state) =>
    state.at < finishedAt && texts(state).length > 0
  );
  const lines = new Set(displayed.map((state) => texts(state)[0]));
  const label = [...lines][0]?.match(/^text\/plain ([^:]*):/)?.[1];
  const maxAtOnce = Math.max(
    0,
    ...timeline.states.map((state) =>
      texts(state).filter((text) => text.startsWith(`text/plain ${label}:`)).length
    ),
  );
  return {
    ran: finishedAt - startedAt,
    visible: finishedAt - (displayed[0]?.at ?? finishedAt),
    lines: lines.size,
    maxAtOnce,
  };
}

/**
 * Checks a progress display: one text output, shown while the cell runs and replaced in place. A
 * loop that never awaits sends its updates only when it ends, so its display shows up just before
 * the cell finishes, and that fails here. Returns the problems found, empty when it behaves.
 */
function progressProblems(run: ProgressRun): string[] {
  const problems: string[] = [];
  if (run.lines < 2) {
    problems.push(`the display showed ${run.lines} lines while the cell ran, not 2 or more`);
  }
  const required = Math.max(200, run.ran / 4);
  if (run.visible < required) {
    problems.push(
      `the display was visible for ${Math.round(run.visible)} ms of a ${Math.round(run.ran)} ms ` +
        `run, not ${Math.round(required)} ms or more`,
    );
  }
  if (run.maxAtOnce > 1) problems.push(`${run.maxAtOnce} outputs showed its label at once, not 1`);
  return problems;
}

async function screenshotFigure(page: Page, path: string): Promise<void> {
  const output = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-child", {
    has: page.locator('[data-mime-type="image/svg+xml"]'),
  }).first();
  await output.scrollIntoViewIfNeeded();
  await output.screenshot({ path });
}

function assertFiguresShown(name: string, figures: FigureState[]): void {
  for (const figure of figures) {
    const where = `${name}, cell ${figure.cell + 1}`;
    assert.ok(figure.complete, `${where}: the image did not finish loading`);
    assert.ok(figure.naturalWidth > 0, `${where}: the SVG did not decode`);
    assert.ok(figure.width > 0, `${where}: figure drawn 0 px wide`);
    assert.ok(figure.height > 0, `${where}: figure drawn 0 px high`);
    // Its own light card keeps the figure's dark text legible on the dark theme as well.
    assert.ok(figure.lightEdgeShare > 0.9, `${where}: light edge share ${figure.lightEdgeShare}`);
  }
}

interface Timing {
  notebook: string;
  /** Seconds from starting `deno task lab` to the notebook open with an idle kernel. */
  opened: number;
  /** Seconds from starting `deno task lab` to the first figure drawn in this notebook. */
  firstFigure: number;
  /** Seconds from Run All to every cell done. */
  run: number;
}

/** Runs one notebook in the lab and checks it; adds its timing to `timings` once it has run. */
async function checkNotebook(
  page: Page,
  lab: LabRun,
  name: string,
  timings: Timing[],
): Promise<void> {
  const path = join(COPIES, name);
  const cells = readNotebook(path).cells;
  const stem = basename(name, ".ipynb");
  // A workspace per notebook, so that a reload restores this notebook's tab and no other.
  const url = `${lab.base}/lab/workspaces/${stem}/tree/${name}?token=${lab.token}`;

  await page.goto(url);
  await waitForNotebook(page, cells.length, OPEN_TIMEOUT_MS);
  const opened = (performance.now() - lab.startedAt) / 1000;
  assert.equal(await sessionKernel(lab, name), "deno");

  await startOutputSampler(page);
  const runStarted = performance.now();
  await runMenuCommand(page, "Run", "runmenu:run-all");
  const firstFigure = page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-mime-type="image/svg+xml"] img')].some((img) =>
        (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0
      ),
    null,
    { timeout: RUN_TIMEOUT_MS, polling: 50 },
  ).then(() => (performance.now() - lab.startedAt) / 1000, () => NaN);
  await waitForRunAll(page, RUN_TIMEOUT_MS);
  const run = (performance.now() - runStarted) / 1000;
  const drawn = await countFigures(page) > 0;
  timings.push({ notebook: name, opened, firstFigure: drawn ? await firstFigure : NaN, run });
  const timelines = await readOutputTimelines(page);

  const figures = await readFigures(page);
  assertFiguresShown(name, figures);
  const withMath = cells.flatMap((cell, index) =>
    cell.cell_type === "markdown" && sourceOf(cell).includes("$") ? [index] : []
  );
  for (const math of await readMath(page, withMath)) {
    const where = `${name}, cell ${math.cell + 1}`;
    assert.ok(math.formulas > 0, `${where}: its math was not typeset`);
    assert.equal(math.errors, 0, `${where}: MathJax reports an error`);
  }

  if (name === FIXTURE) checkFixture(figures, timelines);
  // Checked last, so that a slow progress display does not hide what the later checks find.
  const progress: Record<string, string[]> = {};
  let previousFinish = 0;
  for (const timeline of timelines) {
    if (/createProgress\(/.test(sourceOf(cells[timeline.cell]))) {
      const run = measureProgress(timeline, previousFinish);
      console.log(
        `lab: ${name}, cell ${timeline.cell + 1}: ran ${(run.ran / 1000).toFixed(2)} s, progress ` +
          `visible for ${(run.visible / 1000).toFixed(2)} s with ${run.lines} lines`,
      );
      if (run.ran > LONG_CELL_MS) progress[`cell ${timeline.cell + 1}`] = progressProblems(run);
    }
    previousFinish = timeline.finishedAt ?? previousFinish;
  }

  await saveNotebook(page, UI_TIMEOUT_MS);
  const saved = readNotebook(path).cells.flatMap((cell) => cell.outputs ?? []);
  const errors = saved.filter((output) => output.output_type === "error");
  assert.deepEqual(errors.map((output) => output.ename), [], `${name}: error outputs`);
  const svgOutputs = saved.filter((output) => output.data?.["image/svg+xml"]).length;
  assert.equal(figures.length, svgOutputs, `${name}: figures drawn against SVG outputs saved`);
  assert.ok(await signatureIsValid(path), `${name}: saved without a valid signature`);

  await page.reload();
  await waitForNotebook(page, cells.length, OPEN_TIMEOUT_MS);
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-mime-type="image/svg+xml"] img').length === count,
    svgOutputs,
    { timeout: UI_TIMEOUT_MS },
  );
  assert.equal(await countFigures(page), svgOutputs, `${name}: figures after the reload`);
  assertFiguresShown(`${name} after the reload`, await readFigures(page));

  if (svgOutputs > 0) {
    await screenshotFigure(page, join(SCREENSHOTS, `lab-${stem}-light.png`));
    await setTheme(page, "JupyterLab Dark", UI_TIMEOUT_MS);
    await screenshotFigure(page, join(SCREENSHOTS, `lab-${stem}-dark.png`));
    await setTheme(page, "JupyterLab Light", UI_TIMEOUT_MS);
  }
  await shutDownKernel(lab, name);

  const failing = Object.entries(progress).filter(([, problems]) => problems.length > 0);
  assert.deepEqual(Object.fromEntries(failing), {}, `${name}: progress displays`);
}

/**
 * Checks what only the fixture pins down: each output stays in the cell that produced it, and the
 * progress display is the one output of its cell from its first update to its summary.
 */
function checkFixture(figures: FigureState[], timelines: CellTimeline[]): void {
  assert.deepEqual(figures.map((figure) => figure.cell), [FIXTURE_FIGURE_CELL]);
  const timeline = timelines.find((timeline) => timeline.cell === FIXTURE_PROGRESS_CELL)!;
  const counts = new Set(timeline.states.slice(1).map((state) => state.outputs.length));
  assert.deepEqual([...counts], [1], "outputs of the progress cell while it ran");
  assert.deepEqual(timeline.states.at(-1)?.outputs, [`text/plain fixture: ${FIXTURE_STEPS} steps`]);
}

const enabled = browserTestsEnabled("JupyterLab");

Deno.test({
  name: "lab runs every notebook in Chromium",
  ignore: !enabled,
}, async (t) => {
  const names = prepareCopies();
  const lab = await startLab({
    notebooks: COPIES,
    home: HOME,
    state: join(WORK, "state"),
    log: join(WORK, "lab.log"),
  });
  const timings: Timing[] = [];
  const foreign: string[] = [];
  let browser;
  let status: Deno.CommandStatus;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(`${lab.base}/`) && !/^(data|blob):/.test(url)) foreign.push(url);
    });
    const page = await context.newPage();
    await t.step("kernelspec", async () => {
      const headers = { Authorization: `token ${lab.token}` };
      const specs = await (await fetch(`${lab.base}/api/kernelspecs`, { headers })).json();
      assert.equal(specs.default, "deno");
      assert.equal(specs.kernelspecs.deno.spec.argv[0], Deno.execPath());
    });
    for (const name of names) {
      await t.step(name, () => checkNotebook(page, lab, name, timings));
    }
  } finally {
    await browser?.close();
    status = await lab.stop();
  }

  console.log(`lab: URL printed ${lab.secondsToUrl.toFixed(1)} s after \`deno task lab\``);
  for (const timing of timings) {
    console.log(
      `lab: ${timing.notebook}: open with an idle kernel ${timing.opened.toFixed(1)} s and ` +
        `first figure ${timing.firstFigure.toFixed(1)} s after \`deno task lab\`; ` +
        `Run All took ${timing.run.toFixed(1)} s`,
    );
  }
  console.log(`lab: load average ${Deno.loadavg().map((load) => load.toFixed(1)).join(" ")}`);

  assert.deepEqual(foreign, [], "requests to other hosts");
  assert.equal(status.code, 0, `deno task lab exited with code ${status.code} on Ctrl+C`);
  assert.deepEqual(listTree(HOME), [], "files the lab wrote into HOME");
  for (const file of ["notebook_secret", "nbsignatures.db"]) {
    assert.ok(Deno.statSync(join(ROOT, ".jupyter", "data", file)).isFile, `.jupyter/data/${file}`);
  }
});

Deno.test("lab rejects a missing folder", async () => {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["task", "lab", "--dir=.test-output/no-such-folder"],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(output.code, 2);
  assert.match(
    new TextDecoder().decode(output.stderr),
    /Cannot start JupyterLab as --dir must be an existing folder: --dir=\.test-output\/no-such-folder/,
  );
});
