import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import { speakersOutline } from './analysis/attributions/describe.js';
import type { Attribution, Span } from './analysis/types.js';
import type { LineIndex } from './positions.js';

/** The document outline: one entry per speaker, with what the article attributes to them. */
export function speakerSymbols(attributions: Attribution[], text: string, lines: LineIndex): DocumentSymbol[] {
  const range = (span: Span) => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) });
  return speakersOutline(attributions)
    .filter((group) => group.attributions.length > 0)
    .map((group) => {
      const first = group.attributions[0];
      const whole = { start: Math.min(...group.attributions.map(spanStart)), end: Math.max(...group.attributions.map(spanEnd)) };
      const firstMention = first.source ?? first.cue;
      return {
        name: group.label,
        detail: [first.role, first.organisation].filter(Boolean).join(', ') || `${group.attributions.length} statement${group.attributions.length === 1 ? '' : 's'}`,
        kind: group.kind === 'named' ? SymbolKind.Class : SymbolKind.Namespace,
        range: range(whole),
        selectionRange: range(firstMention.end > firstMention.start ? firstMention : first.content),
        children: byCue(group.attributions).map((parts) => {
          const a = parts[0];
          return {
            name: clip(parts.map((p) => text.slice(p.content.start, p.content.end).trim()).join(' … ')),
            detail: a.type,
            kind: a.type === 'direct' ? SymbolKind.String : SymbolKind.Event,
            range: range({ start: Math.min(...parts.map(spanStart)), end: Math.max(...parts.map(spanEnd)) }),
            selectionRange: range(a.content),
          };
        }),
      } satisfies DocumentSymbol & { children: DocumentSymbol[] };
    });
}

/**
 * The attributions of one speaker, reported speech that shares a cue together: one statement ("Its
 * army is expected to grow": the passive's subject and its infinitive are two contents of one cue).
 * Quotations stay apart, a quote continued after "she said." included: each is a place to go to.
 */
function byCue(attributions: Attribution[]): Attribution[][] {
  const out: Attribution[][] = [];
  const byKey = new Map<string, Attribution[]>();
  for (const a of attributions) {
    const key = a.cue.end > a.cue.start && a.type === 'indirect' ? `${a.cue.start}:${a.cue.end}` : null;
    const parts = key ? byKey.get(key) : undefined;
    if (parts) parts.push(a);
    else {
      const fresh = [a];
      out.push(fresh);
      if (key) byKey.set(key, fresh);
    }
  }
  return out;
}

function spanStart(a: Attribution): number {
  return Math.min(a.cue.start, a.content.start, a.source?.start ?? Infinity);
}

function spanEnd(a: Attribution): number {
  return Math.max(a.cue.end, a.content.end, a.source?.end ?? -Infinity);
}

function clip(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim() || '(empty)';
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}
