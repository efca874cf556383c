import { analyzeText } from '../analysis/analyze.js';
import { checkArticle } from './article.js';
import type { ArticleCheckKind, ArticleFinding } from './types.js';

/** The within-article findings of one kind in a plain-text article, for tests of that check. */
export function findingsOfKind(text: string, kind: ArticleCheckKind): ArticleFinding[] {
  return checkArticle(text, analyzeText(text, 'plaintext')).filter((f) => f.kind === kind);
}

/** A test helper giving each finding of `kind` as its flagged text and message. */
export function textAndMessage(kind: ArticleCheckKind): (text: string) => Array<{ text: string; message: string }> {
  return (text) => findingsOfKind(text, kind).map((f) => ({ text: f.text, message: f.message }));
}

/** A test helper giving each finding of `kind` as its flagged text, the related figures' texts and its message. */
export function textRelatedAndMessage(kind: ArticleCheckKind): (text: string) => Array<{ text: string; related: string[]; message: string }> {
  return (text) => findingsOfKind(text, kind).map((f) => ({ text: f.text, related: f.related.map((r) => r.text), message: f.message }));
}
