/// <reference lib="dom" />
// Opens every exported page in headless Chromium with the network cut off and checks that it
// reads offline. No request leaves the page, every formula is MathML and every figure loads. The
// page weighs at most half of nbconvert's default lab export of the same executed notebook, and
// the index, previous and next links lead where they should. The pages come from scripts/build.ts
// run as a user would, on the fixture notebooks of _pages_fixture.ts and on notebooks/.

import assert from "node:assert/strict";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { jupyterEnv, listNotebooks, NOTEBOOKS, PYTHON, ROOT } from "../../scripts/_project.ts";
import { scanMarkdown } from "../../scripts/_math_scan.ts";
import { browserTestsEnabled, launchChromium } from "./_chromium.ts";
import { FIXTURE_FIGURES, writeFixtureNotebooks } from "./_pages_fixture.ts";
import { runBuild } from "../toolchain/_build_cli.ts";

const WORK = join(ROOT, ".test-output", "pages");
const SCREENSHOTS = join(ROOT, ".test-output", "screenshots");

// Prose that still contains TeX: a `$…$` pair, `$$`, or a backslash command such as `\frac`.
const RAW_TEX = /\$\$|\$[^$\s][^$]*\$|\\[a-zA-Z]+/;

/** A folder of notebooks and the folder its build was written to. */
interface Site {
  name: string;
  notebooks: string;
  out: string;
  stems: string[];
  /** Half the size of nbconvert's default lab export of each executed notebook, in bytes. */
  budgets: number[];
}

interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: { data?: Record<string, string | string[]> }[];
}

function text(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join("") : value ?? "";
}

async function buildSite(name: string, notebooks: string): Promise<Site> {
  const out = join(WORK, name);
  try {
    Deno.removeSync(out, { recursive: true });
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  const result = await runBuild(notebooks, out);
  assert.equal(result.code, 0, result.stderr);
  const stems = listNotebooks(notebooks).map((file) => file.replace(/\.ipynb$/, ""));
  const sizes = await defaultLabSizes(stems.map((stem) => join(out, `${stem}.ipynb`)));
  return { name, notebooks, out, stems, budgets: sizes.map((size) => size / 2) };
}

/** The formulas and figure descriptions a page must show, read from its executed notebook. */
function expectations(notebook: string): { formulas: number; alts: string[] } {
  const cells: Cell[] = JSON.parse(Deno.readTextFileSync(notebook)).cells;
  const markdown = cells.flatMap((cell) => [
    cell.cell_type === "markdown" ? text(cell.source) : "",
    ...(cell.outputs ?? []).map((output) => text(output.data?.["text/markdown"])),
  ]);
  const formulas = markdown.flatMap(scanMarkdown).filter((segment) => segment.kind === "math");
  const alts = cells.flatMap((cell) => cell.outputs ?? [])
    .filter((output) => output.data?.["image/svg+xml"] !== undefined)
    .map((output) => text(output.data?.["text/plain"]));
  return { formulas: formulas.length, alts };
}

/**
 * Sizes in bytes of nbconvert's default HTML export (template `lab`, no config files read) of
 * each notebook, computed in one Python process.
 */
async function defaultLabSizes(notebooks: string[]): Promise<number[]> {
  const script = "import sys, nbformat; from nbconvert import HTMLExporter\n" +
    "for path in sys.argv[1:]:\n" +
    "    body, _ = HTMLExporter(template_name='lab').from_notebook_node(" +
    "nbformat.read(path, as_version=4))\n" +
    "    print(len(body.encode('utf-8')))";
  const result = await new Deno.Command(PYTHON, {
    args: ["-c", script, ...notebooks],
    env: jupyterEnv(),
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(result.success, new TextDecoder().decode(result.stderr));
  return new TextDecoder().decode(result.stdout).trim().split("\n").filter(Boolean).map(Number);
}

/** Creates a browser context that lets only file:// requests through and records all requests. */
async function offlineContext(
  browser: Browser,
  colorScheme: "light" | "dark" = "light",
): Promise<{ context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1100, height: 900 } });
  const requests: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith("file://") ? route.continue() : route.abort("blockedbyclient");
  });
  await context.routeWebSocket(/.*/, (socket) => {
    requests.push(socket.url());
    return socket.close();
  });
  context.on("request", (request) => {
    if (!requests.includes(request.url())) requests.push(request.url());
  });
  return { context, requests };
}

function fileUrl(path: string): string {
  return new URL(`file://${path}`).href;
}

/** What a page shows, gathered in the browser once every image has decoded. */
interface PageReport {
  formulas: number;
  mathErrors: number;
  prose: string[];
  images: { alt: string; svg: boolean; complete: boolean; width: number; height: number }[];
  svgIds: string[];
  scripts: number;
  links: { index?: string; prev?: string; next?: string };
}

function inspect(page: Page): Promise<PageReport> {
  return page.evaluate(async () => {
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    const proseSelector = "main :is(p, li, h1, h2, h3, h4, td, th, blockquote)";
    const prose = [...document.querySelectorAll(proseSelector)].map((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll("code, pre, math, .math-error").forEach((node) => node.remove());
      return copy.textContent ?? "";
    });
    const link = (rel: string) =>
      document.querySelector<HTMLAnchorElement>(`.page-nav-top a[rel="${rel}"]`)
        ?.getAttribute("href") ?? undefined;
    return {
      formulas: document.querySelectorAll("math").length,
      mathErrors: document.querySelectorAll(".math-error").length,
      prose,
      images: [...document.images].map((image) => ({
        alt: image.alt,
        svg: image.src.startsWith("data:image/svg+xml"),
        complete: image.complete,
        width: image.naturalWidth,
        height: image.naturalHeight,
      })),
      svgIds: [...document.querySelectorAll("svg[id], svg [id]")].map((element) => element.id),
      scripts: document.scripts.length,
      links: { index: link("index"), prev: link("prev"), next: link("next") },
    };
  });
}

async function checkPage(browser: Browser, site: Site, position: number): Promise<void> {
  const stem = site.stems[position];
  const path = join(site.out, `${stem}.html`);
  const { context, requests } = await offlineContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(fileUrl(path), { waitUntil: "load" });
    const report = await inspect(page);

    assert.deepEqual(requests.filter((url) => url !== fileUrl(path)), [], "requests");
    assert.equal(report.scripts, 0, "script elements");

    const expected = expectations(join(site.out, `${stem}.ipynb`));
    assert.equal(report.formulas, expected.formulas, "MathML formulas");
    assert.equal(report.mathErrors, 0, "formulas Temml rejected");
    for (const prose of report.prose) assert.doesNotMatch(prose, RAW_TEX, "TeX left in prose");

    const figures = report.images.filter((image) => image.svg);
    assert.deepEqual(figures.map((image) => image.alt), expected.alts, "figure alt texts");
    for (const image of report.images) {
      assert.ok(image.complete, `image not loaded: ${image.alt}`);
      assert.ok(image.width > 0, `image of zero width: ${image.alt}`);
      assert.ok(image.height > 0, `image of zero height: ${image.alt}`);
    }
    assert.equal(new Set(report.svgIds).size, report.svgIds.length, "ids shared by inline SVGs");

    const size = Deno.statSync(path).size;
    const budget = site.budgets[position];
    console.log(`${site.name}/${stem}.html: ${size} bytes, budget ${Math.floor(budget)} bytes`);
    assert.ok(size <= budget, `${stem}.html weighs ${size} bytes, over its budget of ${budget}`);

    const neighbour = (index: number) =>
      index >= 0 && index < site.stems.length ? `${site.stems[index]}.html` : undefined;
    assert.deepEqual(report.links, {
      index: "index.html",
      prev: neighbour(position - 1),
      next: neighbour(position + 1),
    });
  } finally {
    await context.close();
  }
}

/** Walks index → first page → next … → last page, then back with previous, by clicking. */
async function checkLinks(browser: Browser, site: Site): Promise<void> {
  const { context, requests } = await offlineContext(browser);
  try {
    const page = await context.newPage();
    const index = fileUrl(join(site.out, "index.html"));
    await page.goto(index, { waitUntil: "load" });
    assert.deepEqual(requests.filter((url) => url !== index), [], "index requests");

    const entries = await page.evaluate(() =>
      [...document.querySelectorAll(".index li")].map((item) => ({
        href: item.querySelector("h2 a")?.getAttribute("href"),
        answer: item.querySelector("p")?.textContent?.trim() ?? "",
        rawTex: item.querySelector("p")?.textContent?.includes("$") ?? false,
      }))
    );
    assert.deepEqual(entries.map((entry) => entry.href), site.stems.map((stem) => `${stem}.html`));
    for (const entry of entries) {
      assert.ok(entry.answer.length > 10, `answer of ${entry.href}: ${entry.answer}`);
      assert.equal(entry.rawTex, false, `answer of ${entry.href} holds a $`);
    }
    if (site.stems.length === 0) return;

    await page.click(`.index a[href="${site.stems[0]}.html"]`);
    for (const [position, stem] of site.stems.entries()) {
      assert.equal(page.url(), fileUrl(join(site.out, `${stem}.html`)));
      if (position + 1 < site.stems.length) await page.click('.page-nav-bottom a[rel="next"]');
    }
    for (const stem of site.stems.toReversed().slice(1)) {
      await page.click('.page-nav-top a[rel="prev"]');
      assert.equal(page.url(), fileUrl(join(site.out, `${stem}.html`)));
    }
    await page.click('.page-nav-top a[rel="index"]');
    assert.equal(page.url(), index);
  } finally {
    await context.close();
  }
}

/** Returns the colour at the centre of each SVG figure, drawing the page's images on a canvas. */
function figureCentres(page: Page): Promise<number[][]> {
  return page.evaluate(() =>
    [...document.images].filter((image) => image.src.startsWith("data:image/svg+xml"))
      .map((image) => {
        const canvas = document.createElement("canvas");
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0);
        const x = Math.floor(canvas.width / 2);
        const y = Math.floor(canvas.height / 2);
        return [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
      })
  );
}

function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `rgb(…)` colours, from 1 to 21. */
function contrast(foreground: string, background: string): number {
  const parse = (colour: string) => colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  const [light, dark] = [luminance(parse(foreground)), luminance(parse(background))].sort((a, b) =>
    b - a
  );
  return (light + 0.05) / (dark + 0.05);
}

/** Pairs of (foreground, background) colours that must stay readable, by element. */
function colourPairs(page: Page): Promise<Record<string, [string, string]>> {
  return page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`No element matches ${selector}`);
      return getComputedStyle(element);
    };
    const page = style("body").backgroundColor;
    const code = style(".jp-InputArea-editor").backgroundColor;
    const pairs: Record<string, [string, string]> = {
      "body text": [style("body").color, page],
      prompt: [style(".jp-InputPrompt").color, page],
      link: [style(".page-nav a").color, page],
      "figure card": [style(".jp-RenderedSVG img").backgroundColor, "rgb(255, 255, 255)"],
    };
    pairs["code"] = [style(".jp-InputArea-editor pre").color, code];
    for (const token of ["k", "s2", "mf", "c1"]) {
      pairs[`code .${token}`] = [style(`.jp-InputArea-editor .${token}`).color, code];
    }
    return pairs;
  });
}

async function checkColourSchemes(browser: Browser, site: Site): Promise<void> {
  Deno.mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(site.out, `${site.stems[0]}.html`);
  for (const scheme of ["light", "dark"] as const) {
    const { context } = await offlineContext(browser, scheme);
    try {
      const page = await context.newPage();
      await page.goto(fileUrl(path), { waitUntil: "load" });
      await page.screenshot({
        path: join(SCREENSHOTS, `${site.name}-${site.stems[0]}-${scheme}.png`),
        fullPage: true,
      });
      for (const [name, [foreground, background]] of Object.entries(await colourPairs(page))) {
        if (name === "figure card") {
          assert.equal(foreground, background, `${scheme}: figure card is not white`);
          continue;
        }
        const ratio = contrast(foreground, background);
        assert.ok(ratio >= 4.5, `${scheme}: ${name} ${foreground} on ${background}: ${ratio}`);
      }
    } finally {
      await context.close();
    }
  }
}

const enabled = browserTestsEnabled("page");

Deno.test({
  name: "pages read offline",
  ignore: !enabled,
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async (t) => {
    const fixtureNotebooks = join(WORK, "fixture-notebooks");
    writeFixtureNotebooks(fixtureNotebooks);
    const fixture = await buildSite("fixture", fixtureNotebooks);
    const sites = [fixture];
    if (listNotebooks().length > 0) sites.push(await buildSite("notebooks", NOTEBOOKS));
    const browser = await launchChromium();
    try {
      for (const site of sites) {
        for (const position of site.stems.keys()) {
          await t.step(
            `${site.name}: ${site.stems[position]}`,
            () => checkPage(browser, site, position),
          );
        }
        await t.step(`${site.name}: index and page links`, () => checkLinks(browser, site));
        if (site.stems.length > 0) {
          await t.step(`${site.name}: light and dark`, () => checkColourSchemes(browser, site));
        }
      }
      await t.step("fixture: figures stay isolated", async () => {
        const { context } = await offlineContext(browser);
        try {
          const page = await context.newPage();
          await page.goto(fileUrl(join(fixture.out, `${fixture.stems[0]}.html`)));
          const centres = await figureCentres(page);
          assert.deepEqual(centres.slice(0, 2), [
            FIXTURE_FIGURES[0].colour,
            FIXTURE_FIGURES[1].colour,
          ]);
        } finally {
          await context.close();
        }
      });
    } finally {
      await browser.close();
    }
  },
});
