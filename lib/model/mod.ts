// The linear GAN's model: the generator G(z) = w1·z + b1, the logistic discriminator
// D(x) = σ(c2·x² + w2·x + b2), and their losses and gradients.

export { generate, generatedDistribution } from "./generator.ts";
export type { GeneratorParams } from "./generator.ts";
export { discriminate, logit, logSigmoid, sigmoid } from "./discriminator.ts";
export type { DiscriminatorParams } from "./discriminator.ts";
export {
  discriminatorAccuracy,
  discriminatorGradient,
  discriminatorLoss,
  GENERATOR_LOSSES,
  generatorGradient,
  generatorGradientRatio,
  generatorLoss,
} from "./losses.ts";
export type {
  DiscriminatorGradient,
  GeneratorGradient,
  GeneratorLoss,
  GeneratorLossOptions,
} from "./losses.ts";
export { fitLogistic, type FitLogisticOptions, type LogisticFit } from "./fit_logistic.ts";
