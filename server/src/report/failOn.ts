import type { Problem } from '../analysis/problems.js';
import type { Status } from '../annotations/types.js';
import { ruleHelp, statusOfProblem } from './rules.js';

/**
 * `--fail-on`: the statuses and diagnostic codes that make `factcheck scan` exit non-zero, so CI can
 * refuse to publish an article with a false or unchecked figure. Verified and ignored words produce
 * no problem, so they cannot be gated on and are refused rather than silently never matching.
 */

export const gateStatuses: readonly Status[] = ['false', 'disputed', 'misleading', 'partly-true', 'unverifiable', 'unchecked'];

export interface FailOn {
  statuses: Set<Status>;
  rules: Set<string>;
}

/** Parses `false,disputed,figure.unchecked`. Throws an Error naming the bad entry and the valid ones. */
export function parseFailOn(value: string): FailOn {
  const failOn: FailOn = { statuses: new Set(), rules: new Set() };
  const entries = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) throw new Error('--fail-on needs a comma-separated list of statuses or codes, e.g. --fail-on false,unchecked');
  for (const entry of entries) {
    if ((gateStatuses as readonly string[]).includes(entry)) failOn.statuses.add(entry as Status);
    else if (Object.hasOwn(ruleHelp, entry)) failOn.rules.add(entry);
    else throw new Error(`--fail-on: unknown status or code "${entry}"; use statuses (${gateStatuses.join(', ')}) or codes (${Object.keys(ruleHelp).join(', ')})`);
  }
  return failOn;
}

export function failsOn(problem: Pick<Problem, 'rule'>, failOn: FailOn): boolean {
  if (failOn.rules.has(problem.rule)) return true;
  const status = statusOfProblem(problem);
  return status !== null && failOn.statuses.has(status);
}
