import assert from "node:assert/strict";
import { jsDivergence } from "../../lib/metrics/js.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { uniform } from "../../lib/distributions/uniform.ts";
import { normalMixture } from "../../lib/distributions/mixture.ts";
import { integrateOverSupport } from "../../lib/quadrature.ts";

function assertClose(actual: number, expected: number, tolerance: number, label = "value"): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${label}: ${actual} is not within ${tolerance} of ${expected}`,
  );
}

// The differential entropy of N(mu, sigma²) in nats: ½ log(2πe σ²).
function normalEntropy(sigma: number): number {
  return 0.5 * Math.log(2 * Math.PI * Math.E * sigma * sigma);
}

Deno.test("jsDivergence() is 0 for identical distributions", () => {
  assert.equal(jsDivergence(normal(4, 1.25), normal(4, 1.25)), 0);
  const mixture = normalMixture([{ weight: 1, mu: -2, sigma: 1 }, { weight: 1, mu: 2, sigma: 1 }]);
  assert.equal(jsDivergence(mixture, mixture), 0);
});

Deno.test("jsDivergence() stays within [0, log 2]", () => {
  const cases = [
    [normal(0, 1), normal(0.01, 1)],
    [normal(0, 1), normal(3, 0.5)],
    [normal(0, 1), normal(1e3, 1)],
    [uniform(0, 1), uniform(5, 6)],
  ];
  for (const [p, q] of cases) {
    const value = jsDivergence(p, q);
    assert.ok(value >= 0, `JS(${p.name}‖${q.name}) = ${value} is negative`);
    assert.ok(value <= Math.LN2, `JS(${p.name}‖${q.name}) = ${value} is above log 2`);
  }
  assertClose(jsDivergence(normal(0, 1), normal(1e3, 1)), Math.LN2, 1e-12, "disjoint normals");
});

Deno.test("jsDivergence() is exact for overlapping uniforms", () => {
  // U(0, 2) and U(1, 3) agree on [1, 2]. On [0, 1] and [2, 3] only one density is 1/2, and each
  // of those pieces adds ½ · ½ · log 2, so JS = (log 2)/2.
  const p = uniform(0, 2);
  const q = uniform(1, 3);
  assertClose(jsDivergence(p, q), Math.LN2 / 2, 1e-10, "support interval");
  assertClose(jsDivergence(p, q, { interval: [-1, 4] }), Math.LN2 / 2, 1e-10, "interval [−1, 4]");
  assertClose(jsDivergence(q, p), Math.LN2 / 2, 1e-10, "swapped");
});

Deno.test("jsDivergence() matches the entropy form", () => {
  // JS(p‖q) = H(m) − (H(p) + H(q))/2 with m = (p + q)/2. Only H(m) needs quadrature here.
  const pairs: [number, number, number, number][] = [
    [4, 1.25, 0, 1],
    [0, 1, 0.5, 1],
    [0, 1, 0, 3],
    [-2, 0.1, 3, 5],
  ];
  for (const [muP, sigmaP, muQ, sigmaQ] of pairs) {
    const p = normal(muP, sigmaP);
    const q = normal(muQ, sigmaQ);
    const mLogM = (x: number) => {
      const m = (p.density(x) + q.density(x)) / 2;
      return m === 0 ? 0 : m * Math.log(m);
    };
    const mixtureEntropy = -integrateOverSupport(mLogM, [p, q]);
    const expected = mixtureEntropy - (normalEntropy(sigmaP) + normalEntropy(sigmaQ)) / 2;
    assertClose(jsDivergence(p, q), expected, 1e-8, `JS(${p.name}‖${q.name})`);
    assertClose(jsDivergence(q, p), jsDivergence(p, q), 1e-12, "symmetry");
  }
});

Deno.test("jsDivergence() throws on invalid arguments", () => {
  const p = normal(0, 1);
  const ownCases: [() => unknown, string][] = [
    [() => jsDivergence(null as never, p), "p must be a distribution: p=null"],
    [() => jsDivergence(p, [1, 2] as never), "q must be a distribution: q=an array of length 2"],
  ];
  for (const [call, text] of ownCases) {
    assert.throws(call, {
      name: "TypeError",
      message: `Cannot compute the JS divergence as ${text}`,
    });
  }

  // The interval is checked by integrateOverSupport, whose messages name its own action.
  const intervalCases: [() => unknown, ErrorConstructor, string][] = [
    [
      () => jsDivergence(p, p, { interval: [2, 1] }),
      RangeError,
      "options.interval[1] must be greater than options.interval[0]=2: options.interval[1]=1",
    ],
    [
      () => jsDivergence(p, p, { interval: "wide" as never }),
      TypeError,
      'options.interval must be an array [lower, upper]: options.interval="wide"',
    ],
  ];
  for (const [call, type, text] of intervalCases) {
    assert.throws(call, {
      name: type.name,
      message: `Cannot integrate over the support as ${text}`,
    });
  }
});
