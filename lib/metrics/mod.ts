// Distances and divergences between one-dimensional distributions, and the quantities of the GAN
// game against the optimal discriminator. Divergences are in nats, and distances in the units of x.

export { klNormal, type NormalParameters } from "./kl.ts";
export { w1Normal, w1Samples } from "./wasserstein.ts";
export { ksStatistic } from "./ks.ts";
export { jsDivergence } from "./js.ts";
export { gameValue, optimalDiscriminator, optimalLinearDiscriminator } from "./optimal.ts";
export { correlation } from "./correlation.ts";
export { countDistinct } from "./distinct.ts";
export type { Distribution } from "../distributions/distribution.ts";
export type { Source } from "../random.ts";
