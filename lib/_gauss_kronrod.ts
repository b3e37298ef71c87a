// The adaptive 15-point Gauss–Kronrod rule behind `integrate`: the 15-point Kronrod estimate
// of an integral, the 7-point Gauss estimate on a subset of the same nodes, and the bisection
// that stops where they agree.

// The 15-point Kronrod rule on [−1, 1]: nodes in decreasing order down to 0 and their weights.
// The 7-point Gauss rule uses the odd-indexed nodes (1, 3, 5, 7) with the weights GAUSS_7.
const KRONROD_NODES = [
  0.991455371120812639206854697526329,
  0.949107912342758524526189684047851,
  0.864864423359769072789712788640926,
  0.741531185599394439863864773280788,
  0.586087235467691130294144845693013,
  0.405845151377397166906606412076961,
  0.207784955007898467600689403773245,
  0,
];
const KRONROD_15 = [
  0.02293532201052922496373200805897,
  0.063092092629978553290700663189204,
  0.104790010322250183839876322541518,
  0.140653259715525918745189590510238,
  0.16900472663926790282658342659855,
  0.190350578064785409913256402421014,
  0.204432940075298892414161999234649,
  0.209482141084727828012999174891714,
];
const GAUSS_7 = [
  0.129484966168869693270611432679082,
  0.27970539148927666790146777142378,
  0.381830050505118944950369775488975,
  0.417959183673469387755102040816327,
];

/**
 * Integrates `f` over [a, b], accepting the interval when three checks agree to within
 * `tolerance`: the Kronrod and Gauss estimates on each half, and the Kronrod estimate on the whole
 * (`whole`) against the sum on the halves. Comparing whole and halves catches integrands whose
 * 15 nodes on [a, b] miss a feature. Otherwise each half recurses with half the tolerance, down
 * to `depth` more levels.
 */
export function adaptiveKronrod(
  f: (x: number) => number,
  a: number,
  b: number,
  whole: Estimate,
  tolerance: number,
  depth: number,
): number {
  const middle = a + (b - a) / 2;
  const left = kronrod15(f, a, middle);
  const right = kronrod15(f, middle, b);
  const sum = left.kronrod + right.kronrod;

  const halvesError = Math.abs(left.kronrod - left.gauss) + Math.abs(right.kronrod - right.gauss);
  const error = Math.max(halvesError, Math.abs(whole.kronrod - sum));
  // The second bound stops the halving once the error is at the level of rounding.
  if (depth === 0 || error <= Math.max(tolerance, 1e-15 * Math.abs(sum))) return sum;

  return adaptiveKronrod(f, a, middle, left, tolerance / 2, depth - 1) +
    adaptiveKronrod(f, middle, b, right, tolerance / 2, depth - 1);
}

/** The Kronrod and Gauss estimates of one integral. */
export interface Estimate {
  kronrod: number;
  gauss: number;
}

/**
 * Computes both estimates of ∫_a^b f on the same 15 points, mapped from [−1, 1] by
 * x = centre + half·t.
 */
export function kronrod15(f: (x: number) => number, a: number, b: number): Estimate {
  const centre = (a + b) / 2;
  const half = (b - a) / 2;
  const fCentre = f(centre);
  let kronrod = KRONROD_15[7] * fCentre;
  let gauss = GAUSS_7[3] * fCentre;
  for (let i = 0; i < 7; i++) {
    const pair = f(centre - half * KRONROD_NODES[i]) + f(centre + half * KRONROD_NODES[i]);
    kronrod += KRONROD_15[i] * pair;
    if (i % 2 === 1) gauss += GAUSS_7[(i - 1) / 2] * pair;
  }
  return { kronrod: kronrod * half, gauss: gauss * half };
}
