import type { Figure } from '../analysis/types.js';
import { figuresWithin, rangeEnds, sentenceOf, writtenInterval, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "Berg won 41%, ahead of Reed on 33%, a lead of eight points": a margin in points between the two
 * shares its sentence gives. Results and polls are updated while the margin, worked out once, is not.
 */

/** Before a margin: "a lead of", "a margin of", "led by", "ahead by". */
const marginBefore = /\b(?:(?:a|an|the|her|his|their|its)\s+(?:lead|margin|gap|advantage|edge)\s+of|(?:leads?|led|leading|ahead|behind|trails?|trailed|trailing|beat|beats|beating|won|wins)\s+(?:[\p{L}'’-]+\s+){0,3}?by)\s+(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?$/iu;
/** After a margin: "an eight-point lead", "eight points ahead of", "12 points clear". */
const marginAfter = /^[\s-]*(?:lead|margin|gap|advantage|edge|ahead|clear|behind)\b/i;
/** Between the first share and the margin: another clause ("Turnout was 64%, and Berg won 41%") joins no rivals. */
const otherClause = /,\s*(?:and|but|while|whereas)\b|;|\b(?:while|whereas|turnout)\b/i;

/** Between two rivals' shares: "ahead of Reed on", "to Reed's", "and Reed", "leads Reed, on". */
const rivalsBetween = /\b(?:ahead\s+of|behind|to|against|versus|vs|and|over|leads?|led|leading|beat|beats|trailing|trails?|trailed)\b/i;
/** Between a margin and the share after it: " ahead of Reed (", " clear of Reed, on ", " over Reed's ". */
const rivalAfterMargin = /^[\s-]*(?:(?:point|points|percentage\s+points?)\s+)?(?:lead\s+over|ahead\s+of|behind|clear\s+of|over)\s+\p{Lu}[\p{L}'’ -]{0,40}?(?:\s*\(|,?\s+(?:on|with|at)\s+|['’]s\s+)(?:about\s+)?$/u;

/** A figure in points: "12 points" read as percentage points, or as a count of points ("by 12 points"). */
function isPoints(f: Figure): boolean {
  return (f.kind === 'percent' && f.unit === 'pp') || (f.kind === 'count' && f.unit === 'point');
}

function isShare(f: Figure): boolean {
  return f.kind === 'percent' && f.unit === '%' && f.value !== null && f.low === undefined && !f.change && !f.per && f.approx === 'exact';
}

/**
 * A margin in points ("a lead of 12 points", "an eight-point lead") in a sentence with exactly two
 * shares and no other margin must be their difference, each share allowing the rounding of its last
 * written digit and the margin its own. A margin in percent ("a lead of 8%") may be relative and is
 * left alone, and so is a sentence whose first share is in another clause than the margin.
 */
export function shareMargins(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const m of doc.analysis.figures) {
    // "by 12 points" before the shares is read as a count of points: beside two shares it is a margin too.
    if (!isPoints(m) || m.value === null || m.low !== undefined || m.change || m.approx === 'more-than' || m.approx === 'less-than') continue;
    if (!marginBefore.test(doc.text.slice(Math.max(0, m.start - 50), m.start)) && !marginAfter.test(doc.text.slice(m.end, m.end + 12))) continue;
    const inSentence = figuresWithin(doc, sentenceOf(doc, m));
    if (inSentence.some((f) => f !== m && isPoints(f))) continue;
    let shares = inSentence.filter((f) => f.kind === 'percent' && f.unit === '%');
    // "beat Reed by 12 points, 41% to 33%": the finder reads the two shares as one range.
    if (shares.length === 1 && shares[0].low !== undefined && shares[0].high !== undefined && / to /.test(shares[0].text) && shares[0].start > m.end) {
      const { from, to } = rangeEnds(shares[0], true);
      shares = [{ ...from, end: shares[0].start + from.text.length }, { ...to, start: shares[0].end - to.text.length }];
    }
    if (shares.length !== 2 || !shares.every(isShare)) continue;
    const [a, b] = shares;
    const first = a.start < m.start ? a : m;
    const last = b.end > m.end ? b : m;
    if (otherClause.test(doc.text.slice(first.end, last.start))) continue;
    // The two shares must be the rivals': set against each other ("41%, ahead of Reed on 33%", "41% to
    // Reed's 33%"), or the second named right after the margin ("eight points ahead of Reed (33%)").
    // "leads Reed by eight points, with Lind on 12%" gives a third party's share.
    // "beat Reed by 12 points, 41% to 33%": the two shares right after the margin.
    const bothAfter = a.start > m.end && /^\s*,\s*$/.test(doc.text.slice(m.end, a.start)) && /^\s+(?:to|against|versus|vs\.?)\s+$/i.test(doc.text.slice(a.end, b.start));
    // "Berg won 41% and Reed 33%, with Lind a further 10 points behind": a margin of a third party, named after the shares.
    if (b.end <= m.start && /\p{Lu}|\bwith\b/u.test(doc.text.slice(b.end, m.start))) continue;
    if (!bothAfter && (b.start > m.end ? a.start > m.end || !rivalAfterMargin.test(doc.text.slice(m.end, b.start)) : !rivalsBetween.test(doc.text.slice(a.end, b.start)))) continue;
    const ia = writtenInterval(a);
    const ib = writtenInterval(b);
    const im = writtenInterval(m);
    if (!ia || !ib || !im) continue;
    const high = a.value! >= b.value! ? [ia, ib] : [ib, ia];
    const lo = Math.max(0, high[0].lo - high[1].hi);
    const hi = high[0].hi - high[1].lo;
    if (hi >= im.lo - 1e-9 && lo <= im.hi + 1e-9) continue;
    const difference = Math.abs(a.value! - b.value!);
    out.push({
      kind: 'amount-change',
      start: m.start,
      end: m.end,
      text: m.text,
      message: `“${m.text}” is not the margin between “${a.text}” and “${b.text}”: that is ${Number(difference.toFixed(2))} points`,
      related: [a, b].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
