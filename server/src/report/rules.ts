import type { Problem } from '../analysis/problems.js';
import type { Status } from '../annotations/types.js';

/**
 * What each diagnostic code means, for SARIF rules (`tool.driver.rules`) and for validating
 * `--fail-on`. Keyed by plain strings so that a rule added elsewhere does not break this table; an
 * unknown code still gets a generic entry in SARIF.
 */

export interface RuleHelp {
  name: string;
  short: string;
  help: string;
  level: 'error' | 'warning' | 'note';
}

export const ruleHelp: Record<string, RuleHelp> = {
  'figure.unchecked': {
    name: 'UncheckedFigure',
    short: 'A figure nobody has checked yet.',
    help: 'Every number in a story (counts, money, percentages, dates, measures) needs a source. Attach one and set the figure\'s status (Fact Check: Set Status…), or mark it ignored when it needs no check.',
    level: 'note',
  },
  'claim.checkworthy': {
    name: 'CheckWorthyClaim',
    short: 'A sentence that makes a check-worthy claim.',
    help: 'The sentence states a figure, a comparison, a cause, a record or an event that a reader may want verified. Check it and record a status, or ignore it.',
    level: 'note',
  },
  'figure.contradicted': {
    name: 'ContradictedFigure',
    short: 'A source, or the article itself, gives another value for the figure.',
    help: 'Fact Check: Verify Figures found the same quantity with another value in an attached source or elsewhere in the article. Compare the evidence, correct the figure or the other mention, then set the status.',
    level: 'error',
  },
  'figure.unsupported': {
    name: 'UnsupportedFigure',
    short: 'No attached source gives the figure, or none could be read.',
    help: 'Verify Figures did not find the figure in any attached source (or could not read them). Attach a source that states it, or check the sources by hand.',
    level: 'warning',
  },
  'quote.misquoted': {
    name: 'MisquotedQuotation',
    short: 'An attached source has the quotation in different words.',
    help: 'Verify Figures found a passage of the source attached to the speaker that holds most of the quoted words, not all of them, or more words with no ellipsis. Compare the wording, correct the quotation or mark the cut, then set the status.',
    level: 'warning',
  },
  'quote.unsupported': {
    name: 'UnsupportedQuotation',
    short: 'No attached source has the quoted words, or none could be read.',
    help: 'Verify Figures did not find the quoted words in the sources attached to the speaker. Attach the transcript or statement they come from, or check them by hand.',
    level: 'warning',
  },
  'attribution.unattributed': {
    name: 'UnattributedQuote',
    short: 'A quote with no identifiable speaker.',
    help: 'Name who said the quoted words, or remove the quotation marks.',
    level: 'warning',
  },
  'attribution.anonymous': {
    name: 'AnonymousSource',
    short: 'A claim from an unnamed source.',
    help: 'Say who the source is, or why the source cannot be named.',
    level: 'note',
  },
  'attribution.incomplete': {
    name: 'IncompleteSpeaker',
    short: 'A speaker introduced without a full name or a role.',
    help: 'At a speaker\'s first mention, give the full name and a role or an organisation.',
    level: 'note',
  },
  'annotation.false': {
    name: 'FalseStatement',
    short: 'Words a fact-checker marked false.',
    help: 'A fact-checker judged these words false. Correct or remove them before publishing; the sources and note in the annotation say why.',
    level: 'error',
  },
  'annotation.disputed': {
    name: 'DisputedStatement',
    short: 'Words a fact-checker marked disputed.',
    help: 'Credible sources disagree about these words. Say so in the text or attribute the claim.',
    level: 'warning',
  },
  'annotation.misleading': {
    name: 'MisleadingStatement',
    short: 'Words a fact-checker marked misleading.',
    help: 'The words may be accurate but give a wrong impression. Add the missing context.',
    level: 'warning',
  },
  'annotation.partly-true': {
    name: 'PartlyTrueStatement',
    short: 'Words a fact-checker marked partly true.',
    help: 'Part of the statement holds and part does not. Make the text match what the sources support.',
    level: 'note',
  },
  'annotation.unverifiable': {
    name: 'UnverifiableStatement',
    short: 'Words a fact-checker could not verify.',
    help: 'No source could confirm or refute these words. Attribute them or say they could not be verified.',
    level: 'note',
  },
  'annotation.unchecked': {
    name: 'UncheckedAnnotation',
    short: 'Annotated words not yet checked.',
    help: 'Someone marked these words for checking. Check them and set a status.',
    level: 'note',
  },
  'annotation.drift': {
    name: 'ChangedAfterCheck',
    short: 'Words changed after they were checked.',
    help: 'The words differ from the words that were judged. Check them again, then confirm or change the status.',
    level: 'warning',
  },
  'annotation.orphan': {
    name: 'OrphanAnnotation',
    short: 'An annotation whose words are no longer in the article.',
    help: 'The annotation is kept in the sidecar file but its words could not be found. Restore the words, or review the annotation (Fact Check: Show Orphans).',
    level: 'warning',
  },
  'annotation.sidecar': {
    name: 'UnreadableSidecar',
    short: 'The annotations file cannot be used.',
    help: 'The sidecar file is not valid JSON, has the wrong shape, or was written by a newer version. Fix it by hand or restore it from git; factcheck never rewrites it.',
    level: 'error',
  },
};

export function helpFor(rule: string): RuleHelp {
  return ruleHelp[rule] ?? { name: rule, short: `factcheck rule ${rule}.`, help: `See the factcheck documentation for ${rule}.`, level: 'note' };
}

/**
 * The fact-check status a problem stands for: a judged annotation's status (`annotation.false` →
 * `false`), `unchecked` for a finding nobody has judged, and none for drift, orphans and sidecar errors.
 */
export function statusOfProblem(problem: Pick<Problem, 'rule'>): Status | null {
  const rule: string = problem.rule;
  if (rule === 'annotation.drift' || rule === 'annotation.orphan' || rule === 'annotation.sidecar') return null;
  if (rule.startsWith('annotation.')) return rule.slice('annotation.'.length) as Status;
  return 'unchecked';
}
