// e^x and ln x for the training loop's hot paths: `_exp` for the loss kernels of
// lib/model/_batch.ts (192 calls per step of the standard benchmark workload) and `_log` for the
// normal sampler of lib/distributions/normal.ts (96 calls). V8 (Deno 2.9.6) compiles each
// Math.exp and Math.log into a call to C++, its own math library `base::ieee754`. These functions
// use only arithmetic and array reads, so the compiler inlines them into the calling loop.
//
// `deno bench bench/inline_math_bench.ts` times both in loops shaped like their callers', where
// they took about half the time of the built-ins. docs/benchmarks.md records the figures.
//
// Both differ from Math.exp and Math.log by at most one unit in the last place, which the tests
// check.

// ln 2 as a sum of two doubles, so that multiples of it keep full precision. This is the usual
// Cody–Waite split: the last 21 bits of LN2_HIGH are zero, so n·LN2_HIGH is exact for every
// integer |n| < 2^21, and LN2_HIGH + LN2_LOW equals ln 2 to about 2^−85.
const LN2_HIGH = 6.93147180369123816490e-1;
const LN2_LOW = 1.90821492927058770002e-10;

// 2^k for k = −1024 … 1023 at index k + POWERS_OFFSET, built by exact doubling and halving.
// 2^−1024 is subnormal but exact, and _log needs it for x of 2^1023·√2 and above.
const POWERS_OFFSET = 1024;
const POWERS_OF_2 = new Float64Array(2 * POWERS_OFFSET);
POWERS_OF_2[POWERS_OFFSET] = 1;
for (let k = 1; k < POWERS_OFFSET; k++) {
  POWERS_OF_2[POWERS_OFFSET + k] = POWERS_OF_2[POWERS_OFFSET + k - 1] * 2;
}
for (let k = -1; k >= -POWERS_OFFSET; k--) {
  POWERS_OF_2[POWERS_OFFSET + k] = POWERS_OF_2[POWERS_OFFSET + k + 1] / 2;
}

// _exp: entries of the table of 2^(j/32), and 32/ln 2.
const STEPS = 32;
const STEPS_PER_LN2 = STEPS / Math.LN2;
const STEP_POWERS = Float64Array.from({ length: STEPS }, (_, j) => 2 ** (j / STEPS));

// _exp: e^710 overflows to Infinity, and e^−746 rounds to 0, so clamping x to [−746, 710]
// changes no result.
const MIN_EXP_ARGUMENT = -746;
const MAX_EXP_ARGUMENT = 710;

// Adding and subtracting 1.5·2^52 rounds a double of size below 2^51 to an integer, because
// doubles from 2^52 on have no fractional bits. It costs less than Math.round.
const ROUNDING_SHIFT = 1.5 * 2 ** 52;

/**
 * Computes e^x. Results of 2^−1022 and above differ from Math.exp's by at most one unit in the
 * last place, and smaller ones by at most the smallest subnormal, 2^−1074. NaN gives NaN,
 * −Infinity gives 0 and Infinity gives Infinity.
 *
 * Method: with n = round(32·x/ln 2), x = n·ln(2)/32 + r and |r| ≤ ln(2)/64, so
 * e^x = 2^⌊n/32⌋ · 2^((n mod 32)/32) · e^r. Both powers of 2 come from tables, and a Taylor
 * polynomial of degree 6 gives e^r − 1 with a truncation error below 3.5e-18. There is
 * no branch, which keeps the calling loop fast.
 */
export function _exp(x: number): number {
  // reduce: x = n·ln(2)/32 + r, with |r| ≤ ln(2)/64 up to rounding (Math.min and Math.max keep
  // NaN, which then propagates to the result)
  const clamped = Math.max(MIN_EXP_ARGUMENT, Math.min(MAX_EXP_ARGUMENT, x));
  const n = (clamped * STEPS_PER_LN2 + ROUNDING_SHIFT) - ROUNDING_SHIFT;
  const r = (clamped - n * (LN2_HIGH / STEPS)) - n * (LN2_LOW / STEPS);

  // e^r − 1 = r + r²/2! + … + r⁶/6!, grouped by powers of r² (Estrin's scheme) so that the
  // multiplications do not wait on each other as they do in Horner's rule
  const r2 = r * r;
  const q = r + r2 * ((1 / 2 + r * (1 / 6)) + r2 * ((1 / 24 + r * (1 / 120)) + r2 * (1 / 720)));

  // scale: n mod 32 picks the table entry and ⌊n/32⌋ the power of 2 (>> rounds towards −∞). The
  // power of 2 is split into two normal factors, because ⌊n/32⌋ runs from −1077 to 1024. The sum
  // step + step·q rounds once, and the small product step·q adds only a tiny error. Each product
  // by a power of 2 is exact unless it leaves the normal range, where only the last one rounds.
  const m = n | 0;
  const step = STEP_POWERS[m & (STEPS - 1)];
  const k = m >> 5;
  const half = k >> 1;
  return (step + step * q) * POWERS_OF_2[half + POWERS_OFFSET] *
    POWERS_OF_2[k - half + POWERS_OFFSET];
}

// _log: a view of one double as two 32-bit integers. The high one (sign, exponent and the top 20
// bits of the fraction) is at index 1 on little-endian machines, and x86-64 and ARM64, the
// machines Deno is built for, are little-endian.
const DOUBLE = new Float64Array(1);
const WORDS = new Int32Array(DOUBLE.buffer);

// _log: the high word of √½, where the reduced argument wraps around.
const SQRT_HALF_HIGH_WORD = 0x3fe6a09e;

/**
 * Computes ln x for a positive, finite, normal x (at least 2^−1022), such as the squared radius
 * r ∈ [2^−106, 1] of the polar normal sampler. Results differ from Math.log's by at most one unit
 * in the last place.
 *
 * NOTE: other inputs give wrong results, because checking for them would slow the sampler's loop:
 * 0 and subnormals give finite numbers near −713, and negatives, NaN and Infinity give NaN. Use
 * Math.log for them.
 *
 * Method: x = 2^k·(1 + f) with 1 + f in about [√½, √2) (the reduction compares only the high
 * 32 bits). With s = f/(2 + f),
 * ln(1 + f) = 2·atanh(s) = 2s + 2s³/3 + 2s⁵/5 + … = f − s·(f − R), where
 * R = 2s²/3 + 2s⁴/5 + … + 2s²⁰/21, truncated where the next term is below 2^−60 of the result.
 * The exact f leads, so the rounding in s only touches the smaller term s·(f − R). The terms are
 * added from the smallest up, and f and k·LN2_HIGH last, so the result rounds about once.
 */
export function _log(x: number): number {
  // reduce: k from the exponent bits, shifted so that 1 + f = x/2^k lands in about [√½, √2)
  DOUBLE[0] = x;
  const k = (WORDS[1] - SQRT_HALF_HIGH_WORD) >> 20;
  const f = x * POWERS_OF_2[POWERS_OFFSET - k] - 1;

  // R, the series in s² (Estrin's scheme, as in _exp)
  const s = f / (2 + f);
  const w = s * s;
  const w2 = w * w;
  const w4 = w2 * w2;
  const series = w * (
    (2 / 3 + w * (2 / 5)) +
    w2 * ((2 / 7 + w * (2 / 9)) + w2 * (2 / 11 + w * (2 / 13))) +
    w4 * w2 * ((2 / 15 + w * (2 / 17)) + w2 * (2 / 19 + w * (2 / 21)))
  );

  // combine: k·ln 2 + ln(1 + f) = k·LN2_HIGH − ((s·(f − R) − k·LN2_LOW) − f). Rounding the sum
  // k·LN2_HIGH + f first would round twice when the result lies just below a power of 2.
  return k * LN2_HIGH - ((s * (f - series) - k * LN2_LOW) - f);
}
