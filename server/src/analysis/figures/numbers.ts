/** Parsing of written numbers: digits with separators and multipliers, and spelled-out numbers. */

const units: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const tens: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const scales: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
/** Multiplier suffixes written against digits: "4.2bn", "$4m", "30k". */
const suffixes: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, tr: 1e12, trn: 1e12,
};

export function spelledValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w in units) return units[w];
  if (w in tens) return tens[w];
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hyphen && hyphen[1] in tens && hyphen[2] in units && units[hyphen[2]] < 10 && units[hyphen[2]] > 0) {
    return tens[hyphen[1]] + units[hyphen[2]];
  }
  if (w === 'dozen') return 12;
  return null;
}

export function isScale(word: string): boolean {
  return word.toLowerCase() in scales;
}

export interface DigitNumber {
  value: number;
  /** The multiplier suffix, if any ("bn"). */
  suffix: string | null;
  /** Letters or words glued after the number that are not a multiplier ("s" in "1990s", "-year-long"). */
  rest: string;
}

/** Parses "13,000", "13 000", "1,234.5", "4.2bn", "30k", "1990s", "30-year-long". */
export function parseDigits(text: string): DigitNumber | null {
  const m = /^(\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+|\d+)(\.\d+)?(.*)$/.exec(text);
  if (!m) return null;
  let value = Number(m[1].replace(/[,\u00a0\u202f\u2009 ]/g, '') + (m[2] ?? ''));
  let rest = m[3];
  let suffix: string | null = null;
  const suf = /^(k|m|mn|mln|bn|b|tn|tr|trn)$/i.exec(rest);
  if (suf) {
    suffix = suf[1].toLowerCase();
    value *= suffixes[suffix];
    rest = '';
  }
  return { value, suffix, rest };
}
