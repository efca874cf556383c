export * from './types.js';
export { Analyzer, analyzeText } from './analyze.js';
export { LruCache } from './cache.js';
