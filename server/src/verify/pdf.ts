import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The text of a PDF source, read with Mozilla's PDF.js (the same reader browsers use on untrusted
 * PDFs; no code in the file is run). PDF.js is an ES module shipped beside the bundles in
 * dist/pdfjs/ and loaded only when a PDF is read, so the server starts no slower for it.
 * Lines become lines; a gap between lines clearly wider than the page's usual line spacing
 * becomes a blank line, so paragraphs and table rows stay apart as the figure matcher expects.
 */

/** More pages than any report a figure is checked against; the rest is left unread. */
export const maxPdfPages = 400;

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

interface PdfjsModule {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  GlobalWorkerOptions: { workerSrc: string };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: Array<TextItem | { type: string }> }>; cleanup(): void }>;
  destroy(): Promise<void>;
}

let loading: Promise<PdfjsModule> | null = null;

/** dist/pdfjs/ beside the bundle; from node_modules when running from source (tests, scripts). */
function pdfjsFiles(): { main: string; worker: string } {
  const here = typeof __dirname === 'string' && isAbsolute(__dirname) ? __dirname : null;
  if (here && existsSync(join(here, 'pdfjs', 'pdf.min.mjs'))) return { main: join(here, 'pdfjs', 'pdf.min.mjs'), worker: join(here, 'pdfjs', 'pdf.worker.min.mjs') };
  for (const from of [here, process.cwd()]) {
    if (!from) continue;
    try {
      const require = createRequire(join(from, 'index.js'));
      return { main: require.resolve('pdfjs-dist/legacy/build/pdf.min.mjs'), worker: require.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs') };
    } catch {
      // Not installed under this folder; try the next.
    }
  }
  throw new Error('pdfjs-dist is missing: dist/pdfjs/ was not built and the package is not installed');
}

/**
 * The 2D part of the DOM's DOMMatrix. PDF.js needs the class to load in Node, and otherwise takes it
 * from the optional native package @napi-rs/canvas, which the extension does not ship: reading text
 * draws nothing, and this keeps the reader the same wherever it runs.
 */
export class Matrix2D {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: ArrayLike<number> | Matrix2D) {
    if (init && 'length' in init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6);
    else if (init && 'a' in init) ({ a: this.a, b: this.b, c: this.c, d: this.d, e: this.e, f: this.f } = init);
  }
  multiplySelf(m: Matrix2D): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }
  preMultiplySelf(m: Matrix2D): this {
    const product = new Matrix2D(m).multiplySelf(this);
    ({ a: this.a, b: this.b, c: this.c, d: this.d, e: this.e, f: this.f } = product);
    return this;
  }
  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new Matrix2D([1, 0, 0, 1, x, y]));
  }
  scaleSelf(x = 1, y = x): this {
    return this.multiplySelf(new Matrix2D([x, 0, 0, y, 0, 0]));
  }
  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    const { a, b, c, d, e, f } = this;
    [this.a, this.b, this.c, this.d] = [d / det, -b / det, -c / det, a / det];
    [this.e, this.f] = [(c * f - d * e) / det, (b * e - a * f) / det];
    return this;
  }
  multiply(m: Matrix2D): Matrix2D {
    return new Matrix2D(this).multiplySelf(m);
  }
  translate(x?: number, y?: number): Matrix2D {
    return new Matrix2D(this).translateSelf(x, y);
  }
  scale(x?: number, y?: number): Matrix2D {
    return new Matrix2D(this).scaleSelf(x, y);
  }
  inverse(): Matrix2D {
    return new Matrix2D(this).invertSelf();
  }
}

/** What PDF.js says on loading in Node without a canvas package: true, and of no use to a reader of text. */
const canvasWarning = /^Warning: (Cannot load "@napi-rs\/canvas"|Cannot polyfill `(DOMMatrix|ImageData|Path2D)`|Cannot access the `require` function)/;

function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= (async () => {
    const files = pdfjsFiles();
    const g = globalThis as { DOMMatrix?: unknown };
    g.DOMMatrix ??= Matrix2D;
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && canvasWarning.test(args[0]))) warn(...args);
    };
    let pdfjs: PdfjsModule;
    try {
      // A computed specifier keeps this a real import() in the CommonJS bundles: PDF.js is an ES module.
      const url = pathToFileURL(files.main).href;
      pdfjs = (await import(url)) as PdfjsModule;
    } finally {
      console.warn = warn;
    }
    // In Node PDF.js runs its worker in the same thread, loading this module.
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(files.worker).href;
    return pdfjs;
  })();
  loading.catch(() => (loading = null));
  return loading;
}

export type PdfText = { ok: true; text: string; pages: number; truncated: boolean } | { ok: false; reason: string };

export async function pdfToText(body: Uint8Array): Promise<PdfText> {
  let pdfjs: PdfjsModule;
  try {
    pdfjs = await loadPdfjs();
  } catch (error) {
    return { ok: false, reason: `the PDF reader could not be loaded (${(error as Error).message})` };
  }
  // PDF.js takes ownership of the buffer it is given; a copy leaves the caller's snapshot intact.
  const task = pdfjs.getDocument({ data: new Uint8Array(body), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') return { ok: false, reason: 'the PDF is protected by a password' };
    return { ok: false, reason: `the PDF cannot be read (${(error as Error).message})` };
  }
  try {
    const pages = Math.min(doc.numPages, maxPdfPages);
    const texts: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      texts.push(pageText(content.items.filter((item): item is TextItem => 'str' in item)));
      page.cleanup();
      // PDF.js parses on this thread: between pages, let the language server answer what is waiting.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // A form feed between pages lets evidence name the page (match.ts); it is white space to the analysis.
    const text = texts.join('\n\f\n').trim();
    if (!/\p{L}/u.test(text)) return { ok: false, reason: 'the PDF has no text layer (a scan or an image); attach a text version of it' };
    return { ok: true, text, pages: doc.numPages, truncated: doc.numPages > pages };
  } catch (error) {
    return { ok: false, reason: `the PDF cannot be read (${(error as Error).message})` };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** One page's text: its lines, with a blank line where the gap to the next line is a paragraph's. */
export function pageText(items: readonly TextItem[]): string {
  const lines: Array<{ text: string; y: number; height: number }> = [];
  let current = '';
  let y = Number.NaN;
  let height = 0;
  for (const item of items) {
    if (current === '' && item.str !== '') {
      y = item.transform[5];
      height = item.height;
    }
    current += item.str;
    if (item.hasEOL) {
      if (current.trim()) lines.push({ text: current.trim(), y, height });
      current = '';
    }
  }
  if (current.trim()) lines.push({ text: current.trim(), y, height });
  const gaps = lines.slice(1).map((line, i) => lines[i].y - line.y).filter((g) => g > 0);
  const usual = gaps.length ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] : 0;
  let out = lines[0]?.text ?? '';
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1].y - lines[i].y;
    // A wider gap than usual, or a jump back up the page (a new column), starts a paragraph.
    const paragraph = gap < 0 || (usual > 0 && gap > usual * 1.4 && gap > lines[i].height * 1.3);
    out += (paragraph ? '\n\n' : '\n') + lines[i].text;
  }
  return out;
}
