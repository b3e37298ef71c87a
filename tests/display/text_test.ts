import assert from "node:assert/strict";
import { tableOutput, textOutput } from "../../lib/display/text.ts";

const DISPLAY = Symbol.for("Jupyter.display");

function bundleOf(output: object): Record<string, string> {
  return (output as Record<symbol, () => Record<string, string>>)[DISPLAY]();
}

Deno.test("textOutput() joins lines", () => {
  const output = textOutput("a", "b c");
  assert.equal(output.text, "a\nb c");
  assert.deepEqual(bundleOf(output), { "text/plain": "a\nb c" });
});

Deno.test("textOutput() rejects a non-string", () => {
  assert.throws(() => textOutput("a", 3 as never), /lines\[1\] must be a string/);
});

Deno.test("tableOutput() aligns columns", () => {
  const table = tableOutput([
    { data: "synthetic", prior: "N(0, 1²)", W1: 0.0191 },
    { data: "penguins (mm)", prior: "U(0, 1)", W1: 1.9372, KS: 0.108 },
  ], { title: "fits", digits: 2 });
  assert.equal(
    table.text,
    [
      "fits",
      "data           prior       W1    KS",
      "-------------  --------  ----  ----",
      "synthetic      N(0, 1²)  0.02",
      "penguins (mm)  U(0, 1)   1.94  0.11",
    ].join("\n"),
  );
});

Deno.test("tableOutput() gives a Markdown table", () => {
  const table = tableOutput([{ name: "a|b", value: 1 }], { digits: 0 });
  assert.equal(table.markdown, "| name | value |\n| :--- | ---: |\n| a\\|b | 1 |");
  assert.equal(bundleOf(table)["text/markdown"], table.markdown);
  assert.equal(bundleOf(table)["text/plain"], table.text);
});

Deno.test("tableOutput() shows non-finite numbers", () => {
  const table = tableOutput([{ x: NaN }, { x: Infinity }], { digits: 1 });
  assert.deepEqual(table.text.split("\n").slice(2), ["     NaN", "Infinity"]);
});

Deno.test("tableOutput() rejects bad input", () => {
  assert.throws(() => tableOutput([]), RangeError);
  assert.throws(() => tableOutput([{ x: 1 }], { digits: 21 }), RangeError);
  assert.throws(() => tableOutput([{ x: 1 }], { digits: 1.5 }), RangeError);
  assert.throws(
    () => tableOutput([{ x: true as never }]),
    /rows\[0\]\.x must be a string or a number/,
  );
  assert.throws(() => tableOutput([null as never]), TypeError);
});
