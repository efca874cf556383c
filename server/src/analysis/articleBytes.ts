/**
 * An article file's bytes as the text an editor shows: VS Code honours a byte order mark (UTF-8,
 * UTF-16 little- or big-endian) and drops it from the document, and reads everything else as UTF-8.
 * The command line reads files the same way, so that offsets and annotation anchors agree with the
 * editor's: a file saved by Windows Notepad as "Unicode" (UTF-16 with a mark) was read as UTF-8 and
 * gave figures such as "1", "3" and "0" from the NUL bytes between the digits of "13,000", and a
 * UTF-8 mark shifted every column by one.
 */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // The UTF-8 decoder drops a leading UTF-8 mark itself.
  return new TextDecoder('utf-8').decode(bytes);
}
