/**
 * Votes for a name's gender from the pronouns around it in narration (names.ts collects them per
 * form, cast.ts weighs them): the pronoun after a name that is its sentence's subject, the
 * possessive in a participle clause after a tag's name, and, weaker, the pronoun after a name that
 * is not the subject when nothing else in its sentence may be what the pronoun means.
 */
import { type Gender, NOT_NAMES, PLACE_PREPOSITIONS } from '../lexicon.js';
import { isUpperInitial } from '../text/chars.js';

/**
 * "said the Gryphon, shaking his head": the possessive in a participle clause right after a name is
 * the name's. "her" only before a noun ("her head"), not as an object ("looking at her").
 */
export function participleGender(text: string, pos: number): [Gender, number] {
  const m = /^,\s*[a-z]+ing\b[^.;:!?"\u201c\u201d,]{0,30}?\b(his|her|himself|herself)\b(\s+[a-z]+)?/.exec(
    text.slice(pos, pos + 80),
  );
  if (!m) return ['unknown', 0];
  if (m[1] === 'his' || m[1] === 'himself') return ['male', 1];
  if (m[1] === 'herself') return ['female', 1];
  const next = m[2]?.trim();
  return next && !PLACE_PREPOSITIONS.has(next) && !NOT_NAMES.has(next) ? ['female', 1] : ['unknown', 0];
}

/** Sentence openers that are no one: "At noon I called Quillet." */
const NO_ONE_OPENERS = new Set(
  'i we at in on when then but and as so for after before while if it there this that now once soon the a an one every each next later'.split(
    ' ',
  ),
);

/**
 * Before a name that is not its sentence's subject, nobody else the next "he" or "she" may mean: the
 * sentence names no one before it and has no he or she ("I called Quillet. He came": Quillet; not
 * "Alice looked at the Caterpillar. She …", nor "He went to see Quillet. He sat …").
 */
export function noOtherSubjectBefore(text: string, start: number): boolean {
  const from = Math.max(
    text.lastIndexOf('.', start - 1),
    text.lastIndexOf('!', start - 1),
    text.lastIndexOf('?', start - 1),
    text.lastIndexOf('\n\n', start - 1),
  );
  const words = text.slice(from + 1, start).match(/[\p{L}'\u2019]+/gu) ?? [];
  return words.every((w, i) => {
    const lw = w.toLowerCase();
    if (lw === 'he' || lw === 'she') return false;
    return !isUpperInitial(w) || w === 'I' || (i === 0 && NO_ONE_OPENERS.has(lw));
  });
}

/**
 * For a name that opens its sentence (the subject), the gender of the first subject pronoun in the
 * rest of that sentence or at the start of the next: "Cyril went out. He was…". Object and possessive
 * pronouns are skipped: "Cyril kissed her" says nothing about Cyril.
 */
export function followingPronounGender(text: string, pos: number): [Gender, number] {
  const window = text.slice(pos, pos + 300);
  const re = /[\p{L}]+|[.!?"\u201c\u201d]|\n\s*\n/gu;
  let words = 0;
  let sentences = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const w = m[0];
    if (w[0] === '\n' || w === '"' || w === '\u201c' || w === '\u201d') break;
    if (w === '.' || w === '!' || w === '?') {
      if (++sentences > 1) break;
      words = 0;
      continue;
    }
    // In the next sentence only its first word counts.
    if (sentences === 1 && words > 0) break;
    if (++words > 25) break;
    const lw = w.toLowerCase();
    if (lw === 'he' || lw === 'himself') return ['male', 1];
    if (lw === 'she' || lw === 'herself') return ['female', 1];
    if (words > 1 && isUpperInitial(w) && w !== 'I' && sentences === 0) break;
  }
  return ['unknown', 0];
}
