import type { Span } from '../../book/span.js';
import { AGE_ALTERNATION, AGE_WORDS } from '../../lexicon.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { LETTERS, UPPERS } from '../../text/letters.js';
import { VERB_PHRASE } from './book-tag-parts.js';

/**
 * "young" and "old" before a family name tell a son from his father in the book's own tags ("said
 * young Branghton", "old Osborne cried"), where the cast may file both under one "Mr. Branghton"
 * (probe round AE3: the son's line supported a credit to the father at 0.98).
 */

/** How far from the line its own tag is looked for (the tag, not the next speech's). */
const TAG_REACH = 80;

/** An age word as printed, at a sentence's start or not: "young", "Young". */
const AGE = [...AGE_WORDS, 'master'].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
/** (made on first use: the speech verbs make it large, and a one-shot check may never need it) */
const QUALIFIED_TAG = lazyRegExp(
  () =>
    new RegExp(
      `(?:(?:${VERB_PHRASE})\\s+(${AGE})\\s+([${UPPERS}][${LETTERS}'’-]+)|\\b(${AGE})\\s+([${UPPERS}][${LETTERS}'’-]+)\\s+(?:${VERB_PHRASE})\\b)`,
      'u',
    ),
  new RegExp(`\\b(?:${AGE})\\s+[${UPPERS}]`, 'u'),
);
const TITLED = /^(?:mr|mrs|sir|lady|lord|squire|dr|doctor|captain|major|colonel|general|old)\.?$/i;

/**
 * The book's tag beside the line says "young X" (or "old X") and the credit as written names X
 * otherwise (a title or "old" for a "young X", "young" or "Master" for an "old X"): the credit may
 * mean the other of the two. The note a teacher reads, or null.
 */
export function ageQualifiedTagApart(bookText: string, line: Span, written: string): string | null {
  const m = qualifiedTagAt(bookText, line);
  if (!m) return null;
  // ("said Master Craven": the son, as "young"; probe round AF129, "— Mr. Craven" supported on Colin's line)
  const printed = (m[1] ?? m[3])!.toLowerCase();
  const age = printed === 'master' ? 'young' : printed;
  const family = (m[2] ?? m[4])!;
  const words = written.split(/\s+/).map((w) => w.replace(/[.,]$/, ''));
  if (!words.some((w) => w.toLowerCase() === family.toLowerCase())) return null;
  const first = words[0]!.toLowerCase();
  const apart = age === 'young' ? TITLED.test(first) : first === 'young' || first === 'master';
  return apart
    ? `the book says “${printed === 'master' ? 'Master' : age} ${family}” here, who may be another ${family} than ${written}`
    : null;
}

/** The book's own tag at the line with an age word ("said young Branghton"), or null. */
function qualifiedTagAt(bookText: string, line: Span): RegExpExecArray | null {
  // (the line's parts and the tag between them too: "“It is ten to one, father,” said young
  // Branghton, “if he came fairly by it.”")
  const before = bookText
    .slice(Math.max(0, line.start - TAG_REACH), line.start)
    .split(/\n\s*\n/)
    .pop()!;
  const after = bookText.slice(line.start, line.end + TAG_REACH).split(/\n\s*\n/)[0]!;
  return qualifiedTag(after) ?? qualifiedTag(before);
}

function qualifiedTag(s: string): RegExpExecArray | null {
  return QUALIFIED_TAG.mayMatch(s) ? QUALIFIED_TAG().exec(s) : null;
}

/** A credit as written that opens on an age word: "old Sir Pitt". */
const WRITTEN_AGE = new RegExp(`^(${AGE_ALTERNATION})\\s+(\\S.*)$`, 'i');

/**
 * The writer names someone "old X" (or "young X") and the book has a "young X" (or an "old X") as
 * well: a father and son of one name, whom the cast may file as one person ("Sir Pitt Crawley" for
 * both baronets). Only a tag at the line with the writer's own age word settles which is meant
 * (probe round AF166: "old Sir Pitt" supported on the son's "said Sir Pitt"). The note a teacher
 * reads, or null.
 */
export function otherAgeInBook(bookText: string, line: Span, written: string): string | null {
  const m = WRITTEN_AGE.exec(written.trim());
  if (!m) return null;
  const age = m[1]!.toLowerCase();
  const name = m[2]!;
  const tag = qualifiedTagAt(bookText, line);
  if (tag && (tag[1] ?? tag[3])!.toLowerCase() === age) return null;
  const other = [...AGE_WORDS].find((w) => w !== age)!;
  const escaped = escapeRegExp(name).replace(/\s+/g, '\\s+');
  if (
    !new RegExp(
      `\\b[${other[0]!.toUpperCase()}${other[0]}]${other.slice(1)}\\s+${escaped}(?![${LETTERS}'’-])`,
      'u',
    ).test(bookText)
  )
    return null;
  return `the book has both an old and a young ${name}, and the one speaking here may be either`;
}
