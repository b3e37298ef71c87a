import assert from "node:assert/strict";
import { generate, generatedDistribution } from "../../lib/model/generator.ts";
import { normal } from "../../lib/distributions/normal.ts";
import type { Distribution } from "../../lib/distributions/distribution.ts";
import { seededSource } from "../../lib/random.ts";

// U(0, 1), written out here so that the test needs no other distribution module.
const standardUniform: Distribution = {
  name: "U(0, 1)",
  mean: 0.5,
  variance: 1 / 12,
  density: (x) => (x >= 0 && x < 1 ? 1 : 0),
  cdf: (x) => Math.min(1, Math.max(0, x)),
  sampleInto(out, source) {
    for (let i = 0; i < out.length; i++) out[i] = source();
    return out;
  },
  sample(n, source) {
    return this.sampleInto(new Float64Array(n), source);
  },
};

Deno.test("generate() computes w1·z + b1", () => {
  const x = generate({ w1: -2, b1: 4 }, new Float64Array([0, 1, -1.5]));
  assert.deepEqual(Array.from(x), [4, 2, 7]);
});

Deno.test("generate() writes into out", () => {
  const out = new Float64Array(2);
  const x = generate({ w1: 3, b1: 1 }, [1, 2], out);
  assert.equal(x, out);
  assert.deepEqual(Array.from(out), [4, 7]);
});

Deno.test("generate() rejects bad arguments", () => {
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [() => generate({ w1: NaN, b1: 0 }, [1]), RangeError, "w1 must be a finite number: w1=NaN"],
    [() => generate({ w1: 1 } as never, [1]), TypeError, "b1 must be a number: b1=undefined"],
    [() => generate(null as never, [1]), TypeError, "params must be an object { w1, b1 }"],
    [() => generate({ w1: 1, b1: 0 }, []), RangeError, "z.length must be non-empty: z.length=0"],
    [() => generate({ w1: 1, b1: 0 }, [1, Infinity]), RangeError, "z[1] must be a finite number"],
    [
      () => generate({ w1: 1, b1: 0 }, [1, 2], new Float64Array(3)),
      RangeError,
      "out.length must be z.length (2): out.length=3",
    ],
    [() => generate({ w1: 1, b1: 0 }, [1], [0] as never), TypeError, "out must be a Float64Array"],
  ];
  for (const [call, type, text] of cases) {
    assert.throws(call, (error: Error) => error instanceof type && error.message.includes(text));
    assert.throws(call, (error: Error) => error.message.startsWith("Cannot generate as "));
  }
});

Deno.test("generatedDistribution() is N(b1, w1²) by default", () => {
  const pg = generatedDistribution({ w1: -1.25, b1: 4 });
  const reference = normal(4, 1.25);
  assert.equal(pg.mean, 4);
  assert.equal(pg.variance, 1.5625);
  assert.equal(pg.name, reference.name);
  for (const x of [-1, 2.5, 4, 6.75]) {
    assert.equal(pg.density(x), reference.density(x));
    assert.equal(pg.cdf(x), reference.cdf(x));
  }
});

Deno.test("generatedDistribution() pushes a normal prior forward", () => {
  // z ~ N(1, 2²) and x = −3·z + 0.5 give x ~ N(−2.5, 6²).
  const pg = generatedDistribution({ w1: -3, b1: 0.5 }, normal(1, 2));
  const reference = normal(-2.5, 6);
  assert.ok(Math.abs(pg.mean - reference.mean) < 1e-12);
  assert.ok(Math.abs(pg.variance - reference.variance) < 1e-12);
  for (const x of [-14, -2.5, 0, 7]) {
    assert.ok(Math.abs(pg.density(x) - reference.density(x)) < 1e-15);
    assert.ok(Math.abs(pg.cdf(x) - reference.cdf(x)) < 1e-14);
  }
});

Deno.test("generatedDistribution() keeps the sign of w1 for U(0, 1)", () => {
  const up = generatedDistribution({ w1: 2, b1: 0 }, standardUniform);
  const down = generatedDistribution({ w1: -2, b1: 0 }, standardUniform);
  assert.equal(up.mean, 1);
  assert.equal(down.mean, -1);
  assert.equal(up.cdf(1), 0.5);
  assert.equal(down.cdf(-0.5), 0.75); // P(−2z ≤ −0.5) = P(z ≥ 0.25)
  assert.equal(down.density(-1), 0.5);
  assert.equal(down.density(1), 0);
});

Deno.test("generatedDistribution() samples G(z) from the prior", () => {
  const pg = generatedDistribution({ w1: 0.5, b1: 3 }, standardUniform);
  const x = pg.sample(5, seededSource(7));
  const z = standardUniform.sample(5, seededSource(7));
  assert.deepEqual(Array.from(x), Array.from(z, (value) => 0.5 * value + 3));
});

Deno.test("generatedDistribution() rejects w1 = 0", () => {
  assert.throws(() => generatedDistribution({ w1: 0, b1: 4 }), {
    name: "RangeError",
    message: "Cannot build the generated distribution as w1 must be non-zero, " +
      "since w1 = 0 is a point mass at b1: w1=0",
  });
});

Deno.test("generatedDistribution() rejects a noise without sampleInto", () => {
  assert.throws(() => generatedDistribution({ w1: 1, b1: 0 }, {} as never), {
    name: "TypeError",
    message:
      "Cannot build the generated distribution as noise must be a distribution with sampleInto: " +
      "noise={}",
  });
});
