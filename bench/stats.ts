// Small statistics for the benchmark's report: the median of repeated timings, the mean and
// standard deviation of the final parameters over runs, and the two checks the report makes on
// them (both implementations learn the same thing, and memory stays bounded).

/**
 * Returns the median of `values`; for an even count, the mean of the two middle values.
 *
 * @throws {RangeError} If `values` is empty.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new RangeError("Cannot compute the median as values must be non-empty: values=[]");
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A sample's mean and standard deviation (with n − 1; 0 for a single value). */
export type Summary = { mean: number; sd: number };

/**
 * Returns the mean and the sample standard deviation of `values`.
 *
 * @throws {RangeError} If `values` is empty.
 */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) {
    throw new RangeError("Cannot summarize as values must be non-empty: values=[]");
  }
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  if (values.length === 1) return { mean, sd: 0 };
  const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return { mean, sd: Math.sqrt(squares / (values.length - 1)) };
}

/**
 * Tells whether two implementations trained to the same place: the mean final value of each
 * parameter differs by less than `tolerance` between them. Returns the names of the parameters
 * that differ by more, so an empty array means agreement.
 */
export function disagreeingParameters(
  a: Record<string, Summary>,
  b: Record<string, Summary>,
  tolerance: number,
): string[] {
  return Object.keys(a).filter((name) => !(Math.abs(a[name].mean - b[name].mean) < tolerance));
}

/**
 * Tells whether memory stayed bounded: the peak at the larger step count exceeds the peak at the
 * smaller one by at most `maxGrowth` (a fraction; 0.1 allows 10%).
 */
export function isBounded(smallerPeak: number, largerPeak: number, maxGrowth: number): boolean {
  return largerPeak <= smallerPeak * (1 + maxGrowth);
}
