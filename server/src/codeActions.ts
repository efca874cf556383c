import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import type { PlacedAnnotation } from './annotations/anchor.js';
import type { Analysis, Span } from './analysis/types.js';
import type { DiagnosticData } from './diagnostics.js';
import type { FindingArgs } from './hover.js';
import type { Position } from './positions.js';

/**
 * Code actions, rebuilt from each diagnostic's range and `data` (the finding's kind and annotation),
 * plus actions for annotated words that carry no diagnostic (a verified figure) and for a plain
 * selection.
 */

export interface CodeActionInput {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
  selection: Span;
  analysis: Analysis;
  placed: PlacedAnnotation[];
  /** Offsets of the document's positions, for diagnostic ranges. */
  offsetAt: (position: Position) => number;
}

function spanOf(diagnostic: Diagnostic, data: DiagnosticData, offsetAt: CodeActionInput['offsetAt']): (Span & { kind: FindingArgs['kind'] }) | null {
  switch (data.kind) {
    case 'figure':
    case 'claim':
    case 'attribution': {
      const span = data.span ?? { start: offsetAt(diagnostic.range.start), end: offsetAt(diagnostic.range.end) };
      return { start: span.start, end: span.end, kind: data.kind };
    }
    default:
      return null;
  }
}

export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  const add = (args: FindingArgs, label: string, diagnostic?: Diagnostic) => {
    const key = `${args.start}:${args.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    const diagnostics = diagnostic ? [diagnostic] : undefined;
    actions.push(
      { title: `Attach source… (${label})`, kind: CodeActionKind.QuickFix, diagnostics, command: { title: 'Attach source…', command: 'factcheck.attachSource', arguments: [args] } },
      { title: `Set status… (${label})`, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: true, command: { title: 'Set status…', command: 'factcheck.setStatus', arguments: [args] } },
      { title: `Ignore (${label})`, kind: CodeActionKind.QuickFix, diagnostics, command: { title: 'Ignore', command: 'factcheck.server.setStatus', arguments: [{ ...args, status: 'ignored' }] } },
    );
  };
  const base = { uri: input.uri, version: input.version };

  for (const diagnostic of input.diagnostics) {
    if (diagnostic.source !== 'factcheck' || !diagnostic.data) continue;
    const data = diagnostic.data as DiagnosticData;
    if (diagnostic.code === 'annotation.orphan') {
      actions.push({ title: 'Show orphaned annotations', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Show Orphans', command: 'factcheck.showOrphans', arguments: [{ uri: input.uri }] } });
      continue;
    }
    if (diagnostic.code === 'annotation.sidecar') {
      if (data.sidecarConflict) {
        actions.push({ title: 'Merge both versions of the annotations', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, command: { title: 'Merge Annotations', command: 'factcheck.server.mergeSidecar', arguments: [{ uri: input.uri }] } });
      }
      actions.push({ title: 'Open the sidecar file', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Open Sidecar', command: 'factcheck.openSidecar', arguments: [{ uri: input.uri }] } });
      continue;
    }
    if (diagnostic.code === 'attribution.incomplete' && data.speaker) {
      actions.push({
        title: `Treat “${data.speaker}” as well known (no role needed)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Treat Speaker as Well Known', command: 'factcheck.addWellKnown', arguments: [{ uri: input.uri, name: data.speaker }] },
      });
    }
    const id = data.annotation?.id;
    if (diagnostic.code === 'annotation.drift' && data.annotation) {
      const span = spanOf(diagnostic, data, input.offsetAt) ?? placedSpan(input.placed, id);
      if (span) {
        actions.push({
          title: `Confirm it is still ${data.annotation.status}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: 'Confirm status', command: 'factcheck.server.setStatus', arguments: [{ ...base, ...span, id, status: data.annotation.status }] },
        });
      }
    }
    const span = spanOf(diagnostic, data, input.offsetAt) ?? placedSpan(input.placed, id);
    if (span) add({ ...base, ...span, id }, labelFor(span.kind), diagnostic);
  }

  // Annotated words with no diagnostic (verified, ignored) still get their actions.
  for (const p of input.placed) {
    if (!p.anchor || !overlaps(p.anchor, input.selection)) continue;
    add({ ...base, start: p.anchor.start, end: p.anchor.end, kind: p.annotation.kind, id: p.annotation.id }, labelFor(p.annotation.kind));
  }
  for (const figure of input.analysis.figures) {
    if (figure.start > input.selection.end) break;
    if (overlaps(figure, input.selection)) add({ ...base, start: figure.start, end: figure.end, kind: 'figure' }, 'figure');
  }
  // On a speaker, a cue, or inside a quotation: the attribution's own actions, so that a transcript
  // can be attached to the speaker (Verify Figures checks the quotations against it).
  // A figure inside a quotation keeps only its own actions.
  const onFigure = input.analysis.figures.some((f) => overlaps(f, input.selection));
  for (const a of input.analysis.attributions) {
    const span = a.source ?? a.cue;
    const inQuote = !onFigure && input.selection.start >= a.content.start && input.selection.end <= a.content.end;
    if (overlaps(span, input.selection) || overlaps(a.cue, input.selection) || inQuote) add({ ...base, start: span.start, end: span.end, kind: 'attribution' }, 'attribution');
  }
  if (input.selection.end > input.selection.start && !seen.has(`${input.selection.start}:${input.selection.end}`)) {
    const args: FindingArgs = { ...base, start: input.selection.start, end: input.selection.end, kind: 'text' };
    actions.push(
      { title: 'Fact Check: set status of the selected text…', kind: CodeActionKind.Refactor, command: { title: 'Set status…', command: 'factcheck.setStatus', arguments: [args] } },
      { title: 'Fact Check: attach a source to the selected text…', kind: CodeActionKind.Refactor, command: { title: 'Attach source…', command: 'factcheck.attachSource', arguments: [args] } },
    );
  }
  return actions;
}

function labelFor(kind: FindingArgs['kind']): string {
  return kind === 'text' ? 'annotated text' : kind;
}

function placedSpan(placed: PlacedAnnotation[], id: string | undefined): (Span & { kind: FindingArgs['kind'] }) | null {
  const p = placed.find((x) => x.annotation.id === id && x.anchor);
  return p ? { start: p.anchor!.start, end: p.anchor!.end, kind: p.annotation.kind } : null;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}
