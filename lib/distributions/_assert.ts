// The argument check for a `Distribution` passed to quadrature and the metrics.

import { message } from "../_validate.ts";
import type { Distribution } from "./distribution.ts";

/**
 * Throws a `TypeError` unless `value` looks like a {@linkcode Distribution}: an object with
 * `density` and `cdf` functions and a numeric `mean` and `variance`.
 */
export function assertDistribution(
  action: string,
  name: string,
  value: unknown,
): asserts value is Distribution {
  const candidate = value as Partial<Distribution> | null;
  const isDistribution = typeof value === "object" && candidate !== null &&
    typeof candidate.density === "function" && typeof candidate.cdf === "function" &&
    typeof candidate.mean === "number" && typeof candidate.variance === "number";
  if (!isDistribution) throw new TypeError(message(action, name, "a distribution", value));
}
