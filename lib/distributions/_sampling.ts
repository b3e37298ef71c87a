// Helpers shared by the distribution modules.

/** Fills `out` with successive calls of `draw` and returns `out`. */
export function fillFrom(out: Float64Array, draw: () => number): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = draw();
  return out;
}

/** Formats a parameter for a distribution's name: at most 3 significant digits, no trailing 0s. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(3)));
}
