import { findSpanIndex, type Span } from '../book/span.js';
import {
  ABBREVIATED_TITLES,
  HONORIFICS,
  HONORIFICS_NEEDING_NAME,
  NOT_NAMES,
  PERSON_ONLY_TITLES,
  PERSON_VERBS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  PLAIN_TAG_VERBS,
  SPEECH_VERBS,
  STRONG_PERSON_VERBS,
  TITLE_RANK_WORDS,
} from '../lexicon.js';
import { isRegExpSpace, letterWidth } from '../text/chars.js';
import { calendarNames } from './calendar-names.js';
import { followingPronounGender, noOtherSubjectBefore, participleGender } from './gender-votes.js';

export { commonWordTest, lowercaseWordCounts } from './word-counts.js';

/** One occurrence of a capitalised name in the text ("Mrs. Bennet", "Elizabeth", "Netherfield Park"). */
export interface NameOccurrence extends Span {
  /** The name as printed, whitespace collapsed, possessive dropped: "Mrs. Bennet". */
  form: string;
  /** Canonical honorific ("Mr.", "Lady") or null. */
  honorific: string | null;
  /** The title as the book spells it, abbreviations with their full stop ("Mlle.", "Doctor"), or null. */
  printedTitle: string | null;
  /** The name words after the honorific. */
  words: string[];
  /** At the start of a sentence, where any word is capitalised. */
  sentenceInitial: boolean;
  /** Opens its sentence, title included: the likely grammatical subject ("Mrs. Bennet was…"). */
  subject: boolean;
  inQuote: boolean;
  /** Index of the paragraph it is in (for co-occurrence). */
  paragraph: number;
  /** A play's speaker label ("ROSALIND:", script-lines.ts): a person, as surely as a speech tag says. */
  scriptLabel?: boolean;
}

/** Evidence gathered for one printed form across the book. */
export interface FormStats {
  form: string;
  honorific: string | null;
  words: string[];
  count: number;
  /** Occurrences inside quotations. */
  quoted: number;
  /** Occurrences as the name in a speech tag outside quotations ("said Hope", "Hope said"). */
  tagged: number;
  /**
   * Of those, the tags right after a quotation's close ("“…,” says Rosanna", "“…” Hope said"): the
   * name is the speaker beyond doubt, where "called Coketown" or "he said Coketown was" is not.
   */
  taggedAfterQuote: number;
  nonInitial: number;
  /** Positive: reads like a person; negative: like a place. */
  personScore: number;
  placeScore: number;
  maleVotes: number;
  femaleVotes: number;
  /**
   * Weaker votes, from a name that is not its sentence's subject ("I looked at Bartleby, and he …",
   * "… to Bartleby. He …"): used only for a character nothing else gives a gender (cast.ts).
   */
  looseMaleVotes: number;
  looseFemaleVotes: number;
  /** How often each spelling of the title is printed with this form ("Mlle." 60, "Mademoiselle" 2). */
  printedTitles: Map<string, number>;
}

const CONNECTORS = new Set([
  'de',
  'van',
  'von',
  'du',
  'der',
  'den',
  'la',
  'le',
  'di',
  'da',
  'del',
  'des',
  "d'",
]);

// A capitalised word, possibly hyphenated (Saint-Just), with an inner apostrophe (O'Hara) or an inner
// capital after Mc/Mac (McBryde, MacDonald).
// An initial ("E." in "Mr. E. W. B. Childers") counts as a word when a capitalised word follows; "I." never.
// "St." before a capitalised word is part of a given name ("St. John Rivers"), joined to it below.
const CAP_WORD = String.raw`(?:St\.(?=[ \t]*\r?\n?[ \t]*[A-Z])|(?!I\.)[A-Z]\.(?=[ \t]*\r?\n?[ \t]*[A-Z])|(?:Ma?c(?=[A-Z]\p{Ll}))?[A-Z\u00C0-\u00DE][\p{Ll}\u00DF-\u00FF]*(?:['\u2019][A-Z\p{Ll}][\p{Ll}]*)?(?:-[A-Z\p{Ll}][\p{Ll}]+)*)`;
const GAP = String.raw`(?:[ \t]+|[ \t]*\r?\n[ \t]*)`;
const capitalise = (h: string) => h[0]!.toUpperCase() + h.slice(1);
const ABBREVIATED: ReadonlySet<string> = new Set(ABBREVIATED_TITLES);
const HON_ALT = [...HONORIFICS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(capitalise)
  .join('|');
// Abbreviated titles of people only: "St." is a name's own word ("St. John"), read by CAP_WORD.
const HON_ABBR = [...ABBREVIATED]
  .filter((h) => HONORIFICS.has(h))
  .map(capitalise)
  .join('|');
const HON_FULL = [...HONORIFICS.keys()]
  .filter((h) => !ABBREVIATED.has(h))
  .sort((a, b) => b.length - a.length)
  .map(capitalise)
  .join('|');
/** A title, then capitalised words; a second, abbreviated title is passed over ("the Reverend Mr. Wilson"). */
const NAME_CHAIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}'\u2019.-])(?:(?:(${HON_ABBR})\.?|(${HON_FULL}))${GAP}(?:(?:${HON_ABBR})\.${GAP}(?=\p{Lu}))?)?((?:(?:de|van|von|du|der|den|la|le|di|da|del|des)${GAP})*${CAP_WORD}(?:${GAP}(?:(?:de|van|von|du|der|den|la|le|di|da|del|des)${GAP})?(?!(?:${HON_ALT})\b)(?!I\b)${CAP_WORD})*)`,
  'gu',
);

/** Abbreviated titles on their own ("Mlle", "Mr") are not names. */
export function isBareAbbreviation(word: string): boolean {
  return ABBREVIATED.has(word.toLowerCase());
}

/** True when the text before `pos` (in its paragraph) ends a sentence, so any word there is capitalised. */
function atSentenceStart(text: string, pos: number, paraStart: number): boolean {
  // Back over spaces and /["'\u201c\u2018(_*\u2014-]/, then /[.!?:;]/ (as character codes: this runs for
  // every name).
  let i = pos - 1;
  for (; i >= paraStart; i--) {
    const c = text.charCodeAt(i);
    const opener =
      c === 34 ||
      c === 39 ||
      c === 0x201c ||
      c === 0x2018 ||
      c === 40 ||
      c === 95 ||
      c === 42 ||
      c === 0x2014;
    if (!(opener || c === 45 || isRegExpSpace(c))) break;
  }
  if (i < paraStart) return true;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59;
}

/** Right before a name in a speech tag: "said ", "cried ". */
const TAG_BEFORE = new RegExp(`\\b(?:${PLAIN_TAG_VERBS.slice(0, 7).join('|')})\\s+$`);
/** …or after it, the name right after the quotation: '“…,” Irish murmured'. */
const CLOSE_BEFORE = /[\u201d"][ \t]*$/;
const TAG_AFTER = new RegExp(`^\\s+(?:${PLAIN_TAG_VERBS.join('|')})\\b`);
/** Words that open a tag after a quotation as themselves, never as a name: '“…?” He asked.' */
const PRONOUN_LIKE = new Set(
  'i he she it we they you one this that these those there who what which all both each some none someone somebody nobody everybody everyone'.split(
    ' ',
  ),
);

/**
 * Every capitalised name-like chain in the book, with its honorific split off. Function words at the
 * start of a chain ("But Elizabeth") are dropped; possessives ("Darcy's") are trimmed.
 */
export function findNameOccurrences(
  text: string,
  paragraphs: readonly Span[],
  quoteParts: readonly Span[],
  /** True for a word mostly written in lower case ("Little", "Suddenly"): not the start of a name. */
  isCommonWord?: (word: string, sentenceInitial: boolean) => boolean,
): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  const calendar = calendarNames(text);
  const notName = (w: string) => NOT_NAMES.has(w) && !calendar.names.has(w);
  // "said Good.": a word that is no name elsewhere is one where a speech tag makes it the speaker;
  // so is '“…,” Irish murmured' (The Flying U Ranch's Irish, probe round AF289: no character).
  const tagged = (start: number, word: string): boolean =>
    (TAG_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
      /^(?:[,.;:!?]|\s+(?:to|and|with|as|in)\b)/.test(
        text.slice(start + word.length, start + word.length + 6),
      )) ||
    (!PRONOUN_LIKE.has(word.toLowerCase()) &&
      CLOSE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
      TAG_AFTER.test(text.slice(start + word.length, start + word.length + 14)));
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const para = paragraphs[paragraphIndex]!;
    const body = text.slice(para.start, para.end);
    NAME_CHAIN.lastIndex = 0;
    for (let m = NAME_CHAIN.exec(body); m; m = NAME_CHAIN.exec(body)) {
      let start = para.start + m.index;
      const honRaw = m[1] ?? m[2];
      let honorific: string | null = honRaw
        ? (HONORIFICS.get(honRaw.toLowerCase())?.canonical ?? null)
        : null;
      let printedTitle: string | null = honorific ? printedSpelling(honRaw!) : null;
      // The chain's words with their offsets.
      const chain = m[3]!;
      const chainBase = para.start + m.index + m[0].length - chain.length;
      let tokens: { w: string; at: number }[] = [];
      // Its runs of non-spaces (/\S+/g), by character codes.
      for (let i = 0; i < chain.length; ) {
        if (isRegExpSpace(chain.charCodeAt(i))) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < chain.length && !isRegExpSpace(chain.charCodeAt(j))) j++;
        tokens.push({ w: chain.slice(i, j), at: chainBase + i });
        i = j;
      }
      joinParticles(tokens);
      if (!honorific && tokens.length > 0 && CONNECTORS.has(tokens[0]!.w)) continue;
      // "Mina Harker's Journal": a possessive inside the chain ends the name ("Journal" is hers).
      const owner = tokens.findIndex((t, i) => i < tokens.length - 1 && /['\u2019]s$/u.test(t.w));
      const ownerEnd = owner >= 0 ? tokens[owner]!.at + tokens[owner]!.w.length - 2 : -1;
      if (owner >= 0) tokens = tokens.slice(0, owner + 1);
      // A function word inside the chain ends the name: "General The", "Bingley I".
      const cut = tokens.findIndex((t, i) => i > 0 && notName(t.w.toLowerCase()));
      if (cut > 0) tokens = tokens.slice(0, cut);
      // Initials end no name ("Plan B. The…").
      while (tokens.length > 0 && /^\p{Lu}\.$/u.test(tokens[tokens.length - 1]!.w)) tokens.pop();
      if (tokens.length === 0) continue;
      if (!honorific) {
        // Drop leading function words ("But Elizabeth"); a title word there becomes the honorific.
        while (tokens.length > 0) {
          const lw = tokens[0]!.w.toLowerCase();
          // "Chief Inspector Heat": the rank word is the title's, no name of its own
          if (TITLE_RANK_WORDS.has(lw)) {
            const after = tokens[0]!.at + tokens[0]!.w.length;
            const next = tokens[1]?.w ?? /^\s+(\p{L}+)/u.exec(text.slice(after, after + 40))?.[1];
            if (HONORIFICS.has(next?.toLowerCase() ?? '')) {
              tokens.shift();
              continue;
            }
          }
          const h = HONORIFICS.get(lw);
          if (h && tokens.length > 1 && !HONORIFICS_NEEDING_NAME.has(lw)) {
            honorific = h.canonical;
            printedTitle = printedSpelling(tokens[0]!.w);
            start = tokens[0]!.at;
            tokens.shift();
            break;
          }
          const initial = atSentenceStart(text, tokens[0]!.at, para.start);
          if (tokens.length === 1 && notName(lw) && tagged(tokens[0]!.at, tokens[0]!.w)) break;
          if (!notName(lw) && !(tokens.length > 1 && isCommonWord?.(tokens[0]!.w, initial))) break;
          tokens.shift();
        }
        if (tokens.length === 0) continue;
        if (!honorific) start = tokens[0]!.at;
      }
      // "the Reverend Master Dimmesdale", "Reverend Mr. Wilson": a second title is no given name (The
      // Scarlet Letter's "Master" made a man called Master Dimmesdale, and Dimmesdale four people).
      while (honorific && tokens.length > 1 && HONORIFICS.has(tokens[0]!.w.toLowerCase().replace(/\.$/, '')))
        tokens.shift();
      let words = tokens.map((t) => t.w);
      // Trim a possessive and a trailing honorific-looking word.
      const lastIdx = words.length - 1;
      words[lastIdx] = words[lastIdx]!.replace(/['\u2019]s?$/u, '');
      if (words[lastIdx] === '') words.pop();
      words = words.filter((w) => w.length > 0);
      if (words.length === 0) continue;
      if (words.every((w) => w.length > 1 && w === w.toUpperCase())) continue; // ALL CAPS headings
      if (!honorific && words.every((w) => w.length === 1)) continue; // initials alone ("B")
      if (/^I['\u2019]/.test(words[0]!)) continue; // I've, I’m, I'se
      // "Don't", "Couldn't", "We'll": a contraction opening a sentence is no name (O'Keefe, D'Arnot are).
      if (words.length === 1 && /(?:n['\u2019]t|['\u2019](?:ll|ve|re|d|m))$/iu.test(words[0]!)) continue;
      if (
        words.length === 1 &&
        !honorific &&
        ((notName(words[0]!.toLowerCase()) && !tagged(start, words[0]!)) || isBareAbbreviation(words[0]!))
      )
        continue;
      if (CONNECTORS.has(words[words.length - 1]!.toLowerCase())) words.pop();
      if (words.length === 0) continue;
      const end =
        ownerEnd >= 0
          ? ownerEnd
          : para.start + m.index + m[0].length - (m[0].endsWith("'s") || m[0].endsWith('\u2019s') ? 2 : 0);
      if (words.length === 1 && !honorific && calendar.isDateAt(words[0]!.toLowerCase(), start, end))
        continue;
      const form = (honorific ? `${honorific} ` : '') + words.join(' ');
      out.push({
        start,
        end,
        form,
        honorific,
        printedTitle,
        words,
        sentenceInitial: !honorific && atSentenceStart(text, start, para.start),
        subject:
          atSentenceStart(text, start, para.start) || afterSentenceInitialArticle(text, start, para.start),
        inQuote: findSpanIndex(quoteParts, start) >= 0,
        paragraph: paragraphIndex,
      });
    }
  }
  return out;
}

/**
 * "Mr. van der Luyden": leading particles belong to the family name. "De Griers" too: a capitalised
 * particle opening a two-word chain is the family name's (joined, lower-cased, in place).
 */
function joinParticles(tokens: { w: string; at: number }[]): void {
  while (tokens.length > 1 && CONNECTORS.has(tokens[0]!.w.toLowerCase())) {
    const [a, b] = [tokens[0]!, tokens[1]!];
    tokens.splice(0, 2, { w: `${a.w.toLowerCase()} ${b.w}`, at: a.at });
  }
  // "St. John" is one given name (Jane Eyre's St. John Rivers), not a "St" and a "John".
  for (let i = 0; i + 1 < tokens.length; i++)
    if (tokens[i]!.w === 'St.' || tokens[i]!.w === 'St')
      tokens.splice(i, 2, { w: `${tokens[i]!.w} ${tokens[i + 1]!.w}`, at: tokens[i]!.at });
}

/**
 * A saint's name as one name word: "St. John", "St John" (a given name in Jane Eyre's St. John
 * Rivers, a family's in Augustine St. Clare).
 */
export function isSaintsName(word: string): boolean {
  return /^St\.? \p{Lu}/u.test(word);
}

/** A title as printed, an abbreviation with its full stop: "Mlle" → "Mlle.", "Doctor" stays. */
function printedSpelling(raw: string): string {
  const bare = capitalise(raw.replace(/\.$/, ''));
  return ABBREVIATED.has(bare.toLowerCase()) ? `${bare}.` : bare;
}

/** The form with its title spelt the way the book prints it most often: "Mlle. Blanche". */
export function printedForm(f: FormStats): string {
  let best: string | null = null;
  for (const [t, n] of f.printedTitles) if (best === null || n > f.printedTitles.get(best)!) best = t;
  return best ? `${best} ${f.words.join(' ')}` : f.form;
}

/** "The General turned…": a title-name after a sentence-opening article is still the subject. */
function afterSentenceInitialArticle(text: string, pos: number, paraStart: number): boolean {
  const m = /\b(?:the|The)\s+$/.exec(text.slice(Math.max(paraStart, pos - 5), pos));
  return m !== null && atSentenceStart(text, pos - m[0].length, paraStart);
}

const WORD_BEFORE = /([\p{L}]+)[^\p{L}\n]{0,3}(?:the\s+)?$/u;

/**
 * The word before a name, through an article: "said the Lory" gives "said". What WORD_BEFORE finds in
 * the 34 characters before `pos`, read by character codes (the pattern, tried at every offset, was a
 * tenth of the analysis): the first word there followed by at most three characters that are neither
 * letters nor line breaks, and then an optional "the" and spaces, up to `pos`.
 */
function wordBefore(text: string, pos: number): string {
  const lo = Math.max(0, pos - 34);
  for (let i = lo; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const m = WORD_BEFORE.exec(text.slice(lo, pos));
      return m ? m[1]!.toLowerCase() : '';
    }
  }
  // Where the trailing spaces begin (for "the\s+$").
  let spacesFrom = pos;
  while (spacesFrom > lo && isRegExpSpace(text.charCodeAt(spacesFrom - 1))) spacesFrom--;
  const tailFits = (q: number): boolean => {
    for (let k = 0; k <= 3; k++) {
      const r = q + k;
      if (r === pos) return true;
      if (r + 3 < pos && r + 3 >= spacesFrom && text.startsWith('the', r)) return true;
      const c = text.charCodeAt(r);
      if (c === 10 || letterWidth(text, r) > 0) return false;
    }
    return false;
  };
  for (let p = lo; p < pos; p++) {
    if (letterWidth(text, p) === 0 || (p > lo && letterWidth(text, p - 1) > 0)) continue;
    let end = p;
    while (end < pos && letterWidth(text, end) > 0) end++;
    for (let q = end; q > p; q--) if (tailFits(q)) return text.slice(p, q).toLowerCase();
  }
  return '';
}

/** The word after a name, past up to three spaces or commas: what /^[\s,]{0,3}([\p{L}]+)/u finds in the next 30 characters. */
function wordAfter(text: string, pos: number): string {
  const end = Math.min(text.length, pos + 30);
  let i = pos;
  while (i < end && i - pos < 3 && (text.charCodeAt(i) === 44 || isRegExpSpace(text.charCodeAt(i)))) i++;
  let j = i;
  for (;;) {
    const w = letterWidth(text, j);
    if (w === 0 || j + w > end) break;
    j += w;
  }
  return j > i ? text.slice(i, j).toLowerCase() : '';
}

/**
 * Collect, for each printed form, how it is used: how often mid-sentence, whether it takes person
 * verbs or speech verbs ("said Elizabeth"), place prepositions ("at Longbourn"), and which pronoun
 * follows it in narration (for gender).
 */
export function collectFormStats(
  text: string,
  occurrences: readonly NameOccurrence[],
): Map<string, FormStats> {
  const stats = new Map<string, FormStats>();
  for (const o of occurrences) {
    let s = stats.get(o.form);
    if (!s) {
      s = {
        form: o.form,
        honorific: o.honorific,
        words: o.words,
        count: 0,
        quoted: 0,
        tagged: 0,
        taggedAfterQuote: 0,
        nonInitial: 0,
        personScore: 0,
        placeScore: 0,
        maleVotes: 0,
        femaleVotes: 0,
        looseMaleVotes: 0,
        looseFemaleVotes: 0,
        printedTitles: new Map(),
      };
      stats.set(o.form, s);
    }
    s.count++;
    if (o.inQuote) s.quoted++;
    if (o.printedTitle) s.printedTitles.set(o.printedTitle, (s.printedTitles.get(o.printedTitle) ?? 0) + 1);
    if (!o.sentenceInitial) s.nonInitial++;
    const before = wordBefore(text, o.start);
    const after = wordAfter(text, o.end);
    if (o.honorific) {
      s.personScore += 2;
    }
    const verbBefore = SPEECH_VERBS.has(before);
    const verbAfter = SPEECH_VERBS.has(after);
    if (!o.inQuote && verbBefore) s.personScore += 3;
    if (!o.inQuote && verbAfter) s.personScore += 2;
    if (o.scriptLabel) s.personScore += 3;
    if (!o.inQuote && (o.scriptLabel || verbBefore || verbAfter)) {
      s.tagged++;
      if (tagAfterQuote(text, o.start, verbBefore, verbAfter)) s.taggedAfterQuote++;
    } else if (STRONG_PERSON_VERBS.has(after)) s.personScore += 1;
    else if (PERSON_VERBS.has(after)) s.personScore += 0.25;
    if (PLACE_PREPOSITIONS.has(before) && !o.honorific) s.placeScore += 1;
    const last = o.words[o.words.length - 1]!.toLowerCase();
    // "Mrs. Hall", "Mr. Wood": a surname that is a place noun is still a surname after a title only
    // people take ("Sir"/"Lord"/"St." also head places: "St. James's Hall").
    if (PLACE_NOUNS.has(last) && !(o.honorific && PERSON_ONLY_TITLES.has(o.honorific))) s.placeScore += 3;
    if (o.inQuote) {
      // Vocative: "…, Lizzy!" / "Mr. Darcy, …"
      const prevChar = text.slice(Math.max(0, o.start - 2), o.start).trim();
      const nextChar = text[o.end];
      if (
        (prevChar === ',' || prevChar === '"' || prevChar === '\u201c' || prevChar === '') &&
        /[,!?]/.test(nextChar ?? '')
      )
        s.personScore += 1;
    } else if (!o.scriptLabel) {
      const [g, weight] = o.subject ? followingPronounGender(text, o.end) : participleGender(text, o.end);
      if (g === 'male') s.maleVotes += weight;
      else if (g === 'female') s.femaleVotes += weight;
      else if (!o.subject && noOtherSubjectBefore(text, o.start)) {
        const [loose] = followingPronounGender(text, o.end);
        if (loose === 'male') s.looseMaleVotes++;
        else if (loose === 'female') s.looseFemaleVotes++;
      }
    }
  }
  return stats;
}

/** A quotation's close, then the verb ("”, says |"), or right before the name ("” |Hope said"). */
const CLOSE_THEN_VERB = /[\u201d"\u2019'][ \t]*\r?\n?[ \t]*\p{L}+[ \t]+$/u;
const CLOSE_THEN_NAME = /[\u201d"\u2019'][ \t]*\r?\n?[ \t]*$/u;

function tagAfterQuote(text: string, start: number, verbBefore: boolean, verbAfter: boolean): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return (verbBefore && CLOSE_THEN_VERB.test(before)) || (verbAfter && CLOSE_THEN_NAME.test(before));
}
