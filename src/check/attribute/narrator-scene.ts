import { findSpanIndex, type Span } from '../../book/span.js';
import { HONORIFICS, SPEECH_VERBS } from '../../lexicon.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { LETTERS } from '../../text/letters.js';
import type { Cast } from './cast.js';
import type { Person } from './identity.js';
import { parseName } from './names.js';

/**
 * Whether the book's "I" at a line can be told apart from a claimed character. A first-person tag
 * ("I remarked") names no one: who the narrator is comes from the speaker model, which gives a book
 * one narrator, and a novel may have several (The Moonstone's Betteredge, Miss Clack, Franklin Blake;
 * Dracula's journals). So "I" contradicts a credit to someone only where the narration around the
 * line names that person as someone else: a narrator does not call themself by name in their own
 * narration, and "Poirot smiled" near Hastings's "I said" shows Poirot is not the "I".
 */

/** Characters of narration either side of the line read for the claimed person's names. */
export const NARRATION_REACH = 2500;

/** The claimed person is named in the narration (outside speech) within NARRATION_REACH of the line. */
export function namedInNarrationNear(
  claimed: readonly Person[],
  loc: Span,
  text: string,
  speech: readonly Span[] | null,
  cast: Cast,
  floor = 0,
): boolean {
  return inNarrationNear(claimed, loc, text, speech, cast, nameRegExp, floor);
}

/** One of the claimed person's names, as `pattern` finds it, in the narration within NARRATION_REACH of the line. */
function inNarrationNear(
  claimed: readonly Person[],
  loc: Span,
  text: string,
  speech: readonly Span[] | null,
  cast: Cast,
  pattern: (name: string) => RegExp,
  /** Read back no further than here: where the line's part of the book starts (a narrator's heading). */
  floor: number,
): boolean {
  const from = Math.max(0, floor, loc.start - NARRATION_REACH);
  const window = text.slice(from, Math.min(text.length, loc.end + NARRATION_REACH));
  for (const p of claimed) {
    const c = p.id ? cast.byId(p.id) : null;
    const names = c ? [c.name, ...c.aliases] : [p.label];
    const keys = new Set(names.map((n) => parseName(n).key));
    for (const name of names) {
      if (name.length < 3) continue;
      for (const m of window.matchAll(pattern(name)))
        if (!insideSpeech(from + m.index, speech) && !titledAsAnother(window, m.index, name, keys))
          return true;
    }
  }
  return false;
}

/**
 * The name at `at` follows a title that makes it a name the person does not bear: Gilbert Markham's
 * "Markham" in "asked after Mrs. Markham" is his mother (The Tenant of Wildfell Hall, probe round
 * AF5: his own "replied I" was read as another narrator's, and a right credit contradicted).
 */
function titledAsAnother(text: string, at: number, name: string, keys: ReadonlySet<string>): boolean {
  const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, at - 20), at));
  if (!before || !HONORIFICS.has(before[1]!.toLowerCase())) return false;
  return !keys.has(parseName(`${before[0]}${name}`).key);
}

/** A name printed as a whole word (not "Ann" of "Anne", "Henry" of "Henry's"), spaces free, every place. */
export function nameRegExp(name: string): RegExp {
  const escaped = escapeRegExp(name).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![${LETTERS}'’])${escaped}(?![${LETTERS}])`, 'gu');
}

/** `at` falls inside one of the sorted speech spans (none known: all of it may be speech). */
function insideSpeech(at: number, speech: readonly Span[] | null): boolean {
  return !speech || findSpanIndex(speech, at) >= 0;
}

/** Verbs of a tag in the past, as a novel's narration tags the others' lines ("said Cuff", "Cuff replied"). */
const TAG_VERB = [...SPEECH_VERBS].filter((v) => v.endsWith('ed') || v === 'said').join('|');

/**
 * The claimed person has a speech tag of their own in the narration within NARRATION_REACH of the
 * line ("said Cuff", "Mr. Bruff replied"): they speak there as someone the "I" reports, so they are
 * not the "I". Stricter than namedInNarrationNear, for books told by several narrators.
 */
export function taggedNear(
  claimed: readonly Person[],
  loc: Span,
  text: string,
  speech: readonly Span[] | null,
  cast: Cast,
  floor = 0,
): boolean {
  return inNarrationNear(
    claimed,
    loc,
    text,
    speech,
    cast,
    (name) => {
      const escaped = escapeRegExp(name);
      return new RegExp(
        `\\b(?:${TAG_VERB})\\s+${escaped}(?![${LETTERS}])|(?<![${LETTERS}])${escaped}\\s+(?:${TAG_VERB})\\b`,
        'gu',
      );
    },
    floor,
  );
}
