import type { TextDocument } from 'vscode-languageserver-textdocument';
import { chunkFindings, shiftAttribution, shiftClaim, shiftFigure, type AnalysedBlock, type Analyzer, type ChunkFindings } from './analysis/analyze.js';
import { itSubjectReach, organisationNameReach, personClauseReach, researchBodyNouns, researchBodyReach, resolveAttributions, ResolveMemo, soCalledLookback, sourceLookback, studyPeople, subjectReach } from './analysis/attributions/index.js';
import { describedEmployer, officeHoldersReach, lastOuterReport, plainOffices, reportReachesOn } from './analysis/attributions/resolve.js';
import { chunksFrom } from './analysis/chunks.js';
import { changedRange } from './analysis/textChange.js';
import { TextSearches } from './analysis/textSearches.js';
import { articleDate, resolveDatesFrom } from './analysis/figures/dates.js';
import { applyCurrencyContext, currencyContextFrom, currencyContextKey, currencyEvidenceOf, currencyOpeningReach, type CurrencyContext, type CurrencyEvidence } from './analysis/figures/currencyContext.js';
import type { Analysis, AnalysisOptions, Attribution, DocumentKind, Figure, Span } from './analysis/types.js';
import { LineIndex, type Position } from './positions.js';
import { TimeSlicer } from './scheduler.js';

export { changedRange };

/** What the server knows of one open document at one version. */
export interface DocumentState {
  version: number;
  text: string;
  lines: LineIndex;
  /** The analysed chunks in document order, each with its findings (those that are not skipped). */
  chunks: readonly PlacedFindings[];
  /** Every attribution, resolved across the article (absolute offsets). */
  attributions: Attribution[];
  /** False for the prefix of a document still being opened (see `DocumentStates.onProgress`). */
  complete: boolean;
  /** The whole analysis with absolute offsets, as `Analyzer.analyze` gives it; built on first use. */
  readonly analysis: Analysis;
  /** The problems' searches of the document's text, kept from version to version (shared by them). */
  readonly searches?: TextSearches;
}

/** One chunk's findings in one version: `start` and `line` place the chunk-relative findings. */
export interface PlacedFindings {
  start: number;
  line: number;
  findings: DatedFindings;
}

/**
 * A chunk's findings relative to the chunk, with its relative dates resolved against the article's
 * date. Never changed once made, so a version's state can keep it while later versions move on.
 */
export interface DatedFindings {
  threshold: number;
  /** The article date (ms since the epoch, or null) that `figures` are resolved against. */
  anchor: number | null;
  /** The article's currencies for bare currency words (currencyContextKey) that `figures` carry. */
  currencyKey: string;
  /** Before the article-level passes. */
  base: ChunkFindings;
  /** `base.figures` with relative dates resolved and bare currencies named. */
  figures: Figure[];
}

/** A chunk of the last analysed text with its analysed blocks (offsets relative to the chunk). */
interface ChunkEntry {
  start: number;
  end: number;
  /** The line the chunk starts on. */
  line: number;
  skip: boolean;
  blocks: AnalysedBlock[];
  /** Carried over, with the chunk, while its text does not change. */
  findings?: DatedFindings;
}

interface Snapshot {
  version: number;
  text: string;
  kind: DocumentKind;
  chunks: ChunkEntry[];
}

interface Entry {
  state: DocumentState;
  kind: DocumentKind;
  threshold: number;
}

/**
 * Per-document analysis state for the language server, kept up to date incrementally: after an edit
 * only the chunks the edit touched are split and analysed again (the rest are shifted, with their
 * findings), the line index is the document's own (which vscode-languageserver-textdocument updates
 * incrementally), and a long analysis (opening a 5 MB article) yields to the event loop between
 * chunks, so requests for other documents are answered meanwhile. What stays O(article) per edit is
 * the attribution pass from shortly before the edit to the end (speakers are resolved across
 * paragraphs; `ResolveMemo` keeps the pass's state before the edit) and the gathering of every chunk.
 */
export class DocumentStates {
  private readonly entries = new Map<string, Entry>();
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly running = new Map<string, Promise<DocumentState | undefined>>();
  /** What the attribution pass read in its last run over each document, for its next run. */
  private readonly memos = new Map<string, ResolveMemo>();
  /** What the attribution problems searched the text of each document for, for its next version. */
  private readonly searches = new Map<string, TextSearches>();
  /** Bumped when a document is forgotten, so a computation still running for it throws its result away. */
  private readonly generations = new Map<string, number>();
  /**
   * Called while a long document with no earlier analysis (just opened) is analysed in slices, with
   * the state of the prefix read so far, at the first slice ending after each of `progress.atMs`.
   * Only early on: every report costs the prefix's article-level pass and diagnostics in one go,
   * which a long prefix makes long. Documents shorter than `progress.minLength` are only ever
   * reported complete.
   */
  onProgress: ((uri: string, state: DocumentState) => void) | undefined;
  /**
   * Edits whose attribution pass was skipped (attributionsKept), and steps of the pass's speaker loop
   * taken from the state saved before the edit rather than run (ResolveMemo).
   */
  readonly stats = { attributionPassesSkipped: 0, attributionStepsResumed: 0 };

  constructor(
    private readonly analyzer: Analyzer,
    private readonly slicer = new TimeSlicer(),
    private readonly progress = { atMs: [100, 200, 400, 800], minLength: 50_000 },
  ) {}

  /** The last state computed for `uri`, whatever its version. */
  get(uri: string): DocumentState | undefined {
    return this.entries.get(uri)?.state;
  }

  /** Forgets a document (closed, or disabled). */
  delete(uri: string): void {
    this.entries.delete(uri);
    this.snapshots.delete(uri);
    this.running.delete(uri);
    this.memos.delete(uri);
    this.searches.delete(uri);
    this.generations.set(uri, (this.generations.get(uri) ?? 0) + 1);
  }

  /** Forgets every document's state (settings changed); the analyzer's caches keep the work. */
  clear(): void {
    for (const uri of [...this.entries.keys(), ...this.snapshots.keys(), ...this.running.keys()]) this.delete(uri);
  }

  /**
   * The state of the document's current version. Resolves to the newest version when the document
   * changes while a long analysis runs, and to an empty state of version -1 when the document is
   * forgotten meanwhile; callers compare `state.version` with the version they want.
   */
  async analyse(document: TextDocument, kind: DocumentKind, options: AnalysisOptions): Promise<DocumentState> {
    for (;;) {
      const entry = this.entries.get(document.uri);
      if (entry && entry.state.version === document.version && entry.kind === kind && entry.threshold === options.claimThreshold) return entry.state;
      let run = this.running.get(document.uri);
      if (!run) {
        run = this.compute(document, kind, options);
        this.running.set(document.uri, run);
        const clear = () => {
          if (this.running.get(document.uri) === run) this.running.delete(document.uri);
        };
        run.then(clear, clear);
      }
      const state = await run;
      // The document was forgotten meanwhile (closed, or settings changed, which analyses it again):
      // an empty state of no version, which callers comparing versions drop, rather than a
      // whole analysis that nothing keeps.
      if (!state) return new VersionState(-1, '', new LineIndex(''), [], [], true);
      if (state.version === document.version) {
        const now = this.entries.get(document.uri);
        if (now && now.state === state && (now.kind !== kind || now.threshold !== options.claimThreshold)) continue;
        return state;
      }
    }
  }

  private async compute(document: TextDocument, kind: DocumentKind, options: AnalysisOptions): Promise<DocumentState | undefined> {
    const uri = document.uri;
    const generation = this.generations.get(uri) ?? 0;
    for (;;) {
      const version = document.version;
      const text = document.getText();
      const previous = this.snapshots.get(uri);
      const forgotten = () => (this.generations.get(uri) ?? 0) !== generation;
      const reuse = previous && previous.kind === kind ? previous : undefined;
      const lines = new DocumentLines(document, version, text);
      // A document read from scratch shows what is read so far; an edit is analysed in one go or
      // not at all, so its diagnostics never lose the chunks after the edit for a moment.
      const progress = reuse || !this.onProgress || text.length < this.progress.minLength ? undefined : (chunks: ChunkEntry[]) => this.onProgress?.(uri, this.state(version, text, lines, chunks, options, false));
      const rechunked = await this.rechunk(reuse, text, kind, (offset) => document.positionAt(offset).line, () => document.version !== version || forgotten(), progress);
      if (forgotten()) return undefined;
      // The document changed while the analysis yielded: go again from the newest text (the chunks
      // analysed so far are in the analyzer's cache).
      if (!rechunked) continue;
      const { chunks, edit } = rechunked;
      const before = this.entries.get(uri)?.state;
      this.snapshots.set(uri, { version, text, kind, chunks });
      const unchanged = edit && reuse && before && before.complete && before.version === reuse.version ? attributionsKept(reuse.text, text, edit, before.attributions) : undefined;
      // Opening a long article leaves every chunk's findings to make: made here in slices, so that
      // the state below only gathers them and other documents' requests are answered meanwhile.
      const context = await this.prepareFindings(text, chunks, options, () => document.version !== version || forgotten());
      if (!context) {
        if (forgotten()) return undefined;
        continue;
      }
      let memo = this.memos.get(uri);
      if (!memo) this.memos.set(uri, (memo = new ResolveMemo()));
      let searches = this.searches.get(uri);
      if (!searches) this.searches.set(uri, (searches = new TextSearches()));
      const state = this.state(version, text, lines, chunks, options, true, unchanged, memo, context, searches);
      this.entries.set(uri, { state, kind, threshold: options.claimThreshold });
      return state;
    }
  }

  /**
   * Makes the findings `state` would make, in slices, and gives the article's date and currencies
   * they were made with (the currencies are read from every figure of the article: not made twice
   * per keystroke); undefined when `stale()` turned true meanwhile.
   */
  private async prepareFindings(text: string, chunks: ChunkEntry[], options: AnalysisOptions, stale: () => boolean): Promise<ArticleContext | undefined> {
    const threshold = options.claimThreshold;
    const analysed = chunks.filter((c) => !c.skip);
    const baseOf = basesFor(threshold);
    const date = articleDateOf(text, analysed, baseOf);
    const slice = this.slicer.start();
    // Every chunk's figures first: bare currency words take the currency the whole article names.
    // Loops by index: `for…of` with an await in its body makes an iterator result per chunk, which
    // V8 cannot leave out (0.3 MB a keystroke on the 1 MB article, with prepareDocumentDiagnostics').
    for (let i = 0; i < analysed.length; i++) {
      const chunk = analysed[i];
      baseOf(chunk);
      if (slice.due()) {
        await slice.yield();
        if (stale()) return undefined;
      }
    }
    const currencies = currencyContextFor(text, analysed, baseOf);
    // The key once, not once per chunk.
    const currencyKey = currencyContextKey(currencies);
    for (let i = 0; i < analysed.length; i++) {
      datedFindings(analysed[i], threshold, date, currencies, baseOf, currencyKey);
      if (slice.due()) {
        await slice.yield();
        if (stale()) return undefined;
      }
    }
    return { date, currencies };
  }

  /**
   * The state of one version from its chunks: each chunk's findings are reused while its text, the
   * claim threshold and the article's date are unchanged; attributions are resolved across the
   * article.
   */
  private state(
    version: number,
    text: string,
    lines: LineIndex,
    chunks: ChunkEntry[],
    options: AnalysisOptions,
    complete: boolean,
    kept?: (added: (chunk: ChunkEntry) => ChunkFindings) => Attribution[] | undefined,
    memo?: ResolveMemo,
    context?: ArticleContext,
    searches?: TextSearches,
  ): DocumentState {
    const threshold = options.claimThreshold;
    const analysed = chunks.filter((c) => !c.skip);
    const baseOf = basesFor(threshold);
    const date = context ? context.date : articleDateOf(text, analysed, baseOf);
    const currencies = context ? context.currencies : currencyContextFor(text, analysed, baseOf);
    const currencyKey = currencyContextKey(currencies);
    const placed: PlacedFindings[] = [];
    const unresolved: Attribution[] = [];
    const attributions = kept?.(baseOf);
    if (attributions) this.stats.attributionPassesSkipped++;
    for (const chunk of analysed) {
      const findings = datedFindings(chunk, threshold, date, currencies, baseOf, currencyKey);
      placed.push({ start: chunk.start, line: chunk.line, findings });
      if (!attributions) for (const a of findings.base.attributions) unresolved.push(shiftAttribution(a, chunk.start));
    }
    const resolved = attributions ?? resolveAttributions(text, unresolved, { owned: true, memo });
    if (!attributions && memo) this.stats.attributionStepsResumed += memo.resumed;
    return new VersionState(version, text, lines, placed, resolved, complete, searches);
  }

  /**
   * The chunks of `text`: re-split only from the chunk before the first one the change touches,
   * up to the first chunk after the change that lines up with a chunk of `previous`; the rest of
   * `previous` is reused, shifted. Undefined when `stale()` turned true while it yielded.
   */
  private async rechunk(
    previous: Snapshot | undefined,
    text: string,
    kind: DocumentKind,
    lineAt: (offset: number) => number,
    stale: () => boolean,
    progress?: (chunks: ChunkEntry[]) => void,
  ): Promise<Rechunked | undefined> {
    const old = previous?.chunks ?? [];
    const change = previous ? changedRange(previous.text, text) : { start: 0, oldEnd: 0, newEnd: text.length };
    if (previous && change.oldEnd === change.start && change.newEnd === change.start) return { chunks: old, edit: { change, removed: [], added: [], oldEnd: previous.text.length } };
    const delta = change.newEnd - change.oldEnd;
    // The first chunk that ends at or after the change, and one more before it: deleting the blank
    // line between two chunks joins them.
    let first = lowerBound(old, change.start);
    first = Math.max(0, first - 1);
    const restart = first === 0 || !previous ? 0 : old[first].start;
    const out = old.slice(0, first);
    let next = first;
    const slice = this.slicer.start();
    const started = performance.now();
    let reports = 0;
    for (const chunk of chunksFrom(text, kind, restart)) {
      if (chunk.start >= change.newEnd && previous) {
        const was = chunk.start - delta;
        while (next < old.length && old[next].start < was) next++;
        const match = old[next];
        if (match && match.start === was && match.end === chunk.end - delta && match.skip === chunk.skip) {
          const lineDelta = lineAt(chunk.start) - match.line;
          const edit = { change, removed: old.slice(first, next), added: out.slice(first), oldEnd: was };
          for (let i = next; i < old.length; i++) {
            const c = old[i];
            out.push(delta === 0 && lineDelta === 0 ? c : movedChunk(c, delta, lineDelta));
          }
          return { chunks: out, edit };
        }
      }
      out.push({ start: chunk.start, end: chunk.end, line: lineAt(chunk.start), skip: chunk.skip, blocks: chunk.skip ? [] : this.analyzer.chunk(text.slice(chunk.start, chunk.end), kind), findings: undefined });
      if (slice.due()) {
        await slice.yield();
        if (stale()) return undefined;
        const elapsed = performance.now() - started;
        if (progress && reports < this.progress.atMs.length && elapsed >= this.progress.atMs[reports]) {
          progress(out);
          while (reports < this.progress.atMs.length && elapsed >= this.progress.atMs[reports]) reports++;
        }
      }
    }
    return { chunks: out, edit: previous ? { change, removed: old.slice(first), added: out.slice(first), oldEnd: previous.text.length } : undefined };
  }
}

/** What every chunk's findings depend on (prepareFindings), for `state` to take rather than read again. */
interface ArticleContext {
  date: Date | null;
  currencies: CurrencyContext;
}

interface Rechunked {
  chunks: ChunkEntry[];
  /** What an edit replaced: the chunks of the previous version from the first one re-split up to `oldEnd` (where the reused chunks begin, in the previous text), and the chunks that took their place. */
  edit?: { change: ReturnType<typeof changedRange>; removed: ChunkEntry[]; added: ChunkEntry[]; oldEnd: number };
}

/** Characters that `spaceOrMarkers` in attributions/resolve.ts lets through between two quotations. */
const joinable = /^[\s>*_#]*$/;

/** Whether text[from, to), outside the given sources, has as a word the last word of a speaker's name, or a full name. */
function mentionsSpeaker(text: string, from: number, to: number, sources: Span[], resolved: Attribution[]): boolean {
  if (!resolved.length) return false;
  let region = text.slice(from, to);
  for (const s of sources) {
    if (s.end <= from || s.start >= to) continue;
    const a = Math.max(s.start, from) - from;
    const b = Math.min(s.end, to) - from;
    region = region.slice(0, a) + ' '.repeat(b - a) + region.slice(b);
  }
  if (!/\p{Lu}/u.test(region)) return false;
  // A new full name (two capitalised words in a row) may stand between an unnamed source and a "he"
  // that would otherwise be that source's (resolve.ts), whoever it names.
  if (/\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*/u.test(region)) return true;
  const words = new Set(region.match(/\p{Lu}[\p{L}'’-]*/gu));
  for (const a of resolved) {
    if (!a.speaker) continue;
    const last = a.speaker.slice(a.speaker.lastIndexOf(' ') + 1);
    if (words.has(last) || words.has(`${last}'s`) || words.has(`${last}’s`)) return true;
  }
  return false;
}

/**
 * resolve.ts gives "the researchers" (and "the scientists", ...) the research body named last within
 * `researchBodyReach` characters before them (`researchBodyBefore`), wherever it is written:
 * renaming "the University of Leeds" in a paragraph without attributions changes their organisation,
 * and so can moving the body in or out of reach. Whether such a source follows within reach of the
 * edit, and a body's noun stands within reach before its end, on either side of the edit: then the
 * pass runs. The words are resolve.ts's own (`studyPeople`, `researchBodyNouns`).
 */
const studySource = new RegExp(`\\b(?:${[...studyPeople].join('|')})\\b`, 'i');
const researchBodyNoun = new RegExp(`\\b(?:${researchBodyNouns.join('|')})\\b`);

/**
 * resolve.ts gives a description of an organisation ("the company said", "the ministry said") the
 * organisation of that kind named within `organisationNameReach` characters before it
 * (`organisationsNamedBefore`): typing "Nordvik Shipping" or "the Ministry of Agriculture" there
 * changes its speaker. Whether such a source follows the edit within reach and the edited text on
 * either side holds a capital: then the pass runs.
 */
function changesOrganisationName(before: string, after: string, change: { start: number; oldEnd: number; newEnd: number }, resolved: Attribution[]): boolean {
  const delta = change.newEnd - change.oldEnd;
  const reach = organisationNameReach + Math.abs(delta) + 200;
  const follows = resolved.some((a) => a.speakerKind === 'organisation' && a.source !== null && a.source.end > change.start && a.source.start < change.oldEnd + reach &&
    /^(?:the|a|an|its|their)\s/i.test(before.slice(a.source.start, a.source.end)));
  // The edited words, whole: typing "inistry" after "M" changes a name with no new capital.
  return follows && (/\p{Lu}/u.test(wordsAround(before, change.start, change.oldEnd)) || /\p{Lu}/u.test(wordsAround(after, change.start, change.newEnd)));
}

/**
 * resolve.ts reads organisations named before two more kinds of source: a person's description that
 * points back to an employer ("Ana Berg, the company's founder", "an analyst at the firm") takes the
 * one of that kind named within `organisationNameReach` (`organisationsNamedBefore`), and a plain
 * office in the plural ("the ministers") takes the holders named with their body within
 * `officeHoldersReach` ("NATO defence ministers", `officeHoldersBefore`). Typing such a name in a
 * paragraph without attributions changes them: whether such a source follows the edit within reach
 * and the edited words on either side hold a capital, as for `changesOrganisationName`.
 */
function changesDescribedEmployer(before: string, after: string, change: { start: number; oldEnd: number; newEnd: number }, resolved: Attribution[]): boolean {
  const delta = change.newEnd - change.oldEnd;
  const follows = resolved.some((a) => {
    if (a.source === null || a.source.end <= change.start) return false;
    const written = before.slice(a.source.start, a.source.end);
    const reach = (plainOffices.test(written) ? officeHoldersReach : describedEmployer(written) !== null ? organisationNameReach : -Infinity) + Math.abs(delta) + 200;
    return a.source.start < change.oldEnd + reach;
  });
  return follows && (/\p{Lu}/u.test(wordsAround(before, change.start, change.oldEnd)) || /\p{Lu}/u.test(wordsAround(after, change.start, change.newEnd)));
}

/**
 * resolve.ts gives a "he" or "she", and a description ("the 34-year-old", "the chancellor"), that no
 * one who spoke before stands for the subject of a sentence within `subjectReach` before it
 * (`subjectBefore`), who need be no speaker: a surname with an age or a description in commas ("Berg,
 * 59, joined", "Agassi, who has won the title four times, will have a scan"), which an edit makes or
 * unmakes with a comma alone. Whether such a source, its speaker none or met first there, follows the
 * edit within reach and the edited region on either side holds a capital: then the pass runs.
 */
function changesSubjectBefore(before: string, after: string, start: number, oldEnd: number, delta: number, resolved: Attribution[]): boolean {
  const reach = subjectReach + Math.abs(delta) + 200;
  // One pass, the speakers met so far in a set: this runs on every keystroke.
  const spoken = new Set<string>();
  let follows = false;
  for (const a of resolved) {
    if (a.source !== null && a.source.end > start && a.source.start < oldEnd + reach && /^(?:he|she)$|^the\s/i.test(before.slice(a.source.start, a.source.end)) &&
      !(a.speaker !== null && spoken.has(a.speaker))) {
      follows = true;
      break;
    }
    if (a.speaker !== null) spoken.add(a.speaker);
  }
  return follows && (/\p{Lu}/u.test(before.slice(start, oldEnd)) || /\p{Lu}/u.test(after.slice(start, oldEnd + delta)));
}

/** text[from, to) widened to the words it touches. */
function wordsAround(text: string, from: number, to: number): string {
  const word = /[\p{L}\p{N}'’&.-]/u;
  while (from > 0 && word.test(text[from - 1])) from--;
  while (to < text.length && word.test(text[to])) to++;
  return text.slice(from, to);
}

function changesResearchBody(before: string, after: string, start: number, oldEnd: number, delta: number, resolved: Attribution[]): boolean {
  // A body's name runs on past its noun ("of Leeds and Bradford") and starts before it: a margin on both sides.
  const reach = researchBodyReach + Math.abs(delta) + 200;
  const follows = resolved.some((a) => a.source !== null && a.source.end > start && a.source.start < oldEnd + reach && studySource.test(before.slice(a.source.start, a.source.end)));
  if (!follows) return false;
  return researchBodyNoun.test(before.slice(Math.max(0, start - reach), oldEnd + 200)) || researchBodyNoun.test(after.slice(Math.max(0, start - reach), oldEnd + delta + 200));
}

/**
 * The previous version's resolved attributions, moved past the edit, when the article-level pass
 * would give exactly them again; else undefined. That holds when the chunks the edit replaced had no
 * attributions and the new ones have none, and the pass reads nothing in between that the edit
 * changed: each attribution's own spans lie outside the edit; the text between two quotations
 * (whether they join across paragraphs) spans the whole edited region and holds words before and
 * after the edit, so it never joins them; and the few characters before a quotation that follow the
 * region are not part of the edit. A quotation opening the next paragraph can take the speaker of
 * the attribution before it when only punctuation stands between (`continueSpeakers`); an edit
 * changes that only at the paragraph's end, where the look-back before a quotation mark already
 * sends it to the pass. Keep this in step with what `resolve` reads.
 */
function attributionsKept(before: string, after: string, edit: NonNullable<Rechunked['edit']>, resolved: Attribution[]) {
  return (baseOf: (chunk: ChunkEntry) => ChunkFindings): Attribution[] | undefined => {
    const { change, oldEnd } = edit;
    let { removed, added } = edit;
    // The chunk before the edit is split again (an edit can join it to the next); unchanged, it is not part of the edit.
    while (removed.length && added.length && removed[0].start === added[0].start && removed[0].end === added[0].end && removed[0].blocks === added[0].blocks) {
      removed = removed.slice(1);
      added = added.slice(1);
    }
    const none = [...removed, ...added].every((c) => c.skip || baseOf(c).attributions.length === 0);
    const same = none ? undefined : sameReportedSpeech(before, after, change, removed, added, baseOf);
    if (!none && !same) return undefined;
    const start = Math.min(removed[0]?.start ?? change.start, added[0]?.start ?? change.start, change.start);
    const delta = change.newEnd - change.oldEnd;
    // A quotation mark just after the region looks back for "so-called" into the edit.
    if (change.oldEnd > oldEnd - soCalledLookback && /["\u201c\u00ab]/.test(before.slice(oldEnd, change.oldEnd + soCalledLookback))) return undefined;
    if (joinable.test(before.slice(start, oldEnd)) || joinable.test(after.slice(start, oldEnd + delta))) return undefined;
    if (changesResearchBody(before, after, start, oldEnd, delta, resolved) || changesOrganisationName(before, after, change, resolved)) return undefined;
    if (changesDescribedEmployer(before, after, change, resolved)) return undefined;
    if (changesSubjectBefore(before, after, start, oldEnd, delta, resolved)) return undefined;
    // resolve.ts reads a speaker's name elsewhere in the text: a full name before a surname ("Samuel
    // Kiprono won" for "Kiprono said"), or signs of a company's name ("Shares in Tesco"). An edit
    // that has a speaker's surname on either side is sent to the pass.
    // The speakers' own sources in the region are left out: they are the same on both sides.
    const sources = resolved.flatMap((a) => (a.source ? [a.source] : []));
    const movedSources = sources.map((s) => (s.start >= change.oldEnd ? { start: s.start + delta, end: s.end + delta } : s));
    if (mentionsSpeaker(before, start, oldEnd, sources, resolved) || mentionsSpeaker(after, start, oldEnd + delta, movedSources, resolved)) return undefined;
    if (delta === 0 && !same) return resolved;
    const move = (span: Span): Span => (span.start >= change.oldEnd ? { start: span.start + delta, end: span.end + delta } : span);
    const moved = (a: Attribution): Attribution => {
      if (delta === 0) return a;
      const m: Attribution = { ...a, cue: move(a.cue), source: a.source && move(a.source), content: move(a.content) };
      if (a.quotes) m.quotes = a.quotes.map(move);
      return m;
    };
    if (!same) return resolved.map(moved);
    // The edited chunk's attributions are together in the resolved list (it follows document order).
    const first = resolved.findIndex((a) => a.content.start >= same.chunk.start && a.content.start < same.chunk.end);
    const count = same.attributions.length;
    if (first < 0 || resolved.slice(first, first + count).some((a) => a.content.start < same.chunk.start || a.content.start >= same.chunk.end)) return undefined;
    if (first + count < resolved.length && resolved[first + count].content.start < same.chunk.end) return undefined;
    const renewed = same.attributions.map((n, i) => {
      const was = resolved[first + i];
      const made: Attribution = { ...shiftAttribution(n, same.chunk.start), speaker: was.speaker };
      if (was.role !== undefined) made.role = was.role;
      if (was.organisation !== undefined) made.organisation = was.organisation;
      if (was.anonymous) made.anonymous = true;
      if (was.surnameOnly) made.surnameOnly = true;
      if (was.speakerKind) made.speakerKind = was.speakerKind;
      return made;
    });
    return [...resolved.slice(0, first).map(moved), ...renewed, ...resolved.slice(first + count).map(moved)];
  };
}

/** The text between a report's cue and its content, on whichever side of the cue the content is. */
function between(text: string, at: number, a: Attribution): string {
  return a.content.start >= a.cue.end ? text.slice(at + a.cue.end, at + a.content.start) : text.slice(at + a.content.end, at + a.cue.start);
}

/** The punctuation right after `at` (a report's content end): what closes its sentence. */
function closingMarksAt(text: string, at: number): string {
  return /^[^\s\p{L}\p{N}]*/u.exec(text.slice(at, at + 8))![0];
}

/**
 * Typing inside a paragraph of reported speech ("Officials said more than …"): the one edited chunk
 * has, before and after, the same indirect attributions, with the same sources in the same order,
 * and the edit is clear of what `resolve` reads around each source (the "who" clause after it). The
 * article-level pass would then resolve every attribution as before: it reads a paragraph's indirect
 * attributions only through their sources' text and order (quotations joined across paragraphs and
 * quoted parts concern the others). Gives the edited chunk (old offsets) and its new attributions.
 */
function sameReportedSpeech(
  before: string,
  after: string,
  change: ReturnType<typeof changedRange>,
  removed: ChunkEntry[],
  added: ChunkEntry[],
  baseOf: (chunk: ChunkEntry) => ChunkFindings,
): { chunk: ChunkEntry; attributions: Attribution[] } | undefined {
  if (removed.length !== 1 || added.length !== 1 || removed[0].skip || added[0].skip || removed[0].start !== added[0].start) return undefined;
  const at = removed[0].start;
  const olds = baseOf(removed[0]).attributions;
  const news = baseOf(added[0]).attributions;
  if (olds.length !== news.length || olds.length === 0) return undefined;
  for (let i = 0; i < olds.length; i++) {
    const o = olds[i];
    const n = news[i];
    if (o.type !== 'indirect' || n.type !== 'indirect' || o.cue.start === o.cue.end || n.cue.start === n.cue.end) return undefined;
    if (!o.source || !n.source || o.quotes || n.quotes) return undefined;
    const source = before.slice(at + o.source.start, at + o.source.end);
    if (source !== after.slice(at + n.source.start, at + n.source.end)) return undefined;
    // resolve.ts reads a "who" clause after a source without a comma when a comma follows it.
    const readsClause = !source.includes(',') && (before.charCodeAt(at + o.source.end) === 44 || after.charCodeAt(at + n.source.end) === 44);
    // The edit lies before what resolve.ts reads before the source (the noun phrase a "who" stands for,
    // "Defending," before a name), or after the source and past what it reads there.
    // "it" reads further back: the body named and described that opens the sentence before it.
    const lookback = source === 'it' || source === 'It' ? itSubjectReach : sourceLookback;
    if (change.oldEnd > at + o.source.start - lookback && change.start < at + o.source.end + (readsClause ? personClauseReach : 0)) return undefined;
    // resolve.ts reads the words after a report up to the next one ("He said" after "early.." is
    // read past an ellipsis, after "early." past a full stop): an edit that moves the content's end
    // against its sentence's closing punctuation changes that.
    if (closingMarksAt(before, at + o.content.end) !== closingMarksAt(after, at + n.content.end)) return undefined;
    // Nor may the words between the cue and its content change ("said on Monday that" became "said
    // onday that", whose content starts at "onday"): the pass reads the speaker's pronouns there.
    if (between(before, at, o) !== between(after, at, n)) return undefined;
  }
  // The same order by source, so that the same people are met in the same order.
  const order = (list: Attribution[]) => list.map((_, i) => i).sort((x, y) => list[x].source!.start - list[y].source!.start || x - y).join();
  if (order(olds) !== order(news)) return undefined;
  // A quotation opening the next paragraph takes the speaker of the last report when only punctuation
  // (or a closing "who" clause) follows it to the paragraph's end; an edit that moves where the report
  // ends ("said 300 troops left." split by a line break into "said 3") changes that, and so does one
  // that changes which report that is: continueSpeakers goes on from the last report not nested in
  // the one before it, and an edit may nest a report in another or free it.
  const reachesOn = (text: string, list: Attribution[], chunk: ChunkEntry) => {
    const last = lastOuterReport([...list].sort((x, y) => x.content.start - y.content.start))!;
    return `${list.indexOf(last)} ${reportReachesOn(text, at + Math.max(last.content.end, last.cue.end, last.source!.end), chunk.end)}`;
  };
  if (reachesOn(before, olds, removed[0]) !== reachesOn(after, news, added[0])) return undefined;
  return { chunk: removed[0], attributions: news };
}

/** Each chunk's findings before the article-level passes: kept ones, or made once per call of `basesFor`. */
function basesFor(threshold: number): (chunk: ChunkEntry) => ChunkFindings {
  const bases = new Map<ChunkEntry, ChunkFindings>();
  return (chunk) => {
    if (chunk.findings && chunk.findings.threshold === threshold) return chunk.findings.base;
    let base = bases.get(chunk);
    if (!base) bases.set(chunk, (base = chunkFindings(chunk.blocks, { claimThreshold: threshold })));
    return base;
  };
}

/** The article's date, from front matter or from a full date near the top (articleDate). */
function articleDateOf(text: string, analysed: ChunkEntry[], baseOf: (chunk: ChunkEntry) => ChunkFindings): Date | null {
  const opening: Figure[] = [];
  for (const chunk of analysed) {
    if (chunk.start > datelineReach) break;
    for (const f of baseOf(chunk).figures) opening.push(shiftFigure(f, chunk.start));
  }
  return articleDate(text, opening);
}

/** The currencies the whole article names for bare currency words (currencyContext.ts). */
function currencyContextFor(text: string, analysed: ChunkEntry[], baseOf: (chunk: ChunkEntry) => ChunkFindings): CurrencyContext {
  // Each chunk's evidence is kept with its findings, so a keystroke reads the figures of the chunks it changed only.
  const parts: CurrencyEvidence[] = [];
  for (const chunk of analysed) {
    const base = baseOf(chunk);
    let part = currencyEvidence.get(base);
    if (!part) currencyEvidence.set(base, (part = currencyEvidenceOf(base.figures)));
    parts.push(part);
  }
  return currencyContextFrom(parts, text.slice(0, currencyOpeningReach));
}

/** Each chunk's currency evidence, by its findings (which are never changed once made). */
const currencyEvidence = new WeakMap<ChunkFindings, CurrencyEvidence>();

/**
 * The chunk's findings with relative dates resolved against `date` and bare currencies named by
 * `currencies`: kept while nothing they depend on changed.
 */
function datedFindings(
  chunk: ChunkEntry,
  threshold: number,
  date: Date | null,
  currencies: CurrencyContext,
  baseOf: (chunk: ChunkEntry) => ChunkFindings,
  currencyKey = currencyContextKey(currencies),
): DatedFindings {
  const anchor = date ? date.getTime() : null;
  let findings = chunk.findings;
  if (!findings || findings.threshold !== threshold || findings.anchor !== anchor || findings.currencyKey !== currencyKey) {
    const base = baseOf(chunk);
    const figures = applyCurrencyContext(currencies, resolveDatesFrom(date, base.figures.map((f) => ({ ...f }))));
    findings = { threshold, anchor, currencyKey, base, figures };
    chunk.findings = findings;
  }
  return findings;
}

/** Figures this far into the text can be the dateline that dates the article (articleDate). */
const datelineReach = 400;

class VersionState implements DocumentState {
  private built: Analysis | undefined;

  constructor(
    readonly version: number,
    readonly text: string,
    readonly lines: LineIndex,
    readonly chunks: readonly PlacedFindings[],
    readonly attributions: Attribution[],
    readonly complete: boolean,
    readonly searches?: TextSearches,
  ) {}

  get analysis(): Analysis {
    if (!this.built) {
      const analysis: Analysis = { figures: [], attributions: this.attributions, claims: [] };
      for (const { start, findings } of this.chunks) {
        for (const f of findings.figures) analysis.figures.push(shiftFigure(f, start));
        for (const c of findings.base.claims) analysis.claims.push(shiftClaim(c, start));
      }
      this.built = analysis;
    }
    return this.built;
  }
}

/**
 * A chunk moved by `delta` characters and `lineDelta` lines, with its blocks and findings. Its fields
 * are copied one by one, so every entry has one shape: a spread over entries of several shapes took
 * 1.5 ms per keystroke on the 1 MB article, where some 1,300 chunks follow the edit.
 */
function movedChunk(c: ChunkEntry, delta: number, lineDelta: number): ChunkEntry {
  return { start: c.start + delta, end: c.end + delta, line: c.line + lineDelta, skip: c.skip, blocks: c.blocks, findings: c.findings };
}

/** The first index whose chunk ends at or after `offset`. */
function lowerBound(chunks: ChunkEntry[], offset: number): number {
  let low = 0;
  let high = chunks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (chunks[mid].end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Positions for one version of a document: the document's own line offsets while it is still at
 * that version (vscode-languageserver-textdocument keeps them up to date edit by edit), a line index
 * of the version's text, built when first needed, after it has moved on.
 */
class DocumentLines extends LineIndex {
  private own: LineIndex | undefined;

  constructor(
    private readonly document: TextDocument,
    private readonly version: number,
    private readonly snapshot: string,
  ) {
    super('');
  }

  private fallback(): LineIndex | undefined {
    if (this.document.version === this.version) return undefined;
    this.own ??= new LineIndex(this.snapshot);
    return this.own;
  }

  override positionAt(offset: number): Position {
    return this.fallback()?.positionAt(offset) ?? this.document.positionAt(offset);
  }

  override offsetAt(position: Position): number {
    return this.fallback()?.offsetAt(position) ?? this.document.offsetAt(position);
  }
}
