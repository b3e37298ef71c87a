// JupyterLab's "Save and Export Notebook As → HTML" must give the same offline page as the build.
// The menu item downloads GET /nbconvert/html/<path> from the Jupyter server, so this test starts
// JupyterLab from the project's .venv on 127.0.0.1, with the config `deno task setup` wrote, and
// compares that endpoint's response with the page scripts/build.ts wrote, byte for byte.

import assert from "node:assert/strict";
import { join } from "node:path";
import { jupyterEnv, PYTHON, ROOT } from "../../scripts/_project.ts";
import { labArguments } from "../../scripts/lab.ts";
import { writeFixtureNotebooks } from "../browser/_pages_fixture.ts";
import { runBuild } from "./_build_cli.ts";

const WORK = join(ROOT, ".test-output", "export");
const STARTUP_TIMEOUT_MS = 120_000;

/** Runs scripts/build.ts, asserts that it succeeded and returns what it printed on stderr. */
async function build(notebooks: string, out: string): Promise<string> {
  const result = await runBuild(notebooks, out);
  assert.equal(result.code, 0, result.stderr);
  return result.stderr;
}

/** Runs Python code with the export modules importable and returns what it printed. */
async function python(code: string): Promise<string> {
  const result = await new Deno.Command(PYTHON, {
    args: ["-c", `import sys; sys.path.insert(0, "export/python")\n${code}`],
    cwd: ROOT,
    env: jupyterEnv(),
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(result.success, new TextDecoder().decode(result.stderr));
  return new TextDecoder().decode(result.stdout);
}

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

/** Starts JupyterLab with the arguments of `deno task lab`, serving `root` on `port`. */
function startLab(root: string, port: number, token: string): Deno.ChildProcess {
  const args = [
    "-m",
    "jupyterlab",
    ...labArguments(root),
    `--ServerApp.port=${port}`,
    "--ServerApp.port_retries=0",
    `--IdentityProvider.token=${token}`,
  ];
  return new Deno.Command(PYTHON, { args, env: jupyterEnv(), stdout: "null", stderr: "piped" })
    .spawn();
}

async function waitUntilReady(base: string, token: string, lab: Deno.ChildProcess) {
  let exited = false;
  lab.status.then(() => exited = true);
  const deadline = performance.now() + STARTUP_TIMEOUT_MS;
  while (!exited && performance.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/status`, {
        headers: { Authorization: `token ${token}` },
      });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`JupyterLab did not answer on ${base} within ${STARTUP_TIMEOUT_MS} ms`);
}

Deno.test({
  name: "lab HTML export equals the built page",
  sanitizeResources: false,
  fn: async () => {
    const notebooks = join(WORK, "notebooks");
    const out = join(WORK, "out");
    const names = writeFixtureNotebooks(notebooks);
    await build(notebooks, out);

    const port = freePort();
    const token = crypto.randomUUID();
    const base = `http://127.0.0.1:${port}`;
    const lab = startLab(out, port, token);
    const log = new Response(lab.stderr).text();
    try {
      await waitUntilReady(base, token, lab).catch(async (error) => {
        lab.kill("SIGTERM");
        throw new Error(`${error.message}; its log:\n${await log}`);
      });
      for (const name of names) {
        const response = await fetch(`${base}/nbconvert/html/${name}?download=true`, {
          headers: { Authorization: `token ${token}` },
        });
        const page = await response.text();
        assert.equal(response.status, 200, page.slice(0, 500));
        assert.match(response.headers.get("Content-Disposition") ?? "", /\.html"?$/);
        const built = Deno.readTextFileSync(join(out, name.replace(/\.ipynb$/, ".html")));
        assert.ok(page === built, `${name}: the server's export differs from the built page`);
        assert.match(page, /<math[ >]/);
        assert.doesNotMatch(page, /<script|https?:\/\/(?!www\.w3\.org\/)/);
      }
    } finally {
      try {
        lab.kill("SIGTERM");
      } catch {
        // Already stopped after a failed start.
      }
      await lab.status;
      await log;
    }
  },
});

Deno.test("build warns about invalid TeX", async () => {
  const notebooks = join(WORK, "invalid-tex");
  const out = join(WORK, "invalid-tex-out");
  Deno.mkdirSync(notebooks, { recursive: true });
  const notebook = {
    cells: [{
      cell_type: "markdown",
      id: "title",
      metadata: {},
      source: String.raw`# Why is $\frac{a}$ invalid?` +
        "\n\nBecause the fraction has no denominator.",
    }],
    metadata: { kernelspec: { display_name: "Deno", language: "typescript", name: "deno" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  Deno.writeTextFileSync(join(notebooks, "invalid-tex.ipynb"), JSON.stringify(notebook));

  const stderr = await build(notebooks, out);

  assert.match(stderr, /warning: invalid-tex\.ipynb: invalid TeX \$\\frac\{a\}\$: .*expected '\}'/);
  const page = Deno.readTextFileSync(join(out, "invalid-tex.html"));
  assert.match(page, /<code class="math-error" title="[^"]*">\$\\frac\{a\}\$<\/code>/);
  const index = Deno.readTextFileSync(join(out, "index.html"));
  assert.match(index, /<code class="math-error">\$\\frac\{a\}\$<\/code>/);
});

Deno.test("svg_data_url() swaps quotes only when safe", async () => {
  const output = await python(`
from lineargan_export.compact import svg_data_url
for svg in [
    '<svg a="#1"><text>50% &amp; <tspan>x</tspan></text></svg>',
    '<svg a="1"><text>D\\'s</text></svg>',
    '<svg a="1"><text>say "hi"</text></svg>',
    '<svg a="x>y">\\n</svg>',
]:
    print(svg_data_url(svg))
`);
  assert.deepEqual(output.trim().split("\n"), [
    "data:image/svg+xml,%3Csvg a='%231'%3E%3Ctext%3E50%25 %26amp; %3Ctspan%3Ex%3C/tspan%3E%3C/text%3E%3C/svg%3E",
    "data:image/svg+xml,%3Csvg a=%221%22%3E%3Ctext%3ED's%3C/text%3E%3C/svg%3E",
    "data:image/svg+xml,%3Csvg a=%221%22%3E%3Ctext%3Esay %22hi%22%3C/text%3E%3C/svg%3E",
    "data:image/svg+xml,%3Csvg a=%22x%3Ey%22%3E%0A%3C/svg%3E",
  ]);
});

Deno.test("compact_code() keeps only styled spans", async () => {
  const output = await python(`
from lineargan_export.compact import compact_code, styled_token_classes
styled = styled_token_classes()
print(sorted(c for c in ["k", "s2", "mf", "c1", "nf", "w", "p", "nx", "o"] if c in styled))
print(compact_code('<pre><span></span><span class="k">const</span><span class="w"> </span>'
                   '<span class="nx">a</span><span class="w"> </span><span class="o">=</span>'
                   '<span class="w"> </span><span class="s2">&quot;x&lt;y&quot;</span></pre>', styled))
`);
  const [classes, html] = output.trim().split("\n");
  assert.equal(classes, "['c1', 'k', 'mf', 'nf', 's2']");
  assert.equal(
    html,
    '<pre><span class="k">const</span> a = <span class="s2">&quot;x&lt;y&quot;</span></pre>',
  );
});
