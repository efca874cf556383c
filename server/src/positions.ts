/**
 * Converts UTF-16 offsets to zero-based line and character positions and back. Only the boundaries
 * (the language server and the CLI's text output) use it; the analysis core works in offsets.
 */
export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    // An offset between the "\r" and "\n" of a line break stands before the break, as in
    // vscode-languageserver-textdocument: no position lies inside a line's end.
    let at = clamped;
    while (at > this.lineStarts[low] && (this.text.charCodeAt(at - 1) === 13 || this.text.charCodeAt(at - 1) === 10)) at--;
    return { line: low, character: at - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, position.line)];
    return Math.min(start + Math.max(0, position.character), this.text.length);
  }
}
