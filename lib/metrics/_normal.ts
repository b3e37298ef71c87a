// The parameters of a normal distribution as the closed-form metrics take them.

import { assertFinite, assertPositive, message } from "../_validate.ts";

/** The mean `mu` and standard deviation `sigma` of a normal distribution N(mu, sigma²). */
export interface NormalParameters {
  /** The mean, any finite number. */
  readonly mu: number;
  /** The standard deviation, in (0, ∞). */
  readonly sigma: number;
}

/** Throws unless `value` is an object with a finite `mu` and a positive finite `sigma`. */
export function assertNormalParameters(
  action: string,
  name: string,
  value: unknown,
): asserts value is NormalParameters {
  if (typeof value !== "object" || value === null) {
    throw new TypeError(message(action, name, "an object {mu, sigma}", value));
  }
  const { mu, sigma } = value as Record<string, unknown>;
  assertFinite(action, `${name}.mu`, mu);
  assertPositive(action, `${name}.sigma`, sigma);
}
