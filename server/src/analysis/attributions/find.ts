/**
 * The attribution finder's entry: `find` prepares a block, runs the layout rules of
 * finder/quotations.ts, walks the tokens asking finder/lexiconCue.ts about each cue word and
 * finder/frames.ts about each frame, and then runs the passes of finder/passes.ts. The finder/
 * modules form layers (block, grammar, time, nounPhrases, content, subjects, toAttribution,
 * quotations, frames, verbCue, lexiconCue, passes), each importing only from those before it.
 */
import type { Sentence } from '../tokens.js';
import type { Attribution } from '../types.js';
import { cueProbability, cueThreshold, extendCue, nounCueThreshold } from './cueModel.js';
import { cueWords } from './lexicon.js';
import { type Found, indexWhileFinding, prepare, stopIndexing } from './finder/block.js';
import { withinContent } from './finder/grammar.js';
import {
  clauseColonQuotes,
  continuations,
  headlineColon,
  heardAtClose,
  invertedOpening,
  presentAtClose,
  quoteThenSpeaker,
  signatures,
} from './finder/quotations.js';
import { pluralBeforeThat, toldPersonClause } from './finder/verbCue.js';
import { type CueModel, modelCue } from './finder/lexiconCue.js';
import {
  actsBeforeParticiples,
  contentsBeforeAppositiveCues,
  contentsBeforeParticiples,
  contentsBeforeSecondPredicates,
  contentsOverBaseForms,
  dropCuesInsideOthers,
  dropEvidenceInsideContent,
  participleAfterAct,
  relativeGapContents,
  contentsAfterClosingColons,
  contentsOverFigures,
  restsWithoutComments,
  sourcesBeforeOtherClauses,
  sourcesWithinContents,
} from './finder/passes.js';
import { toAttribution } from './finder/toAttribution.js';
import {
  accordingTo,
  askedClause,
  askingConjunctions,
  asPutIt,
  castingForms,
  clauseLinks,
  frameOutsideLexicon,
  inPoll,
  madeClear,
  nounIsClause,
  madeCaseCues,
  makeForms,
  namingForms,
  putAtFigure,
  quotedAsSayingCues,
  quotedByRead,
  reportedlyClause,
  seemForms,
  seemingClause,
  shoutForms,
  stanceAdjectives,
  stancePhraseCues,
  stancePrepositions,
  stanceThat,
  votingForms,
  viewOpening,
  wouldLike,
} from './finder/frames.js';

const trainedModel: CueModel = {
  decide: (block, i, cue, ruled) => cueProbability(block, i, cue, ruled) >= cueThreshold,
  extend: extendCue,
  confident: (block, i, cue) => cueProbability(block, i, cue, false) >= nounCueThreshold,
};

/** Attributions in one block, offsets relative to the block. */
export function find(text: string, sentences: Sentence[], model: CueModel = trainedModel): Attribution[] {
  const block = prepare(text, sentences);
  const { toks } = block;
  const found: Found[] = [];
  const claimed = new Set<number>();
  // The loop asks at most words whether they lie in a content found before (withinContent), and of
  // many cues which attribution of their sentence came last (sentenceSubject).
  indexWhileFinding(found, toks);

  headlineColon(block, found);
  quoteThenSpeaker(block, found);

  let covered = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.q >= 0 || t.kind !== 'word' || i <= covered) continue;
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to' && toks[i + 1].s === t.s) {
      const f = accordingTo(block, i);
      if (f) found.push(f);
      i++;
      continue;
    }
    if (t.lower === 'in') {
      const f = inPoll(block, i, found);
      if (f) {
        found.push(f);
        covered = f.source![1];
      }
      continue;
    }
    if (clauseLinks.has(t.lower) && !withinContent(found, i)) {
      const f = nounIsClause(block, i);
      if (f) {
        found.push(f);
        covered = f.cue[1];
        continue;
      }
    }
    if (t.lower === 'to' && !withinContent(found, i)) {
      const f = viewOpening(block, i);
      if (f) {
        found.push(f);
        covered = f.source![1];
        continue;
      }
    }
    if (stanceAdjectives.has(t.lower) && toks[i + 1]?.lower === 'that') {
      const f = stanceThat(block, i, found);
      if (f) found.push(f);
      continue;
    }
    if (stancePrepositions[t.lower]?.has(toks[i + 1]?.lower ?? '') && !withinContent(found, i)) {
      const f = stanceThat(block, i, found, true);
      if (f) {
        found.push(f);
        covered = f.cue[1];
      }
      continue;
    }
    if (t.lower === 'reportedly') {
      const f = reportedlyClause(block, i);
      if (f) found.push(f);
      continue;
    }
    if ((t.lower === 'put' || t.lower === 'puts') && toks[i + 1]?.lower === 'it') {
      const f = asPutIt(block, i);
      if (f) {
        found.push(f);
        covered = f.cue[1];
      }
      continue;
    }
    if (t.lower === 'read' || t.lower === 'reads' || shoutForms.has(t.lower) || ((t.lower === 'went' || t.lower === 'goes') && toks[i + 1]?.lower === 'on')) {
      const f = quotedByRead(block, i);
      if (f) {
        // "The letter, seen by the BBC, reads:": a participle in the aside reports nothing of what the letter reads.
        for (let k = found.length - 1; k >= 0; k--) if (f.source && found[k].cue[0] > f.source[0] && found[k].cue[1] <= f.source[1]) found.splice(k, 1);
        found.push(f);
        covered = f.cue[1];
      }
      continue;
    }
    if ((t.lower === 'put' || t.lower === 'puts') && toks[i + 1]?.lower !== 'it') {
      const f = putAtFigure(block, i);
      if (f) {
        found.push(f);
        covered = f.cue[1];
      }
      continue;
    }
    if (makeForms.has(t.lower)) {
      const f = madeClear(block, i);
      if (f) {
        found.push(f);
        covered = f.cue[1];
      }
      continue;
    }
    if (castingForms.has(t.lower) || namingForms.has(t.lower) || votingForms.has(t.lower)) {
      const f = frameOutsideLexicon(block, i, found);
      if (f) {
        found.push(f);
        covered = f.cue[1];
      }
      continue;
    }
    if (seemForms.has(t.lower)) {
      const f = seemingClause(block, i);
      if (f) found.push(f);
      continue;
    }
    if (t.lower === 'like' && !withinContent(found, i)) {
      const f = wouldLike(block, i);
      if (f) {
        found.push(f);
        covered = f.cue[1];
      }
      continue;
    }
    const cue = cueWords.get(t.lower);
    if (!cue) continue;
    // "Asked whether he would run, the governor ...": a question put to an unnamed source.
    // '"...," Lima said when asked about the strike.': after "when" or "if" too, with no subject.
    const whenAsked = t.lower === 'asked' && askingConjunctions.has(toks[i - 1]?.lower ?? '') && toks[i - 1].s === t.s && toks[i - 1].q < 0;
    if (t.lower === 'asked' && (i === block.first[t.s] || whenAsked)) {
      const f = askedClause(block, i, whenAsked);
      if (f) found.push(f);
      continue;
    }
    const inverted = i === block.first[t.s] ? invertedOpening(block, i) : null;
    if (inverted) {
      found.push(inverted);
      covered = inverted.content[1];
      continue;
    }
    // "..., Cardiff Crown Court heard.": evidence given to a court or an inquiry, a reporting form
    // the cue model never saw (PolNeAR has no "heard" closing a sentence as a cue).
    const heard = cue.lemma === 'hear' || cue.lemma === 'tell' ? heardAtClose(block, i) : null;
    if (heard) {
      found.push(heard);
      continue;
    }
    const f = modelCue(block, i, cue, found, model);
    if (f) {
      found.push(f);
      covered = f.cue[1];
      continue;
    }
    // "..., the foundation estimates.": a plural noun by its form, a verb by its place; read only
    // where the model declines, so that the words it learns from stay the same.
    const closing = presentAtClose(t) ? heardAtClose(block, i) : null;
    if (closing) found.push(closing);
    else {
      const plural = pluralBeforeThat(block, i, cue, found) ?? toldPersonClause(block, i, cue, found) ?? participleAfterAct(block, i, cue, found);
      if (plural) {
        found.push(plural);
        covered = plural.cue[1];
      }
    }
  }
  // The passes below change what they find.
  stopIndexing(found);

  quotedAsSayingCues(block, found);
  stancePhraseCues(block, found);
  madeCaseCues(block, found);
  signatures(block, found);
  clauseColonQuotes(block, found);
  found.sort((a, b) => a.cue[0] - b.cue[0]);
  actsBeforeParticiples(block, found);
  dropCuesInsideOthers(found);
  dropEvidenceInsideContent(block, found);
  sourcesBeforeOtherClauses(block, found);
  sourcesWithinContents(block, found);
  contentsBeforeParticiples(block, found);
  contentsBeforeSecondPredicates(block, found);
  contentsOverBaseForms(block, found);
  contentsBeforeAppositiveCues(block, found);
  relativeGapContents(block, found);
  contentsAfterClosingColons(block, found);
  contentsOverFigures(block, found);
  restsWithoutComments(block, found);
  const out: Attribution[] = [];
  for (const f of found) {
    const q = toks[f.content[0]].q;
    if (q >= 0) claimed.add(q);
    for (let k = f.content[0]; k <= f.content[1]; k++) if (toks[k].q >= 0) claimed.add(toks[k].q);
    out.push(toAttribution(block, f));
    if (f.rest) out.push(toAttribution(block, { cue: f.cue, source: f.source, content: f.rest }));
  }
  continuations(block, found, claimed, out);
  out.sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
  return out;
}
