/** How an article file's bytes were read. */
export type ArticleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedArticle {
  text: string;
  encoding: ArticleEncoding;
}

/**
 * An article file's bytes as text. A byte order mark (UTF-8, UTF-16 little- or big-endian) decides
 * the encoding and is dropped, as VS Code does, so that offsets and annotation anchors agree with the
 * editor's: a file saved by Windows Notepad as "Unicode" was read as UTF-8 and gave figures such as
 * "1", "3" and "0" from the NUL bytes between the digits of "13,000", and a UTF-8 mark shifted every
 * column by one. Bytes that are not valid UTF-8 are read as Windows-1252, the encoding older
 * newsroom systems and Word on Windows save: read as UTF-8, "£630m" (0xA3) became a replacement
 * character and "630m", a money figure lost without a word. The caller warns about it, since the
 * editor shows such a file as UTF-8 unless told otherwise. Only those bytes: a file pasted together
 * from both ("Malmö" in UTF-8, "£" in Windows-1252) keeps its UTF-8 characters, which read whole as
 * Windows-1252 became two each ("MalmÃ¶") and moved every offset after them. Each byte read so is
 * one character, as each of the editor's replacement characters is, so offsets still agree with the
 * editor's. (Windows-1252 text whose bytes happen to form UTF-8, such as "Ã©", is read as UTF-8;
 * news text does not hold such pairs.)
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    // The UTF-8 decoder drops a leading UTF-8 mark itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeMixed(bytes), encoding: 'windows-1252' };
  }
}

/** Valid UTF-8 sequences as UTF-8, each other byte as Windows-1252; one pass into UTF-16 code units. */
function decodeMixed(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  let n = 0;
  // A UTF-8 mark is dropped here too, as the editor drops it ("\uFEFF" opened the text).
  const mark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = mark; i < bytes.length;) {
    const length = utf8SequenceAt(bytes, i);
    if (length === 0) {
      const byte = bytes[i++];
      units[n++] = byte >= 0x80 && byte < 0xa0 ? windows1252High[byte - 0x80] : byte;
      continue;
    }
    // The lead byte's payload, then six bits from each continuation byte.
    let code = length === 1 ? bytes[i] : bytes[i] & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) code = (code << 6) | (bytes[i + k] & 0x3f);
    i += length;
    if (code < 0x10000) units[n++] = code;
    else {
      units[n++] = 0xd800 + ((code - 0x10000) >> 10);
      units[n++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
    }
  }
  return fromCodeUnits(units.subarray(0, n));
}

/**
 * The length of the valid UTF-8 sequence that starts at byte `i`, or 0. The ranges are the WHATWG
 * decoder's: no overlong forms, no surrogates, nothing past U+10FFFF.
 */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  const [length, low, high] = lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
    : lead === 0xe0 ? [3, 0xa0, 0xbf] : lead === 0xed ? [3, 0x80, 0x9f] : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
      : lead === 0xf0 ? [4, 0x90, 0xbf] : lead === 0xf4 ? [4, 0x80, 0x8f] : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
  if (length === 0 || i + length > bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = i + 2; k < i + length; k++) if (bytes[k] < 0x80 || bytes[k] > 0xbf) return 0;
  return length;
}

/** The article's text alone (see decodeArticleBytes). */
export function decodeArticle(bytes: Uint8Array): string {
  return decodeArticleBytes(bytes).text;
}

/** The warning a command prints for a file it did not read as UTF-8 or UTF-16, or null. */
export function encodingWarning(path: string, encoding: ArticleEncoding): string | null {
  if (encoding !== 'windows-1252') return null;
  return `${path} is not valid UTF-8; read it as Windows-1252. Save it as UTF-8 so that the editor shows the same text.`;
}

/**
 * Windows-1252's characters for the bytes 0x80 to 0x9F, where it differs from Latin-1; the five
 * bytes it leaves unassigned stay their C1 controls, as browsers read them. Node's own
 * 'windows-1252' decoder reads all of them as Latin-1, which makes "€" and curly quotes controls.
 */
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function fromCodeUnits(units: Uint16Array): string {
  let text = '';
  // In slices, since String.fromCharCode takes its units as arguments.
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}
