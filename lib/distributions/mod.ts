// The one-dimensional distributions of the library: the data p_data, the noise prior p(z) and the
// generated distribution p_g are all values of the `Distribution` type.

export type { Distribution } from "./distribution.ts";
export type { Source } from "../random.ts";
export { erfc, normal, standardNormalCdf } from "./normal.ts";
export { uniform } from "./uniform.ts";
export { type MixtureComponent, normalMixture } from "./mixture.ts";
export { empirical, type EmpiricalDistribution, isEmpirical } from "./empirical.ts";
export { pushforwardMap, quantile } from "./quantile.ts";
