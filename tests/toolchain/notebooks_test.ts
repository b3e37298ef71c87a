// Executes every notebook with the real Deno kernel, as the main job does, and checks what the
// pages will show. Needs the Python environment from `deno task setup`.

import assert from "node:assert/strict";
import { join } from "node:path";
import { buildNotebooks, describeFailure } from "../../scripts/build.ts";
import { listNotebooks, NOTEBOOKS, ROOT } from "../../scripts/_project.ts";

const OUT = join(ROOT, ".test-output", "notebooks");
const AGAIN = join(ROOT, ".test-output", "notebooks-again");

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  ename?: string;
}

function outputsOf(path: string): Output[] {
  const notebook = JSON.parse(Deno.readTextFileSync(path));
  return notebook.cells.flatMap((cell: { outputs?: Output[] }) => cell.outputs ?? []);
}

Deno.test("notebooks execute with the Deno kernel", async (t) => {
  Deno.mkdirSync(OUT, { recursive: true });
  const reports = await buildNotebooks({ out: OUT });
  assert.deepEqual(reports.map((report) => report.notebook), listNotebooks());

  for (const report of reports) {
    await t.step(report.notebook, () => {
      assert.ok(report.ok, describeFailure(report));
      const outputs = outputsOf(join(OUT, report.notebook));
      const errors = outputs.filter((output) => output.output_type === "error");
      assert.deepEqual(errors.map((output) => output.ename), []);

      const figures = outputs.filter((output) => output.data?.["image/svg+xml"]);
      assert.ok(figures.length >= 3, `${report.notebook} shows ${figures.length} figures`);
      for (const figure of figures) {
        const svg = String(figure.data!["image/svg+xml"]);
        assert.match(svg, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        const alt = String(figure.data!["text/plain"] ?? "");
        assert.ok(alt.length >= 20, `figure alt text is too short: ${alt}`);
        assert.ok(!alt.startsWith("<"), `figure alt text is markup: ${alt}`);
      }

      const page = Deno.readTextFileSync(join(OUT, report.notebook.replace(".ipynb", ".html")));
      assert.doesNotMatch(page, /No description has been provided/);
      assert.equal(
        page.match(/<img [^>]*src="data:image\/svg\+xml,/g)?.length ?? 0,
        figures.length,
      );
    });
  }
});

// Runs after the test above, which leaves its executed copies in OUT. Every output is compared
// as it is, numbers included: the notebooks print no wall-clock times or dates, by design, so
// nothing needs to be masked.
Deno.test("notebooks give identical outputs twice", async () => {
  Deno.mkdirSync(AGAIN, { recursive: true });
  const reports = await buildNotebooks({ out: AGAIN, html: false });
  for (const report of reports) {
    assert.ok(report.ok, describeFailure(report));
    const first = cellOutputs(join(OUT, report.notebook));
    const second = cellOutputs(join(AGAIN, report.notebook));
    assert.equal(second.length, first.length);
    for (const [index, outputs] of first.entries()) {
      assert.equal(second[index], outputs, `${report.notebook}, cell ${index + 1} differs`);
    }
  }
});

function cellOutputs(path: string): string[] {
  const notebook = JSON.parse(Deno.readTextFileSync(path));
  return notebook.cells.map((cell: { outputs?: unknown[] }) => JSON.stringify(cell.outputs ?? []));
}

Deno.test("committed notebooks have no outputs", () => {
  for (const name of listNotebooks()) {
    const notebook = JSON.parse(Deno.readTextFileSync(join(NOTEBOOKS, name)));
    for (const [index, cell] of notebook.cells.entries()) {
      if (cell.cell_type !== "code") continue;
      const where = `notebooks/${name}, cell ${index + 1}`;
      assert.deepEqual(cell.outputs, [], `${where} has outputs; clear them before committing`);
      assert.equal(cell.execution_count, null, `${where} has an execution count`);
    }
  }
});

Deno.test("committed notebooks use the deno kernel", () => {
  for (const name of listNotebooks()) {
    const notebook = JSON.parse(Deno.readTextFileSync(join(NOTEBOOKS, name)));
    assert.equal(notebook.metadata?.kernelspec?.name, "deno", `notebooks/${name}`);
  }
});
