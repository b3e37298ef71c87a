// The standard benchmark workload on the TypeScript side: the linear GAN on data N(4, 1.25²) with
// noise N(0, 1), one discriminator and one generator update per step on batches of 64, plain SGD
// with learning rate 0.01 from w1 = 1, b1 = 0, w2 = 0.1, b2 = 0. bench/reference.py repeats these
// numbers for numpy.

/** The settings shared by every run of the benchmark. */
export const WORKLOAD = {
  /** Mean of the data distribution. */
  mu: 4,
  /** Standard deviation of the data distribution. */
  sigma: 1.25,
  /** Batch size m of real samples and of noise values. */
  batchSize: 64,
  /** Learning rate of both players. */
  lr: 0.01,
  /** Initial parameters. */
  init: { w1: 1, b1: 0, w2: 0.1, b2: 0 },
  /** Steps of one throughput run. */
  steps: 100_000,
} as const;
