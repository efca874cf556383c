import type { Figure } from '../analysis/types.js';
import { currencySymbols } from '../analysis/figures/describe.js';
import { bracketOpen, formatAmount, lastDigitRounding, writtenInterval, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/** One amount and its conversion in brackets, with the rates (target per source unit) their rounding allows. */
interface Conversion {
  from: Figure;
  to: Figure;
  lo: number;
  hi: number;
  /** The article states this rate ("($1 = 0.9234 euros)", as wire copy ends): it is the article's rate. */
  stated?: true;
}

/**
 * How far a conversion's rate may stray from the article's before it is flagged: markets move while
 * a story is written and updated, and a writer may round the rate itself.
 */
const rateSlack = 0.05;

/**
 * A currency's ISO code ("MYR", "PHP"): any currency the finder names, not only those with a symbol,
 * since the article's own conversions are compared with each other and need no rate of ours.
 */
function isCurrencyCode(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/** The amount and its conversion "€4.2bn (£3.6bn)": two amounts of different currencies, the second in brackets right after the first. */
function conversionsOf(doc: Prepared, isCurrency: (unit: string) => boolean = isCurrencyCode): Conversion[] {
  const out: Conversion[] = [];
  const figures = doc.analysis.figures;
  for (let k = 1; k < figures.length; k++) {
    const from = figures[k - 1];
    const to = figures[k];
    if (from.kind !== 'money' || to.kind !== 'money' || !from.unit || !to.unit || from.unit === to.unit) continue;
    // Pence and cents are amounts of another size than their currency's; their rates are not compared.
    if (!isCurrency(from.unit) || !isCurrency(to.unit) || from.unit === 'GBX' || to.unit === 'GBX') continue;
    // "€150m (£140m) a year": the period after the bracket is read with the conversion only.
    if (from.low !== undefined || to.low !== undefined || from.change || to.change || (from.per && to.per && from.per !== to.per)) continue;
    // "($1 = 0.9234 euros)": the rate itself, exact as written.
    const stated = from.value === 1 && /^\s*=\s*$/.test(doc.text.slice(from.end, to.start)) && /\(\s*$/.test(doc.text.slice(Math.max(0, from.start - 3), from.start));
    if (stated) {
      const rate = lastDigitRounding(to.text, to.value ?? 0);
      if (to.value === null || to.value <= 0 || !rate) continue;
      out.push({ from, to, lo: to.value - rate.half, hi: to.value + rate.half, stated: true });
      continue;
    }
    if (!bracketOpen.test(doc.text.slice(from.end, to.start)) || !/^\s*\)/.test(doc.text.slice(to.end, to.end + 3))) continue;
    const a = writtenInterval(from);
    const b = writtenInterval(to);
    if (!a || !b || a.lo <= 0 || b.lo <= 0) continue;
    out.push({ from, to, lo: b.lo / a.hi, hi: b.hi / a.lo });
  }
  return out;
}

function formatRate(rate: number, from: string, to: string): string {
  const written = rate >= 10 ? Number(rate.toPrecision(3)).toLocaleString('en-US') : rate.toFixed(rate >= 1 ? 2 : Math.max(2, 1 - Math.floor(Math.log10(rate))));
  const amount = (currency: string, n: string) => (currencySymbols[currency] ? `${currencySymbols[currency]}${n}` : `${n} ${currency}`);
  return `${amount(to, written)} per ${amount(from, '1')}`;
}

/** A time a conversion is said of: a year, or one named relative to another ("the following year", "a year earlier"). */
const timeWords = /\b(?:1[89]\d\d|20\d\d)\b|\b(?:that|the\s+same|the\s+previous|the\s+following|last|next|this)\s+year\b|\ba\s+year\s+(?:earlier|before|later)\b/gi;

/** How far from a conversion a time may stand and still be the one it is said of. */
const timeReach = 40;

/** The time nearest after the conversion within its sentence, else the nearest before it, in lower case; null without one. */
function timeOf(doc: Prepared, c: Conversion): string | null {
  const lo = Math.max(0, c.from.start - timeReach);
  const window = doc.text.slice(lo, c.to.end + timeReach);
  let best: { text: string; distance: number } | null = null;
  for (const m of window.matchAll(timeWords)) {
    const at = lo + m.index!;
    const end = at + m[0].length;
    // A sentence end between them: another sentence's time.
    const between = at < c.from.start ? doc.text.slice(end, c.from.start) : doc.text.slice(c.to.end, at);
    if (/[.!?]\s/.test(between) || (at >= c.from.start && end <= c.to.end)) continue;
    // A time after the amount is the one it is said of ("a loss in 2000") before one ahead of it, which
    // may belong to an amount before ("a loss in 2001 into a profit the next year").
    const distance = at < c.from.start ? c.from.start - end + timeReach : at - c.to.end;
    if (!best || distance < best.distance) best = { text: m[0].toLowerCase().replace(/\s+/g, ' '), distance };
  }
  return best?.text ?? null;
}

/** `ref`'s rates read in `c`'s direction: inverted when `ref` converted the other way. */
function ratesAs(ref: Conversion, c: Conversion): [number, number] {
  return ref.from.unit === c.from.unit ? [ref.lo, ref.hi] : [1 / ref.hi, 1 / ref.lo];
}

/** Whether conversion `c` agrees with `ref`'s rate, read in `c`'s direction, within a factor. */
function agreesWithin(ref: Conversion, c: Conversion, factor: number): boolean {
  const [lo, hi] = ratesAs(ref, c);
  return c.hi * factor >= lo && c.lo <= hi * factor;
}

/** Whether conversion `c` agrees with `ref`'s rate within the slack. */
function agrees(ref: Conversion, c: Conversion): boolean {
  return agreesWithin(ref, c, 1 + rateSlack);
}

/**
 * Amounts converted into another currency in brackets must be converted at one rate through the
 * article: after "€4.2bn (£3.6bn)" (about £0.86 per €1), "€150m (£150m)" disagrees. No exchange
 * rate is looked up; only the article's own conversions of the same two currencies are compared.
 * A rate the article states ("($1 = 0.9234 euros)") is the article's rate; else the rate most of
 * them agree with is (the first on a tie), and each conversion that disagrees with it is flagged. Each rate allows the rounding of both amounts' last written digits
 * and their qualifiers, and 5% more; conversions said of two different years ("684bn yen ($6.4bn) in
 * 2000 ... 331bn yen ($2.7bn) the following year") are at two rates and are not compared, unless
 * the rates are three times apart, a slip of scale. Every conversion between two major currencies is
 * also held to the range of rates those currencies have had since 1995 (`dollarsPerUnit`).
 */
export function exchangeRates(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const groups = new Map<string, Array<{ c: Conversion; time: string | null }>>();
  for (const c of conversionsOf(doc)) {
    const key = [c.from.unit, c.to.unit].sort().join('|');
    const group = groups.get(key) ?? [];
    group.push({ c, time: timeOf(doc, c) });
    groups.set(key, group);
  }
  // Rates three times apart are a slip of scale ("$2.4 billion (£8.7 million)"), whatever the years.
  const comparable = (x: { c: Conversion; time: string | null }, y: { c: Conversion; time: string | null }) =>
    x.time === null || y.time === null || x.time === y.time || !agreesWithin(x.c, y.c, 3);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // A rate the article states is its rate; else the one most conversions agree with.
    let ref = group.find((x) => x.c.stated) ?? group[0];
    let most = -1;
    if (!ref.c.stated) {
      for (const x of group) {
        const n = group.filter((y) => y !== x && comparable(x, y) && agrees(x.c, y.c)).length;
        if (n > most) [ref, most] = [x, n];
      }
    }
    for (const x of group) {
      if (x === ref || x.c.stated || !comparable(ref, x) || agrees(ref.c, x.c)) continue;
      const c = x.c;
      const [lo, hi] = ratesAs(ref.c, c);
      const rate = Math.sqrt(lo * hi);
      const against = ref.c.stated ? `the article's rate is “${ref.c.from.text} = ${ref.c.to.text}”` : `“${ref.c.from.text} (${ref.c.to.text})” at about ${formatRate(rate, c.from.unit!, c.to.unit!)}`;
      out.push(conversionFinding(c, `, but ${against}: at that rate it is about ${formatAmount(c.from.value! * rate, c.to.unit)}`, [ref.c.to, c.from]));
    }
  }
  // A conversion no other one checks may still be far off any rate its currencies have had.
  const flagged = new Set(out.map((f) => f.start));
  for (const c of conversionsOf(doc, (unit) => dollarsPerUnit[unit] !== undefined)) {
    if (flagged.has(c.to.start) || c.stated) continue;
    const band = historicalRate(c.from.unit!, c.to.unit!);
    if (!band || (c.hi >= band.lo / (1 + bandSlack) && c.lo <= band.hi * (1 + bandSlack))) continue;
    out.push(conversionFinding(c, `; since 1995 the rate has been between ${formatRate(band.lo, c.from.unit!, c.to.unit!)} and ${formatRate(band.hi, c.from.unit!, c.to.unit!)}`, [c.from]));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A finding on a conversion's bracketed amount: its own rate, then what it is held to. */
function conversionFinding(c: Conversion, against: string, related: Figure[]): ArticleFinding {
  const own = c.to.value! / c.from.value!;
  return {
    kind: 'conversion',
    start: c.to.start,
    end: c.to.end,
    text: c.to.text,
    message: `“${c.to.text}” converts “${c.from.text}” at about ${formatRate(own, c.from.unit!, c.to.unit!)}${against}`,
    related: related.map((f) => ({ start: f.start, end: f.end, text: f.text })),
  };
}

/**
 * The lowest and highest value in US dollars of one unit of a major currency from 1995 to 2026, from
 * its yearly extremes, rounded outwards. No rate is looked up (Verify reads no network unless a
 * source is fetched): a band this wide only catches a slip of scale or of currency ("1 trillion yuan
 * ($240bn)", "$2.4 billion (£8.7 million)"), never a rate a few percent off.
 */
const dollarsPerUnit: Record<string, { lo: number; hi: number }> = {
  USD: { lo: 1, hi: 1 },
  GBP: { lo: 1.03, hi: 2.12 },
  EUR: { lo: 0.82, hi: 1.61 },
  JPY: { lo: 0.006, hi: 0.0135 },
  CNY: { lo: 0.12, hi: 0.167 },
  CHF: { lo: 0.55, hi: 1.4 },
  CAD: { lo: 0.61, hi: 1.1 },
  AUD: { lo: 0.47, hi: 1.1 },
  INR: { lo: 0.011, hi: 0.03 },
};

/** How far beyond the band a conversion may go: rounding of the rate and of the amounts. */
const bandSlack = 0.1;

/** The rates (target per source unit) the two currencies' bands allow, or null for a currency without one. */
function historicalRate(from: string, to: string): { lo: number; hi: number } | null {
  const a = dollarsPerUnit[from];
  const b = dollarsPerUnit[to];
  if (!a || !b) return null;
  return { lo: a.lo / b.hi, hi: a.hi / b.lo };
}
