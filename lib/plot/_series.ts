// Preparing a long training series for drawing. A centred moving average smooths the noise of
// minibatch estimates. Min–max decimation cuts the steps into buckets and keeps each bucket's
// smallest and largest value, so that far fewer points still show every swing.

/** A point of a decimated series. */
export interface SeriesPoint {
  /** The training step. */
  step: number;
  /** The value at that step; NaN where the series is not finite. */
  value: number;
}

/**
 * Reduces `(steps[i], values[i])` to at most about `maxPoints` points, keeping in each bucket
 * of consecutive indices its first minimum and first maximum. A bucket with non-finite values
 * also keeps its first one, as NaN, so that a line drawn from the result still breaks there.
 */
export function decimateSeries(
  steps: ArrayLike<number>,
  values: ArrayLike<number>,
  maxPoints: number,
): SeriesPoint[] {
  const n = steps.length;
  const points: SeriesPoint[] = [];
  if (n <= maxPoints) {
    for (let i = 0; i < n; i++) points.push({ step: steps[i], value: _finiteOrNaN(values[i]) });
    return points;
  }
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = Math.floor((bucket * n) / buckets);
    const end = Math.floor(((bucket + 1) * n) / buckets);
    let low = -1;
    let high = -1;
    let gap = -1;
    for (let i = start; i < end; i++) {
      const value = values[i];
      if (!Number.isFinite(value)) {
        if (gap < 0) gap = i;
        continue;
      }
      if (low < 0 || value < values[low]) low = i;
      if (high < 0 || value > values[high]) high = i;
    }
    const indices = new Set([low, high, gap].filter((i) => i >= 0));
    for (const i of [...indices].sort((a, b) => a - b)) {
      points.push({ step: steps[i], value: _finiteOrNaN(values[i]) });
    }
  }
  return points;
}

// Plot breaks a line at NaN but would scale ±Infinity to an invalid coordinate.
function _finiteOrNaN(value: number): number {
  return Number.isFinite(value) ? value : NaN;
}

/**
 * Computes the centred moving average over `window` consecutive entries (an odd window is
 * centred exactly; an even one leans one entry to the right). Near either end the window is
 * cut short. Non-finite entries are left out of each mean, and a mean over no finite entry is
 * NaN.
 */
export function movingAverage(values: ArrayLike<number>, window: number): Float64Array {
  const n = values.length;
  const sums = new Float64Array(n + 1);
  const counts = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const finite = Number.isFinite(values[i]);
    sums[i + 1] = sums[i] + (finite ? values[i] : 0);
    counts[i + 1] = counts[i] + (finite ? 1 : 0);
  }
  const means = new Float64Array(n);
  const before = Math.floor((window - 1) / 2);
  for (let i = 0; i < n; i++) {
    const start = Math.max(0, i - before);
    const end = Math.min(n, i - before + window);
    const count = counts[end] - counts[start];
    means[i] = count > 0 ? (sums[end] - sums[start]) / count : NaN;
  }
  return means;
}
