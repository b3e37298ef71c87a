// Argument checks shared by every public function of the library. Each check throws a `TypeError`
// for a value of the wrong type and a `RangeError` for a value outside the allowed range, with a
// message of the form "Cannot <action> as <name> must be <rule>: <name>=<value>".

/** Formats a value for an error message: numbers as written, arrays by length, others as JSON. */
function _show(value: unknown): string {
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "undefined";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  try {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return String(value);
  }
}

/** Builds the library's standard error message. */
export function message(action: string, name: string, rule: string, value: unknown): string {
  return `Cannot ${action} as ${name} must be ${rule}: ${name}=${_show(value)}`;
}

/** Throws a `TypeError` unless `value` is a number, and a `RangeError` unless it is finite. */
export function assertFinite(
  action: string,
  name: string,
  value: unknown,
): asserts value is number {
  if (typeof value !== "number") {
    throw new TypeError(message(action, name, "a number", value));
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(message(action, name, "a finite number", value));
  }
}

/** Throws unless `value` is a finite number greater than 0. */
export function assertPositive(
  action: string,
  name: string,
  value: unknown,
): asserts value is number {
  assertFinite(action, name, value);
  if (!(value > 0)) throw new RangeError(message(action, name, "positive", value));
}

/** Throws unless `value` is a finite number greater than or equal to 0. */
export function assertNonNegative(
  action: string,
  name: string,
  value: unknown,
): asserts value is number {
  assertFinite(action, name, value);
  if (!(value >= 0)) throw new RangeError(message(action, name, "non-negative", value));
}

/** Throws unless `value` is an integer greater than or equal to `min` (1 unless given). */
export function assertInteger(
  action: string,
  name: string,
  value: unknown,
  min = 1,
): asserts value is number {
  assertFinite(action, name, value);
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(message(action, name, `an integer >= ${min}`, value));
  }
}

/** Throws unless `value` is a finite number in the closed interval [min, max]. */
export function assertBetween(
  action: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): asserts value is number {
  assertFinite(action, name, value);
  if (value < min || value > max) {
    throw new RangeError(message(action, name, `in [${min}, ${max}]`, value));
  }
}

/** Throws a `TypeError` unless `value` is a string. */
export function assertString(
  action: string,
  name: string,
  value: unknown,
): asserts value is string {
  if (typeof value !== "string") throw new TypeError(message(action, name, "a string", value));
}

/** Throws a `TypeError` unless `value` is `true` or `false`. */
export function assertBoolean(
  action: string,
  name: string,
  value: unknown,
): asserts value is boolean {
  if (typeof value !== "boolean") throw new TypeError(message(action, name, "a boolean", value));
}

/**
 * Throws a `TypeError` unless `value` is an object that is neither null nor an array, such as an
 * options object or a record. `rule` names what is expected, such as "an object { w1, b1 }".
 */
export function assertObject(
  action: string,
  name: string,
  value: unknown,
  rule = "an object",
): asserts value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(message(action, name, rule, value));
  }
}

/** Throws a `TypeError` unless `value` is an array (of any entries). */
export function assertArray(
  action: string,
  name: string,
  value: unknown,
): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(message(action, name, "an array", value));
}

/** Throws unless `value` is a function, such as a random source or a density. */
export function assertFunction(
  action: string,
  name: string,
  value: unknown,
): asserts value is (...args: never[]) => unknown {
  if (typeof value !== "function") {
    throw new TypeError(message(action, name, "a function", value));
  }
}

/**
 * Throws unless `values` is a non-empty array (or typed array) of finite numbers, with at least
 * `minLength` entries. The error for a bad entry names its index.
 */
export function assertSample(
  action: string,
  name: string,
  values: unknown,
  minLength = 1,
): asserts values is ArrayLike<number> {
  const isArray = Array.isArray(values) || values instanceof Float64Array ||
    values instanceof Float32Array;
  if (!isArray) {
    throw new TypeError(message(action, name, "an array of numbers", values));
  }
  const sample = values as ArrayLike<unknown>;
  if (sample.length < minLength) {
    const rule = minLength === 1 ? "non-empty" : `of length >= ${minLength}`;
    throw new RangeError(message(action, `${name}.length`, rule, sample.length));
  }
  for (let i = 0; i < sample.length; i++) {
    assertFinite(action, `${name}[${i}]`, sample[i]);
  }
}

/**
 * Throws unless `history` is an object whose columns `fields` are arrays or typed arrays, each as
 * long as `history.step`, the layout of a training history.
 */
export function assertColumns(action: string, history: unknown, fields: readonly string[]): void {
  assertObject(action, "history", history, "an object of columns");
  const rows = (history.step as ArrayLike<number> | undefined)?.length;
  for (const field of fields) {
    const column = history[field];
    if (!Array.isArray(column) && !ArrayBuffer.isView(column)) {
      throw new TypeError(message(action, `history.${field}`, "an array of numbers", column));
    }
    const length = (column as ArrayLike<number>).length;
    if (length !== rows) {
      const rule = `of length ${rows} like history.step`;
      throw new RangeError(message(action, `history.${field}.length`, rule, length));
    }
  }
}
