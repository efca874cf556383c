import type { Figure } from '../analysis/types.js';
import { figuresWithin, sentenceOf, writtenInterval, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "1,240 cases of measles, a rate of 28.6 per 100,000 people in a population of 5.5 million": a rate
 * per head against the count and the population the same sentence gives (1,240 in 5.5 million is
 * 22.5 per 100,000). The population must be named as one ("a population of", or a count of the
 * rate's own noun, "4.2 million people"), and the count must come before the rate; each figure
 * allows the rounding of its last written digit.
 */

/** The base of a rate: "100,000 people", "1,000 live births", "million residents". */
const perBase = /^(?:(\d[\d,]*)\s*(thousand|million)?|(thousand|million))\s*(.*)$/i;
/** Right before a population: "a population of", "its population of". */
const populationBefore = /\bpopulation\s+of\s+(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than)?\s*$/i;

function baseOf(per: string): { size: number; noun: string } | null {
  const m = perBase.exec(per.trim());
  if (!m) return null;
  const scale = (word: string | undefined) => (word?.toLowerCase() === 'thousand' ? 1e3 : word?.toLowerCase() === 'million' ? 1e6 : 1);
  const size = m[1] !== undefined ? Number(m[1].replace(/,/g, '')) * scale(m[2]) : scale(m[3]);
  return size >= 100 ? { size, noun: m[4].toLowerCase() } : null;
}

export function populationRates(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const rate of doc.analysis.figures) {
    if (rate.kind !== 'count' || !rate.per || rate.value === null || rate.low !== undefined) continue;
    const base = baseOf(rate.per);
    if (!base) continue;
    const inSentence = figuresWithin(doc, sentenceOf(doc, rate));
    const isCount = (f: Figure) => f.kind === 'count' && f.value !== null && f.low === undefined && !f.per && !f.age;
    const population = inSentence.find((f) => f !== rate && isCount(f) &&
      (populationBefore.test(doc.text.slice(Math.max(0, f.start - 40), f.start)) || (base.noun !== '' && f.noun !== undefined && f.noun.toLowerCase() === base.noun)));
    if (!population) continue;
    // What is counted: the last count with a noun before the rate that is not the population.
    const count = inSentence.filter((f) => f !== population && f.end <= rate.start && isCount(f) && f.unit !== null && f.value! < population.value!).at(-1);
    if (!count) continue;
    const c = writtenInterval(count);
    const p = writtenInterval(population);
    const r = writtenInterval(rate);
    if (!c || !p || !r || p.lo <= 0) continue;
    const lo = (c.lo / p.hi) * base.size;
    const hi = (c.hi / p.lo) * base.size;
    if (hi >= r.lo - 1e-9 && lo <= r.hi + 1e-9) continue;
    const actual = (count.value! / population.value!) * base.size;
    out.push({
      kind: 'rate',
      start: rate.start,
      end: rate.end,
      text: rate.text,
      message: `“${rate.text}” does not match “${count.text}” in “${population.text}”: that is ${Number(actual.toPrecision(3))} per ${rate.per}`,
      related: [count, population].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
