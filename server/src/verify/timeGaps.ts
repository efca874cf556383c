import type { Figure } from '../analysis/types.js';
import { figuresWithin, intervalOf, sentenceOf, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "ran 7:24.05, more than three seconds outside the world record of 7:20.67": a gap between two
 * times against the times themselves. Results copy is typed from a results sheet and the gap from
 * memory or an earlier draft, and a changed time rarely changes the gap beside it.
 */

const secondsIn: Record<string, number> = { second: 1, minute: 60, hour: 3600 };

/** Right after the gap: the word that sets it against the other time. */
const gapWord = /^\s*(?:behind|ahead\s+of|outside(?:\s+of)?|inside|off|clear\s+of|slower\s+than|faster\s+than|quicker\s+than|short\s+of|adrift\s+of|better\s+than|under)\b/i;

/**
 * A time read off a clock or a results sheet rather than a length of time in words: "7:24.05",
 * "2:18:45", "9.91sec", "2hr 18min 04sec", "1min 43.2sec". The half-unit of its last written digit, in
 * seconds; null for "three seconds", "28-year-old".
 */
function timingRounding(f: Figure): number | null {
  if (f.kind !== 'duration' || f.value === null || f.low !== undefined || f.approx !== 'exact' || !(f.unit! in secondsIn)) return null;
  const clock = /\d:\d\d(?::\d\d)?(?:\.(\d+))?/.exec(f.text);
  const fraction = /\d\.(\d+)\s*(?:s|secs?|seconds?)\b/i.exec(f.text);
  const compound = /\d\s*(?:h|hrs?|hours?|min|mins|minutes?)\s*\d+(?:\.(\d+))?\s*(?:s|secs?|seconds?)\b/i.exec(f.text);
  const decimals = clock?.[1] ?? fraction?.[1] ?? compound?.[1];
  if (decimals !== undefined) return Math.pow(10, -decimals.length) / 2;
  if (compound) return 0.5;
  // "2:18:45" and "7:24" in seconds are to the second; "2:18" read as hours and minutes, to the minute.
  if (clock) return f.unit === 'second' ? 0.5 : 30;
  return null;
}

export function timeGaps(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (const gap of figures) {
    if (gap.kind !== 'duration' || gap.value === null || gap.low !== undefined || !(gap.unit! in secondsIn)) continue;
    if (!gapWord.test(doc.text.slice(gap.end, gap.end + 20))) continue;
    const inSentence = figuresWithin(doc, sentenceOf(doc, gap));
    // The time of the one measured, before the gap; the time it is measured against, after it and
    // close ("outside Daniel Komen's world record of 7:20.67"). Neither may itself be a gap.
    const isTime = (f: Figure) => f !== gap && timingRounding(f) !== null && !gapWord.test(doc.text.slice(f.end, f.end + 20));
    const before = inSentence.filter((f) => f.end <= gap.start && isTime(f)).at(-1);
    const after = inSentence.find((f) => f.start >= gap.end && f.start - gap.end <= 80 && isTime(f));
    if (!before || !after) continue;
    const size = secondsIn[gap.unit!];
    const [a, b] = [before.value! * secondsIn[before.unit!], after.value! * secondsIn[after.unit!]];
    const slack = timingRounding(before)! + timingRounding(after)!;
    const actual = Math.abs(a - b);
    const claimed = intervalOf(gap, 'claim');
    if (!claimed) continue;
    // A whole gap beside fractions is often cut short ("three seconds outside" for 3.38): a written
    // exact gap allows a whole unit of its last digit above it.
    const half = gap.approx === 'exact' ? Math.pow(10, -(/\.(\d+)/.exec(gap.text)?.[1]?.length ?? 0)) / 2 : 0;
    const lo = (claimed.lo - half) * size - slack;
    const hi = (claimed.hi + 2 * half) * size + slack;
    if (actual >= lo - 1e-9 && actual <= hi + 1e-9) continue;
    out.push({
      kind: 'time-gap',
      start: gap.start,
      end: gap.end,
      text: gap.text,
      message: `“${gap.text}” does not match the gap between “${before.text}” and “${after.text}”: that is ${formatSeconds(actual)}`,
      related: [before, after].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}

/** A gap for a message: "3.38 seconds", "3 min 53 sec". */
function formatSeconds(s: number): string {
  const rounded = Number(s.toFixed(2));
  if (rounded < 60) return `${rounded} seconds`;
  const minutes = Math.floor(rounded / 60);
  return `${minutes} min ${Number((rounded - minutes * 60).toFixed(2))} sec`;
}
