/**
 * Gamma-Gamma spend model parameters (Fader, Hardie & Lee 2005, JMR; Fader & Hardie note 025): a customer's
 * purchase amounts are Gamma(p, ν), their scale ν varies across customers as Gamma(q, γ). `p` and `q` have no
 * unit; `γ` is in the money unit of the spend data (dollars for CDNOW, cents for profiles' monetaryCents).
 */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}
