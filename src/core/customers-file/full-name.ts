// Han, kana and Hangul: names in these scripts are written family name first, without a space.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * One name from a first-name and a last-name cell (either may be empty): `王` + `芳` as last + first → `王芳`
 * when either part is in a CJK script, else `First Last` with one space. Empty when both are.
 */
export function fullName(first: string, last: string): string {
  if (first === '' || last === '') return first || last;
  return CJK.test(first) || CJK.test(last) ? last + first : `${first} ${last}`;
}
