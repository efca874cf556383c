import { changedRange, type TextChange } from './textChange.js';

/**
 * Searches of a whole document's text for a name, kept from one version of the document to the
 * next. The attribution problems ask, for every speaker, where the article first writes the name and
 * whether it writes it after a given name anywhere; on a 1 MB article that was thousands of scans of
 * the whole text at every keystroke. A kept answer is the first position that qualifies, and an edit
 * leaves it standing unless the edit touches what the search read there, so a keystroke only reads
 * the text around the edit.
 *
 * `begin(text)` starts a run over one version; answers of the run before it are reused in this one
 * only (a name no longer asked is forgotten). Any two versions may follow each other: what changed
 * is found by comparing the texts (`changedRange`).
 */
export class TextSearches {
  private text: string | undefined;
  private change: TextChange | undefined;
  private previous = new Map<string, number>();
  private current = new Map<string, number>();

  begin(text: string): void {
    this.change = this.text === undefined ? undefined : changedRange(this.text, text);
    this.text = text;
    this.previous = this.current;
    this.current = new Map();
  }

  /**
   * The first position at which `text` (the run's) writes `needle` and `test(at)` holds, or -1.
   * `test` may read only `[at - before, at + needle.length + after)` of the text (clamped to it), and
   * `kind` names the test, so that two tests of one needle are kept apart.
   */
  first(kind: string, needle: string, before: number, after: number, test: (at: number) => boolean): number {
    const text = this.text;
    if (text === undefined) throw new Error('TextSearches.first before begin');
    const key = kind + '\u0000' + needle;
    const found = this.search(text, key, needle, before, after, test);
    this.current.set(key, found);
    return found;
  }

  private search(text: string, key: string, needle: string, before: number, after: number, test: (at: number) => boolean): number {
    const was = this.change === undefined ? undefined : this.previous.get(key);
    if (was === undefined) return scan(text, needle, 0, Infinity, test);
    const { start, oldEnd, newEnd } = this.change!;
    const length = needle.length;
    // An occurrence whose window lies wholly before the edit reads the same text as before, and so
    // does one whose window lies wholly after it, moved by the edit. Only those between are read.
    if (was >= 0 && was + length + after <= start) return was;
    // No occurrence wholly before the edit qualifies: it would come before `was`, or there was none.
    const touched = scan(text, needle, Math.max(0, start - length - after + 1), newEnd + before, test);
    if (touched >= 0) return touched;
    if (was < 0) return -1;
    // The first after the edit: the one kept, if it lay after the edit, since none before it did.
    if (was - before >= oldEnd) return was + (newEnd - oldEnd);
    return scan(text, needle, newEnd + before, Infinity, test);
  }
}

/** The first position in `[from, to)` where `text` writes `needle` and `test` holds, or -1. */
function scan(text: string, needle: string, from: number, to: number, test: (at: number) => boolean): number {
  // A bounded range is searched in a slice of it, so that a needle it lacks is not looked for in
  // the rest of the text.
  const bounded = to !== Infinity && to + needle.length - 1 < text.length;
  const within = bounded ? text.slice(0, to + needle.length - 1) : text;
  for (let at = within.indexOf(needle, from); at >= 0 && at < to; at = within.indexOf(needle, at + 1)) {
    if (test(at)) return at;
  }
  return -1;
}
