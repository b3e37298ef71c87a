// Training in chunks: `train` is synchronous, so a notebook cell that calls it once cannot show
// progress until it returns. Splitting the run into consecutive calls that continue from the
// previous parameters and the same random source gives the same trajectory, bit for bit, and
// lets the caller await a progress update between calls.

import { assertFunction, assertInteger, message } from "../_validate.ts";
import { _createHistory, _writeRow, RECORD_FIELDS, type TrainRecord } from "../train/history.ts";
import type { TrainOptions } from "../train/options.ts";
import { train, type TrainResult } from "../train/train.ts";

const DEFAULT_CHUNKS = 20;

/** Called after each chunk with the chunk's last record; training waits for a returned promise. */
export type ChunkCallback = (record: TrainRecord) => void | Promise<void>;

/**
 * Runs `train(options)` as `chunks` consecutive calls (20, or `steps` if fewer, unless given)
 * and joins their histories. Each chunk
 * keeps about `historySize / chunks` rows (at least 2), with steps counted from the start of
 * the whole run. `options.onProgress` is not allowed; use `onChunk`.
 */
export async function _trainInChunks(
  action: string,
  options: TrainOptions,
  chunksOption: number | undefined,
  onChunk: ChunkCallback | undefined,
): Promise<TrainResult> {
  assertInteger(action, "steps", options.steps);
  const chunks = chunksOption ?? Math.min(DEFAULT_CHUNKS, options.steps);
  assertInteger(action, "chunks", chunks);
  if (chunks > options.steps) {
    throw new RangeError(message(action, "chunks", `at most steps (${options.steps})`, chunks));
  }
  if (options.onProgress !== undefined) {
    const rule = "omitted (use onChunk)";
    throw new RangeError(message(action, "onProgress", rule, options.onProgress));
  }
  if (onChunk !== undefined) assertFunction(action, "onChunk", onChunk);
  const rowsPerChunk = Math.max(2, Math.round((options.historySize ?? 1000) / chunks));
  const parts: TrainResult[] = [];
  const offsets: number[] = [];
  let init = options.init;
  let done = 0;
  for (let chunk = 0; chunk < chunks; chunk++) {
    const steps = Math.floor(((chunk + 1) * options.steps) / chunks) - done;
    const part = train({ ...options, steps, init, historySize: rowsPerChunk });
    parts.push(part);
    offsets.push(done);
    done += steps;
    init = part.final;
    if (onChunk !== undefined) await onChunk(_lastRecord(part, done - 1));
  }
  return { history: _join(parts, offsets), final: parts[parts.length - 1].final, steps: done };
}

// The last recorded row of a chunk, with its step counted from the start of the run.
function _lastRecord(part: TrainResult, step: number): TrainRecord {
  const row = part.history.step.length - 1;
  const record = {} as TrainRecord;
  for (const field of RECORD_FIELDS) record[field] = part.history[field][row];
  record.step = step;
  return record;
}

function _join(parts: TrainResult[], offsets: number[]) {
  const rows = parts.reduce((sum, part) => sum + part.history.step.length, 0);
  const history = _createHistory(rows);
  let row = 0;
  parts.forEach((part, i) => {
    for (let j = 0; j < part.history.step.length; j++) {
      const record = {} as TrainRecord;
      for (const field of RECORD_FIELDS) record[field] = part.history[field][j];
      record.step += offsets[i];
      _writeRow(history, row++, record);
    }
  });
  return history;
}
