// Fixtures and the finite-difference check shared by the loss tests.

import assert from "node:assert/strict";
import type { DiscriminatorParams } from "../../lib/model/discriminator.ts";

// Batches of different lengths, so that the per-class averaging is exercised.
export const real = [2.7, 4.1, 5.9, 3.3, 4.6];
export const fake = [-1.2, 0.4, 0.9, 2.2];
export const z = [-1.7, -0.3, 0.2, 0.8, 1.9, 0.05];

// Discriminators from D ≈ 1/2 to logits in the hundreds, where σ saturates.
export const discriminators: Required<DiscriminatorParams>[] = [
  { w2: 0.1, b2: 0, c2: 0 },
  { w2: -1.3, b2: 2.2, c2: 0.4 },
  { w2: 30, b2: -75, c2: 0 }, // logits from −111 to 102 on real and fake
  { w2: 0.5, b2: 0, c2: -6 }, // logits down to −206
  { w2: -40, b2: 3, c2: 5 },
];

// Central difference (f(p + h) − f(p − h)) / 2h, with error O(h²) plus rounding of order
// 1e-16·|f|/h. With h = 1e-6 both stay well below the tolerance.
const H = 1e-6;
const TOLERANCE = 1e-6;

/** Estimates df/dp at `value` by a central difference with step 1e-6. */
export function centralDifference(f: (value: number) => number, value: number): number {
  return (f(value + H) - f(value - H)) / (2 * H);
}

/** Asserts |actual − expected| ≤ 1e-6·max(1, |expected|). */
export function assertClose(actual: number, expected: number, label: string): void {
  const error = Math.abs(actual - expected);
  assert.ok(
    error <= TOLERANCE * Math.max(1, Math.abs(expected)),
    `${label}: ${actual} vs ${expected}`,
  );
}
