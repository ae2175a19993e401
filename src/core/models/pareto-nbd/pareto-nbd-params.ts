/**
 * Pareto/NBD parameters (Schmittlein, Morrison & Colombo 1987): purchase rates λ ~ Gamma(shape r, rate
 * alpha) and drop-out rates μ ~ Gamma(shape s, rate beta), alpha and beta in the summary's time unit.
 */
export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}
