/**
 * The analysis core as one bundle (`dist/core.js`) for scripts that measure it without the server or
 * the CLI around it (`npm run bench`). Nothing here is new code: it re-exports the pieces.
 */
export { Analyzer, analyzeText } from './analysis/analyze.js';
export { problemsOf } from './analysis/problems.js';
export { LineIndex } from './positions.js';
