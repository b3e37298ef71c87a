import assert from "node:assert/strict";
import { numericColumn } from "../../lib/data/column.ts";
import { penguins } from "../../lib/data/penguins.ts";
import { empirical } from "../../lib/distributions/empirical.ts";
import { normal } from "../../lib/distributions/normal.ts";
import { uniform } from "../../lib/distributions/uniform.ts";
import { comparePriors } from "../../lib/experiments/priors.ts";
import { _standardize } from "../../lib/experiments/_standard_units.ts";
import { seededSource } from "../../lib/random.ts";
import { train } from "../../lib/train/train.ts";

// The settings of notebooks/01-why-noise.ipynb.
const notebook = {
  priors: [normal(0, 1), uniform(-1, 1), uniform(0, 1)],
  steps: 10_000,
  lrD: 0.05,
  lrG: 0.05,
  batchSize: 64,
  init: { w1: 0.5, b1: -1 },
  sampleSize: 10_000,
};
const synthetic = await comparePriors({
  ...notebook,
  data: normal(4, 1.25),
  source: seededSource(1),
});
const flippers = empirical(numericColumn(penguins(), "Flipper Length (mm)"));
const real = await comparePriors({ ...notebook, data: flippers, source: seededSource(1) });

// W1 and KS between N(4, 1.25²) and the uniform with the same mean and standard deviation,
// U(4 ± 1.25·√3): 1.25·∫|Φ⁻¹(u) − √3·(2u − 1)| du and max |Φ(x) − (x + √3)/(2√3)|, from an
// independent midpoint sum over 10⁶ levels and a grid search over 200,001 points of the support,
// both with Python's statistics.NormalDist.
const FLAT_W1 = 0.19285;
const FLAT_KS = 0.05721;

Deno.test("comparePriors() matches mean and spread with every prior", () => {
  for (const fit of synthetic.fits) {
    assert.ok(Math.abs(fit.mean - 4) < 0.05, `${fit.prior.name}: mean ${fit.mean}`);
    assert.ok(Math.abs(fit.sd - 1.25) < 0.03, `${fit.prior.name}: sd ${fit.sd}`);
  }
});

Deno.test("comparePriors() normal prior reaches the floor", () => {
  const [normalFit] = synthetic.fits;
  assert.ok(normalFit.w1Distance < 2 * synthetic.floor.w1Distance, `${normalFit.w1Distance}`);
  assert.ok(normalFit.ks < 2 * synthetic.floor.ks, `${normalFit.ks}`);
});

Deno.test("comparePriors() uniform priors stop at the flat distance", () => {
  for (const fit of synthetic.fits.slice(1)) {
    assert.ok(Math.abs(fit.w1Distance - FLAT_W1) < 0.02, `${fit.prior.name}: W1 ${fit.w1Distance}`);
    assert.ok(Math.abs(fit.ks - FLAT_KS) < 0.012, `${fit.prior.name}: KS ${fit.ks}`);
    assert.ok(fit.w1Distance > 5 * synthetic.floor.w1Distance);
  }
});

Deno.test("comparePriors() U(0, 1) puts b1 at an end", () => {
  // p_g = U(b1, b1 + w1) for w1 > 0, so b1 sits √3·sd below the mean.
  const fit = synthetic.fits[2];
  const end = fit.w1 > 0 ? fit.mean - Math.sqrt(3) * fit.sd : fit.mean + Math.sqrt(3) * fit.sd;
  assert.ok(Math.abs(fit.b1 - end) < 1e-9, `b1 ${fit.b1}, end ${end}`);
  assert.ok(Math.abs(fit.b1 - 4) > 2);
});

Deno.test("comparePriors() fits no prior to the penguins", () => {
  for (const fit of real.fits) {
    assert.ok(Math.abs(fit.mean - flippers.mean) < 1, `${fit.prior.name}: mean ${fit.mean}`);
    assert.ok(Math.abs(fit.sd - real.scale.sd) < 0.5, `${fit.prior.name}: sd ${fit.sd}`);
    assert.ok(fit.ks > 0.08, `${fit.prior.name}: KS ${fit.ks}`);
    assert.ok(fit.w1Distance > 5 * real.floor.w1Distance, `${fit.prior.name}`);
  }
  // The flat block is at least as close as the bell to the two overlapping bumps.
  const [bell, ...blocks] = real.fits;
  for (const block of blocks) assert.ok(block.w1Distance < bell.w1Distance + 0.3);
});

Deno.test("comparePriors() reports the standardisation", () => {
  assert.deepEqual(synthetic.scale, { mean: 4, sd: 1.25 });
  assert.ok(Math.abs(real.scale.mean - 200.915) < 0.001);
});

Deno.test("comparePriors() matches one train call", async () => {
  // Empirical data take no draws before training, so the first prior trains on a fresh seed-2 source.
  const settings = { steps: 3000, lrD: 0.05, lrG: 0.05, batchSize: 64, init: notebook.init };
  const options = { ...settings, data: flippers, priors: [normal(0, 1)], sampleSize: 100 };
  const chunked = await comparePriors({ ...options, source: seededSource(2), chunks: 7 });
  const single = train({
    ...settings,
    data: _standardize(flippers).standardized,
    noise: normal(0, 1),
    source: seededSource(2),
    quadratic: true,
  });
  assert.deepEqual(chunked.fits[0].history, single.history);
});

Deno.test("comparePriors() awaits onChunk", async () => {
  const seen: string[] = [];
  let pending = 0;
  const onChunk = async (priorIndex: number, record: { step: number }) => {
    assert.equal(pending, 0);
    pending++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    seen.push(`${priorIndex} ${record.step}`);
    pending--;
  };
  const options = { ...notebook, steps: 100, chunks: 2, sampleSize: 100, data: normal(4, 1.25) };
  await comparePriors({ ...options, source: seededSource(1), onChunk });
  assert.deepEqual(seen, ["0 49", "0 99", "1 49", "1 99", "2 49", "2 99"]);
});

Deno.test("comparePriors() is repeatable", async () => {
  const options = { ...notebook, steps: 200, sampleSize: 100, data: normal(4, 1.25) };
  const a = await comparePriors({ ...options, source: seededSource(5) });
  const b = await comparePriors({ ...options, source: seededSource(5) });
  assert.deepEqual(a.fits.map((fit) => fit.w1Distance), b.fits.map((fit) => fit.w1Distance));
});

Deno.test("comparePriors() rejects bad options", async () => {
  const base = { ...notebook, steps: 10, data: normal(0, 1), source: seededSource(1) };
  await assert.rejects(
    () => comparePriors({ ...base, priors: [] }),
    /priors must be a non-empty array/,
  );
  await assert.rejects(() => comparePriors({ ...base, priors: [{}] as never }), TypeError);
  const pointMass = { ...normal(0, 1), variance: 0 };
  await assert.rejects(() => comparePriors({ ...base, priors: [pointMass] }), /variance/);
  await assert.rejects(() => comparePriors({ ...base, sampleSize: 1 }), /sampleSize/);
  await assert.rejects(() => comparePriors({ ...base, lrD: -1 }), RangeError);
  await assert.rejects(() => comparePriors({ ...base, data: null as never }), TypeError);
  await assert.rejects(() => comparePriors({ ...base, chunks: 11 }), /chunks must be at most/);
});
