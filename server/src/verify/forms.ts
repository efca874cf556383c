import type { Figure } from '../analysis/types.js';

/**
 * The ways a value is written in news copy and reports: 13,000 / 13000 / 13 000 / 13k / 13 thousand /
 * thirteen thousand; 4.2bn / 4.2 billion / $4.2bn; 3.5% / 3.5 percent / 3.5 per cent. Verify does not
 * grep for these strings: it runs the figure finder over the source and compares parsed values, which
 * matches every one of them (a test checks that each form parses back to the value). The list is
 * what the report shows as "looked for", so a person can search the source by hand.
 */

const ones = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** An integer below a thousand in words ("one hundred and twenty"), or null outside 0..999. */
export function spellBelowThousand(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 999) return null;
  if (n < 20) return ones[n];
  if (n < 100) return tens[Math.floor(n / 10)] + (n % 10 ? '-' + ones[n % 10] : '');
  const rest = n % 100;
  return `${ones[Math.floor(n / 100)]} hundred${rest ? ' and ' + spellBelowThousand(rest) : ''}`;
}

const scales: Array<[number, string, string]> = [
  [1e12, 'trillion', 'tn'],
  [1e9, 'billion', 'bn'],
  [1e6, 'million', 'm'],
  [1e3, 'thousand', 'k'],
];

function grouped(n: number, separator: string): string {
  const [int, frac] = String(n).split('.');
  const withSep = int.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return frac ? `${withSep}.${frac}` : withSep;
}

/** A number with at most three decimals and no trailing zeros ("4.2", "13"). */
function short(n: number): string {
  return String(Number(n.toFixed(3)));
}

const currencyPrefix: Record<string, string[]> = { USD: ['$', 'US$'], EUR: ['€'], GBP: ['£'], JPY: ['¥'], INR: ['₹', 'Rs '] };
const currencyWords: Record<string, string> = { USD: 'dollars', EUR: 'euros', GBP: 'pounds', JPY: 'yen', INR: 'rupees', RUB: 'roubles', UAH: 'hryvnias' };

/** The written forms of a plain number: digits with and without separators, multipliers, words. */
export function numberForms(value: number): string[] {
  const forms = new Set<string>();
  forms.add(grouped(value, ','));
  forms.add(String(value));
  if (Math.abs(value) >= 1e4) forms.add(grouped(value, ' '));
  for (const [size, word, suffix] of scales) {
    if (Math.abs(value) < size) continue;
    const scaled = value / size;
    if (Math.abs(scaled * 1000 - Math.round(scaled * 1000)) > 1e-6) continue;
    forms.add(`${short(scaled)} ${word}`);
    forms.add(`${short(scaled)}${suffix}`);
    if (suffix === 'm') forms.add(`${short(scaled)}mn`);
    const spelled = Number.isInteger(scaled) ? spellBelowThousand(scaled) : null;
    if (spelled) forms.add(`${spelled} ${word}`);
    break;
  }
  const spelled = spellBelowThousand(value);
  if (spelled) forms.add(spelled);
  return [...forms];
}

/** Every surface form of a figure's value, with its currency or percent sign where it has one. */
export function surfaceForms(figure: Pick<Figure, 'kind' | 'value' | 'unit' | 'low' | 'high'>): string[] {
  if (figure.value === null) return [];
  if (figure.low !== undefined && figure.high !== undefined && figure.low !== figure.high) {
    const low = numberForms(figure.low)[0];
    const high = numberForms(figure.high)[0];
    return [`${low} to ${high}`, `${low}-${high}`, `between ${low} and ${high}`];
  }
  const base = numberForms(figure.value);
  if (figure.kind === 'percent') {
    const sign = figure.unit === 'pp' ? [' percentage points', 'pp', ' points'] : ['%', ' percent', ' per cent'];
    // A number in words takes the word, not the sign: "thirty-eight percent", never "thirty-eight%".
    return base.slice(0, 2).flatMap((n) => sign.filter((s) => s.startsWith(' ') || !/^[a-z]/.test(n)).map((s) => n + s)).filter((f, i, all) => all.indexOf(f) === i);
  }
  if (figure.kind === 'money' && figure.unit) {
    const forms = new Set<string>();
    const prefixes = currencyPrefix[figure.unit] ?? [figure.unit + ' '];
    for (const n of base) {
      if (/^[a-z]/.test(n)) continue;
      for (const p of prefixes) forms.add(p + n);
    }
    const word = currencyWords[figure.unit];
    for (const n of base) forms.add(word ? `${n} ${word}` : `${n} ${figure.unit}`);
    return [...forms];
  }
  return base;
}
