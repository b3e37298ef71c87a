// The process that nbconvert's MathMLPreprocessor (export/python/lineargan_export/mathml.py)
// starts to pre-render math: it reads a JSON array of markdown strings on stdin and writes a JSON
// array with one `{ markdown, errors }` result per string on stdout. It needs no permissions.

import { type RenderedMarkdown, renderMath } from "./_math.ts";

/** Renders the math of every markdown string in a JSON array. */
export function renderAll(input: string): RenderedMarkdown[] {
  const sources: unknown = JSON.parse(input);
  if (!Array.isArray(sources) || !sources.every((source) => typeof source === "string")) {
    throw new TypeError(
      `Cannot render math as the input must be a JSON array of strings: input=${
        input.slice(0, 80)
      }`,
    );
  }
  return sources.map((source) => renderMath(source));
}

if (import.meta.main) {
  const input = await new Response(Deno.stdin.readable).text();
  console.log(JSON.stringify(renderAll(input)));
}
