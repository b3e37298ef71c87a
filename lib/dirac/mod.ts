// The Dirac GAN inside the linear GAN: a point-mass data set at 0, a constant generator b1 and a
// discriminator σ(w2·x). Its losses and hand-derived gradients, gradient descent with
// simultaneous or alternating steps (with an optional R1 penalty or instance noise), the update
// map linearised at the equilibrium, and the growth per step measured along a path.

export {
  diracDiscriminatorLoss,
  type DiracDiscriminatorOptions,
  diracGeneratorLoss,
  type DiracGeneratorOptions,
  type DiracState,
  type LossAndDerivative,
} from "./loss.ts";
export { diracGan, type DiracGanOptions, type DiracPath, type DiracVariant } from "./dirac_gan.ts";
export {
  diracJacobian,
  type LinearisedOptions,
  linearisedRate,
  type Matrix2,
} from "./linearised.ts";
export { measuredRate } from "./growth.ts";
