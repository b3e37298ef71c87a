import assert from "node:assert/strict";
import { showText } from "../../lib/display/show_text.ts";
import { tableOutput, textOutput } from "../../lib/display/text.ts";

type Call = { bundle: Record<string, string>; options: unknown };

function recorder(): {
  calls: Call[];
  display: (bundle: Record<string, string>, options: unknown) => Promise<void>;
} {
  const calls: Call[] = [];
  const display = (bundle: Record<string, string>, options: unknown) => {
    calls.push({ bundle, options });
    return Promise.resolve();
  };
  return { calls, display };
}

Deno.test("showText() displays a string raw", async () => {
  const { calls, display } = recorder();
  const result = await showText("accuracy 0.495", { display });
  assert.equal(result, undefined);
  assert.deepEqual(calls, [{ bundle: { "text/plain": "accuracy 0.495" }, options: { raw: true } }]);
});

Deno.test("showText() displays lines and tables", async () => {
  const { calls, display } = recorder();
  await showText(textOutput("a", "b"), { display });
  await showText(tableOutput([{ m: "4", ratio: 1.004 }]), { display });
  assert.deepEqual(calls[0].bundle, { "text/plain": "a\nb" });
  assert.equal(calls[1].bundle["text/plain"], "m  ratio\n-  -----\n4  1.004");
  assert.equal(calls[1].bundle["text/markdown"], "| m | ratio |\n| :--- | ---: |\n| 4 | 1.004 |");
});

Deno.test("showText() outside the kernel shows nothing", async () => {
  assert.equal(await showText("no kernel here"), undefined);
});

Deno.test("showText() rejects other values", async () => {
  for (const value of [42, null, { text: "no display method" }]) {
    await assert.rejects(
      () => showText(value as never, { display: () => Promise.resolve() }),
      (error: Error) =>
        error instanceof TypeError &&
        error.message.startsWith(
          "Cannot show text as output must be a string or a result of textOutput or tableOutput",
        ),
    );
  }
});
