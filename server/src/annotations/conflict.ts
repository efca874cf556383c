/**
 * Git conflict markers in a sidecar: what git leaves in a file when two branches changed the same
 * lines and no merge driver is configured (docs/annotations.md, "In git").
 */

/** The versions a file with git conflict markers holds. `base` is null unless every hunk has a diff3 section. */
export interface ConflictSides {
  ours: string;
  theirs: string;
  base: string | null;
  oursLabel: string;
  theirsLabel: string;
  /** The 1-based line numbers of each `<<<<<<<` marker. */
  hunks: number[];
}

const markerLength = 7;

function marker(line: string, ch: string): string | null {
  if (line.length < markerLength || line.slice(0, markerLength) !== ch.repeat(markerLength)) return null;
  const rest = line.slice(markerLength);
  if (rest !== '' && rest[0] !== ' ') return null;
  return rest.trim();
}

/**
 * Splits a file git left with conflict markers into its two (or, with `merge.conflictStyle diff3`
 * or `zdiff3`, three) versions. Null when the file has no complete conflict hunk.
 */
export function splitConflict(text: string): ConflictSides | null {
  const lines = text.split(/(?<=\n)/);
  const ours: string[] = [];
  const theirs: string[] = [];
  const base: string[] = [];
  let state: 'common' | 'ours' | 'base' | 'theirs' = 'common';
  let everyHunkHasBase = true;
  let hunkHasBase = false;
  let oursLabel = '';
  let theirsLabel = '';
  const hunks: number[] = [];
  lines.forEach((line, index) => {
    const bare = line.replace(/\r?\n$/, '');
    if (state === 'common') {
      const label = marker(bare, '<');
      if (label !== null) {
        state = 'ours';
        hunkHasBase = false;
        oursLabel ||= label;
        hunks.push(index + 1);
        return;
      }
      ours.push(line);
      theirs.push(line);
      base.push(line);
      return;
    }
    if (state === 'ours' || state === 'base') {
      if (state === 'ours' && marker(bare, '|') !== null) {
        state = 'base';
        hunkHasBase = true;
        return;
      }
      if (bare === '='.repeat(markerLength)) {
        state = 'theirs';
        everyHunkHasBase &&= hunkHasBase;
        return;
      }
      (state === 'ours' ? ours : base).push(line);
      return;
    }
    const label = marker(bare, '>');
    if (label !== null) {
      state = 'common';
      theirsLabel ||= label;
      return;
    }
    theirs.push(line);
  });
  if (hunks.length === 0 || state !== 'common') return null;
  return { ours: ours.join(''), theirs: theirs.join(''), base: everyHunkHasBase ? base.join('') : null, oursLabel, theirsLabel, hunks };
}

/** Whether a file holds a line that opens a git conflict hunk. */
export function hasConflictMarkers(text: string): boolean {
  return /^<{7}(?: |\r?$)/m.test(text) && /^>{7}(?: |\r?$)/m.test(text);
}
