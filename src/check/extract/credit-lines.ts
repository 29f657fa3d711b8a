import { abbreviatedTitleAlternation } from '../../lexicon.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import type { Unit } from './blocks.js';
import { isDescribedCredit } from './trailer.js';

/**
 * Lines that credit the quotation above them and are no quotation themselves, whatever words of the
 * book they hold: a name alone or after a dash, a quiz's answer, a study guide's speaker label
 * (decide.ts asks before it weighs a unit as the book's words).
 */

/** A title closing a name ("Mr."): its full stop ends no sentence. */
const TRAILING_ABBREVIATION = lazyRegExp(() => new RegExp(`\\b(?:${abbreviatedTitleAlternation(true)})\\.$`));

/** A name or a title alone ("Sir Walter Elliot", "The White Rabbit"): the book has it, but it is no quotation. */
export function isNameOnly(raw: string): boolean {
  // (in bold or italics: "4. **Miss Havisham**" over a block quote; probe round AA2)
  const s = raw.trim().replace(/^[*_]{1,2}(?=\S)([^*_]+)[*_]{1,2}$/, '$1');
  const words = s.trim().split(/\s+/);
  if (words.length > 5 || /[!?;,]|\.$/.test(s.trim().replace(TRAILING_ABBREVIATION(), ''))) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|de|van|von|du|la|le|and)$/.test(w));
}

/** A quiz's answer alone on its line: "Answer: Jim Lash", "**A:** Laddy", "Answer — Dick". */
const QUIZ_ANSWER_LINE =
  /^(?:\*\*?|__?)?(?:Answers?|A)(?:\*\*?|__?)?[ \t]*[:\-–—][ \t]*(?:\*\*?|__?)?[ \t]*([^*_\n]+?)(?:\*\*?|__?)?[ \t.]*$/;

/** A study guide's speaker label alone on its line: "Related Characters: X (speaker), Y", "Speaker: X". */
const SPEAKER_LABEL_LINE =
  /^(?:\*\*?|__?)?(?:Related\s+Characters?[^:\n]{0,3}:(?:\*\*?|__?)?[^\n]*\(speaker\)|Speakers?(?:\*\*?|__?)?\s*:)[^\n]*$/i;

/**
 * "3. “The blood is the life!”⏎- Renfield", "> …the Master is at hand.⏎>⏎> — Renfield": a name
 * alone, or after a dash, in the list item or block-quote paragraph right under the one before is
 * that one's credit line, never a quotation of the name (the book prints "Renfield" too).
 */
export function creditLineUnder(text: string, u: Unit, prev: Unit | undefined): boolean {
  const body = text.slice(u.body.start, u.body.end).trim();
  // "<p>— Long John Silver</p>" under a quotation's paragraph: a dash and a name are a credit line
  // in any container, even where the book has the name's words (probe round AF216: reported as a
  // verbatim quotation, and the line above it left without its credit).
  if (u.container !== 'list-item' && u.container !== 'block-quote') {
    const dashed = /^(?:[—–―~]|-{1,2})[ \t]*(.+)$/.exec(body)?.[1];
    return dashed !== undefined && u.container === 'paragraph' && !!prev && isNameOnly(dashed);
  }
  // "> Answer: Jim Lash" under a quiz's line: its answer, set off as a block (probe round AF143:
  // reported as a quotation not found; the credit reader takes it as the answer).
  const answer = QUIZ_ANSWER_LINE.exec(body)?.[1]?.trim();
  if (answer && (isNameOnly(answer) || isDescribedCredit(answer))) return true;
  // "> Related Characters: Winterbourne (speaker), Mrs. Costello" inside the block quote under the
  // line: a study guide's label, not words of the book (probe round AF157: reported as not found).
  if (SPEAKER_LABEL_LINE.test(body)) return true;
  const dash = /^(?:[—–―~]|-{1,2})[ \t]*/.exec(body);
  const name = dash ? body.slice(dash[0].length) : body;
  // (a name, or a person described: "- Crusoe's companion", "- the captain's son"; probe round O4)
  if (name.length === 0 || !(isNameOnly(name) || isDescribedCredit(name))) return false;
  // (the dash may be the list's own marker: "<li><p>“…”</p><p>- Thorne</p></li>")
  const lineStart = text.lastIndexOf('\n', u.body.start - 1) + 1;
  if (dash || /^[ \t>]*[—–―~-][ \t]+$/.test(text.slice(lineStart, u.body.start))) return true;
  // A bare name: only on the line right under the one before (no blank line between).
  return !!prev && (text.slice(prev.body.end, u.body.start).match(/\n/g) ?? []).length <= 1;
}
