import type { PlacedAnnotation } from './annotations/anchor.js';
import { statuses, type AnnotationKind, type Status } from './annotations/types.js';
import type { Analysis } from './analysis/types.js';
import type { SidecarEntry } from './annotationService.js';
import type { LineIndex, Position } from './positions.js';

/**
 * What the client's status bar and tree view show for one article: every figure and check-worthy
 * claim with its status, every other annotation, and the orphans.
 */
export interface SummaryItem {
  kind: AnnotationKind;
  text: string;
  status: Status;
  start: number;
  end: number;
  range: { start: Position; end: Position } | null;
  id?: string;
  drift: boolean;
  orphan: boolean;
  sources: number;
}

export interface Summary {
  uri: string;
  version: number;
  sidecarPath: string | null;
  error: string | null;
  figures: number;
  checkedFigures: number;
  byStatus: Record<Status, number>;
  orphans: number;
  items: SummaryItem[];
  /** Set when the caller asked for the counts only (`items: false`): `items` is then empty. */
  itemsOmitted?: boolean;
}

/** `items: false` gives the counts only, without placing every item (the status bar's request). */
export function summarize(uri: string, version: number, analysis: Analysis, placed: PlacedAnnotation[], lines: LineIndex, entry: SidecarEntry, { items: withItems = true }: { items?: boolean } = {}): Summary {
  const byKey = new Map<string, PlacedAnnotation>();
  for (const p of placed) if (p.anchor) byKey.set(`${p.anchor.start}:${p.anchor.end}`, p);
  const used = new Set<PlacedAnnotation>();
  const items: SummaryItem[] = [];
  const range = (start: number, end: number) => (withItems ? { start: lines.positionAt(start), end: lines.positionAt(end) } : null);
  const push = (kind: AnnotationKind, start: number, end: number, text: string) => {
    const p = byKey.get(`${start}:${end}`);
    if (p) used.add(p);
    items.push({
      kind,
      text,
      status: p?.annotation.status ?? 'unchecked',
      start,
      end,
      range: range(start, end),
      id: p?.annotation.id,
      drift: p?.drift ?? false,
      orphan: false,
      sources: p?.annotation.sources.length ?? 0,
    });
  };
  for (const f of analysis.figures) if (f.kind !== 'ordinal') push('figure', f.start, f.end, f.text);
  for (const p of placed) {
    if (used.has(p)) continue;
    const exact = p.annotation.target.selector[0].exact;
    items.push({
      kind: p.annotation.kind,
      text: p.currentText ?? exact,
      status: p.annotation.status,
      start: p.anchor?.start ?? -1,
      end: p.anchor?.end ?? -1,
      range: p.anchor ? range(p.anchor.start, p.anchor.end) : null,
      id: p.annotation.id,
      drift: p.drift,
      orphan: !p.anchor,
      sources: p.annotation.sources.length,
    });
  }
  items.sort((a, b) => (a.orphan === b.orphan ? a.start - b.start : a.orphan ? 1 : -1));
  const byStatus = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
  for (const item of items) if (!item.orphan) byStatus[item.status]++;
  const figureItems = items.filter((i) => i.kind === 'figure' && !i.orphan);
  return {
    uri,
    version,
    sidecarPath: entry.path,
    error: entry.error,
    figures: figureItems.length,
    checkedFigures: figureItems.filter((i) => i.status !== 'unchecked' && i.status !== 'ignored').length,
    byStatus,
    orphans: items.filter((i) => i.orphan).length,
    ...(withItems ? { items } : { items: [], itemsOmitted: true }),
  };
}
