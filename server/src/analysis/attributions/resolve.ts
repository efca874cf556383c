import type { Attribution, Span } from '../types.js';
import { detached } from '../detached.js';
import { changedRange, type TextChange } from '../textChange.js';
import { addressPronoun, anonymousHeads, listMarkers, titles } from './lexicon.js';
import { isBodyHead, isCountryName, isDepartmentSecretary, isFormalOffice, isOrganisationNoun, isPersonNoun, isPublicationName, isTitle, onlyShortTitles, openingTitleNoun, organisationNouns, parseSource, roleWords, type SourceInfo } from './source.js';

/** A speaker met in the article: the first full mention, then what later mentions add. */
interface Person {
  name: string;
  /** How many words `name` has. */
  words: number;
  /** Its place among the people met, in order of first mention. */
  rank: number;
  role: string | null;
  organisation: string | null;
  roleWords: Set<string>;
  /** An organisation speaking ("the Kremlin"), which "he" or "she" cannot refer to. */
  organisationOnly: boolean;
  /** Named once with a title of address or rank ("Mr Lind", "Gen Kalns"): a person. */
  addressed: boolean;
  /** The nationality a later mention called the person by ("dutchman" for "the Dutchman said"), once one has. */
  nationality?: string;
  /** Named with a title right before the surname ("Mr. Reed said"), as `surnameOnly` needs. */
  titled: boolean;
  /**
   * "he" or "she" as a title of address says ("Mr", "Ms", "Dame"); null when none was written;
   * undefined until a pronoun needs it (see `pronounOf`).
   */
  pronoun: 'he' | 'she' | null | undefined;
  /** Where the person's first attribution's source starts, around which the title is looked for. */
  firstAt: number;
  /** The place of the person's last attribution among those met, in order, and where its source ends. */
  lastSeen: number;
  lastSourceEnd: number;
}

/**
 * Parsed sources by their text. The language server resolves the whole article again after every
 * keystroke, when all but a few sources are ones it has parsed before. Bounded by clearing.
 */
const parsedSources = new Map<string, SourceInfo>();

function parseSourceOnce(text: string): SourceInfo {
  let info = parsedSources.get(text);
  if (!info) {
    if (parsedSources.size >= 50_000) parsedSources.clear();
    // The source's text is cut from the article, and the parsed parts are cut from it in turn.
    const own = detached(text);
    info = parseSource(own);
    parsedSources.set(own, info);
  }
  return info;
}

/** The words of each parsed source's role, made once: the article is resolved again on every keystroke. */
const roleWordsByInfo = new WeakMap<SourceInfo, string[]>();

function roleWordsOf(info: SourceInfo): string[] {
  let list = roleWordsByInfo.get(info);
  if (!list) roleWordsByInfo.set(info, (list = roleWords(info.role)));
  return list;
}

/**
 * The words of a first mention's role that name the person's office, up to where it names an employer
 * or what the person heads ("head of giant ship maker Nordvik Yards" is no "maker").
 */
function officeWords(role: string): string[] {
  const link = /\s(?:of|at|for|from|with|in)\s/.exec(role);
  return roleWords(link ? role.slice(0, link.index) : role);
}

/** A name's last word, lower-cased (the key later mentions are matched by), and its number of words. */
const namesSeen = new Map<string, { lastName: string; words: number }>();

function nameOf(name: string): { lastName: string; words: number } {
  let seen = namesSeen.get(name);
  if (!seen) {
    if (namesSeen.size >= 50_000) namesSeen.clear();
    const parts = name.split(' ');
    // "van der Meulen", "de Sousa Carvalho": a name that opens with a particle is a surname, one word.
    seen = { lastName: parts[parts.length - 1].toLowerCase(), words: /^\p{Ll}/u.test(parts[0]) ? 1 : parts.length };
    namesSeen.set(name, seen);
  }
  return seen;
}

/**
 * What one run of the pass over a document read from the text around a position, kept for the next
 * run over the same document: the language server runs the pass on every keystroke, and the search
 * for a person's title of address (`addressNear`, 40,000 characters around the first mention) and
 * for a full name before a surname (`fullNameBefore`, 20,000 before it) were most of its time on a
 * long article. A result is reused only when every character the search can read (its window, given
 * with the result) lies on one side of what changed since the last run, so it reads the same text at
 * the same distance from its position; its position then moves with the text.
 */
export class ResolveMemo {
  private text: string | undefined;
  private change: TextChange | undefined;
  private previous = new Map<string, unknown>();
  private current = new Map<string, unknown>();
  /** The end of the furthest window `recall` was given in this run (and in the steps it resumed). */
  private reached = 0;
  /** The speaker loop's state before some step, saved by an earlier run for later ones to resume from. */
  private saved: SavedLoop | undefined;
  /** How many of the loop's steps the last run took from a saved state rather than ran. */
  resumed = 0;
  /** What the steps from a point past the edits on gave in the last run that ran them (see `LoopTail`). */
  private tail: LoopTail | undefined;
  /** Whether this run is past the step at which it records its tail, and the lowest offset its tail's steps read. */
  private tailing = false;
  private low = Infinity;
  /** The tail's reads further back than `low` that read only around a word (`recall`'s `word`): word, from, to, at, fixedFrom (1 or 0), ... */
  private sparse: Array<string | number> = [];
  /** `recall`'s results in this run's tail, by the place in this run's text. */
  private tailEntries = new Map<string, unknown>();
  /** How many of the loop's steps the last run took from the tail of an earlier one rather than ran. */
  converged = 0;
  /**
   * A state saved a few thousand characters before the edit (`nearGap`), which holds while the change
   * lies past what its steps read but for the reads around a word (`recall`'s `word`: a person's
   * title of address 20,000 characters around the first mention), which it keeps to check the change
   * against (`clearOfWords`). `saved`, further back, holds without them.
   */
  private near: NearLoop | undefined;
  /** The end of the furthest window `recall` was given in this run but for the reads around a word, and those reads. */
  private reachedDense = 0;
  private reads: Array<string | number> = [];

  /** Starts a run over `text`: results of the last run are kept for `recall` in this one only. */
  begin(text: string): void {
    const before = this.text;
    this.change = before === undefined ? undefined : before === text ? { start: text.length, oldEnd: text.length, newEnd: text.length } : changedRange(before, text);
    this.text = text;
    this.previous = this.current;
    this.current = new Map();
    this.reached = 0;
    this.reachedDense = 0;
    this.reads = [];
    this.resumed = 0;
    this.converged = 0;
    this.tailing = false;
    this.low = Infinity;
    this.sparse = [];
    this.tailEntries = new Map();
    // A saved state holds while every change since it was saved lies past the text its steps read.
    if (this.saved && (this.change === undefined || this.change.start < this.saved.horizon)) this.saved = undefined;
    const near = this.near;
    if (near && (this.change === undefined || this.change.start < near.horizon || !clearOfWords(near.sparse, before!, text, this.change))) this.near = undefined;
    else if (near && this.change) {
      // The reads around a word may reach past the change: their ends there move with the text.
      const { oldEnd, newEnd } = this.change;
      const moved = (p: number) => (p >= oldEnd ? p + newEnd - oldEnd : p);
      this.near = { ...near, sparse: near.sparse.map((x, i) => (i % 5 === 0 || i % 5 === 4 ? x : moved(x as number))), reachedAll: moved(near.reachedAll) };
    }
    // A tail holds while every change since it was recorded lies before the text its steps read.
    if (this.tail && (this.change === undefined || this.change.oldEnd > this.tail.low || !clearOfWords(this.tail.sparse, before!, text, this.change))) this.tail = undefined;
    this.lookup = this.tail;
    this.recording = undefined;
  }

  /** The last run's tail, whose `recall` results this run may take. */
  private lookup: LoopTail | undefined;

  /**
   * The step at which this run either takes up the last run's tail (when its state there is the one
   * the tail started from) or, failing that, records its own: the tail's step while the last tail
   * holds, else the first step whose source lies `tailGap` past the edit; -1 for none.
   */
  tailStep(n: number, order: number[], at: Float64Array): number {
    const change = this.change;
    if (change === undefined || change.oldEnd === change.newEnd && change.start === change.oldEnd) return -1;
    if (this.tail && this.tail.n === n) return this.tail.steps;
    const after = change.newEnd + tailReach + tailGap;
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (at[order[mid]] < after) low = mid + 1;
      else high = mid;
    }
    return low < n ? low : -1;
  }

  /**
   * At the tail's step: when the last run's tail starts from this state (the same, its offsets moved
   * by the edit) and with the same attributions as the finder makes them, gives the tail's steps
   * their fields and every step's attribution its person as that run left it, and says so; else
   * starts recording this run's tail from here (a copy of the state).
   */
  takeTail(state: LoopState, out: Attribution[], order: number[], personOf: Array<Person | null>): boolean {
    const tail = this.tail;
    const change = this.change!;
    const delta = change.newEnd - change.oldEnd;
    if (tail && tail.steps === state.seen && order.length - tail.steps === tail.types.length && sameLoop(state, tail.state, change) && sameSteps(tail, out, order, tail.steps, tail.shift + delta)) {
      const { steps, fields, personOf: ranks, final } = tail;
      for (let k = steps; k < order.length; k++) {
        const index = order[k];
        const set = fields[k - steps];
        if (set) for (let f = 0; f < set.length; f += 2) (out[index] as unknown as Record<string, unknown>)[set[f] as string] = set[f + 1];
        const rank = ranks[k - steps];
        personOf[index] = rank < 0 ? null : final[rank];
      }
      for (let k = 0; k < steps; k++) {
        const person = personOf[order[k]];
        if (person) personOf[order[k]] = final[person.rank];
      }
      // The state is not changed after this step, so it stands for itself in the next run.
      const moved = (p: number) => (p <= change.start ? p : p + delta);
      const sparse = tail.sparse.map((x, i) => (i % 5 === 0 || i % 5 === 4 ? x : moved(x as number)));
      this.tail = { ...tail, state, shift: tail.shift + delta, low: tail.low + delta, sparse };
      this.converged = order.length - steps;
      this.lookup = undefined;
      return true;
    }
    this.tail = undefined;
    const copy = emptyLoop();
    copyLoop(state, copy);
    this.tailing = true;
    // The steps from here on read back at most `tailReach` from their sources, and further only through `recall`.
    const a = out[order[state.seen]];
    this.low = (a.source ? a.source.start : a.content.start) - tailReach;
    this.recording = { steps: state.seen, state: copy };
    return false;
  }

  /** The state at which this run started recording its tail, until `endTail`. */
  private recording: { steps: number; state: LoopState } | undefined;

  /** After the loop of a run that recorded a tail: what its steps set on each attribution and their people. */
  endTail(out: Attribution[], order: number[], personOf: Array<Person | null>, people: Person[]): void {
    const recording = this.recording;
    this.recording = undefined;
    this.tailing = false;
    // The last run's tail is not read after the loop: not kept alive with this one's.
    this.lookup = undefined;
    if (!recording) return;
    const { steps } = recording;
    const recorded = recordSteps(out, order, steps, order.length, (person) => person?.rank ?? -1, personOf);
    this.tail = { steps, n: order.length, state: recording.state, ...recorded, final: people, low: this.low, sparse: this.sparse, shift: 0, entries: this.tailEntries };
  }

  /**
   * Restores into `into` (empty) the loop's state saved before step `saved.steps`, when the run's first
   * steps (`order`) are the saved run's, with inputs as the finder makes them; the restored steps'
   * attributions get what those steps gave them and `personOf` their people. Gives the steps restored.
   */
  resume(out: Attribution[], order: number[], personOf: Array<Person | null>, into: LoopState): number {
    const near = this.near;
    if (near && order.length >= near.steps && sameSteps(near, out, order, 0, 0)) {
      this.restore(near, out, order, personOf, into);
      this.reached = near.reachedAll;
      this.reads = near.sparse.slice();
      return near.steps;
    }
    this.near = undefined;
    const saved = this.saved;
    if (!saved) return 0;
    const { steps } = saved;
    if (order.length < steps || !sameSteps(saved, out, order, 0, 0)) {
      this.saved = undefined;
      return 0;
    }
    this.restore(saved, out, order, personOf, into);
    this.reached = saved.horizon;
    return steps;
  }

  /** The saved state into `into`, and what its steps gave their attributions. */
  private restore(saved: SavedLoop, out: Attribution[], order: number[], personOf: Array<Person | null>, into: LoopState): void {
    const { steps } = saved;
    copyLoop(saved.state, into);
    for (let k = 0; k < steps; k++) {
      const index = order[k];
      const fields = saved.fields[k];
      if (fields) for (let f = 0; f < fields.length; f += 2) (out[index] as unknown as Record<string, unknown>)[fields[f] as string] = fields[f + 1];
      const person = saved.personOf[k];
      personOf[index] = person < 0 ? null : into.people[person];
    }
    this.reachedDense = saved.horizon;
    this.resumed = steps;
  }

  /**
   * The step before which this run saves the loop's state (`save`), or -1: the first step whose
   * source lies within `saveGap` before the change, so that the next keystroke nearby resumes there;
   * none while the state saved is as far on, give or take `resaveSteps`.
   */
  saveStep(out: Attribution[], order: number[], at: Float64Array, gap = saveGap): number {
    if (this.change === undefined) return -1;
    const before = this.change.start - gap;
    let low = 0;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (at[order[mid]] < before) low = mid + 1;
      else high = mid;
    }
    const kept = gap === saveGap ? this.saved : this.near;
    if (low === 0 || low < this.resumed || (kept && low < kept.steps + resaveSteps)) return -1;
    // The steps restored in this run were as the finder made them (resume), and have their fields now.
    for (let k = this.resumed; k < low; k++) if (!plain(out[order[k]])) return -1;
    return low;
  }

  /** Saves a copy of the loop's state before step `state.seen`, with what the steps before it gave each attribution. */
  save(state: LoopState, out: Attribution[], order: number[], personOf: Array<Person | null>, near = false): void {
    const steps = state.seen;
    const copy = emptyLoop();
    copyLoop(state, copy);
    const rankOf = new Map<Person, number>();
    for (let i = 0; i < state.people.length; i++) rankOf.set(state.people[i], i);
    const recorded = recordSteps(out, order, 0, steps, (person) => (person ? rankOf.get(person)! : -1), personOf);
    let end = 0;
    for (let k = 0; k < steps; k++) {
      const a = out[order[k]];
      if (a.source && a.source.end > end) end = a.source.end;
    }
    if (!near) {
      this.saved = { steps, horizon: Math.max(this.reached, end + forwardReach), state: copy, ...recorded };
      return;
    }
    const horizon = Math.max(this.reachedDense, end + forwardReach);
    // A read around a word that ends before the horizon is past any change the state holds for.
    const sparse: Array<string | number> = [];
    for (let i = 0; i < this.reads.length; i += 5) if ((this.reads[i + 2] as number) + sparseReach > horizon) sparse.push(...this.reads.slice(i, i + 5));
    this.near = { steps, horizon, state: copy, ...recorded, sparse, reachedAll: this.reached };
  }

  /**
   * `compute()`, or its result in the last run when it read the same text: `key` says what was
   * searched for (not where), `at` is the position, `[from, to)` every offset `compute` may read,
   * unclamped (a window cut at the text's start moves with no position). `word`: `compute` reads the
   * window only within `sparseReach` of where `word` occurs, apart from `tailReach` before `at`;
   * `fixedFrom`: the window starts at a place in the text (a speaker's last words), not at a distance from `at`.
   */
  recall<T>(key: string, at: number, from: number, to: number, compute: () => T, word?: string, fixedFrom = false): T {
    if (to > this.reached) this.reached = to;
    if (word !== undefined) this.reads.push(word, from, to, at, fixedFrom ? 1 : 0);
    else if (to > this.reachedDense) this.reachedDense = to;
    if (this.tailing && from < this.low) {
      if (word === undefined) this.low = from;
      else this.sparse.push(word, from, to, at, fixedFrom ? 1 : 0);
    }
    const into = this.tailing ? this.tailEntries : this.current;
    const change = this.change;
    let was = -1;
    if (change !== undefined) {
      if (to <= change.start) was = at;
      else if (from >= change.newEnd) was = at - (change.newEnd - change.oldEnd);
    }
    if (was >= 0) {
      let found = this.previous.get(`${key}\u0000${was}`);
      // The last run took it from a tail, where the text it reads is that tail's run's, moved.
      const lookup = this.lookup;
      if (found === undefined && lookup && from - (at - was) >= lookup.low) found = lookup.entries.get(`${key}\u0000${was - lookup.shift}`);
      if (found !== undefined) {
        into.set(`${key}\u0000${at}`, found);
        return (found === none ? null : found) as T;
      }
    }
    const value = compute();
    into.set(`${key}\u0000${at}`, value === null ? none : value);
    return value;
  }
}

/** Stands for a null result in `ResolveMemo`'s maps, whose missing entries are undefined. */
const none = {};

/** The memo of the current run, or one that keeps nothing (a call without `memo`). */
class NoMemo extends ResolveMemo {
  override begin(): void {}

  override recall<T>(_key: string, _at: number, _from: number, _to: number, compute: () => T): T {
    return compute();
  }

  override resume(): number {
    return 0;
  }

  override saveStep(): number {
    return -1;
  }

  override tailStep(): number {
    return -1;
  }
}
const noMemo = new NoMemo();

/** An attribution with a source, as the speaker loop reads it. */
type Sourced = Attribution & { source: Span };

/**
 * The state the speaker loop of `resolve` carries from one attribution to the next. Saved before a
 * step, with the text every earlier step read unchanged since and the same earlier steps, it lets a
 * later run start at that step: the language server's keystroke in a long article then goes through
 * the attributions from shortly before the edit on, not from the top.
 */
interface LoopState {
  people: Person[];
  bodies: Person[];
  byLastName: Map<string, Person>;
  byFirstName: Map<string, Person>;
  recentPeople: Person[];
  latestWithRole: Map<string, Person>;
  lastSpeaker: Person | null;
  lastOrganisation: Person | null;
  lastOrganisationSeen: number;
  lastSpeakerSeen: number;
  lastGroup: { role: string | null; organisation: string | null; anonymous: boolean; seen: number } | null;
  lastBody: { role: string; seen: number } | null;
  lastUnnamed: UnnamedSource | null;
  lastEmployer: { name: string; seen: number } | null;
  seen: number;
}

/** Steps of the loop in a row: their attributions as the finder made them, and what the loop gave them. */
interface RecordedSteps {
  /** Each step's cue, source (-1 for none) and content: start and end. */
  spans: Int32Array;
  types: Attribution['type'][];
  /** Each step's fields set by the loop, as name, value, name, value, ...; null for none. */
  fields: Array<unknown[] | null>;
  /** Each step's person, by place among the people met (`Person.rank`); -1 for none. */
  personOf: Int32Array;
}

interface SavedLoop extends RecordedSteps {
  /** How many steps (attributions in the loop's order) ran before the state was saved. */
  steps: number;
  /** Past this offset no step before the state read the text (`forwardReach`, `recall`'s windows). */
  horizon: number;
  state: LoopState;
}

/** A state saved near the edit (ResolveMemo.near): `horizon` leaves out the reads around a word, which `sparse` lists. */
interface NearLoop extends SavedLoop {
  /** word, from, to, at, fixedFrom, ... (see `clearOfWords`), in the last run's offsets. */
  sparse: Array<string | number>;
  /** The end of the furthest window of any read before the state, for a run resumed from it. */
  reachedAll: number;
}

/**
 * What the speaker loop's steps from one step on gave in the run that ran them: a later run whose
 * state at that step is the same (its offsets moved by the edits since) and whose attributions from
 * there on are the same, with no edit since in the text those steps read, would give the same again.
 * Offsets are the recording run's plus `shift`; `low` is in the last run's text.
 */
interface LoopTail extends RecordedSteps {
  /** The step at which the tail starts, and how many steps the run had. */
  steps: number;
  n: number;
  /** The loop's state before `steps`, in the last run's offsets. */
  state: LoopState;
  /** The run's people as its loop left them, by rank (the tail's `personOf`). */
  final: Person[];
  /** The lowest offset the tail's steps read, but for `sparse`. */
  low: number;
  /** Reads further back, each only around a word: word, from, to, at, fixedFrom, ... (in the last run's offsets; see `clearOfWords`). */
  sparse: Array<string | number>;
  shift: number;
  /** `recall`'s results in the tail's steps, by place in the recording run's text. */
  entries: Map<string, unknown>;
}


/** Steps `[from, to)`: their attributions as the finder made them, what the loop set on them and their people (`rank`). */
function recordSteps(out: Attribution[], order: number[], from: number, to: number, rank: (person: Person | null) => number, personOf: Array<Person | null>): RecordedSteps {
  const spans = new Int32Array(6 * (to - from));
  const types: Attribution['type'][] = [];
  const fields: Array<unknown[] | null> = [];
  const people = new Int32Array(to - from);
  for (let k = from; k < to; k++) {
    const a = out[order[k]];
    const j = 6 * (k - from);
    spans[j] = a.cue.start;
    spans[j + 1] = a.cue.end;
    spans[j + 2] = a.source ? a.source.start : -1;
    spans[j + 3] = a.source ? a.source.end : -1;
    spans[j + 4] = a.content.start;
    spans[j + 5] = a.content.end;
    types.push(a.type);
    // What the step set, in the order it set it (the finder's fields come first).
    let set: unknown[] | null = null;
    for (const key of Object.keys(a)) if (!finderFields.has(key)) (set ??= []).push(key, (a as unknown as Record<string, unknown>)[key]);
    fields.push(set);
    people[k - from] = rank(personOf[order[k]]);
  }
  return { spans, types, fields, personOf: people };
}

/** Whether the steps from `from` on get the attributions `recorded` had, as the finder makes them, moved by `shift`. */
function sameSteps(recorded: RecordedSteps, out: Attribution[], order: number[], from: number, shift: number): boolean {
  const { spans, types } = recorded;
  for (let k = 0; k < types.length; k++) {
    const a = out[order[from + k]];
    const j = 6 * k;
    if (!plain(a) || a.type !== types[k] || a.cue.start !== spans[j] + shift || a.cue.end !== spans[j + 1] + shift || a.content.start !== spans[j + 4] + shift || a.content.end !== spans[j + 5] + shift) return false;
    if (a.source ? a.source.start !== spans[j + 2] + shift || a.source.end !== spans[j + 3] + shift : spans[j + 2] >= 0) return false;
  }
  return true;
}

/**
 * Whether the loop's state `now` is `was` (of the text before `change`), with offsets after the
 * change moved by it: the same people, in the same order, with the same fields, in the same places.
 */
function sameLoop(now: LoopState, was: LoopState, change: TextChange): boolean {
  const delta = change.newEnd - change.oldEnd;
  // An offset of the text before the change, in the text after it; NaN inside what changed.
  const moved = (p: number) => (p <= change.start ? p : p >= change.oldEnd ? p + delta : NaN);
  const samePerson = (p: Person | null, q: Person | null) => (p === null ? q === null : q !== null && p.rank === q.rank);
  const samePeople = (ps: Person[], qs: Person[]) => ps.length === qs.length && ps.every((p, i) => p.rank === qs[i].rank);
  const sameMap = (m: Map<string, Person>, w: Map<string, Person>) => {
    if (m.size !== w.size) return false;
    const other = w.entries();
    for (const [key, p] of m) {
      const [k, q] = other.next().value as [string, Person];
      if (key !== k || p.rank !== q.rank) return false;
    }
    return true;
  };
  if (now.seen !== was.seen || now.lastOrganisationSeen !== was.lastOrganisationSeen || now.lastSpeakerSeen !== was.lastSpeakerSeen) return false;
  if (now.people.length !== was.people.length) return false;
  for (let i = 0; i < now.people.length; i++) {
    const p = now.people[i];
    const q = was.people[i];
    if (p.name !== q.name || p.words !== q.words || p.rank !== q.rank || p.role !== q.role || p.organisation !== q.organisation || p.organisationOnly !== q.organisationOnly ||
      p.addressed !== q.addressed || p.nationality !== q.nationality || p.titled !== q.titled || p.pronoun !== q.pronoun || p.firstAt !== moved(q.firstAt) ||
      p.lastSeen !== q.lastSeen || p.lastSourceEnd !== moved(q.lastSourceEnd) || p.roleWords.size !== q.roleWords.size) return false;
    const words = q.roleWords.values();
    for (const w of p.roleWords) if (w !== words.next().value) return false;
  }
  if (!samePeople(now.bodies, was.bodies) || !samePeople(now.recentPeople, was.recentPeople)) return false;
  if (!sameMap(now.byLastName, was.byLastName) || !sameMap(now.byFirstName, was.byFirstName) || !sameMap(now.latestWithRole, was.latestWithRole)) return false;
  if (!samePerson(now.lastSpeaker, was.lastSpeaker) || !samePerson(now.lastOrganisation, was.lastOrganisation)) return false;
  const g = now.lastGroup;
  const h = was.lastGroup;
  if (g === null ? h !== null : h === null || g.role !== h.role || g.organisation !== h.organisation || g.anonymous !== h.anonymous || g.seen !== h.seen) return false;
  if (now.lastBody === null ? was.lastBody !== null : was.lastBody === null || now.lastBody.role !== was.lastBody.role || now.lastBody.seen !== was.lastBody.seen) return false;
  const u = now.lastUnnamed;
  const v = was.lastUnnamed;
  if (u === null ? v !== null : v === null || u.head !== v.head || u.role !== v.role || u.organisation !== v.organisation || u.seen !== v.seen || u.start !== moved(v.start) || u.end !== moved(v.end)) return false;
  const e = now.lastEmployer;
  const f = was.lastEmployer;
  return e === null ? f === null : f !== null && e.name === f.name && e.seen === f.seen;
}

/** How far before the edit a run saves the loop's state: a "he" reads a person's title of address 20,000 characters on (pronounOf). */
const saveGap = 24_000;
/** How far before the edit a run saves the state near it (`ResolveMemo.near`): past `forwardReach`, with room to type on. */
const nearGap = 4000;
/** A run saves the state again only when this many more steps lie before the edit than before the state saved. */
const resaveSteps = 64;
/** The fields of an attribution as the finder makes it, before this pass. */
const finderFields = new Set(['cue', 'source', 'content', 'type', 'speaker']);

/** An attribution as the finder makes it: no field this pass sets. */
function plain(a: Attribution): boolean {
  return a.speaker === null && a.role === undefined && a.organisation === undefined && a.anonymous === undefined && a.surnameOnly === undefined && a.speakerKind === undefined && a.quotes === undefined;
}

function emptyLoop(): LoopState {
  return {
    people: [], bodies: [], byLastName: new Map(), byFirstName: new Map(), recentPeople: [], latestWithRole: new Map(), lastSpeaker: null, lastOrganisation: null,
    lastOrganisationSeen: 0, lastSpeakerSeen: 0, lastGroup: null, lastBody: null, lastUnnamed: null, lastEmployer: null, seen: 0,
  };
}

/** Copies `from` into `into`, whose collections are empty, with a copy of each person (the loop changes people as it goes). */
function copyLoop(from: LoopState, into: LoopState): void {
  const copies = new Map<Person, Person>();
  for (const p of from.people) {
    const copy: Person = { ...p, roleWords: new Set(p.roleWords) };
    copies.set(p, copy);
    into.people.push(copy);
  }
  const of = (p: Person): Person => copies.get(p)!;
  for (const p of from.bodies) into.bodies.push(of(p));
  for (const p of from.recentPeople) into.recentPeople.push(of(p));
  for (const [key, p] of from.byLastName) into.byLastName.set(key, of(p));
  for (const [key, p] of from.byFirstName) into.byFirstName.set(key, of(p));
  for (const [key, p] of from.latestWithRole) into.latestWithRole.set(key, of(p));
  into.lastSpeaker = from.lastSpeaker && of(from.lastSpeaker);
  into.lastOrganisation = from.lastOrganisation && of(from.lastOrganisation);
  into.lastOrganisationSeen = from.lastOrganisationSeen;
  into.lastSpeakerSeen = from.lastSpeakerSeen;
  // Never changed once made.
  into.lastGroup = from.lastGroup;
  into.lastBody = from.lastBody;
  into.lastUnnamed = from.lastUnnamed && { ...from.lastUnnamed };
  // Replaced, never changed, as the loop goes.
  into.lastEmployer = from.lastEmployer;
  into.seen = from.seen;
}

/** How far past a source the pass reads for a "who" clause about the speaker (personClauseAfter). */
export const personClauseReach = 160;
/** How far before a quotation mark the pass reads for "so-called" (quotedParts). */
export const soCalledLookback = 12;

/**
 * ", who runs a shelter in Narva," between a speaker's name and the verb, never past the sentence;
 * or ", at Halden Global Markets." and ", from the FNSEA union," after an inverted source: where
 * the speaker works.
 */
const personClause = /^,\s*(?:who\s[^,.;:!?\n"\u201c\u201d]{1,120}(?=,)|(?:(?:at|from)\s+(?:the\s+)?|of\s+the\s+)\p{Lu}[^,.;:!?\n"\u201c\u201d]{0,80}(?=[,.;]))/u;

/**
 * The relative clause or employer right after a source ("Ana Ribeiro, who runs a shelter, said",
 * "said Tom Reed, at Halden."), which the source span leaves out but which gives the
 * speaker's role or organisation; empty when there is none.
 */
function personClauseAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== 44 /* , */) return '';
  return personClause.exec(text.slice(end, end + personClauseReach))?.[0] ?? '';
}

/** How far around a speaker's first mention the pass reads for signs that the name is an organisation's. */
export const organisationReach = 1500;

/**
 * How far past its source's end one step of the speaker loop reads the text outside
 * `ResolveMemo.recall` (which is given its windows): `namedAsOrganisation` around the source, the
 * "who" clause after it, the words up to a cue after it. Keep this above what the loop reads: a run
 * resumed from a saved state (`ResolveMemo.resume`) trusts it.
 */
const forwardReach = organisationReach + 500;

/**
 * The last words of a company's name ("Nordvik Shipping", "Tarvik Group", "Baltic Holdings"), which
 * no person's name ends with: as an alternation, for the speaker's name and for names in the text.
 */
const companyEnds = 'Group|Holdings|Motors|Airlines|Airways|Corp|Corporation|Inc|Ltd|Plc|plc|PLC|Partners|Industries|Technologies|Pharmaceuticals|Telecom|' +
  'Shipping|Logistics|Energy|Mining|Steel|Foods|Systems|Software|Resources|Petroleum|Chemicals|Electronics|Networks|Securities|Insurance|' +
  'Entertainment|Studios|Brands|Investments|Ventures|Enterprises|Properties|Construction|Engineering|Aerospace|Utilities|Semiconductors?|' +
  'Robotics|Automotive|Hotels|Publishing|Analytics|Consulting|Laboratories|Pharma|Therapeutics|Biotech|Healthcare|AG|SA|GmbH|LLC|NV|AB|ASA';

/** Nouns that, after a name (with or without a possessive), show it to be a company's: "Harbour Data shares". */
/** Units an organisation has, named in capitals after its possessive ("Nasa's Goddard Space Flight Center"): the possessor is an organisation. */
const ownedUnits = 'Center|Centre|Institute|Laboratory|Laboratories|Observatory|Division|Directorate';
const companyNouns = 'shares?|share price|profits?|earnings|revenues?|sales|losses|stake|shareholders|subsidiary|headquarters|chief executive|boss|chairman|board';

/** The last word of a company's name ("Tarvik Group", "Baltic Holdings"), which no person's name ends with. */
const companyNameEnd = new RegExp(` (?:${companyEnds})$`);

/** The last word of a body's name that says its kind, which no other kind of body's name ends with ("Westbury Council" is no "union"). */
const kindNameEnd = / (Council|Ministry|Union|Party|Commission|Agency|Department|Authority|Police|Service|Institute|University|Association|Federation|Foundation|Committee|Project|Centre|Center|Court|Airport|Hospital)$/;
/**
 * The last word of a public body's name ("Westbury Council", "Transport Workers Union", "Manchester
 * Crown Court"), which "the council" points back to; a charity may be a Trust or a Society.
 */
const bodyNameEnd = / (Council|Ministry|Union|Party|Commission|Agency|Department|Authority|Police|Service|Institute|University|Association|Federation|Foundation|Committee|Project|Centre|Center|Court|Bank|Airport|Board|Bureau|Office|Trust|Fund|Society|Academy|College|Hospital|Government|Parliament|Assembly|Army|Navy|Club|FC)$/;

/** Heads of unnamed people who speak for a study ("the researchers said"), whom the body named before them makes known. */
export const studyPeople = new Set(['researchers', 'scientists', 'authors', 'academics', 'experts', 'investigators']);

/** The nouns a research body's name holds; the language server's skip rule reads them too. */
export const researchBodyNouns = ['University', 'Institute', 'Institution', 'Centre', 'Center', 'College', 'School', 'Project', 'Laboratory', 'Observatory', 'Foundation', 'Trust', 'Society', 'Academy', 'Agency', 'Programme', 'Hospital', 'Council', 'Survey'];
/** A research body's name: "the Tyndall Centre for Climate Change Research", "Leeds University", "the University of Leeds". */
const researchBody = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’&-]*[ \u00a0]+){0,5}(?:${researchBodyNouns.join('|')})\b(?:[ \u00a0]+(?:of|for)[ \u00a0]+(?:(?:the|and)[ \u00a0]+)?\p{Lu}[\p{L}'’&-]*(?:[ \u00a0]+(?:(?:and|of|for|the)[ \u00a0]+)?\p{Lu}[\p{L}'’&-]*)*)?`, 'gu');
/** How far before "the researchers" the pass reads for the body they work for. */
export const researchBodyReach = 1500;

/** The people of a study (`studyPeople`, or "a team") before the body they work at: "Researchers at the", "a team from". */
const studyPeopleAt = new RegExp(String.raw`\b(?:${[...studyPeople].join('|')}|team)[ \u00a0]+(?:at|from|of|with)[ \u00a0]+(?:the[ \u00a0]+)?$`, 'i');
/** The same after the body: "Kestrel University researchers". */
const studyPeopleAfter = new RegExp(String.raw`^[ \u00a0]+(?:${[...studyPeople].join('|')})\b`, 'i');

/**
 * The research body the researchers were given before `at` ("Researchers at the University of
 * Sydney", "Leeds University scientists"), else the last one named, within reach, without "The"
 * opening a sentence; or null. An outside expert's body named since ("Prof Naveed Sattar, of the
 * University of Glasgow, who was not involved") is not the researchers'.
 */
function researchBodyBefore(text: string, at: number): string | null {
  const near = text.slice(Math.max(0, at - researchBodyReach), at);
  let last: string | null = null;
  let theirs: string | null = null;
  researchBody.lastIndex = 0;
  for (let m = researchBody.exec(near); m; m = researchBody.exec(near)) {
    last = m[0];
    // "Scientists at the Institute": a body's noun alone names no one (below), so it gives way to the last.
    if ((studyPeopleAt.test(near.slice(Math.max(0, m.index - 40), m.index)) || studyPeopleAfter.test(near.slice(m.index + m[0].length, m.index + m[0].length + 20))) &&
      /[ \u00a0]/.test(m[0].replace(/^The[ \u00a0]+/, ''))) theirs = m[0];
  }
  const name = (theirs ?? last)?.replace(/^The[ \u00a0]+/, '') ?? null;
  // "Scientists at the Institute": a body's noun alone names no one. Cut from the text, and kept
  // (an attribution's organisation, a saved run's fields) after the version it was read from.
  return name !== null && /[ \u00a0]/.test(name) ? detached(name) : null;
}

/** A name that opens with an initialism of three letters or more ("NHS Grampian", "UBS Warburg"), an organisation's. */
const initialismFirst = /^\p{Lu}{3,}\s+\p{Lu}/u;

/** Verbs of saying, after which a company noun is what a person talks about ("Ana Lima said sales rose"). */
const sayingVerbs = '(?:said|says|told|added|warned|expects|expected|predicted|believes|thinks)';

/** The same nouns as one regular expression alternation, made once. */
const organisationNounPattern = [...organisationNouns].join('|');

/**
 * Whether the text near `at` treats `name`, which looks like a person's ("Ana Berg", "Tom
 * Reed"), as a company's: "Ana Berg, which ...", "Shares in Harbour Data", "Nordvik Shipping's
 * fourth quarter profits", "Tom Reed said its forecast ...", "investment firm Tom Reed".
 */
export function namedAsOrganisation(text: string, name: string, at: number): boolean {
  const near = text.slice(Math.max(0, at - organisationReach), at + organisationReach);
  // The signs around each place the name occurs, with patterns made once: a pattern per name, run
  // over the whole window, cost about a millisecond a call.
  const occurrences = nameOccurrencesOf(name);
  occurrences.lastIndex = 0;
  for (let m = occurrences.exec(near); m; m = occurrences.exec(near)) {
    const p = m.index;
    const q = p + m[0].length;
    occurrences.lastIndex = p + 1;
    const endsWord = isAsciiWordChar(near.charCodeAt(q - 1)) !== isAsciiWordChar(near.charCodeAt(q));
    if (endsWord && organisationNounBefore(near.slice(Math.max(0, p - signReachBefore), p))) return true;
    // "Shares in " fits in a short slice; the end-anchored pattern is tried from each of its positions.
    if (endsWord && sharesBefore.test(near.slice(Math.max(0, p - sharesReach), p))) return true;
    if (organisationSignAfter.test(near.slice(q, q + signReachAfter))) return true;
  }
  return false;
}

/** How far before and after a name an organisation's sign can reach. */
const signReachBefore = 120;
const signReachAfter = 240;

/** "investment firm " right before the name: an organisation's noun, then the spaces that end `before`. */
function organisationNounBefore(before: string): boolean {
  // The noun is tested on the few characters before those spaces (and one more, for the look-behind):
  // a pattern that must end at the end of the text is tried from every position of it, and the
  // nouns' alternation from each cost 2.4% of the server's time while typing in a 1 MB article.
  const end = trailingSpacesStart(before);
  const noun = end < before.length ? organisationNounAtEnd.exec(before.slice(Math.max(0, end - longestOrganisationNoun - 1), end)) : null;
  if (noun === null) return false;
  // "comedian and broadcaster Ivor Fletcher": a trade joined to the noun by "and" describes one person.
  const trade = tradeJoinedBefore.exec(before.slice(Math.max(0, end - noun[0].length - tradeReach), end - noun[0].length))?.[1];
  return trade === undefined || organisationNouns.has(trade);
}

/** A word in lower case and "and" at the end of the text before an organisation's noun: "comedian and ". */
const tradeJoinedBefore = /(?<![\p{L}-])(\p{Ll}+)\s+and\s+$/u;
/** How far before an organisation's noun `tradeJoinedBefore` reads. */
const tradeReach = 40;

/**
 * Where the white space that ends `text` starts (its length when there is none), read from the end:
 * `/\s+$/` is tried from every position of the text, which cost 3.4% of the server's time typing in
 * a 1 MB article.
 */
function trailingSpacesStart(text: string): number {
  let i = text.length;
  while (i > 0 && isSpace.test(text[i - 1])) i--;
  return i;
}
const isSpace = /^\s$/u;
const organisationNounAtEnd = new RegExp(`(?<![\\p{L}-])(?:${organisationNounPattern})$`, 'u');
const longestOrganisationNoun = Math.max(...[...organisationNouns].map((noun) => noun.length));
/** "Shares in " right before the name. */
const sharesBefore = /\b[Ss]hares\s+(?:in|of)\s+$/u;
const sharesReach = 24;
/** ", which", "'s fourth quarter profits", " said its" right after the name. */
const organisationSignAfter = new RegExp(`^(?:['’]s?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,4}(?:${ownedUnits})\\b|(?:\\s+\\([^)]{1,20}\\))?,\\s+which\\b|(?:['’]s?)?\\s+(?:(?!${sayingVerbs}\\s)\\p{Ll}+\\s+){0,2}(?:${companyNouns})\\b|\\s+(?:\\p{Ll}+\\s+)?(?:said|says|reported|announced|added)\\s+(?:that\\s+)?its\\b)`, 'u');

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Where a name occurs, its spaces matching any white space, compiled once per name. */
const nameOccurrences = new Map<string, RegExp>();

function nameOccurrencesOf(name: string): RegExp {
  let found = nameOccurrences.get(name);
  if (found) return found;
  if (nameOccurrences.size >= 5_000) nameOccurrences.clear();
  found = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'gu');
  nameOccurrences.set(name, found);
  return found;
}

/** The same test as one pattern per name over the whole window: the reference the faster form is checked against. */
export function namedAsOrganisationByPattern(text: string, name: string, at: number): boolean {
  const near = text.slice(Math.max(0, at - organisationReach), at + organisationReach);
  return organisationSignsOf(name).test(near);
}


/** The pattern of `namedAsOrganisation` for each name, compiled once: a long article names the same people many times. */
const organisationSigns = new Map<string, RegExp>();

function organisationSignsOf(name: string): RegExp {
  let signs = organisationSigns.get(name);
  if (signs) return signs;
  if (organisationSigns.size >= 5_000) organisationSigns.clear();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  signs = new RegExp(
    `(?:(?<![\\p{L}-])(?<!(?<![\\p{L}-])(?!(?:${organisationNounPattern})\\s)\\p{Ll}+\\s+and\\s+)(?:${organisationNounPattern})\\s+${escaped}\\b)|${escaped}(?:['’]s?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,4}(?:${ownedUnits})\\b|(?:\\s+\\([^)]{1,20}\\))?,\\s+which\\b|(?:['’]s?)?\\s+(?:(?!${sayingVerbs}\\s)\\p{Ll}+\\s+){0,2}(?:${companyNouns})\\b|\\s+(?:\\p{Ll}+\\s+)?(?:said|says|reported|announced|added)\\s+(?:that\\s+)?its\\b)|\\b[Ss]hares\\s+(?:in|of)\\s+${escaped}\\b`,
    'u',
  );
  organisationSigns.set(name, signs);
  return signs;
}

/** How far before a one-word speaker's first mention the pass reads for a full name ("Samuel Kiprono won …"). */
const fullNameReach = 20_000;

/**
 * How far before its source a step reads when not through `recall`: organisations named 3,000
 * characters before "the company" (organisationNameReach), a sentence's subject since the person
 * last spoke (newSubjectBetween, 3,000); every distance the loop compares with a bound is below it.
 * Longer searches go through `recall`, which tracks what they read.
 */
const tailReach = 3500;
/** How far from each place its word occurs a sparse read (`recall`'s `word`) reads: the first names and introduction before a surname, a title of address, the clause after it. */
const sparseReach = 200;

/**
 * Whether the change from `before` to `after` leaves every sparse read (word, from, to, at, fixedFrom,
 * ...) as it was: none reaches the change, or its word occurs on neither side near the change nor near
 * the window's end across the change from `at`. A window is placed at a distance from `at`, so across
 * the change it takes in, or leaves out, as many characters as the change adds or removes; one that
 * starts at a place in the text (`fixedFrom`) keeps its start.
 */
function clearOfWords(sparse: Array<string | number>, before: string, after: string, change: TextChange): boolean {
  const delta = change.newEnd - change.oldEnd;
  const near = (text: string, from: number, to: number, word: string) => text.slice(Math.max(0, from), to).includes(word);
  for (let i = 0; i < sparse.length; i += 5) {
    const word = sparse[i] as string;
    const from = sparse[i + 1] as number;
    const to = sparse[i + 2] as number;
    const at = sparse[i + 3] as number;
    if (to + sparseReach <= change.start || from - sparseReach >= change.oldEnd) continue;
    if (at > change.start && at < change.oldEnd) return false;
    const reach = sparseReach + word.length + Math.abs(delta);
    if (near(before, change.start - reach, change.oldEnd + reach, word) || near(after, change.start - reach, change.newEnd + reach, word)) return false;
    const end = at <= change.start ? to : sparse[i + 4] ? null : from;
    if (end !== null && end > change.start - reach && end < change.oldEnd + reach) continue;
    if (end !== null && (near(before, end - reach, end + reach, word) || near(after, Math.min(end, end + delta) - reach, Math.max(end, end + delta) + reach, word))) return false;
  }
  return true;
}

/** How far past `tailReach` after the edit a run records its tail, so that the next keystrokes on take it up. */
const tailGap = 2000;

/** "British", "Chinese", "Russian": a people, not a surname, when a source is read as one word. */
const nationality = /(?:ish|ese|ian)$/;

/** Capitalised words that open a sentence or a clause without being a first name. */
const notFirstNames = new Set(['The', 'A', 'An', 'But', 'And', 'Or', 'So', 'Yet', 'If', 'When', 'While', 'After', 'Before', 'As', 'At', 'In',
  'On', 'For', 'With', 'By', 'From', 'To', 'Of', 'This', 'That', 'His', 'Her', 'Their', 'Its', 'Our', 'Then', 'Since', 'Until', 'Although',
  'Though', 'Because', 'Once', 'Now', 'Only', 'Even', 'Also', 'Said', 'Says', 'Like', 'Unlike', 'Where', 'Why', 'How', 'What', 'Who',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Last', 'Next', 'Earlier', 'Later']);

/**
 * The full name of a speaker the attribution names by surname alone ("Kiprono told reporters",
 * "Mr Kiprono said"), from its first mention in the text before, which need not be an attribution:
 * "Kenya's Samuel Kiprono won the race". Null when the text before has none.
 */
function fullNameBefore(text: string, surname: string, at: number, from = at - fullNameReach, except?: string): { name: string; role: string | null; organisation: string | null } | null {
  // The surname is found with indexOf, which is fast, and only the words right before each
  // occurrence are read: the language server runs this pass on every edit to reported speech.
  for (let i = text.indexOf(surname, Math.max(0, from)); i >= 0 && i < at; i = text.indexOf(surname, i + surname.length)) {
    const first = firstNames.exec(text.slice(Math.max(0, i - 60), i));
    // The name ends there: not "Ana Berg Co" or "Tom Reed GmbH", which name a company.
    const after = text.slice(i + surname.length, i + surname.length + 40);
    if (!first || !(nameEnd.test(after) || (surname.endsWith('s') && possessiveApostrophe.test(after)))) continue;
    const start = i - first[0].length;
    // "parts maker Tom Reed", "carmaker Nissan": a company described before its name.
    const before = text.slice(Math.max(0, start - 30 - tradeReach), start);
    if (organisationNounBefore(before) || /maker[ \u00a0]+$/u.test(before)) continue;
    const words = first[1].trim().split(/\s+/);
    while (words.length && notFirstNames.has(words[0])) words.shift();
    if (words.length && (openingAdjective(text, start, words[0]) || questionBefore(text, start, words[0], i + surname.length))) words.shift();
    if (!words.length) continue;
    const name = parseSourceOnce(`${words.join(' ')} ${surname}`).name;
    if (!name || !name.endsWith(' ' + surname) || name.split(' ').length < 2 || name === except) continue;
    if (namedAsOrganisation(text, name, at)) return null;
    return { name, ...introduction(text, i + surname.length - name.length, i + surname.length, name) };
  }
  return null;
}

/** The form of an adjective or a participle ("Unseeded", "Talented", "Outspoken"), which a given name seldom has. */
const adjectiveForm = /^\p{Lu}\p{Ll}{2,}(?:ed|ful|ous|ive|less|able|ible|ing)$|^(?:Young|Outspoken|Unbeaten)$/u;

/**
 * Whether `word`, at `start`, is an adjective that opens a sentence before a name ("Unseeded Kira Lenz
 * beat the champion"), not a first name: a sentence's first word of an adjective's form that is no
 * given name known ("Ahmed", "Alfred").
 */
function openingAdjective(text: string, start: number, word: string): boolean {
  return adjectiveForm.test(word) && givenNameSex(word) === null && opensSentence(text, start);
}

/** Whether a sentence opens at `start`. */
function opensSentence(text: string, start: number): boolean {
  return /(?:^|[.!?]["”’]?[ \u00a0]+|\n[ \u00a0]*)$/.test(text.slice(Math.max(0, start - 4), start));
}

/** Whether `word`, at `start`, opens a question about the name that ends at `end` (`opensQuestion`). */
function questionBefore(text: string, start: number, word: string, end: number): boolean {
  return opensSentence(text, start) && opensQuestion(word, text.slice(end, end + questionReach));
}

/** The verbs that open a question before its subject: "Was Okafor relieved?", "Can Okafor stay?". */
const questionAuxiliaries = new Set(['Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Has', 'Have', 'Had', 'Can', 'Could', 'Will', 'Would',
  'Shall', 'Should', 'May', 'Might', 'Must']);
/** How far after a name `opensQuestion` reads for the end of its sentence. */
const questionReach = 120;

/**
 * Whether `word`, opening the sentence before a name, is the verb of a question about that person
 * ("Was Okafor relieved by the result?"), not a given name: `after`, the rest of the sentence after
 * the name, ends with a question mark. "Will Lind stayed on." keeps its given name.
 */
function opensQuestion(word: string, after: string): boolean {
  return questionAuxiliaries.has(word) && /^[^.!?\n]*\?/.test(after);
}

/**
 * `fullNameBefore` through the memo. It reads each occurrence of the surname from `from` up to `at`
 * with the 160 characters before it (first names, then the introduction before them) and the 120
 * after, and 1,500 characters on either side of `at` (namedAsOrganisation).
 */
function fullNameBeforeOnce(memo: ResolveMemo, text: string, surname: string, at: number, from = at - fullNameReach, except?: string) {
  return memo.recall(`f\u0000${surname}\u0000${except ?? ''}\u0000${at - from}`, at, Math.min(from - 200, at - organisationReach), at + organisationReach + surname.length + 120, () =>
    fullNameBefore(text, surname, at, from, except), surname, from !== at - fullNameReach);
}

/** The role and employer that the first mention of `name` in the text before `at` gives, when it gives one. */
function describedBefore(text: string, name: string, at: number): { name: string; role: string | null; organisation: string | null } | null {
  const first = text.indexOf(name, Math.max(0, at - fullNameReach));
  if (first < 0 || first + name.length > at) return null;
  const described = introduction(text, first, first + name.length, name);
  return described.role || described.organisation ? { name, ...described } : null;
}

/**
 * `acronymDefinedBefore` through the memo. It reads up to 20,000 characters back, and 100 before the
 * "(OBR)" it finds there. The memo's searches are functions of their own, not closures in `resolve`:
 * one there that read the text kept each version's text alive with `resolve`'s scope while V8 held it.
 */
function acronymDefinedBeforeOnce(memo: ResolveMemo, text: string, short: string, at: number) {
  return memo.recall(`o\u0000${short}`, at, at - fullNameReach - 100, at + short.length + 2, () => acronymDefinedBefore(text, short, at), `(${short})`);
}

/** `organisationsNamedBefore` through the memo. */
function organisationsNamedBeforeOnce(memo: ResolveMemo, text: string, head: string, qualifiers: string[], at: number): NamedBefore[] {
  return memo.recall(`b\u0000${head}\u0000${qualifiers.join(' ')}`, at, at - organisationNameReach - 40, at, () => organisationsNamedBefore(text, head, qualifiers, at));
}

/** `describedBefore` through the memo: it reads around the name's first occurrence in the 20,000 characters before `at`. */
function describedBeforeOnce(memo: ResolveMemo, text: string, name: string, at: number) {
  return memo.recall(`d\u0000${name}`, at, at - fullNameReach - 100, at, () => describedBefore(text, name, at), name);
}

/** `namedAsOrganisation` through the memo, for a name met before (around its first mention, not the step's source). */
function namedAsOrganisationOnce(memo: ResolveMemo, text: string, name: string, at: number): boolean {
  return memo.recall(`g\u0000${name}`, at, at - organisationReach, at + organisationReach, () => namedAsOrganisation(text, name, at), name);
}

/** One or two first names ("Samuel", "Jean-Pierre", "O'Neil") or initials ("W.") right before a surname; not "Kenya's" or "Tunisian-born". */
const firstNames = /(?<![\p{L}'’.-])((?:\p{Lu}(?:\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|['’]\p{Lu}\p{Ll}+|\.)?[ \u00a0]+){1,2})$/u;
/**
 * What may follow a surname that ends a name: a possessive, punctuation or a space, but no further
 * capitalised word other than a generational suffix ("Harry B. Lund Jr., who", "Tom Reed III").
 */
const nameEnd = /^(?:['’]s(?!\p{L})|[^\p{L}'’ \u00a0-]|[ \u00a0](?![ \u00a0]*\p{Lu})|$|,?[ \u00a0]+(?:Jr|Sr)\b|[ \u00a0]+(?:II|III|IV)\b)/u;

/** A possessive's apostrophe alone after a name ending in "s": "Ricky Gervais' new series". */
const possessiveApostrophe = /^['’](?![\p{L}'’])/u;

/** Words that end the description read back from a name: a verb, a preposition or a conjunction before it. */
const descriptionStops = new Set(['by', 'with', 'to', 'and', 'or', 'but', 'that', 'which', 'who', 'whose', 'said', 'says', 'as', 'was', 'is',
  'has', 'had', 'were', 'are', 'be', 'been', 'of', 'for', 'from', 'on', 'in', 'at', 'when', 'after', 'before', 'than', 'while', 'if', 'whether', 'told',
  'won', 'met', 'between', 'among', 'against', 'about', 'over', 'under', 'into', 'through', 'during', 'without', 'within', 'like', 'including',
  'via', 'per', 'own', 'owns', 'will', 'would', 'could', 'can', 'may', 'might', 'not',
  // The particle of a phrasal verb: "has called up Harbour prop Tomas Berg" (the role was "up prop").
  'up', 'out', 'off', 'down', 'away']);

/** A source that is a relative pronoun ("who", "which"), standing for the noun phrase before it. */
const relativePronoun = /^(?:who|which)$/i;
/** How far before a source the pass reads: the antecedent of "who", and "Defending," before a name. */
export const sourceLookback = 120;
/** Words that end the noun phrase read back from "who": a verb, a preposition or a conjunction before it. */
const antecedentStops = new Set([...[...descriptionStops].filter((w) => w !== 'of' && w !== 'for' && w !== 'at'),
  // "anything from Tom or Ivo now which shows": an adverb ends the noun phrase.
  'yet', 'still', 'also', 'already', 'then', 'too', 'again', 'ever', 'now']);

/**
 * The noun phrase a relative pronoun at `at` refers to: "opposition lawmakers" in "by opposition
 * lawmakers, who accused ...", "Tom Reed" in "criticised by Tom Reed, who said"; null when the text
 * before is no ", " after a noun phrase of the same sentence.
 */
function antecedentBefore(text: string, at: number): string | null {
  // "Home Secretary Tom Reed who said", "a union leader who said": the clause may be restrictive, with no comma.
  // "Corvex, which said" opening a paragraph: read within it, or the paragraph's first word is glued to the
  // last word before it and no antecedent is found. Only for "which": for "who" this made one-word names
  // of people organisations ("Jay-Z, who"), and "Deaf people, who" the organisation "Deaf" (open).
  const read = text.slice(Math.max(0, at - sourceLookback), at);
  const which = /^which\b/i.test(text.slice(at, at + 6));
  const before = /^([^]*?)\s*,?\s*$/.exec(which ? read.slice(read.lastIndexOf('\n') + 1) : read)?.[1];
  // "critics in Latvia - where it only reached number six in its first month - who called": the
  // clause follows a parenthesis, whose last words are no antecedent.
  if (before === undefined || /[-–—]$/.test(before)) return null;
  const back = before.split(/[ \u00a0]+/);
  const phrase: string[] = [];
  // "Nor does it name Tom Reed, who": a name is its capitalised words, with a title or "the" before them.
  let named = /^\p{Lu}/u.test(back[back.length - 1] ?? '');
  for (let k = back.length - 1; k >= 0 && phrase.length < 8; k--) {
    const w = back[k];
    const lower = w.toLowerCase();
    if (!/^[\p{L}\p{N}'’&.-]+$/u.test(w)) break;
    // "the three owners of Nordvik, who": the people of an organisation.
    if (named && lower === 'of' && /^\p{Ll}/u.test(back[k - 1] ?? '')) named = false;
    if (named) {
      const inName = /^\p{Lu}/u.test(w) || (nameJoiners.has(lower) && /^\p{Lu}/u.test(back[k - 1] ?? '') && /^\p{Lu}/u.test(phrase[0]));
      if (!inName && !isTitle(lower) && !organisationNouns.has(lower) && lower !== 'the') break;
    } else if (antecedentStops.has(lower) || (/^\p{Ll}.{3,}ed$/u.test(w) && phrase.length > 0)) break;
    phrase.unshift(w);
    // "Halden plans to sell off the unit, which": a determiner opens the noun phrase.
    if (!named && determinerWords.has(lower)) break;
    // A sentence's end before the word ("... in 2019. Ministers, who ...").
    if (k > 0 && /[.!?]$/.test(back[k - 1]) && !/^(?:Mr|Mrs|Ms|Dr|St|No)\.$/.test(back[k - 1])) break;
  }
  while (phrase.length && /^(?:of|for|at)$/i.test(phrase[0])) phrase.shift();
  return phrase.length ? phrase.join(' ') : null;
}

/**
 * A name set off by a comma right before a source that only describes someone, at the start of a
 * sentence or after a quotation or a verb of saying: "Tom Reed, [a strategist at Halden
 * Securities] told Reuters", where the comma that would close the description is missing.
 */
const nameBeforeDescription = /(?:^|[.!?:;]["”’]?[ \u00a0]+|["”][ \u00a0]*|\n[ \u00a0]*|\b(?:said|says|told|added)[ \u00a0]+)((?:\p{Lu}[\p{L}'’-]*\.?[ \u00a0]+){1,3}\p{Lu}[\p{L}'’-]+),[ \u00a0]*$/u;

/**
 * The source with the name before it, for a source that describes one person with no name ("a
 * strategist at Halden Securities", "head of policy at the trust") right after "Name Name, ";
 * null otherwise. Reads `sourceLookback` characters back.
 */
function namedBeforeDescription(text: string, at: number, written: string, info: SourceInfo, contentEnd: number): string | null {
  if (info.name || info.pronoun || !info.head || isPluralHead(info.head) || !(/^\p{Ll}/u.test(written) || ownerOpening.test(written))) return null;
  const before = text.slice(Math.max(0, at - sourceLookback), at);
  const name = nameBeforeDescription.exec(before)?.[1] ?? nameAfterContent(before, at - before.length, contentEnd);
  if (!name || name.split(/[ \u00a0]+/).some((w) => notFirstNames.has(w))) return null;
  const joined = `${name}, ${written}`;
  return parseSourceOnce(joined).name === name.replace(/[ \u00a0]+/g, ' ') ? joined : null;
}

/** A possessor's name opening a description ("Labour's election strategist"). */
const ownerOpening = /^\p{Lu}[\p{L}-]*['’]s?[ \u00a0]+\p{Ll}/u;
/** A name set off by commas at the end of what is read, after a comma. */
const nameSetOff = /,[ \u00a0]+((?:\p{Lu}[\p{L}'’-]*\.?[ \u00a0]+){1,3}\p{Lu}[\p{L}'’-]+),[ \u00a0]*$/u;

/**
 * "The prime minister's resolve remains firm, Tom Reed, Labour's campaign adviser told
 * ...": the name right after the comma that closes the attribution's content. `from`: where `before`
 * starts in the text.
 */
function nameAfterContent(before: string, from: number, contentEnd: number): string | undefined {
  const m = nameSetOff.exec(before);
  if (m === null) return undefined;
  // The finder may end the content with the name itself («... remains firm, Tom Reed»).
  const nameEnd = from + m.index + m[0].indexOf(m[1]) + m[1].length;
  return (from + m.index >= contentEnd && /^["”’]?$/.test(before.slice(Math.max(0, contentEnd - from), m.index))) || contentEnd === nameEnd ? m[1] : undefined;
}

/** Words that say a source is kept unnamed ("speaking on condition of anonymity", "who asked not to be named"). */
const keptUnnamed = /\b(?:anonymity|anonymously|unnamed|unidentified)\b|\b(?:asked|requested|declined|refused)\s+(?:not\s+)?to\s+be\s+(?:named|identified)\b|\b(?:cannot|can\s*not|could\s+not|may\s+not)\s+be\s+(?:named|identified)\b/i;

/** Whether `between` is a clause set off by commas (", speaking on condition of anonymity, ") that says so. */
function setOffUnnamed(between: string): boolean {
  return /^\s*,[^.;:!?"“”]*,\s*$/.test(between) && keptUnnamed.test(between);
}

/** A name of two or three words set off by a comma right after a source, up to punctuation or the line's end. */
const nameAfter = /^,[ \u00a0]+((?:\p{Lu}[\p{L}'’-]*\.?[ \u00a0]+){1,2}\p{Lu}[\p{L}'’-]+)[ \u00a0]*(?=[.,;:!?"”\n]|$)/u;
/** One capitalised word after a comma, then the clause's end: the name of a body just described ("the statistics office, CBS."). */
const bodyNameAfter = /^,[ \u00a0]+(\p{Lu}[\p{L}\p{N}&'’-]+)[ \u00a0]*(?=[.;:!?"”\n]|$)/u;

/**
 * The source with the name after it, for a source that describes one person or a body with no name
 * ("said Northgate's sporting director, Ines Correia.", "according to the statistics office, CBS."),
 * where the span stops at the comma; null otherwise.
 * Reads within `personClauseReach` after a comma, as `personClauseAfter` does.
 */
function namedAfterDescription(text: string, end: number, written: string, info: SourceInfo): string | null {
  if (info.name || info.pronoun || !info.head || isPluralHead(info.head) || written.includes(',') || text.charCodeAt(end) !== 44) return null;
  // "according to the national statistics office, CBS.": a body described, then its name in one word.
  const after = text.slice(end, end + personClauseReach);
  const name = nameAfter.exec(after)?.[1] ?? (isBodyHead(info.head) || info.head === 'operator' ? bodyNameAfter.exec(after)?.[1] : undefined);
  if (!name || name.split(/[ \u00a0]+/).some((w) => notFirstNames.has(w))) return null;
  const joined = `${written}, ${name}`;
  return parseSourceOnce(joined).name === name.replace(/[ \u00a0]+/g, ' ') ? joined : null;
}

/** Words inside a name between capitalised words ("Bank of England", "Food and Drug Administration"). */
const nameJoiners = new Set(['of', 'for', 'and', 'de', 'van', 'von', 'al', 'the']);
/** Words that open a noun phrase read back from "which". */
const determinerWords = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

/** "Defending, Rachel Amis said", "For the prosecution, Tom Berg told the court": the side counsel speaks for. */
const courtSide = /(?:^|[\n.!?"”]\s*)(Defending|Prosecuting|For the defen[cs]e|For the prosecution)\s*,\s*$/;

/** The role the side written before a source gives ("defence counsel"), or null. */
function courtSideBefore(text: string, at: number): string | null {
  const side = courtSide.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  if (side === undefined) return null;
  return /defen/i.test(side) ? 'defence counsel' : 'prosecution counsel';
}

/** A name in capitals alone, which may be the short form of a longer one ("OBR", "IAEA"). */
const acronym = /^\p{Lu}{2,6}$/u;
/** Capitals in brackets right after a name, which define its short form: "the Office for Budget Responsibility (OBR)". */
const definedAcronym = /\((\p{Lu}{2,6})\)/u;

/**
 * The name an acronym was defined for in the text before `at` ("Office for Budget Responsibility"
 * for "OBR"): the capitalised words before the first "(OBR)", which start with its first letter.
 */
function acronymDefinedBefore(text: string, short: string, at: number): { name: string; role: string | null; organisation: string | null } | null {
  const i = text.indexOf(`(${short})`, Math.max(0, at - fullNameReach));
  if (i < 0 || i >= at) return null;
  const named = /((?:\p{Lu}[\p{L}'’&-]*[ \u00a0]+(?:(?:of|for|and|on|the)[ \u00a0]+)*)*\p{Lu}[\p{L}'’&-]*)[ \u00a0]*$/u.exec(text.slice(Math.max(0, i - 100), i))?.[1];
  if (named === undefined) return null;
  // "Harbour Data Services' (HDS)": a possessive ending is no part of the name.
  const name = named.replace(/^The[ \u00a0]+/, '').replace(/['’]s?$/, '');
  if (!name.includes(' ') || name[0] !== short[0]) return null;
  // Cut from the text, and kept by `recall` after the version it was read from.
  const own = detached(name);
  return { name: own, role: null, organisation: own };
}

/** The head of a role, the word before "of", "at" or "for" or its last word: "head" in "head of research". */
function roleHead(role: string): string {
  const words = role.toLowerCase().split(/\s+/);
  const link = words.findIndex((w) => w === 'of' || w === 'at' || w === 'for' || w === 'from' || w === 'with');
  return words[(link < 0 ? words.length : link) - 1] ?? '';
}

/**
 * The role and employer a first mention in the text gives a person: the words written before the
 * name in its clause ("Nordvik chief executive Tom Reed", "Detective Inspector Ana Lima"), a
 * role set off before it ("Latvia's president, Andris Kalns,") or an appositive after it ("Ivo
 * Lind, the chief executive of Nordvik,"), read as a source is.
 */
function introduction(text: string, start: number, end: number, name: string): { role: string | null; organisation: string | null } {
  // Read once per first mention as written: the language server resolves the article again on every edit.
  const before = text.slice(Math.max(0, start - 100), start);
  const after = text.slice(end, end + 120);
  const key = `${name}\u0000${before}\u0000${after}`;
  let found = introductions.get(key);
  if (!found) {
    if (introductions.size >= 20_000) introductions.clear();
    found = introductionIn(before, after, name);
    introductions.set(detached(key), found);
  }
  return found;
}

/** What `introduction` found, by the name and the text around it. */
const introductions = new Map<string, { role: string | null; organisation: string | null }>();

/** `introduction` on the text `before` and `after` the name. */
function introductionIn(before: string, after: string, name: string): { role: string | null; organisation: string | null } {
  // Within the line: a headline or a paragraph before is no part of it.
  const back = before.split('\n').pop()!.split(/[ \u00a0]+/).filter((w) => w !== '');
  const described = wordsBack(back, back.length, false);
  // "Latvia's president, Andris Kalns": a role before the name and a comma, "of the" allowed.
  const comma = described.length === 0 && back.length > 0 && back[back.length - 1].endsWith(',') ? wordsBack(back, back.length, true) : [];
  // ", the chief executive of Nissan,": an appositive opening with an article, a possessive or a noun; not a clause ("who own", "told the BBC").
  let appositive = /^,[ \u00a0]+([^,.;:()\n"“”]{2,100})[,.;]/u.exec(after)?.[1];
  const opening = appositive?.split(/\s/)[0] ?? '';
  // ", who was also Nordvik's president,": a clause that says what the person is.
  if (appositive !== undefined && !(/^(?:the|a|an)$/.test(opening) || /^who\s+(?:is|was|has been|had been)\b/.test(appositive) ||
    /^\p{Lu}\p{L}*['’]s?$/u.test(opening) || (/^\p{Ll}/u.test(opening) && !descriptionStops.has(opening) && !/(?:ed|ing)$/.test(opening)))) appositive = undefined;
  // " of the University of Exeter", " at Nordbank": where the person works, with no comma.
  const employer = appositive === undefined ? employerAfterName.exec(after)?.[1] : undefined;
  const candidates = [
    comma.length ? `${comma.join(' ').replace(/,$/, '')}, ${name}` : `${described.join(' ')} ${name}`.trim(),
    ...(appositive ? [`${described.join(' ')} ${name}, ${appositive}`.trim()] : []),
    ...(employer ? [`${described.join(' ')} ${name}, ${employer}`.trim()] : []),
  ];
  // The appositive first; without it if it does not read as one ("chief executive Tom Reed, chief financial officer Ivo Lind and ...").
  for (const source of candidates.reverse()) {
    const info = parseSourceOnce(source);
    if (info.name !== name) continue;
    // Only an office or a trade makes a role here ("chief executive", "analyst"); other words read back
    // from a sentence ("research", "own a stake") are no description of the person.
    const head = info.role ? roleHead(info.role) : '';
    const office = isTitle(head) || anonymousHeads.has(head) || head === 'head' || head.endsWith('-head');
    if (office) return { role: info.role, organisation: info.organisation };
    if (source.endsWith(employer ?? '\u0000') && info.organisation) return { role: null, organisation: info.organisation };
  }
  return { role: null, organisation: null };
}

/** An employer right after a name, up to punctuation or a dash: " of the University of Exeter", " at Emory University". */
const employerAfterName = /^[ \u00a0]+((?:of|at|from)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[^,.;:()\n"“”—–]{1,80}?)[ \u00a0]*(?=[,.;:—–]|[ \u00a0]+(?:said|says|told|who|which|and|has|had|is|was)\b)/u;

/** A verb's past or participle, which ends a description read back ("has urged Riga mayor Tom Reed" had the role "urged mayor"). */
const pastOrParticiple = /^\p{L}.{2,}ed$|^\p{L}.{3,}ing$/u;

/** Modal verbs, after which a word in lower case is a verb ("will fine striker Ivo Lind"). */
const modalVerbs = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);

/**
 * The words of a description read back from `back[at - 1]`: up to six words, stopping at a verb, a
 * preposition, a conjunction or punctuation. With `setOff`, the last word may end in a comma and
 * "of", "the" and "a" are read through ("the incoming president of the Nordic Council,").
 */
function wordsBack(back: string[], at: number, setOff: boolean): string[] {
  const out: string[] = [];
  for (let k = at - 1; k >= 0 && out.length < (setOff ? 10 : 6); k--) {
    let w = back[k];
    if (setOff && k === at - 1) w = w.replace(/,$/, '');
    const lower = w.toLowerCase();
    const through = setOff && (lower === 'of' || lower === 'the' || lower === 'a' || lower === 'an');
    // A verb or a preposition ends it: "accused of recruiting Ana Lima", "a meeting between Nordvik boss ...".
    if (!through && (!/^[\p{L}\p{N}'’&-]+$/u.test(w) || descriptionStops.has(lower) || notFirstNames.has(w) || pastOrParticiple.test(w))) {
      // "Ana Berg is to join Home Secretary Tom Reed", "Lind will fine striker Ivo
      // Kalns": the word after "to" or a modal is a verb, no role (it was "join Home Secretary").
      if ((lower === 'to' || modalVerbs.has(lower)) && out.length > 1 && /^\p{Ll}/u.test(out[0])) out.shift();
      break;
    }
    out.unshift(w);
  }
  if (setOff && out.length) out[out.length - 1] += ',';
  return out;
}

/**
 * The person `pronoun` stands for among `people` (most recent last): the most recent one whose
 * title of address, or failing that given name, does not say otherwise ("she" after "Mr Berg said"
 * is not Mr Berg).
 */
function lastPersonFor(text: string, people: Person[], pronoun: 'he' | 'she', memo: ResolveMemo): Person | null {
  // A given name only men or only women have ("Linda Ozola said ... Michael Berg said ... she added")
  // rules a person out as a title of address does, unless the article addresses the person otherwise.
  // A kin noun in the role ("His wife, Joan") says it first: a pronoun after the name is often another's.
  for (let k = people.length - 1; k >= 0; k--) {
    const said = kinPronoun(people[k]) ?? pronounOf(text, people[k], memo) ?? givenNamePronoun(people[k]);
    if (said === null || said === pronoun) return people[k];
  }
  return null;
}

/** The sex a family word ending a person's role says ("wife", "his brother"), or null. */
function kinPronoun(person: Person): 'he' | 'she' | null {
  const role = person.role?.toLowerCase();
  return role === undefined ? null : menKin.test(role) ? 'he' : womenKin.test(role) ? 'she' : null;
}

/** "he" or "she" as the person's given name says, for a name in full. */
function givenNamePronoun(person: Person): 'he' | 'she' | null {
  return person.words > 1 && !person.organisationOnly ? givenNameSex(person.name.slice(0, person.name.indexOf(' '))) : null;
}

/** The person's pronoun by title of address, looked for in the text only when first needed. */
function pronounOf(text: string, person: Person, memo: ResolveMemo): 'he' | 'she' | null {
  if (person.pronoun === undefined) {
    const surname = person.name.slice(person.name.lastIndexOf(' ') + 1);
    const at = person.firstAt;
    // addressNear reads the 40 characters before and the 60 after each occurrence in its window.
    person.pronoun = addressedNear(memo, text, surname, at);
  }
  return person.pronoun;
}

/** `addressNear` through the memo, for a surname met first at `at` (as pronounOf reads it). */
function addressedNear(memo: ResolveMemo, text: string, surname: string, at: number): 'he' | 'she' | null {
  return memo.recall(`a\u0000${surname}`, at, at - fullNameReach - 40, at + fullNameReach + surname.length + 60, () => addressNear(text, surname, at), surname);
}

/**
 * Given names that news copy gives almost only to men or only to women, for "he" and "she" when the
 * article uses no title of address (lastPersonFor). Names given to both, or to men in one country
 * and women in another (Chris, Jo, Andrea, Nicola, Jean), are left out.
 */
const menNames = new Set(('Aaron Adam Adrian Ahmed Alan Albert Alexander Ali Alistair Andrew Andy Angus Anthony Antonio Arnold Arthur Barry Ben Benjamin ' +
  'Bernard Bill Bob Boris Brian Bruce Carl Carlos Charles Christopher Clive Colin Craig Dan Daniel Darren Dave David Dennis Derek Dmitry Donald ' +
  'Douglas Duncan Edward Eric Ernest Frank Fred Gareth Gary Geoff Geoffrey George Gerald Gerry Gordon Graham Graeme Greg Gregory Harold Harry ' +
  'Henry Hugh Ian Igor Ivan Jack Jacob James Jason Jeff Jeremy Jim Joe John Jonathan Jose Joseph Juan Karl Keith Ken Kenneth Kevin Lars Leonardo Luis ' +
  'Malcolm Marc Marco Mark Martin Matthew Max Michael Mick Mike Mikhail Mohammed Muhammad Neil Nick Nicholas Nigel Oleg Oliver Patrick Paul ' +
  'Pavel Pedro Peter Philip Piotr Ralph Raymond Richard Rob Robert Roger Ronald Roy Rupert Russell Ryan Sergei Sergey Simon Stanley Stephen Steve ' +
  'Steven Stuart Ted Thomas Tim Timothy Tom Tony Trevor Vladimir Walter Wayne William Yuri').split(' '));
const womenNames = new Set(('Agnieszka Alice Alison Amanda Amy Ana Angela Ann Anna Anne Annette Barbara Beatrice Beverley Brenda Carla Carol Caroline ' +
  'Catherine Cathy Charlotte Cheryl Christine Claire Clare Claudia Deborah Denise Diana Diane Doris Dorothy Eleanor Elena Elizabeth Ellen Emily ' +
  'Emma Eva Eve Fiona Frances Gillian Grace Hannah Harriet Hazel Heather Helen Helena Hillary Ingrid Irene Irina Isabel Jacqueline Jacqui Jane ' +
  'Janet Jennifer Jenny Jessica Jill Joan Joanna Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathryn Katie Kelly Laura Linda Lisa Liz ' +
  'Lorraine Louise Lucy Lynn Lynne Margaret Maria Marie Marina Marion Martha Mary Maureen Megan Melanie Michelle Monica Nadia Nancy Natalia ' +
  'Natalie Natasha Olga Patricia Paula Pauline Penny Rachel Rebecca Rosemary Ruth Sally Sandra Sarah Sharon Sheila Shirley Sophie Stephanie Sue ' +
  'Susan Svetlana Tanya Teresa Tessa Theresa Tina Tracey Valerie Vanessa Victoria Wendy Yvonne').split(' '));

function givenNameSex(first: string): 'he' | 'she' | null {
  return menNames.has(first) ? 'he' : womenNames.has(first) ? 'she' : null;
}

/**
 * "he" or "she" as the article addresses a person somewhere near `at` ("Ms Lind", "Mr Berg",
 * "Dame Ana Lima"), or null. Looked for with indexOf, as the full name is.
 */
function addressNear(text: string, surname: string, at: number): 'he' | 'she' | null {
  const from = Math.max(0, at - fullNameReach);
  const to = Math.min(text.length, at + fullNameReach);
  for (let i = text.indexOf(surname, from); i >= 0 && i < to; i = text.indexOf(surname, i + surname.length)) {
    const title = /\b(mr|sir|lord|mrs|ms|miss|dame|lady)\.?\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/iu.exec(text.slice(Math.max(0, i - 40), i))?.[1].toLowerCase();
    if (title) return addressPronoun(title);
  }
  return pronounAfterName(text, surname, from, to);
}

/** A preposition or a verb that names someone before a name, maybe with a title and a given name: "spoken to (Mr.) (Piet) ". */
const nameAsObject = /\b(?:to|with|about|for|from|by|against|at|of|than|like|toward|towards|asked|told|thanked|urged|met|called|criticised|criticized|accused|blamed|praised)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u;

/**
 * "he" or "she" as the words right after the person's name use it ("Holmes revealed she had ...",
 * "Weitz said his film ..."): counted over the name's mentions up to the next punctuation that ends a
 * clause, and only when one of them is used at least twice and the other never.
 */
function pronounAfterName(text: string, surname: string, from: number, to: number): 'he' | 'she' | null {
  let he = 0;
  let she = 0;
  for (let i = text.indexOf(surname, from); i >= 0 && i < to; i = text.indexOf(surname, i + surname.length)) {
    const clause = /^[^.;:!?"“”\n]{0,60}/.exec(text.slice(i + surname.length, i + surname.length + 60))![0];
    // The object of a preposition or of a verb that names someone is no subject: "Asked whether she
    // had spoken to Janssen, she said" says nothing of Janssen.
    if (nameAsObject.test(text.slice(Math.max(0, i - 40), i))) continue;
    // Another name in the clause may be the one the pronoun stands for ("Reed told Ana Berg she ...").
    if (/\s\p{Lu}\p{Ll}+/u.test(clause)) continue;
    // So may the object of a verb ("Carr told him he had ...", "warned her that she").
    if (/\b(?:him|her)\s+(?:he|she|that|to|not|it)\b/i.test(clause) || /^\s+\p{Ll}+\s+him\b/iu.test(clause)) continue;
    for (const m of clause.matchAll(/\b(he|his|him|she|her|hers)\b/gi)) /^(?:he|his|him)$/i.test(m[1]) ? he++ : she++;
  }
  return he >= 2 && she === 0 ? 'he' : she >= 2 && he === 0 ? 'she' : null;
}

/** "the company", "the ships-and-ports firm": "the" and lower-case words only. */
const plainDescription = /^[Tt]he(?:\s+[\p{Ll}-]+)+$/u;

/** An unnamed person who spoke: the head noun ("surgeon"), what the source says of them, and where they were last met. */
interface UnnamedSource {
  head: string;
  role: string | null;
  organisation: string | null;
  seen: number;
  /** Where the source of the first mention starts, and where that of the last mention ends. */
  start: number;
  end: number;
}

/**
 * What `person` said in their last attribution among the few before the `seen`th, when an unnamed source
 * lies inside it ("Ana Berg told reporters her son had told her he was innocent"): that source is part
 * of the report, not someone who speaks after it. Only attributions and their order are read.
 */
function reportAround(out: Attribution[], order: number[], personOf: Array<Person | null>, seen: number, person: Person, unnamed: UnnamedSource): Span | null {
  for (let k = seen - 2; k >= 0 && k >= seen - 6; k--) {
    if (personOf[order[k]] !== person) continue;
    const content = out[order[k]].content;
    return content.start <= unnamed.start && unnamed.end <= content.end ? content : null;
  }
  return null;
}

/** Plurals in no "-s": "people who said ... He replies" is no "he". */
const pluralsWithoutS = new Set(['people', 'police', 'staff', 'personnel', 'crew', 'public', 'media', 'children', 'men', 'women']);

/** Whether the head noun of an unnamed source names several people ("officials", "people"). */
function isPluralHead(head: string): boolean {
  return head.endsWith('s') || pluralsWithoutS.has(head);
}

/** How far after an unnamed source a "he" or "she" may stand for it. */
const unnamedPronounReach = 600;
/** Whether `text` names the office `head` with a qualifier that makes it another one ("Deputy Mayor", "shadow chancellor"). */
function qualifiedOffice(text: string, head: string): boolean {
  const at = text.toLowerCase().lastIndexOf(head);
  // "Deputy Prime Minister John Prescott" holds no "prime minister" office: one word may stand between.
  return at > 0 && /\b(?:deputy|vice|assistant|shadow|former|ex)[-\s]+(?:\p{L}+[-\s]+)?$/u.test(text.slice(0, at).toLowerCase());
}

/**
 * "The new health secretary is Priya Nandakumar ... The minister said": a plain "the minister" with no
 * minister met is the department's secretary mentioned last.
 */
function secretaryAsMinister(latestWithRole: Map<string, Person>, head: string, sourceText: string): Person | null {
  if (head !== 'minister' || !/^[Tt]he\s+minister$/.test(sourceText)) return null;
  const secretary = latestWithRole.get('secretary');
  return secretary !== undefined && secretary.role !== null && isDepartmentSecretary(secretary.role) ? secretary : null;
}

/** A former holder's qualifier ("Carvalho's former coach", "ex-manager"). */
const formerQualifier = /\b(?:former|ex)[-\s]+(?:\p{L}+[-\s]+)?$/u;

/**
 * "Carvalho's former coach at Estrela, Jorge Pinto, said ... The coach added": a former holder of a
 * job (not a public office such as "prime minister" or "chancellor", which someone else holds now)
 * who spoke in the attribution just before, when no one holds the plain job in the text.
 */
function formerHolderStill(person: Person, head: string, seen: number): Person | null {
  if (titles.has(head) || person.role === null || seen - person.lastSeen !== 1) return null;
  const role = person.role.toLowerCase();
  const at = role.lastIndexOf(head);
  return at > 0 && formerQualifier.test(role.slice(0, at)) ? person : null;
}

/** The letters of a seat, read as the head of "the Salford MP". */
const seatHeads = new Set(['mp', 'mep', 'msp', 'mla', 'mpp']);

/** Title words that describe an office rather than name a person ("the island state", "the former"). */
const notPersonTitles = new Set(['state', 'foreign', 'defence', 'defense', 'former', 'acting', 'vice', 'prime', 'deputy', 'chief']);

/** Two capitalised words in a row, not opening with a title of address or a sentence's first word: a full name, most often. */
const fullNameLike = /(?<![\p{L}'’])(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|The|A|An|In|On|At|But|And|It|He|She|They|We|This|That|Its|His|Her|If|As)\b)\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}\p{Ll}+/u;

/** Whether two capitalised words matched in `text` are a body's name: after "the" or before a third capital ("the Official Charts Company"). */
function bodyNameLike(text: string, m: RegExpExecArray | RegExpMatchArray): boolean {
  const end = m.index! + m[0].length;
  return /(?:^|[ \u00a0])the[ \u00a0]+$/.test(text.slice(Math.max(0, m.index! - 5), m.index)) || /^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 2));
}

/** Titles before a name that say its sex ("Lord Woolf" is a man). */
const titleSexes = new Map<string, 'he' | 'she'>([['Lord', 'he'], ['Sir', 'he'], ['King', 'he'], ['Prince', 'he'], ['Lady', 'she'], ['Dame', 'she'], ['Queen', 'she'], ['Princess', 'she']]);

/**
 * Whether `between`, the text from an unnamed source to a "he" or "she", names someone else: the
 * person the pronoun would otherwise stand for, by surname, or anyone in full ("Ivo Lind") whom
 * the pronoun may stand for. Not a name inside a quotation, which gives the source's own words, nor
 * one whose given name or title says the other sex ("A spokeswoman said Lord Lunde agreed. She said").
 */
function namedBetween(between: string, person: Person | null, pronoun: 'he' | 'she'): boolean {
  if (person !== null && containsWord(between, person.name.slice(person.name.lastIndexOf(' ') + 1))) return true;
  const narrated = /["\u201c]/.test(between) ? between.replace(quotationsInParagraph, (q) => ' '.repeat(q.length)) : between;
  for (const m of narrated.matchAll(fullNamesLike)) {
    if (bodyNameLike(narrated, m)) continue;
    const first = m[0].slice(0, m[0].search(/[ \u00a0]/));
    const sex = titleSexes.get(first) ?? givenNameSex(first);
    if (sex === null || sex === pronoun) return true;
  }
  return false;
}

/** Whether `word` stands in `text` as a word of its own: "Berg" is not in "RBerg" or "Bergman". */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + word.length))) return true;
  }
  return false;
}

/**
 * What may come before a sentence's subject: a short adverbial set off by a comma ("For his part, ",
 * "Meanwhile, ", "On Monday, ") or a conjunction ("But "). The first word is one of a closed class, so
 * that a list of surnames ("Lind, Tom Reed and ...") is no opener.
 */
const subjectOpener = String.raw`(?:(?:(?:For|In|On|At|After|Before|Since|By|Despite|Meanwhile|However|Instead|Now|Still|Indeed|Earlier|Later|Last|This|Separately|Elsewhere|Yesterday|Today|Overall|Initially|Recently|Previously|Similarly|Ultimately|Finally|Nevertheless|Again|Then)(?:[ \u00a0]+[\p{Ll}\p{N}]+){0,3},|But|And|Yet|So)[ \u00a0]+)?`;

/** "'s" after a name that is "is" or "has" rather than a possessive: "Adam Berg's pressing ahead", "Ana Lind's been told". */
const contractedVerb = String.raw`['’]s(?=[ \u00a0]+(?:been|got|gone|not|never|still|already|always|also|now|just|\p{Ll}{2,}ing)(?!\p{L}))`;

/** A full name opening a sentence ("... the winter. Ana Berg spent ...", "Ana Lima, 81, spent", "For his part, Adam Berg's pressing"), after a sentence's end or a line break. */
const sentenceSubjectName = new RegExp(String.raw`(?:[.!?]["”’]?\s+|\n\s*)${subjectOpener}(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Lu}\p{Ll}+)(?=(?:,[ \u00a0]+\d{1,3},|${contractedVerb})?[ \u00a0]+\p{Ll})`, 'gu');

/** Whether text[from, to) opens a sentence with the full name of someone who is no speaker met so far. */
function newSubjectBetween(text: string, from: number, to: number, known: Map<string, Person>, pronoun: 'he' | 'she', person: Person): boolean {
  if (to - from > 3000) return false;
  // Not a name inside a quotation ("Tom Reed knows it," Ivo Lind said. He added); its sentences' ends stay.
  const read = text.slice(from, to);
  const between = /["\u201c]/.test(read) ? read.replace(quotationsInParagraph, (q) => q.replace(/\p{L}/gu, 'x')) : read;
  const same = pronoun === 'he' ? /\b(?:he|his)\b/i : /\b(?:she|her)\b/i;
  // "Mr Blair has the same passion for the job, he said": the pronoun that says who spoke is someone else.
  const spoke = pronoun === 'he' ? /\bhe\s+(?:said|says|added|told|insisted|argued|warned)\b/i : /\bshe\s+(?:said|says|added|told|insisted|argued|warned)\b/i;
  // Someone met before counts too, in a sentence before the pronoun's, unless it is the person the pronoun
  // would stand for, or no person of that sex ("Dame Ana Berg ... she", then Kalns spoke, then
  // "Ana Berg spent the winter ... she said"); "Mr Blair has the passion, he said" is what another said.
  const sameAsMet = (surname: string, end: number, given?: string): boolean => {
    const met = known.get(surname.toLowerCase());
    // "Ivo Lind said ... Meanwhile, Tom Lind will not be fined ... He denies": another given name is someone else.
    if (met !== undefined && given !== undefined && met.words > 1 && !met.name.startsWith(`${given} `)) return false;
    return met !== undefined && (met === person || met.organisationOnly || (met.pronoun != null && met.pronoun !== pronoun) || !/[.!?](?:\s|$)/.test(between.slice(end)));
  };
  for (const m of between.matchAll(sentenceSubjectName)) {
    if (notFirstNames.has(m[1]) || sameAsMet(m[2], m.index! + m[0].length, m[1])) continue;
    // Only when that sentence itself goes on with the same pronoun ("Ana Berg spent the winter in
    // Riga where she sang to full houses").
    const sentence = /^[^.!?\n]*/.exec(between.slice(m.index! + m[0].length))![0];
    if (same.test(sentence) && !spoke.test(sentence)) return true;
  }
  // "President Ellen Hart approved a declaration. "Texas will not face this alone," she wrote.",
  // "Margaret Allen, 81, spent the night in a hall. "...," she said.": a full name with a title, an
  // age or a given name of that sex opening the sentence just before the pronoun's, and no speaker met.
  let last: RegExpExecArray | null = null;
  subjectName.lastIndex = 0;
  for (let m = subjectName.exec(between); m; m = subjectName.exec(between)) if (m.index > 0) last = m;
  const subject = last && subjectOf(last, between, pronoun);
  // "Piers Holt is a senior officer on the picket line. He said: ...": the pronoun opening the very next
  // sentence says as much as an age or a title would.
  const opensNext = /[.!?]["\u201d\u2019]?[ \u00a0]+$/.test(between);
  if (subject && (subject.evidence || opensNext) && !subject.addressed && !sameAsMet(last![3], subject.end, last![2])) {
    if (stopsOutsideQuotations(between.slice(subject.end)) === 1) return true;
  }
  const introduced = introducedBefore(between, pronoun);
  return introduced !== null && !sameAsMet(nameOf(introduced.name).lastName, introduced.end, introduced.name.slice(0, introduced.name.indexOf(' ')));
}

/** A capitalised word after "but", then a verb: "..., but Kalns is unworried."; group: the word. */
const butSubject = /(?:,[ \u00a0]*|[ \u00a0])but[ \u00a0]+(\p{Lu}[\p{L}'’-]+)[ \u00a0]+(?:is|was|has|had|remains|remained|seems|seemed|insists|insisted|(?:\p{Ll}+ed))\b[^.!?\n]*[.!?]["\u201d\u2019]?\s+$/u;

/**
 * The known person a surname names as the subject of a clause after "but" that ends the sentence right
 * before text[to] ("..., but Kalns is unworried. He admitted"), read after `from`; or null.
 */
function contrastedSubject(text: string, from: number, to: number, known: Map<string, Person>): Person | null {
  if (to - from > 3000 || to <= from) return null;
  const m = butSubject.exec(text.slice(Math.max(from, to - 400), to));
  return m === null ? null : known.get(m[1].toLowerCase()) ?? null;
}

/**
 * A person introduced in the sentence just before the end of `near` outside a subject's place: "The new
 * health secretary is Priya Nandakumar, the MP for Eastleigh.", "The jury heard from Sandra Okoye, who
 * paid a deposit in 2020." Not one of the other sex by given name.
 */
function introducedBefore(text: string, pronoun: 'he' | 'she'): Subject | null {
  // The sentence before the pronoun's lies within the last few hundred characters: only they are read.
  const offset = Math.max(0, text.length - introducedReach);
  const near = text.slice(offset);
  let last: RegExpExecArray | null = null;
  introducedName.lastIndex = 0;
  // Where the read starts opens a sentence only at the start of the text.
  for (let m = introducedName.exec(near); m; m = introducedName.exec(near)) if (!(m.index === 0 && offset > 0 && /^[Tt]/.test(m[0]))) last = m;
  if (last === null) return null;
  const given = last[2] ?? last[4];
  const surname = last[3] ?? last[5];
  const end = offset + last.index + last[0].length;
  if (notFirstNames.has(given) || notGivenNames.has(given) || givenNameSex(given) === (pronoun === 'he' ? 'she' : 'he')) return null;
  // The pronoun's sentence is the next one.
  if (stopsOutsideQuotations(text.slice(end)) !== 1) return null;
  const role = last[1] ? last[1].trim().replace(/^(?:new|incoming|newly appointed)\s+/, '') : null;
  return { name: `${given} ${surname}`, role, addressed: false, evidence: true, end };
}

/** Cues of answering a charge in court ("denies", "pleaded not guilty to"), and words of a charge in what is answered. */
const answersCharge = /^(?:denies|denied|deny|pleaded|pleads|has pleaded|had pleaded|admits|admitted|has admitted|had admitted)\b/i;
const chargeWords = /\b(?:counts?|charges?|guilty|murder|manslaughter|fraud|offences?|rape|assault|theft|causing death)\b/i;

/** A lower-case word, then a full name: "champion Ivo Kalns". */
const describedInSentence = /(?:^|\s)(\p{Ll}+)[ \u00a0]+(\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}\p{Ll}+)(?![\p{L}])/u;
/** Words before a name that are no description of a person ("in New York", "to Tony Blair"). */
const prepositions = new Set(['in', 'at', 'on', 'from', 'to', 'of', 'for', 'with', 'by', 'and', 'or', 'as', 'about', 'into', 'near', 'across', 'than', 'like', 'that', 'the', 'a', 'an']);

/** A surname alone with an age opening a sentence: "Lindqvist, 59, joined". */
const surnameWithAge = /(?:[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*|^)(\p{Lu}\p{Ll}+),[ \u00a0]+\d{1,3},[ \u00a0]+(?=\p{Ll})/gu;

/**
 * A short description set off by commas after a name, opening in lower case: ", known as Queen of the
 * Sky,", ", a former flight attendant,", ", best known for his role in the Harbour films,". Up to ten
 * words with no quotation or stop, so that a list of names ("Ana Lima, Paul Berg and ...") or a clause
 * is no description.
 */
const appositive = String.raw`,[ \u00a0]+\p{Ll}[^\s,.;:!?"\u201c\u201d]*(?:[ \u00a0]+[^\s,.;:!?"\u201c\u201d]+){0,9},`;

/** A surname: capitals inside ("McLeish", "O'Neill") and a hyphen ("Smith-Jones") allowed. */
const surnameWord = String.raw`\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?`;

/**
 * A surname alone opening a sentence before a word in lower case, maybe after a short description in
 * commas: "Oberholz has now beaten Varga twice.", "Meanwhile, Lindqvist admitted ...", "But Lindqvist,
 * speaking to the Herald, admits ...". Read only in the sentence right before a pronoun, and
 * taken only for a person named in full before (surnameSubjectBefore).
 */
const surnameSubject = new RegExp(String.raw`(?:[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*|^)${subjectOpener}(${surnameWord})(?:${appositive})?[ \u00a0]+(?!(?:and|or|of|in|on|at|for|to|with|from|by|the|a|an)[ \u00a0])(?=\p{Ll})`, 'gu');

/**
 * The last sentence of a stretch opening with two capitalised words, a full name, and no stop after
 * them; not a time or a place ("On Sunday he said", "In Paris he said").
 */
const ownSentenceNamed = /[.!?]["\u201d\u2019]?\s+(?!(?:On|In|At|By|For|From|Last|This|Next|Since|After|Before|During|Until|With|Despite|But|And|So|Then|When|While|As|If)[ \u00a0])\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}\p{Ll}+[^.!?]*$/u;

/** How far back from a pronoun `introducedBefore` reads. */
const introducedReach = 800;

/**
 * The surname alone that opens the sentence right before the end of `near` ("Oberholz has now beaten
 * Varga twice. "...," he said"), or with `sentences` 0 the pronoun's own sentence ("O'Hara has been in
 * talks and he said"), or null. `cut`: `near` starts inside the text, so its start opens no sentence.
 */
function surnameSubjectBefore(text: string, at: number, sentences = 1): Subject | null {
  const cut = at > subjectReach;
  const near = text.slice(Math.max(0, at - subjectReach), at);
  let last: RegExpExecArray | null = null;
  surnameSubject.lastIndex = 0;
  for (let m = surnameSubject.exec(near); m; m = surnameSubject.exec(near)) if (!(m.index === 0 && cut)) last = m;
  if (last === null || notFirstNames.has(last[1]) || notGivenNames.has(last[1]) || isTitle(last[1].toLowerCase())) return null;
  const end = last.index + last[0].length;
  // A line that ends in no stop is a headline: it and the sentence after it are read as one sentence,
  // which the pronoun must then open ("Berg wins in Oslo / Kari Berg took gold on Sunday. / She said").
  const since = near.slice(end);
  const headline = /[^.!?"\u201d\u2019:\s][ \u00a0]*\n/.test(since);
  if (sentencesBetween(since) !== sentences || (headline && !/[.!?]["\u201d\u2019]?\s+$/.test(since))) return null;
  // In the pronoun's own sentence, a capitalised word after the surname may be whom the pronoun stands
  // for ("Latvia gave champion Ivo Kalns a medal when he refused").
  if (sentences === 0 && /[ \u00a0(]\p{Lu}(?!['’][ \u00a0])/u.test(since)) return null;
  // "Riley moved away to win. Ivo Kalns came in third as he continues": a full name opening the pronoun's own sentence is its subject.
  if (sentences === 1 && ownSentenceNamed.test(since)) return null;
  return { name: last[1], role: null, addressed: true, evidence: true, end, surnameOnly: true };
}

/** How far before a "he" or "she" `subjectOfSentenceJustBefore` reads. */
const previousSubjectReach = 400;

/** A title's abbreviation or an initial, whose stop ends no sentence ("with Mr. Lew", "Govs. Ana Berg and", "J. Reed"). */
const titleStops = /(?<![\p{L}.])(?:Mr|Mrs|Ms|Dr|Prof|Gov|Govs|Sen|Sens|Rep|Reps|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|Messrs|\p{Lu})\./gu;

/**
 * The name opening the sentence right before the one of text[at], as its subject before a verb in
 * lower case ("Mr. Aalto rejected that.", "Sven Aalto rejected that.", "Aalto rejected that."): the
 * surname, the given name or title of address before it, where it starts, and the text from it to
 * text[at] with quotations left out; or null. Not when the pronoun's own sentence names someone in
 * full before it.
 */
function subjectOfSentenceJustBefore(text: string, at: number): { surname: string; given: string | null; start: number; rest: string } | null {
  const from = Math.max(0, at - previousSubjectReach);
  // The same length, so that offsets hold.
  const near = text.slice(from, at).replace(titleStops, (t) => `${t.slice(0, -1)} `);
  let found: { surname: string; given: string | null; start: number; end: number } | null = null;
  const take = (m: RegExpMatchArray, surname: string, given: string | null, words: string) => {
    // The start of what is read opens a sentence only at the start of the text.
    if (m.index === 0 && from > 0) return;
    // "Under My Ask Jeeves users can ...": a word opening the name that is no name's.
    const first = /^\p{Lu}\p{Ll}+/u.exec(words)?.[0];
    if (first !== undefined && (notFirstNames.has(first) || notGivenNames.has(first))) return;
    const end = m.index! + m[0].length;
    if (found === null || end > found.end) found = { surname, given, start: from + m.index!, end };
  };
  for (const m of near.matchAll(subjectName)) take(m, m[3], m[2], m[1] || m[2]);
  for (const m of near.matchAll(surnameSubject)) take(m, m[1], null, m[1]);
  if (found === null) return null;
  const { surname, given, start, end } = found;
  const rest = near.slice(end).replace(quotations, '');
  if (sentencesBetween(rest) !== 1) return null;
  const own = /[^.!?\n]*$/.exec(rest)![0];
  return fullNameLike.test(own) ? null : { surname, given, start, rest };
}

/**
 * A sentence opening with an indefinite article and the words after it, up to its first punctuation
 * or quotation. Not "The": a definite description opening a sentence is as often another name for
 * the person just quoted ("The Dutch midfielder", "The chancellor") as someone new.
 */
const describedOpening = new RegExp(String.raw`(?:[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*|^)${subjectOpener}((?:A|An)[ \u00a0][^.,;:!?"\u201c\u201d()\n]{1,160})`, 'gu');

/** Past and present forms of an opening sentence's verb ("arrived", "calls", "met"); "A potential vice president pick, Ana Berg is ..." has none after "president". */
const irregularPasts = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'met', 'went', 'came',
  'made', 'gave', 'took', 'spoke', 'wrote', 'flew', 'left', 'sent', 'held', 'led', 'won', 'lost', 'saw', 'got', 'put', 'set', 'ran', 'sat', 'stood', 'began', 'became']);
function verbLike(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && (/(?:ed|s)$/.test(word) || irregularPasts.has(word));
}

/** Words after a described subject that are no verb of its own: "The minister of ...", "A man who ...". */
const notPredicates = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'with', 'and', 'or', 'who', 'whose', 'which', 'that', 'to', 'by', 'as', 'said', 'says', 'told', 'added']);

/**
 * A person described, not named, as the subject opening the sentence right before the one of
 * text[at] ("A senior Nordvik diplomat arrived on Monday.", "An EU foreign policy official called for
 * calm."): the description (an article and up to six words ending in a noun for a
 * person, before a word in lower case), where it starts and ends, and the text from its end to
 * text[at] with quotations left out; or null. Not when the pronoun's own sentence names someone in full.
 */
function describedSubjectJustBefore(text: string, at: number): { description: string; start: number; end: number; rest: string } | null {
  const from = Math.max(0, at - previousSubjectReach);
  const near = text.slice(from, at).replace(titleStops, (t) => `${t.slice(0, -1)} `);
  let found: RegExpExecArray | null = null;
  describedOpening.lastIndex = 0;
  for (let m = describedOpening.exec(near); m; m = describedOpening.exec(near)) if (!(m.index === 0 && from > 0)) found = m;
  if (found === null) return null;
  // The head is the last noun for a person before a word in lower case that is no other such noun,
  // read up to a determiner or a preposition ("The minister visited the depot": "minister").
  const words = found[1].split(/[ \u00a0]+/);
  let k = -1;
  for (let j = 1; j < Math.min(words.length - 1, 7) && !notPredicates.has(words[j]) && !determinerWords.has(words[j]); j++) {
    const next = words[j + 1];
    if ((isPersonNoun(words[j].toLowerCase()) || anonymousHeads.has(words[j].toLowerCase())) && verbLike(next) && !notPredicates.has(next) && !isPersonNoun(next)) k = j;
  }
  if (k < 0) return null;
  const description = words.slice(0, k + 1).join(' ');
  const start = from + found.index + found[0].length - found[1].length;
  const end = start + found[1].indexOf(words[k], description.length - words[k].length) + words[k].length;
  const rest = near.slice(end - from).replace(quotations, '');
  if (sentencesBetween(rest) !== 1) return null;
  const own = /[^.!?\n]*$/.exec(rest)![0];
  return fullNameLike.test(own) ? null : { description, start, end, rest };
}

/** "The new health secretary is Priya Nandakumar", "heard from Sandra Okoye": groups: the office, the given name and surname of either form. */
const introducedName = /(?:[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*|^)[Tt]he[ \u00a0]+((?:[\p{Ll}-]+[ \u00a0]+){1,4})(?:is|will be)[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Lu}\p{Ll}+)(?=[ \u00a0]*[,.])|\b(?:heard|hears|will hear)[ \u00a0]+(?:evidence[ \u00a0]+)?from[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Lu}\p{Ll}+)(?=[ \u00a0]*[,.])/gu;

/** How far before a "he" or "she" with no speaker the pass reads for a full name opening a sentence (subjectBefore). */
export const subjectReach = 1500;

/** A possessor of up to three capitalised words before a name: "Labour's Tony Lind", "The Harbour Post's Ana Lima". */
const possessor = String.raw`(?:(?:(?:The|the)[ \u00a0]+)?(?:\p{Lu}[\p{L}-]*[ \u00a0]+){0,2}\p{Lu}[\p{L}-]*['’]s[ \u00a0]+)?`;

/**
 * A full name opening a sentence, after up to two title words and before a verb in lower case, with an
 * age or a "who" clause between: "President Ellen Hart approved", "Margaret Allen, 81, spent", "*Lena
 * Marsh became", "Mr Hoffmann told", "Rovers manager Steve Holloway had", "Rebecca Sinclair, who ran
 * the Treasury, returns". Groups: the title words, the given name (or title of address), the surname.
 */
const subjectName = new RegExp(String.raw`(?:[.!?]["\u201d\u2019*_]?[ \u00a0]+|\n[ \u00a0*_>#-]*|^[ \u00a0*_>#-]*)${subjectOpener}${possessor}((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+){0,2}(?:\p{Ll}+[ \u00a0]+)?)(\p{Lu}\p{Ll}+)\.?[ \u00a0]+(${surnameWord})(?=(?:,[ \u00a0]+\d{1,3},|,[ \u00a0]+who[ \u00a0][^,.;:!?"\u201c\u201d\n]{1,120},|${appositive}|${contractedVerb})?[ \u00a0]+\p{Ll})`, 'gu');

/** Capitalised words that open a sentence before a name-like word and are no given name ("North Devon", "Real Madrid", "Under Japanese rule"). */
const notGivenNames = new Set(['North', 'South', 'East', 'West', 'New', 'Old', 'Great', 'Little', 'Real', 'Royal', 'Saint', 'Under', 'Over', 'Upper', 'Lower',
  'Central', 'Greater', 'United', 'Many', 'Most', 'Some', 'Several', 'Both', 'Each', 'Every', 'All', 'Few', 'Other', 'Such', 'Like', 'Unlike', 'Dear', 'Team', 'Labour']);

/** A title of address before a surname, and the pronoun it says ("Mr" he, "Ms" she; "Dr" neither); "Sir" and "Dame" go with a given name. */
const addressPronouns = new Map<string, 'he' | 'she' | null>([['Mr', 'he'], ['Mrs', 'she'], ['Ms', 'she'], ['Miss', 'she'], ['Dr', null], ['Prof', null]]);

/** A sentence's subject found by `subjectName`: the name (a surname alone after a title of address), its title words, and what says it is a person of that sex. */
interface Subject {
  name: string;
  role: string | null;
  /** The employer written before a title in lower case ("Rovers" in "Rovers manager Steve Holloway"). */
  organisation?: string;
  /** Named by a title of address and surname ("Mr Hoffmann"). */
  addressed: boolean;
  /** A title, an age or a given name or title of address of that sex says the pronoun may stand for it. */
  evidence: boolean;
  /** Where the match ends in the text searched. */
  end: number;
  /** A surname alone with nothing that says it is a person: taken only for one met or named in full before. */
  surnameOnly?: boolean;
  /** Named by a sentence opening "For" or "To" (topicName). */
  topic?: boolean;
  /** The capitalised words of the sentence outside the name, which may be the surnames of people met (describedNameBefore). */
  others?: string[];
}

/** "the" and adjectives in lower case before one capitalised word: "the seasoned and in-form Reed", "the injured Berg". */
const epithetBeforeName = /^[Tt]he\s+(?:(?:and|\p{Ll}[\p{Ll}-]*)\s+)*\p{Ll}[\p{Ll}-]*\s+\p{Lu}\p{Ll}+$/u;

/** How far after a report a pronoun may stand for its speaker rather than for someone the report named. */
const nextSentenceReach = 600;

/** The stops outside quotations in `text`: one means the text runs from inside a sentence to the end of the next. */
function stopsOutsideQuotations(text: string): number {
  return (text.replace(quotations, '').match(/[.!?](?:\s|$)/g) ?? []).length;
}

/** How many sentences end in `between`, quotations left out. */
function sentencesBetween(between: string): number {
  return (between.replace(quotations, '').match(/[.!?](?:["\u201d\u2019]?\s|$)/g) ?? []).length;
}

/** The text from a cue to a source inside what it reports, when that source is part of the report: no other clause, no quoting verb. */
const embeddedReport = /^(?!(?:quoted|quoting|cited|citing|reported|reporting)\b)[^.;!?]*$/u;
const embeddedClauseBreak = /(?:,\s*|\s)(?:but|while|whereas|although|and)\s/u;

/** Words for a person by what they play, perform or are, which a text uses for someone it named as a subject ("the youngster", "the champion"). */
// Not a position in a team: a match report names many players, and "the keeper" is as often the
// other side's.
const describedPersonHeads = new Set(['youngster', 'teenager', 'champion', 'star', 'veteran', 'actor', 'actress', 'singer', 'golfer', 'boxer', 'sprinter', 'athlete',
  'swimmer', 'skater', 'jockey', 'musician', 'rapper', 'comedian']);

/** A player's position, which a match report gives players of both sides ("The keeper denied him again" is the other side's). */
const teamPositions = new Set(['keeper', 'goalkeeper', 'striker', 'defender', 'midfielder', 'winger', 'forward', 'lock', 'prop', 'hooker', 'flanker',
  'fly-half', 'scrum-half', 'full-back', 'centre-back', 'centre-half', 'playmaker', 'batsman', 'bowler', 'wicketkeeper', 'quarterback', 'pitcher']);

/** How far back from an office `subjectOffice` reads for what opens its sentence. */
const sentenceOpeningReach = 200;
/** Where a description that opens its sentence may start: after a sentence's end, a connective, or a quotation and its cue. */
const sentenceSubjectBefore = /(?:^|[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*)(?:(?:But|And|Meanwhile|However|Later|Now),?[ \u00a0]+)?$|[,.!?]["\u201d\u2019][ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?$/u;

/**
 * Whether an office with no one met to hold it ("Gordon Brown has delivered a speech ... The chancellor
 * said") may be the subject of a sentence before, as a word for a player or performer is: the
 * description is its own sentence's subject ("He is on bail and the judge agreed" is someone else),
 * names no owner ("the campaign's director" works for the campaign) and is no team position.
 */
function subjectOffice(text: string, start: number, info: SourceInfo, sourceText: string): boolean {
  const head = info.head;
  return head !== null && isTitle(head) && !notPersonTitles.has(head) && !teamPositions.has(head) && info.role !== null && !info.anonymous &&
    !/['\u2019]s?\s/u.test(sourceText) && sentenceSubjectBefore.test(text.slice(Math.max(0, start - sentenceOpeningReach), start)) &&
    !describesAnotherHolder(text.slice(Math.max(0, start - sourceLookback), start), head);
}

/** A description after a word in lower case and an article, up to three words: "met the Bank governor", "spoke to a judge on". */
const describedAfterVerb = /(?<![\p{L}])(\p{Ll}+)[ \u00a0]+(?:the|a|an)[ \u00a0]+((?:[\p{L}-]+[ \u00a0]+){0,2}[\p{L}-]+)/gu;
/** Words before a description that make it the subject's own ("is the governor", "as chancellor"). */
const copulas = new Set(['is', 'was', 'be', 'been', 'became', 'becomes', 'remains', 'as']);

/**
 * Whether `near`, the text just before an office, describes someone else by it ("Gordon Brown met the
 * governor on Monday. The governor said" is the governor, whom nothing names).
 */
function describesAnotherHolder(near: string, head: string): boolean {
  for (const m of near.matchAll(describedAfterVerb)) if (!copulas.has(m[1]) && m[2].split(/[ \u00a0]+/).includes(head)) return true;
  return false;
}

/** Nouns of fame that any person may be called, whatever their office ("the pop star", "the screen legend"). */
const fameHeads = new Set(['star', 'superstar', 'legend', 'veteran', 'icon', 'idol']);

/** Words that qualify an office written before its employer ("Former Labour leader"). */
const officeQualifiers = new Set(['Former', 'Ex', 'Acting', 'Deputy', 'Shadow', 'Interim', 'Outgoing']);

/** A lower-case word and a name after a name: "frontwoman Ana Berg". */
const roleBeforeName = /^[ \u00a0]+(\p{Ll}+)[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}/u;

/** A word of where a person is from, before a name: "Briton", "Scot", "New Yorker", "Australian", "Spaniard". */
const demonym = /^(?:Briton|Scot|Welshman|Welshwoman|Irishman|Irishwoman|Englishman|Englishwoman|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Spaniard|Dane|Swede|Finn|Pole|Czech|Greek|Swiss|Thai|Iraqi|Israeli|Pakistani|Saudi|Londoner|Texan|New (?:Yorker|Zealander)|\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|can))$/u;

/** Words for a person by what they do that no title list holds, written before a name like a title ("Songwriter Ana Berg", "Rovers legend Tom Reed"). */
const personWordsBeforeName = new Set(['songwriter', 'singer-songwriter', 'frontman', 'frontwoman', 'bandleader', 'pundit']);

/** Whether a word before a name describes a person: a title, an occupation, or a word for a performer, a player or fame. */
function describesPerson(lower: string): boolean {
  return isTitle(lower) || describedPersonHeads.has(lower) || fameHeads.has(lower) || personWordsBeforeName.has(lower);
}

/** The subject of a `subjectName` match, or null when it is no person's name or is of the other sex than `pronoun`. */
function subjectOf(m: RegExpExecArray, searched: string, pronoun: 'he' | 'she'): Subject | null {
  let titleWords = m[1].trim() === '' ? [] : m[1].trim().split(/[ \u00a0]+/);
  const end = m.index + m[0].length;
  // "Was Okafor relieved by the result?": the verb of a question is no given name; the surname alone
  // names its subject, as after a title of address, but says nothing of the sex.
  const asked = opensQuestion(titleWords[0] ?? m[2], searched.slice(end, end + questionReach));
  if (asked && titleWords.length === 0) return { name: m[3], role: null, addressed: true, evidence: false, end };
  if (asked) titleWords = titleWords.slice(1);
  const address = addressPronouns.get(m[2]);
  if (address !== undefined) {
    if (titleWords.length || (address !== null && address !== pronoun)) return null;
    return { name: m[3], role: null, addressed: true, evidence: address === pronoun, end };
  }
  const name = `${m[2]} ${m[3]}`;
  // "Ms Kira Lenz won ... he said": a title of address before the full name says the sex.
  const said = titleWords.length ? addressPronouns.get(titleWords[titleWords.length - 1]) : undefined;
  if (said != null && said !== pronoun) return null;
  // "Rovers manager Steve Holloway": capitals before a title in lower case name the employer; else every word is a title.
  const lowerTitle = titleWords.length > 0 && /^\p{Ll}/u.test(titleWords[titleWords.length - 1]);
  // "Home Secretary Tom Reed", "Ex-Home Secretary Tom Reed": capitals before a title name its portfolio.
  const titled = lowerTitle ? describesPerson(titleWords[titleWords.length - 1]) && titleWords.length > 1 && !notFirstNames.has(titleWords[0])
    : titleWords.every((w) => describesPerson(w.toLowerCase())) || (describesPerson(titleWords[titleWords.length - 1].toLowerCase()) && !notFirstNames.has(titleWords[0]) && !notGivenNames.has(titleWords[0]));
  // "Briton Kelly Lind won", "New Yorker Dan Lind is": a word of where the person is from describes them, no title.
  const fromWhere = titleWords.length > 0 && demonym.test(titleWords.join(' '));
  if (notFirstNames.has(m[2]) || notGivenNames.has(m[2]) || isTitle(m[2].toLowerCase()) || !(titled || fromWhere) ||
    companyNameEnd.test(name) || bodyNameEnd.test(name)) return null;
  const sex = givenNameSex(m[2]);
  if (sex !== null && sex !== pronoun) return null;
  // "Harbour Lights frontwoman Ana Berg collected", "Sea Dogs veteran Tom Reed was": capitals before a role and a name are an employer.
  const described = roleBeforeName.exec(searched.slice(end));
  if (described && (isPersonNoun(described[1]) || /^\p{Ll}{2,}(?:man|woman|person|er|or|ist|ian|eran)$/u.test(described[1]))) return null;
  const aged = /^,[ \u00a0]+\d/.test(searched.slice(end));
  // "Sir Tom Reed": a title of address is no role.
  const office = titleWords.filter((w) => !/^(?:Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Miss)$/.test(w));
  // "Latvian striker Ivo Kalns": a nationality is part of the role, no employer.
  if (lowerTitle && !(office.length === 2 && nationality.test(office[0]))) {
    // "Former Labour leader Tom Reed": a qualifier of the office stays in the role.
    // "Former minister Tom Reed": a qualifier alone before the office is no employer.
    const qualified = office.length >= 2 && officeQualifiers.has(office[0]);
    const role = qualified ? `${office[0]} ${office[office.length - 1]}` : office[office.length - 1];
    return { name, role, organisation: office.slice(qualified ? 1 : 0, -1).join(' ') || undefined, addressed: false, evidence: true, end };
  }
  if (fromWhere) return { name, role: null, addressed: false, evidence: aged || sex === pronoun, end };
  return { name, role: office.length ? office.join(' ') : null, addressed: false, evidence: titleWords.length > 0 || aged || sex === pronoun, end };
}

/**
 * An office a sentence's subject took or holds, right after the name: "became education secretary in
 * March", "was appointed chief executive last year", "is the new party leader."; group: the office, up
 * to four words in lower case, before a time, a place or the sentence's end.
 */
const becameOffice = /^[ \u00a0]+(?:became|becomes|has[ \u00a0]+become|was[ \u00a0]+(?:appointed|named|elected|made)|has[ \u00a0]+been[ \u00a0]+(?:appointed|named|elected))[ \u00a0]+(?:(?:the|a|an|its|their)[ \u00a0]+)?((?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,3}?\p{Ll}[\p{Ll}-]*)(?=[ \u00a0]+(?:in|on|last|this|at|of|for|after|when|since)\b|[.,;])/u;

/** A sentence opening with an office after "the", and its verb: "Meanwhile, the chancellor is leaving", "The prime minister said". */
const officeSubject = /(?:[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*)(?:\p{Lu}\p{Ll}+,[ \u00a0]+)?[Tt]he[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(\p{Ll}+)[ \u00a0]+(?:is|was|has|had|will|would|\p{Ll}+ed|\p{Ll}+s)\b/gu;

/** A sentence opening with a relative of someone's: "His wife Sharon, ...", "Her son said"; group: the family word. */
const kinSubject = /(?:[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*)(?:His|Her|Their)[ \u00a0]+(\p{Ll}+)(?=[ \u00a0,])/gu;

/** Quotations left out of a stretch of text, to count the sentences outside them. */
const quotations = /["\u201c][^"\u201d]*["\u201d]/g;
/** `quotations` within a paragraph: a quotation that runs on into the next one has no closing mark there. */
const quotationsInParagraph = /["\u201c][^"\u201d\n]*["\u201d]/g;

/** Whether `since` names in full another person whom `pronoun` may stand for, by a given name of that sex ("Ivo Kalns headed ..."). */
function namedSince(since: string, surname: string, pronoun: 'he' | 'she'): boolean {
  for (const m of since.matchAll(fullNamesLike)) if (!m[0].includes(surname) && givenNameSex(m[0].slice(0, m[0].search(/[ \u00a0]/))) === pronoun) return true;
  return false;
}

/**
 * Whether the pronoun at the end of `since` (the rest of its sentence after a subject's name) stands
 * inside a clause of that sentence: no comma, quotation mark, colon or dash right before it (", he
 * said" tags what the sentence reported).
 */
function pronounInsideClause(since: string): boolean {
  return !/[,;:"\u201c\u201d\u2019\u2013\u2014-][ \u00a0]*$/.test(since);
}

/**
 * A full name that a sentence opens with "For" or "To", set off by a comma: the person whose view or
 * case the sentence gives ("For Ana Berg, who ran the project, the need grew out of frustration.",
 * "For analyst Ana Berg, the decision was an error.", "To Mr Lind, it is a vision."). Groups as
 * `subjectName`'s: the title words, the given name (or title of address), the surname.
 */
const topicName = new RegExp(String.raw`(?:[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*|^)(?:For|To)[ \u00a0]+((?:\p{Lu}\p{Ll}+[ \u00a0]+){0,2}(?:\p{Ll}+[ \u00a0]+){0,2})(\p{Lu}\p{Ll}+)\.?[ \u00a0]+(${surnameWord})(?=,)`, 'gu');

/** `subjectName`'s and `topicName`'s matches in `near`, in order; a topic match is marked `topic`. */
function subjectsAndTopics(near: string): Array<RegExpExecArray & { topic?: boolean }> {
  subjectName.lastIndex = 0;
  topicName.lastIndex = 0;
  const all: Array<RegExpExecArray & { topic?: boolean }> = [...near.matchAll(subjectName)] as RegExpExecArray[];
  for (const m of near.matchAll(topicName)) all.push(Object.assign(m as RegExpExecArray, { topic: true }));
  return all.sort((a, b) => a.index - b.index);
}

/** A description set off after a name: "who", or a title within its first four words (", director of sales at ..."). */
const descriptionAfter = /^,[ \u00a0]+(?:who[ \u00a0]|((?:[\p{Ll}-]+[ \u00a0]+){0,3}[\p{Ll}-]+)(?=[ \u00a0,]))/u;

/** Whether `after`, the text right after a name, describes a person: ", who worked on ...", ", director of sales at ...". */
function personDescribedAfter(after: string): boolean {
  const m = descriptionAfter.exec(after);
  return m !== null && (m[1] === undefined || m[1].split(/[ \u00a0]+/).some((w) => isTitle(w)));
}

/**
 * The person a `topicName` match names, when its title words are only in lower case ("For analyst Ana
 * Berg,"), which `subjectOf` takes only after an employer; null for any other match.
 */
function topicOf(m: RegExpExecArray & { topic?: boolean }, pronoun: 'he' | 'she'): Subject | null {
  const titles = m[1].trim();
  if (!m.topic || !/^\p{Ll}/u.test(titles)) return null;
  const words = titles.split(/[ \u00a0]+/);
  const sex = givenNameSex(m[2]);
  if (!isTitle(words[words.length - 1]) || notFirstNames.has(m[2]) || notGivenNames.has(m[2]) || (sex !== null && sex !== pronoun)) return null;
  return { name: `${m[2]} ${m[3]}`, role: titles, addressed: false, evidence: true, end: m.index + m[0].length };
}

/**
 * The person a "he" or "she" that no speaker met answers most likely stands for: the last full name
 * opening a sentence within `subjectReach` before the pronoun's sentence, never a speaker ("President
 * Ellen Hart approved a declaration. "Texas will not face this alone," she wrote."). Only with
 * something that says it is a person of that sex: a title before the name, an age after it, the given
 * name, or the pronoun opening the next sentence of its paragraph ("Lena Marsh became education
 * secretary in March. She spoke to ..."); never a given name of the other sex.
 */
function subjectBefore(text: string, at: number, pronoun: 'he' | 'she'): Subject | null {
  const from = Math.max(0, at - subjectReach);
  const near = text.slice(from, at);
  const opens = pronoun === 'he' ? /^[^\n]*?[.!?]["\u201d\u2019*_]?[ \u00a0]+He\s/ : /^[^\n]*?[.!?]["\u201d\u2019*_]?[ \u00a0]+She\s/;
  let found: Subject | null = null;
  let ownSubject = false;
  for (const m of subjectsAndTopics(near)) {
    // The start of what is read opens a sentence only at the start of the text.
    const read = m.index === 0 && from > 0 ? null : topicOf(m, pronoun) ?? subjectOf(m, near, pronoun);
    // A topic needs something that says it is a person ("For Harbour Sound, the decision was an error").
    if (read === null || (m.topic && !read.evidence && !personDescribedAfter(near.slice(read.end)))) continue;
    const subject = m.topic ? { ...read, topic: true } : read;
    // A name inside the pronoun's own sentence is what the person said ("And Tom Reed would lead the
    // campaign, he said"); with another man or woman named in full in a later sentence, the pronoun
    // may be theirs, unless it opens the sentence after the name.
    const since = near.slice(subject.end).replace(quotations, '');
    const sentenceEnd = since.search(/[.!?](?:\s|$)/);
    if (sentenceEnd < 0) {
      // "Actor Tom Reed is suing the studio over a fall he said he had": inside a clause of
      // the name's own sentence, not a tag after a comma, the pronoun is the subject's.
      if (subject.evidence && pronounInsideClause(since) && !namedSince(since, m[3], pronoun)) {
        found = subject;
        ownSubject = true;
      }
      continue;
    }
    // "Piers Holt is a senior officer on the picket line. He said": the pronoun opens the very next sentence.
    const next = /^["\u201d\u2019*_]?[ \u00a0]*$/.test(since.slice(sentenceEnd + 1));
    if ((subject.evidence && !namedSince(since.slice(sentenceEnd), m[3], pronoun)) || next || opens.test(near.slice(subject.end))) {
      found = subject;
      ownSubject = false;
    }
  }
  // "The new health secretary is Priya Nandakumar. ... she said", "The jury heard from Sandra Okoye, who
  // paid a deposit. She said": a person introduced in the sentence just before the pronoun's.
  const introduced = introducedBefore(near, pronoun);
  if (introduced !== null && (found === null || introduced.end > found.end)) found = introduced;
  // "Latvia gave judo world champion Ivo Kalns a medal when he refused": a person named after a
  // description in the pronoun's own sentence is likelier than a subject named before it.
  if (found !== null && !found.addressed) {
    const own = /[^.!?\n]*$/.exec(near)![0];
    const other = describedInSentence.exec(own);
    // The own sentence's subject gives way only to someone the pronoun may stand for ("is suing Harbour Studios over ... he said" is Reed).
    const person = other !== null && (!ownSubject || givenNameSex(other[2].slice(0, other[2].search(/[ \u00a0]/))) === pronoun);
    if (other !== null && person && !prepositions.has(other[1]) && other[2] !== found.name) found = null;
  }
  // "Lindqvist, 59, joined Halvorsen in 2017. He told staff ...": a surname with an age opening the
  // sentence right before, read as a title of address would be (the pass looks for the full name).
  let aged: RegExpExecArray | null = null;
  surnameWithAge.lastIndex = 0;
  for (let m = surnameWithAge.exec(near); m; m = surnameWithAge.exec(near)) if (!(m.index === 0 && from > 0)) aged = m;
  if (aged !== null && !notFirstNames.has(aged[1]) && (found === null || aged.index + aged[0].length > found.end)) {
    const end = aged.index + aged[0].length;
    if (stopsOutsideQuotations(near.slice(end)) === 1) found = { name: aged[1], role: null, addressed: true, evidence: true, end };
  }
  // "Tony Blair faces questions. Meanwhile, the chancellor is leaving for Africa. But before doing so, he
  // insisted ...": a person described by an office opening the sentence before the pronoun's is its subject.
  if (found !== null) {
    const since = near.slice(found.end);
    let office: RegExpExecArray | null = null;
    officeSubject.lastIndex = 0;
    for (let m = officeSubject.exec(since); m; m = officeSubject.exec(since)) if (isTitle(m[1])) office = m;
    if (office !== null && stopsOutsideQuotations(since.slice(office.index + office[0].length)) === 1) found = null;
    // "His wife Ilze, who also stars in the series, agreed. "...," she said": a relative of that sex
    // opening the sentence before the pronoun's is its subject.
    let kin: RegExpExecArray | null = null;
    kinSubject.lastIndex = 0;
    for (let m = kinSubject.exec(since); m; m = kinSubject.exec(since)) if ((pronoun === 'he' ? menKin : womenKin).test(m[1])) kin = m;
    if (kin !== null && stopsOutsideQuotations(since.slice(kin.index + kin[0].length)) === 1) found = null;
  }
  // "Lena Marsh became education secretary in March. She spoke to ...": an office the sentence says the
  // person took or holds is the role (she had none).
  if (found !== null && found.role === null && !found.addressed) {
    const took = becameOffice.exec(near.slice(found.end));
    const office = took?.[1].replace(/[ \u00a0]+/g, ' ');
    // "became a father" is no office, though "Father" is a priest's title.
    const last = office?.slice(office.lastIndexOf(' ') + 1);
    if (office !== undefined && isTitle(last!) && !/^(?:father|mother|grandfather|grandmother|parent)$/.test(last!)) found = { ...found, role: office };
  }
  // The memo keeps what this returns across keystrokes: a name cut from the text would keep that
  // version of the whole article alive.
  return found === null ? null : {
    ...found, name: detached(found.name), role: found.role === null ? null : detached(found.role), organisation: found.organisation === undefined ? undefined : detached(found.organisation),
  };
}


/** How far before a pronoun `describedNameBefore` reads: the sentence before the pronoun's and the pronoun's own opening. */
export const describedNameReach = 600;

/**
 * A full name after a role word in lower case, maybe with a title of address between: "impress shadow
 * health secretary Ana Berg", "the withdrawal of tycoon Tom Reed, who". Not a name running on into
 * more capitals ("country star Tom Reed Jr"). Groups: the role word, the full name.
 */
const describedName = new RegExp(String.raw`(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]*)[ \u00a0]+(?:(?:Sir|Dame|Dr)[ \u00a0]+)?(\p{Lu}\p{Ll}+[ \u00a0]+${surnameWord})(?![\p{L}'’-]|[ \u00a0]+\p{Lu})`, 'gu');

/** What may open the pronoun's sentence before it: nothing, a quotation it tags, or a short opener ("In the first half he", "But she"). */
const pronounSentenceOpening = /^[ \u00a0]*(?:\u00b7+[ \u00a0]*|\p{Lu}\p{Ll}*(?:[ \u00a0]+\p{Ll}+){0,4},?[ \u00a0]+)?$/u;

/** A verb of reporting before a name in its sentence: the name is in what the subject told ("Parry revealed Madrid asked about striker Tom Reed"). */
const reportingBefore = /\b(?:said|says|told|tells|revealed|reveals|confirmed|confirms|admitted|admits|claimed|claims|insisted|insists|denied|denies|added|believes|believed|argued|argues|warned|warns|explained|explains|suggested|suggests|thinks|thought|felt|feels|knows|knew|accused|accuses|praised|praises|criticised|criticized|thanked)\b/u;

/** A person named at the opening of a sentence: "The Brazilian confirmed", "Parry revealed", "The minister urged", "He praised". */
const personOpening = /^(?:(?:But|And|Yet|So|However|Meanwhile),?[ \u00a0]+)?(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,3}?(\p{L}[\p{L}-]*)|(\p{Lu}[\p{L}'’-]+))[ \u00a0]+\p{Ll}/u;

/** "was former vice president ": a copula and the words of a role after it, at the end of the text. */
const copulaThenWords = /\b(?:was|is)[ \u00a0]+((?:[\p{L}-]+[ \u00a0]+){0,5})$/u;

/** Whether `before` ends with a copula and a role's words, no preposition among them: the name is what the subject is. */
function copulaBeforeRole(before: string): boolean {
  const m = copulaThenWords.exec(before);
  return m !== null && m[1].split(/[ \u00a0]+/).every((w) => w === '' || !prepositions.has(w) || /^(?:the|a|an)$/.test(w));
}

/** Words that stop a role read back from its head: a preposition, a determiner, a verb's form. */
const roleStops = /^(?:not|was|is|were|are|be|been|has|had|have|did|does|do|will|would)$|(?:ed|ing)$/;

/**
 * The person named in full after a role word in lower case in the sentence right before a "he" or "she",
 * when the pronoun opens its sentence, maybe after a quotation it tags or a short opener: "Her comments
 * did not impress shadow health secretary Ana Berg. "It is a mess," she said." The only person that
 * sentence names: no other full name, no person opening it ("The chancellor met ...", "Parry revealed
 * ..."), unless the name is what the subject is ("The highest ranking executive to plead guilty was
 * former vice president Tom Reed."), no reporting verb before the name (it is then in what the subject
 * said), and no pronoun of the same sex before it (the sentence goes on with someone else). Reads
 * `describedNameReach` before the pronoun. The role is the lower-case words before the name and the
 * capitals before them its employer ("Tory shadow education secretary").
 */
function describedNameBefore(text: string, at: number, pronoun: 'he' | 'she'): Subject | null {
  const from = Math.max(0, at - describedNameReach);
  // A quotation's letters and stops hidden, its length kept: only the narration is read.
  const near = text.slice(from, at).replace(quotationsInParagraph, (q) => '\u00b7'.repeat(q.length));
  const ends = [...near.matchAll(/[.!?]["\u201d\u2019]?(?:[ \u00a0]+|\n[ \u00a0\n]*)|\n[ \u00a0\n]*/g)];
  if (ends.length === 0) return null;
  const own = ends[ends.length - 1];
  const ownStart = own.index! + own[0].length;
  if (!pronounSentenceOpening.test(near.slice(ownStart)) || !/[.!?]/.test(own[0])) return null;
  // The sentence before must start inside what is read (or at the text's start).
  const previous = ends.length >= 2 ? ends[ends.length - 2] : null;
  if (previous === null && from > 0) return null;
  const start = previous === null ? 0 : previous.index! + previous[0].length;
  const sentence = near.slice(start, own.index! + 1);
  // A line opening in lower case goes on with a sentence cut by a line break: its start is unknown.
  if (sentence.includes('\u00b7') || !/^\p{Lu}/u.test(sentence)) return null;
  let found: RegExpExecArray | null = null;
  describedName.lastIndex = 0;
  for (let m = describedName.exec(sentence); m; m = describedName.exec(sentence)) {
    // "a statement by Jack Lind": a bare name counts when its given name says the pronoun's sex.
    const bare = givenNameSex(m[2].slice(0, m[2].search(/[ \u00a0]/))) === pronoun;
    if (!isTitle(m[1]) && !describedPersonHeads.has(m[1]) && !bare) continue;
    if (found !== null) return null;
    found = m;
  }
  if (found === null) return null;
  const name = found[2];
  const given = name.slice(0, name.search(/[ \u00a0]/));
  if (notFirstNames.has(given) || notGivenNames.has(given) || givenNameSex(given) === (pronoun === 'he' ? 'she' : 'he') || companyNameEnd.test(name) || bodyNameEnd.test(name)) return null;
  const before = sentence.slice(0, found.index);
  const after = sentence.slice(found.index + found[0].length);
  // Another person named in full anywhere in the sentence.
  const rest = `${before}\n${after}`;
  for (const m of rest.matchAll(fullNamesLike)) if (!notGivenNames.has(m[0].slice(0, m[0].search(/[ \u00a0]/))) && !bodyNameLike(rest, m)) return null;
  if (reportingBefore.test(before) || (pronoun === 'he' ? /\b(?:he|him|his)\b/i : /\b(?:she|her)\b/i).test(before.replace(/^Her[ \u00a0]/, ''))) return null;
  const opening = personOpening.exec(before);
  const opener = opening?.[1] ?? opening?.[2];
  if (opener !== undefined && !copulaBeforeRole(before)) {
    // "Following the comments by ...", "Speaking to reporters, ...": a word in "-ing" or "-ly" opening the sentence is no surname.
    if (opening![2] !== undefined ? !notFirstNames.has(opener) && !notGivenNames.has(opener) && !/(?:ing|ly)$/.test(opener) : /^\p{Lu}/u.test(opener) || isPersonNoun(opener.toLowerCase())) return null;
  }
  const others = [...`${before.replace(/^[ \u00a0]*\S+/, '')} ${after}`.matchAll(/\p{Lu}[\p{L}'’-]+/gu)].map((m) => detached(m[0]));
  const end = from + start + found.index + found[0].length;
  // A bare name ("a statement by Jack Lind") has no role.
  if (!isTitle(found[1]) && !describedPersonHeads.has(found[1])) return { name: detached(name), role: null, addressed: false, evidence: true, end, others };
  const words = before.trimEnd().split(/[ \u00a0]+/);
  const role: string[] = [found[1]];
  for (let i = words.length - 1; i >= 0 && role.length < 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[i]) && !prepositions.has(words[i]) && !roleStops.test(words[i]); i--) role.unshift(words[i]);
  const employer: string[] = [];
  for (let i = words.length - role.length; i >= 0 && employer.length < 3 && /^\p{Lu}[\p{L}&'’-]*$/u.test(words[i]) && !notFirstNames.has(words[i]); i--) employer.unshift(words[i]);
  const qualified = role.length > 1 && officeQualifiers.has(role[0][0].toUpperCase() + role[0].slice(1));
  return {
    name: detached(name), role: detached(role.filter((w, i) => !(i === 0 && /^(?:new|incoming|outgoing)$/.test(w)) || qualified).join(' ')),
    organisation: employer.length ? detached(employer.join(' ')) : undefined, addressed: false, evidence: true, end, others,
  };
}

/**
 * The subject of the sentence right before "It" in the same paragraph ("The OBR cut its growth
 * forecast ... It said"): "the" and up to five capitalised words opening that sentence, before a word
 * in lower case; or null. Reads only within `sourceLookback` before the source, the text the
 * language server already sends to this pass when it changes (documentState's sameReportedSpeech).
 */
const bodySubject = /(?:^|[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*)(?:[Tt]he[ \u00a0]+)?((?:\p{Lu}[\p{L}\p{N}&'’-]*[ \u00a0]+(?:(?:of|for|and)[ \u00a0]+)?){0,4}\p{Lu}[\p{L}\p{N}&-]*)[ \u00a0]+\p{Ll}(?:[^.!?\n]|\.(?=\d))*[.!?]["\u201d\u2019]?[ \u00a0]+$/u;

function bodySubjectBefore(text: string, at: number): string | null {
  const near = text.slice(Math.max(0, at - sourceLookback), at);
  const m = bodySubject.exec(near);
  // The start of what is read opens a sentence only at the start of the text.
  if (m === null || (m.index === 0 && at - sourceLookback > 0 && !/^[.!?\n]/.test(m[0]))) return null;
  return m[1].replace(/[ \u00a0]+/g, ' ');
}

/**
 * The subject of the sentence right before "Its" in the same paragraph when it is a body described and
 * then named ("The central bank, Bank Negara Malaysia, kept its rate ... Its governor"): the name set
 * off after "the" and words in lower case that end in a body's noun, before a word in lower case.
 */
const describedBodySubject = /(?:^|[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*)[Tt]he[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,3}([\p{Ll}-]+),[ \u00a0]+((?:\p{Lu}[\p{L}\p{N}&'’-]*[ \u00a0]+(?:(?:of|for|and)[ \u00a0]+)?){0,4}\p{Lu}[\p{L}\p{N}&-]*),[ \u00a0]+\p{Ll}(?:[^.!?\n]|\.(?=\d))*[.!?]["\u201d\u2019]?[ \u00a0]+$/u;

/** `describedBodySubject`'s name before `at`, within `sourceLookback` as `bodySubjectBefore` reads; or null. */
function describedBodySubjectBefore(text: string, at: number): string | null {
  const near = text.slice(Math.max(0, at - sourceLookback), at);
  const m = describedBodySubject.exec(near);
  if (m === null || (m.index === 0 && at - sourceLookback > 0 && !/^[.!?\n]/.test(m[0])) || !isBodyHead(m[1])) return null;
  // Cut from the text, and kept as an attribution's organisation after the version it was read from.
  return detached(m[2].replace(/[ \u00a0]+/g, ' '));
}

/**
 * A body's name set off by a description of it, opening the sentence before "it" ("NVK, the UK-based
 * operator with stores in Latvia, Estonia and Finland, has chosen ... Using software from
 * Halden, it will offer"), or opening the pronoun's own sentence before a clause: groups: the name, the
 * description's last word before what it has or where it is.
 */
const nameThenDescribedBody = /(?:^|[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*)((?:\p{Lu}[\p{L}\p{N}&'’-]*[ \u00a0]+){0,3}\p{Lu}[\p{L}\p{N}&-]*),[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:[\p{L}\p{N}'’-]+[ \u00a0]+){0,3}?([\p{Ll}-]+)(?:[ \u00a0]+(?:with|in|of|for|that|which|based|owned|run)\b(?:[^,.!?\n]|,[ \u00a0]+(?=\p{Lu}))*)?,[ \u00a0]+\p{Ll}(?:[^.!?\n]|\.(?=\d))*?(?:[.!?]["\u201d\u2019]?[ \u00a0]+(?:\p{Lu}[^.!?\n,]*,[ \u00a0]+)?|,[ \u00a0]+(?:and[ \u00a0]+)?)$/u;

/** Descriptions of a company that are a person's trade too ("crane operator"), after a one-word name only. */
const tradeBodies = new Set(['operator', 'maker', 'producer', 'developer', 'manufacturer']);

/** How far before "it" `namedBodySubjectBefore` reads: the sentence before, which may be long (documentState reads it too). */
export const itSubjectReach = 400;

/** `nameThenDescribedBody`'s name before `at`, within `itSubjectReach`; or null. */
function namedBodySubjectBefore(text: string, at: number): string | null {
  const near = text.slice(Math.max(0, at - itSubjectReach), at);
  const m = nameThenDescribedBody.exec(near);
  if (m === null || (m.index === 0 && at - itSubjectReach > 0 && !/^[.!?\n]/.test(m[0]))) return null;
  const name = m[1].replace(/[ \u00a0]+/g, ' ');
  if (!isOrganisationNoun(m[2]) && !(tradeBodies.has(m[2]) && !name.includes(' '))) return null;
  return detached(name);
}

/** How far after a person's last source "the prime minister" may still name them. */
const officeReach = 400;

/** `fullNameLike` for every match in a text. */
const fullNamesLike = new RegExp(fullNameLike.source, 'gu');

/**
 * Whether `between` names no one but `person` in full (two capitalised words), nor anyone by a title
 * of address, who could hold the office `head`: someone named with another title or trade ("Chancellor
 * Gordon Brown", "publisher Ilze Ozola") does not hold it.
 */
function onlyNamedBetween(between: string, person: Person, head: string): boolean {
  const surname = person.name.slice(person.name.lastIndexOf(' ') + 1);
  for (const m of between.matchAll(fullNamesLike)) {
    if (m[0].includes(surname) || person.name.includes(m[0])) continue;
    const first = m[0].slice(0, m[0].search(/[ \u00a0]/)).toLowerCase();
    const before = /([\p{L}-]+)[ \u00a0]+$/u.exec(between.slice(Math.max(0, m.index! - 30), m.index))?.[1].toLowerCase() ?? '';
    const described = (isTitle(first) && first !== head) || (before !== head && /^\p{Ll}/u.test(before) && (isPersonNoun(before) || organisationNouns.has(before)));
    if (!described) return false;
  }
  for (const m of between.matchAll(/\b(?:Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu)) if (m[1] !== surname) return false;
  return true;
}

/** Whether `between` names no one but `person` and speaks of no one else by the noun `head`: then "the <head>" is `person`. */
function onlyLastNamedBetween(between: string, person: Person, head: string): boolean {
  return onlyNamedBetween(between, person, head) && !spokenOfBetween(between, head);
}

/**
 * Whether someone of no known role other than `last` spoke within `officeReach` before `start`: then
 * a plain office may be either ("Jon Vik said ... , where Ada Moe opposed it. But the party leader argued").
 */
function otherSpokeNear(recentPeople: Person[], last: Person, start: number): boolean {
  return recentPeople.some((p) => p !== last && p.role === null && !p.organisationOnly && start - p.lastSourceEnd <= officeReach);
}

/** A name opening a sentence, after a title of address or not: its capitalised words. */
const openingName = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.?[ \u00a0]+)?(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){0,3}\p{Lu}[\p{L}'’-]*/u;

/** Where a sentence or a paragraph ends. */
const sentenceEnds = /[.!?]["\u201d\u2019]?(?:[ \u00a0]+|\n+)|\n+/g;

/**
 * Whether the sentence before the one `start` is in opens with `person`'s surname, as its subject
 * ("Ms Vik criticised the plan. The minister said"): the plain office then names that person.
 */
function subjectOfSentenceBeforeIs(text: string, start: number, person: { name: string }): boolean {
  const surname = person.name.slice(person.name.lastIndexOf(' ') + 1);
  const near = text.slice(Math.max(0, start - officeReach), start);
  const ends = [...near.matchAll(sentenceEnds)];
  if (ends.length < 2) return false;
  const previous = ends[ends.length - 2];
  const opening = openingName.exec(near.slice(previous.index! + previous[0].length))?.[0] ?? '';
  return opening.split(/[ \u00a0]+/).includes(surname);
}

/**
 * Whether `between` speaks of someone by the noun `head` ("Karl Oberholz said the coach had left"):
 * the last speaker then told of another, whom a later "the coach said" names.
 */
function spokenOfBetween(between: string, head: string): boolean {
  const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:the|a|an|his|her|their|its)[ \\u00a0]+(?:[\\p{L}'’-]+[ \\u00a0]+)?${escaped}\\b`, 'iu').test(between);
}

/** Whether a noun names a person of the other sex than the pronoun: "spokeswoman" is no "he". */
function otherSex(noun: string, pronoun: 'he' | 'she'): boolean {
  return pronoun === 'he' ? /(?:woman|ess)$/.test(noun) || womenKin.test(noun) : /(?<!wo)man$/.test(noun) || menKin.test(noun);
}

/** Family words that say a sex ("her pop star son" is no "she"). */
const menKin = /(?:^|\s)(?:son|father|brother|husband|boyfriend|fiance|uncle|nephew|grandson|grandfather|widower|stepson|stepfather)$/;
const womenKin = /(?:^|\s)(?:daughter|mother|sister|wife|girlfriend|fiancee|aunt|niece|granddaughter|grandmother|widow|stepdaughter|stepmother)$/;

/** A noun that ends like a person's trade ("bookkeeper", "investor", "florist"). */
const tradeEnding = /(?:er|or|ist)$/;

/** "The company's former bookkeeper, who cannot be named": a trade's holder kept unnamed is a person, whatever the noun. */
function keptUnnamedPerson(info: SourceInfo, sourceText: string): boolean {
  return info.anonymous && info.head !== null && tradeEnding.test(info.head) && !organisationNouns.has(info.head) && !isOrganisationHead(info.head) && keptUnnamed.test(sourceText);
}

/** Public offices news names by the office before the holder's name (not "the judge", whose court names others next). */
const heldOffices = new Set(['secretary', 'minister', 'chancellor', 'president', 'mayor', 'governor', 'premier', 'commissioner']);

/**
 * The office of an unnamed holder who spoke in the attribution just before `at` ("the transport
 * secretary"), within `officeReach` characters and with no full name between; null otherwise.
 */
function officeJustBefore(text: string, last: UnnamedSource | null, seen: number, at: number): string | null {
  if (last === null || last.role === null || last.seen !== seen - 1 || !heldOffices.has(last.head) || at - last.end > officeReach) return null;
  // Not when that source holds a name itself ("the minister for civil aviation Ravi Menon").
  const written = text.slice(last.start, last.end);
  if (!/^the\s/i.test(written) || fullNameLike.test(written) || fullNameLike.test(text.slice(last.end, at))) return null;
  return last.role;
}

/**
 * The name of an office's holder written as the next source ("..., the transport secretary said on
 * Thursday.\n\nHeidi Alexander told MPs"): a new full name alone, within `officeReach` after the
 * office's source and with no full name between, as officeJustBefore reads it from the name's side;
 * not a body's or a company's name, nor anyone met (`known`). Null otherwise.
 */
function holderNamedNext(text: string, a: Sourced, info: SourceInfo, sourceText: string, next: Attribution | undefined, known: Map<string, Person>): string | null {
  if (info.role === null || info.anonymous || info.head === null || !heldOffices.has(info.head) || !/^the\s/i.test(sourceText) || fullNameLike.test(sourceText)) return null;
  if (!next?.source || next.source.start < a.source.end || next.source.start - a.source.end > officeReach || fullNameLike.test(text.slice(a.source.end, next.source.start))) return null;
  const written = text.slice(next.source.start, next.source.end);
  const named = parseSourceOnce(written);
  if (named.name === null || named.name !== written || named.role !== null || named.organisation !== null) return null;
  const { lastName, words } = nameOf(named.name);
  if (words < 2 || known.has(lastName) || companyNameEnd.test(named.name) || bodyNameEnd.test(named.name) || initialismFirst.test(named.name) ||
    founderFirms.has(named.name) || namedAsOrganisation(text, named.name, next.source.start)) return null;
  // Cut from the text, and kept as a person's name after the version it was read from.
  return detached(named.name);
}

/** Words for someone by where they stand in the story, not by a job ("the witness", "the woman"). */
const situationHeads = new Set(['witness', 'woman', 'man', 'person', 'whistleblower']);

/**
 * "The company's former bookkeeper, who cannot be named, said ... The witness said": a plain "the
 * witness" or "the woman" right after an unnamed person spoke is that person, of the same sex.
 */
function sameUnnamed(last: UnnamedSource, head: string, sourceText: string, seen: number): boolean {
  if (!situationHeads.has(head) || last.seen !== seen - 1 || !/^[Tt]he\s+\p{Ll}+$/u.test(sourceText)) return false;
  return !(head === 'woman' && otherSex(last.head, 'she')) && !(head === 'man' && otherSex(last.head, 'he'));
}

/** A source whose appositive is a relative clause about the person (", who has led ..."). */
const laterClause = /,\s*who\s/;

/** A source that is a title used with a given name, and that name: "Prince Abdulaziz", "Sir Keir", "Dame Judi". */
const givenNameTitle = /^(?:[Tt]he\s+)?(?:Crown\s+)?(?:Sir|Dame|Prince|Princess|Sheikh|Sheikha|King|Queen|Emir|Sultan)\s+\p{Lu}[\p{L}'’-]*\s*$/u;

/** A name in East Asian order, family name first and a hyphenated given name ("Li Wen-jun", "Park Min-jun"). */
const familyNameFirst = /^(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** Whether text[from, to) has `name` before another capitalised word ("Aston Martin"). */
function firstOfLongerName(text: string, name: string, from: number, to: number): boolean {
  const near = text.slice(Math.max(0, from), to);
  for (let i = near.indexOf(name + ' '); i >= 0; i = near.indexOf(name + ' ', i + 1)) if (/^[ \u00a0]\p{Lu}\p{Ll}/u.test(near.slice(i + name.length, i + name.length + 3))) return true;
  return false;
}

/** Whether a source opens with `name` as a possessive ("Pell's lawyer, ..."). */
function possessorFirst(source: string, name: string): boolean {
  return source.startsWith(name) && /^['’]s?\s/.test(source.slice(name.length));
}

/** A name in capitals, with the small words a name may hold ("Bank of England", "Marks & Spencer"). */
const properName = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|for|and|the|&))*$/u;

/** A company's offices, held at the company that spoke just before when the source names none ("chief executive Ken Murphy"). */
const companyOffice = /^(?:[Cc]hief [Ee]xecutive|[Cc]hief [Ff]inancial [Oo]fficer|[Cc]hief [Oo]perating [Oo]fficer|[Ff]inance [Dd]irector|[Mm]anaging [Dd]irector|[Cc]hairman|[Cc]hairwoman|[Cc]hair|CEO|CFO|[Bb]oss)$/;

/** The body met last whose capitalised words' initials spell `short` ("Office for National Statistics" for "ONS"). */
function bodyByInitials(bodies: Person[], short: string): Person | undefined {
  for (let k = bodies.length - 1; k >= 0; k--) if (initialsSpell(bodies[k].name, short)) return bodies[k];
  return undefined;
}

/**
 * The lower-cased initials of each name's capitalised words, kept: the language server runs the pass
 * at every keystroke, and splitting every body's name for every short name the pass met was 0.7 of the
 * 8 MB a keystroke in the 1 MB article allocated.
 */
const initialsSeen = new Map<string, string[]>();

/** Whether the initials of a name's capitalised words spell `short`, in either case ("Office for National Statistics", "ONS"). */
function initialsSpell(name: string, short: string): boolean {
  let initials = initialsSeen.get(name);
  if (!initials) {
    if (initialsSeen.size >= 50_000) initialsSeen.clear();
    initials = name.split(/[ \u00a0]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0].toLowerCase());
    // A name found in the text may be a slice of the whole article (detached).
    initialsSeen.set(detached(name), initials);
  }
  if (initials.length !== short.length) return false;
  for (let i = 0; i < initials.length; i++) if (initials[i] !== short[i].toLowerCase()) return false;
  return true;
}

/** The capitalised words of a body's name, of three letters or more, without a possessive ending. */
function capitalisedWords(name: string): string[] {
  return name.split(/[ \u00a0]+/).map((w) => w.replace(/['’]s?$/, '')).filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w));
}

/**
 * Whether two names may be one body's, as a later mention shortens it: a capitalised word in common
 * ("Marsh & McLennan", "Marsh") or the initials of the longer ("Nordic Forum on the Information
 * Society", "WSIS"). "Harlow Council" and "Vestlink" are two.
 */
function mayBeSameBody(a: string, b: string): boolean {
  if (a === b) return true;
  const wordsOfB = capitalisedWords(b);
  if (capitalisedWords(a).some((w) => wordsOfB.includes(w))) return true;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  return acronym.test(short) && capitalisedWords(long).map((w) => w[0]).join('') === short;
}

/** Words that make a title another office than the one they qualify: a deputy mayor is not "the mayor". */
const lesserOffices = new Set(['deputy', 'vice', 'assistant', 'shadow', 'junior', 'under', 'associate']);

/**
 * Whether a person's title holds the office a description's words name: each of them in it, and no
 * word that makes it another office ("Foreign Minister" is not "the prime minister", nor "Deputy
 * Mayor" "the mayor"; "Foreign Minister" is "the minister").
 */
function titleHoldsOffice(role: string, office: string[]): boolean {
  const words = roleWords(role);
  return office.every((w) => words.includes(w)) && !words.some((w) => lesserOffices.has(w) && !office.includes(w));
}

/** A source that opens with "Its" ("Its chairman, Ana Lima"), whose organisation is the one that spoke before. */
const ownedByIt = /^its\s/i;
/** A name, then an appositive opening with "its": "Ana Berg, its chief economist". */
const ownedInAppositive = /^[^,]+,\s+its\s/iu;

/** Whether a source or its appositive opens with "the <noun>'s" and the noun is a word of `organisation` ("the college's director", "Royal College of Nursing"). */
function ownedByDescribed(source: string, organisation: string): boolean {
  const noun = /(?:^|,\s*)the\s+(\p{Ll}+)['’]s\s/iu.exec(source)?.[1].toLowerCase();
  if (noun === undefined) return false;
  // "the ONS's deputy director" after the Office for National Statistics spoke: its initials.
  if (initialsSpell(organisation, noun)) return true;
  return organisation.toLowerCase().split(/\s+/).some((w) => w === noun || w === noun + "'s" || w === noun + '’s');
}

/**
 * The noun a public body's name ends with, lower-cased ("council" for "Westbury Council"), or
 * undefined; by name, as the pass asks for every body met at each "the council said".
 */
function bodyNounOf(name: string): string | undefined {
  let noun = bodyNouns.get(name);
  if (noun === undefined) {
    if (bodyNouns.size >= 50_000) bodyNouns.clear();
    bodyNouns.set(name, (noun = bodyNameEnd.exec(name)?.[1].toLowerCase() ?? ''));
  }
  return noun === '' ? undefined : noun;
}
const bodyNouns = new Map<string, string>();

/** Whether a role of up to three words ends with an organisation's noun ("the union"): by role, as the pass asks at every attribution. */
function roleIsOrganisation(role: string): boolean {
  let is = rolesOfOrganisations.get(role);
  if (is === undefined) {
    if (rolesOfOrganisations.size >= 50_000) rolesOfOrganisations.clear();
    const words = role.toLowerCase().split(' ');
    rolesOfOrganisations.set(role, (is = words.length <= 3 && organisationNouns.has(words[words.length - 1] ?? '')));
  }
  return is;
}
const rolesOfOrganisations = new Map<string, boolean>();

/** Heads of a description that any company's name answers ("the company", "the firm", "the group"). */
const companyHeads = new Set(['company', 'firm', 'group', 'business', 'concern', 'conglomerate', 'giant']);

/** Words of a description that say nothing of which organisation it is ("the troubled company"). */
const neutralQualifiers = new Set(['state-owned', 'privately-owned', 'family-owned', 'listed', 'troubled', 'embattled', 'beleaguered',
  'struggling', 'loss-making', 'ailing', 'cash-strapped', 'private', 'public']);

/** Whether a description's head names an organisation ("the company", "the ministry", "the council"), not a person. */
function isOrganisationHead(head: string): boolean {
  // "the research team" are people; "the house" is rarely a body's description.
  return (isBodyHead(head) && head !== 'house' && head !== 'team') || head === 'airport' || head === 'government';
}

/**
 * An article opening a description ("the company", "a Swedish firm"); not a phrase the source misread
 * ("analysts the company"), nor a group of people named for a body ("a party of councillors").
 */
const describedBy = /^(?:[Tt]he|[Aa]n?|[Aa]nother)\s(?![^]*\sof\s+(?!the\s)\p{Ll})/u;

/** How far before "the company" or "the ministry" the pass reads for the organisation it stands for. */
export const organisationNameReach = 3000;

/** A capitalised word of a name, possessive included ("Sweden's"). */
const capitalWord = String.raw`\p{Lu}(?:[\p{L}\p{N}'’&-]|\.(?=[\p{L}\p{N}]))*`;

/** A pattern of `organisationsNamedBefore`: the name is group 1 when there is one, else the match. */
interface NamePattern {
  pattern: RegExp;
  /** The name says it is of the kind the description names ("Westbury Council" for "the council"), rather than some company. */
  exact: boolean;
}

/** The patterns of `organisationsNamedBefore` for a head, made once. */
const organisationNamePatterns = new Map<string, NamePattern[]>();

function organisationNamePatternsOf(head: string): NamePattern[] {
  let found = organisationNamePatterns.get(head);
  if (found) return found;
  const noun = head[0].toUpperCase() + head.slice(1);
  const nouns = `(?:${noun}|${noun}s)`;
  const space = '[ \\u00a0]+';
  const before = `(?<![\\p{L}\\p{N}'’&.-])`;
  found = [
    // "Westbury Council", "the International Energy Agency", "Dublin Airport", "Deutsche Bank".
    { pattern: new RegExp(`${before}(?:${capitalWord}${space}(?:(?:of|for|and|the|de)${space})?){1,5}${nouns}(?![\\p{L}\\p{N}]|${space}\\p{Lu}\\p{Ll})`, 'gu'), exact: true },
    // "the Ministry of Agriculture", "the Bank of England", "Council for Rural Affairs".
    { pattern: new RegExp(`${before}(?:${capitalWord}${space})*${nouns}${space}(?:of|for)${space}(?:the${space})?${capitalWord}(?:${space}(?:(?:of|for|and|the)${space})?${capitalWord})*`, 'gu'), exact: true },
    // "shipping group Nordvik", "the council, Westbury": the name after the noun itself.
    { pattern: new RegExp(`(?<![\\p{L}-])(?:${head}|${head}s)${space}(${capitalWord}(?:${space}(?:&${space})?${capitalWord}){0,3})`, 'gu'), exact: true },
  ];
  // "The pilots' union, VC, wants", "the council, Westbury, said": the name set off after the noun.
  found.push({ pattern: new RegExp(`(?<![\\p{L}-])(?:${head}|${head}s),${space}(${capitalWord}(?:${space}${capitalWord}){0,3})(?=,)`, 'gu'), exact: true });
  // "Harrow Athletic FC": a football club's name ends with letters rather than the noun.
  if (head === 'club') {
    found.push({ pattern: new RegExp(`${before}(?:${capitalWord}${space}){1,4}A?FC(?![\\p{L}\\p{N}])`, 'gu'), exact: true });
    // "Westbridge Rovers", "Leeds United": or with a word only clubs' names end with.
    found.push({ pattern: new RegExp(`${before}(?:${capitalWord}${space}){1,2}(?:${clubNameEnds})(?![\\p{L}\\p{N}]|${space}\\p{Lu})`, 'gu'), exact: true });
    // "Halden manager Tom Reed", "Nordvik vice-chairman Ivo Lind", "Rovers' fans": a club by its staff and supporters.
    found.push({ pattern: new RegExp(`${before}(${capitalWord}(?:${space}${capitalWord}){0,2})(?:['’]s?)?${space}(?:${clubPeople})\\b`, 'gu'), exact: false });
  }
  // "Veltra, Europe's fourth-largest carmaker, will cut": a name, then what kind of body it is. For
  // "the company" any company's kind, else the noun itself ("Aurora, the state airline").
  const kinds = companyHeads.has(head) ? `${companyKinds}|[\\p{Ll}-]*maker` : `${head}`;
  found.push({ pattern: new RegExp(`${before}(${capitalWord}(?:${space}${capitalWord}){0,2}),${space}(?:the|an?|${capitalWord}['’]s?)${space}(?:[\\p{Ll}\\p{N}'’-]+${space}){0,3}(?:${kinds})(?=[,.;]|${space}(?:that|which|with|in|and)\\b)`, 'gu'), exact: !companyHeads.has(head) });
  // "pilots at Lufthavia walked out": the employer of a trade that works for a company of that kind.
  const trades = employedBy.get(head);
  if (trades) found.push({ pattern: new RegExp(`\\b(?:${trades})${space}(?:at|of|for)${space}(${capitalWord}(?:${space}${capitalWord}){0,2})`, 'gu'), exact: false });
  if (companyHeads.has(head)) {
    found.push(
      // "Nordvik Shipping", "Tarvik Group", "Halden Technologies".
      { pattern: new RegExp(`${before}(?:${capitalWord}${space}){1,3}(?:${companyEnds})(?![\\p{L}\\p{N}]|${space}\\p{Lu}\\p{Ll})`, 'gu'), exact: false },
      // "carmaker Halden", "lender Baltbank", "Carmaker Veltra to cut jobs": the name after a noun for a company of any kind.
      { pattern: new RegExp(`(?<![\\p{L}-])(?:${companyKinds}|(?:\\p{Lu}?[\\p{Ll}-]*)maker)${space}(${capitalWord}(?:${space}(?:&${space})?${capitalWord}){0,3})`, 'gu'), exact: false },
      // "a small electronics firm, Halden Data, to make": the name set off after such a noun.
      { pattern: new RegExp(`(?<![\\p{L}-])(?:${companyKinds}|[\\p{Ll}-]*maker),${space}(${capitalWord}(?:${space}(?:&${space})?${capitalWord}){0,3})(?=,)`, 'gu'), exact: false },
      // "Nordvik chief executive Ingrid Falk", "Nordvik's shareholders", "Shares in Nordvik".
      { pattern: new RegExp(`${before}(${capitalWord}(?:${space}${capitalWord}){0,2})(?:['’]s?)?${space}(?:chief executive|boss|chairman|shareholders|shares)\\b`, 'gu'), exact: false },
      { pattern: new RegExp(`\\b[Ss]hares${space}(?:in|of)${space}(${capitalWord}(?:${space}${capitalWord}){0,2})`, 'gu'), exact: false },
    );
  }
  organisationNamePatterns.set(head, found);
  return found;
}

/** A body met through a description that points back to it ("the company", "the party"), first met at `at`. */
/** A person named as the holder of the office a source gives ("The Prime Minister said" after "Prime Minister Keir Lund"), met at `at`. */
function officeHolder(name: string, words: number, rank: number, info: SourceInfo, roleWords: Iterable<string>, at: number): Person {
  return {
    name, words, rank, role: info.role, organisation: info.organisation, roleWords: new Set(roleWords), organisationOnly: false,
    addressed: false, titled: false, pronoun: undefined, firstAt: at, lastSeen: 0, lastSourceEnd: 0,
  };
}

function bodyPerson(name: string, rank: number, at: number): Person {
  return {
    name, words: nameOf(name).words, rank, role: null, organisation: name, roleWords: new Set(), organisationOnly: true,
    addressed: false, titled: false, pronoun: null, firstAt: at, lastSeen: 0, lastSourceEnd: 0,
  };
}

/** What a maker or a miner makes when it is a person ("the film maker", "a policy maker"), not a company. */
const personMade = new Set(['film', 'movie', 'policy', 'decision', 'law', 'peace', 'trouble', 'match', 'programme', 'program', 'documentary', 'king', 'rule', 'money', 'mischief', 'pace', 'play']);

/** Whether a description is of a company by what it makes or mines ("frozen-food maker", "world's biggest copper miner"), with the product written. */
function isProducer(role: string | null, head: string | null): boolean {
  if ((head !== 'maker' && head !== 'miner') || role === null) return false;
  const words = role.toLowerCase().split(/\s+/);
  const product = words[words.length - 2];
  return words[words.length - 1] === head && product !== undefined && !personMade.has(product) && !personMade.has(product.replace(/^.*-/, '')) && !words.some((w) => personlike.has(w));
}

/** Words that describe a person, not a company ("The veteran ship builder says" is Tom Reed). */
const personlike = new Set(['veteran', 'young', 'legendary', 'acclaimed', 'award-winning', 'celebrated', 'renowned', 'famous', 'former', 'self-taught', 'maverick']);

/** Words for what a public body does, which a body of any kind named by its noun may be ("the regulator", "the watchdog"). */
const bodyRoles = new Set(['regulator', 'watchdog']);

/** "the party" alone, which a party named before stands for. */
const bareParty = /^[Tt]he[ \u00a0]+party$/;

/** How far before "the party" the pass reads for a party's name (below `tailReach`, and `organisationNameReach` for the language server). */
const partyReach = 1500;

/** A political party named in the text: "Labour", "the Tories", "Liberal Democrat leader", "the Scottish National Party". */
const partyMention = /(?<![\p{L}\p{N}'’-])(?:(Liberal|Social|Christian)[ \u00a0]+Democrats?|(Lib)[ \u00a0]+Dems?|(Labour)|(Tory|Tories|Conservatives?)|(SNP|UKIP|DUP|Plaid Cymru|Sinn Fein)|(Republican|Democrat)s?|(Greens)|((?!The[ \u00a0])(?:\p{Lu}\p{Ll}+[ \u00a0]+){1,3}Party))(?![\p{L}\p{N}'’-])/gu;

/** What comes before a sentence's subject: the sentence's start, and "The" ("The Liberal Democrats want"). */
const subjectOpening = /(?:^|[.!?]["\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*)(?:The[ \u00a0]+)?$/;

/**
 * The party named last within `partyReach` before `at` as a sentence's subject, else the one named last
 * ("Labour hit back at the Tory proposals ... The party challenged" is Labour), by one name whatever
 * the form written ("Tory" and "Conservative" are the Conservatives).
 */
function partyNamedBefore(text: string, at: number): string | null {
  let last: RegExpExecArray | null = null;
  let subject: RegExpExecArray | null = null;
  partyMention.lastIndex = 0;
  const from = Math.max(0, at - partyReach);
  const near = text.slice(from, at);
  for (let m = partyMention.exec(near); m; m = partyMention.exec(near)) {
    last = m;
    // The start of what is read opens a sentence only at the start of the text.
    if ((m.index > 0 || from === 0) && subjectOpening.test(near.slice(Math.max(0, m.index - 8), m.index))) subject = m;
  }
  last = subject ?? last;
  if (last === null) return null;
  if (last[1]) return `${last[1]} Democrats`;
  if (last[2]) return 'Lib Dems';
  if (last[3]) return 'Labour';
  if (last[4]) return 'Conservatives';
  if (last[5]) return detached(last[5]);
  if (last[6]) return `${last[6]}s`;
  if (last[7]) return 'Greens';
  return detached(last[8].replace(/\s+/g, ' '));
}

/** Qualifiers of a description that make a public body of it ("the central bank", "the state broadcaster"). */
const publicQualifiers = new Set(['central', 'national', 'federal', 'state', 'regional', 'local', 'public']);

/** A month or a weekday read into a name ("In December Microsoft said" gave "December Microsoft"). */
const timeWord = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s/;

/** The staff and supporters of a sports club, whose name before them is the club's. */
const clubPeople = 'manager|boss|chairman|vice-chairman|coach|head coach|captain|striker|midfielder|defender|goalkeeper|winger|fans|supporters|players|squad';
/** The last words of football clubs' names that name nothing else ("Westbridge Rovers", "Leeds United", "Harrow Athletic"). */
const clubNameEnds = 'Rovers|United|Athletic|Wanderers|Albion|Rangers|Hotspur|Argyle|Orient|Thistle|Harriers|Academical|Alexandra';
/** "the Premier League club", "the Serie A side": a league before the noun says where the club plays, not its name. */
const leagueClub = /^([Tt]he)[ \u00a0]+(?:\p{Lu}[\p{L}-]*[ \u00a0]+){0,2}(?:League|Championship|Premiership|Bundesliga|Liga|Serie[ \u00a0]+A|Ligue[ \u00a0]+1|Eredivisie|Division)(?:[ \u00a0]+(?:One|Two|Three|[1-3]))?[ \u00a0]+(?:club|side|team)$/u;

/** The source read for its speaker: "the club" for "the Premier League club" (the parse took the league for the club's name). */
function withoutLeague(sourceText: string): string {
  const m = leagueClub.exec(sourceText);
  return m === null ? sourceText : `${m[1]} club`;
}

/** Trades whose workers' employer ("pilots at Lufthavia") a description of that kind of company may stand for ("the airline"). */
const employedBy = new Map([
  ['airline', 'pilots|cabin crew|crew|flight attendants'], ['carrier', 'pilots|cabin crew|crew|flight attendants'], ['carmaker', 'car workers|workers|engineers'],
  ['company', 'workers|employees|staff'], ['firm', 'workers|employees|staff'], ['group', 'workers|employees|staff'], ['retailer', 'shop workers|staff'], ['bank', 'bankers|staff'],
]);

/** Nouns before a name that make it a company's ("shipping group Nordvik", "lender Baltbank"); not a regulator's or a charity's. */
const companyKinds = 'firm|company|group|business|concern|conglomerate|giant|behemoth|airline|carrier|retailer|insurer|lender|bank|brokerage|' +
  'manufacturer|supplier|provider|publisher|broadcaster|consultancy|subsidiary|exporter|utility|operator|developer|producer|miner|start-?up';

/** What a company is, described in one word (`companyKinds`), and "auditor", which in business copy is a firm. */
const companyKind = new RegExp(`^(?:${companyKinds}|auditor)$`);

/** A person met whose whole role is what a company is ("the auditor, Greaves Whitfield"), never addressed as a person. */
function describedAsCompany(p: Person): boolean {
  return p.role !== null && !p.addressed && companyKind.test(p.role.toLowerCase());
}

/** Names that end with a body's noun but are no body of that kind ("the union" is no "European Union"). */
const otherKinds = new Set(['European Union', 'Soviet Union', 'African Union', 'West Bank', 'Left Bank', 'South Bank', 'White House']);

/** Capitalised words before "shares" or "boss" that name a place, a season or a market, not a company ("UK shares", "Christmas sales"). */
const notCompanies = new Set(['UK', 'US', 'EU', 'Christmas', 'Easter', 'European', 'Asian', 'American', 'British', 'Japanese', 'Chinese', 'German', 'French',
  'Wall', 'Street', 'FTSE', 'Nasdaq', 'Dow', 'Internet', 'Tory', 'Labour', 'Government']);

/** A plural of people with its possessive apostrophe alone: "Workers'", "Teachers'", "Nurses'". */
const peoplePluralPossessive = /(?:ers|ors|ists|ees|ants|ents|ses)['’]$/;

/** Capitalised words that open a name found in the text but are no part of it ("The", "Yesterday", "Sweden's", "Gibraltar-based"). */
function trimName(name: string): string {
  const parts = name.split(/[ \u00a0]+/);
  let from = 0;
  // A possessor before the name ends it ("Nordvik's Harbour Council"), but a plural of people inside
  // a union's or a fund's name does not ("Harbour Workers' Union", "Teachers' Pension Fund").
  for (let k = 0; k < parts.length - 1; k++) if (/['’]s?$|-based$/.test(parts[k]) && !peoplePluralPossessive.test(parts[k])) from = k + 1;
  while (from < parts.length - 1 && (notFirstNames.has(parts[from]) || /^(?:Yesterday|Today|Meanwhile|However|Separately)$/.test(parts[from]))) from++;
  return parts.slice(from).join(' ').replace(/['’]s?$/, '');
}

/** An organisation found in the text before a description: its name, how far before the description it was last named, and how often. */
interface NamedBefore {
  name: string;
  distance: number;
  /** The name says it is of the kind the description names ("Westbury Council" for "the council"), rather than some company. */
  exact: boolean;
  count: number;
}

/**
 * The organisations "the company", "the agriculture ministry" or "the council" may stand for, named
 * in the text before `at`: those of that kind ("Westbury Council", "the Ministry of Agriculture",
 * "bank Halden"; for "the company" also any company's name, "Nordvik Shipping", "carmaker Halden"),
 * whose name or the words before it have each word of the description's own ("agriculture" in
 * "Ministry of Agriculture").
 */
function organisationsNamedBefore(text: string, head: string, qualifiers: string[], at: number): NamedBefore[] {
  const from = Math.max(0, at - organisationNameReach);
  const near = text.slice(from, at);
  const found = new Map<string, { end: number; exact: boolean }>();
  for (const { pattern, exact } of organisationNamePatternsOf(head)) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(near); m; m = pattern.exec(near)) {
      const end = m.index + m[0].length;
      const name = trimName(m[1] ?? m[0]);
      // A name needs more than the noun itself ("The Council" opening a sentence).
      if (!/[ \u00a0]/.test(name) && m[1] === undefined) continue;
      if (name.toLowerCase() === head || name.toLowerCase() === head + 's' || notFirstNames.has(name) || otherKinds.has(name) || notCompanies.has(name)) continue;
      // "Latvian striker Tomas Berg", "England manager": a people or a country's team, no club.
      if (head === 'club' && (nationality.test(name) || isCountryName(name))) continue;
      const read = near.slice(Math.max(0, m.index - 40), end).toLowerCase();
      if (!qualifiers.every((q) => neutralQualifiers.has(q) || new RegExp(`(?<![\\p{L}])${q.slice(0, Math.min(q.length, 5)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(read))) continue;
      const was = found.get(name);
      found.set(name, { end: Math.max(end, was?.end ?? 0), exact: exact || (was?.exact ?? false) });
    }
  }
  // The names are cut from the text, and kept (recall, a person's name) after the version they were read from.
  return [...found].map(([name, { end, exact }]) => ({ name: detached(name), distance: near.length - end, exact, count: mentions(near, name) }));
}

/**
 * How often `near` names an organisation: its name, and for a name in several words its first
 * word alone ("Nordvik" for "Nordvik Shipping"), as news copy shortens it.
 */
function mentions(near: string, name: string): number {
  let count = 0;
  for (let i = near.indexOf(name); i >= 0; i = near.indexOf(name, i + name.length)) count++;
  const first = name.slice(0, name.search(/[ \u00a0]|$/));
  if (first !== name && first.length >= 3 && /^\p{Lu}/u.test(first) && !notFirstNames.has(first)) {
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}]|[ \\u00a0]+\\p{Lu})`, 'gu');
    count += near.match(alone)?.length ?? 0;
  }
  return count;
}

/** Of the organisations a description may stand for, the one of its kind if any, named most often, then last. */
function likeliestOrganisation(candidates: NamedBefore[]): NamedBefore | null {
  const pool = candidates.some((c) => c.exact) ? candidates.filter((c) => c.exact) : candidates;
  let best: NamedBefore | null = null;
  for (const c of pool) if (!best || c.count > best.count || (c.count === best.count && c.distance < best.distance)) best = c;
  return best;
}

/** A title of address that says "he" or "she". */
const addressedAs = /\b(mr|sir|lord|mrs|ms|miss|dame|lady)\.?\s/i;

/** A title of address or rank before a name: the name is a person's. */
const addressed = /\b(?:mr|mrs|ms|dr|miss|sir|dame|lord|lady|gen|col|capt|prof|rev|sen|rep|gov)\.?\s/i;
/** A title of address and the word after it, at the start of a source ("Mr. Reed", "Dr Fox"). */
const titleBeforeName = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Gen|Sen|Rep|Gov)\.?\s+(\p{Lu}[\p{L}'’-]*?)(?:['’]s?)?(?=\s|$)/u;

const closingMarks = new Set(['\u201d', '"', '\u00bb']);
/** Marks that open a quotation. */
const openingMarks = new Set(['\u201c', '"', '\u00ab']);
const quotePair: Record<string, string> = { '\u201c': '\u201d', '"': '"', '\u00ab': '\u00bb' };

/**
 * Article-level pass: speaker, role and organisation of every attribution, later mentions tied to
 * the first full one ("Mr. Kalns", "he", "the diplomat"), anonymous sources marked, quotations
 * that run on into the next paragraph joined to their speaker, and the quoted parts of mixed ones.
 * One pass in document order; each step looks only at the people met so far.
 */
export function resolve(text: string, attributions: Attribution[], { owned = false, memo = noMemo }: { owned?: boolean; memo?: ResolveMemo } = {}): Attribution[] {
  memo.begin(text);
  // The language server resolves the whole article again on every keystroke, so this pass avoids
  // making objects per attribution: an article of 1 MB has some 5,000 of them.
  const out = owned ? attributions : attributions.map((a) => ({ ...a }));
  const n = out.length;
  const at = new Float64Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const a = out[i];
    at[i] = a.source ? a.source.start : a.content.start;
    order[i] = i;
  }
  order.sort((x, y) => at[x] - at[y] || x - y);
  const people: Person[] = [];
  /** The people met whose name is an organisation's, in the order met (never changed once met). */
  const bodies: Person[] = [];
  const byLastName = new Map<string, Person>();
  const byFirstName = new Map<string, Person>();
  const recentPeople: Person[] = [];
  let lastSpeaker: Person | null = null;
  let lastOrganisation: Person | null = null;
  let lastOrganisationSeen = 0;
  let lastSpeakerSeen = 0;
  /** The last unnamed group that spoke ("prosecutors", "Opec members"), which "they" may stand for. */
  let lastGroup: { role: string | null; organisation: string | null; anonymous: boolean; seen: number } | null = null;
  /** The last unnamed body that spoke ("the council"), which "its" in the next few attributions belongs to. */
  let lastBody: { role: string; seen: number } | null = null;
  /** The last unnamed person who spoke ("a consultant surgeon"), whom "the surgeon" may stand for. */
  let lastUnnamed: UnnamedSource | null = null;
  /** How many attributions the loop below has met, in order. */
  let seen = 0;
  const personOf = new Array<Person | null>(n).fill(null);
  // For "the diplomat": the person mentioned last whose role has each word.
  const latestWithRole = new Map<string, Person>();
  /** The holders of an office named before a plain "the ministers" (below). */
  let holders: SourceInfo | null = null;
  /** The organisation the last attribution spoke for, which "the firm" in a person's description may be. */
  let lastEmployer: { name: string; seen: number } | null = null;
  /** The noun of "the company's founder", "an analyst at the firm". */
  let employerNoun: string | null = null;
  /** The organisation "Its" opening a source stands for (subjectOwner). */
  let owner: string | null = null;
  const loop = (): LoopState => ({
    people, bodies, byLastName, byFirstName, recentPeople, latestWithRole, lastSpeaker, lastOrganisation, lastOrganisationSeen, lastSpeakerSeen, lastGroup, lastBody, lastUnnamed, lastEmployer, seen,
  });
  // A keystroke in the language server starts from the state an earlier run saved before the edit (ResolveMemo).
  const restored = loop();
  if (memo.resume(out, order, personOf, restored)) ({ lastSpeaker, lastOrganisation, lastOrganisationSeen, lastSpeakerSeen, lastGroup, lastBody, lastUnnamed, lastEmployer, seen } = restored);
  const saveAt = memo.saveStep(out, order, at);
  const nearAt = memo.saveStep(out, order, at, nearGap);
  // A keystroke takes what the steps well past the edit gave in the last run, when it reaches them in the same state.
  const tailAt = memo.tailStep(n, order, at);

  /** Whether an organisation spoke among the last few attributions, for "it", "the agency" and "its". */
  const recentOrganisation = (): boolean => lastOrganisation !== null && seen - lastOrganisationSeen <= 3;

  // Each step of the loop below runs in a few functions of its own (the speaker of each kind of source,
  // then what it gives the attribution): as one function of 20 KB of bytecode, V8's optimising
  // compiler took 0.6-0.9 s of a core and up to 30 MB of memory for it, again after each
  // deoptimisation, and that was the language server's peak memory while typing in a long article.
  /** The unnamed person a later mention stands for ("the surgeon"), when the source is one; set by the functions below. */
  let unnamedReferent: UnnamedSource | null = null;
  /**
   * Who said what the person's last mention among the last few attributions stands inside ("Glenn Hall
   * said the first minister had ordered"), or null: only attributions and their order are read.
   */
  const reporterOf = (person: Person): { person: Person | null; end: number } | null => {
    for (let k = seen - 2; k >= 0 && k >= seen - 6; k--) {
      if (personOf[order[k]] !== person) continue;
      const mention = out[order[k]].source;
      if (mention === null) return null;
      for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
        const o = out[order[j]];
        if (o.source === null || o.source.end > mention.start || o.content.start > mention.start || mention.end > o.content.end) continue;
        // Only near the cue, in the text the language server resends when it changes (sourceLookback);
        // not a clause joined after it ("..., but Tom Reed rejected") nor one quoted ("The Herald quoted Mr Lind").
        if (o.cue.start < mention.start - sourceLookback || o.cue.end > mention.start) return null;
        const between = text.slice(o.cue.start, mention.start);
        return embeddedReport.test(between) && !embeddedClauseBreak.test(between) ? { person: personOf[order[j]], end: o.content.end } : null;
      }
      return null;
    }
    return null;
  };
  /**
   * The person a sentence's subject found before a pronoun or a description names (`subjectBefore`):
   * one already met by that surname, unless the name says it is someone else or of the other sex, or
   * someone new, added to the people met. With `sexKnown` false the source says no sex ("the
   * 34-year-old"), and `pronoun` is only the one tried: the new person's is left to the text.
   */
  const adoptSubject = (subject: Subject, pronoun: 'he' | 'she', start: number, sexKnown = true): Person | null => {
    let person: Person | null = null;
    const { lastName } = nameOf(subject.name);
    const known = byLastName.get(lastName);
    // "Mr Blair told ...": a surname after a title of address, named in full before when it was.
    // Not one of the other sex ("Michael Howard" for "Mrs Howard ... she").
    const other = pronoun === 'he' ? 'she' : 'he';
    let before = known === undefined && subject.addressed ? fullNameBeforeOnce(memo, text, subject.name, start) : null;
    // "For Rick Dunmore, director of sales at Harbour Sound, ...": a topic's description after the name gives the role.
    if (known === undefined && subject.topic && subject.role === null) {
      const described = fullNameBeforeOnce(memo, text, subject.name.slice(subject.name.lastIndexOf(' ') + 1), start);
      if (described?.name === subject.name) before = described;
    }
    if (before && givenNameSex(before.name.slice(0, before.name.indexOf(' '))) === other) before = null;
    // "Oberholz has now beaten Varga": a surname alone is a person's only when one was met or named in
    // full before, and not one whose title of address says the other sex.
    if (subject.surnameOnly && (known === undefined ? before === null || addressedNear(memo, text, subject.name, start) === other : lastPersonFor(text, [known], pronoun, memo) === null)) return null;
    const full = before?.name ?? subject.name;
    const { words } = nameOf(full);
    // "Ivo Lind said ... Meanwhile, Tom Lind will not be fined ... He denies": a full name
    // with another given name is someone new, though the surname is known.
    const someoneElse = known !== undefined && !known.organisationOnly && known.words > 1 && !subject.addressed && subject.name.includes(' ') && known.name !== subject.name;
    if (known !== undefined && !someoneElse) {
      const sameName = known.name === subject.name || known.words === 1 || subject.addressed;
      person = !known.organisationOnly && sameName && givenNamePronoun(known) !== other ? known : null;
      // "Reed hints ... Ex-Home Secretary Tom Reed has given ... He told": the subject names in full one met by surname.
      if (person !== null && known.words === 1 && words > 1 && !subject.addressed) {
        known.name = full;
        known.words = words;
        known.role ??= subject.role;
        known.organisation ??= subject.organisation ?? null;
        byFirstName.set(full.slice(0, full.indexOf(' ')).toLowerCase(), known);
      }
    } else {
      person = {
        name: full, words, rank: people.length, role: subject.role ?? before?.role ?? null, organisation: subject.organisation ?? before?.organisation ?? null,
        roleWords: new Set(roleWords(subject.role ?? before?.role ?? null)), organisationOnly: false,
        addressed: subject.addressed, titled: subject.addressed && words === 1, pronoun: sexKnown ? pronoun : undefined, firstAt: start, lastSeen: 0, lastSourceEnd: 0,
      };
      people.push(person);
      byLastName.set(lastName, person);
      if (words > 1) byFirstName.set(full.slice(0, full.indexOf(' ')).toLowerCase(), person);
      for (const w of person.roleWords) latestWithRole.set(w, person);
    }
    return person;
  };
  /** "he", "she", "they", "it": whom the pronoun stands for. */
  const pronounSpeaker = (a: Sourced, info: SourceInfo): Person | null => {
    let person: Person | null = null;
    // "Ms Lind said ... Mr Berg said ... she added": the last person the pronoun can stand for.
    if (info.pronoun === 'he' || info.pronoun === 'she') {
      person = lastPersonFor(text, recentPeople, info.pronoun, memo);
      // "Glenn Hall said the first minister had ordered a report. He said ...": a person met last only
      // inside what another said gives way to the one who said it, the subject of that sentence.
      // Only for a pronoun in the sentence right after the report ("... the first minister had ordered a
      // report. The president's roots came into play. ..., he told" is the one met last).
      const reported = person !== null && person === recentPeople[recentPeople.length - 1] ? reporterOf(person) : null;
      const reporter = reported !== null && a.source.start - reported.end <= nextSentenceReach && sentencesBetween(text.slice(reported.end, a.source.start)) <= 1 ? reported.person : null;
      if (reporter !== null && reporter !== person && recentPeople.includes(reporter) && lastPersonFor(text, [reporter], info.pronoun, memo) === reporter) person = reporter;
      // "Ivo Kalns, who wanted her to sing ... Ana Berg spent the winter in Riga ... she
      // said": someone named in full as a sentence's subject since the person last spoke, and never a
      // speaker, is whom the pronoun most likely stands for; no speaker then.
      if (person && newSubjectBetween(text, person.lastSourceEnd, a.source.start, byLastName, info.pronoun, person)) person = null;
      // "Lind claimed the race would be his, but Kalns is unworried. He admitted": a known person
      // who is the subject of a clause after "but" in the sentence just before.
      const contrasted = person !== null ? contrastedSubject(text, person.lastSourceEnd, a.source.start, byLastName) : null;
      if (contrasted !== null && contrasted !== person && !contrasted.organisationOnly && lastPersonFor(text, [contrasted], info.pronoun, memo) === contrasted) person = contrasted;
      // "President Ellen Hart approved ... "...," she wrote": with no speaker for the pronoun, the
      // full name opening a sentence before it, though never a source (subjectBefore).
      const pronoun = info.pronoun;
      const start = a.source.start;
      // "O'Hara has been in talks over a new contract and he said": a surname alone opening the pronoun's
      // own sentence, for a person met or named in full before, comes before any earlier sentence's subject.
      const ownSurname = person === null ? memo.recall(`n\u0000`, start, start - subjectReach, start, () => surnameSubjectBefore(text, start, 0)) : null;
      if (ownSurname !== null) person = adoptSubject(ownSurname, pronoun, start);
      const subject = person === null ? memo.recall(`s\u0000${pronoun}`, start, start - subjectReach, start, () => subjectBefore(text, start, pronoun)) : null;
      if (subject !== null) person = adoptSubject(subject, pronoun, start);
      // "Oberholz has now beaten Varga twice. "...," he said.": failing a full name, a surname alone
      // opening the sentence right before, for a person met or named in full before.
      const bySurname = person === null && subject === null ? memo.recall(`u\u0000`, start, start - subjectReach, start, () => surnameSubjectBefore(text, start)) : null;
      if (bySurname !== null) person = adoptSubject(bySurname, pronoun, start);
      // "Her comments did not impress shadow health secretary Ana Berg. "...," she said.": failing a
      // sentence's subject, the one person named after a role word in the sentence right before.
      const described = person === null && subject === null && bySurname === null ? memo.recall(`r\u0000${pronoun}`, start, start - describedNameReach, start, () => describedNameBefore(text, start, pronoun)) : null;
      // Not when the sentence names by surname someone met before ("But before Lind scored, the chance fell to striker Tom Reed").
      if (described !== null && !described.others!.some((w) => byLastName.get(w.toLowerCase())?.organisationOnly === false)) person = adoptSubject(described, pronoun, start);
      // "A consultant surgeon said ... He added": the unnamed person who spoke since is the one, when
      // near, not part of that person's own source, and with that person not named again in between.
      if (lastUnnamed && lastUnnamed.seen > (person?.lastSeen ?? 0) && !otherSex(lastUnnamed.head, info.pronoun) &&
        lastUnnamed.start >= (person?.lastSourceEnd ?? 0) && a.source.start - lastUnnamed.end <= unnamedPronounReach &&
        !namedBetween(text.slice(lastUnnamed.end, a.source.start), person, info.pronoun)) {
        const report = person !== null ? reportAround(out, order, personOf, seen, person, lastUnnamed) : null;
        // A pronoun inside that same report may be anyone it tells of: no one then.
        if (report === null || a.source.start < report.end) {
          person = null;
          if (report === null) unnamedReferent = lastUnnamed;
        }
      }
      // "Mr. Aalto rejected that. "...," he wrote.": a speaker met before who is the subject of the
      // sentence right before the pronoun's, when no one has spoken since that sentence began.
      const previous = memo.recall(`p\u0000`, start, start - previousSubjectReach, start, () => subjectOfSentenceJustBefore(text, start));
      const met = previous !== null ? byLastName.get(previous.surname.toLowerCase()) : undefined;
      // Not one named by a single word with no title ("Convention should be nurtured"), nor when the
      // rest of that sentence names another person met but as an owner ("Bogdanov won ..., but McIlroy
      // is unfazed"; "Lind rejected Reed's claim" is Lind).
      if (previous !== null && met !== undefined && met !== person && !met.organisationOnly && met.lastSourceEnd > 0 && (met.words > 1 || met.addressed) &&
        ![...previous.rest.matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{L}-]+(?![\p{L}'’-])/gu)].some(([w]) => { const other = byLastName.get(w.toLowerCase()); return other !== undefined && other !== met && !other.organisationOnly; }) &&
        (previous.given === null || addressPronouns.has(previous.given) || met.words === 1 || met.name.startsWith(`${previous.given} `)) &&
        !(person !== null && person.lastSourceEnd > previous.start) && !(lastUnnamed !== null && lastUnnamed.start > previous.start) &&
        lastPersonFor(text, [met], info.pronoun, memo) === met) {
        person = met;
        unnamedReferent = null;
      } else if (previous === null) {
        // "A senior Nordvik diplomat arrived on Monday. "...," he told reporters.": a person the
        // sentence right before introduces as its subject, unnamed and no holder of an office met, is
        // whom the pronoun stands for, when no one has spoken since that sentence began.
        const described = memo.recall(`q\u0000`, start, start - previousSubjectReach, start, () => describedSubjectJustBefore(text, start));
        const said = described !== null ? parseSourceOnce(described.description) : null;
        // Any of the last few attributions with its source in that sentence, before the pronoun, spoke since.
        let spoke = false;
        for (let k = Math.min(seen, n - 1); k >= 0 && k >= seen - 4 && described !== null && !spoke; k--) {
          const o = out[order[k]].source;
          spoke = o !== null && o.end > described.start && o.start < start;
        }
        if (described !== null && said !== null && said.head !== null && !said.name && !said.pronoun && (isPersonNoun(said.head) || anonymousHeads.has(said.head)) && !isPluralHead(said.head) &&
          // "chief" alone names no one; "foreign policy chief" does.
          (!notPersonTitles.has(said.head) || (said.role ?? '').includes(' ')) && !otherSex(said.head, info.pronoun) && !latestWithRole.has(said.head) && !spoke &&
          ![...described.rest.matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{L}-]+(?![\p{L}'’-])/gu)].some(([w]) => { const other = byLastName.get(w.toLowerCase()); return other !== undefined && !other.organisationOnly; })) {
          person = null;
          lastUnnamed = { head: said.head, role: said.role, organisation: said.organisation ?? null, seen, start: described.start, end: described.end };
          unnamedReferent = lastUnnamed;
        }
      }
    }
    else if (info.pronoun === 'they') {
      // "Prosecutors said ... They added": "they" stands for the group that spoke last, or for an
      // organisation, never for one named person.
      if (lastGroup && lastGroup.seen > lastSpeakerSeen) {
        if (lastGroup.role) a.role = lastGroup.role;
        if (lastGroup.organisation) a.organisation = lastGroup.organisation;
        if (lastGroup.anonymous) a.anonymous = true;
      } else if (lastSpeaker && lastSpeaker === lastOrganisation) person = lastSpeaker;
    }
    // "it" stands for an organisation or a place among the last few attributions, never for a
    // person ("NATO said ... an analyst said ... It added"). Only the sources and their order are
    // read here, which lets the language server keep this pass when typing elsewhere.
    else if (info.pronoun === 'it') {
      // "The miner has not said when it expects to restart": "it" inside what the source just before
      // said stands for that source, when it is no person; an unnamed one gives its description.
      const before = seen >= 2 ? order[seen - 2] : -1;
      const said = before >= 0 ? out[before] : undefined;
      // Not when that source is itself inside what another said ("Barclays declined to comment on the report, saying it ..." read "comment on the report" as a source).
      const nested = (s: Span | null, o: Attribution | undefined): boolean => s !== null && o !== undefined && s.start >= o.content.start && s.end <= o.content.end;
      let outer = false;
      for (let k = seen - 3; k >= 0 && k >= seen - 5 && !outer; k--) outer = nested(said?.source ?? null, out[order[k]]);
      const inside = said !== undefined && said.source !== null && said.source.end <= a.source.start && nested(a.source, said) && !outer;
      const speaker = inside ? personOf[before] : null;
      // Not an unnamed person ("A spokesman said ... The spokesman said it was considering"), anonymous or met before (lastUnnamed).
      const unnamedPerson = said?.anonymous === true || (lastUnnamed !== null && lastUnnamed.seen === seen - 1);
      if (inside && speaker === null && !unnamedPerson && (said.speakerKind === 'organisation' || said.organisation !== undefined || said.role !== undefined)) {
        if (said.role !== undefined) a.role = said.role;
        if (said.organisation !== undefined) a.organisation = said.organisation;
        if (said.speakerKind !== undefined) a.speakerKind = said.speakerKind;
      } else if (inside && speaker !== null && speaker === lastOrganisation) person = speaker;
      else {
        person = subjectBody(a);
        // "The central bank, Bank Negara Malaysia, kept its rate ... It said": a body described and named
        // opening the sentence before, met here when it never spoke.
        let named = person === null && text.startsWith('It ', a.source.start) ? describedBodySubjectBefore(text, a.source.start) : null;
        // "MMO2, the UK-based operator ..., has opted for ... it will offer": a body named and described as
        // the subject of the sentence before, or of the pronoun's own, rather than the organisation that
        // spoke last (it went to Sprint, named two sentences before, though MMO2 never spoke).
        if (person === null && named === null && recentOrganisation()) {
          const start = a.source.start;
          named = memo.recall(`i\u0000`, start, start - itSubjectReach, start, () => namedBodySubjectBefore(text, start));
        }
        if (named !== null) {
          const key = nameOf(named).lastName;
          const known = byLastName.get(key);
          if (known === undefined) {
            person = bodyPerson(named, people.length, a.source.start);
            people.push(person);
            bodies.push(person);
            byLastName.set(key, person);
          } else if (known.organisationOnly && known.name === named) person = known;
        }
        person ??= recentOrganisation() ? lastOrganisation : null;
      }
    }
    return person;
  };
  /**
   * "The IFS said ... The OBR cut its growth forecast ... It said": "It" opening a sentence stands for
   * the organisation met before that opens the sentence before it, rather than the one that spoke last.
   */
  const subjectBody = (a: Sourced): Person | null => {
    if (text.charCodeAt(a.source.start) !== 73) return null;
    const subject = bodySubjectBefore(text, a.source.start);
    if (subject === null) return null;
    const { lastName, words } = nameOf(subject);
    const known = byLastName.get(lastName);
    const thing = known !== undefined && (known.organisationOnly || known.organisation === known.name || (known.words === 1 && !known.role && !known.organisation && !known.addressed));
    return thing && (words === 1 || known!.name === subject || known!.name.endsWith(' ' + subject)) ? known! : null;
  };
  /**
   * "Corvex had offered savers yields of 14% ... Its founder, Marcus Lee, said": "Its" opening a source
   * stands for the organisation met before that opens the sentence before it in the paragraph, or for
   * a body described and named opening it ("The central bank, Bank Negara Malaysia, kept ...").
   */
  const subjectOwner = (a: Sourced): string | null => {
    if (!text.startsWith('Its ', a.source.start)) return null;
    // "The central bank, Bank Negara Malaysia, kept its rate ...": a body described and named is one, though it never spoke.
    return subjectBody(a)?.name ?? describedBodySubjectBefore(text, a.source.start);
  };
  /** A source with a name: the person or organisation met before by that name, or a new one. */
  const namedSpeaker = (a: Sourced, info: SourceInfo & { name: string }, sourceText: string): Person => {
    let person: Person;
    const { lastName, words } = nameOf(info.name);
    // "Prince Abdulaziz", "Sir Keir", "Sheikh Mohammed": titles used with a given name, not a surname.
    let known = words === 1 && givenNameTitle.test(sourceText) ? byFirstName.get(lastName) ?? byLastName.get(lastName) : byLastName.get(lastName);
    // "The OBR said" after "the Office for Budget Responsibility (OBR)": the name the article defined it for.
    // It reads up to 20,000 characters back, and 100 before the "(OBR)" it finds there.
    const defined = !known && acronym.test(info.name)
      ? acronymDefinedBeforeOnce(memo, text, info.name, a.source.start)
      : null;
    // "the ONS said" after "the Office for National Statistics reported", with no "(ONS)" written: the body
    // met whose capitalised words' initials the short name spells.
    if (!known && !defined && acronym.test(info.name)) known = bodyByInitials(bodies, info.name);
    // "Angela Brooks said ... Another resident, Tom Brooks, ... Mr. Brooks said": a surname whose
    // speaker's full name is not the one written since stands for the other person.
    const other = known && words === 1 && known.words > 1 && !known.organisationOnly && known.lastSourceEnd < a.source.start
      ? fullNameBeforeOnce(memo, text, info.name, a.source.start, known.lastSourceEnd, known.name) : null;
    if (other) known = undefined;
    if (known && (words === 1 || known.name === info.name || known.words === 1 || known.name.endsWith(' ' + info.name))) {
      person = known;
      // A full name after a bare surname is the first full mention.
      if (words > known.words) {
        known.name = info.name;
        known.words = words;
        byFirstName.set(info.name.slice(0, info.name.indexOf(' ')).toLowerCase(), known);
      } else if (words === 1 && known.words === 1 && !known.organisationOnly && !known.role && !known.organisation && !known.addressed && info.organisation === null &&
        known.firstAt < a.source.start) {
        // "Lind attacks TV" (a headline, nothing before it) ... "Ivo Lind has joined ..." ...
        // "Lind said": a surname first met with no full name before it takes the one written since.
        const full = fullNameBeforeOnce(memo, text, info.name, a.source.start, known.firstAt);
        if (full !== null && !namedAsOrganisationOnce(memo, text, info.name, a.source.start)) {
          known.name = full.name;
          known.words = nameOf(full.name).words;
          known.role ??= full.role;
          known.organisation ??= full.organisation;
          byFirstName.set(full.name.slice(0, full.name.indexOf(' ')).toLowerCase(), known);
        }
      }
    } else {
      // "Kiprono told reporters" after "Kenya's Samuel Kiprono won": the person first named in full.
      // "Labour's Mr Reed" after "Riga mayor Tom Reed": an employer or party before a title of address too.
      let fullName = other ?? (words === 1 && (info.organisation === null || (info.organisation !== info.name && addressed.test(sourceText))) && /^(?:\p{Ll}+ )*\p{Lu}\p{Ll}/u.test(info.name) && !nationality.test(info.name)
        ? fullNameBeforeOnce(memo, text, info.name, a.source.start) : null);
      /** "Tom Reed ... Reed bought his stake through a company": a person named in full before, whatever the signs. */
      const personBefore = fullName !== null;
      if (fullName && namedAsOrganisation(text, info.name, a.source.start)) fullName = null;
      fullName ??= defined;
      // "United captain Jordan Hartley – no relation – ..." then "Jordan Hartley told Sky": a full name
      // whose source says nothing of the person takes what its first mention in the text says.
      if (!fullName && words >= 2 && !info.role && !info.organisation) fullName = describedBeforeOnce(memo, text, info.name, a.source.start);
      person = {
        name: fullName?.name ?? info.name,
        words: fullName ? nameOf(fullName.name).words : words,
        rank: people.length,
        role: info.role ?? fullName?.role ?? null,
        organisation: info.organisation ?? fullName?.organisation ?? null,
        // "The prime minister, Daniel Okafor, ... Mr Okafor told MPs ... The prime minister said": the
        // role of the first mention names the person later, as the source's own role does.
        roleWords: new Set(fullName?.role && !info.role ? officeWords(fullName.role) : roleWordsOf(info)),
        // "the Kremlin", "sportswear firm Umbro": the name is the organisation's.
        organisationOnly: info.name === info.organisation,
        addressed: false,
        titled: false,
        pronoun: undefined,
        firstAt: a.source.start,
        lastSeen: 0,
        lastSourceEnd: 0,
      };
      if (!info.role && !info.organisation && words >= 2 && (companyNameEnd.test(info.name) || bodyNameEnd.test(info.name) || initialismFirst.test(info.name) || namedAsOrganisation(text, info.name, a.source.start))) {
        person.organisation = info.name;
        person.organisationOnly = true;
      }
      // "Lufthavia said", "Halden said": one word with no full name before, no title of address, and
      // signs around it of an organisation ("Shares in Halden", "Halden's chief executive").
      // Not a country ("India said"), which speaks through its government.
      if (!info.role && !info.organisation && words === 1 && !personBefore && !defined && !addressed.test(sourceText) && !isCountryName(info.name) &&
        namedAsOrganisation(text, info.name, a.source.start)) {
        person.organisation = info.name;
        person.organisationOnly = true;
      }
      // "Merrill Lynch said", "Goldman Sachs said": a firm that bears its founders' names, known as one
      // or shown to employ people ("an analyst at Merrill Lynch", "Tom Reed at Morgan Stanley").
      if (!person.organisationOnly && !info.role && !info.organisation && words >= 2 && (founderFirms.has(info.name) || regionalArm.test(info.name) || employerInText(text, info.name, a.source.start))) {
        person.organisation = info.name;
        person.organisationOnly = true;
      }
      if (defined) {
        person.organisation = defined.name;
        person.organisationOnly = true;
      }
      // "..., the transport secretary said on Thursday.\n\nHeidi Alexander told MPs": a new full name with
      // nothing said of it, right after an office spoke unnamed, holds that office.
      const office = person.role === null && person.organisation === null && !person.organisationOnly && person.words > 1
        ? officeJustBefore(text, lastUnnamed, seen, a.source.start) : null;
      if (office !== null) {
        person.role = office;
        for (const w of roleWords(office)) person.roleWords.add(w);
        lastUnnamed = null;
      }
      people.push(person);
      if (person.organisationOnly) bodies.push(person);
      byLastName.set(lastName, person);
      if (person.words > 1) byFirstName.set(person.name.slice(0, person.name.indexOf(' ')).toLowerCase(), person);
      // "Li Wen-jun", "Park Min-jun": the family name comes first, and "Dr. Li" or "Mr Park" names it.
      const familyFirst = familyNameFirst.exec(person.name);
      if (familyFirst) byLastName.set(familyFirst[1].toLowerCase(), person);
      // "the Office for Budget Responsibility (OBR) said": "the OBR" names it from now on.
      const short = definedAcronym.exec(sourceText)?.[1];
      if (short && person.organisationOnly && !byLastName.has(short.toLowerCase())) byLastName.set(short.toLowerCase(), person);
    }
    if (!person.role && info.role) person.role = info.role;
    if (!person.organisation && info.organisation) person.organisation = info.organisation;
    // The title of address is read up to the name: "Lawyer Ana Lima, who represents Mr Berg" is no "he".
    const nameAt = sourceText.indexOf(info.name);
    const upToName = nameAt < 0 ? sourceText : sourceText.slice(0, nameAt + info.name.length);
    if (addressed.test(upToName)) {
      person.addressed = true;
      const address = addressedAs.exec(upToName)?.[1].toLowerCase();
      if (address && !person.pronoun) person.pronoun = addressPronoun(address);
      const titled = titleBeforeName.exec(sourceText);
      if (titled && titled[1] === info.name) person.titled = true;
    }
    for (const w of roleWordsOf(info)) person.roleWords.add(w);
    // "Gen. Tor Brekke, a retired officer": "the general" later, though the role is the appositive.
    const title = openingTitleNoun(sourceText);
    if (title) person.roleWords.add(title);
    // "Gareth Moorcroft, 47, denies twelve counts of fraud ... The defendant told the jury": who answers
    // a charge is "the defendant" later.
    if (!person.organisationOnly && answersCharge.test(text.slice(a.cue.start, a.cue.end)) && chargeWords.test(text.slice(a.content.start, Math.min(a.content.end, a.content.start + 200)))) {
      person.roleWords.add('defendant');
      person.roleWords.add('accused');
    }
    // The person mentioned last, not the one met last: "Ms Aamodt said ... the minister said" is Ms
    // Aamodt, even when a former minister was met after her.
    for (const w of person.roleWords) latestWithRole.set(w, person);
    return person;
  };
  /** "the party": the party named before, when no one who spoke is. */
  const partySpeaker = (a: Sourced, info: SourceInfo, sourceText: string): Person | null => {
    let person: Person | null = null;
    // "The Liberal Democrats said ... and the party called for", "Labour denies ... The party says": the
    // political party named last before, the body that spoke under that name when one did.
    if (info.head === 'party' && bareParty.test(sourceText)) {
      const party = partyNamedBefore(text, a.source.start);
      if (party !== null) {
        const key = nameOf(party).lastName;
        const known = byLastName.get(key);
        if (known !== undefined && known.organisationOnly) person = known;
        else if (known === undefined) {
          person = bodyPerson(party, people.length, a.source.start);
          people.push(person);
          bodies.push(person);
          byLastName.set(key, person);
        }
      }
    }
    return person;
  };
  /**
   * The person a sentence before the description at `start` made its subject, as "he" or "she" would
   * take it (subjectBefore): the nearer of the two readings, since an age or a nationality says no sex.
   */
  const subjectOfSentenceBefore = (start: number, office?: string[]): Person | null => {
    const he = memo.recall(`s\u0000he`, start, start - subjectReach, start, () => subjectBefore(text, start, 'he'));
    const she = memo.recall(`s\u0000she`, start, start - subjectReach, start, () => subjectBefore(text, start, 'she'));
    const [subject, pronoun] = he !== null && (she === null || he.end >= she.end) ? [he, 'he' as const] : [she, 'she' as const];
    if (subject === null) return null;
    // With `office`, only a subject whose own title holds that office and which opens the sentence right before.
    if (office !== undefined && !(subject.role !== null && titleHoldsOffice(subject.role, office) && subjectOfSentenceBeforeIs(text, start, subject))) return null;
    return adoptSubject(subject, pronoun, start, false);
  };
  /** A source described ("the 31-year-old", "the minister", "the company"): whom it points back to, if anyone. */
  const describedSpeaker = (a: Sourced, info: SourceInfo, sourceText: string, describesOrganisation: boolean, describesProducer: boolean): Person | null => {
    let person: Person | null = null;
    if (info.byAge) {
    // "Umaga said ... The 31-year-old admitted": the last person met, either sex, when no one else is
    // named since ("Mr Spector is free on bail. The 64-year-old has denied ..." after Ilze Ozola spoke).
    const last = recentPeople[recentPeople.length - 1];
    // What it reads is what the office rule below reads, which the language server's skip rule knows.
    person = last !== undefined && a.source.start - last.lastSourceEnd <= officeReach && onlyNamedBetween(text.slice(last.lastSourceEnd, a.source.start), last, '') ? last : null;
    // "Ilze Ozola said the 19-year-old had been lucky. The 19-year-old said": she spoke of someone else, whom nothing names.
    const age = /[\p{L}\p{N}]+-year-old/u.exec(sourceText)?.[0];
    if (person !== null && age !== undefined && spokenOfBetween(text.slice(last.lastSourceEnd, a.source.start), age)) return null;
    // "Tomas Berg pulled out with a hip injury. "...," said the 34-year-old.": with no one who spoke
    // meant, the person a sentence before made its subject, as "he" or "she" would take it; the
    // nearer of the two readings, since an age says no sex.
    if (person === null) person = subjectOfSentenceBefore(a.source.start);
  } else if (info.byNationality) {
    // "the Scot said", "the Italian said": the last person met, as "he" or "she" would be, either sex;
    // not one the article has called by another nationality ("the Dutchman said ... the Irishman said").
    person = null;
    for (let k = recentPeople.length - 1; k >= 0 && !person; k--) {
      const known = recentPeople[k].nationality;
      if (known === undefined || known === info.head) person = recentPeople[k];
    }
    // "Peter Berg pulled out ... said the Latvian": with no one met, the subject before, as for an age.
    if (person === null && recentPeople.length === 0) person = subjectOfSentenceBefore(a.source.start);
    if (person && info.head) person.nationality = info.head;
  } else if (info.definite && info.head === 'staff' && generalStaff.test(sourceText)) {
    // "Ukraine's general staff said ... The general staff also reported": the body met last of that name.
    for (let k = bodies.length - 1; k >= 0 && !person; k--) if (generalStaff.test(bodies[k].name)) person = bodies[k];
  } else if (info.office) {
    // "Prime Minister Keir Lund ... The Prime Minister said": the person the text names with that
    // office before, or who spoke holding it. Never the person who spoke last for want of one, as
    // for "the prime minister" below: for an office in capitals that named the wrong people.
    // Up to the source's end: "Lord Lind, the Lord Chief Justice, had argued" has the office for its source.
    const holder = officeHolderBeforeOnce(memo, text, info.office, a.source.end);
    if (holder) {
      const { lastName, words } = nameOf(holder);
      const known = byLastName.get(lastName);
      if (known && !known.organisationOnly && (known.name === holder || known.words === 1 || words === 1)) person = known;
      else {
        person = officeHolder(holder, words, people.length, info, roleWordsOf(info), a.source.start);
        people.push(person);
        byLastName.set(lastName, person);
        if (words > 1) byFirstName.set(holder.slice(0, holder.indexOf(' ')).toLowerCase(), person);
      }
    } else {
      for (const p of people) if (p.role && holdsOffice(p.role, info.office) && (!person || p.lastSeen > person.lastSeen)) person = p;
    }
    if (person) {
      if (!person.role) person.role = info.role;
      for (const w of roleWordsOf(info)) person.roleWords.add(w);
      for (const w of person.roleWords) latestWithRole.set(w, person);
    }
  } else if (info.definite && info.head) {
    // "the diplomat": the most recent speaker whose role has that noun; "the committee" is a body, not
    // a person whose role names it ("Committee chairman Tom Reed", "Party leader Ivo Lind").
    person = latestWithRole.get(info.head) ?? secretaryAsMinister(latestWithRole, info.head, sourceText);
    // "Labour party chairman Tom Reed ... the chairman of the Commission for Racial Equality": the
    // office of a body named after it, which the person is not known to work for, is someone else's.
    const employer = info.organisation !== null && !(info.role ?? '').includes(info.organisation) ? info.organisation : null;
    if (person && employer !== null && !person.organisationOnly && person.organisation !== employer && !(person.role ?? '').includes(employer)) person = null;
    // "Chancellor Gordon Brown ... the shadow chancellor said": a qualified office is another one.
    if (person && qualifiedOffice(sourceText, info.head) && !(person.role && qualifiedOffice(person.role, info.head))) person = null;
    // "Deputy Mayor Ana Berg ... the Mayor of Riga would apologise": a deputy, a shadow or a
    // former holder does not hold the office the plain title names.
    if (person && person.role && qualifiedOffice(person.role, info.head) && !qualifiedOffice(sourceText, info.head)) {
      // "Chancellor Gordon Brown ... Oliver Letwin, the shadow chancellor, ... the chancellor said": the
      // holder of the plain office mentioned last, when one was met.
      const former = person;
      person = null;
      for (const p of people) {
        if (p.roleWords.has(info.head) && !(p.role && qualifiedOffice(p.role, info.head)) && (!person || p.lastSeen > person.lastSeen)) person = p;
      }
      person ??= formerHolderStill(former, info.head, seen);
    }
    if (person && isBodyHead(info.head) && !person.organisationOnly && person.words > 1 && (person.addressed || person.role !== null && isPersonNoun(roleHead(person.role)))) person = null;
    // "Tony Blair has apologised ... The prime minister said": an office held by no one met so far
    // names the person who spoke last, when nothing about them says otherwise (news writing varies
    // the name with the office).
    const last = recentPeople[recentPeople.length - 1];
    // "Singer Tom Reed has said ... The pop star said": a noun of fame names whoever spoke last, whatever their role.
    if (!person && last !== undefined && (fameHeads.has(info.head) || (last.role === null && isTitle(info.head))) && (last.words > 1 || last.addressed) && !notPersonTitles.has(info.head) && seen - last.lastSeen <= 2 &&
      info.role !== null && !info.anonymous && /^the\s/i.test(sourceText) && !latestWithRole.has(info.head) &&
      a.source.start - last.lastSourceEnd <= officeReach && onlyLastNamedBetween(text.slice(last.lastSourceEnd, a.source.start), last, info.head) &&
      // "Ms Ozola said, adding that the minister has promised": an office in the sentence that names the speaker is someone else's.
      /[.!?]["\u201d\u2019]?\s/u.test(text.slice(last.lastSourceEnd, a.source.start)) &&
      // With someone else who spoke near, only the subject of the sentence before ("..., where Ada Moe
      // opposed it. But the party leader argued" may be Jon Vik, who spoke before her).
      (!otherSpokeNear(recentPeople, last, a.source.start) || subjectOfSentenceBeforeIs(text, a.source.start, last))) {
      person = last;
      // A later "the chancellor" names the same person.
      person.roleWords.add(info.head);
      latestWithRole.set(info.head, person);
    }
    // "A consultant surgeon, who spoke on condition of anonymity, said ... the surgeon said": the unnamed one, when met since.
    if (lastUnnamed && (lastUnnamed.head === info.head || sameUnnamed(lastUnnamed, info.head, sourceText, seen)) && lastUnnamed.seen > (person?.lastSeen ?? 0)) {
      person = null;
      unnamedReferent = lastUnnamed;
    }
    // "Gordon Brown has delivered a speech ... The chancellor said": with no one met, an office whose
    // holder the sentence before made its subject is that person, before any holder named next.
    if (!person && !unnamedReferent && /^the\s/i.test(sourceText) && subjectOffice(text, a.source.start, info, sourceText)) {
      // "Ana Berg said ... Prime Minister Tom Reed met the unions. The prime minister said": with
      // people met before, only a subject whose own title names the office.
      person = subjectOfSentenceBefore(a.source.start, recentPeople.length === 0 ? undefined : roleWordsOf(info));
    }
    // "..., the transport secretary said on Thursday.\n\nHeidi Alexander told MPs": the holder named next,
    // met here with the office as the role; the name's step then finds her by name.
    const holder = !person && !unnamedReferent ? holderNamedNext(text, a, info, sourceText, seen < n ? out[order[seen]] : undefined, byLastName) : null;
    if (holder !== null) {
      const { lastName, words } = nameOf(holder);
      person = officeHolder(holder, words, people.length, info, officeWords(info.role!), a.source.end);
      people.push(person);
      byLastName.set(lastName, person);
      byFirstName.set(holder.slice(0, holder.indexOf(' ')).toLowerCase(), person);
      for (const w of person.roleWords) latestWithRole.set(w, person);
    }
    // "Peter Berg has pulled out of the final. ... the world indoor champion said": a word for a
    // player, a performer or someone young, with no one met before, is the subject of a sentence
    // before, as an age is; not an office, which names whoever holds it.
    if (!person && !unnamedReferent && recentPeople.length === 0 && describedPersonHeads.has(info.head) && /^the\s/i.test(sourceText)) person = subjectOfSentenceBefore(a.source.start);
    // "NASA said ... The agency said": an organisation that spoke just before, as "it" would be; not
    // one described otherwise ("the regulator Ofcom" is no "firm"), and not when capitals describe
    // the noun ("The US firm", "The Australian newspaper"), which introduces an organisation.
    // Not a body whose name says it is another kind ("Westbury Council" is no "union", nor is the European Union).
    // "The Financial Conduct Authority said ... The regulator declined": a word for what a body does is no other kind.
    // "Brewer agrees takeover ... the approval of the competition regulator, which has said": a word for
    // what a body does, with a field the body that spoke does not name, before "which" is another body
    // ("Ofcom said ... The media regulator said" may still be Ofcom).
    const fieldOfRole = relativePronoun.test(text.slice(a.source.start, a.source.end)) && bodyRoles.has(info.head) && (info.role ?? '').toLowerCase().split(/\s+/).some((w) => w !== '' && w !== info.head && !lastOrganisation?.name.toLowerCase().includes(w));
    const otherKind = lastOrganisation !== null && (((kindNameEnd.exec(lastOrganisation.name)?.[1].toLowerCase() ?? info.head) !== info.head && !bodyRoles.has(info.head)) || otherKinds.has(lastOrganisation.name) || fieldOfRole);
    // "Nordvik Shipping reported ... The company said", "the Ministry of Agriculture ... the agriculture
    // ministry said": an organisation of that kind named in the text before (organisationsNamedBefore).
    const pointsBack = !person && describesOrganisation && plainDescription.test(sourceText);
    const head: string = info.head;
    const qualifiers = pointsBack ? (info.role ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '' && w !== head) : [];
    const start = a.source.start;
    const named: NamedBefore[] = pointsBack
      ? organisationsNamedBeforeOnce(memo, text, head, qualifiers, start)
      : [];
    const exact = named.filter((c) => c.exact);
    // An organisation that spoke just before, unless one of the kind the description names was named since.
    // "RHB said ... the central bank said": a public body's qualifier names another body than the company that spoke.
    const publicBody = qualifiers.some((q) => publicQualifiers.has(q) && !lastOrganisation?.name.toLowerCase().includes(q));
    if (!person && isOrganisationNoun(info.head) && recentOrganisation() && lastOrganisation!.roleWords.size === 0 && plainDescription.test(sourceText) && !otherKind && !publicBody &&
      exact.every((c) => lastOrganisation!.lastSourceEnd >= start - c.distance)) {
      person = lastOrganisation;
    }
    // Organisations that spoke count too, for "the company", when the text shows them to be companies ("Novartis' shares").
    const candidates = [...named];
    if (pointsBack && companyHeads.has(head)) {
      const near = text.slice(Math.max(0, start - organisationNameReach), start);
      for (const p of people) {
        // Not one described otherwise ("the regulator Harbourwatch" is no "firm").
        // "the auditor, Greaves Whitfield" was met as a person, described by what a firm is.
        if (candidates.some((c) => c.name === p.name) || !(describedAsCompany(p) ||
          (p.words === 1 && p.roleWords.size === 0 && (p.organisationOnly || (!p.role && !p.addressed && namedAsOrganisationOnce(memo, text, p.name, p.firstAt)))))) continue;
        const end = near.lastIndexOf(p.name);
        if (end >= 0) candidates.push({ name: p.name, distance: near.length - end - p.name.length, exact: false, count: mentions(near, p.name) });
      }
    }
    // "Halvorsen Foods ... the frozen-food maker admitted": any company named before, whatever the words of its kind.
    if (pointsBack && describesProducer) candidates.push(...organisationsNamedBeforeOnce(memo, text, 'company', [], start));
    let found = likeliestOrganisation(candidates);
    // "Halvorsen's chairman" and "Halvorsen Foods" are one company, by its full name.
    if (found && describesProducer) found = candidates.find((c) => c.name.startsWith(found!.name + ' ')) ?? found;
    if (!person && found) {
      const name = found.name;
      // "Rovers manager ..." for the club that spoke as "Ashford Rovers".
      person = people.find((p) => p.name === name) ??
        people.find((p) => (p.organisationOnly || (p.role === null && !p.addressed)) && p.name.endsWith(' ' + name) && !timeWord.test(p.name)) ?? null;
      if (!person) {
        person = bodyPerson(name, people.length, start);
        people.push(person);
        const key = nameOf(found.name).lastName;
        if (!byLastName.has(key)) byLastName.set(key, person);
      }
    }
    // "Westbury Council plans ... The council said": the body met last whose name ends with the noun.
    if (!person && plainDescription.test(sourceText)) {
      for (let k = bodies.length - 1; k >= 0 && !person; k--) {
        if (bodyNounOf(bodies[k].name) === info.head && !otherKinds.has(bodies[k].name)) person = bodies[k];
      }
    }
    if (!person) person = partySpeaker(a, info, sourceText);
    // What "the company" stands for is an organisation, whatever it was taken for when it spoke.
    if (person && pointsBack) {
      if (!person.organisationOnly) bodies.push(person);
      person.organisationOnly = true;
      person.organisation ??= person.name;
      // Nor is it anyone "he" or "she" stands for.
      const was = recentPeople.indexOf(person);
      if (was >= 0) recentPeople.splice(was, 1);
    }
    if (!person && info.role && !info.anonymous && (isOrganisationNoun(info.head) || kindNameEnd.test(' ' + info.head[0].toUpperCase() + info.head.slice(1)))) lastBody = { role: info.role, seen };
    }
    return person;
  };

  /**
   * The organisation a description points back to ("Ana Berg, the company's founder", "Erik Sand, a
   * banking analyst at the firm", "a spokesperson for the council"): the one of the attribution just
   * before ("Analysts at Nordea said"), else the one of that kind named before. Not for a body that
   * oversees others ("the watchdog" after a company spoke is another body), nor after a body whose name
   * says it is another kind ("the alliance's leader" after the Electoral Council spoke).
   */
  const employerDescribed = (employerNoun: string, start: number): string | null => {
    // A body's noun ("the government's spokesman", "the council's") takes only a body named as one of that kind:
    // the organisation an expert spoke for just before ("the University of Warsaw") is no government.
    const anyKind = companyHeads.has(employerNoun) || isOrganisationNoun(employerNoun) || employerNoun === 'union';
    // "NTL said ... said a spokesman for the company": for a company or the like, one that spoke since in one word, though never marked one.
    // "NATO said ... A spokeswoman for the alliance": for a body of another kind ("alliance", "union"), one
    // that spoke in capitals, which no place is named in ("Moscow said" is no alliance).
    const capitals = lastOrganisation !== null && isOrganisationNoun(employerNoun) && acronym.test(lastOrganisation.name) && lastOrganisation.name.length >= 3;
    const company = (companyHeads.has(employerNoun) || organisationNouns.has(employerNoun) || capitals) && lastOrganisation !== null && lastOrganisationSeen > (lastEmployer?.seen ?? 0) && lastOrganisation.words === 1 &&
      lastOrganisation.roleWords.size === 0 && !isCountryName(lastOrganisation.name) ? { name: lastOrganisation.name, seen: lastOrganisationSeen } : null;
    // Not when a company was named since it spoke ("IBM said it would partner with a small firm, Halden Data, ... Tom
    // Reed, one of the company's directors"): the one of that kind named last then, as below.
    const namedSince = company !== null && companyHeads.has(employerNoun) && organisationsNamedBeforeOnce(memo, text, employerNoun, [], start)
      .some((c) => c.name !== company.name && start - c.distance > lastOrganisation!.lastSourceEnd);
    const last = namedSince ? lastEmployer : company ?? lastEmployer;
    const otherKindNamed = last !== null && (kindNameEnd.exec(last.name)?.[1].toLowerCase() ?? employerNoun) !== employerNoun;
    if (anyKind && last !== null && seen - last.seen <= 2 && employerNoun !== 'watchdog' && employerNoun !== 'regulator' && !otherKindNamed) return last.name;
    // "Tom Reed, the party's Treasury spokesman": the political party named last, as for "the party said".
    if (employerNoun === 'party') return partyNamedBefore(text, start);
    return likeliestOrganisation(organisationsNamedBeforeOnce(memo, text, employerNoun, [], start))?.name ?? null;
  };

  /** The body described by a noun of this kind in one of the last three attributions ("the Finnish transport ministry"), or null. */
  const describedBodyOfKind = (employerNoun: string): string | null =>
    lastBody !== null && seen - lastBody.seen <= 3 && lastBody.role.toLowerCase().split(/\s+/).pop() === employerNoun ? lastBody.role : null;

  /** What the speaker found gives the attribution (role, organisation, anonymity) and the state the next steps read. */
  const record = (a: Sourced, index: number, info: SourceInfo, sourceText: string, person: Person | null, courtRole: string | null, describesOrganisation: boolean): void => {
    // "Prof. Siegert", "Gen. Brekke": a short title says less than the role the person was given, and
    // so does a clause at a later mention ("Mr Kjaergaard, who has led Nordair since 2019"), in the
    // source or right after it.
    // An organisation's description ("the company", "the council") is no role.
    const clauseAtLaterMention = () => laterClause.test(sourceText) || laterClause.test(personClauseAfter(text, a.source.end));
    if (info.role && !describesOrganisation && !(person?.role && person.role !== info.role && (onlyShortTitles(info.role) || clauseAtLaterMention()))) a.role = info.role;
    if (courtRole && !info.role) {
      a.role = courtRole;
      if (person && !person.role) person.role = courtRole;
    }
    // "The OBR said", "the Commission said": the organisation is the one the short name stands for.
    if (info.organisation && person?.organisationOnly && info.organisation === info.name && person.name !== info.name) a.organisation = person.organisation ?? person.name;
    // "Mary Gregory, the ONS's deputy director": the body met that the short name stands for.
    // "The regime of Andris Kalns" with "Mr. Kalns" in the article: a person's name is no
    // organisation; the role says whose the body is.
    else if (info.organisation && info.role && !person && addressedPerson(text, info.organisation, a.source.start)) {
      if (sourceText.includes(` of ${info.organisation}`)) a.role = `${info.role} of ${info.organisation}`;
    }
    else if (info.organisation) a.organisation = acronym.test(info.organisation) ? bodyByInitials(bodies, info.organisation)?.name ?? info.organisation : info.organisation;
    // "Corvex had offered savers yields of 14%. Its founder, Marcus Lee, said": the organisation opening the sentence before.
    else if (person && !person.organisationOnly && (owner = subjectOwner(a)) !== null) {
      a.organisation = owner;
      if (!person.organisation) person.organisation = owner;
    }
    // "The union said ... Its president, Ana Lima, said": the organisation that spoke just before employs
    // her; so does "the ministry's spokesman" after "Iraq's oil ministry said".
    else if (person && !person.organisationOnly && recentOrganisation() && (ownedByIt.test(sourceText) || ownedByDescribed(sourceText, lastOrganisation!.name))) {
      a.organisation = lastOrganisation!.name;
      if (!person.organisation) person.organisation = a.organisation;
    } else if (person && !person.organisationOnly && !person.organisation && info.role !== null && companyOffice.test(info.role) && lastOrganisation !== null &&
      seen - lastOrganisationSeen === 1 && lastOrganisation.organisationOnly && !isCountryName(lastOrganisation.name) && properName.test(lastOrganisation.name) &&
      !/\bCourt\b/.test(lastOrganisation.name) && !isPublicationName(lastOrganisation.name)) {
      // "Tesco reported a 12% rise in profit ... chief executive Ken Murphy told reporters": a company's
      // office, with no employer named, held at the company whose attribution comes right before; not a
      // description ("Europe's biggest drugmaker says"), nor a court named in what the company said, nor
      // a newspaper reporting what the officer said ("According to the Harbour Times, chief executive").
      a.organisation = lastOrganisation.name;
      person.organisation = a.organisation;
    } else if (person && !person.organisationOnly && !person.organisation && ownedInAppositive.test(sourceText) && recentOrganisation() && (lastBody === null || lastBody.seen <= lastOrganisationSeen) &&
      !(lastEmployer !== null && lastEmployer.seen > lastOrganisationSeen && lastEmployer.name !== lastOrganisation!.name)) {
      // "Harbour Bank said ... said Ana Berg, its chief economist": the organisation that spoke just
      // before employs the person the appositive introduces; not when someone spoke for another one
      // since ("Tom Reed of Nordvik Steel said ..."), which "its" may stand for as well.
      a.organisation = lastOrganisation!.name;
      person.organisation = a.organisation;
    } else if (person && !person.organisationOnly && lastBody && seen - lastBody.seen <= 3 && (ownedByIt.test(sourceText) || ownedInAppositive.test(sourceText))) {
      // "The council said ... Its chief executive, Sunita Rao, said": the unnamed body employs her.
      // One already known to employ her is named rather than described ("UKIP leader Tom Reed ... The party ... Its leader, Tom Reed").
      a.organisation = person.organisation ?? lastBody.role;
      if (!person.organisation) person.organisation = a.organisation;
    } else if (person && !person.organisationOnly && info.name && (employerNoun = describedEmployer(sourceText)) !== null) {
      const place = describedEmployerPlace(sourceText);
      // "The Finnish transport ministry confirmed ... A ministry spokesman, Juha Lehtinen": with no body of
      // that kind named, the one described just before ("Finnish transport ministry") employs the person.
      const employer = place !== null ? organisationOfPlace(text, a.source.start, employerNoun, place)
        : employerDescribed(employerNoun, a.source.start) ?? describedBodyOfKind(employerNoun);
      if (employer !== null) {
        a.organisation = employer;
        if (!person.organisation) person.organisation = employer;
      }
    }
    // "Analysts at the institute cautioned" after "the Stockholm International Peace Research Institute (SIPRI)",
    // "A spokesperson for the council said" after "Stratford District Council": the body of that kind, as for a named person.
    if (!person && !info.name && !info.organisation && !a.organisation && info.head !== null && (isPluralHead(info.head) || anonymousHeads.has(info.head)) &&
      (employerNoun = describedEmployer(sourceText)) !== null && employerNoun !== info.head) {
      // A group ("the company's banks", "analysts at the institute") by the body of that kind named before only.
      const place = describedEmployerPlace(sourceText);
      const found = place !== null ? organisationOfPlace(text, a.source.start, employerNoun, place)
        : isPluralHead(info.head) ? likeliestOrganisation(organisationsNamedBeforeOnce(memo, text, employerNoun, [], a.source.start))?.name ?? null
        : employerDescribed(employerNoun, a.source.start) ?? describedBodyOfKind(employerNoun);
      if (found !== null) a.organisation = found;
    }
    // "Poland has ordered 96 tanks ... Its prime minister told": an unnamed officer of the organisation that spoke just before.
    // Only an office ("its chief executive"): "its makers", "its management", "its website" are read too loosely to point back.
    if (!person && !info.name && !info.organisation && !a.organisation && info.head !== null && isTitle(info.head) && (owner = subjectOwner(a)) !== null) a.organisation = owner;
    if (!person && !info.name && !info.organisation && !a.organisation && info.head !== null && isTitle(info.head) && recentOrganisation() && ownedByIt.test(sourceText)) a.organisation = lastOrganisation!.name;
    // "The council said" with no council named before: an organisation all the same, described as written.
    if (!person && describesOrganisation) {
      if (!a.organisation) a.organisation = info.role ?? info.head!;
      a.speakerKind = 'organisation';
    }
    if (!person && !info.pronoun && !info.name && info.head && isPluralHead(info.head)) {
      lastGroup = { role: info.role, organisation: info.organisation, anonymous: info.anonymous, seen };
    }
    /**
     * A later mention of an unnamed person met before, not the first mention again (a quotation that runs on
     * after it has the same source), nor one that names another organisation ("The Harlow Council spokesman"
     * after "a Vestlink spokesman"), which is someone else.
     */
    const laterMention = unnamedReferent !== null && info.definite && unnamedReferent.start !== a.source.start &&
      (info.organisation === null || unnamedReferent.organisation === null || mayBeSameBody(info.organisation, unnamedReferent.organisation));
    if (unnamedReferent) {
      // The description first given stays the role of a bare "the surgeon" ("consultant surgeon"), as for a
      // named person. The first mention alone is marked anonymous: a hint on every later "he" would ask
      // again for a reason the article may have given there.
      if (info.role === info.head || info.role === null) {
        if (unnamedReferent.role) a.role = unnamedReferent.role;
        if (unnamedReferent.organisation) a.organisation = unnamedReferent.organisation;
      }
      unnamedReferent.seen = seen;
      unnamedReferent.end = a.source.end;
    } else if (!person && !info.pronoun && !info.name && info.head && !isPluralHead(info.head) && (isPersonNoun(info.head) || anonymousHeads.has(info.head) || keptUnnamedPerson(info, sourceText)) &&
      !notPersonTitles.has(info.head) && !(info.definite && seatHeads.has(info.head))) {
      // "the Salford MP" names a known person by the seat, whom this pass could not find: no unnamed person for "she" to stand for.
      lastUnnamed = { head: info.head, role: info.role, organisation: info.organisation ?? a.organisation ?? null, seen, start: a.source.start, end: a.source.end };
    }
    if (person) {
      personOf[index] = person;
      person.lastSeen = seen;
      person.lastSourceEnd = a.source.end;
      lastSpeaker = person;
      lastSpeakerSeen = seen;
      // A one-word name without a title, role or employer is an organisation or a place ("NATO",
      // "Poland", "Yukos"), which "he" does not stand for; "Mr Lind" is a person.
      // A name that a later source gives as its own organisation ("both the Tories and Lib Dems", then "the Tories") is one too.
      const thing = person.organisationOnly || person.organisation === person.name || (person.words === 1 && !person.role && !person.organisation && !person.addressed) ||
        (person.role === null ? organisationNouns.has('') : roleIsOrganisation(person.role));
      if (thing) {
        lastOrganisation = person;
        lastOrganisationSeen = seen;
      } else {
        // The last few people met, most recent last, for "he" and "she".
        const at = recentPeople.indexOf(person);
        if (at >= 0) recentPeople.splice(at, 1);
        recentPeople.push(person);
        if (recentPeople.length > 4) recentPeople.shift();
      }
    } else if (info.anonymous && info.definite && info.head !== null && isFormalOffice(info.head) && plainOffices.test(sourceText) &&
      !(a.cue.start > a.source.end && setOffUnnamed(text.slice(a.source.end, Math.min(a.cue.start, a.source.end + 200)))) &&
      (holders = officeHoldersBeforeOnce(memo, text, sourceText, info.head, a.source.start)) !== null) {
      // "NATO defence ministers ... the ministers had endorsed": the holders the text named before, on
      // the record for their body, as they are when they speak under that name (withOfficeHolders).
      a.role = holders.role ?? a.role;
      a.organisation = holders.organisation ?? undefined;
    } else if (info.anonymous && !laterMention) {
      // "The bookkeeper, who cannot be named, said ... The witness said": a later mention of the unnamed
      // person is not marked again, as "he" is not (above).
      // "Scientists at the Tyndall Centre ... The researchers said": the study's authors, named through their body.
      const body = info.definite && info.head !== null && studyPeople.has(info.head) ? researchBodyBefore(text, a.source.start) : null;
      if (body === null) a.anonymous = true;
      else if (!a.organisation) a.organisation = body;
    }
    // What "the firm" in the next source's description may be: an organisation that spoke, or the one
    // an unnamed or named person spoke for ("Analysts at Nordea"), never a country ("Norway's minister").
    const spokeFor = person?.organisationOnly ? person.name : info.organisation !== null && info.organisation !== info.name ? info.organisation : null;
    if (spokeFor !== null && !isCountryName(spokeFor)) lastEmployer = { name: spokeFor, seen };
  };

  for (const index of seen ? order.slice(seen) : order) {
    if (seen === saveAt) memo.save(loop(), out, order, personOf);
    if (seen === nearAt) memo.save(loop(), out, order, personOf, true);
    if (seen === tailAt && memo.takeTail(loop(), out, order, personOf)) break;
    const a = out[index];
    seen++;
    if (!a.source) continue;
    const written = text.slice(a.source.start, a.source.end);
    // "opposition lawmakers, who accused ...": a relative pronoun speaks for the noun phrase before it.
    let sourceText = relativePronoun.test(written) ? antecedentBefore(text, a.source.start) ?? written : withoutLeague(written);
    let info = parseSourceOnce(sourceText.includes(',') ? sourceText : sourceText + personClauseAfter(text, a.source.end));
    // "said Andrew Wishart of Capital Economics, which had forecast": "which" stands for no person, but for
    // the organisation named right before it, after the person.
    if (sourceText !== written && /^which$/i.test(written) && info.name !== null && info.organisation !== null && info.organisation !== info.name && nameOf(info.name).words > 1 &&
      sourceText.endsWith(' ' + info.organisation)) {
      sourceText = info.organisation;
      info = parseSourceOnce(sourceText);
    }
    // "Tom Reed, a strategist at Halden Securities told Reuters": the name before the description;
    // "said Northgate's sporting director, Ines Correia.": the name after it.
    const named = sourceText === written ? namedBeforeDescription(text, a.source.start, written, info, a.content.end) ?? namedAfterDescription(text, a.source.end, written, info) : null;
    if (named) {
      sourceText = named;
      info = parseSourceOnce(named);
    }
    // "Headteachers say": one capitalised word that ends like a plural of people, before a verb that
    // agrees with a plural ("say", not "says"), is a group, not someone called Headteachers.
    if (info.name && !info.role && !info.organisation && pluralOfPeople.test(info.name) && a.source.end <= a.cue.start &&
      pluralAgreement.test(text.slice(a.cue.start, a.cue.end)) && !byLastName.has(info.name.toLowerCase())) {
      info = { ...info, name: null, role: info.name, head: info.name.toLowerCase(), anonymous: true };
    }
    // "Pell's lawyer, Jonathan Laidlaw KC" after "Graham Pell was jailed": a possessor named in full
    // before as a person is whom the speaker acts for, not an employer ("Nordea's economist" keeps Nordea).
    // Not the first word of a longer name ("Aston's chief executive" and "Aston Martin").
    if (info.name && info.role && info.organisation && info.organisation !== info.name && /^\p{Lu}[\p{Ll}'’-]+$/u.test(info.organisation) &&
      possessorFirst(sourceText, info.organisation) && fullNameBeforeOnce(memo, text, info.organisation, a.source.start) !== null &&
      !firstOfLongerName(text, info.organisation, a.source.start - fullNameReach, a.source.end + organisationReach)) {
      const possessive = /^\S+/.exec(sourceText)![0];
      info = { ...info, organisation: null, role: `${possessive} ${info.role}` };
    }
    // "the seasoned and in-form Reed" after "Tom Reed takes over": a surname after "the" and
    // adjectives was read as an organisation's name; a person named in full before by it is the one.
    if (info.name && info.organisation === info.name && !info.role && epithetBeforeName.test(sourceText) && !byLastName.get(info.name.toLowerCase())?.organisationOnly &&
      fullNameBeforeOnce(memo, text, info.name, a.source.start) !== null && !namedAsOrganisationOnce(memo, text, info.name, a.source.start)) {
      info = { ...info, organisation: null, definite: false };
    }
    // "EU ministers, speaking on condition of anonymity, said": a clause set off between an unnamed
    // source and its cue may say it is kept unnamed.
    if (!info.anonymous && !info.name && info.head && a.cue.start > a.source.end && a.cue.start - a.source.end <= 200 && setOffUnnamed(text.slice(a.source.end, a.cue.start))) {
      info = { ...info, anonymous: true };
    }
    /** "Defending, Rachel Amis said": the side a barrister speaks for, written before the source. */
    const courtRole = courtSideBefore(text, a.source.start);
    /** "the frozen-food maker", "the copper miner": a company by what it makes, as "the carmaker" is. */
    const describesProducer = !info.name && !info.pronoun && info.definite && !info.anonymous && isProducer(info.role, info.head) && plainDescription.test(sourceText);
    /** "the company", "the agriculture ministry", "the council": an organisation described, not named. */
    const describesOrganisation = describesProducer || (!info.name && !info.pronoun && info.head !== null && !info.anonymous && isOrganisationHead(info.head) && describedBy.test(sourceText));
    // The type says what the functions below may set it to.
    unnamedReferent = null as UnnamedSource | null;
    let person: Person | null;
    if (info.pronoun) person = pronounSpeaker(a as Sourced, info);
    else if (info.name) person = namedSpeaker(a as Sourced, info as SourceInfo & { name: string }, sourceText);
    else person = describedSpeaker(a as Sourced, info, sourceText, describesOrganisation, describesProducer);
    record(a as Sourced, index, info, sourceText, person, courtRole, describesOrganisation);
  }

  if (seen === saveAt) memo.save(loop(), out, order, personOf);
  if (!memo.converged) memo.endTail(out, order, personOf, people);

  for (let i = 0; i < n; i++) {
    const a = out[i];
    const person = personOf[i];
    if (!person) continue;
    a.speaker = person.name;
    if (!a.role && person.role) a.role = person.role;
    if (!a.organisation && person.organisation) a.organisation = person.organisation;
    // "Mr. Reed" throughout, and never "Tom Reed": the article gives no full name.
    if (person.words === 1 && person.titled && !person.organisationOnly) a.surnameOnly = true;
    if (person.organisationOnly) a.speakerKind = 'organisation';
  }

  const inOrder = [...out].sort((x, y) => x.content.start - y.content.start);
  const introduced = introducedParagraphs(text, inOrder);
  joinParagraphs(text, inOrder);
  labelledQuotations(text, inOrder);
  quotationsAfterSubject(text, inOrder);
  continueSpeakers(text, inOrder);
  quotationsBeforeTagged(text, inOrder);
  for (const a of out) {
    if (a.type !== 'mixed') continue;
    const quotes = quotedParts(text, a.content);
    if (quotes.length) a.quotes = quotes;
  }
  return introduced ? out.filter((a) => !introduced.has(a)) : out;
}

/** How far before an office written in capitals with no name ("The Prime Minister said") the pass reads for its holder's name. */
export const officeHolderReach = 10_000;
/** Qualifiers that make another office of the one after them ("Deputy Prime Minister", "shadow chancellor"). */
const officeQualifier = String.raw`(?:[Dd]eputy|[Vv]ice|[Aa]ssistant|[Ss]hadow|[Ff]ormer|[Ee]x|[Aa]cting)[-\s]+`;
const holderName = String.raw`((?:\p{Lu}[\p{L}'’-]+[ \u00a0]+){1,2}\p{Lu}[\p{L}'’-]+)`;
const officeHolderPatterns = new Map<string, RegExp>();

/**
 * The office's holder named last before `at`: "Prime Minister Keir Lund", "Keir Lund, the prime
 * minister", "Keir Lund, Britain's Prime Minister"; not a deputy's or a shadow's. Any edit that adds,
 * changes or removes such a name has two capitalised words in a row, which sends it to this pass
 * (the language server's `mentionsSpeaker`).
 */
function officeHolderBefore(text: string, office: string, at: number): string | null {
  let pattern = officeHolderPatterns.get(office);
  if (!pattern) {
    if (officeHolderPatterns.size >= 1_000) officeHolderPatterns.clear();
    const words = office.split(' ').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).join(String.raw`[ \u00a0]+`);
    pattern = new RegExp(String.raw`(?<![\p{L}-])(${officeQualifier})?${words}[ \u00a0]+${holderName}|${holderName},[ \u00a0]+(?:the|\p{Lu}[\p{L}]*['’]s?)[ \u00a0]+(${officeQualifier})?${words}(?![\p{L}-])`, 'gu');
    officeHolderPatterns.set(office, pattern);
  }
  let found: string | null = null;
  pattern.lastIndex = 0;
  const near = text.slice(Math.max(0, at - officeHolderReach), at);
  for (let m = pattern.exec(near); m; m = pattern.exec(near)) {
    if (m[1] || m[4]) continue;
    found = (m[2] ?? m[3]).replace(/['’]s?$/, '');
  }
  // Cut from the text, and kept (recall, a person's name) after the version it was read from.
  return found === null ? null : detached(found);
}

/** `officeHolderBefore` through the memo. */
function officeHolderBeforeOnce(memo: ResolveMemo, text: string, office: string, at: number): string | null {
  return memo.recall(`h\u0000${office}`, at, at - officeHolderReach, at, () => officeHolderBefore(text, office, at));
}

/** Whether a role is the office itself, not a deputy's or shadow's ("Prime Minister", "Britain's prime minister"). */
function holdsOffice(role: string, office: string): boolean {
  const r = role.toLowerCase();
  const at = r.lastIndexOf(office);
  return at >= 0 && (at === 0 || r[at - 1] === ' ') && at + office.length === r.length && !/\b(?:deputy|vice|assistant|shadow|former|ex|acting)[-\s]+$/.test(r.slice(0, at));
}

/**
 * Whether a name of two or three capitalised words is a person's: the article calls them "Mr", "Ms",
 * "Mrs" or "Dr" with its last word within a few thousand characters of `at` (a window, so that a long
 * document is not searched whole for each source).
 */
function addressedPerson(text: string, name: string, at: number): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  const near = text.slice(Math.max(0, at - addressReach), at + addressReach);
  return new RegExp(`\\b(?:Mr|Ms|Mrs|Dr)\\.?\\s+${words[words.length - 1]}\\b`, 'u').test(near);
}

/** How far from a source `addressedPerson` looks, in UTF-16 code units. */
const addressReach = 5000;

/**
 * "the company's founder", "an analyst at the firm", "A partner at the firm, Joanna Reyes": an employer
 * described, not named, in a person's description. Not "The Portuguese club's president": an adjective
 * of place says it is another club than the one the article is about.
 */
const describedEmployerPattern = /(?:,\s*|\s(?:at|of|for|with)\s+|^)[Tt]he\s+(?:(\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch))\s+)?(\p{Ll}+)(?:['’]s\s|,|$)/u;

/** "A ministry spokesman", "a company spokeswoman, Ana Lima": the employer's noun modifying a spokesperson's or an official's. */
const employerModifierPattern = /^(?:[Aa]n?|[Tt]he)\s+(\p{Ll}+)\s+(?:spokes(?:man|woman|person)|official|representative)(?:,|$)/u;

/** The noun of an organisation a named person's description points back to ("company" in "Ana Berg, the company's founder"), or null. */
export function describedEmployer(source: string): string | null {
  const noun = describedEmployerPattern.exec(source)?.[2] ?? employerModifierPattern.exec(source)?.[1];
  return noun !== undefined && (companyHeads.has(noun) || isOrganisationNoun(noun) || isOrganisationHead(noun) || noun === 'union') ? noun : null;
}

/** The adjective of place in a described employer ("Portuguese" in "The Portuguese club's president"), or null. */
function describedEmployerPlace(source: string): string | null {
  return describedEmployerPattern.exec(source)?.[1] ?? null;
}

/**
 * "Lisbon side Vestmar ... The Portuguese club's president": the organisation of that kind (or a
 * "side") introduced with its place before its name, the last one within `organisationNameReach`
 * before `at`. The place is the adjective itself or a city's name; another country's adjective
 * ("Italian side Aurora") is another club. Null when none was so introduced: an adjective of place
 * says it is not the organisation the article is about, which the plain description would find.
 */
function organisationOfPlace(text: string, at: number, noun: string, adjective: string): string | null {
  const near = text.slice(Math.max(0, at - organisationNameReach), at);
  const kinds = noun === 'club' || noun === 'team' ? 'club|side|team|outfit' : noun;
  const introduced = new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}+)[ \\u00a0]+(?:[\\p{Ll}-]+[ \\u00a0]+)?(?:${kinds})[ \\u00a0]+(\\p{Lu}[\\p{L}'’-]+(?:[ \\u00a0]+\\p{Lu}[\\p{L}'’-]+){0,2})`, 'gu');
  let found: string | null = null;
  for (const m of near.matchAll(introduced)) {
    if (m[1] !== adjective && (nationality.test(m[1]) || notFirstNames.has(m[1]))) continue;
    found = trimName(m[2]);
  }
  return found;
}

/** An army's command ("the general staff", "Ukraine's general staff"). */
const generalStaff = /\bgeneral\s+staff$/i;

/** Firms named after their founders that news names without saying they are firms. */
const founderFirms = new Set(['Merrill Lynch', 'Morgan Stanley', 'Goldman Sachs', 'JP Morgan', 'JPMorgan Chase', 'Lehman Brothers', 'Bear Stearns',
  'Charles Schwab', 'Smith Barney', 'Dean Witter', 'Salomon Brothers', 'Paine Webber', 'Edward Jones', 'Raymond James', 'Cantor Fitzgerald',
  'Kleinwort Benson', 'Morgan Grenfell', 'Arthur Andersen', 'Price Waterhouse', 'Dow Jones', 'Sanford Bernstein', 'Stifel Nicolaus', 'Piper Jaffray']);
/**
 * A company's arm in a country or region ("Entergy Texas", "Equinor UK", "Nissan Europe"): no
 * person's name ends so. Places that are surnames too ("Ireland", "Jordan", "Wales") are left out.
 */
const regionalArm = /^\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*)? (?:UK|US|USA|Europe|Asia|Africa|Americas|International|Worldwide|Global|Texas|California|Florida|Canada|Australia|India|China|Japan|Germany|Nordic|Norge|Sverige|Deutschland)$/u;
/** People who work for an organisation, before "at", "of" or "from" and its name ("analysts at Merrill Lynch"). */
const staffBefore = String.raw`(?:analysts?|economists?|strategists?|traders?|bankers?|brokers?|executives?|employees?|staff|offices?|director|partner|spokes(?:man|woman|person))`;
/** People who work for an organisation and the link to its name, ending the text before it. */
const staffLinkBefore = new RegExp(String.raw`(?:\b${staffBefore}|\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}\p{Ll}+,?)[ \u00a0]+(?:at|of|from|with)[ \u00a0]+(?:the[ \u00a0]+)?$`, 'u');
/** How far before a name the link and the people it employs are read. */
const staffLinkReach = 60;

/**
 * Whether the text near `at` shows `name` to employ people: "an analyst at Merrill Lynch", "Tom Reed
 * at Morgan Stanley", "the Riga offices of Merrill Lynch". The sign holds the name, so an edit of it
 * has two capitalised words in a row, which sends it to this pass in the language server. Each place
 * the name occurs is found by `indexOf` and only the few characters before it are matched: a pattern
 * run over the whole window costs about a millisecond a call (see `namedAsOrganisation`).
 */
function employerInText(text: string, name: string, at: number): boolean {
  const near = text.slice(Math.max(0, at - organisationReach), at + organisationReach);
  for (let i = near.indexOf(name); i >= 0; i = near.indexOf(name, i + 1)) {
    const after = near.charCodeAt(i + name.length);
    if (isAsciiWordChar(after) || after === 39 || after === 0x2019) continue;
    if (staffLinkBefore.test(near.slice(Math.max(0, i - staffLinkReach), i))) return true;
  }
  return false;
}

/** One word that ends like a plural of people: "Headteachers", "Economists", "Physicians", "Residents". */
const pluralOfPeople = /^\p{Lu}\p{Ll}{3,}(?:ers|ists|ians|ants|ents)$/u;
/** A verb of saying in a form that agrees with a plural subject, not a singular one. */
const pluralAgreement = /^(?:say|warn|argue|claim|believe|fear|expect|think|insist|predict|suggest|estimate|agree|complain|accept|admit|contend|maintain|point\s+out|told?)\b/;

/** "the ministers", "the defence ministers": a plain plural office, which may point back to holders named with their body. */
export const plainOffices = /^[Tt]he\s+(?:\p{Ll}+\s+){0,2}(?:ministers|leaders|presidents|premiers|governors|commissioners)$/u;
/** How far before "the ministers" the pass reads for the body that named them ("NATO defence ministers"). */
export const officeHoldersReach = 10_000;
const officeHoldersPatterns = new Map<string, RegExp>();

/**
 * The holders of an office named last before `at` with their body ("NATO defence ministers", "G7
 * finance ministers"), with the same portfolio as `written` when it has one ("the defence ministers"),
 * parsed as a source; null when none is named within reach.
 */
function officeHoldersBefore(text: string, written: string, head: string, at: number): SourceInfo | null {
  let pattern = officeHoldersPatterns.get(head);
  if (!pattern) {
    pattern = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:\p{Lu}[\p{L}\p{N}&.'’-]*[ \u00a0]+){1,3}(?:\p{Ll}+[ \u00a0]+){0,2}${head}(?![\p{L}'’-])`, 'gu');
    officeHoldersPatterns.set(head, pattern);
  }
  const portfolio = written.toLowerCase().split(/\s+/).slice(1, -1);
  let found: SourceInfo | null = null;
  const near = text.slice(Math.max(0, at - officeHoldersReach), at);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(near); m; m = pattern.exec(near)) {
    const info = parseSourceOnce(m[0].replace(/[ \u00a0]+/g, ' '));
    if (info.anonymous || info.name || !info.organisation || !info.role || info.head !== head) continue;
    if (portfolio.every((w) => info.role!.toLowerCase().split(' ').includes(w))) found = info;
  }
  return found;
}

/** `officeHoldersBefore` through the memo. */
function officeHoldersBeforeOnce(memo: ResolveMemo, text: string, written: string, head: string, at: number): SourceInfo | null {
  return memo.recall(`m\u0000${written}\u0000${head}`, at, at - officeHoldersReach, at, () => officeHoldersBefore(text, written, head, at));
}

/** A list item's marker at the start of a line. */
const listItem = /^(?:[-*•]|\d+[.)])\s/;

/** The end of the line that `start` is on (the newline's offset, or the text's end). */
function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

/**
 * "Hewitt writes:" at the end of a paragraph, which the per-block pass reports with the colon as
 * its content: the content is the next paragraph (a block quotation, a post). A quotation found
 * there with no cue takes this cue, source and speaker instead. Returns the attributions to drop
 * (the colon's, when another took its place or no paragraph follows), or null. `sorted`: by the
 * start of their content.
 */
function introducedParagraphs(text: string, sorted: Attribution[]): Set<Attribution> | null {
  let dropped: Set<Attribution> | null = null;
  for (let k = 0; k < sorted.length; k++) {
    const a = sorted[k];
    if (a.content.end - a.content.start !== 1 || text[a.content.start] !== ':' || a.cue.end <= a.cue.start) continue;
    let start = a.content.end;
    let lines = 0;
    while (start < text.length && /\s/.test(text[start])) if (text[start++] === '\n') lines++;
    const next = sorted[k + 1];
    if (lines > 0 && next && next.content.start === start && next.cue.start === next.cue.end && next.source === null) {
      adopt(next, a);
      (dropped ??= new Set()).add(a);
    } else if (lines > 0 && start < text.length) {
      // The paragraph's line, and the items after it when it opens a list ("he has announced:\n\n- ...").
      let end = lineEnd(text, start);
      if (listItem.test(text.slice(start, start + 3))) {
        for (let next = end + 1; next < text.length && listItem.test(text.slice(next, next + 4).trimStart()); next = end + 1) end = lineEnd(text, next);
      }
      while (end > start && /\s/.test(text[end - 1])) end--;
      a.content = { start, end };
      a.type = openingMarks.has(text[start]) ? 'direct' : 'indirect';
    } else (dropped ??= new Set()).add(a);
  }
  return dropped;
}

/**
 * A paragraph that opens a quotation without closing it continues in the next paragraph that opens
 * with a quotation mark; the news convention. That next quotation, found with no cue, gets the
 * first one's cue, source and speaker. `sorted`: the attributions by the start of their content.
 */
function joinParagraphs(text: string, sorted: Attribution[]): void {
  let previous: Attribution | null = null;
  for (const a of sorted) {
    const unattributed = a.cue.start === a.cue.end && a.source === null;
    if (unattributed && previous && previous.type !== 'indirect' && startsParagraph(text, a.content.start) && !closedAt(text, previous.content)) {
      const end = openingMarks.has(text[previous.content.start]) ? afterTerminal(text, previous.content.end) : previous.content.end;
      if (onlyBetween(text, end, a.content.start, spaceOrMarkers)) adopt(a, previous);
    }
    if (a.type !== 'indirect') previous = a;
  }
  // Backwards: a paragraph that opens a quotation without closing it, followed by the paragraph
  // where the same quotation ends with its speaker, belongs to that speaker.
  for (let k = sorted.length - 2; k >= 0; k--) {
    const a = sorted[k];
    const next = sorted[k + 1];
    const unattributed = a.cue.start === a.cue.end && a.source === null;
    if (!unattributed || next.type !== 'direct' || next.cue.start === next.cue.end) continue;
    if (closedAt(text, a.content) || !startsParagraph(text, next.content.start) || !onlyBetween(text, a.content.end, next.content.start, spaceOrMarkers)) continue;
    adopt(a, next);
  }
}

/**
 * A quotation with no cue right after an attribution with a named speaker, in the same paragraph or
 * at the start of the next, is that speaker's: the news convention ('"…," said Ms Lind. "We will
 * not wait."'). After a quotation with its tag after it, it goes on with that report and takes its
 * cue and source as well, as the finder does within a paragraph (PolNeAR train, first annotator:
 * 19 contents made whole, 1 made too long); after reported speech it takes the speaker, role and
 * organisation only. Only punctuation and spaces may come between the two. `sorted`: the
 * attributions by the start of their content.
 */
function continueSpeakers(text: string, sorted: Attribution[]): void {
  let previous: Attribution | null = null;
  let previousEnd = -1;
  const continued = new Set<Attribution>();
  for (const a of sorted) {
    const bare = a.cue.start === a.cue.end && a.source === null && a.speaker === null && a.type === 'direct';
    const follows = bare && !!previous && (reportReachesOn(text, previousEnd, a.content.start) || (taggedAfter(previous) && restOfSentenceBetween(text, previousEnd, a.content.start) && wholeQuotation(text, a.content)));
    // A quotation that goes on from one goes on from its report too ('“...,” she said.' then two
    // paragraphs of quotation).
    if (follows && (quotationThenTag(text, previous!) || continued.has(previous!)) && wholeQuotation(text, a.content)) {
      adopt(a, previous!);
      continued.add(a);
    } else if (follows && previous!.speaker && !previous!.anonymous) takeSpeaker(a, previous!);
    // 'Ms Berg said the industry expects growth. "We will lead."': a report nested in another's
    // content is part of what the outer speaker said, so the quotation after both goes on from the
    // outer report, not from the nested one's source.
    if (previous && nestedIn(a, previous)) continue;
    previous = a;
    previousEnd = Math.max(a.content.end, a.cue.end, a.source?.end ?? 0);
  }
}

/**
 * The report a quotation with no cue after `sorted` (attributions by the start of their content)
 * would go on from in continueSpeakers: the last one that is not nested in the one before it.
 */
export function lastOuterReport<T extends Attribution>(sorted: readonly T[]): T | null {
  let last: T | null = null;
  for (const a of sorted) if (!last || !nestedIn(a, last)) last = a;
  return last;
}

/** Whether `inner`'s cue and content lie inside `outer`'s content: a report within a report. */
function nestedIn(inner: Attribution, outer: Attribution): boolean {
  const inside = (span: { start: number; end: number }) => span.start >= outer.content.start && span.end <= outer.content.end;
  return inner !== outer && inside(inner.content) && inside(inner.cue);
}


/** How far back from a quotation with no cue the sentence before it is read (quotationsAfterSubject). */
const sentenceBeforeReach = 400;
/**
 * A sentence's subject that a speaker met before may be: a surname, maybe after a given name, before a
 * verb in lower case; not one of two ("McKenna and Berg were relieved").
 */
const speakerSubject = new RegExp(String.raw`^${subjectOpener}(?:\p{Lu}\p{Ll}+[ \u00a0]+)?(${surnameWord})(?:${appositive})?[ \u00a0]+(?!(?:and|or)[ \u00a0])\p{Ll}`, 'u');

/**
 * 'Lind was glad to get through. "To be fair to Halden, they had a plan."': a quotation
 * with no cue right after a sentence whose subject is a person who spoke before is that person's,
 * as a reader takes it. Only a sentence that stands right before the quotation, outside quotation
 * marks, and a person (not an organisation) met as a speaker by that surname.
 */
function quotationsAfterSubject(text: string, sorted: Attribution[]): void {
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k];
    if (a.cue.start !== a.cue.end || a.source !== null || a.speaker !== null || a.type !== 'direct') continue;
    const before = text.slice(Math.max(0, a.content.start - sentenceBeforeReach), a.content.start);
    if (!/[.!?]\s+$/.test(before)) continue;
    const body = before.replace(/[.!?]\s+$/, '');
    // A stop may close a quotation in single marks or a bracket ("sang 'Glory.' The team left", "(to the end.) The team left").
    const open = Math.max(body.search(/[.!?]["'\u201d\u2019)]?\s+(?=[^.!?]*$)/), body.lastIndexOf('\n'));
    if (open < 0) continue;
    const lead = body.slice(open + 1);
    const sentence = lead.replace(/^["'\u201d\u2019)]?\s+/, '');
    if (/["\u201c\u201d]/.test(sentence)) continue;
    // '"Playing two up front was new. Tom Reed wanted to test it. "The pitch ...': a sentence inside the quotation before is no narration.
    const sentenceStart = a.content.start - before.length + open + 1 + lead.length - sentence.length;
    if (sorted[k - 1].content.start <= sentenceStart && sorted[k - 1].content.end > sentenceStart) continue;
    const surname = speakerSubject.exec(sentence)?.[1];
    if (surname === undefined) continue;
    for (let j = k - 1; j >= 0; j--) {
      const b = sorted[j];
      if (!b.speaker || b.speakerKind === 'organisation' || b.anonymous) continue;
      if (b.speaker === surname || b.speaker.endsWith(' ' + surname)) {
        takeSpeaker(a, b);
        break;
      }
    }
  }
}

/**
 * '"It was good to get that done early. "I felt fine," said Holmes.': a quotation with no cue
 * that only spaces part from the next one in its paragraph is the same speaker's, when that one has
 * a cue. News copy opens each quoted sentence anew and tags one of them; two people quoted back to
 * back with no tag between is not how it is written. Read from the end, so that a run of such
 * quotations before a tagged one all take it.
 */
function quotationsBeforeTagged(text: string, sorted: Attribution[]): void {
  for (let k = sorted.length - 2; k >= 0; k--) {
    const a = sorted[k];
    const next = sorted[k + 1];
    const bare = a.cue.start === a.cue.end && a.source === null && a.speaker === null && a.type === 'direct';
    if (!bare || next.type !== 'direct' || next.cue.start === next.cue.end || next.content.start < a.content.end) continue;
    if (!/^[ \t]+$/.test(text.slice(a.content.end, next.content.start)) || !/^["\u201c]/.test(text.slice(next.content.start, next.content.start + 1))) continue;
    if (next.speaker !== null || next.source !== null) adopt(a, next);
  }
}

/**
 * Whether text[from, to), after an attribution, lets a quotation at `to` go on from it: punctuation
 * and spaces only, or a closing "who" or "which" clause (continueSpeakers). The language server asks
 * this of a paragraph's last report up to the paragraph's end before it skips this pass.
 */
export function reportReachesOn(text: string, from: number, to: number): boolean {
  return onlyBetween(text, from, to, punctuationOrSpace) || relativeCommentBetween(text, from, to);
}

/** One list marker (lexicon.ts `listMarkers`), as a character class. */
const listMarker = `[${[...listMarkers].map((m) => (m === '-' ? '\\-' : m)).join('')}]`;
/** How far back from a quotation its speaker's label may start (the label, a list marker, spaces). */
const labelReach = 100;
/** A line that names a speaker and nothing else before a colon: "- Halden boss Tom Reed: " (an optional list marker). */
const speakerLabel = new RegExp(String.raw`^[ \t]*(?:${listMarker}[ \t]+)?([^\n,:;"“”«»()]{3,80}):[ \t]*$`);
/** A list item that names a speaker right before the quotation, the colon left out: "- Halden boss Tom Reed ". */
const listedSpeakerLabel = new RegExp(String.raw`^[ \t]*${listMarker}[ \t]+([^\n,:;"“”«»()]{3,80}?)[ \t]+$`);

/**
 * A quotation right after a label naming its speaker at the start of its line, the form of reaction
 * round-ups and transcripts ('- Nordvik boss Ivo Lind: "They will be rested ..."', in a list also
 * with the colon left out), is that
 * person's: the label is a role and a full name and ends with the name (not "Ana Ruiz and Ola Berg:",
 * not "Transcript as follows:", not "He had a message for Ana Ruiz:"). It takes the speaker, role and organisation; no cue or source, as
 * the finder reported none. The label is on the quotation's own line, so an edit to it is an edit
 * to the quotation's paragraph.
 */
function labelledQuotations(text: string, sorted: Attribution[]): void {
  for (const a of sorted) {
    if (a.cue.start !== a.cue.end || a.source !== null || a.speaker !== null || a.type !== 'direct') continue;
    // Only the few characters a label may take are read: a long line is not searched back for its start.
    const from = Math.max(0, a.content.start - labelReach);
    const before = text.slice(from, a.content.start);
    const lineStart = before.lastIndexOf('\n') + 1;
    if (lineStart === 0 && from > 0) continue;
    const line = before.slice(lineStart);
    const label = (speakerLabel.exec(line) ?? listedSpeakerLabel.exec(line))?.[1].trim();
    if (!label || label.split(/\s+/).length > 8) continue;
    const info = parseSourceOnce(label);
    if (!info.name || info.pronoun || info.anonymous || !/\s/.test(info.name) || !label.endsWith(info.name)) continue;
    // Words in lower case are the role's ("boss"), never a clause ("He had a message for Ana Ruiz:").
    const roleWordsHere = new Set((info.role ?? '').toLowerCase().split(/\s+/));
    if (label.slice(0, label.length - info.name.length).split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !roleWordsHere.has(w))) continue;
    a.speaker = info.name;
    if (info.role) a.role = info.role;
    if (info.organisation) a.organisation = info.organisation;
  }
}

/** Past the sentence's terminal punctuation at `at`: a quoted part that is not closed ("He said: "… ones.") ends before its full stop. */
function afterTerminal(text: string, at: number): number {
  while (at < text.length && /[.!?…]/.test(text[at])) at++;
  return at;
}

/**
 * Whether text[from, to) is only a "who" or "which" clause that closes the sentence, which the finder
 * leaves out of a content as the writer's comment ('insists he trusts the keeper, who joined in May.
 * "..."'): the quotation after it still follows the report.
 */
function relativeCommentBetween(text: string, from: number, to: number): boolean {
  return from >= 0 && to - from <= restOfSentenceReach && /^,\s*(?:who|which)\s[^\n"“”«».!?…]*[.!?…]?\s*$/.test(text.slice(from, to));
}

/** How many characters of the speaker's sentence may follow the cue before a continuing quotation. */
const restOfSentenceReach = 200;

/**
 * Whether text[from, to) is the rest of one sentence, then the paragraph's end: '“...,” Ana Ruiz
 * told the council, which meets on Fridays.' then '\n\n“...”'. The quotation opening the next
 * paragraph is still the speaker's; another sentence or another quotation in between is not.
 */
function restOfSentenceBetween(text: string, from: number, to: number): boolean {
  if (to - from > restOfSentenceReach || from < 0) return false;
  const between = text.slice(from, to);
  const end = /[.!?…]?\s*\n[\s>*_]*$/.exec(between);
  if (!end || !startsParagraph(text, to)) return false;
  const rest = between.slice(0, end.index);
  return !/[\n"“”«»]/.test(rest) && !/[.!?…]\s/.test(rest);
}

/**
 * Whether an attribution's content ends with a closed quotation and its cue comes after it
 * ('“...,” Ana Ruiz said.', 'Ports need “more cranes,” Ruiz said.'): a quotation that goes on from it
 * is the same report of the same cue.
 */
function quotationThenTag(text: string, a: Attribution): boolean {
  return a.type !== 'indirect' && a.cue.end > a.cue.start && a.cue.start >= a.content.end && closedAt(text, a.content);
}

/**
 * A quotation with its speaker's tag after it ('“...,” Ana Ruiz told the council'): what follows the
 * tag is the rest of its sentence. Only then: after reported speech the language server skips this
 * pass for edits in a paragraph of reported speech alone (`sameReportedSpeech` in documentState.ts),
 * which would leave a link stale, and after a quotation with no tag the words are another sentence.
 */
function taggedAfter(a: Attribution): boolean {
  return a.type === 'direct' && a.cue.end > a.cue.start && a.cue.start >= a.content.end;
}

/**
 * Whether a quotation with no cue stands alone: closed, or open after a full sentence at its
 * paragraph's end or before the next quotation mark (the next paragraph goes on with it; some copy
 * runs such paragraphs together on one line); and not closed after a comma, "?" or "!" with words
 * after it on its line, which are a tag of its own the finder did not read ('“Out!” the crowd yelled.').
 */
function wholeQuotation(text: string, content: Span): boolean {
  if (!closedAt(text, content)) return /[.!?…]\s*$/.test(text.slice(content.start, content.end)) && /^[ \t]*(?:\n|$|["“«])/.test(text.slice(content.end, content.end + 80));
  if (!/[,?!]\s*$/.test(text.slice(content.start, content.end).replace(/["”’'»]+\s*$/, ''))) return true;
  return !/^[ \t]*[\p{L}\p{N}]/u.test(text.slice(content.end, content.end + 40));
}

/** Gives a quotation with no cue the cue, source and speaker of the quotation it continues. */
function adopt(a: Attribution, from: Attribution): void {
  a.cue = { ...from.cue };
  a.source = from.source ? { ...from.source } : null;
  takeSpeaker(a, from);
  if (from.anonymous) a.anonymous = true;
}

/** Gives `a` the speaker, role and organisation of `from`. */
function takeSpeaker(a: Attribution, from: Attribution): void {
  a.speaker = from.speaker;
  if (from.surnameOnly) a.surnameOnly = true;
  if (from.speakerKind) a.speakerKind = from.speakerKind;
  if (from.role) a.role = from.role;
  if (from.organisation) a.organisation = from.organisation;
}

function startsParagraph(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '>') return false;
  }
  return true;
}

function closedAt(text: string, content: Span): boolean {
  let end = content.end;
  while (end > content.start && /\s/.test(text[end - 1])) end--;
  return closingMarks.has(text[end - 1]) || text.slice(end - 2, end) === "''";
}

/** What may stand between two paragraphs of one quotation: spaces and Markdown markers. */
const spaceOrMarkers = /\s|[>*_#]/;
/** What may stand between a speaker's attribution and the quotation that continues it. */
const punctuationOrSpace = /[\s.!?;:,>*_]/;

/** Whether text[a..b) holds only characters `allowed` matches (false when b < a). */
function onlyBetween(text: string, a: number, b: number, allowed: RegExp): boolean {
  if (b < a) return false;
  for (let i = a; i < b; i++) if (!allowed.test(text[i])) return false;
  return true;
}

/** Quoted parts inside a content span: pairs of double quotation marks. */
function quotedParts(text: string, content: Span): Span[] {
  const parts: Span[] = [];
  let open = -1;
  let want = '';
  for (let i = content.start; i < content.end; i++) {
    const ch = text[i];
    if (open < 0 && quotePair[ch] && !/so-called\s*$/i.test(text.slice(Math.max(0, i - soCalledLookback), i))) {
      open = i;
      want = quotePair[ch];
    } else if (open >= 0 && ch === want) {
      parts.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) parts.push({ start: open, end: content.end });
  return parts;
}
