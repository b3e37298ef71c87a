// Small string helpers for writing SVG by hand: escaping, estimating text width without a
// layout engine, wrapping a title into lines, and hashing a figure into an id prefix.

/** Escapes text for use in SVG character data and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * Estimates the rendered width in pixels of `text` in a proportional sans-serif font. There is
 * no layout engine outside a browser, so each character gets a typical width for its class.
 * The widths follow a wide font (DejaVu Sans), so the text does not overflow in narrower ones.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (char === " ") ems += 0.32;
    else if ("iljtfrI.,:;'|!()[]·".includes(char)) ems += 0.4;
    else if ("mwMW@%=+−<>×±~²".includes(char)) ems += 0.86;
    else if (char >= "A" && char <= "Z") ems += 0.72;
    else ems += 0.62;
  }
  return ems * fontSize * (bold ? 1.06 : 1);
}

/** Splits `text` into lines at spaces so that each line's estimated width fits `maxWidth`. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && estimateTextWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * Hashes `text` into 12 hex digits with two 32-bit FNV-1a passes from different offsets. Equal
 * texts give equal hashes, so a figure's ids do not depend on how many figures came before it.
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  const high = (a >>> 0).toString(16).padStart(8, "0");
  const low = (b >>> 0).toString(16).padStart(8, "0").slice(0, 4);
  return high + low;
}

/** Formats a number for an SVG attribute with at most 2 decimals. */
export function formatCoordinate(value: number): string {
  return String(Math.round(value * 100) / 100);
}
