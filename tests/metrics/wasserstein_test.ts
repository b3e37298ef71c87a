import assert from "node:assert/strict";
import { w1Normal, w1Samples } from "../../lib/metrics/wasserstein.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { integrateOverSupport } from "../../lib/quadrature.ts";
import { seededSource } from "../../lib/random.ts";

function assertClose(actual: number, expected: number, tolerance: number, label = "value"): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${label}: ${actual} is not within ${tolerance} of ${expected}`,
  );
}

const pairs = [
  [{ mu: 0, sigma: 1 }, { mu: 0, sigma: 2 }],
  [{ mu: 4, sigma: 1.25 }, { mu: 0, sigma: 1 }],
  [{ mu: 4, sigma: 1.25 }, { mu: 3.9, sigma: 0.2 }],
  [{ mu: -1, sigma: 0.5 }, { mu: 2, sigma: 3 }],
  [{ mu: 1, sigma: 2 }, { mu: -1, sigma: 2 }],
];

Deno.test("w1Samples() computes small cases by hand", () => {
  assert.equal(w1Samples([0, 2, 5], [1, 3, 6]), 1);
  assert.equal(w1Samples([0, 2, 5], [0, 2, 5]), 0);
  // F_a − F_b is 1/2 on [0, 1) and on [1, 2), where F_b has risen to 1 and F_a is 1/2.
  assert.equal(w1Samples([0, 2], [1]), 1);
  // Ties: the mass 1/2 at 0 moves to 1 and the mass 1/2 at 2 stays.
  assert.equal(w1Samples([0, 0, 2, 2], [1, 2]), 0.5);
  assert.equal(w1Samples([3], [-1]), 4);
});

Deno.test("w1Samples() is symmetric and ignores order", () => {
  const a = [0.3, -2, 5, 1.1, 0.3];
  const b = new Float64Array([4, -1, 2]);
  assert.equal(w1Samples(a, b), w1Samples(b, a));
  assert.equal(w1Samples(a, b), w1Samples([...a].reverse(), b));
});

Deno.test("w1Normal() is |Δμ| for equal sigmas", () => {
  assert.equal(w1Normal({ mu: 1, sigma: 2 }, { mu: -1, sigma: 2 }), 2);
  assert.equal(w1Normal({ mu: 4, sigma: 1.25 }, { mu: 4, sigma: 1.25 }), 0);
});

Deno.test("w1Normal() matches quadrature of |F_p − F_q|", () => {
  for (const [p, q] of pairs) {
    const P = normal(p.mu, p.sigma);
    const Q = normal(q.mu, q.sigma);
    const expected = integrateOverSupport((x) => Math.abs(P.cdf(x) - Q.cdf(x)), [P, Q]);
    assertClose(w1Normal(p, q), expected, 1e-9, `W1(${P.name}, ${Q.name})`);
    assert.equal(w1Normal(p, q), w1Normal(q, p));
  }
});

Deno.test("w1Normal() matches w1Samples on large samples", () => {
  // The empirical distribution of n normal draws lies at an expected W1 distance of about
  // √(2/(πn))·σ·J from its normal, with J = ∫ √(Φ(z)(1 − Φ(z))) dz, because √n(F_n − F) tends to
  // a Brownian bridge. By the triangle inequality the two W1 values differ by at most the sum of
  // those two distances, so the test allows twice the sum of their expected values.
  const standard = normal(0, 1);
  const J = integrateOverSupport((z) => Math.sqrt(standard.cdf(z) * (1 - standard.cdf(z))), [
    standard,
  ]);
  const n = 100_000;
  for (const [i, [p, q]] of pairs.entries()) {
    const a = normal(p.mu, p.sigma).sample(n, seededSource(100 + i));
    const b = normal(q.mu, q.sigma).sample(n, seededSource(200 + i));
    const tolerance = 2 * Math.sqrt(2 / (Math.PI * n)) * J * (p.sigma + q.sigma);
    assertClose(w1Samples(a, b), w1Normal(p, q), tolerance, `pair ${i}`);
  }
});

Deno.test("w1Samples() throws on invalid arguments", () => {
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [() => w1Samples([], [1]), RangeError, "a.length must be non-empty: a.length=0"],
    [() => w1Samples([1], "x" as never), TypeError, 'b must be an array of numbers: b="x"'],
    [() => w1Samples([1, NaN], [1]), RangeError, "a[1] must be a finite number: a[1]=NaN"],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, { name: type.name, message: `Cannot compute the W1 distance as ${text}` });
  }
});

Deno.test("w1Normal() throws on invalid arguments", () => {
  const good = { mu: 0, sigma: 1 };
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [
      () => w1Normal(undefined as never, good),
      TypeError,
      "p must be an object {mu, sigma}: p=undefined",
    ],
    [
      () => w1Normal(good, { mu: Infinity, sigma: 1 }),
      RangeError,
      "q.mu must be a finite number: q.mu=Infinity",
    ],
    [
      () => w1Normal({ mu: 0, sigma: -2 }, good),
      RangeError,
      "p.sigma must be positive: p.sigma=-2",
    ],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, { name: type.name, message: `Cannot compute the W1 distance as ${text}` });
  }
});
