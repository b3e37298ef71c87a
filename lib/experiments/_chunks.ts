// Training in chunks: `train` is synchronous, so a notebook cell that calls it once cannot show
// progress until it returns. Splitting the run into consecutive calls that continue from the
// previous parameters and the same random source gives the same trajectory, bit for bit, and
// lets the caller await a progress update between calls.

import { assertFunction, assertInteger, message } from "../_validate.ts";
import {
  _createHistory,
  _recordedStep,
  _writeRow,
  RECORD_FIELDS,
  type TrainHistory,
  type TrainRecord,
} from "../train/history.ts";
import type { TrainOptions } from "../train/options.ts";
import { train, type TrainResult } from "../train/train.ts";

const DEFAULT_CHUNKS = 20;
const DEFAULT_HISTORY_SIZE = 1000;

/** Called after each chunk with the chunk's last record; training waits for a returned promise. */
export type ChunkCallback = (record: TrainRecord) => void | Promise<void>;

/**
 * The rows of the joined history: "per chunk" keeps about `historySize / chunks` rows (at
 * least 2) of each chunk. "single run" keeps the rows that one `train(options)` call records, bit
 * for bit, at the cost of measuring the losses at every step.
 */
export type ChunkHistory = "per chunk" | "single run";

/**
 * Runs `train(options)` as `chunks` consecutive calls (20, or `steps` if fewer, unless given)
 * and joins their histories as `history` selects, with steps counted from the start of the whole
 * run. `options.onProgress` is not allowed; use `onChunk`.
 */
export async function _trainInChunks(
  action: string,
  options: TrainOptions,
  chunksOption: number | undefined,
  onChunk: ChunkCallback | undefined,
  history: ChunkHistory = "per chunk",
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
  const historySize = options.historySize ?? DEFAULT_HISTORY_SIZE;
  assertInteger(action, "historySize", historySize, 2);
  const rowsPerChunk = Math.max(2, Math.round(historySize / chunks));
  const parts: TrainResult[] = [];
  const offsets: number[] = [];
  let init = options.init;
  let done = 0;
  for (let chunk = 0; chunk < chunks; chunk++) {
    const steps = Math.floor(((chunk + 1) * options.steps) / chunks) - done;
    // A chunk of the single-run history records all its steps; the join keeps the run's rows.
    const chunkRows = history === "single run" ? Math.max(2, steps) : rowsPerChunk;
    const part = train({ ...options, steps, init, historySize: chunkRows });
    parts.push(part);
    offsets.push(done);
    done += steps;
    init = part.final;
    if (onChunk !== undefined) await onChunk(_lastRecord(part, done - 1));
  }
  const joined = history === "single run"
    ? _joinAsSingleRun(parts, offsets, Math.min(done, historySize))
    : _join(parts, offsets);
  return { history: joined, final: parts[parts.length - 1].final, steps: done };
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

// Keeps the rows at the steps that one call of `train` with `rows` rows would record, from
// chunks that recorded every step.
function _joinAsSingleRun(parts: TrainResult[], offsets: number[], rows: number): TrainHistory {
  const steps = offsets[offsets.length - 1] + parts[parts.length - 1].steps;
  const history = _createHistory(rows);
  let row = 0;
  parts.forEach((part, i) => {
    for (let j = 0; j < part.history.step.length && row < rows; j++) {
      if (part.history.step[j] + offsets[i] !== _recordedStep(row, rows, steps)) continue;
      const record = {} as TrainRecord;
      for (const field of RECORD_FIELDS) record[field] = part.history[field][j];
      record.step += offsets[i];
      _writeRow(history, row++, record);
    }
  });
  return history;
}
