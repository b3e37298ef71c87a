/// <reference lib="dom" />
// Drives JupyterLab 4 in a Playwright page the way a reader does, through its menus, and reads
// back what the page shows: kernel status, cell prompts, figures, typeset math and the outputs of
// running cells over time. Selectors are JupyterLab 4.6's own class names and command ids.

import type { Page } from "playwright-core";

/** Returns the kernel status that the status bar shows for the notebook, e.g. "Deno | Idle". */
export function kernelStatus(page: Page): Promise<string | null> {
  return page.locator('.jp-StatusBar-TextItem[title^="Change kernel"]').textContent();
}

/** Waits until the open notebook has `cells` cells and an idle Deno kernel. */
export async function waitForNotebook(page: Page, cells: number, timeout: number): Promise<void> {
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell").length ===
        count &&
      document.querySelector('.jp-StatusBar-TextItem[title^="Change kernel"]')?.textContent ===
        "Deno | Idle",
    cells,
    { timeout },
  );
}

/** Clicks a menu bar entry, then the item that runs `command` (a JupyterLab command id). */
export async function runMenuCommand(page: Page, menu: string, command: string): Promise<void> {
  await page.locator(".lm-MenuBar-itemLabel", { hasText: menu }).first().click();
  await page.locator(`.lm-Menu-item[data-command="${command}"]`).first().click();
}

/** Waits until every code cell has an execution count and the kernel is idle again. */
export async function waitForRunAll(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const prompts = [...document.querySelectorAll(".jp-Notebook .jp-CodeCell .jp-InputPrompt")];
      const status = document.querySelector('.jp-StatusBar-TextItem[title^="Change kernel"]');
      return prompts.every((prompt) => /^\[\d+\]:$/.test(prompt.textContent?.trim() ?? "")) &&
        status?.textContent === "Deno | Idle";
    },
    null,
    { timeout, polling: 100 },
  );
}

/** Saves the notebook through File → Save and waits until its tab is no longer marked dirty. */
export async function saveNotebook(page: Page, timeout: number): Promise<void> {
  await runMenuCommand(page, "File", "docmanager:save");
  await page.waitForSelector(".lm-TabBar-tab.jp-mod-current:not(.jp-mod-dirty)", { timeout });
}

/** Chooses a theme under Settings → Theme and waits until the page uses it. */
export async function setTheme(page: Page, theme: string, timeout: number): Promise<void> {
  await page.locator(".lm-MenuBar-itemLabel", { hasText: "Settings" }).first().click();
  await page.locator(".lm-Menu-itemLabel", { hasText: /^Theme$/ }).first().hover();
  await page.locator('.lm-Menu-item[data-command="apputils:change-theme"]', { hasText: theme })
    .first().click();
  await page.waitForSelector(`body[data-jp-theme-name="${theme}"]`, { state: "attached", timeout });
  await page.keyboard.press("Escape");
}

/** A figure as the page shows it: an `image/svg+xml` output drawn in an `<img>`. */
export interface FigureState {
  /** Index of the cell in the notebook, from 0, markdown cells included. */
  cell: number;
  /** Whether the image finished loading. */
  complete: boolean;
  /** The image's own size in CSS pixels, 0 if the SVG could not be decoded. */
  naturalWidth: number;
  naturalHeight: number;
  /** The size it is drawn at in the page. */
  width: number;
  height: number;
  /**
   * Share of the pixels 4 px inside the image's edges (corners left out) that are opaque and
   * light, with a relative luminance above 0.8, in [0, 1]. It is near 1 when the figure brings
   * its own light background and near 0 when the background is transparent.
   */
  lightEdgeShare: number;
}

const FIGURE_SELECTOR = '.jp-OutputArea-output[data-mime-type="image/svg+xml"] img';

/** Counts the figures of the open notebook. */
export function countFigures(page: Page): Promise<number> {
  return page.locator(`.jp-NotebookPanel:not(.lm-mod-hidden) ${FIGURE_SELECTOR}`).count();
}

/** Measures one figure `<img>` in the page; runs in the browser. */
function measureFigure(img: HTMLImageElement): FigureState {
  const cells = [...document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell")];
  const cell = img.closest(".jp-Cell");
  const rect = img.getBoundingClientRect();
  const luminance = (r: number, g: number, b: number) => {
    const [lr, lg, lb] = [r, g, b].map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  };

  const [width, height] = [img.naturalWidth, img.naturalHeight];
  let light = 0;
  let edge = 0;
  if (width > 24 && height > 24) {
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [width, height];
    const context = canvas.getContext("2d")!;
    context.drawImage(img, 0, 0);
    const data = context.getImageData(0, 0, width, height).data;
    const points: [number, number][] = [];
    for (let x = 12; x < width - 12; x++) points.push([x, 4], [x, height - 5]);
    for (let y = 12; y < height - 12; y++) points.push([4, y], [width - 5, y]);
    for (const [x, y] of points) {
      const i = 4 * (y * width + x);
      edge++;
      if (data[i + 3] === 255 && luminance(data[i], data[i + 1], data[i + 2]) > 0.8) light++;
    }
  }

  return {
    cell: cell ? cells.indexOf(cell) : -1,
    complete: img.complete,
    naturalWidth: width,
    naturalHeight: height,
    width: rect.width,
    height: rect.height,
    lightEdgeShare: edge > 0 ? light / edge : 0,
  };
}

/**
 * Scrolls to each figure of the open notebook and measures it. Cells outside the viewport are
 * not laid out (JupyterLab sets `content-visibility: auto` on them), hence the scrolling.
 */
export async function readFigures(page: Page): Promise<FigureState[]> {
  const figures = page.locator(`.jp-NotebookPanel:not(.lm-mod-hidden) ${FIGURE_SELECTOR}`);
  const states: FigureState[] = [];
  for (let index = 0; index < await figures.count(); index++) {
    const figure = figures.nth(index);
    await figure.scrollIntoViewIfNeeded();
    await figure.evaluate((img: HTMLImageElement) => img.decode().catch(() => undefined));
    states.push(await figure.evaluate(measureFigure));
  }
  return states;
}

/** Scrolls to each of the given cells (indices from 0) and counts its typeset formulas. */
export async function readMath(
  page: Page,
  indices: number[],
): Promise<{ cell: number; formulas: number; errors: number }[]> {
  const cells = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell");
  const counts = [];
  for (const index of indices) {
    const cell = cells.nth(index);
    await cell.scrollIntoViewIfNeeded();
    counts.push(
      await cell.evaluate((element, index) => ({
        cell: index,
        formulas: element.querySelectorAll("mjx-container").length,
        errors: element.querySelectorAll("mjx-merror").length,
      }), index),
    );
  }
  return counts;
}

/** One change of a code cell's outputs, as the sampler saw it. */
export interface OutputState {
  /** Milliseconds since the sampler started. */
  at: number;
  /** Each output as its MIME type, a space and the first 200 characters of its text. */
  outputs: string[];
}

/** What the sampler recorded for one code cell while the notebook ran. */
export interface CellTimeline {
  /** Index of the cell in the notebook, from 0, markdown cells included. */
  cell: number;
  /** Every distinct state of its outputs, in order, at most 500. */
  states: OutputState[];
  /** When its prompt first showed an execution count, in ms since the sampler started. */
  finishedAt: number | null;
}

/**
 * Starts recording the outputs of every code cell and when each cell finishes: after every change
 * to the page, and every 50 ms. Timed samples alone twice missed every update of a one-second
 * progress display, most likely because the page's timers were held back while the kernel kept a
 * CPU busy.
 * Call it before running the cells; {@linkcode readOutputTimelines} returns the record.
 */
export async function startOutputSampler(page: Page): Promise<void> {
  await page.evaluate(() => {
    const started = performance.now();
    const timelines: Record<
      number,
      { cell: number; states: unknown[]; finishedAt: number | null }
    > = {};
    const sample = () => {
      const at = performance.now() - started;
      const cells = document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell");
      cells.forEach((cell, index) => {
        if (!cell.classList.contains("jp-CodeCell")) return;
        const timeline = timelines[index] ??= { cell: index, states: [], finishedAt: null };
        const outputs = [...cell.querySelectorAll(".jp-OutputArea-child .jp-OutputArea-output")]
          .map((output) =>
            `${(output as HTMLElement).dataset.mimeType ?? ""} ${
              (output.textContent ?? "").slice(0, 200)
            }`
          );
        const last = timeline.states.at(-1) as { outputs: string[] } | undefined;
        if (JSON.stringify(last?.outputs) !== JSON.stringify(outputs)) {
          if (timeline.states.length < 500) timeline.states.push({ at, outputs });
        }
        const prompt = cell.querySelector(".jp-InputPrompt")?.textContent ?? "";
        if (timeline.finishedAt === null && /\[\d+\]/.test(prompt)) timeline.finishedAt = at;
      });
    };
    const observer = new MutationObserver(sample);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    (globalThis as Record<string, unknown>).__labTestTimelines = timelines;
    (globalThis as Record<string, unknown>).__labTestObserver = observer;
    (globalThis as Record<string, unknown>).__labTestSampler = setInterval(sample, 50);
  });
}

/** Stops the recording and returns one timeline per code cell, in notebook order. */
export function readOutputTimelines(page: Page): Promise<CellTimeline[]> {
  return page.evaluate(() => {
    const global = globalThis as Record<string, unknown>;
    clearInterval(global.__labTestSampler as number);
    (global.__labTestObserver as MutationObserver).disconnect();
    return Object.values(global.__labTestTimelines as Record<number, CellTimeline>)
      .sort((a, b) => a.cell - b.cell);
  });
}
