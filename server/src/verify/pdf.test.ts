import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentTypeForPath, decodeBody } from './content.js';
import { Matrix2D, pageText, pdfToText } from './pdf.js';

/** A minimal PDF: each page a list of lines in Helvetica, `gap` points apart, offsets right for the xref table. */
function makePdf(pages: string[][], gap = 14): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => '\\' + c);
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  for (const lines of pages) {
    const content = `BT /F1 11 Tf ${gap} TL 72 720 Td\n${lines.map((l) => `(${esc(l)}) '`).join('\n')}\nET`;
    const pageId = objects.length + 1;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${pageId + 2} 0 R >> >> /Contents ${pageId + 1} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
    kids.push(`${pageId} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const item = (str: string, y: number, hasEOL = true) => ({ str, hasEOL, transform: [11, 0, 0, 11, 72, y], height: 11 });

describe('pageText', () => {
  it('keeps lines apart and makes a wide gap a paragraph break', () => {
    const items = [item('Net sales fell 4 percent', 700), item('to SEK 14,216 million.', 686), item('Outlook', 650), item('Unchanged for 2027.', 636)];
    expect(pageText(items)).toBe('Net sales fell 4 percent\nto SEK 14,216 million.\n\nOutlook\nUnchanged for 2027.');
  });
  it('joins the pieces of one line and starts a paragraph at a new column', () => {
    const items = [item('Profit ', 700, false), item('rose 9%.', 700), item('Jobs were cut.', 686), item('Second column', 700)];
    expect(pageText(items)).toBe('Profit rose 9%.\nJobs were cut.\n\nSecond column');
  });
});

describe('pdfToText', () => {
  it('reads each page, with a form feed between pages', async () => {
    const result = await pdfToText(makePdf([['Ferry traffic rose 6.2% to 1.4 million passengers.'], ['The port employs 860 people (812).']]));
    expect(result).toEqual({ ok: true, text: 'Ferry traffic rose 6.2% to 1.4 million passengers.\n\f\nThe port employs 860 people (812).', pages: 2, truncated: false });
  });
  it('reads a PDF printed by a browser (embedded subset fonts, compressed streams)', async () => {
    const result = await pdfToText(new Uint8Array(readFileSync('test-fixtures/verify/sources/nordvik-q4-report.pdf')));
    expect(result.ok && result.pages).toBe(2);
    expect(result.ok && result.text).toContain('Profit before tax was SEK 2,104 million (3,398), a decrease of 38\npercent.');
    expect(result.ok && result.text.split('\f')[1]).toContain('approximately 900 positions');
  });
  it('says why when a PDF cannot be read or has no text', async () => {
    expect(await pdfToText(new TextEncoder().encode('%PDF-1.4\nnot really a pdf'))).toMatchObject({ ok: false, reason: expect.stringMatching(/^the PDF cannot be read/) });
    expect(await pdfToText(makePdf([[]]))).toEqual({ ok: false, reason: 'the PDF has no text layer (a scan or an image); attach a text version of it' });
  });
});

describe('decodeBody with PDF', () => {
  const pdf = makePdf([['Turnout was 67.3%.']]);
  it('reads application/pdf, and a download labelled as generic bytes when it starts like a PDF', async () => {
    expect(await decodeBody(pdf, 'application/pdf')).toEqual({ ok: true, text: 'Turnout was 67.3%.', format: 'pdf', pages: 1 });
    expect(await decodeBody(pdf, 'application/octet-stream')).toMatchObject({ ok: true, format: 'pdf' });
    expect(await decodeBody(pdf, '')).toMatchObject({ ok: true, format: 'pdf' });
    expect(await decodeBody(new Uint8Array([0, 1, 2]), 'application/octet-stream')).toMatchObject({ ok: false });
  });
  it('takes a workspace .pdf file as PDF', () => {
    expect(contentTypeForPath('sources/report.PDF')).toBe('application/pdf');
  });
});

describe('Matrix2D (the DOMMatrix PDF.js needs to load in Node)', () => {
  it('composes, scales, translates and inverts as DOMMatrix does', () => {
    const m = new Matrix2D([2, 0, 0, 3, 10, 20]).translateSelf(1, 1).scaleSelf(2);
    expect([m.a, m.b, m.c, m.d, m.e, m.f]).toEqual([4, 0, 0, 6, 12, 23]);
    const back = m.multiply(m.inverse());
    expect([back.a, back.b, back.c, back.d, back.e, back.f]).toEqual([1, 0, 0, 1, 0, 0]);
    const pre = new Matrix2D([1, 0, 0, 1, 5, 0]).preMultiplySelf(new Matrix2D([2, 0, 0, 2, 0, 0]));
    expect([pre.a, pre.e]).toEqual([2, 10]);
  });
});
