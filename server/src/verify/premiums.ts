import type { Figure } from '../analysis/types.js';
import { figuresWithin, intervalOf, lastDigitRounding, sentenceOf, writtenInterval, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "offering 245p a share, a premium of 38% to the closing price of 177.5p": a takeover's premium
 * (or a discount) against the offer and the price it is measured on, both in its sentence. Bids are
 * raised and prices move while a story is updated, and the premium is worked out once.
 */

/** Right before the percentage: "a premium of", "a 38% premium" is not read (the base follows "to"). */
const premiumOf = /\b(premium|discount)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just\s+over|just\s+under|less\s+than)\s+)?$/i;
/** Between the percentage and the base: "to Morrow's closing price of", "over the 30-day average of", "on". */
const toBase = /^\s+(?:to|over|on|above|below)\b[^.;:!?%]{0,70}$/i;
/** An amount per share: "245p a share", "$41.50 per share", "€12 apiece". */
const perShare = /\b(?:a|per)\s+share\b|^\s*(?:a|per)\s+share\b|^\s*apiece\b/i;

function isLevel(f: Figure): boolean {
  return f.kind === 'money' && f.value !== null && f.value > 0 && f.low === undefined;
}

export function premiums(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const p of doc.analysis.figures) {
    if (p.kind !== 'percent' || p.unit !== '%' || p.value === null || p.low !== undefined) continue;
    const word = premiumOf.exec(doc.text.slice(Math.max(0, p.start - 40), p.start));
    if (!word) continue;
    const inSentence = figuresWithin(doc, sentenceOf(doc, p));
    const base = inSentence.find((f) => f.start >= p.end && isLevel(f));
    if (!base || !toBase.test(doc.text.slice(p.end, base.start))) continue;
    // The offer: an amount of the base's currency before the percentage, one per share when the
    // sentence gives one ("245p a share ..., valuing it at £2.9bn, a premium of ...").
    const offers = inSentence.filter((f) => f.end <= p.start && isLevel(f) && f.unit === base.unit);
    const shares = offers.filter((f) => perShare.test(f.text) || perShare.test(doc.text.slice(f.end, f.end + 12)));
    const offer = (shares.length > 0 ? shares : offers).at(-1);
    if (!offer) continue;
    const a = writtenInterval(offer);
    const b = writtenInterval(base);
    const claimed = intervalOf(p, 'claim');
    if (!a || !b || !claimed || b.lo <= 0) continue;
    // A ratio far from one pairs a total with a price: nothing to compare.
    const ratio = offer.value! / base.value!;
    if (ratio < 0.2 || ratio > 5) continue;
    const discount = word[1].toLowerCase() === 'discount';
    const lo = discount ? (1 - a.hi / b.lo) * 100 : (a.lo / b.hi - 1) * 100;
    const hi = discount ? (1 - a.lo / b.hi) * 100 : (a.hi / b.lo - 1) * 100;
    // The percentage allows half a unit of its last written digit.
    const half = lastDigitRounding(p.text, p.value)?.half ?? 0;
    if (hi >= claimed.lo - half - 1e-9 && lo <= claimed.hi + half + 1e-9) continue;
    const actual = discount ? (1 - ratio) * 100 : (ratio - 1) * 100;
    out.push({
      kind: 'percent-change',
      start: p.start,
      end: p.end,
      text: p.text,
      message: `“${p.text}” does not match ${discount ? 'a discount' : 'a premium'} of “${offer.text}” on “${base.text}”: that is ${actual < 0 ? (discount ? 'a premium' : 'a discount') + ' of ' : ''}${Number(Math.abs(actual).toFixed(1))}%`,
      related: [offer, base].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
