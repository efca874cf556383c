import { LruCache } from './cache.js';
import { chunkBlocks, type Block } from './blocks.js';
import { splitChunks } from './chunks.js';
import { findFigures } from './figures/findFigures.js';
import { tokenize, type Sentence } from './tokens.js';
import { defaultAnalysisOptions, type Analysis, type AnalysisOptions, type DocumentKind, type Figure, type Span } from './types.js';

/** What one block of prose yields, with offsets relative to the block. Cached by block text. */
export interface BlockAnalysis {
  sentences: Span[];
  figures: Figure[];
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
    void options;
    for (const block of this.blocks(text, kind)) {
      const found = this.analyseBlock(block.text);
      for (const figure of found.figures) {
        result.figures.push({ ...figure, start: figure.start + block.start, end: figure.end + block.start });
      }
    }
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
    const analysis: BlockAnalysis = { sentences: sentences.map((s) => ({ start: s.start, end: s.end })), figures };
    this.blockCache.set(text, analysis);
    this.stats.blocksAnalysed++;
    return analysis;
  }
}

/** Analyses one document with a fresh analyzer; for callers that do not keep one. */
export function analyzeText(text: string, kind: DocumentKind, options?: AnalysisOptions): Analysis {
  return new Analyzer().analyze(text, kind, options);
}
