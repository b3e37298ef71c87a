import assert from "node:assert/strict";
import { klNormal } from "../../lib/metrics/kl.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { integrateOverSupport } from "../../lib/quadrature.ts";

function assertClose(actual: number, expected: number, tolerance: number, label = "value"): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${label}: ${actual} is not within ${tolerance} of ${expected}`,
  );
}

// KL(p‖q) = ∫ p log(p/q), with log(p/q) written out so that it stays finite in the tails.
function klByQuadrature(p: { mu: number; sigma: number }, q: { mu: number; sigma: number }) {
  const density = normal(p.mu, p.sigma);
  const logRatio = (x: number) =>
    Math.log(q.sigma / p.sigma) - ((x - p.mu) / p.sigma) ** 2 / 2 + ((x - q.mu) / q.sigma) ** 2 / 2;
  return integrateOverSupport((x) => density.density(x) * logRatio(x), [
    density,
    normal(q.mu, q.sigma),
  ]);
}

Deno.test("klNormal() matches quadrature", () => {
  const pairs = [
    [{ mu: 0, sigma: 1 }, { mu: 1, sigma: 1 }],
    [{ mu: 4, sigma: 1.25 }, { mu: 0, sigma: 1 }],
    [{ mu: 0, sigma: 1 }, { mu: 4, sigma: 1.25 }],
    [{ mu: -2, sigma: 0.1 }, { mu: 3, sigma: 5 }],
    [{ mu: 1, sigma: 3 }, { mu: 1, sigma: 0.5 }],
  ];
  for (const [p, q] of pairs) {
    const label = `KL(N(${p.mu}, ${p.sigma}²)‖N(${q.mu}, ${q.sigma}²))`;
    assertClose(klNormal(p, q), klByQuadrature(p, q), 1e-8, label);
  }
});

Deno.test("klNormal() is 0 only for equal normals", () => {
  assert.equal(klNormal({ mu: 4, sigma: 1.25 }, { mu: 4, sigma: 1.25 }), 0);
  assert.ok(klNormal({ mu: 4, sigma: 1.25 }, { mu: 4.001, sigma: 1.25 }) > 0);
});

Deno.test("klNormal() is not symmetric", () => {
  const p = { mu: 0, sigma: 1 };
  const q = { mu: 0, sigma: 2 };
  // By hand: KL(p‖q) = log 2 + 1/8 − 1/2 and KL(q‖p) = −log 2 + 2 − 1/2.
  assertClose(klNormal(p, q), Math.LN2 - 0.375, 1e-15, "KL(p‖q)");
  assertClose(klNormal(q, p), 1.5 - Math.LN2, 1e-15, "KL(q‖p)");
});

Deno.test("klNormal() keeps precision for close sigmas", () => {
  // For σ_p = 1 and σ_q = 1 + δ, the series in t = σ_p/σ_q − 1 gives KL = t² − t³/3 + O(t⁴).
  const delta = 1e-6;
  const t = 1 / (1 + delta) - 1;
  const kl = klNormal({ mu: 0, sigma: 1 }, { mu: 0, sigma: 1 + delta });
  const series = t * t - (t * t * t) / 3;
  assert.ok(Math.abs(kl - series) / series < 1e-6, `relative error ${(kl - series) / series}`);
});

Deno.test("klNormal() throws on invalid arguments", () => {
  const good = { mu: 0, sigma: 1 };
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [() => klNormal(null as never, good), TypeError, "p must be an object {mu, sigma}: p=null"],
    [() => klNormal(good, 3 as never), TypeError, "q must be an object {mu, sigma}: q=3"],
    [() => klNormal({ mu: NaN, sigma: 1 }, good), RangeError, "p.mu must be a finite number"],
    [() => klNormal(good, { mu: 0, sigma: 0 }), RangeError, "q.sigma must be positive: q.sigma=0"],
    [() => klNormal({ mu: 0 } as never, good), TypeError, "p.sigma must be a number"],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, (error: Error) => {
      assert.ok(error instanceof type, `${error} should be a ${type.name}`);
      assert.ok(
        error.message.startsWith(`Cannot compute the KL divergence as ${text}`),
        error.message,
      );
      return true;
    });
  }
});
