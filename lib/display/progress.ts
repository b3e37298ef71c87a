// A one-line progress display for long cells: one output that later calls replace in place
// through Jupyter's display ids, with updates throttled so that a fast loop does not flood the
// notebook with messages.

import { assertFunction, assertNonNegative, assertObject, message } from "../_validate.ts";
import { type DisplayFunction, jupyterDisplay } from "./_jupyter.ts";

/** A progress display created by {@linkcode createProgress}. */
export interface Progress {
  /** The Jupyter display id, `lineargan-progress-<n>` for the n-th display of the session. */
  readonly id: string;
  /** The line currently shown (or that would be shown outside the kernel). */
  readonly text: string;
  /**
   * Shows `value` as `<label>: <text>`, or a record as `<label>: key value, key value` in the
   * record's key order. Calls within `minInterval` of the last one shown are skipped; after
   * `done()` they are ignored.
   */
  update(value: string | Readonly<Record<string, number | string>>): Promise<void>;
  /** Shows the final line `<label>: <summary>`, whatever the throttle. */
  done(summary: string): Promise<void>;
}

let _count = 0;

/**
 * Creates a progress display. It shows nothing until the first `update` or `done`, which
 * creates one output in the running cell; each later call replaces that output.
 *
 * NOTE: the kernel sends display messages through asynchronous operations, so a loop that never
 * awaits may show its updates only when it ends. Write `await progress.update(...)` in loops.
 *
 * @param label The prefix of every line, such as "training".
 * @param options `minInterval`: the minimum time between shown updates in milliseconds, in
 *   [0, ∞), 100 unless given; `display` and `now` replace the kernel's display function and
 *   the clock (`performance.now`), for tests.
 * @returns The progress display.
 * @throws {TypeError} If `label` is not a string, `options` is not an object, `minInterval` is
 *   not a number, or `display` or `now` is not a function. The returned `update` and `done`
 *   reject with a `TypeError` for a value they cannot format.
 * @throws {RangeError} If `label` is blank or `minInterval` is negative or not finite.
 *
 * @example Outside the kernel it only keeps the text
 * ```ts
 * import { createProgress } from "./progress.ts";
 * import assert from "node:assert/strict";
 *
 * const progress = createProgress("training");
 * await progress.update({ step: 500, lossD: 1.3863 });
 * assert.equal(progress.text, "training: step 500, lossD 1.386");
 * await progress.done("2000 steps in 1.2 s");
 * assert.equal(progress.text, "training: 2000 steps in 1.2 s");
 * ```
 */
export function createProgress(
  label: string,
  options: { minInterval?: number; display?: DisplayFunction; now?: () => number } = {},
): Progress {
  const action = "create a progress display";
  if (typeof label !== "string") throw new TypeError(message(action, "label", "a string", label));
  if (label.trim() === "") throw new RangeError(message(action, "label", "non-blank", label));
  assertObject(action, "options", options);
  const minInterval = options.minInterval ?? 100;
  assertNonNegative(action, "minInterval", minInterval);
  if (options.display !== undefined) assertFunction(action, "display", options.display);
  if (options.now !== undefined) assertFunction(action, "now", options.now);
  const display = options.display ?? jupyterDisplay();
  const now = options.now ?? (() => performance.now());
  const id = `lineargan-progress-${++_count}`;

  let text = "";
  let created = false;
  let lastShown = -Infinity;
  let finished = false;

  async function send(line: string): Promise<void> {
    text = line;
    lastShown = now();
    if (display === undefined) return;
    const bundle = { "text/plain": line };
    const update = created;
    created = true;
    await display(
      bundle,
      update ? { raw: true, display_id: id, update } : { raw: true, display_id: id },
    );
  }

  return {
    id,
    get text() {
      return text;
    },
    async update(value) {
      const line = `${label}: ${_formatValue("update a progress display", value)}`;
      if (finished || now() - lastShown < minInterval) return;
      await send(line);
    },
    async done(summary) {
      if (typeof summary !== "string") {
        throw new TypeError(message("finish a progress display", "summary", "a string", summary));
      }
      finished = true;
      await send(`${label}: ${summary}`);
    },
  };
}

// Formats a record as "key value, key value"; numbers get 4 significant digits, integers stay.
function _formatValue(action: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null) {
    throw new TypeError(message(action, "value", "a string or a record", value));
  }
  return Object.entries(value).map(([key, entry]) => {
    if (typeof entry === "number") {
      const shown = Number.isInteger(entry) ? String(entry) : String(Number(entry.toPrecision(4)));
      return `${key} ${shown}`;
    }
    if (typeof entry === "string") return `${key} ${entry}`;
    throw new TypeError(message(action, `value.${key}`, "a number or a string", entry));
  }).join(", ");
}
