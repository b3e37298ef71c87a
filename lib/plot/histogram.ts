// The density-normalised histogram: equal-width bins spanning the sample, each with height
// count / (n · width), so that the bar areas add up to 1 and the bars estimate the density.

import { assertInteger, assertObject, assertSample } from "../_validate.ts";

/** One bin [x0, x1) of a histogram; the last bin also contains its right edge. */
export interface HistogramBin {
  /** Left edge. */
  x0: number;
  /** Right edge. */
  x1: number;
  /** Number of sample values in the bin. */
  count: number;
  /** count / (n · (x1 − x0)), in units of 1 / (unit of x). */
  density: number;
}

/**
 * Bins a sample into equal-width bins from its minimum to its maximum and normalises the bar
 * heights to a density. The default bin count follows the Freedman–Diaconis rule (bin width
 * 2 · IQR · n^(−1/3)), falls back to Sturges' rule (⌈log2 n⌉ + 1) when the interquartile range
 * is 0, and is kept within [5, 80]. When every value is an integer and `bins` is not given, the
 * bin width is rounded to a whole number and the edges fall halfway between integers, so the
 * count can leave [5, 80]. A sample whose values are all equal gets one bin of width 1.
 *
 * @param samples The sample, finite numbers, at least one.
 * @param options `bins`: the number of bins, an integer in [1, ∞).
 * @returns The bins from left to right; their areas `density · (x1 − x0)` sum to 1.
 * @throws {TypeError} If `samples` is not an array of numbers, `options` is not an object or
 *   `bins` is not a number.
 * @throws {RangeError} If `samples` is empty or has a non-finite value, or `bins` < 1.
 *
 * @example Areas sum to 1
 * ```ts
 * import { densityHistogram } from "./histogram.ts";
 * import assert from "node:assert/strict";
 *
 * const bins = densityHistogram([1, 1.5, 2.5, 2.8, 3], { bins: 2 });
 * assert.deepEqual(bins.map((bin) => bin.count), [2, 3]);
 * const area = bins.reduce((sum, bin) => sum + bin.density * (bin.x1 - bin.x0), 0);
 * assert.ok(Math.abs(area - 1) < 1e-12);
 * ```
 */
export function densityHistogram(
  samples: ArrayLike<number>,
  options: { bins?: number } = {},
): HistogramBin[] {
  const action = "compute a density histogram";
  assertSample(action, "samples", samples);
  assertObject(action, "options", options);
  if (options.bins !== undefined) assertInteger(action, "bins", options.bins);
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  const min = sorted[0];
  const max = sorted[n - 1];
  if (min === max) {
    return [{ x0: min - 0.5, x1: min + 0.5, count: n, density: 1 }];
  }
  if (options.bins === undefined && sorted.every(Number.isInteger)) {
    return _integerBins(sorted, _defaultBinCount(sorted));
  }
  const count = options.bins ?? _defaultBinCount(sorted);
  const width = (max - min) / count;
  return _bins(sorted, min, width, count, max);
}

// Integer data (such as lengths recorded in whole millimetres) get a whole-number bin width
// and edges halfway between integers, so that every bin covers the same number of possible
// values. A fractional width would make the bars alternate between high and low.
function _integerBins(sorted: Float64Array, roughCount: number): HistogramBin[] {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const width = Math.max(1, Math.round((max - min + 1) / roughCount));
  const count = Math.ceil((max - min + 1) / width);
  return _bins(sorted, min - 0.5, width, count, min - 0.5 + count * width);
}

// Counts `sorted` into `count` bins of `width` from `start`; the last bin ends at `end`.
function _bins(
  sorted: Float64Array,
  start: number,
  width: number,
  count: number,
  end: number,
): HistogramBin[] {
  const n = sorted.length;
  const counts = new Array<number>(count).fill(0);
  for (const value of sorted) {
    counts[Math.min(count - 1, Math.floor((value - start) / width))] += 1;
  }
  return counts.map((binCount, i) => {
    const x0 = start + i * width;
    const x1 = i === count - 1 ? end : start + (i + 1) * width;
    return { x0, x1, count: binCount, density: binCount / (n * (x1 - x0)) };
  });
}

// Freedman–Diaconis bin count for a sorted sample, with Sturges' rule when the IQR is 0.
function _defaultBinCount(sorted: Float64Array): number {
  const n = sorted.length;
  const iqr = _quantile(sorted, 0.75) - _quantile(sorted, 0.25);
  const span = sorted[n - 1] - sorted[0];
  const count = iqr > 0
    ? Math.ceil(span / (2 * iqr * Math.cbrt(1 / n)))
    : Math.ceil(Math.log2(n)) + 1;
  return Math.min(80, Math.max(5, count));
}

// Linear-interpolation quantile (type 7, the default of R and NumPy) of a sorted sample.
function _quantile(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
