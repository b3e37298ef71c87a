// Every function and class that lib/mod.ts exports, called with wrong arguments. Each call must
// throw (or, for an async function, reject with) a TypeError for a value of the wrong type or a
// RangeError for a bad value, with the library's message form
// "Cannot <action> as <parameter> must be <rule>: <parameter>=<value>".
// The table must name every exported function and class, so a new export fails this test until
// its bad calls are added here.

import assert from "node:assert/strict";
import * as lib from "../lib/mod.ts";

type ErrorClass = typeof TypeError | typeof RangeError;

/** One bad call and the error it must raise. */
interface BadCall {
  readonly call: () => unknown;
  readonly error: ErrorClass;
  readonly pattern: RegExp;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Builds a bad call whose message must name `parameter` and show `value` exactly as the library
 * formats it: numbers as written, strings quoted, arrays by length, objects as JSON.
 */
function bad(call: () => unknown, error: ErrorClass, parameter: string, value: string): BadCall {
  const name = escape(parameter);
  const pattern = new RegExp(`^Cannot \\S.* as ${name} must be .+: ${name}=${escape(value)}$`, "s");
  return { call, error, pattern };
}

/** Builds a bad call matched by `pattern`, for a name that contains a point the code chose. */
function badMatching(call: () => unknown, error: ErrorClass, pattern: RegExp): BadCall {
  return { call, error, pattern };
}

/** Passes a value of the wrong type past the type checker. */
function wrong(value: unknown): never {
  return value as never;
}

// Valid arguments that the bad calls below change one at a time.
const source = lib.seededSource(1);
const p = lib.normal(0, 1);
const q = lib.normal(4, 1.25);
const g = { w1: 1, b1: 0 };
const d = { w2: 0.5, b2: -1 };
const text = { title: "A figure", alt: "A figure for the validation test." };
const chart = lib.themedPlot({ width: 200, height: 150 });
const history = {
  step: new Float64Array([0, 1, 2]),
  b1: new Float64Array([0, 1, 2]),
};
const record = {
  step: 1,
  lossD: 0.7,
  lossG: 0.7,
  accuracyD: 0.5,
  w1: 1,
  b1: 0,
  w2: 0.1,
  b2: 0,
  c2: 0,
};
const params = { w1: 1, b1: NaN, w2: 0, b2: 0, c2: 0 };
const trainOptions = { data: q, source, steps: 10, lrD: 0.05, lrG: 0.05 };
const component = { weight: 1, mu: 0, sigma: 1 };
const figure = { svg: "<svg></svg>", alt: "An empty figure." };
const column = [{ a: 1 }, { a: 2 }];
const flat = (x: number) => (x >= 0 && x <= 1 ? 1 : 0);
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const histogramOptions = { ...text, xLabel: "x (unitless)" };
const discriminatorOptions = {
  ...text,
  curves: [{ label: "D", d: logistic }],
  domain: [-4, 4] as [number, number],
  xLabel: "x (unitless)",
};
const moment = { label: "step 0", pData: p.density, pG: q.density };
const multiplesOptions = { ...text, domain: [-3, 9] as [number, number], xLabel: "x (unitless)" };
const heatmapOptions = { ...text, xLabel: "lr", yLabel: "m", valueLabel: "error" };
const cell = { x: 0.1, y: 16, value: 0.5 };
const pushforwardOptions = { ...text, zLabel: "z", xLabel: "x (unitless)" };
const panel = { label: "a", samples: [0.1, 0.5, 0.9], xLabel: "x (unitless)" };
const noDisplay = { display: () => Promise.resolve() };
const trainHistory = lib.train({ ...trainOptions, steps: 20 }).history;
const lineSeries = { label: "s", x: [0, 1], y: [0, 1] };
const linePanel = { xLabel: "x (unitless)", yLabel: "y (unitless)", series: [lineSeries] };
const codesOptions = { source, steps: 10, lr: 0.1, penalty: 0.01 };
const priorOptions = { data: q, priors: [p], source, steps: 10, lrD: 0.05, lrG: 0.05 };
const signOptions = { data: q, seed: 1, w1: 1, steps: 10, lrD: 0.05, lrG: 0.05 };
const frozenOptions = { data: q, source, count: 3, calls: 10, steps: 10, lrD: 0.05, lrG: 0.05 };
const schemeOptions = { data: q, lr: 0.1, steps: 5, source };
const realOnlyOptions = { data: q, generators: [{ w1: 1, b1: 4 }], lr: 0.2, steps: 5, source };
const minibatchOptions = { data: q, batchSizes: [4, 16], batches: 10, source };
const grid = { rows: [1, 10], columns: ["a", "b"] };
const sweepOptions = {
  base: { data: q, steps: 10, lrD: 0.05, lrG: 0.05 },
  vary: "lrG" as const,
  values: [0.01],
  seeds: [1],
  target: { mu: 4, sigma: 1.25 },
};
const state = { b1: 0.5, w2: 0 };
const diracOptions = {
  variant: "simultaneous" as const,
  lr: 0.2,
  steps: 10,
  init: state,
  source,
};
const radius = new Float64Array([1, 2, 4, 8]);

// A number shown by the library's messages as it was computed, such as the x of f(x).
const NUMBER = "-?[\\d.]+(?:e[+-]?\\d+)?";

/** The bad calls of each exported function and class. */
const TABLE: Record<string, readonly BadCall[]> = {
  seededSource: [
    bad(() => lib.seededSource(wrong("1")), TypeError, "seed", '"1"'),
    bad(() => lib.seededSource(wrong(undefined)), TypeError, "seed", "undefined"),
    bad(() => lib.seededSource(wrong(null)), TypeError, "seed", "null"),
    bad(() => lib.seededSource(NaN), RangeError, "seed", "NaN"),
    bad(() => lib.seededSource(Infinity), RangeError, "seed", "Infinity"),
  ],

  normal: [
    bad(() => lib.normal(0, -1), RangeError, "sigma", "-1"),
    bad(() => lib.normal(0, 0), RangeError, "sigma", "0"),
    bad(() => lib.normal(0, Infinity), RangeError, "sigma", "Infinity"),
    bad(() => lib.normal(NaN, 1), RangeError, "mu", "NaN"),
    bad(() => lib.normal(wrong("0"), 1), TypeError, "mu", '"0"'),
    bad(() => lib.normal(wrong(null), 1), TypeError, "mu", "null"),
    bad(() => lib.normal(0, wrong(undefined)), TypeError, "sigma", "undefined"),
    bad(() => p.sample(-1, source), RangeError, "n", "-1"),
    bad(() => p.sample(1.5, source), RangeError, "n", "1.5"),
    bad(() => p.sample(NaN, source), RangeError, "n", "NaN"),
    bad(() => p.sample(wrong("10"), source), TypeError, "n", '"10"'),
    bad(() => p.sample(10, wrong(42)), TypeError, "source", "42"),
    bad(() => p.sample(10, wrong(undefined)), TypeError, "source", "undefined"),
    bad(() => p.sampleInto(wrong([0, 0]), source), TypeError, "out", "an array of length 2"),
    bad(() => p.sampleInto(new Float64Array(2), wrong(null)), TypeError, "source", "null"),
  ],

  uniform: [
    bad(() => lib.uniform(1, 0), RangeError, "max", "0"),
    bad(() => lib.uniform(1, 1), RangeError, "max", "1"),
    bad(() => lib.uniform(0, NaN), RangeError, "max", "NaN"),
    bad(() => lib.uniform(-Infinity, 0), RangeError, "min", "-Infinity"),
    bad(() => lib.uniform(wrong("0"), 1), TypeError, "min", '"0"'),
    bad(() => lib.uniform(0, wrong(undefined)), TypeError, "max", "undefined"),
    bad(() => lib.uniform(0, 1).sample(-1, source), RangeError, "n", "-1"),
    bad(() => lib.uniform(0, 1).sample(3, wrong("seed")), TypeError, "source", '"seed"'),
  ],

  normalMixture: [
    bad(() => lib.normalMixture(wrong("x")), TypeError, "components", '"x"'),
    bad(() => lib.normalMixture(wrong(null)), TypeError, "components", "null"),
    bad(() => lib.normalMixture([]), RangeError, "components.length", "0"),
    bad(() => lib.normalMixture([component]), RangeError, "components.length", "1"),
    bad(() => lib.normalMixture([component, wrong(null)]), TypeError, "components[1]", "null"),
    bad(
      () => lib.normalMixture([component, { ...component, weight: -1 }]),
      RangeError,
      "components[1].weight",
      "-1",
    ),
    bad(
      () => lib.normalMixture([component, { ...component, mu: wrong("0") }]),
      TypeError,
      "components[1].mu",
      '"0"',
    ),
    bad(
      () => lib.normalMixture([component, wrong({ weight: 1, mu: 0 })]),
      TypeError,
      "components[1].sigma",
      "undefined",
    ),
    bad(
      () => lib.normalMixture([component, { ...component, sigma: 0 }]),
      RangeError,
      "components[1].sigma",
      "0",
    ),
    bad(
      () => lib.normalMixture([{ ...component, weight: 1e308 }, { ...component, weight: 1e308 }]),
      RangeError,
      "the sum of the weights",
      "Infinity",
    ),
    bad(
      () => lib.normalMixture([component, component]).sample(2.5, source),
      RangeError,
      "n",
      "2.5",
    ),
  ],

  empirical: [
    bad(() => lib.empirical([]), RangeError, "values.length", "0"),
    bad(() => lib.empirical([1]), RangeError, "values.length", "1"),
    bad(() => lib.empirical([1, NaN]), RangeError, "values[1]", "NaN"),
    bad(() => lib.empirical(wrong([1, "2"])), TypeError, "values[1]", '"2"'),
    bad(() => lib.empirical(wrong("12")), TypeError, "values", '"12"'),
    bad(() => lib.empirical(wrong(null)), TypeError, "values", "null"),
    bad(() => lib.empirical([2, 2]), RangeError, "values", "an array of length 2"),
    bad(() => lib.empirical([1, 2], { bandwidth: 0 }), RangeError, "options.bandwidth", "0"),
    bad(() => lib.empirical([1, 2], { bandwidth: -1 }), RangeError, "options.bandwidth", "-1"),
    bad(() => lib.empirical([1, 2], { name: wrong(3) }), TypeError, "options.name", "3"),
    bad(() => lib.empirical([1, 2], wrong(null)), TypeError, "options", "null"),
    bad(() => lib.empirical([1, 2]).sample(-1, source), RangeError, "n", "-1"),
  ],

  isEmpirical: [
    bad(() => lib.isEmpirical(wrong(null)), TypeError, "distribution", "null"),
    bad(() => lib.isEmpirical(wrong("p")), TypeError, "distribution", '"p"'),
    bad(() => lib.isEmpirical(wrong({})), TypeError, "distribution", "{}"),
  ],

  erfc: [
    bad(() => lib.erfc(wrong("1")), TypeError, "x", '"1"'),
    bad(() => lib.erfc(wrong(undefined)), TypeError, "x", "undefined"),
    bad(() => lib.erfc(NaN), RangeError, "x", "NaN"),
  ],

  standardNormalCdf: [
    bad(() => lib.standardNormalCdf(wrong("1")), TypeError, "u", '"1"'),
    bad(() => lib.standardNormalCdf(wrong(null)), TypeError, "u", "null"),
    bad(() => lib.standardNormalCdf(NaN), RangeError, "u", "NaN"),
  ],

  quantile: [
    bad(() => lib.quantile(p, 0), RangeError, "p", "0"),
    bad(() => lib.quantile(p, 1), RangeError, "p", "1"),
    bad(() => lib.quantile(p, NaN), RangeError, "p", "NaN"),
    bad(() => lib.quantile(p, wrong("0.5")), TypeError, "p", '"0.5"'),
    bad(() => lib.quantile(wrong(null), 0.5), TypeError, "distribution", "null"),
  ],

  pushforwardMap: [
    bad(() => lib.pushforwardMap(wrong(null), q), TypeError, "from", "null"),
    bad(() => lib.pushforwardMap(p, wrong("q")), TypeError, "to", '"q"'),
    bad(() => lib.pushforwardMap(p, q)(wrong("0")), TypeError, "z", '"0"'),
    bad(() => lib.pushforwardMap(p, q)(NaN), RangeError, "z", "NaN"),
  ],

  integrate: [
    bad(() => lib.integrate(wrong("sin"), 0, 1), TypeError, "f", '"sin"'),
    bad(() => lib.integrate(Math.sin, 1, 0), RangeError, "b", "0"),
    bad(() => lib.integrate(Math.sin, 0, NaN), RangeError, "b", "NaN"),
    bad(() => lib.integrate(Math.sin, wrong("0"), 1), TypeError, "a", '"0"'),
    bad(
      () => lib.integrate(Math.sin, 0, 1, { tolerance: 0 }),
      RangeError,
      "options.tolerance",
      "0",
    ),
    bad(
      () => lib.integrate(Math.sin, 0, 1, { maxDepth: 1.5 }),
      RangeError,
      "options.maxDepth",
      "1.5",
    ),
    bad(
      () => lib.integrate(Math.sin, 0, 1, { maxDepth: -1 }),
      RangeError,
      "options.maxDepth",
      "-1",
    ),
    bad(() => lib.integrate(Math.sin, 0, 1, wrong(null)), TypeError, "options", "null"),
    badMatching(
      () => lib.integrate(() => NaN, 0, 1),
      RangeError,
      new RegExp(
        `^Cannot integrate as f\\(${NUMBER}\\) must be a finite number: f\\(${NUMBER}\\)=NaN$`,
      ),
    ),
    badMatching(
      () => lib.integrate(wrong(() => "1"), 0, 1),
      TypeError,
      new RegExp(`^Cannot integrate as f\\(${NUMBER}\\) must be a number: f\\(${NUMBER}\\)="1"$`),
    ),
  ],

  supportInterval: [
    bad(() => lib.supportInterval(), RangeError, "distributions.length", "0"),
    bad(() => lib.supportInterval(wrong(null)), TypeError, "distributions[0]", "null"),
    bad(() => lib.supportInterval(p, wrong({})), TypeError, "distributions[1]", "{}"),
    bad(
      () => lib.supportInterval({ ...p, variance: 0 }),
      RangeError,
      "distributions[0].variance",
      "0",
    ),
    bad(
      () => lib.supportInterval({ ...p, mean: NaN }),
      RangeError,
      "distributions[0].mean",
      "NaN",
    ),
  ],

  integrateOverSupport: [
    bad(() => lib.integrateOverSupport(p.density, wrong("p")), TypeError, "distributions", '"p"'),
    bad(
      () => lib.integrateOverSupport(p.density, [wrong(null)]),
      TypeError,
      "distributions[0]",
      "null",
    ),
    bad(() => lib.integrateOverSupport(p.density, []), RangeError, "distributions.length", "0"),
    bad(
      () => lib.integrateOverSupport(p.density, [], { interval: [1, 0] }),
      RangeError,
      "options.interval[1]",
      "0",
    ),
    bad(
      () => lib.integrateOverSupport(p.density, [], { interval: wrong("ab") }),
      TypeError,
      "options.interval",
      '"ab"',
    ),
    bad(
      () => lib.integrateOverSupport(p.density, [], { interval: [0, NaN] }),
      RangeError,
      "options.interval[1]",
      "NaN",
    ),
    bad(
      () => lib.integrateOverSupport(p.density, [p], { tolerance: -1 }),
      RangeError,
      "options.tolerance",
      "-1",
    ),
    bad(() => lib.integrateOverSupport(p.density, [p], wrong(null)), TypeError, "options", "null"),
    bad(() => lib.integrateOverSupport(wrong("f"), [p]), TypeError, "f", '"f"'),
  ],

  klNormal: [
    bad(() => lib.klNormal(wrong(null), { mu: 0, sigma: 1 }), TypeError, "p", "null"),
    bad(
      () => lib.klNormal(wrong({ mu: 0 }), { mu: 0, sigma: 1 }),
      TypeError,
      "p.sigma",
      "undefined",
    ),
    bad(() => lib.klNormal({ mu: 0, sigma: -1 }, { mu: 0, sigma: 1 }), RangeError, "p.sigma", "-1"),
    bad(() => lib.klNormal({ mu: NaN, sigma: 1 }, { mu: 0, sigma: 1 }), RangeError, "p.mu", "NaN"),
    bad(() => lib.klNormal({ mu: 0, sigma: 1 }, wrong("q")), TypeError, "q", '"q"'),
    bad(
      () => lib.klNormal({ mu: 0, sigma: 1 }, { mu: wrong("0"), sigma: 1 }),
      TypeError,
      "q.mu",
      '"0"',
    ),
  ],

  w1Normal: [
    bad(() => lib.w1Normal(wrong(undefined), { mu: 0, sigma: 1 }), TypeError, "p", "undefined"),
    bad(() => lib.w1Normal({ mu: 0, sigma: 1 }, { mu: 0, sigma: 0 }), RangeError, "q.sigma", "0"),
    bad(
      () => lib.w1Normal({ mu: 0, sigma: 1 }, { mu: Infinity, sigma: 1 }),
      RangeError,
      "q.mu",
      "Infinity",
    ),
  ],

  w1Samples: [
    bad(() => lib.w1Samples([], [1]), RangeError, "a.length", "0"),
    bad(() => lib.w1Samples([1], wrong("b")), TypeError, "b", '"b"'),
    bad(() => lib.w1Samples([1], [NaN]), RangeError, "b[0]", "NaN"),
    bad(() => lib.w1Samples(wrong(null), [1]), TypeError, "a", "null"),
    bad(() => lib.w1Samples([1, Infinity], [1]), RangeError, "a[1]", "Infinity"),
    bad(() => lib.w1Samples([1], wrong([undefined])), TypeError, "b[0]", "undefined"),
  ],

  ksStatistic: [
    bad(() => lib.ksStatistic([], p), RangeError, "a.length", "0"),
    bad(() => lib.ksStatistic([1], wrong(null)), TypeError, "b", "null"),
    bad(() => lib.ksStatistic([1], []), RangeError, "b.length", "0"),
    bad(() => lib.ksStatistic([NaN], p), RangeError, "a[0]", "NaN"),
    bad(() => lib.ksStatistic([1], wrong({})), TypeError, "b", "{}"),
    bad(() => lib.ksStatistic(wrong("a"), p), TypeError, "a", '"a"'),
  ],

  jsDivergence: [
    bad(() => lib.jsDivergence(wrong(null), q), TypeError, "p", "null"),
    bad(() => lib.jsDivergence(p, wrong(3)), TypeError, "q", "3"),
    bad(
      () => lib.jsDivergence(p, q, { interval: [1, 1] }),
      RangeError,
      "options.interval[1]",
      "1",
    ),
    bad(() => lib.jsDivergence(p, q, wrong(null)), TypeError, "options", "null"),
  ],

  gameValue: [
    bad(() => lib.gameValue(wrong("d"), p, q), TypeError, "d", '"d"'),
    bad(() => lib.gameValue(() => 0.5, wrong(null), q), TypeError, "pData", "null"),
    bad(() => lib.gameValue(() => 0.5, p, wrong({})), TypeError, "pG", "{}"),
    bad(() => lib.gameValue(() => 0.5, p, q, wrong("x")), TypeError, "options", '"x"'),
    badMatching(
      () => lib.gameValue(() => 2, p, q),
      RangeError,
      new RegExp(
        `^Cannot compute the game value as d\\(${NUMBER}\\) must be in \\[0, 1\\]: d\\(${NUMBER}\\)=2$`,
      ),
    ),
    badMatching(
      () => lib.gameValue(wrong(() => "half"), p, q),
      TypeError,
      new RegExp(
        `^Cannot compute the game value as d\\(${NUMBER}\\) must be a number: d\\(${NUMBER}\\)="half"$`,
      ),
    ),
  ],

  optimalDiscriminator: [
    bad(() => lib.optimalDiscriminator(wrong(null), q), TypeError, "pData", "null"),
    bad(() => lib.optimalDiscriminator(p, wrong("q")), TypeError, "pG", '"q"'),
    bad(() => lib.optimalDiscriminator(p, q)(wrong("1")), TypeError, "x", '"1"'),
    bad(() => lib.optimalDiscriminator(p, q)(NaN), RangeError, "x", "NaN"),
  ],

  optimalLinearDiscriminator: [
    bad(() => lib.optimalLinearDiscriminator(wrong("4"), 0, 1), TypeError, "muReal", '"4"'),
    bad(() => lib.optimalLinearDiscriminator(4, NaN, 1), RangeError, "muFake", "NaN"),
    bad(() => lib.optimalLinearDiscriminator(4, 0, 0), RangeError, "sigma", "0"),
    bad(() => lib.optimalLinearDiscriminator(4, 0, -1), RangeError, "sigma", "-1"),
    bad(
      () => lib.optimalLinearDiscriminator(4, 0, wrong(undefined)),
      TypeError,
      "sigma",
      "undefined",
    ),
  ],

  generate: [
    bad(() => lib.generate(wrong(null), [1]), TypeError, "params", "null"),
    bad(() => lib.generate(wrong({ w1: 1 }), [1]), TypeError, "b1", "undefined"),
    bad(() => lib.generate({ w1: NaN, b1: 0 }, [1]), RangeError, "w1", "NaN"),
    bad(() => lib.generate(g, []), RangeError, "z.length", "0"),
    bad(() => lib.generate(g, wrong("z")), TypeError, "z", '"z"'),
    bad(() => lib.generate(g, [1, NaN]), RangeError, "z[1]", "NaN"),
    bad(() => lib.generate(g, [1, 2], new Float64Array(3)), RangeError, "out.length", "3"),
    bad(() => lib.generate(g, [1], wrong([0])), TypeError, "out", "an array of length 1"),
  ],

  generatedDistribution: [
    bad(() => lib.generatedDistribution(wrong(null)), TypeError, "params", "null"),
    bad(() => lib.generatedDistribution({ w1: 0, b1: 0 }), RangeError, "w1", "0"),
    bad(() => lib.generatedDistribution({ w1: wrong("1"), b1: 0 }), TypeError, "w1", '"1"'),
    bad(() => lib.generatedDistribution(g, wrong({})), TypeError, "noise", "{}"),
    bad(
      () => lib.generatedDistribution(g, wrong({ sampleInto: p.sampleInto })),
      TypeError,
      "noise",
      "{}",
    ),
    bad(
      () => lib.generatedDistribution(g, { ...p, sampleInto: wrong(undefined) }),
      TypeError,
      "noise",
      '{"name":"N(0, 1²)","mean":0,"variance":1}',
    ),
    bad(
      () => lib.generatedDistribution(g, lib.uniform(0, 1)).sample(-1, source),
      RangeError,
      "n",
      "-1",
    ),
    bad(
      () => lib.generatedDistribution(g, lib.uniform(0, 1)).sample(3, wrong("s")),
      TypeError,
      "source",
      '"s"',
    ),
  ],

  discriminate: [
    bad(() => lib.discriminate(wrong(null), 1), TypeError, "params", "null"),
    bad(() => lib.discriminate(d, NaN), RangeError, "x", "NaN"),
    bad(() => lib.discriminate(d, wrong("1")), TypeError, "x", '"1"'),
    bad(() => lib.discriminate(wrong({ w2: 1 }), 1), TypeError, "b2", "undefined"),
    bad(() => lib.discriminate({ ...d, c2: wrong("1") }, 1), TypeError, "c2", '"1"'),
    bad(() => lib.discriminate({ ...d, w2: Infinity }, 1), RangeError, "w2", "Infinity"),
  ],

  logit: [
    bad(() => lib.logit(wrong("d"), 1), TypeError, "params", '"d"'),
    bad(() => lib.logit(d, Infinity), RangeError, "x", "Infinity"),
    bad(() => lib.logit({ ...d, b2: NaN }, 1), RangeError, "b2", "NaN"),
  ],

  sigmoid: [
    bad(() => lib.sigmoid(wrong("1")), TypeError, "t", '"1"'),
    bad(() => lib.sigmoid(wrong(undefined)), TypeError, "t", "undefined"),
    bad(() => lib.sigmoid(NaN), RangeError, "t", "NaN"),
  ],

  logSigmoid: [
    bad(() => lib.logSigmoid(wrong(null)), TypeError, "t", "null"),
    bad(() => lib.logSigmoid(NaN), RangeError, "t", "NaN"),
  ],

  discriminatorLoss: [
    bad(() => lib.discriminatorLoss(wrong(null), [1], [0]), TypeError, "params", "null"),
    bad(() => lib.discriminatorLoss(d, [], [0]), RangeError, "real.length", "0"),
    bad(() => lib.discriminatorLoss(d, [1], []), RangeError, "fake.length", "0"),
    bad(() => lib.discriminatorLoss(d, [1], [NaN]), RangeError, "fake[0]", "NaN"),
    bad(() => lib.discriminatorLoss(d, wrong("1"), [0]), TypeError, "real", '"1"'),
    bad(() => lib.discriminatorLoss(d, [1], wrong(null)), TypeError, "fake", "null"),
  ],

  discriminatorGradient: [
    bad(() => lib.discriminatorGradient({ ...d, w2: NaN }, [1], [0]), RangeError, "w2", "NaN"),
    bad(() => lib.discriminatorGradient(d, [Infinity], [0]), RangeError, "real[0]", "Infinity"),
    bad(() => lib.discriminatorGradient(d, [1], wrong(undefined)), TypeError, "fake", "undefined"),
  ],

  discriminatorAccuracy: [
    bad(
      () => lib.discriminatorAccuracy(wrong([]), [1], [0]),
      TypeError,
      "params",
      "an array of length 0",
    ),
    bad(() => lib.discriminatorAccuracy(d, [], [0]), RangeError, "real.length", "0"),
    bad(() => lib.discriminatorAccuracy(d, [1], wrong(["0"])), TypeError, "fake[0]", '"0"'),
  ],

  generatorLoss: [
    bad(() => lib.generatorLoss(wrong(null), d, [0]), TypeError, "generator", "null"),
    bad(() => lib.generatorLoss(g, wrong(null), [0]), TypeError, "discriminator", "null"),
    bad(() => lib.generatorLoss(g, d, []), RangeError, "z.length", "0"),
    bad(
      () => lib.generatorLoss(g, d, [0], { loss: wrong("minimax") }),
      RangeError,
      "options.loss",
      '"minimax"',
    ),
    bad(() => lib.generatorLoss(g, d, [0], { loss: wrong(1) }), TypeError, "options.loss", "1"),
    bad(() => lib.generatorLoss(g, d, [0], wrong(null)), TypeError, "options", "null"),
    bad(() => lib.generatorLoss(g, d, [0], wrong("x")), TypeError, "options", '"x"'),
  ],

  generatorGradient: [
    bad(() => lib.generatorGradient({ ...g, b1: NaN }, d, [0]), RangeError, "b1", "NaN"),
    bad(() => lib.generatorGradient(g, d, [NaN]), RangeError, "z[0]", "NaN"),
    bad(
      () => lib.generatorGradient(g, d, [0], { loss: wrong("") }),
      RangeError,
      "options.loss",
      '""',
    ),
  ],

  generatorGradientRatio: [
    bad(() => lib.generatorGradientRatio(0), RangeError, "d", "0"),
    bad(() => lib.generatorGradientRatio(1.5), RangeError, "d", "1.5"),
    bad(() => lib.generatorGradientRatio(-0.1), RangeError, "d", "-0.1"),
    bad(() => lib.generatorGradientRatio(NaN), RangeError, "d", "NaN"),
    bad(() => lib.generatorGradientRatio(wrong("0.5")), TypeError, "d", '"0.5"'),
  ],

  train: [
    bad(() => lib.train(wrong(null)), TypeError, "options", "null"),
    bad(() => lib.train({ ...trainOptions, steps: 0 }), RangeError, "steps", "0"),
    bad(() => lib.train({ ...trainOptions, steps: 1.5 }), RangeError, "steps", "1.5"),
    bad(() => lib.train({ ...trainOptions, steps: wrong("10") }), TypeError, "steps", '"10"'),
    bad(() => lib.train({ ...trainOptions, lrD: 0 }), RangeError, "lrD", "0"),
    bad(() => lib.train({ ...trainOptions, lrD: -0.1 }), RangeError, "lrD", "-0.1"),
    bad(() => lib.train({ ...trainOptions, lrG: NaN }), RangeError, "lrG", "NaN"),
    bad(() => lib.train({ ...trainOptions, lrG: Infinity }), RangeError, "lrG", "Infinity"),
    bad(() => lib.train({ ...trainOptions, lrG: wrong(undefined) }), TypeError, "lrG", "undefined"),
    bad(() => lib.train({ ...trainOptions, batchSize: 0 }), RangeError, "batchSize", "0"),
    bad(() => lib.train({ ...trainOptions, batchSize: 2.5 }), RangeError, "batchSize", "2.5"),
    bad(() => lib.train({ ...trainOptions, k: 0 }), RangeError, "k", "0"),
    bad(
      () => lib.train({ ...trainOptions, data: wrong(undefined) }),
      TypeError,
      "data",
      "undefined",
    ),
    bad(() => lib.train({ ...trainOptions, data: wrong({}) }), TypeError, "data", "{}"),
    bad(() => lib.train({ ...trainOptions, noise: wrong({}) }), TypeError, "noise", "{}"),
    bad(() => lib.train({ ...trainOptions, source: wrong(42) }), TypeError, "source", "42"),
    bad(
      () => lib.train({ ...trainOptions, loss: wrong("minimax") }),
      RangeError,
      "loss",
      '"minimax"',
    ),
    bad(() => lib.train({ ...trainOptions, init: { w1: NaN } }), RangeError, "init.w1", "NaN"),
    bad(() => lib.train({ ...trainOptions, init: wrong({ w3: 1 }) }), RangeError, "init.w3", "1"),
    bad(() => lib.train({ ...trainOptions, init: wrong("x") }), TypeError, "init", '"x"'),
    bad(
      () => lib.train({ ...trainOptions, quadratic: wrong("yes") }),
      TypeError,
      "quadratic",
      '"yes"',
    ),
    bad(
      () => lib.train({ ...trainOptions, freezeNoise: [] }),
      RangeError,
      "freezeNoise.length",
      "0",
    ),
    bad(
      () => lib.train({ ...trainOptions, freezeNoise: [0, NaN] }),
      RangeError,
      "freezeNoise[1]",
      "NaN",
    ),
    bad(
      () => lib.train({ ...trainOptions, freezeNoise: [0], noise: lib.uniform(0, 1) }),
      RangeError,
      "noise",
      '{"name":"U(0, 1)","mean":0.5,"variance":0.08333333333333333}',
    ),
    bad(() => lib.train({ ...trainOptions, historySize: 1 }), RangeError, "historySize", "1"),
    bad(
      () => lib.train({ ...trainOptions, onProgress: wrong("f") }),
      TypeError,
      "onProgress",
      '"f"',
    ),
    bad(() => lib.train({ ...trainOptions, progressEvery: 0 }), RangeError, "progressEvery", "0"),
    bad(() => lib.train(wrong({ ...trainOptions, lr: 0.1 })), RangeError, "lr", "0.1"),
  ],

  historyRecords: [
    bad(() => lib.historyRecords(wrong(null)), TypeError, "history", "null"),
    bad(() => lib.historyRecords(wrong({})), TypeError, "history.step", "undefined"),
    bad(
      () => lib.historyRecords(wrong(history)),
      TypeError,
      "history.lossD",
      "undefined",
    ),
    bad(
      () => {
        const { history } = lib.train({ ...trainOptions, steps: 3 });
        return lib.historyRecords({ ...history, lossG: history.lossG.subarray(1) });
      },
      RangeError,
      "history.lossG.length",
      "2",
    ),
  ],

  formatProgress: [
    bad(() => lib.formatProgress(wrong(null)), TypeError, "record", "null"),
    bad(
      () => lib.formatProgress({ ...record, lossD: wrong("x") }),
      TypeError,
      "record.lossD",
      '"x"',
    ),
    bad(() => lib.formatProgress(wrong({ step: 1 })), TypeError, "record.lossD", "undefined"),
  ],

  TrainingDivergedError: [
    bad(() => new lib.TrainingDivergedError(-1, params, 1, 1), RangeError, "step", "-1"),
    bad(() => new lib.TrainingDivergedError(1.5, params, 1, 1), RangeError, "step", "1.5"),
    bad(() => new lib.TrainingDivergedError(wrong("3"), params, 1, 1), TypeError, "step", '"3"'),
    bad(() => new lib.TrainingDivergedError(0, wrong(null), 1, 1), TypeError, "params", "null"),
    bad(
      () => new lib.TrainingDivergedError(0, { ...params, w1: wrong("1") }, 1, 1),
      TypeError,
      "params.w1",
      '"1"',
    ),
    bad(() => new lib.TrainingDivergedError(0, params, 0, 1), RangeError, "lrD", "0"),
    bad(() => new lib.TrainingDivergedError(0, params, 1, NaN), RangeError, "lrG", "NaN"),
  ],

  composeFigure: [
    bad(() => lib.composeFigure(chart, wrong(null)), TypeError, "options", "null"),
    bad(() => lib.composeFigure(chart, { ...text, title: "" }), RangeError, "title", '""'),
    bad(() => lib.composeFigure(chart, { ...text, title: wrong(1) }), TypeError, "title", "1"),
    bad(() => lib.composeFigure(chart, { ...text, alt: " " }), RangeError, "alt", '" "'),
    bad(
      () => lib.composeFigure(chart, { ...text, subtitle: wrong(3) }),
      TypeError,
      "subtitle",
      "3",
    ),
    bad(() => lib.composeFigure(chart, { ...text, columns: 0 }), RangeError, "columns", "0"),
    bad(() => lib.composeFigure(chart, { ...text, columns: 2 }), RangeError, "columns", "2"),
    bad(() => lib.composeFigure(chart, { ...text, columns: 1.5 }), RangeError, "columns", "1.5"),
    bad(
      () => lib.composeFigure(chart, { ...text, columns: wrong("1") }),
      TypeError,
      "columns",
      '"1"',
    ),
    bad(() => lib.composeFigure("nonsense", text), TypeError, "plots[0]", '"nonsense"'),
    bad(() => lib.composeFigure(wrong(null), text), TypeError, "plots[0]", "null"),
    bad(
      () => lib.composeFigure(chart, { ...text, legend: wrong("x") }),
      TypeError,
      "legend",
      '"x"',
    ),
    bad(
      () => lib.composeFigure(chart, { ...text, legend: [{ label: wrong(1), color: "#000" }] }),
      TypeError,
      "legend[0].label",
      "1",
    ),
    bad(
      () => lib.composeFigure(chart, { ...text, legend: [{ label: "a", color: wrong(null) }] }),
      TypeError,
      "legend[0].color",
      "null",
    ),
  ],

  themedPlot: [
    bad(() => lib.themedPlot(wrong(null)), TypeError, "options", "null"),
    bad(() => lib.themedPlot(wrong({ title: "x" })), TypeError, "title", '"x"'),
    bad(() => lib.themedPlot({ width: -1 }), RangeError, "width", "-1"),
    bad(() => lib.themedPlot({ height: wrong("a") }), TypeError, "height", '"a"'),
    bad(() => lib.themedPlot({ marks: wrong("x") }), TypeError, "marks", '"x"'),
  ],

  figureChromeHeight: [
    bad(() => lib.figureChromeHeight(wrong("640"), { title: "T" }), TypeError, "width", '"640"'),
    bad(() => lib.figureChromeHeight(0, { title: "T" }), RangeError, "width", "0"),
    bad(() => lib.figureChromeHeight(640, wrong(null)), TypeError, "text", "null"),
    bad(() => lib.figureChromeHeight(640, { title: wrong(3) }), TypeError, "title", "3"),
    bad(
      () => lib.figureChromeHeight(640, { title: "T", legend: wrong(3) }),
      TypeError,
      "legend",
      "3",
    ),
  ],

  densityHistogram: [
    bad(() => lib.densityHistogram([]), RangeError, "samples.length", "0"),
    bad(() => lib.densityHistogram(wrong("x")), TypeError, "samples", '"x"'),
    bad(() => lib.densityHistogram([1, NaN]), RangeError, "samples[1]", "NaN"),
    bad(() => lib.densityHistogram([1, 2], { bins: 0 }), RangeError, "bins", "0"),
    bad(() => lib.densityHistogram([1, 2], { bins: 2.5 }), RangeError, "bins", "2.5"),
    bad(() => lib.densityHistogram([1, 2], { bins: wrong("3") }), TypeError, "bins", '"3"'),
    bad(() => lib.densityHistogram([1, 2], wrong(null)), TypeError, "options", "null"),
  ],

  plotHistogramDensity: [
    bad(() => lib.plotHistogramDensity([], histogramOptions), RangeError, "samples.length", "0"),
    bad(() => lib.plotHistogramDensity([1, 2], wrong(null)), TypeError, "options", "null"),
    bad(() => lib.plotHistogramDensity([1, 2], wrong(text)), TypeError, "xLabel", "undefined"),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, xLabel: wrong(3) }),
      TypeError,
      "xLabel",
      "3",
    ),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, yLabel: wrong(3) }),
      TypeError,
      "yLabel",
      "3",
    ),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, dataLabel: wrong(null) }),
      TypeError,
      "dataLabel",
      "null",
    ),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, title: "" }),
      RangeError,
      "title",
      '""',
    ),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, curves: wrong("x") }),
      TypeError,
      "curves",
      '"x"',
    ),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, curves: [wrong(null)] }),
      TypeError,
      "curves[0]",
      "null",
    ),
    bad(
      () =>
        lib.plotHistogramDensity([1, 2], {
          ...histogramOptions,
          curves: [{ label: "p", density: wrong("f") }],
        }),
      TypeError,
      "curves[0].density",
      '"f"',
    ),
    badMatching(
      () =>
        lib.plotHistogramDensity([1, 2], {
          ...histogramOptions,
          curves: [{ label: "p", density: () => -1 }],
        }),
      RangeError,
      new RegExp(
        `^Cannot plot a histogram as curves\\[0\\]\\.density\\(${NUMBER}\\) must be .+: curves\\[0\\]\\.density\\(${NUMBER}\\)=-1$`,
      ),
    ),
    bad(
      () =>
        lib.plotHistogramDensity([1, 2], {
          ...histogramOptions,
          curves: [{ label: "p", density: flat, color: wrong(3) }],
        }),
      TypeError,
      "curves[0].color",
      "3",
    ),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, points: wrong({}) }),
      TypeError,
      "points",
      "{}",
    ),
    bad(
      () =>
        lib.plotHistogramDensity([1, 2], {
          ...histogramOptions,
          points: [{ label: "b1", x: NaN }],
        }),
      RangeError,
      "points[0].x",
      "NaN",
    ),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, points: [wrong({ x: 1 })] }),
      TypeError,
      "points[0].label",
      "undefined",
    ),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, bins: 0 }),
      RangeError,
      "bins",
      "0",
    ),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, domain: [1, 0] }),
      RangeError,
      "domain",
      "an array of length 2",
    ),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, domain: wrong("ab") }),
      TypeError,
      "domain",
      '"ab"',
    ),
    bad(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, width: 0 }),
      RangeError,
      "width",
      "0",
    ),
    badMatching(
      () => lib.plotHistogramDensity([1, 2], { ...histogramOptions, height: 50 }),
      RangeError,
      /^Cannot plot a histogram as height must be at least \d+ for this title, subtitle and legend: height=50$/,
    ),
  ],

  plotDiscriminator: [
    bad(() => lib.plotDiscriminator(wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.plotDiscriminator({ ...discriminatorOptions, curves: wrong(undefined) }),
      TypeError,
      "curves",
      "undefined",
    ),
    bad(
      () => lib.plotDiscriminator({ ...discriminatorOptions, curves: [] }),
      RangeError,
      "curves",
      "an array of length 0",
    ),
    badMatching(
      () =>
        lib.plotDiscriminator({ ...discriminatorOptions, curves: [{ label: "D", d: () => 2 }] }),
      RangeError,
      new RegExp(
        `^Cannot plot a discriminator as curves\\[0\\]\\.d\\(${NUMBER}\\) must be .+: curves\\[0\\]\\.d\\(${NUMBER}\\)=2$`,
      ),
    ),
    bad(
      () =>
        lib.plotDiscriminator({
          ...discriminatorOptions,
          curves: [{ label: wrong(1), d: logistic }],
        }),
      TypeError,
      "curves[0].label",
      "1",
    ),
    bad(
      () => lib.plotDiscriminator({ ...discriminatorOptions, domain: wrong(undefined) }),
      TypeError,
      "domain",
      "undefined",
    ),
    bad(
      () => lib.plotDiscriminator({ ...discriminatorOptions, domain: [0, NaN] }),
      RangeError,
      "domain[1]",
      "NaN",
    ),
    bad(
      () => lib.plotDiscriminator({ ...discriminatorOptions, xLabel: wrong(undefined) }),
      TypeError,
      "xLabel",
      "undefined",
    ),
    bad(
      () => lib.plotDiscriminator({ ...discriminatorOptions, densities: wrong("x") }),
      TypeError,
      "densities",
      '"x"',
    ),
    badMatching(
      () =>
        lib.plotDiscriminator({
          ...discriminatorOptions,
          densities: [{ label: "p", density: () => -1 }],
        }),
      RangeError,
      new RegExp(
        `^Cannot plot a discriminator as densities\\[0\\]\\.density\\(${NUMBER}\\) must be .+: densities\\[0\\]\\.density\\(${NUMBER}\\)=-1$`,
      ),
    ),
    bad(
      () => lib.plotDiscriminator({ ...discriminatorOptions, height: wrong("tall") }),
      TypeError,
      "height",
      '"tall"',
    ),
  ],

  plotTrainingCurves: [
    bad(
      () => lib.plotTrainingCurves(wrong(null), { ...text, series: ["b1"] }),
      TypeError,
      "history",
      "null",
    ),
    bad(
      () => lib.plotTrainingCurves(history, { ...text, series: [] }),
      RangeError,
      "series",
      "an array of length 0",
    ),
    bad(
      () => lib.plotTrainingCurves(history, { ...text, series: ["w9"] }),
      TypeError,
      "series",
      '"w9"',
    ),
    bad(
      () => lib.plotTrainingCurves(history, { ...text, series: wrong("b1") }),
      TypeError,
      "series",
      '"b1"',
    ),
    bad(
      () =>
        lib.plotTrainingCurves({ ...history, step: new Float64Array([0, 1, NaN]) }, {
          ...text,
          series: ["b1"],
        }),
      RangeError,
      "history.step[2]",
      "NaN",
    ),
    bad(
      () =>
        lib.plotTrainingCurves({ ...history, b1: new Float64Array([0, 1]) }, {
          ...text,
          series: ["b1"],
        }),
      RangeError,
      "history.b1.length",
      "2",
    ),
    bad(
      () => lib.plotTrainingCurves(history, { ...text, series: ["b1"], columns: 0 }),
      RangeError,
      "columns",
      "0",
    ),
    bad(
      () => lib.plotTrainingCurves(history, { ...text, series: ["b1"], maxPoints: 5 }),
      RangeError,
      "maxPoints",
      "5",
    ),
    bad(
      () => lib.plotTrainingCurves(history, { ...text, series: ["b1"], smooth: 0 }),
      RangeError,
      "smooth",
      "0",
    ),
    bad(
      () =>
        lib.plotTrainingCurves(history, {
          ...text,
          series: ["b1"],
          references: [{ label: "a", value: NaN }],
        }),
      RangeError,
      "references[0].value",
      "NaN",
    ),
    bad(
      () =>
        lib.plotTrainingCurves(history, {
          ...text,
          series: ["b1"],
          references: [wrong({ value: 1 })],
        }),
      TypeError,
      "references[0].label",
      "undefined",
    ),
    bad(
      () => lib.plotTrainingCurves(history, { ...text, series: ["b1"], references: wrong("x") }),
      TypeError,
      "references",
      '"x"',
    ),
    bad(
      () =>
        lib.plotTrainingCurves(history, {
          ...text,
          series: ["b1"],
          references: [{ label: "a", value: 1, series: wrong(3) }],
        }),
      TypeError,
      "references[0].series",
      "3",
    ),
  ],

  plotSmallMultiples: [
    bad(
      () => lib.plotSmallMultiples([], multiplesOptions),
      RangeError,
      "panels",
      "an array of length 0",
    ),
    bad(() => lib.plotSmallMultiples(wrong("x"), multiplesOptions), TypeError, "panels", '"x"'),
    bad(
      () => lib.plotSmallMultiples([{ ...moment, label: wrong(1) }], multiplesOptions),
      TypeError,
      "panels[0].label",
      "1",
    ),
    bad(
      () => lib.plotSmallMultiples([moment, moment], multiplesOptions),
      RangeError,
      "panels[].label",
      '"step 0, step 0"',
    ),
    bad(
      () => lib.plotSmallMultiples([{ ...moment, pData: wrong("f") }], multiplesOptions),
      TypeError,
      "panels[0].pData",
      '"f"',
    ),
    badMatching(
      () => lib.plotSmallMultiples([{ ...moment, d: () => 2 }], multiplesOptions),
      RangeError,
      new RegExp(
        `^Cannot plot small multiples as panels\\[0\\]\\.d\\(${NUMBER}\\) must be .+: panels\\[0\\]\\.d\\(${NUMBER}\\)=2$`,
      ),
    ),
    bad(
      () => lib.plotSmallMultiples([moment], { ...multiplesOptions, xLabel: wrong(undefined) }),
      TypeError,
      "xLabel",
      "undefined",
    ),
    bad(
      () => lib.plotSmallMultiples([moment], { ...multiplesOptions, domain: wrong(undefined) }),
      TypeError,
      "domain",
      "undefined",
    ),
    bad(
      () => lib.plotSmallMultiples([moment], wrong(undefined)),
      TypeError,
      "options",
      "undefined",
    ),
  ],

  plotHeatmap: [
    bad(() => lib.plotHeatmap([], heatmapOptions), RangeError, "cells", "an array of length 0"),
    bad(() => lib.plotHeatmap(wrong("x"), heatmapOptions), TypeError, "cells", '"x"'),
    bad(
      () => lib.plotHeatmap([{ ...cell, value: wrong("a") }], heatmapOptions),
      TypeError,
      "cells[0].value",
      '"a"',
    ),
    bad(
      () => lib.plotHeatmap([{ ...cell, x: wrong(null) }], heatmapOptions),
      TypeError,
      "cells[0].x",
      "null",
    ),
    bad(
      () => lib.plotHeatmap([cell, cell], heatmapOptions),
      RangeError,
      "cells[1]",
      '{"x":0.1,"y":16,"value":0.5}',
    ),
    bad(
      () => lib.plotHeatmap([cell], { ...heatmapOptions, thresholds: [2, 1] }),
      RangeError,
      "thresholds",
      "an array of length 2",
    ),
    bad(
      () => lib.plotHeatmap([cell], { ...heatmapOptions, thresholds: [NaN] }),
      RangeError,
      "thresholds[0]",
      "NaN",
    ),
    bad(
      () => lib.plotHeatmap([cell], { ...heatmapOptions, format: wrong("f") }),
      TypeError,
      "format",
      '"f"',
    ),
    bad(
      () => lib.plotHeatmap([cell], { ...heatmapOptions, format: wrong(() => 1) }),
      TypeError,
      "format(0.5)",
      "1",
    ),
    bad(
      () => lib.plotHeatmap([cell], { ...heatmapOptions, scheme: "nope" }),
      RangeError,
      "scheme",
      '"nope"',
    ),
    bad(
      () => lib.plotHeatmap([cell], { ...heatmapOptions, scheme: wrong(3) }),
      TypeError,
      "scheme",
      "3",
    ),
    bad(
      () => lib.plotHeatmap([cell], { ...heatmapOptions, xLabel: wrong(undefined) }),
      TypeError,
      "xLabel",
      "undefined",
    ),
    bad(
      () => lib.plotHeatmap([cell], { ...heatmapOptions, valueLabel: wrong(3) }),
      TypeError,
      "valueLabel",
      "3",
    ),
  ],

  plotPushforward: [
    bad(() => lib.plotPushforward(wrong("f"), [0], pushforwardOptions), TypeError, "map", '"f"'),
    bad(
      () => lib.plotPushforward((z) => z, [], pushforwardOptions),
      RangeError,
      "zValues.length",
      "0",
    ),
    bad(
      () => lib.plotPushforward((z) => z, [NaN], pushforwardOptions),
      RangeError,
      "zValues[0]",
      "NaN",
    ),
    bad(() => lib.plotPushforward(() => NaN, [0], pushforwardOptions), RangeError, "map(0)", "NaN"),
    bad(
      () => lib.plotPushforward(wrong(() => "x"), [0], pushforwardOptions),
      TypeError,
      "map(0)",
      '"x"',
    ),
    bad(
      () => lib.plotPushforward((z) => z, [0], { ...pushforwardOptions, zLabel: wrong(undefined) }),
      TypeError,
      "zLabel",
      "undefined",
    ),
    bad(
      () => lib.plotPushforward((z) => z, [0], { ...pushforwardOptions, domain: [1, 0] }),
      RangeError,
      "domain",
      "an array of length 2",
    ),
  ],

  plotDensityGrid: [
    bad(() => lib.plotDensityGrid([], text), RangeError, "panels", "an array of length 0"),
    bad(() => lib.plotDensityGrid(wrong("x"), text), TypeError, "panels", '"x"'),
    bad(
      () => lib.plotDensityGrid([{ ...panel, samples: [] }], text),
      RangeError,
      "panels[0].samples.length",
      "0",
    ),
    bad(
      () => lib.plotDensityGrid([{ ...panel, label: wrong(1) }], text),
      TypeError,
      "panels[0].label",
      "1",
    ),
    bad(
      () => lib.plotDensityGrid([{ ...panel, xLabel: wrong(3) }], text),
      TypeError,
      "panels[0].xLabel",
      "3",
    ),
    bad(
      () => lib.plotDensityGrid([{ ...panel, bins: 0 }], text),
      RangeError,
      "panels[0].bins",
      "0",
    ),
    bad(
      () => lib.plotDensityGrid([{ ...panel, curves: wrong("x") }], text),
      TypeError,
      "panels[0].curves",
      '"x"',
    ),
    bad(() => lib.plotDensityGrid([panel], { ...text, columns: 2 }), RangeError, "columns", "2"),
    bad(() => lib.plotDensityGrid([panel], { ...text, columns: 0 }), RangeError, "columns", "0"),
    bad(
      () => lib.plotDensityGrid([panel], { ...text, panelWidth: 0 }),
      RangeError,
      "panelWidth",
      "0",
    ),
    bad(
      () => lib.plotDensityGrid([panel], { ...text, panelHeight: wrong("1") }),
      TypeError,
      "panelHeight",
      '"1"',
    ),
    bad(
      () => lib.plotDensityGrid([panel], { ...text, dataLabel: wrong(3) }),
      TypeError,
      "dataLabel",
      "3",
    ),
    bad(() => lib.plotDensityGrid([panel], wrong(null)), TypeError, "options", "null"),
  ],

  createProgress: [
    bad(() => lib.createProgress(wrong(3)), TypeError, "label", "3"),
    bad(() => lib.createProgress(""), RangeError, "label", '""'),
    bad(() => lib.createProgress("t", { minInterval: -1 }), RangeError, "minInterval", "-1"),
    bad(
      () => lib.createProgress("t", { minInterval: wrong("1") }),
      TypeError,
      "minInterval",
      '"1"',
    ),
    bad(() => lib.createProgress("t", wrong(null)), TypeError, "options", "null"),
    bad(() => lib.createProgress("t", { display: wrong(3) }), TypeError, "display", "3"),
    bad(() => lib.createProgress("t", { now: wrong(3) }), TypeError, "now", "3"),
    bad(() => lib.createProgress("t", noDisplay).update(wrong(null)), TypeError, "value", "null"),
    bad(
      () => lib.createProgress("t", noDisplay).update(wrong({ a: {} })),
      TypeError,
      "value.a",
      "{}",
    ),
    bad(() => lib.createProgress("t", noDisplay).done(wrong(3)), TypeError, "summary", "3"),
  ],

  figureBundle: [
    bad(() => lib.figureBundle(wrong(null)), TypeError, "figure", "null"),
    bad(() => lib.figureBundle({ svg: "x", alt: "a" }), TypeError, "figure.svg", '"x"'),
    bad(() => lib.figureBundle({ svg: "<svg/>", alt: "" }), RangeError, "figure.alt", '""'),
    bad(() => lib.figureBundle(wrong({ svg: "<svg/>" })), TypeError, "figure.alt", "undefined"),
  ],

  show: [
    bad(() => lib.show(wrong(null)), TypeError, "figure", "null"),
    bad(() => lib.show(figure, { display: wrong(3) }), TypeError, "display", "3"),
    bad(() => lib.show(figure, wrong(null)), TypeError, "options", "null"),
  ],

  readColumn: [
    bad(() => lib.readColumn(wrong("x"), "a"), TypeError, "records", '"x"'),
    bad(() => lib.readColumn([], "a"), RangeError, "records.length", "0"),
    bad(() => lib.readColumn(column, "b"), RangeError, "field", '"b"'),
    bad(() => lib.readColumn(column, wrong(3)), TypeError, "field", "3"),
    bad(() => lib.readColumn([{ a: "x" }], "a"), TypeError, 'records[0]["a"]', '"x"'),
    bad(() => lib.readColumn([{ a: "1.5" }], "a"), TypeError, 'records[0]["a"]', '"1.5"'),
    bad(() => lib.readColumn([{ a: 1 }, { a: NaN }], "a"), RangeError, 'records[1]["a"]', "NaN"),
    bad(
      () => lib.readColumn([{ a: null }], "a", { dropMissing: false }),
      RangeError,
      'records[0]["a"]',
      "null",
    ),
    bad(() => lib.readColumn([{ a: null }], "a"), RangeError, "values.length", "0"),
    bad(() => lib.readColumn([wrong(null)], "a"), TypeError, "records[0]", "null"),
    bad(() => lib.readColumn(column, "a", { where: wrong(3) }), TypeError, "where", "3"),
    bad(
      () => lib.readColumn(column, "a", { dropMissing: wrong("no") }),
      TypeError,
      "dropMissing",
      '"no"',
    ),
    bad(() => lib.readColumn(column, "a", wrong(null)), TypeError, "options", "null"),
  ],

  numericColumn: [
    bad(
      () => lib.numericColumn(lib.penguins(), "Flipper length"),
      RangeError,
      "field",
      '"Flipper length"',
    ),
    bad(
      () => lib.numericColumn(lib.penguins(), "Species"),
      TypeError,
      'records[0]["Species"]',
      '"Adelie"',
    ),
    bad(() => lib.numericColumn(wrong(undefined), "a"), TypeError, "records", "undefined"),
  ],

  correlation: [
    bad(() => lib.correlation([1], [1, 2]), RangeError, "x.length", "1"),
    bad(() => lib.correlation([1, 2], [1, 2, 3]), RangeError, "y.length", "3"),
    bad(() => lib.correlation([1, 1], [1, 2]), RangeError, "x", "an array of length 2"),
    bad(() => lib.correlation(wrong("x"), [1, 2]), TypeError, "x", '"x"'),
    bad(() => lib.correlation([1, NaN], [1, 2]), RangeError, "x[1]", "NaN"),
  ],

  countDistinct: [
    bad(() => lib.countDistinct([]), RangeError, "values.length", "0"),
    bad(() => lib.countDistinct(wrong("x")), TypeError, "values", '"x"'),
    bad(() => lib.countDistinct([NaN]), RangeError, "values[0]", "NaN"),
  ],

  fitLogistic: [
    bad(() => lib.fitLogistic([], [1]), RangeError, "real.length", "0"),
    bad(() => lib.fitLogistic([1], wrong("x")), TypeError, "fake", '"x"'),
    bad(() => lib.fitLogistic([1, 2], [Infinity]), RangeError, "fake[0]", "Infinity"),
    bad(
      () => lib.fitLogistic([1, 2], [1, 3], { tolerance: 0 }),
      RangeError,
      "options.tolerance",
      "0",
    ),
    bad(
      () => lib.fitLogistic([1, 2], [1, 3], { maxIterations: 1.5 }),
      RangeError,
      "options.maxIterations",
      "1.5",
    ),
    bad(
      () => lib.fitLogistic([1, 2], [1, 3], { quadratic: wrong("yes") }),
      TypeError,
      "options.quadratic",
      '"yes"',
    ),
    bad(() => lib.fitLogistic([1, 2], [1, 3], wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.fitLogistic([1, 2], [1, 3], { tolerance: wrong("1") }),
      TypeError,
      "options.tolerance",
      '"1"',
    ),
  ],

  plotLinePanels: [
    bad(() => lib.plotLinePanels(wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.plotLinePanels({ ...text, panels: [] }),
      RangeError,
      "panels",
      "an array of length 0",
    ),
    bad(
      () => lib.plotLinePanels({ ...text, panels: [{ ...linePanel, series: [] }] }),
      RangeError,
      "panels[0].series",
      "an array of length 0",
    ),
    bad(
      () =>
        lib.plotLinePanels({
          ...text,
          panels: [{ ...linePanel, series: [{ label: "s", x: [0, 1], y: [0] }] }],
        }),
      RangeError,
      "panels[0].series[0].y.length",
      "1",
    ),
    bad(
      () =>
        lib.plotLinePanels({
          ...text,
          panels: [{ ...linePanel, series: [{ label: wrong(1), x: [0], y: [0] }] }],
        }),
      TypeError,
      "panels[0].series[0].label",
      "1",
    ),
    bad(
      () => lib.plotLinePanels({ ...text, panels: [linePanel], columns: 0 }),
      RangeError,
      "columns",
      "0",
    ),
    bad(
      () => lib.plotLinePanels({ ...text, title: "", panels: [linePanel] }),
      RangeError,
      "title",
      '""',
    ),
    bad(() => lib.plotLinePanels({ ...text, panels: wrong("x") }), TypeError, "panels", '"x"'),
    bad(
      () => lib.plotLinePanels({ ...text, panels: [{ ...linePanel, xLabel: wrong(3) }] }),
      TypeError,
      "panels[0].xLabel",
      "3",
    ),
    bad(
      () => lib.plotLinePanels({ ...text, panels: [{ ...linePanel, yLabel: wrong(undefined) }] }),
      TypeError,
      "panels[0].yLabel",
      "undefined",
    ),
    bad(
      () => lib.plotLinePanels({ ...text, panels: [wrong(null)] }),
      TypeError,
      "panels[0]",
      "null",
    ),
    bad(
      () => lib.plotLinePanels({ ...text, panels: [{ ...linePanel, series: wrong("s") }] }),
      TypeError,
      "panels[0].series",
      '"s"',
    ),
    bad(
      () => lib.plotLinePanels({ ...text, panels: [{ ...linePanel, series: [wrong(null)] }] }),
      TypeError,
      "panels[0].series[0]",
      "null",
    ),
    bad(
      () => lib.plotLinePanels({ ...text, panels: [{ ...linePanel, x: wrong("log") }] }),
      TypeError,
      "panels[0].x",
      '"log"',
    ),
    bad(
      () => lib.plotLinePanels({ ...text, panels: [linePanel], columns: wrong("1") }),
      TypeError,
      "columns",
      '"1"',
    ),
    bad(
      () => lib.plotLinePanels({ ...text, panels: [linePanel], columns: 1.5 }),
      RangeError,
      "columns",
      "1.5",
    ),
    bad(
      () =>
        lib.plotLinePanels({
          ...text,
          panels: [{ ...linePanel, series: [{ ...lineSeries, color: wrong(1) }] }],
        }),
      TypeError,
      "panels[0].series[0].color",
      "1",
    ),
    bad(
      () =>
        lib.plotLinePanels({
          ...text,
          panels: [{ ...linePanel, series: [{ ...lineSeries, dash: wrong("yes") }] }],
        }),
      TypeError,
      "panels[0].series[0].dash",
      '"yes"',
    ),
    bad(
      () =>
        lib.plotLinePanels({
          ...text,
          panels: [{ ...linePanel, series: [{ ...lineSeries, strokeWidth: 0 }] }],
        }),
      RangeError,
      "panels[0].series[0].strokeWidth",
      "0",
    ),
    bad(
      () =>
        lib.plotLinePanels({
          ...text,
          panels: [{ ...linePanel, series: [{ ...lineSeries, x: wrong("ab") }] }],
        }),
      TypeError,
      "panels[0].series[0].x",
      '"ab"',
    ),
  ],

  tableOutput: [
    bad(() => lib.tableOutput([]), RangeError, "rows", "an array of length 0"),
    bad(() => lib.tableOutput([wrong(null)]), TypeError, "rows[0]", "null"),
    bad(() => lib.tableOutput([{ x: wrong({}) }]), TypeError, "rows[0].x", "{}"),
    bad(() => lib.tableOutput([{ x: 1 }], { digits: 21 }), RangeError, "digits", "21"),
    bad(() => lib.tableOutput([{ x: 1 }], { digits: 1.5 }), RangeError, "digits", "1.5"),
    bad(() => lib.tableOutput([{ x: 1 }], { title: wrong(3) }), TypeError, "title", "3"),
    bad(() => lib.tableOutput(wrong("x")), TypeError, "rows", '"x"'),
    bad(() => lib.tableOutput([{ x: 1 }], wrong(null)), TypeError, "options", "null"),
    bad(() => lib.tableOutput([wrong([1])]), TypeError, "rows[0]", "an array of length 1"),
    bad(() => lib.tableOutput([{ x: 1 }], { digits: wrong("2") }), TypeError, "digits", '"2"'),
  ],

  textOutput: [
    bad(() => lib.textOutput(wrong(3)), TypeError, "lines[0]", "3"),
    bad(() => lib.textOutput("a", wrong(null)), TypeError, "lines[1]", "null"),
  ],

  showText: [
    bad(() => lib.showText(wrong(3), noDisplay), TypeError, "output", "3"),
    bad(() => lib.showText("x", { display: wrong(3) }), TypeError, "display", "3"),
    bad(() => lib.showText("x", wrong(null)), TypeError, "options", "null"),
  ],

  codesLoss: [
    bad(() => lib.codesLoss([], [], g, 0), RangeError, "data.length", "0"),
    bad(() => lib.codesLoss([1], [1, 2], g, 0), RangeError, "codes.length", "2"),
    bad(() => lib.codesLoss([1], [1], wrong(null), 0), TypeError, "decoder", "null"),
    bad(() => lib.codesLoss([1], [1], g, -1), RangeError, "penalty", "-1"),
    bad(() => lib.codesLoss([1], [1], g, wrong("0")), TypeError, "penalty", '"0"'),
    bad(() => lib.codesLoss([1], [NaN], g, 0), RangeError, "codes[0]", "NaN"),
    bad(() => lib.codesLoss(wrong("x"), [1], g, 0), TypeError, "data", '"x"'),
    bad(() => lib.codesLoss([1], [1], wrong({ w1: 1 }), 0), TypeError, "decoder.b1", "undefined"),
    bad(() => lib.codesLoss([1], [1], g, NaN), RangeError, "penalty", "NaN"),
  ],

  codesGradient: [
    bad(() => lib.codesGradient([1], [1], { ...g, w1: NaN }, 0), RangeError, "decoder.w1", "NaN"),
    bad(() => lib.codesGradient([1], wrong("z"), g, 0), TypeError, "codes", '"z"'),
    bad(() => lib.codesGradient([], [], g, 0), RangeError, "data.length", "0"),
    bad(() => lib.codesGradient([1], [1], g, wrong(undefined)), TypeError, "penalty", "undefined"),
  ],

  learnCodes: [
    bad(() => lib.learnCodes([], codesOptions), RangeError, "data.length", "0"),
    bad(() => lib.learnCodes([1, 2], { ...codesOptions, lr: 0 }), RangeError, "lr", "0"),
    bad(() => lib.learnCodes([1, 2], { ...codesOptions, steps: 1.5 }), RangeError, "steps", "1.5"),
    bad(
      () => lib.learnCodes([1, 2], { ...codesOptions, source: wrong(3) }),
      TypeError,
      "source",
      "3",
    ),
    bad(
      () => lib.learnCodes([1, 2], { ...codesOptions, penalty: -1 }),
      RangeError,
      "penalty",
      "-1",
    ),
    bad(() => lib.learnCodes([1, 2], wrong(null)), TypeError, "options", "null"),
    badMatching(
      () => lib.learnCodes([1, 200], { ...codesOptions, lr: 1e6 }),
      RangeError,
      /^Cannot \S.* as lr must be .+: lr=1000000$/,
    ),
    bad(() => lib.learnCodes(wrong("12"), codesOptions), TypeError, "data", '"12"'),
    bad(
      () => lib.learnCodes([1, 2], { ...codesOptions, steps: wrong("1") }),
      TypeError,
      "steps",
      '"1"',
    ),
    bad(
      () => lib.learnCodes([1, 2], wrong({ ...codesOptions, penalty: undefined })),
      TypeError,
      "penalty",
      "undefined",
    ),
    bad(
      () => lib.learnCodes([1, 2], { ...codesOptions, init: wrong(null) }),
      TypeError,
      "init",
      "null",
    ),
    bad(
      () => lib.learnCodes([1, 2], { ...codesOptions, init: { w1: wrong("1") } }),
      TypeError,
      "init.w1",
      '"1"',
    ),
  ],

  comparePriors: [
    bad(
      () => lib.comparePriors({ ...priorOptions, priors: [] }),
      RangeError,
      "priors",
      "an array of length 0",
    ),
    bad(() => lib.comparePriors({ ...priorOptions, data: wrong(null) }), TypeError, "data", "null"),
    bad(
      () => lib.comparePriors({ ...priorOptions, priors: [wrong({})] }),
      TypeError,
      "priors[0]",
      "{}",
    ),
    bad(() => lib.comparePriors({ ...priorOptions, sampleSize: 1 }), RangeError, "sampleSize", "1"),
    bad(() => lib.comparePriors({ ...priorOptions, steps: 0 }), RangeError, "steps", "0"),
    bad(() => lib.comparePriors(wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.comparePriors({ ...priorOptions, priors: wrong("x") }),
      TypeError,
      "priors",
      '"x"',
    ),
    bad(
      () => lib.comparePriors({ ...priorOptions, priors: [{ ...p, variance: Infinity }] }),
      RangeError,
      "priors[0].variance",
      "Infinity",
    ),
    bad(
      () =>
        lib.comparePriors({ ...priorOptions, priors: [{ ...p, sampleInto: wrong(undefined) }] }),
      TypeError,
      "priors[0]",
      '{"name":"N(0, 1²)","mean":0,"variance":1}',
    ),
    bad(
      () => lib.comparePriors({ ...priorOptions, data: { ...q, variance: 0 } }),
      RangeError,
      "data.variance",
      "0",
    ),
    bad(
      () => lib.comparePriors({ ...priorOptions, sampleSize: 2.5 }),
      RangeError,
      "sampleSize",
      "2.5",
    ),
    bad(() => lib.comparePriors({ ...priorOptions, source: wrong(3) }), TypeError, "source", "3"),
    bad(() => lib.comparePriors({ ...priorOptions, init: wrong(null) }), TypeError, "init", "null"),
    bad(() => lib.comparePriors({ ...priorOptions, onChunk: wrong(3) }), TypeError, "onChunk", "3"),
    bad(() => lib.comparePriors({ ...priorOptions, chunks: 0 }), RangeError, "chunks", "0"),
    bad(() => lib.comparePriors({ ...priorOptions, lrD: wrong("x") }), TypeError, "lrD", '"x"'),
  ],

  trainWithoutNoise: [
    bad(() => lib.trainWithoutNoise({ ...trainOptions, lrD: 0 }), RangeError, "lrD", "0"),
    bad(() => lib.trainWithoutNoise({ ...trainOptions, k: 0 }), RangeError, "k", "0"),
    bad(() => lib.trainWithoutNoise(wrong(null)), TypeError, "options", "null"),
    bad(() => lib.trainWithoutNoise({ ...trainOptions, data: wrong({}) }), TypeError, "data", "{}"),
    bad(
      () => lib.trainWithoutNoise({ ...trainOptions, data: { ...q, variance: 0 } }),
      RangeError,
      "data.variance",
      "0",
    ),
    bad(
      () => lib.trainWithoutNoise({ ...trainOptions, init: wrong(null) }),
      TypeError,
      "init",
      "null",
    ),
    bad(
      () => lib.trainWithoutNoise({ ...trainOptions, init: { w1: wrong("1") } }),
      TypeError,
      "init.w1",
      '"1"',
    ),
    bad(
      () => lib.trainWithoutNoise({ ...trainOptions, onChunk: wrong(3) }),
      TypeError,
      "onChunk",
      "3",
    ),
    bad(() => lib.trainWithoutNoise({ ...trainOptions, chunks: 0 }), RangeError, "chunks", "0"),
    bad(() => lib.trainWithoutNoise({ ...trainOptions, steps: 1.5 }), RangeError, "steps", "1.5"),
  ],

  trainBothSigns: [
    bad(() => lib.trainBothSigns({ ...signOptions, w1: 0 }), RangeError, "w1", "0"),
    bad(() => lib.trainBothSigns({ ...signOptions, w1: -1 }), RangeError, "w1", "-1"),
    bad(() => lib.trainBothSigns({ ...signOptions, chunks: 0 }), RangeError, "chunks", "0"),
    bad(() => lib.trainBothSigns({ ...signOptions, seed: wrong("1") }), TypeError, "seed", '"1"'),
    bad(() => lib.trainBothSigns({ ...signOptions, lrD: -1 }), RangeError, "lrD", "-1"),
    bad(() => lib.trainBothSigns(wrong(null)), TypeError, "options", "null"),
    bad(() => lib.trainBothSigns({ ...signOptions, w1: wrong("1") }), TypeError, "w1", '"1"'),
    bad(() => lib.trainBothSigns({ ...signOptions, b1: wrong("0") }), TypeError, "b1", '"0"'),
    bad(() => lib.trainBothSigns({ ...signOptions, b1: NaN }), RangeError, "b1", "NaN"),
    bad(() => lib.trainBothSigns({ ...signOptions, chunks: 1.5 }), RangeError, "chunks", "1.5"),
    bad(() => lib.trainBothSigns({ ...signOptions, chunks: 11 }), RangeError, "chunks", "11"),
    bad(
      () => lib.trainBothSigns({ ...signOptions, steps: wrong(undefined) }),
      TypeError,
      "steps",
      "undefined",
    ),
    bad(() => lib.trainBothSigns({ ...signOptions, noise: wrong({}) }), TypeError, "noise", "{}"),
    bad(() => lib.trainBothSigns({ ...signOptions, onChunk: wrong(3) }), TypeError, "onChunk", "3"),
    bad(
      () => lib.trainBothSigns(wrong({ ...signOptions, onProgress: () => {} })),
      RangeError,
      "onProgress",
      "a function",
    ),
  ],

  trainFrozenNoise: [
    bad(() => lib.trainFrozenNoise({ ...frozenOptions, count: 0 }), RangeError, "count", "0"),
    bad(() => lib.trainFrozenNoise({ ...frozenOptions, calls: 1.5 }), RangeError, "calls", "1.5"),
    bad(
      () => lib.trainFrozenNoise({ ...frozenOptions, source: wrong(null) }),
      TypeError,
      "source",
      "null",
    ),
    bad(() => lib.trainFrozenNoise({ ...frozenOptions, lrG: NaN }), RangeError, "lrG", "NaN"),
    bad(() => lib.trainFrozenNoise(wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.trainFrozenNoise({ ...frozenOptions, count: wrong("3") }),
      TypeError,
      "count",
      '"3"',
    ),
    bad(
      () => lib.trainFrozenNoise({ ...frozenOptions, noise: wrong({}) }),
      TypeError,
      "noise",
      "{}",
    ),
    bad(() => lib.trainFrozenNoise({ ...frozenOptions, chunks: 0 }), RangeError, "chunks", "0"),
    bad(
      () => lib.trainFrozenNoise({ ...frozenOptions, onChunk: wrong(3) }),
      TypeError,
      "onChunk",
      "3",
    ),
  ],

  compareUpdateSchemes: [
    bad(() => lib.compareUpdateSchemes({ ...schemeOptions, lr: 0 }), RangeError, "options.lr", "0"),
    bad(
      () => lib.compareUpdateSchemes({ ...schemeOptions, steps: 0 }),
      RangeError,
      "options.steps",
      "0",
    ),
    bad(
      () => lib.compareUpdateSchemes({ ...schemeOptions, generator: { w1: 0, b1: 0 } }),
      RangeError,
      "options.generator.w1",
      "0",
    ),
    bad(
      () => lib.compareUpdateSchemes({ ...schemeOptions, data: wrong(null) }),
      TypeError,
      "options.data",
      "null",
    ),
    bad(
      () => lib.compareUpdateSchemes({ ...schemeOptions, source: wrong(1) }),
      TypeError,
      "options.source",
      "1",
    ),
    bad(() => lib.compareUpdateSchemes(wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.compareUpdateSchemes({ ...schemeOptions, lr: wrong("1") }),
      TypeError,
      "options.lr",
      '"1"',
    ),
    bad(
      () => lib.compareUpdateSchemes({ ...schemeOptions, steps: 1.5 }),
      RangeError,
      "options.steps",
      "1.5",
    ),
    bad(
      () => lib.compareUpdateSchemes({ ...schemeOptions, batchSize: 0.5 }),
      RangeError,
      "options.batchSize",
      "0.5",
    ),
    bad(
      () => lib.compareUpdateSchemes({ ...schemeOptions, generator: wrong(null) }),
      TypeError,
      "options.generator",
      "null",
    ),
    bad(
      () => lib.compareUpdateSchemes({ ...schemeOptions, init: wrong(null) }),
      TypeError,
      "options.init",
      "null",
    ),
    bad(
      () => lib.compareUpdateSchemes({ ...schemeOptions, init: { w2: 0, b2: 0, c2: 1 } }),
      RangeError,
      "options.init.c2",
      "1",
    ),
  ],

  trainRealOnly: [
    bad(
      () => lib.trainRealOnly({ ...realOnlyOptions, generators: [] }),
      RangeError,
      "options.generators",
      "an array of length 0",
    ),
    bad(
      () => lib.trainRealOnly({ ...realOnlyOptions, generators: [{ w1: 0, b1: 4 }] }),
      RangeError,
      "options.generators[0].w1",
      "0",
    ),
    bad(() => lib.trainRealOnly({ ...realOnlyOptions, lr: -1 }), RangeError, "options.lr", "-1"),
    bad(
      () => lib.trainRealOnly({ ...realOnlyOptions, evaluationSize: 0 }),
      RangeError,
      "options.evaluationSize",
      "0",
    ),
    bad(() => lib.trainRealOnly(wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.trainRealOnly({ ...realOnlyOptions, generators: wrong("x") }),
      TypeError,
      "options.generators",
      '"x"',
    ),
    bad(
      () => lib.trainRealOnly({ ...realOnlyOptions, generators: [wrong(null)] }),
      TypeError,
      "options.generators[0]",
      "null",
    ),
    bad(
      () => lib.trainRealOnly({ ...realOnlyOptions, steps: 1.5 }),
      RangeError,
      "options.steps",
      "1.5",
    ),
    bad(
      () => lib.trainRealOnly({ ...realOnlyOptions, evaluationSize: wrong("1") }),
      TypeError,
      "options.evaluationSize",
      '"1"',
    ),
  ],

  minibatchGradients: [
    bad(
      () => lib.minibatchGradients({ ...minibatchOptions, batchSizes: [] }),
      RangeError,
      "options.batchSizes",
      "an array of length 0",
    ),
    bad(
      () => lib.minibatchGradients({ ...minibatchOptions, batchSizes: [0] }),
      RangeError,
      "options.batchSizes[0]",
      "0",
    ),
    bad(
      () => lib.minibatchGradients({ ...minibatchOptions, batches: 0 }),
      RangeError,
      "options.batches",
      "0",
    ),
    bad(
      () => lib.minibatchGradients({ ...minibatchOptions, data: wrong(null) }),
      TypeError,
      "options.data",
      "null",
    ),
    bad(() => lib.minibatchGradients(wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.minibatchGradients({ ...minibatchOptions, batchSizes: wrong("x") }),
      TypeError,
      "options.batchSizes",
      '"x"',
    ),
    bad(
      () => lib.minibatchGradients({ ...minibatchOptions, batchSizes: [1.5] }),
      RangeError,
      "options.batchSizes[0]",
      "1.5",
    ),
    bad(
      () => lib.minibatchGradients({ ...minibatchOptions, batches: 1 }),
      RangeError,
      "options.batches",
      "1",
    ),
    bad(
      () => lib.minibatchGradients({ ...minibatchOptions, discriminator: wrong(null) }),
      TypeError,
      "options.discriminator",
      "null",
    ),
    bad(
      () => lib.minibatchGradients({ ...minibatchOptions, discriminator: { w2: 0, b2: 0, c2: 1 } }),
      RangeError,
      "options.discriminator.c2",
      "1",
    ),
    bad(
      () => lib.minibatchGradients({ ...minibatchOptions, generator: { w1: 0, b1: 0 } }),
      RangeError,
      "options.generator.w1",
      "0",
    ),
    bad(
      () => lib.minibatchGradients({ ...minibatchOptions, source: wrong(undefined) }),
      TypeError,
      "options.source",
      "undefined",
    ),
  ],

  compareGeneratorLosses: [
    bad(() => lib.compareGeneratorLosses(wrong(null), d, [0]), TypeError, "generator", "null"),
    bad(
      () => lib.compareGeneratorLosses(g, { w2: 0, b2: 0 }, [0]),
      RangeError,
      "discriminator.w2",
      "0",
    ),
    bad(() => lib.compareGeneratorLosses(g, d, []), RangeError, "z.length", "0"),
    bad(
      () => lib.compareGeneratorLosses(g, { ...d, c2: 1 }, [0]),
      RangeError,
      "discriminator.c2",
      "1",
    ),
    bad(() => lib.compareGeneratorLosses(g, wrong(null), [0]), TypeError, "discriminator", "null"),
    bad(() => lib.compareGeneratorLosses(g, d, wrong("z")), TypeError, "z", '"z"'),
  ],

  sweep: [
    bad(
      () => lib.sweep({ rows: [], columns: ["a"] }, () => 1),
      RangeError,
      "grid.rows",
      "an array of length 0",
    ),
    bad(() => lib.sweep(grid, wrong("f")), TypeError, "runOne", '"f"'),
    bad(() => lib.sweep(grid, wrong(() => "x")), TypeError, "runOne(1, a)", '"x"'),
    bad(
      () => lib.sweep({ rows: [1, 1], columns: ["a"] }, () => 1),
      RangeError,
      "grid.rows",
      "an array of length 2",
    ),
    bad(
      () => lib.sweep({ rows: [wrong(null)], columns: ["a"] }, () => 1),
      TypeError,
      "grid.rows[0]",
      "null",
    ),
    bad(() => lib.sweep(wrong(null), () => 1), TypeError, "grid", "null"),
    bad(
      () => lib.sweep({ rows: [1], columns: [] }, () => 1),
      RangeError,
      "grid.columns",
      "an array of length 0",
    ),
    bad(() => lib.sweep(grid, () => 1, wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.sweep(grid, () => 1, { onProgress: wrong(3) }),
      TypeError,
      "options.onProgress",
      "3",
    ),
  ],

  sweepSuccesses: [
    bad(() => lib.sweepSuccesses(wrong("x"), 0.1), TypeError, "cells", '"x"'),
    bad(() => lib.sweepSuccesses([], NaN), RangeError, "threshold", "NaN"),
    bad(() => lib.sweepSuccesses([], wrong("0.1")), TypeError, "threshold", '"0.1"'),
    bad(() => lib.sweepSuccesses([wrong(null)], 0.1), TypeError, "cells[0]", "null"),
    bad(
      () => lib.sweepSuccesses([{ x: 1, y: wrong(null), value: 1 }], 0.1),
      TypeError,
      "cells[0].y",
      "null",
    ),
    bad(
      () => lib.sweepSuccesses([{ x: 1, y: 1, value: wrong("a") }], 0.1),
      TypeError,
      "cells[0].value",
      '"a"',
    ),
  ],

  sweepTraining: [
    bad(
      () => lib.sweepTraining({ ...sweepOptions, vary: wrong("lr") }),
      RangeError,
      "vary",
      '"lr"',
    ),
    bad(() => lib.sweepTraining({ ...sweepOptions, values: [-1] }), RangeError, "values[0]", "-1"),
    bad(
      () => lib.sweepTraining({ ...sweepOptions, target: wrong(null) }),
      TypeError,
      "target",
      "null",
    ),
    bad(() => lib.sweepTraining(wrong(null)), TypeError, "options", "null"),
    bad(() => lib.sweepTraining({ ...sweepOptions, base: wrong(null) }), TypeError, "base", "null"),
    bad(() => lib.sweepTraining({ ...sweepOptions, vary: wrong(3) }), TypeError, "vary", "3"),
    bad(
      () => lib.sweepTraining({ ...sweepOptions, values: [] }),
      RangeError,
      "values",
      "an array of length 0",
    ),
    bad(
      () => lib.sweepTraining({ ...sweepOptions, vary: "steps", values: [1.5] }),
      RangeError,
      "values[0]",
      "1.5",
    ),
    bad(
      () => lib.sweepTraining({ ...sweepOptions, seeds: [] }),
      RangeError,
      "seeds",
      "an array of length 0",
    ),
    bad(() => lib.sweepTraining({ ...sweepOptions, seeds: wrong("a") }), TypeError, "seeds", '"a"'),
    bad(
      () => lib.sweepTraining({ ...sweepOptions, seeds: wrong(["a"]) }),
      TypeError,
      "seeds[0]",
      '"a"',
    ),
    bad(() => lib.sweepTraining({ ...sweepOptions, seeds: [NaN] }), RangeError, "seeds[0]", "NaN"),
    bad(
      () => lib.sweepTraining({ ...sweepOptions, onProgress: wrong(3) }),
      TypeError,
      "onProgress",
      "3",
    ),
  ],

  optimalGameValues: [
    bad(() => lib.optimalGameValues(wrong(null), [g]), TypeError, "data", "null"),
    bad(() => lib.optimalGameValues(q, wrong("x")), TypeError, "generators", '"x"'),
    bad(() => lib.optimalGameValues(q, [{ w1: 0, b1: 0 }]), RangeError, "generators[0].w1", "0"),
    bad(
      () => lib.optimalGameValues(q, [{ w1: wrong("1"), b1: 0 }]),
      TypeError,
      "generators[0].w1",
      '"1"',
    ),
    bad(() => lib.optimalGameValues(q, [wrong(null)]), TypeError, "generators[0]", "null"),
  ],

  tailAverage: [
    bad(() => lib.tailAverage(trainHistory, 0), RangeError, "fraction", "0"),
    bad(() => lib.tailAverage(trainHistory, 1.5), RangeError, "fraction", "1.5"),
    bad(() => lib.tailAverage(trainHistory, wrong("0.5")), TypeError, "fraction", '"0.5"'),
    bad(() => lib.tailAverage(wrong(null), 0.5), TypeError, "history", "null"),
    bad(() => lib.tailAverage(wrong({}), 0.5), TypeError, "history.step", "undefined"),
    bad(
      () => lib.tailAverage({ ...trainHistory, w1: trainHistory.w1.subarray(1) }, 0.5),
      RangeError,
      "history.w1.length",
      "19",
    ),
    bad(
      () =>
        lib.tailAverage({
          ...trainHistory,
          step: new Float64Array(0),
          w1: new Float64Array(0),
          b1: new Float64Array(0),
        }, 0.5),
      RangeError,
      "history.step.length",
      "0",
    ),
  ],

  trainingSnapshots: [
    bad(() => lib.trainingSnapshots(trainHistory, wrong("x"), q), TypeError, "steps", '"x"'),
    bad(() => lib.trainingSnapshots(trainHistory, [99999], q), RangeError, "steps[0]", "99999"),
    bad(() => lib.trainingSnapshots(trainHistory, [0], wrong(null)), TypeError, "data", "null"),
    bad(() => lib.trainingSnapshots(wrong(null), [0], q), TypeError, "history", "null"),
    bad(
      () =>
        lib.trainingSnapshots({ ...trainHistory, lossD: trainHistory.lossD.subarray(1) }, [0], q),
      RangeError,
      "history.lossD.length",
      "19",
    ),
    bad(() => lib.trainingSnapshots(trainHistory, wrong(["0"]), q), TypeError, "steps[0]", '"0"'),
  ],

  diracDiscriminatorLoss: [
    bad(() => lib.diracDiscriminatorLoss(wrong(null)), TypeError, "state", "null"),
    bad(() => lib.diracDiscriminatorLoss({ b1: NaN, w2: 0 }), RangeError, "b1", "NaN"),
    bad(() => lib.diracDiscriminatorLoss(state, { r1: -1 }), RangeError, "options.r1", "-1"),
    bad(
      () => lib.diracDiscriminatorLoss(state, { realNoise: [] }),
      RangeError,
      "options.realNoise.length",
      "0",
    ),
    bad(() => lib.diracDiscriminatorLoss(state, wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.diracDiscriminatorLoss(state, { r1: wrong("1") }),
      TypeError,
      "options.r1",
      '"1"',
    ),
    bad(
      () => lib.diracDiscriminatorLoss(state, { realNoise: wrong("x") }),
      TypeError,
      "options.realNoise",
      '"x"',
    ),
    bad(
      () => lib.diracDiscriminatorLoss(state, { fakeNoise: [] }),
      RangeError,
      "options.fakeNoise.length",
      "0",
    ),
  ],

  diracGeneratorLoss: [
    bad(
      () => lib.diracGeneratorLoss(state, { loss: wrong("x") }),
      RangeError,
      "options.loss",
      '"x"',
    ),
    bad(
      () => lib.diracGeneratorLoss(state, { noise: [] }),
      RangeError,
      "options.noise.length",
      "0",
    ),
    bad(() => lib.diracGeneratorLoss({ b1: 0, w2: wrong("0") }), TypeError, "w2", '"0"'),
    bad(() => lib.diracGeneratorLoss(wrong(null)), TypeError, "state", "null"),
    bad(() => lib.diracGeneratorLoss(state, wrong(null)), TypeError, "options", "null"),
    bad(() => lib.diracGeneratorLoss(state, { loss: wrong(1) }), TypeError, "options.loss", "1"),
    bad(
      () => lib.diracGeneratorLoss(state, { noise: wrong("x") }),
      TypeError,
      "options.noise",
      '"x"',
    ),
  ],

  diracGan: [
    bad(
      () => lib.diracGan({ ...diracOptions, variant: wrong("x") }),
      RangeError,
      "options.variant",
      '"x"',
    ),
    bad(() => lib.diracGan({ ...diracOptions, lr: 0 }), RangeError, "options.lr", "0"),
    bad(() => lib.diracGan({ ...diracOptions, steps: 0 }), RangeError, "options.steps", "0"),
    bad(
      () => lib.diracGan({ ...diracOptions, init: wrong(null) }),
      TypeError,
      "options.init",
      "null",
    ),
    bad(
      () => lib.diracGan({ ...diracOptions, source: wrong(1) }),
      TypeError,
      "options.source",
      "1",
    ),
    bad(() => lib.diracGan({ ...diracOptions, r1: -1 }), RangeError, "options.r1", "-1"),
    bad(() => lib.diracGan(wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.diracGan({ ...diracOptions, variant: wrong(3) }),
      TypeError,
      "options.variant",
      "3",
    ),
    bad(() => lib.diracGan({ ...diracOptions, steps: 1.5 }), RangeError, "options.steps", "1.5"),
    bad(
      () => lib.diracGan({ ...diracOptions, batchSize: 0 }),
      RangeError,
      "options.batchSize",
      "0",
    ),
    bad(
      () => lib.diracGan({ ...diracOptions, instanceNoise: -1 }),
      RangeError,
      "options.instanceNoise",
      "-1",
    ),
    bad(() => lib.diracGan({ ...diracOptions, loss: wrong(3) }), TypeError, "options.loss", "3"),
    bad(
      () => lib.diracGan({ ...diracOptions, init: { b1: wrong("0"), w2: 0 } }),
      TypeError,
      "options.init.b1",
      '"0"',
    ),
  ],

  diracJacobian: [
    bad(
      () => lib.diracJacobian({ variant: wrong("x"), lr: 0.2 }),
      RangeError,
      "options.variant",
      '"x"',
    ),
    bad(
      () => lib.diracJacobian({ variant: "simultaneous", lr: -1 }),
      RangeError,
      "options.lr",
      "-1",
    ),
    bad(() => lib.diracJacobian(wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.diracJacobian(wrong({ variant: "simultaneous" })),
      TypeError,
      "options.lr",
      "undefined",
    ),
    bad(
      () => lib.diracJacobian({ variant: "simultaneous", lr: 0.2, instanceNoise: wrong("1") }),
      TypeError,
      "options.instanceNoise",
      '"1"',
    ),
  ],

  linearisedRate: [
    bad(
      () => lib.linearisedRate({ variant: "alternating", lr: NaN }),
      RangeError,
      "options.lr",
      "NaN",
    ),
    bad(
      () => lib.linearisedRate({ variant: "alternating", lr: 0.2, r1: -1 }),
      RangeError,
      "options.r1",
      "-1",
    ),
    bad(() => lib.linearisedRate(wrong(null)), TypeError, "options", "null"),
    bad(
      () => lib.linearisedRate({ variant: wrong(undefined), lr: 0.2 }),
      TypeError,
      "options.variant",
      "undefined",
    ),
  ],

  measuredRate: [
    bad(() => lib.measuredRate(wrong({ radius: "x" })), TypeError, "path.radius", '"x"'),
    bad(
      () => lib.measuredRate({ b1: radius, w2: radius, radius: new Float64Array([1, -1]) }),
      RangeError,
      "path.radius[1]",
      "-1",
    ),
    bad(
      () => lib.measuredRate({ b1: radius, w2: radius, radius }, { from: -1 }),
      RangeError,
      "options.from",
      "-1",
    ),
    bad(
      () => lib.measuredRate({ b1: radius, w2: radius, radius }, { to: 1.5 }),
      RangeError,
      "options.to",
      "1.5",
    ),
    bad(() => lib.measuredRate(wrong(null)), TypeError, "path", "null"),
    bad(
      () => lib.measuredRate({ b1: radius, w2: radius, radius }, wrong(null)),
      TypeError,
      "options",
      "null",
    ),
    bad(
      () => lib.measuredRate({ b1: radius, w2: radius, radius }, { from: 3 }),
      RangeError,
      "options.from",
      "3",
    ),
    bad(
      () => lib.measuredRate({ b1: radius, w2: radius, radius }, { from: wrong("1") }),
      TypeError,
      "options.from",
      '"1"',
    ),
    bad(
      () => lib.measuredRate({ b1: radius, w2: radius, radius }, { to: 4 }),
      RangeError,
      "options.to",
      "4",
    ),
    bad(
      () => lib.measuredRate({ b1: radius, w2: radius, radius: new Float64Array([1]) }),
      RangeError,
      "path.radius.length",
      "1",
    ),
  ],
};

/** Exports that take no argument, so no call can pass a wrong one. */
const EXEMPT: Record<string, string> = {
  penguins: "takes no arguments and returns constant data",
};

function exportedFunctions(): string[] {
  return Object.entries(lib)
    .filter(([, value]) => typeof value === "function")
    .map(([name]) => name)
    .sort();
}

Deno.test("validation table names every exported function", () => {
  const missing = exportedFunctions().filter((name) => !(name in TABLE) && !(name in EXEMPT));
  assert.deepEqual(missing, [], `exports without bad calls in tests/validation_test.ts`);
});

Deno.test("validation table names only exports", () => {
  const exported = new Set(exportedFunctions());
  const stale = [...Object.keys(TABLE), ...Object.keys(EXEMPT)].filter((name) =>
    !exported.has(name)
  );
  assert.deepEqual(stale, []);
});

// Runs one bad call and returns a description of what went wrong, or undefined if it threw as
// expected. An async function's rejection counts as its throw.
async function failure(badCall: BadCall): Promise<string | undefined> {
  let thrown: unknown;
  try {
    const result = badCall.call();
    if (result instanceof Promise) await result;
  } catch (error) {
    thrown = error;
  }
  const call = badCall.call.toString().replace(/\s+/g, " ");
  if (thrown === undefined) return `${call}: returned without an error`;
  if (!(thrown instanceof badCall.error)) {
    return `${call}: threw ${String(thrown)} instead of a ${badCall.error.name}`;
  }
  if (!badCall.pattern.test(thrown.message)) {
    return `${call}: message ${JSON.stringify(thrown.message)} does not match ${badCall.pattern}`;
  }
  return undefined;
}

// Runs every bad call of `table`, one test step per function, and returns how many it tried.
async function runTable(
  t: Deno.TestContext,
  table: Record<string, readonly BadCall[]>,
): Promise<number> {
  let tried = 0;
  for (const [name, calls] of Object.entries(table)) {
    tried += calls.length;
    await t.step(name, async () => {
      assert.ok(calls.length > 0, `${name} has no bad calls`);
      const failures: string[] = [];
      for (const badCall of calls) {
        const problem = await failure(badCall);
        if (problem !== undefined) failures.push(problem);
      }
      assert.deepEqual(failures, []);
    });
  }
  return tried;
}

Deno.test("bad arguments throw the standard errors", async (t) => {
  const tried = await runTable(t, TABLE);
  console.log(`${tried} bad inputs tried on ${Object.keys(TABLE).length} exports`);
});
