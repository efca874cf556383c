// The benchmark's text: the BBC news corpus from ../shared/eval (read at run time, never copied
// into the project), or, when that folder is absent, a generated corpus of wire-style articles.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** Decodes UTF-8, falling back to Latin-1 (one BBC file is Latin-1). */
export function decode(bytes) {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: latin1.decode(bytes), encoding: 'latin1' };
  }
}

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(txt|md)$/i.test(name) && !/^readme/i.test(name)) out.push(path);
  }
  return out;
}

/**
 * `{ name, description, articles: [{ path, text }], bytes, latin1 }`. `bytes` counts UTF-8 bytes of
 * the decoded text, which is what every MB/s figure divides by.
 */
export function loadCorpus(sharedDir) {
  const dir = join(sharedDir, 'eval', 'corpus', 'bbc-news');
  if (existsSync(dir)) {
    const articles = [];
    let latin1Files = 0;
    for (const path of walk(dir, [])) {
      const { text, encoding } = decode(readFileSync(path));
      if (encoding === 'latin1') latin1Files++;
      articles.push({ path: relative(dir, path), file: path, text });
    }
    if (articles.length) return finish({ name: 'bbc-news', description: `${articles.length} BBC News articles (../shared/eval/corpus/bbc-news; ${latin1Files} decoded as Latin-1)`, articles });
  }
  return finish({ name: 'generated', description: 'generated wire-style articles (../shared/eval/corpus is absent)', articles: generateCorpus(2200) });
}

function finish(corpus) {
  corpus.bytes = corpus.articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);
  return corpus;
}

/** A small deterministic PRNG, so a generated corpus is the same on every run. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = ['The ministry', 'Police', 'The company', 'Regional officials', 'The central bank', 'Aid agencies', 'The council', 'Investigators'];
const verbs = ['said', 'reported', 'estimated', 'confirmed', 'announced'];
const figures = [
  () => `more than ${n(1, 90)},000 people`,
  () => `an estimated ${n(2, 900)},000 troops`,
  () => `$${n(1, 9)}.${n(1, 9)}bn`,
  () => `${n(1, 99)}.${n(1, 9)}%`,
  () => `${n(2, 40)} years ago`,
  () => `about ${n(10, 900)} tonnes`,
  () => `the 19${n(5, 9)}0s`,
  () => `£${n(1, 900)}m`,
  () => `up to ${n(2, 12)},${n(100, 999)} homes`,
  () => `${['two', 'three', 'seven', 'dozens of', 'hundreds of'][n(0, 4)]} families`,
];
const fillers = [
  'in the three months to December',
  'after talks broke down on Tuesday',
  'according to figures published this week',
  'compared with a year earlier',
  'near the northern border',
  'despite repeated warnings from analysts',
];
let rnd = random(1);
const n = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rnd() * list.length)];

function sentence() {
  const s = `${pick(subjects)} ${pick(verbs)} ${pick(figures)()} ${pick(fillers)}`;
  return rnd() < 0.3 ? `"${s}," ${pick(['a spokesman', 'Mr Jones', 'the minister'])} said.` : `${s}.`;
}

export function generateCorpus(count, seed = 1) {
  rnd = random(seed);
  const articles = [];
  for (let i = 0; i < count; i++) {
    const paragraphs = [`${pick(subjects)} ${pick(verbs)} ${pick(figures)()}`];
    const length = n(6, 14);
    for (let p = 0; p < length; p++) paragraphs.push(Array.from({ length: n(1, 4) }, sentence).join(' '));
    articles.push({ path: `generated/${String(i).padStart(4, '0')}.txt`, text: paragraphs.join('\n\n') + '\n' });
  }
  return articles;
}

/**
 * One article of about `bytes` UTF-8 bytes for the editor measurements, made by joining whole
 * articles from the corpus (headline lines become Markdown headings).
 */
export function bigArticle(corpus, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const article = corpus.articles[i % corpus.articles.length].text.replace(/\r\n?/g, '\n').trim();
    const [headline, ...rest] = article.split('\n');
    const part = `## ${headline.trim()}\n\n${rest.join('\n').trim()}\n\n`;
    parts.push(part);
    size += Buffer.byteLength(part, 'utf8');
  }
  return parts.join('');
}

const speakers = ['Tom Reed', 'Anna Berg', 'Lena Marsh', 'Omar Hale', 'Ruth Moss', 'Ivo Crane', 'Mara Vale', 'Paul Dunn'];
const roles = ['the mayor', 'a harbour official', 'the council leader', 'a union spokesman', 'the port director', 'a shipping analyst'];
const reports = ['the port would reopen on Monday', 'the bridge would close for repairs', 'the ferry service was suspended', 'talks with the union had stalled', 'the budget for the terminal had doubled', 'the strike would end within days'];

/**
 * Invented reported speech of about `bytes` UTF-8 bytes, three sentences a paragraph (a named
 * speaker with a role, a quotation with a pronoun, "officials said"), the paragraphs joined by
 * `separator`: "\n" makes a plain-text file whose paragraphs are single lines with no blank line
 * between them, which the core reads as one block; "\n\n" makes the same text in paragraphs. Every
 * paragraph is different, so the paragraphs' version is not served from the block cache.
 */
export function reportedSpeech(bytes, separator) {
  const paragraphs = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const paragraph = `${speakers[i % speakers.length]}, ${roles[i % roles.length]}, said ${reports[(i * 5) % reports.length]}. "We are ready," ${i % 2 ? 'she' : 'he'} said. Officials said ${40 + i} ships were waiting.`;
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph, 'utf8') + separator.length;
  }
  return paragraphs.join(separator) + '\n';
}
