// The math pre-rendering of the exported pages on tricky markdown: what is math and what stays
// text or code (scripts/_math_scan.ts), the MathML that replaces it (scripts/_math.ts), and how
// nbconvert's markdown renderer then passes that MathML through.

import assert from "node:assert/strict";
import { join } from "node:path";
import { scanMarkdown, type Segment } from "../../scripts/_math_scan.ts";
import { renderMath } from "../../scripts/_math.ts";
import { renderAll } from "../../scripts/_math_cli.ts";
import { jupyterEnv, PYTHON, ROOT } from "../../scripts/_project.ts";

function kinds(segments: Segment[]): string[] {
  return segments.map((segment) => segment.kind === "math" ? `math:${segment.tex}` : segment.kind);
}

function assertJoinsBack(markdown: string): Segment[] {
  const segments = scanMarkdown(markdown);
  assert.equal(segments.map((segment) => segment.text).join(""), markdown);
  return segments;
}

Deno.test("scanMarkdown() leaves code spans alone", () => {
  const segments = assertJoinsBack("Run `echo $x$` or ``a `$b$` c`` with $y$.");
  assert.deepEqual(kinds(segments), ["text", "code", "text", "code", "text", "math:y", "text"]);
  assert.equal(segments[1].text, "`echo $x$`");
  assert.equal(segments[3].text, "``a `$b$` c``");
});

Deno.test("scanMarkdown() leaves fenced code alone", () => {
  const markdown = "Before $a$.\n\n```sh\necho $PATH $b$\n```\n\n~~~\n$c$\n~~~\nAfter $d$.";
  const segments = assertJoinsBack(markdown);
  assert.deepEqual(kinds(segments), [
    "text",
    "math:a",
    "text",
    "code",
    "text",
    "code",
    "text",
    "math:d",
    "text",
  ]);
  assert.equal(segments[3].text, "```sh\necho $PATH $b$\n```\n");
});

Deno.test("scanMarkdown() leaves an unclosed fence to the end", () => {
  const segments = assertJoinsBack("```\n$a$\n\nstill code $b$");
  assert.deepEqual(kinds(segments), ["code"]);
});

Deno.test("scanMarkdown() keeps escaped dollars as text", () => {
  const segments = assertJoinsBack(
    String.raw`It costs \$5, not \$6; \\$x$ is math after a backslash.`,
  );
  assert.deepEqual(kinds(segments), ["text", "math:x", "text"]);
  assert.equal(segments[0].text, String.raw`It costs \$5, not \$6; \\`);
});

Deno.test("scanMarkdown() reads display math across lines", () => {
  const segments = assertJoinsBack("where\n$$\n\\frac{1}{n}\n\\sum_i x_i\n$$\nis the mean.");
  assert.deepEqual(kinds(segments), ["text", "math:\\frac{1}{n}\n\\sum_i x_i", "text"]);
  assert.equal((segments[1] as { display: boolean }).display, true);
});

Deno.test("scanMarkdown() stops math at a blank line", () => {
  const segments = assertJoinsBack("A $5 bill.\n\nAnother $6 bill.");
  assert.deepEqual(kinds(segments), ["text"]);
});

Deno.test("scanMarkdown() skips braces and escapes in math", () => {
  const segments = assertJoinsBack(String.raw`$\text{a $b$ c}$ and $a \$ b$`);
  assert.deepEqual(kinds(segments), [
    String.raw`math:\text{a $b$ c}`,
    "text",
    String.raw`math:a \$ b`,
  ]);
});

Deno.test("scanMarkdown() reads JupyterLab's other delimiters", () => {
  const markdown = String.raw`Inline \\(a\\), displayed \\[b\\] and
\begin{aligned} c &= d \\ e &= f \end{aligned}`;
  const segments = assertJoinsBack(markdown);
  assert.deepEqual(kinds(segments), [
    "text",
    "math:a",
    "text",
    "math:b",
    "text",
    String.raw`math:\begin{aligned} c &= d \\ e &= f \end{aligned}`,
  ]);
  const displays = segments.filter((segment) => segment.kind === "math").map((segment) =>
    (segment as { display: boolean }).display
  );
  assert.deepEqual(displays, [false, true, true]);
});

Deno.test("scanMarkdown() ignores empty math", () => {
  assert.deepEqual(kinds(assertJoinsBack("$ $ and $$ $$")), ["text"]);
});

Deno.test("renderMath() converts inline math with < and _", () => {
  const { markdown, errors } = renderMath("so $x_1 < x_2$ holds");
  assert.deepEqual(errors, []);
  assert.equal(
    markdown,
    "so <math><mrow><msub><mi>x</mi><mn>1</mn></msub><mo>&lt;</mo>" +
      "<msub><mi>x</mi><mn>2</mn></msub></mrow></math> holds",
  );
});

Deno.test("renderMath() writes displayed math on one line", () => {
  const { markdown } = renderMath("$$\n\\sigma(t) =\n\\frac{1}{1 + e^{-t}}\n$$");
  assert.match(markdown, /^<math display="block" class="tml-display"[^\n]*<\/math>$/);
  assert.match(markdown, /<mfrac><mn>1<\/mn>/);
});

Deno.test("renderMath() hides markdown syntax in MathML text", () => {
  const { markdown } = renderMath(String.raw`$a * b \ast |c| \backslash \_$`);
  const text = markdown.replace(/<[^>]*>/g, "");
  assert.doesNotMatch(text, /[*|\\_]/);
  assert.match(markdown, /<mi>&#124;<\/mi>/);
  assert.match(markdown, /<mi>&#92;<\/mi>/);
});

Deno.test("renderMath() leaves code and escapes as written", () => {
  const source = "Use `$HOME`, pay \\$5.\n\n```\n$x$\n```\n";
  assert.deepEqual(renderMath(source), { markdown: source, errors: [] });
});

Deno.test("renderMath() marks invalid TeX", () => {
  const { markdown, errors } = renderMath(String.raw`Bad $\frac{a}$ here.`);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].source, String.raw`$\frac{a}$`);
  assert.match(errors[0].message, /frac/);
  assert.match(
    markdown,
    /^Bad <code class="math-error" title="[^"]+">&#36;&#92;frac\{a\}&#36;<\/code> here\.$/,
  );
});

Deno.test("renderAll() rejects input that is not a string array", () => {
  assert.throws(
    () => renderAll('{"a": 1}'),
    new TypeError(
      'Cannot render math as the input must be a JSON array of strings: input={"a": 1}',
    ),
  );
  assert.deepEqual(renderAll('["no math"]'), [{ markdown: "no math", errors: [] }]);
});

Deno.test("renderMath() output survives nbconvert's markdown", async () => {
  const source = String.raw`Costs \$5, ${"`$HOME`"} is code, $x_1 < x_2$ and $a * b * c$.
$$
\sum_i w_i
$$

| symbol | meaning |
| ------ | ------- |
| $|b_1|$ | a size |`;
  const { markdown } = renderMath(source);
  const script =
    "import sys; from nbconvert.filters.markdown_mistune import markdown2html_mistune; " +
    "sys.stdout.write(markdown2html_mistune(sys.stdin.read()))";
  const child = new Deno.Command(PYTHON, {
    args: ["-c", script],
    cwd: join(ROOT),
    env: jupyterEnv(),
    stdin: "piped",
    stdout: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(markdown));
  await writer.close();
  const html = new TextDecoder().decode((await child.output()).stdout);

  assert.equal(html.match(/<math[ >]/g)?.length, 4);
  assert.match(html, /Costs \$5, <code>\$HOME<\/code> is code/);
  assert.match(html, /<mo>∗<\/mo><mi>b<\/mi><mo>∗<\/mo>/);
  assert.match(html, /<math display="block"/);
  assert.match(
    html,
    /<td><math><mrow><mi>\|<\/mi><msub><mi>b<\/mi><mn>1<\/mn><\/msub><mi>\|<\/mi>/,
  );
  assert.equal(html.match(/<td>/g)?.length, 2);
  assert.doesNotMatch(html, /<em>|<\/?strong>/);
});
