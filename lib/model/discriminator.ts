// The logistic discriminator D(x) = σ(c2·x² + w2·x + b2): the probability it gives that x is real
// data rather than generated. With c2 = 0 (the default) it is the linear logistic classifier
// σ(w2·x + b2); the optional quadratic feature c2·x² lets it tell apart two normals that differ in
// variance. The sigmoid σ(t) = 1/(1 + e^(−t)) and log σ(t) are computed without overflow or log(0).

import { assertFinite, message } from "../_validate.ts";
import { _assertDiscriminatorParams } from "./_params.ts";

/** The discriminator's parameters: the logit is c2·x² + w2·x + b2, and c2 defaults to 0. */
export type DiscriminatorParams = { w2: number; b2: number; c2?: number };

/**
 * Computes the discriminator's logit t = c2·x² + w2·x + b2, so that D(x) = σ(t).
 *
 * @param params The finite parameters `{ w2, b2, c2? }`; c2 is 0 if omitted.
 * @param x A finite data value.
 * @returns The logit; ±Infinity if it overflows, which needs parameters or x near 1e154.
 * @throws {TypeError} If `params` is not an object, or a parameter or `x` is not a number.
 * @throws {RangeError} If a parameter or `x` is not finite.
 *
 * @example A linear discriminator
 * ```ts
 * import { logit } from "./discriminator.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(logit({ w2: 2, b2: -8 }, 4), 0);
 * assert.equal(logit({ w2: 0, b2: 1, c2: -1 }, 3), -8);
 * ```
 */
export function logit(params: DiscriminatorParams, x: number): number {
  const action = "compute the logit";
  _assertDiscriminatorParams(action, params);
  assertFinite(action, "x", x);
  // Horner's form (c2·x + w2)·x + b2 can overflow to ±Infinity but, unlike c2·x² + w2·x + b2,
  // never to Infinity − Infinity = NaN.
  return ((params.c2 ?? 0) * x + params.w2) * x + params.b2;
}

/**
 * Computes D(x) = σ(c2·x² + w2·x + b2), the probability the discriminator gives that x is real.
 *
 * @param params The finite parameters `{ w2, b2, c2? }`; c2 is 0 if omitted.
 * @param x A finite data value.
 * @returns D(x) in [0, 1]. It rounds to exactly 1 for logits above about 37 and to exactly 0
 *   below about −745; use {@link logSigmoid} of the logit where those tails matter.
 * @throws {TypeError} If `params` is not an object, or a parameter or `x` is not a number.
 * @throws {RangeError} As for {@link logit}.
 *
 * @example D is 1/2 on its decision boundary
 * ```ts
 * import { discriminate } from "./discriminator.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(discriminate({ w2: 2, b2: -8 }, 4), 0.5);
 * assert.ok(discriminate({ w2: 2, b2: -8 }, 5) > 0.5);
 * ```
 */
export function discriminate(params: DiscriminatorParams, x: number): number {
  return _sigmoid(logit(params, x));
}

/**
 * Computes the logistic sigmoid σ(t) = 1/(1 + e^(−t)) without overflow: for t < 0 it uses the
 * equal form e^t/(1 + e^t), so that no exponential exceeds 1.
 *
 * @param t Any number except NaN; σ(−∞) = 0 and σ(∞) = 1.
 * @returns σ(t) in [0, 1].
 * @throws {TypeError} If `t` is not a number.
 * @throws {RangeError} If `t` is NaN.
 *
 * @example Symmetry and the far tails
 * ```ts
 * import { sigmoid } from "./discriminator.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(sigmoid(0), 0.5);
 * assert.equal(sigmoid(1000), 1);
 * assert.equal(sigmoid(-1000), 0);
 * assert.ok(Math.abs(sigmoid(2) + sigmoid(-2) - 1) < 1e-15);
 * ```
 */
export function sigmoid(t: number): number {
  _assertNotNaN("compute the sigmoid", t);
  return _sigmoid(t);
}

/**
 * Computes log σ(t) = −softplus(−t) = min(t, 0) − log(1 + e^(−|t|)), which stays finite and
 * accurate where σ(t) itself rounds to 0 (log σ(−1000) = −1000, not log 0).
 *
 * @param t Any number except NaN; log σ(−∞) = −∞ and log σ(∞) = 0.
 * @returns log σ(t) in (−∞, 0].
 * @throws {TypeError} If `t` is not a number.
 * @throws {RangeError} If `t` is NaN.
 *
 * @example Far in the tails
 * ```ts
 * import { logSigmoid } from "./discriminator.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(logSigmoid(-1000), -1000);
 * assert.equal(logSigmoid(1000), 0);
 * assert.ok(Math.abs(logSigmoid(0) + Math.LN2) < 1e-15);
 * ```
 */
export function logSigmoid(t: number): number {
  _assertNotNaN("compute the log-sigmoid", t);
  return _logSigmoid(t);
}

/** σ(t) without checks; exact 0.5 at t = 0 and no overflow at either end. */
export function _sigmoid(t: number): number {
  if (t >= 0) return 1 / (1 + Math.exp(-t));
  const e = Math.exp(t);
  return e / (1 + e);
}

/** log σ(t) without checks. */
export function _logSigmoid(t: number): number {
  return Math.min(t, 0) - Math.log1p(Math.exp(-Math.abs(t)));
}

function _assertNotNaN(action: string, t: unknown): asserts t is number {
  if (typeof t !== "number") throw new TypeError(message(action, "t", "a number", t));
  if (Number.isNaN(t)) throw new RangeError(message(action, "t", "a number other than NaN", t));
}
