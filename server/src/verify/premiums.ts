import type { Figure } from '../analysis/types.js';
import { figuresWithin, formatAmount, intervalOf, lastDigitRounding, qualifiedInterval, sentenceOf, writtenInterval, type Prepared } from './match.js';
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
  const out: ArticleFinding[] = [...amountPremiums(doc)];
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

/**
 * "The new model costs $42,000, a premium of $6,000 over the old one, which cost $36,000": a premium
 * or a discount given as an amount, against the price before it and the price it is measured on,
 * the first amount of the same currency after "over", "to" or "on" in the sentence. The premium is
 * the difference of the two, each figure allowing its last written digit and its qualifier.
 */
function amountPremiums(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const p of doc.analysis.figures) {
    if (!isLevel(p) || p.per) continue;
    const word = premiumOf.exec(doc.text.slice(Math.max(0, p.start - 40), p.start));
    if (!word) continue;
    const inSentence = figuresWithin(doc, sentenceOf(doc, p));
    const base = inSentence.find((f) => f.start >= p.end && isLevel(f) && f.unit === p.unit);
    if (!base || !toBase.test(doc.text.slice(p.end, base.start))) continue;
    // The offer: the amount of that currency right before, joined to the premium by a comma or a dash.
    const offer = inSentence.filter((f) => f.end <= p.start && isLevel(f)).at(-1);
    if (!offer || offer.unit !== p.unit || !/^\s*(?:,|-|–|—|\()\s*(?:or\s+)?(?:a|an)\s+$/i.test(doc.text.slice(offer.end, p.start).replace(premiumOf, ''))) continue;
    if (Boolean(offer.per) !== Boolean(base.per) || (perShare.test(doc.text.slice(offer.end, offer.end + 12)) !== perShare.test(doc.text.slice(base.end, base.end + 12)))) continue;
    const a = qualifiedInterval(offer);
    const b = qualifiedInterval(base);
    const claimed = qualifiedInterval(p);
    if (!a || !b || !claimed) continue;
    const discount = word[1].toLowerCase() === 'discount';
    const lo = discount ? b.lo - a.hi : a.lo - b.hi;
    const hi = discount ? b.hi - a.lo : a.hi - b.lo;
    if (hi >= claimed.lo - 1e-9 && lo <= claimed.hi + 1e-9) continue;
    const actual = discount ? base.value! - offer.value! : offer.value! - base.value!;
    out.push({
      kind: 'amount-change',
      start: p.start,
      end: p.end,
      text: p.text,
      message: `“${p.text}” does not match ${discount ? 'a discount' : 'a premium'} of “${offer.text}” on “${base.text}”: that is ${actual < 0 ? (discount ? 'a premium' : 'a discount') + ' of ' : ''}${p.unit === 'GBX' ? `${Number(Math.abs(actual).toFixed(2))}p` : formatAmount(Math.abs(actual), p.unit)}`,
      related: [offer, base].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
