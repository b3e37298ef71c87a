// Argument checks shared by the Dirac GAN modules.

import { assertFinite, message } from "../_validate.ts";
import { _assertObject } from "../model/_params.ts";

/** The update orders: both players step from the same point, or D steps first and G follows. */
export type DiracVariant = "simultaneous" | "alternating";

const VARIANTS: readonly DiracVariant[] = ["simultaneous", "alternating"];

/** Throws unless `value` is `{ b1, w2 }` with finite numbers; fields are named `prefix` + name. */
export function _assertDiracState(action: string, value: unknown, name = "state"): void {
  _assertObject(action, name, value, "an object { b1, w2 }");
  const prefix = name === "state" ? "" : `${name}.`;
  assertFinite(action, `${prefix}b1`, value.b1);
  assertFinite(action, `${prefix}w2`, value.w2);
}

/** Throws unless `value` is "simultaneous" or "alternating". */
export function _assertVariant(
  action: string,
  name: string,
  value: unknown,
): asserts value is DiracVariant {
  const rule = `one of ${VARIANTS.map((variant) => `"${variant}"`).join(", ")}`;
  if (typeof value !== "string") throw new TypeError(message(action, name, rule, value));
  if (!(VARIANTS as readonly string[]).includes(value)) {
    throw new RangeError(message(action, name, rule, value));
  }
}
