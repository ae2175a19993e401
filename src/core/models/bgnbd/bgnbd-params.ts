/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005): purchase rates λ ~ Gamma(shape r, rate alpha) with alpha in
 * the summary's time unit, and the drop-out probability after each repeat purchase p ~ Beta(a, b).
 */
export interface BgnbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}
