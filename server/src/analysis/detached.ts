/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a slice of a
 * string (`text.slice`) as a view into the whole parent, so a cache entry made from one paragraph
 * of a 1 MB article keeps the whole article alive: the language server's caches kept one whole copy
 * of the article per keystroke. Use it for text that outlives the document version it came from.
 */
export function detached(text: string): string {
  // Joining makes a new string that V8 flattens into its own memory when it is sliced.
  return (' ' + text).slice(1);
}
