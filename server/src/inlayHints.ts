import type { InlayHint } from 'vscode-languageserver/node';
import type { PlacedAnnotation } from './annotations/anchor.js';
import type { Status } from './annotations/types.js';
import { statusLabels } from './annotations/types.js';
import type { LineIndex } from './positions.js';

const marks: Record<Status, string> = {
  verified: '✓',
  'partly-true': '◐',
  misleading: '⚠',
  disputed: '⚠',
  false: '✗',
  unverifiable: '?',
  unchecked: '○',
  ignored: '–',
};

/** A short status label after each annotated span in the range (`factcheck.inlineStatus`). */
export function inlayHintsFor(placed: PlacedAnnotation[], from: number, to: number, lines: LineIndex): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const p of placed) {
    if (!p.anchor || p.anchor.end < from || p.anchor.end > to) continue;
    const status = p.annotation.status;
    const sources = p.annotation.sources.length;
    hints.push({
      position: lines.positionAt(p.anchor.end),
      label: `${marks[status]} ${statusLabels[status].toLowerCase()}${p.drift ? ' (changed)' : ''}`,
      paddingLeft: true,
      tooltip: `${statusLabels[status]}; ${sources === 1 ? '1 source' : `${sources} sources`}`,
    });
  }
  return hints;
}
