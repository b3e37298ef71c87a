// Checks shared by the sampler tests: sample moments from a fixed seed against the exact ones.

import assert from "node:assert/strict";
import type { Distribution } from "../../lib/distributions/distribution.ts";
import { seededSource } from "../../lib/random.ts";

/**
 * Asserts that 10,000 draws from a fixed seed have a mean and a 1/n variance within 4 standard
 * errors of the distribution's. The standard error of the mean is σ/√n, and that of the variance
 * is √((μ4 − σ⁴)/n), where μ4 is the fourth central moment.
 */
export function assertSampleMoments(
  distribution: Distribution,
  fourthCentralMoment: number,
  seed = 20140610,
): void {
  const n = 10_000;
  const x = distribution.sample(n, seededSource(seed));
  const mean = x.reduce((sum, value) => sum + value, 0) / n;
  const variance = x.reduce((sum, value) => sum + (value - mean) ** 2, 0) / n;

  const sigma2 = distribution.variance;
  const meanError = Math.sqrt(sigma2 / n);
  const varianceError = Math.sqrt((fourthCentralMoment - sigma2 * sigma2) / n);
  assert.ok(
    Math.abs(mean - distribution.mean) <= 4 * meanError,
    `sample mean ${mean} is not within 4·${meanError} of ${distribution.mean}`,
  );
  assert.ok(
    Math.abs(variance - sigma2) <= 4 * varianceError,
    `sample variance ${variance} is not within 4·${varianceError} of ${sigma2}`,
  );
}

/** Asserts that two sources with the same seed give the same draws, bit for bit. */
export function assertSameSeedSameDraws(distribution: Distribution): void {
  const first = distribution.sample(1000, seededSource(7));
  const second = distribution.sample(1000, seededSource(7));
  assert.deepEqual(first, second);
  assert.notDeepEqual(first, distribution.sample(1000, seededSource(8)));
}
