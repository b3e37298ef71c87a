// The main job's failure handling: a failing or hanging cell is named, the other notebooks are
// still built, and the last good page is kept. Runs scripts/build.ts as a user would.

import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT } from "../../scripts/_project.ts";
import { runBuild } from "./_build_cli.ts";

const WORK = join(ROOT, ".test-output", "build");

function writeNotebook(dir: string, name: string, cells: string[]): void {
  const notebook = {
    cells: [
      { cell_type: "markdown", id: "title", metadata: {}, source: `# ${name}\n\nA fixture.` },
      ...cells.map((source, index) => ({
        cell_type: "code",
        id: `code-${index}`,
        execution_count: null,
        metadata: {},
        outputs: [],
        source,
      })),
    ],
    metadata: { kernelspec: { display_name: "Deno", language: "typescript", name: "deno" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  Deno.writeTextFileSync(join(dir, `${name}.ipynb`), JSON.stringify(notebook));
}

function build(dir: string, out: string, timeout: number) {
  return runBuild(dir, out, { timeout });
}

Deno.test("build keeps last good page on failure", async () => {
  const dir = join(WORK, "notebooks");
  const out = join(WORK, "out");
  Deno.mkdirSync(dir, { recursive: true });
  writeNotebook(dir, "a-good", ["const answer = 6 * 7;\nanswer"]);
  writeNotebook(dir, "b-fails", ["1 + 1"]);
  writeNotebook(dir, "c-hangs", ["2 + 2"]);

  const first = await build(dir, out, 20);
  assert.equal(first.code, 0, first.stderr);
  const goodPage = Deno.readTextFileSync(join(out, "b-fails.html"));
  assert.match(goodPage, />2</);

  writeNotebook(dir, "b-fails", ["const x = 1;", "throw new RangeError('deliberate failure')"]);
  writeNotebook(dir, "c-hangs", ["await new Promise(() => {});"]);
  const second = await build(dir, out, 5);

  assert.equal(second.code, 1);
  assert.match(second.stderr, /b-fails\.ipynb: cell 3 \(throw new RangeError/);
  assert.match(second.stderr, /RangeError: deliberate failure/);
  assert.match(second.stderr, /c-hangs\.ipynb: cell 2 \(await new Promise.*timed out after 5 s/);
  assert.match(second.stdout, /ok .* a-good\.ipynb/);
  assert.equal(Deno.readTextFileSync(join(out, "b-fails.html")), goodPage);
  const index = Deno.readTextFileSync(join(out, "index.html"));
  assert.match(index, /href="a-good\.html"/);
  assert.match(index, /href="b-fails\.html"/);
});

Deno.test("build rejects a bad timeout", async () => {
  const result = await build(join(WORK, "notebooks"), join(WORK, "out"), 0);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--timeout must be a positive integer: --timeout=0/);
});
