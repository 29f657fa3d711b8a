import { buildPattern } from './pattern.js';

/**
 * A quick look for a quotation in a text without indexing it: a few runs of its words, each a
 * regular expression over the lower-cased text that lets any punctuation, quote marks, line breaks
 * or _italics_ stand between the words. Used to ask whether the quotations a book does not have are
 * in another book of the library: a few milliseconds per novel, where indexing one takes hundreds.
 * It finds a quotation word for word only (an altered one may be missed), which is enough to name
 * the book a review is about.
 */

/** Words in one probe: four words in a row are rarely shared by two novels by chance. */
const PROBE_WORDS = 4;
/** Probes per quotation: a misprint or a changed word in one of them does not hide the quotation. */
const PROBES_PER_QUOTE = 3;
/**
 * A probe's words must have this many letters in all: "it was in the" is in every novel;
 * "the causeway flooded twice" is in one.
 */
const MIN_PROBE_LETTERS = 16;

/** The probes of one quotation (possibly none, for a short line of common words). */
export function probesOf(quotation: string): RegExp[] {
  const pattern = buildPattern(quotation, [{ start: 0, end: quotation.length }]);
  // Runs of plain words between ellipses and [editorial] insertions.
  const runs: string[][] = [[]];
  for (const t of pattern.tokens) {
    if (t.type === 'word' && /^[a-z]+$/.test(t.norm) && /^[A-Za-z]+$/.test(t.raw)) {
      runs[runs.length - 1]!.push(t.norm);
    } else if (runs[runs.length - 1]!.length > 0) runs.push([]);
  }
  const windows: { words: string[]; letters: number }[] = [];
  for (const run of runs) {
    for (let i = 0; i + PROBE_WORDS <= run.length; i += PROBE_WORDS) {
      const words = run.slice(i, i + PROBE_WORDS);
      const letters = words.reduce((n, w) => n + w.length, 0);
      if (letters >= MIN_PROBE_LETTERS) windows.push({ words, letters });
    }
  }
  windows.sort((a, b) => b.letters - a.letters);
  return windows
    .slice(0, PROBES_PER_QUOTE)
    .map((w) => new RegExp(`(?<![a-z0-9])${w.words.join('[^a-z0-9]+')}(?![a-z0-9])`));
}

/** How many of the quotations (each given by its probes) a text holds. */
export function countHeld(lowerCasedText: string, quotations: readonly RegExp[][]): number {
  let held = 0;
  for (const probes of quotations) if (probes.some((p) => p.test(lowerCasedText))) held++;
  return held;
}
