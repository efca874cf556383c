import { LruCache } from './cache.js';
import { chunkBlocks, type Block } from './blocks.js';
import { columnUnit, isChangeHeader, withColumnUnit, type ColumnUnit } from './figures/tableUnits.js';
import { splitChunks } from './chunks.js';
import { detached } from './detached.js';
import { findAttributions, resolveAttributions } from './attributions/index.js';
import { scoreSentence, type ClaimScore } from './claims/index.js';
import { findFigures } from './figures/findFigures.js';
import { resolveDates } from './figures/dates.js';
import { applyCurrencyContext, currencyContextOf, currencyOpeningReach } from './figures/currencyContext.js';
import { tokenize, type Sentence } from './tokens.js';
import { firstIndexWhere } from './sortedSearch.js';
import { defaultAnalysisOptions, type Analysis, type AnalysisOptions, type Attribution, type Claim, type DocumentKind, type Figure, type Span } from './types.js';

/** What one block of prose yields, with offsets relative to the block. Cached by block text. */
export interface BlockAnalysis {
  sentences: Array<Span & ClaimScore>;
  figures: Figure[];
  attributions: Attribution[];
}

export interface AnalyzerStats {
  chunksParsed: number;
  blocksAnalysed: number;
}

/** A leaf block of one chunk (offsets relative to the chunk) with its findings. */
export interface AnalysedBlock extends Block {
  analysis: BlockAnalysis;
}

/** A chunk's analysed blocks placed in a document: `offset` is where the chunk starts. */
export interface PlacedChunk {
  offset: number;
  blocks: AnalysedBlock[];
}

/**
 * The analysis entry point shared by the language server, the CLI and the evaluation.
 * One analyzer holds two caches: Markdown chunk → analysed blocks, and block text → findings. Both
 * are keyed by text, so the same paragraph in two documents, or in two versions of one, is analysed
 * once.
 */
export class Analyzer {
  private readonly chunkCache: LruCache<string, AnalysedBlock[]>;
  private readonly blockCache: LruCache<string, BlockAnalysis>;
  readonly stats: AnalyzerStats = { chunksParsed: 0, blocksAnalysed: 0 };

  constructor(cacheSize = 20000) {
    this.chunkCache = new LruCache(cacheSize);
    this.blockCache = new LruCache(cacheSize);
  }

  analyze(text: string, kind: DocumentKind, options: AnalysisOptions = defaultAnalysisOptions): Analysis {
    const chunks: PlacedChunk[] = [];
    for (const chunk of splitChunks(text, kind)) {
      if (!chunk.skip) chunks.push({ offset: chunk.start, blocks: this.chunk(text.slice(chunk.start, chunk.end), kind) });
    }
    return this.assemble(text, chunks, options);
  }

  /** Leaf blocks of prose with absolute offsets. */
  blocks(text: string, kind: DocumentKind): Block[] {
    const out: Block[] = [];
    for (const chunk of splitChunks(text, kind)) {
      if (chunk.skip) continue;
      for (const b of this.chunk(text.slice(chunk.start, chunk.end), kind)) out.push({ start: b.start + chunk.start, end: b.end + chunk.start, text: b.text });
    }
    return out;
  }

  /** The analysed blocks of one chunk's text, offsets relative to the chunk; cached by the text. */
  chunk(chunkText: string, kind: DocumentKind): AnalysedBlock[] {
    const key = kind + '\u0000' + chunkText;
    let blocks = this.chunkCache.get(key);
    if (!blocks) {
      // The cache keeps the key, the blocks and their findings, all cut from the chunk's text: cut
      // from a copy, so that they do not keep the whole document alive.
      const own = detached(chunkText);
      blocks = chunkBlocks(own, kind).map((b) => ({ ...b, analysis: this.analyseBlock(b.text) }));
      this.chunkCache.set(kind + '\u0000' + own, blocks);
      this.stats.chunksParsed++;
    }
    return blocks;
  }

  /** The document's analysis from its analysed chunks, in document order, and the article-level passes. */
  assemble(text: string, chunks: Iterable<PlacedChunk>, options: AnalysisOptions = defaultAnalysisOptions): Analysis {
    const result: Analysis = { figures: [], attributions: [], claims: [] };
    const attributions: Attribution[] = [];
    for (const chunk of chunks) {
      const found = chunkFindings(chunk.blocks, options, chunk.offset);
      // Appended one by one: spread into push, a long paragraph's 150,000 figures overflow the stack.
      for (const figure of found.figures) result.figures.push(figure);
      for (const attribution of found.attributions) attributions.push(attribution);
      for (const claim of found.claims) result.claims.push(claim);
    }
    result.attributions = resolveAttributions(text, attributions);
    // Relative dates ("on Thursday", "seven years ago") need the article's dateline, so they are
    // resolved once the whole document has been read.
    resolveDates(text, result.figures);
    // So do bare currency words ("kroner") that the article's codes or dateline decide.
    applyCurrencyContext(currencyContextOf(result.figures, text.slice(0, currencyOpeningReach)), result.figures);
    return result;
  }

  private analyseBlock(text: string): BlockAnalysis {
    const cached = this.blockCache.get(text);
    if (cached) return cached;
    const sentences: Sentence[] = tokenize(text);
    const bySentence = sentences.map((sentence) => findFigures(sentence, text));
    const figures: Figure[] = bySentence.flat();
    const ownFigures = eachWithinItsSentence(bySentence, sentences);
    const attributions = findAttributions({ text, sentences });
    const attributionsOf = attributionsBySentence(attributions, sentences);
    const scored = sentences.map((sentence, i) => {
      const overlaps = (a: Span) => a.start < sentence.end && a.end > sentence.start;
      const score = scoreSentence({
        text,
        sentence,
        figures: ownFigures ? bySentence[i] : figures.filter(overlaps),
        attributions: attributionsOf[i],
      });
      return { start: sentence.start, end: sentence.end, ...score };
    });
    const analysis: BlockAnalysis = { sentences: scored, figures, attributions };
    this.blockCache.set(text, analysis);
    this.stats.blocksAnalysed++;
    return analysis;
  }
}

/**
 * Whether every figure lies within the sentence it was found in: then a sentence's figures are the
 * ones found in it, and scoring need not search the block's figures for each sentence (quadratic in
 * a long paragraph, or a plain-text file whose paragraphs are single lines).
 */
function eachWithinItsSentence(bySentence: Figure[][], sentences: Sentence[]): boolean {
  return bySentence.every((found, i) => found.every((f) => f.start >= sentences[i].start && f.end <= sentences[i].end));
}

/**
 * For each sentence, the attributions whose content or cue overlaps it, in the block's order: what
 * filtering them all for each sentence gives, which was quadratic in a long block (a plain-text file
 * whose paragraphs are single lines). When sentences start and end in text order, the sentences a
 * span overlaps are consecutive, found by binary search; otherwise each sentence filters them all.
 */
function attributionsBySentence(attributions: Attribution[], sentences: Sentence[]): Attribution[][] {
  const overlaps = (a: Span, sentence: Sentence) => a.start < sentence.end && a.end > sentence.start;
  if (!inTextOrder(sentences)) return sentences.map((sentence) => attributions.filter((a) => overlaps(a.content, sentence) || overlaps(a.cue, sentence)));
  const lists: Attribution[][] = sentences.map(() => []);
  for (const a of attributions) {
    const [from, to] = overlappedSentences(sentences, a.content);
    for (let k = from; k < to; k++) lists[k].push(a);
    const [cueFrom, cueTo] = overlappedSentences(sentences, a.cue);
    for (let k = cueFrom; k < cueTo; k++) if (k < from || k >= to) lists[k].push(a);
  }
  return lists;
}

/** Whether each sentence starts and ends no earlier than the one before. */
function inTextOrder(sentences: Sentence[]): boolean {
  for (let k = 1; k < sentences.length; k++) if (sentences[k].start < sentences[k - 1].start || sentences[k].end < sentences[k - 1].end) return false;
  return true;
}

/** The sentences `span` overlaps (start < span.end, end > span.start), as [from, to) of sentences in text order. */
function overlappedSentences(sentences: Sentence[], span: Span): [number, number] {
  return [firstIndexWhere(sentences.length, (k) => sentences[k].end > span.start), firstIndexWhere(sentences.length, (k) => sentences[k].start >= span.end)];
}

/** One chunk's findings before the article-level passes, with `offset` added to every offset. */
export interface ChunkFindings {
  figures: Figure[];
  attributions: Attribution[];
  claims: Claim[];
}

/**
 * The findings of one chunk's analysed blocks, as copies placed at `offset` (0 keeps them relative
 * to the chunk). The language server keeps these per chunk, so an edit rebuilds only its own chunk's.
 */
export function chunkFindings(blocks: AnalysedBlock[], options: AnalysisOptions, offset = 0): ChunkFindings {
  const found: ChunkFindings = { figures: [], attributions: [], claims: [] };
  const units = columnUnitsOf(blocks);
  for (const block of blocks) {
    const shift = offset + block.start;
    const unit = units && block.cell && block.cell.row > 0 ? units.get(`${block.cell.table}:${block.cell.column}`) : undefined;
    for (const figure of block.analysis.figures) found.figures.push(shiftFigure(unit ? withColumnUnit(signedChange(figure, block.text, unit), unit) : figure, shift));
    for (const a of block.analysis.attributions) found.attributions.push(shiftAttribution(a, shift));
    for (const s of block.analysis.sentences) {
      found.claims.push({ start: s.start + shift, end: s.end + shift, score: s.score, checkWorthy: s.score >= options.claimThreshold, reasons: s.reasons });
    }
  }
  return found;
}

/** The units that a chunk's table headers give their columns, by "table:column"; none without a table. */
function columnUnitsOf(blocks: AnalysedBlock[]): Map<string, ColumnUnit> | undefined {
  let units: Map<string, ColumnUnit> | undefined;
  const changes: Array<{ table: number; column: number }> = [];
  for (const block of blocks) {
    if (block.cell?.row !== 0) continue;
    if (isChangeHeader(block.text)) changes.push(block.cell);
    const unit = columnUnit(block.text);
    if (unit) (units ??= new Map()).set(`${block.cell.table}:${block.cell.column}`, unit);
  }
  // "Seats | Change": a column of changes takes the unit of the column before it; beside a column
  // of percentages ("Share": "29%"), a change is in percentage points.
  for (const { table, column } of changes) {
    const before = units?.get(`${table}:${column - 1}`);
    if (isPercentColumn(blocks, table, column - 1)) {
      const header = blocks.find((b) => b.cell?.table === table && b.cell.row === 0 && b.cell.column === column - 1)?.text.trim() ?? '';
      (units ??= new Map()).set(`${table}:${column}`, { prefix: '', suffix: ' percentage points', header: `${header}, change`, change: true });
    } else if (before && !before.rank && !before.change) units!.set(`${table}:${column}`, { ...before, change: true, header: `${before.header}, change` });
  }
  return units;
}

/** Whether every filled cell below a table's header in this column is a percentage ("29%", "4.5 %"). */
function isPercentColumn(blocks: AnalysedBlock[], table: number, column: number): boolean {
  let cells = 0;
  for (const block of blocks) {
    if (block.cell?.table !== table || block.cell.column !== column || block.cell.row === 0) continue;
    const text = block.text.trim();
    if (text === '') continue;
    if (!/^[\d.,]+\s*%$/.test(text)) return false;
    cells++;
  }
  return cells > 0;
}

/**
 * "+1" in a column of changes: the tokenizer leaves the plus sign out of the number, so the figure
 * takes it back from the cell to keep its direction ("-2" keeps its minus already).
 */
function signedChange(figure: Figure, cellText: string, unit: ColumnUnit): Figure {
  if (!unit.change || figure.start === 0 || cellText.charCodeAt(figure.start - 1) !== 43 /* + */ || figure.kind !== 'count') return figure;
  return { ...figure, start: figure.start - 1, text: '+' + figure.text };
}

export function shiftFigure(figure: Figure, shift: number): Figure {
  return { ...figure, start: figure.start + shift, end: figure.end + shift };
}

export function shiftClaim(claim: Claim, shift: number): Claim {
  return { ...claim, start: claim.start + shift, end: claim.end + shift };
}

export function shiftAttribution(a: Attribution, shift: number): Attribution {
  const cue = { start: a.cue.start + shift, end: a.cue.end + shift };
  const source = a.source ? { start: a.source.start + shift, end: a.source.end + shift } : null;
  const content = { start: a.content.start + shift, end: a.content.end + shift };
  // An attribution as the finder makes it, not yet resolved, is built field by field in the same
  // order: the language server shifts every chunk's attributions at each keystroke, and a spread
  // over objects of several shapes cost it about a tenth of its time there.
  if (a.role === undefined && a.organisation === undefined && a.anonymous === undefined && a.quotes === undefined && a.surnameOnly === undefined && a.speakerKind === undefined) {
    return { cue, source, content, type: a.type, speaker: a.speaker };
  }
  const moved: Attribution = { ...a, cue, source, content };
  if (a.quotes) moved.quotes = a.quotes.map((q) => ({ start: q.start + shift, end: q.end + shift }));
  return moved;
}

/** Analyses one document with a fresh analyzer; for callers that do not keep one. */
export function analyzeText(text: string, kind: DocumentKind, options?: AnalysisOptions): Analysis {
  return new Analyzer().analyze(text, kind, options);
}
