import { findSpanIndex, type Span } from '../../book/span.js';
/**
 * What the book's own text says about two names, for the identity rules (identity.ts): named
 * together as two people, set side by side as one person's name and role, one given as what the
 * other is called, and the names it declares pet names.
 */
import { abbreviatedTitleAlternation, titleAlternation } from '../../lexicon.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import type { Person } from './identity.js';
import type { ParsedName } from './names.js';

/**
 * What stands between two names of two people: "Elizabeth and Jane", "said Elizabeth to Jane", "Jane
 * looked at Elizabeth" — a few lower-case words, none that makes the second name the first one's
 * other name ("Charlotte became Mrs. Collins", "Celia, now Mrs. Milvain", "Mrs. Milvain, her aunt
 * Celia"); commas only before "and".
 */
const TWO_PEOPLE_GAP = new RegExp(
  String.raw`^(?:\s*,)?\s+(?:(?!(?:was|is|became|becomes|become|called|named|now|alias|or|née|nee|formerly|once|otherwise|her|his|their|your|my|our)\b)[${LOWERS}]+\s+){1,4}$`,
  'u',
);
const SENTENCE_END = new RegExp(String.raw`[.!?]["”’']?\s+(?=["“‘']?[${UPPERS}])|\n[ \t]*\n`, 'u');
/** The name a gap starts with when it starts at a mention: an optional title, then capitalised words. */
const LEADING_NAME = new RegExp(
  `^(?:(?:${titleAlternation()})\\.?\\s+)?[${UPPERS}][${LETTERS}'’-]*(?:\\s+[${UPPERS}][${LETTERS}'’-]*)*`,
  'u',
);
const ABBREVIATED = new RegExp(`\\b(?:${abbreviatedTitleAlternation(true)})\\.`, 'g');

/**
 * "call me", "known as", "alias", "Mr. Weevle, otherwise Jobling", "Ossipon, nicknamed the Doctor",
 * "the second son, Dunstan, commonly called Dunsey Cass": the name that follows is another name of
 * the one just named. A bare ", called" is left out: "said Jane, called Mary back" is the verb.
 */
const CALLED =
  /(?:\b(?:call(?:s|ed)?\s+(?:me|her|him)|known\s+as|alias|nicknamed)|,\s*otherwise(?:\s+called)?|,\s*(?:commonly|usually|generally|familiarly|popularly|universally|always)\s+(?:called|named))\s+(?:the\s+)?/g;
/** Who calls someone "him" or "her" by a name, other than the one just named. */
const CALLERS =
  /\b(?:they|we|you|I|people|everyone|everybody|friends|family|folks|men|women|boys|girls|children|all|others|servants|neighbours|neighbors|village|town|school)\b/u;
/** How far after a name its other name may follow ("Prudence Cowley. But my friends call me …"). */
const CALLED_REACH = 60;

/** Places where a name of `b` follows a name of `a` as what they are called (CALLED), either way round. */
export function countCalledAs(text: string, a: readonly number[], b: readonly number[]): number {
  const endOf = (at: number) => at + (LEADING_NAME.exec(text.slice(at, at + 60))?.[0].length ?? 0);
  let n = 0;
  for (const [first, second] of [
    [a, new Set(b)],
    [b, new Set(a)],
  ] as const) {
    for (const x of first) {
      const end = endOf(x);
      // "Mr. Candy's assistant, otherwise Ezra Jennings": the other name is the assistant's (probe
      // round AE34: a wrong credit supported as one person's names)
      // (the name read from the text takes its "’s" in: LEADING_NAME)
      if (/['’]s$/.test(text.slice(x, end))) continue;
      const window = text.slice(end, end + CALLED_REACH);
      CALLED.lastIndex = 0;
      for (let m = CALLED.exec(window); m; m = CALLED.exec(window)) {
        if (!second.has(end + m.index + m[0].length)) continue;
        // Nobody else named between ("Joe's “Happy to know you, Mr. Williams.” “Better known as
        // Sadness,” he said"): no capital but a sentence's first.
        const gap = window.slice(0, m.index).replace(/(?:^|[.!?]["”’']?\s+)\p{Lu}/gu, '');
        if (/\p{Lu}/u.test(gap)) continue;
        // "Theobald had proposed to call him George": the name just printed is who calls, "him"
        // someone else; "Dunstan, whom his friends call him…", "as they call her" name the one
        // called by others (The Way of All Flesh, probe round AF236: father and son taken for one
        // person, and a wrong credit supported).
        if (/^call/.test(m[0]) && !/\bme\b/.test(m[0]) && !CALLERS.test(window.slice(0, m.index))) continue;
        n++;
      }
    }
  }
  return n;
}

/**
 * "My latest pet name for him (behind his back) is Sandy", "his nickname was Tiny", "nicknamed
 * Stumpy": the name the book declares a pet name or nickname (the word after, lower-cased).
 */
const NICKNAME_DECLARED = new RegExp(
  String.raw`\b(?:(?:pet|nick|by)[- ]?names?\b[^.!?\n“”"]{0,40}?\b(?:is|was|are|were)|nick-?named|pet-?named)\s+["“‘']?([${UPPERS}][${LOWERS}'’-]+)\b`,
  'gu',
);

/** Every name the book declares a pet name or nickname, lower-cased. */
export function declaredNicknames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NICKNAME_DECLARED)) out.add(m[1]!.toLowerCase());
  return out;
}

/**
 * Places where one is set beside the other as their role: "the Collector, Mr. Turton" (the role
 * first, after "the"), "Mr. Haq, the Inspector" (the name first, then ", the"). Offsets are where
 * each mention starts; a mention ends where its capitalised words do.
 */
export function countApposed(text: string, a: readonly number[], b: readonly number[]): number {
  const endOf = (at: number) => at + (LEADING_NAME.exec(text.slice(at, at + 60))?.[0].length ?? 0);
  const starts = new Set(b);
  let n = 0;
  for (const [first, second] of [
    [a, starts],
    [b, new Set(a)],
  ] as const) {
    for (const x of first) {
      const end = endOf(x);
      const after = /^,\s+(the\s+)?/.exec(text.slice(end, end + 8));
      if (!after || !second.has(end + after[0].length)) continue;
      // "X, the Y", or "the X, Y": the role has its article; "Elizabeth, Jane" is a list.
      if (after[1] || /\bthe\s+$/i.test(text.slice(Math.max(0, x - 4), x))) n++;
    }
  }
  return n;
}

/**
 * Places where the book names both people as two: a mention of each, a few words apart in one
 * sentence, joined by words that make them two ("and", "to", "looked at"), not by apposition.
 */
export function countNamedTogether(text: string, a: readonly number[], b: readonly number[]): number {
  let n = 0;
  let j = 0;
  const seen = new Set<number>();
  for (const x of a) {
    while (j < b.length && b[j]! < x - 80) j++;
    for (let k = j; k < b.length && b[k]! <= x + 80; k++) {
      const y = b[k]!;
      if (y === x) continue;
      const lo = Math.min(x, y);
      const hi = Math.max(x, y);
      const between = text.slice(lo, hi).replace(ABBREVIATED, (m) => m.slice(0, -1));
      if (SENTENCE_END.test(between)) continue;
      const gap = between.replace(LEADING_NAME, '');
      if (!TWO_PEOPLE_GAP.test(gap)) continue;
      if (seen.has(lo)) continue;
      seen.add(lo);
      n++;
      break;
    }
  }
  return n;
}

/** A titled form of a person's names, as the book prints it: its title and its words. */
export interface TitledForm {
  title: string;
  words: readonly string[];
}

/**
 * The person's names with a title of one of these classes, not counting those on a given name
 * ("Miss Vincy", not "Miss Rosamond"): the forms renamedOnMarriage looks for. A wife under her
 * husband's full name keeps his given name in the form: "Mrs. Rawdon Crawley" is printed long after
 * the first "Mrs. Crawley" (his stepmother).
 */
export function titledForms(
  names: readonly ParsedName[],
  classes: readonly ParsedName['titleClass'][],
): TitledForm[] {
  const givens = new Set(names.map((n) => n.given).filter((g) => g !== null));
  return names
    .filter(
      (n) => classes.includes(n.titleClass) && n.titles.length > 0 && !n.words.some((w) => givens.has(w)),
    )
    .map((n) => ({ title: n.titles[0]!, words: n.husbandGiven ? [n.husbandGiven, ...n.words] : n.words }));
}

/** A lower-case word of a name as the book prints it, capitalised, for a pattern ("vincy" → "Vincy"). */
function printedWord(w: string): string {
  return w.charAt(0).toUpperCase() + escapeRegExp(w.slice(1));
}

/** A printed form of a name, as a pattern: its title (with or without the full stop), then its words. */
function formPattern(title: string, words: readonly string[]): RegExp {
  return new RegExp(
    `\\b${printedWord(title.replace(/\.$/, ''))}\\.?\\s+${words.map(printedWord).join('\\s+')}\\b`,
    'g',
  );
}

/** Where the book prints any of the forms, in order. */
function printedAt(text: string, forms: readonly RegExp[]): number[] {
  const at: number[] = [];
  for (const re of forms) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) at.push(m.index);
  }
  return at.sort((a, b) => a - b);
}

/**
 * The share of the earlier name's mentions that may still come after the first mention of the
 * married one: a book looks back now and then ("when she was still Madame Cheron"). The Mysteries of
 * Udolpho: 5 of 132 "Madame Cheron" after the first "Madame Montoni"; Middlemarch: 0 of 17 "Miss
 * Vincy" after the first "Mrs. Lydgate"; two women of one book are both named all through it.
 */
const LOOKING_BACK_SHARE = 0.05;

/**
 * The book stops calling a woman by her earlier name when it starts printing the married one: every
 * "Miss Vincy" (but a few looking back) comes before the first "Mrs. Lydgate" (Middlemarch).
 * `married` and `earlier` are the printed forms as title and words ("Mrs." ["lydgate"], "Miss" ["vincy"]).
 */
export function renamedOnMarriage(
  text: string,
  married: readonly TitledForm[],
  earlier: readonly TitledForm[],
): boolean {
  if (married.length === 0 || earlier.length === 0) return false;
  const firstMarried = printedAt(
    text,
    married.map((f) => formPattern(f.title, f.words)),
  )[0];
  const before = printedAt(
    text,
    earlier.map((f) => formPattern(f.title, f.words)),
  );
  if (firstMarried === undefined || before.length === 0 || before[0]! > firstMarried) return false;
  const late = before.filter((at) => at > firstMarried).length;
  return late <= LOOKING_BACK_SHARE * before.length;
}

/**
 * How often the book prints a second married woman of one family name: "young Mrs. Archer", "Mrs.
 * Newland Archer" (a wife under her husband's full name). Where it does, a bare "Mrs. Archer" may be
 * her as well as the Mrs. Archer the model knows (The Age of Innocence: May, once married).
 */
export function countOtherWives(text: string, family: string): number {
  const f = printedWord(family);
  const re = new RegExp(
    `\\b(?:[Yy]oung\\s+Mrs\\.?\\s+${f}|Mrs\\.?\\s+(?!${f}\\b)[${UPPERS}][${LOWERS}]+\\s+${f})\\b`,
    'gu',
  );
  return text.match(re)?.length ?? 0;
}

/**
 * How often the book tells two men of one family name apart by age, both ways: "old Mr. Emerson" and
 * "young Mr. Emerson", or "old Smallweed" and "Young Smallweed" (the fewer of the two counts; probe
 * round AE13). One way only says little: Jane Eyre's "old Mr. Rivers" is St. John's dead father, who
 * never speaks; Tom Jones is "young Mr Jones" with no other.
 */
export function countAgedMen(text: string, family: string): number {
  const count = (ages: string) =>
    text.match(new RegExp(`\\b(?:${ages})\\s+(?:Mr\\.?\\s+)?${printedWord(family)}\\b`, 'g'))?.length ?? 0;
  return Math.min(count('[Oo]ld|[Ee]lder'), count('[Yy]oung|[Yy]ounger'));
}

/**
 * How often the book speaks of the daughters of one family together: "the Miss Dashwoods", "the two
 * Miss Steeles". Where it does, the plain "Miss Dashwood" is the eldest, who may be a sister the model
 * never names in full (Elinor), not the one it does (Marianne).
 */
export function countSisters(text: string, family: string): number {
  return text.match(new RegExp(`\\bMiss\\s+${printedWord(family)}(?:e?s)\\b`, 'g'))?.length ?? 0;
}

/** How often the book prints a given name and a family name side by side ("Philip Carey"). */
export function countFullName(text: string, given: string, family: string): number {
  return text.match(new RegExp(`\\b${printedWord(given)}\\s+${printedWord(family)}\\b`, 'g'))?.length ?? 0;
}

/**
 * The family name the book prints most often right after a given name ("Dick Hunter"), and how often;
 * null where it prints none.
 */
export function familyPrintedWith(text: string, given: string): { family: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(`\\b${printedWord(given)}\\s+([${UPPERS}][${LOWERS}]+)\\b`, 'gu')))
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? { family: best[0], count: best[1] } : null;
}

/**
 * The narration names someone, not only the talk: twice, or at a fifth of the places they are named
 * ("Carrie", 57 times in her husband's speech and once in narration inside a quoted phrase, is his
 * name for Carol).
 */
export function namedInNarration(offsets: readonly number[], speech: readonly Span[]): boolean {
  const narrated = offsets.filter((o) => findSpanIndex(speech, o) < 0).length;
  return narrated >= 2 || narrated >= 0.2 * offsets.length;
}

/**
 * At most of the places the narration names someone, "the" stands before the name: "the Boss" (his
 * men call him "Boss" to his face; the narration's article says it is a role).
 */
export function calledWithArticle(
  bookText: string,
  offsets: readonly number[],
  speech: readonly Span[],
): boolean {
  const narrated = offsets.filter((o) => findSpanIndex(speech, o) < 0);
  if (narrated.length === 0) return false;
  let the = 0;
  for (const o of narrated) {
    // ("the Rajah", "the young Rajah")
    const before = bookText.slice(Math.max(0, o - 20), o);
    if (/^the\s/i.test(bookText.slice(o, o + 4)) || /\bthe\s+(?:\p{Ll}+\s+)?$/iu.test(before)) the++;
  }
  return the * 2 > narrated.length;
}

/** Uses of a word as a common noun ("a Rajah", "Rajahs") that make a role's word an epithet. */
const COMMON_NOUN_USES_MIN = 3;

/**
 * The book calls the person "the …" at most places (calledWithArticle), by one word it also uses as
 * a common noun, with "a" or in the plural, at least COMMON_NOUN_USES_MIN times ("a boy who was a
 * Rajah", "talking about Rajahs"): an epithet anyone may bear, not a name ("the Hatter" is neither).
 */
export function isEpithet(bookText: string, p: Person, speech: readonly Span[]): boolean {
  const words = new Set(p.names.filter((n) => n.words.length === 1).map((n) => n.words[0]!));
  if (words.size !== 1 || !p.mentionOffsets || !calledWithArticle(bookText, p.mentionOffsets, speech))
    return false;
  const word = [...words][0]!;
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  const escaped = escapeRegExp(cap);
  const uses = bookText.match(new RegExp(`\\b(?:a|an)\\s+${escaped}\\b|\\b${escaped}s\\b`, 'g'));
  return (uses?.length ?? 0) >= COMMON_NOUN_USES_MIN;
}
