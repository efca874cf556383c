import { describe, expect, it } from 'vitest';
import { decodeArticle } from './articleBytes.js';

const line = 'More than 13,000 people fled, “officials” said.\n';

describe('decodeArticle', () => {
  it('reads UTF-16 with a byte order mark, either way round ("13,000" in a Notepad "Unicode" file gave the figures 1, 3 and 0)', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line, 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    expect(decodeArticle(little)).toBe(line);
    expect(decodeArticle(big)).toBe(line);
  });

  it('drops a UTF-8 byte order mark, as the editor does, so that columns agree', () => {
    expect(decodeArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line)]))).toBe(line);
    expect(decodeArticle(Buffer.from(line))).toBe(line);
  });

  it('reads bytes that are not UTF-8 as the editor does, one replacement character per bad byte', () => {
    expect(decodeArticle(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x35]))).toBe('Caf\uFFFD 5');
  });
});
