import type { Figure } from '../analysis/types.js';
import { sentenceIndexOf, writtenInterval, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/** Between an amount and its share of a total: ", or", " (", " –", perhaps a qualifier. */
const shareBefore = /^\s*(?:,\s*or|\(|[—–-])\s*(?:(?:about|almost|nearly|roughly|around|some|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$/i;
/** After the share: what it is a share of ("of the total", "of the budget", "of all spending"), or the bracket closing. */
const shareAfter = /^\s*(?:\)|of\s+(?:the|its|their|all|total)\b)/i;
/** After a percentage, words that make it a change rather than a share ("(up 24%)" is read before it, "41% up"). */
const changeAfter = /^\s*(?:up|down|higher|lower|more|less|rise|fall|increase|decrease|growth|on\s+(?:the|last)\b)/i;

/**
 * Amounts given with their share of a total the sentence before states: "The council's net budget is
 * £312m. Adult social care takes £128m, or 41% of the total, children's services £76m (24%) and waste
 * £31m (10%)." The total is the largest amount in the same currency in the sentence before, larger
 * than every amount given a share; each share must match its amount over that total within the
 * rounding of the three figures. A percentage followed by words of change ("41% up") is no share.
 */
export function sharesOfTotal(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  const sentenceOf = (f: Figure) => sentenceIndexOf(doc, f);
  for (let k = 1; k < figures.length; k++) {
    const amount = figures[k - 1];
    const share = figures[k];
    if (amount.kind !== 'money' || share.kind !== 'percent' || share.unit !== '%' || amount.value === null || share.value === null || amount.low !== undefined) continue;
    if (!shareBefore.test(doc.text.slice(amount.end, share.start)) || !shareAfter.test(doc.text.slice(share.end, share.end + 30)) || changeAfter.test(doc.text.slice(share.end, share.end + 20))) continue;
    const at = sentenceOf(amount);
    if (at <= 0) continue;
    const totals = figures.filter((f) => f.kind === 'money' && f.unit === amount.unit && f.value !== null && f.low === undefined && sentenceOf(f) === at - 1 && f.value > amount.value!);
    if (totals.length === 0) continue;
    const total = totals.reduce((a, b) => (b.value! > a.value! ? b : a));
    const a = writtenInterval(amount);
    const t = writtenInterval(total);
    const p = writtenInterval(share);
    if (!a || !t || !p || t.lo <= 0) continue;
    const lo = (a.lo / t.hi) * 100;
    const hi = (a.hi / t.lo) * 100;
    if (hi >= p.lo - 1e-9 && lo <= p.hi + 1e-9) continue;
    out.push({
      kind: 'percent-parts',
      start: share.start,
      end: share.end,
      text: share.text,
      message: `“${share.text}” does not match “${amount.text}” of “${total.text}”: that is ${Number(((amount.value / total.value!) * 100).toFixed(1))}%`,
      related: [amount, total].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
