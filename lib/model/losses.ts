// The GAN's minibatch losses and their gradients, gathered in one module: the discriminator's
// cross-entropy of real (label 1) against generated (label 0) samples, and the generator's
// saturating and non-saturating losses.

export {
  discriminatorAccuracy,
  discriminatorGradient,
  discriminatorLoss,
} from "./discriminator_loss.ts";
export type { DiscriminatorGradient } from "./discriminator_loss.ts";
export {
  GENERATOR_LOSSES,
  generatorGradient,
  generatorGradientRatio,
  generatorLoss,
} from "./generator_loss.ts";
export type { GeneratorGradient, GeneratorLoss, GeneratorLossOptions } from "./generator_loss.ts";
