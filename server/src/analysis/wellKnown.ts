/**
 * People a newsroom's style lets stand without a role on first mention ("Vladimir Putin", "Taylor
 * Swift"): the `factcheck.attributions.wellKnown` setting. A name in the list matches a speaker with
 * the same words once titles of address and middle initials are set aside ("President Vladimir V.
 * Putin", "Mr. Putin"); a single word in the list ("Putin") matches any speaker with that surname.
 */

/** Titles of address and offices written before a name, which the list's names need not repeat. */
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'president', 'prime', 'minister', 'chancellor', 'pope', 'king', 'queen', 'prince', 'princess', 'sen', 'senator', 'rep', 'gov', 'governor', 'gen', 'general']);

/** The words of a name that identify the person: lower case, without titles, initials or punctuation. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’-]+$/gu, ''))
    .filter((w) => w.length > 1 && !titles.has(w));
}

/** A test of whether a speaker is one of `names`; an empty list matches no one. */
export function wellKnownMatcher(names: readonly string[]): (speaker: string) => boolean {
  const full = new Set<string>();
  const surnames = new Set<string>();
  for (const name of names) {
    const words = nameWords(name);
    if (words.length === 0) continue;
    if (words.length === 1) surnames.add(words[0]);
    else full.add(`${words[0]} ${words[words.length - 1]}`);
  }
  if (full.size === 0 && surnames.size === 0) return () => false;
  return (speaker) => {
    const words = nameWords(speaker);
    if (words.length === 0) return false;
    const last = words[words.length - 1];
    if (surnames.has(last)) return true;
    // "Mr. Putin" alone: the surname of someone listed in full.
    if (words.length === 1) return [...full].some((f) => f.endsWith(' ' + last));
    return full.has(`${words[0]} ${last}`);
  };
}
