// Splits notebook markdown into prose, code and TeX math, finding math the way JupyterLab does
// before it renders markdown. Inline math is `$…$` or `\\(…\\)`, and displayed math is `$$…$$`,
// `\\[…\\]` or `\begin{env}…\end{env}`. Code spans, fenced code blocks and backslash escapes
// such as `\$` stay prose or code, so they are never typeset.

/** A run of markdown that is neither code nor math. */
export interface TextSegment {
  kind: "text";
  text: string;
}

/** A code span or a fenced code block, delimiters included. */
export interface CodeSegment {
  kind: "code";
  text: string;
}

/** A formula: `text` is the source with delimiters, `tex` what goes to the TeX converter. */
export interface MathSegment {
  kind: "math";
  text: string;
  tex: string;
  display: boolean;
}

/** One piece of a markdown source. The `text` of all pieces, in order, joins back to the source. */
export type Segment = TextSegment | CodeSegment | MathSegment;

const FENCE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})/;
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const BLANK_LINE = /\n[ \t]*\n/y;
const BEGIN = /^\\begin\{([a-zA-Z]+\*?)\}/;

/**
 * Splits markdown into text, code and math segments.
 *
 * A math delimiter with no closing partner before the next blank line is text, as in JupyterLab.
 * Inside math, `{…}` groups and backslash escapes are skipped when looking for the closing
 * delimiter, so `$\text{a $b$}$` is one formula and `$a \$ b$` too.
 *
 * NOTE: code blocks indented by four spaces are scanned as prose, as JupyterLab 4 scans them
 * for math too. Code that contains `$` belongs in fenced blocks.
 */
export function scanMarkdown(markdown: string): Segment[] {
  const segments: Segment[] = [];
  const lines = markdown.split(/(?<=\n)/);
  let prose = "";
  let index = 0;
  while (index < lines.length) {
    const fence = lines[index].match(FENCE);
    if (!fence) {
      prose += lines[index++];
      continue;
    }
    const end = _fenceEnd(lines, index, fence[1]);
    segments.push(..._scanProse(prose));
    prose = "";
    segments.push({ kind: "code", text: lines.slice(index, end).join("") });
    index = end;
  }
  segments.push(..._scanProse(prose));
  return _merge(segments);
}

/** Returns the index of the line after the fence that closes the block opened at `start`. */
function _fenceEnd(lines: string[], start: number, opening: string): number {
  const closing = new RegExp(`^(?:[ \\t]*>)*[ \\t]*${opening[0]}{${opening.length},}[ \\t]*$`);
  for (let index = start + 1; index < lines.length; index++) {
    if (closing.test(lines[index].replace(/\n$/, ""))) return index + 1;
  }
  return lines.length;
}

/** Splits text that contains no fenced code block. */
function _scanProse(text: string): Segment[] {
  const segments: Segment[] = [];
  let plain = "";
  let at = 0;
  const flush = () => {
    if (plain) segments.push({ kind: "text", text: plain });
    plain = "";
  };
  while (at < text.length) {
    const found = _codeSpanAt(text, at) ?? _mathAt(text, at);
    if (found) {
      flush();
      segments.push(found);
      at += found.text.length;
      continue;
    }
    // A backslash escape, or a backtick run that opens no code span, is copied whole.
    let step = 1;
    if (text[at] === "\\" && PUNCTUATION.test(text[at + 1] ?? "")) step = 2;
    if (text[at] === "`") step = _runLength(text, at, "`");
    plain += text.slice(at, at + step);
    at += step;
  }
  flush();
  return segments;
}

function _blankLineAt(text: string, at: number): boolean {
  BLANK_LINE.lastIndex = at;
  return BLANK_LINE.test(text);
}

function _runLength(text: string, at: number, char: string): number {
  let end = at;
  while (text[end] === char) end++;
  return end - at;
}

/** Returns the code span that starts at `at`, if its closing backtick run exists. */
function _codeSpanAt(text: string, at: number): CodeSegment | undefined {
  if (text[at] !== "`") return undefined;
  const length = _runLength(text, at, "`");
  let search = at + length;
  while (search < text.length) {
    if (_blankLineAt(text, search)) return undefined;
    if (text[search] !== "`") {
      search++;
      continue;
    }
    const run = _runLength(text, search, "`");
    if (run === length) return { kind: "code", text: text.slice(at, search + run) };
    search += run;
  }
  return undefined;
}

/**
 * Returns the formula that starts at `at`, if it is closed before the next blank line. An empty
 * pair such as `$ $` comes back as text, so that its closing delimiter opens nothing.
 */
function _mathAt(text: string, at: number): MathSegment | TextSegment | undefined {
  const rest = text.slice(at, at + 40);
  const begin = rest.match(BEGIN);
  let opening: string;
  let closing: string;
  if (rest.startsWith("$$")) [opening, closing] = ["$$", "$$"];
  else if (rest.startsWith("$")) [opening, closing] = ["$", "$"];
  else if (rest.startsWith("\\\\(")) [opening, closing] = ["\\\\(", "\\\\)"];
  else if (rest.startsWith("\\\\[")) [opening, closing] = ["\\\\[", "\\\\]"];
  else if (begin) [opening, closing] = [begin[0], `\\end{${begin[1]}}`];
  else return undefined;

  const end = _closingAt(text, at + opening.length, closing);
  if (end === undefined) return undefined;
  const source = text.slice(at, end + closing.length);
  const inner = text.slice(at + opening.length, end);
  if (inner.trim() === "") return { kind: "text", text: source };
  const display = opening !== "$" && opening !== "\\\\(";
  return { kind: "math", text: source, tex: begin ? source : inner.trim(), display };
}

/** Returns where `closing` starts, outside braces, before any blank line; or undefined. */
function _closingAt(text: string, from: number, closing: string): number | undefined {
  let depth = 0;
  let at = from;
  while (at < text.length) {
    if (depth === 0 && text.startsWith(closing, at)) return at;
    const char = text[at];
    if (_blankLineAt(text, at)) return undefined;
    if (char === "\\") {
      at += 2;
      continue;
    }
    if (char === "{") depth++;
    if (char === "}") depth = Math.max(0, depth - 1);
    at++;
  }
  return undefined;
}

/** Joins neighbouring text segments, so that the output does not depend on how it was scanned. */
function _merge(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (segment.kind === "text" && last?.kind === "text") last.text += segment.text;
    else if (segment.text) merged.push(segment);
  }
  return merged;
}
