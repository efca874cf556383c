import { describe, expect, it } from 'vitest';
import { decodeArticle, decodeArticleBytes, encodingWarning } from './articleBytes.js';

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

  it('reads a file that is not valid UTF-8 as Windows-1252 ("£630m" lost its pound sign), and says so', () => {
    // "The Ferrow council’s £630m plan – “final”, said Ms Åberg" as Word on Windows saves it.
    const bytes = Buffer.from([
      ...Buffer.from('The Ferrow council'), 0x92, ...Buffer.from('s '), 0xa3, ...Buffer.from('630m plan '), 0x96, 0x20, 0x93,
      ...Buffer.from('final'), 0x94, ...Buffer.from(', said Ms '), 0xc5, ...Buffer.from('berg '), 0x80, 0x81,
    ]);
    expect(decodeArticleBytes(bytes)).toEqual({ text: 'The Ferrow council’s £630m plan – “final”, said Ms Åberg €\u0081', encoding: 'windows-1252' });
    expect(encodingWarning('a.txt', 'windows-1252')).toBe('a.txt is not valid UTF-8; read it as Windows-1252. Save it as UTF-8 so that the editor shows the same text.');
  });

  it('reads only the bytes that are not valid UTF-8 as Windows-1252 in a file that mixes both ("Malmö" became "MalmÃ¶")', () => {
    const bytes = Buffer.concat([Buffer.from('Café Malmö – '), Buffer.from([0xa3]), Buffer.from('630m “plan” '), Buffer.from([0x93, 0xe9, 0x94]), Buffer.from(' 😀')]);
    expect(decodeArticleBytes(bytes)).toEqual({ text: 'Café Malmö – £630m “plan” “é” 😀', encoding: 'windows-1252' });
    // Cut-off, overlong and surrogate sequences are bytes of their own, one character each.
    expect(decodeArticle(Buffer.from([0xe2, 0x80, 0x41, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xc3]))).toBe('â\u20acAÀ¯í\u00a0\u20acÃ');
    expect(decodeArticleBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
    // A UTF-8 mark before bytes that are not UTF-8 is dropped too.
    expect(decodeArticleBytes(Buffer.from([0xef, 0xbb, 0xbf, 0xa3, 0x35]))).toEqual({ text: '£5', encoding: 'windows-1252' });
  });

  it('reads valid UTF-8 as UTF-8, with or without a mark, and warns about neither', () => {
    expect(decodeArticleBytes(Buffer.from('£630m'))).toEqual({ text: '£630m', encoding: 'utf-8' });
    expect(decodeArticleBytes(Buffer.from('\uFEFF£630m'))).toEqual({ text: '£630m', encoding: 'utf-8' });
    expect(encodingWarning('a.txt', 'utf-8')).toBeNull();
    expect(encodingWarning('a.txt', 'utf-16le')).toBeNull();
  });

  it('reads a Windows-1252 file longer than one slice of the decoder whole', () => {
    const text = 'x'.repeat(20000) + '£';
    expect(decodeArticle(Buffer.from(text, 'latin1'))).toBe(text);
  });
});
