import { LruCache } from './cache.js';
import { chunkBlocks, type Block } from './blocks.js';
import { splitChunks } from './chunks.js';
import { findAttributions, resolveAttributions } from './attributions/index.js';
import { scoreSentence, type ClaimScore } from './claims/index.js';
import { findFigures } from './figures/findFigures.js';
import { tokenize, type Sentence } from './tokens.js';
import { defaultAnalysisOptions, type Analysis, type AnalysisOptions, type Attribution, type DocumentKind, type Figure, type Span } from './types.js';

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

/**
 * The analysis entry point shared by the language server, the CLI and the evaluation.
 * One analyzer holds two caches: Markdown chunk → blocks, and block text → findings. Both are keyed
 * by text, so the same paragraph in two documents, or in two versions of one, is analysed once.
 */
export class Analyzer {
  private readonly chunkCache: LruCache<string, Block[]>;
  private readonly blockCache: LruCache<string, BlockAnalysis>;
  readonly stats: AnalyzerStats = { chunksParsed: 0, blocksAnalysed: 0 };

  constructor(cacheSize = 20000) {
    this.chunkCache = new LruCache(cacheSize);
    this.blockCache = new LruCache(cacheSize);
  }

  analyze(text: string, kind: DocumentKind, options: AnalysisOptions = defaultAnalysisOptions): Analysis {
    const result: Analysis = { figures: [], attributions: [], claims: [] };
    const attributions: Attribution[] = [];
    for (const block of this.blocks(text, kind)) {
      const found = this.analyseBlock(block.text);
      const shift = block.start;
      for (const figure of found.figures) {
        result.figures.push({ ...figure, start: figure.start + shift, end: figure.end + shift });
      }
      for (const a of found.attributions) {
        attributions.push({
          ...a,
          cue: { start: a.cue.start + shift, end: a.cue.end + shift },
          source: a.source ? { start: a.source.start + shift, end: a.source.end + shift } : null,
          content: { start: a.content.start + shift, end: a.content.end + shift },
        });
      }
      for (const s of found.sentences) {
        result.claims.push({
          start: s.start + shift,
          end: s.end + shift,
          score: s.score,
          checkWorthy: s.score >= options.claimThreshold,
          reasons: s.reasons,
        });
      }
    }
    result.attributions = resolveAttributions(text, attributions);
    return result;
  }

  /** Leaf blocks of prose with absolute offsets. */
  blocks(text: string, kind: DocumentKind): Block[] {
    const out: Block[] = [];
    for (const chunk of splitChunks(text, kind)) {
      if (chunk.skip) continue;
      const chunkText = text.slice(chunk.start, chunk.end);
      const key = kind + '\u0000' + chunkText;
      let blocks = this.chunkCache.get(key);
      if (!blocks) {
        blocks = chunkBlocks(chunkText, kind);
        this.chunkCache.set(key, blocks);
        this.stats.chunksParsed++;
      }
      for (const b of blocks) out.push({ start: b.start + chunk.start, end: b.end + chunk.start, text: b.text });
    }
    return out;
  }

  private analyseBlock(text: string): BlockAnalysis {
    const cached = this.blockCache.get(text);
    if (cached) return cached;
    const sentences: Sentence[] = tokenize(text);
    const figures: Figure[] = [];
    for (const sentence of sentences) figures.push(...findFigures(sentence, text));
    const attributions = findAttributions({ text, sentences });
    const scored = sentences.map((sentence) => {
      const overlaps = (a: Span) => a.start < sentence.end && a.end > sentence.start;
      const score = scoreSentence({
        text,
        sentence,
        figures: figures.filter(overlaps),
        attributions: attributions.filter((a) => overlaps(a.content) || overlaps(a.cue)),
      });
      return { start: sentence.start, end: sentence.end, ...score };
    });
    const analysis: BlockAnalysis = { sentences: scored, figures, attributions };
    this.blockCache.set(text, analysis);
    this.stats.blocksAnalysed++;
    return analysis;
  }
}

/** Analyses one document with a fresh analyzer; for callers that do not keep one. */
export function analyzeText(text: string, kind: DocumentKind, options?: AnalysisOptions): Analysis {
  return new Analyzer().analyze(text, kind, options);
}
