import type { Book } from '../book/types.js';
import {
  FUNCTION_WORDS,
  HONORIFICS,
  NOT_NAMES,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  SENTENCE_CONNECTIVES,
} from '../lexicon.js';
import { LETTERS, LOWERS, UPPERS } from '../text/letters.js';
import type { Cast } from './attribute/cast.js';
import { isGivenName } from './attribute/names.js';
import { type BookIndex, postingCount, postingsAt } from './locate/book-index.js';
import { isEnglishWord } from './locate/english.js';
import { normWord, STOPWORDS } from './locate/words.js';
import type { ReviewDocument } from './review/document.js';
import type { CheckedQuote, NameInReview, ReviewWarning } from './types.js';

/** Where a sentence, a list item or a heading starts with a capital. */
const SENTENCE_START = new RegExp(
  String.raw`(?:^|[.!?:]["”’)\]]*\s+|\n\s*(?:[#>*+-]+\s*|\d+[.)]\s*)?)(?=[${UPPERS}])`,
  'gu',
);
/** What lies between words (an apostrophe is part of one). */
const NOT_A_WORD = new RegExp(`[^${LETTERS}'’]+`, 'u');
/** A word in lower case next. */
const LOWER_CASE_WORD_NEXT = new RegExp(String.raw`^\s+[${LOWERS}]`, 'u');
/** Two or three capitalised words and nothing else: a name alone on its line. */
const NAME_ALONE = new RegExp(
  String.raw`^(?:[${UPPERS}][${LETTERS}'’-]*\.?\s+){1,2}[${UPPERS}][${LETTERS}'’-]*$`,
  'u',
);
/** "by", initials at most between, right before a name: a byline. */
const BY_BEFORE = new RegExp(String.raw`\bby\s*(?:[${UPPERS}]\.\s*){0,3}$`, 'iu');
/** An initial right after a name ("Linda R."). */
const INITIAL_AFTER = new RegExp(String.raw`^\s+[${UPPERS}]\.(?![${LETTERS}])`, 'u');

/**
 * The check's names stage: the people and places a review names outside its quotations, each looked
 * up in the book (its word index, and the cast for the character it means), so a review that names
 * someone the book never mentions — an AI summary's invented character, a review of another book —
 * shows. A name is judged only where the review talks about the story: names in a sentence about
 * the book as a work (its author, critics, films, editions: `REAL_WORLD_CUE`) are listed, not judged.
 */

/** A capitalised word: a capital, then lower-case letters (CamelCase site names and ALL CAPS are not names here). */
const WORD = `[${UPPERS}][${LOWERS}'’]*[${LOWERS}]`;
/** A name: up to four capitalised words, "de"/"van"/"von" between them, an optional title before. */
const NAME_RE = new RegExp(
  String.raw`(?<![${LETTERS}\p{N}'’.-])(?:(${[...HONORIFICS.keys()].map((h) => h[0]!.toUpperCase() + h.slice(1).replace('.', '')).join('|')})\.?[ \t]+)?(${WORD}(?:(?:[ \t]+(?:de|van|von|la|le|du))?[ \t]+${WORD}){0,3})(?![${LETTERS}\p{N}])`,
  'gu',
);
/** A sentence about the book as a work, or about people outside it (and the sites that quote it): its names are not judged. */
const REAL_WORLD_CUE =
  /\b(?:author|authors|novelist|writer|writers|critic|critics|reviewer|poet|playwright|director|directed|film|films|movie|adaptation|starring|actor|actress|professor|scholar|published|publisher|publication|wrote|writes|written|essay|translat\w*|edition|biograph\w*|prize|award|university|interview|podcast|bestseller|series|sequel|reader|readers|posted|comments?|reply|replied|likes?|share|subscribe|copyright|educator|teacher|student|class|club|\d{4}|wikiquote|wikipedia|goodreads|quizlet|reddit|tumblr|twitter|substack|shmoop|gradesaver|litcharts|sparknotes|cliffsnotes|enotes|kindle|gutenberg|youtube|tiktok|instagram)\b|\bsays:|\bby\s*$/i;
/**
 * Right after a name the book never mentions, words that make it an author or a critic, not someone
 * in the story: "Austen opens with irony", "Tanner argues", "Austen's narrator". Read only for such
 * names (a character of the book who "writes a letter" stays a character). Up to three words between
 * the possessive and the work: "Conan Doyle's most famous Holmes novel".
 */
const AUTHORIAL_AFTER = new RegExp(
  String.raw`^(?:['’]s\s+[*_]|['’]s\s+(?:(?:[${LOWERS}]+|[${UPPERS}][${LOWERS}]+)[\s-]+){0,3}(?:novels?|prose|style|irony|narrator|narration|heroines?|heroes|hero|protagonists?|writing|works?|fiction|satire|language|oeuvre|career|contemporaries)\b` +
    // "(Stevenson 12)": an MLA citation, a page after the name
    String.raw`|\s+(?:p\.\s*)?\d{1,4}(?:[-–]\d{1,4})?\s*\)` +
    // "Mary Shelley frames her novel", "Dickens tells his story": the writer at work on the book
    String.raw`|\s+[${LOWERS}]+s\s+(?:her|his|their|the)\s+(?:novel|book|story|narrative|tale)\b` +
    // "Austen has Mr. Bennet say", "Austen gives Mr. Collins the line", "Austen puts these words in
    // Elizabeth's mouth": the writer hands a character the words
    String.raw`|\s+(?:has|had|makes|made|lets)\s+(?:[${UPPERS}][${LETTERS}.]*\s+){1,3}(?:say|speak|declare|ask|tell|reply|remark|exclaim|observe|cry|announce|admit|confess)\b` +
    String.raw`|\s+(?:gives|gave|hands|handed)\s+(?:[${UPPERS}][${LETTERS}.]*\s+){1,3}(?:the|these|this|a)\s+(?:[${LOWERS}]+\s+)?(?:line|lines|words|speech)\b` +
    String.raw`|\s+puts\s+(?:these|the|those|such)\s+words\b` +
    String.raw`|\s+(?:(?:also|often|here|then|famously|memorably|ironically|cleverly|deftly|subtly|repeatedly)\s+)?` +
    String.raw`(?:argue[sd]?|contend(?:s|ed)?|writes|wrote|portray(?:s|ed)|depict(?:s|ed)|satiri[sz]e[sd]?|critique[sd]?|paint(?:s|ed)|craft(?:s|ed)|employ(?:s|ed)|(?:open|close|end)(?:s|ed)?\s+(?:(?:the|her|his|their)\s+(?:novel|book|chapter|story)\s+)?(?:with|on|in)|beg(?:ins|an)\s+(?:(?:the|her|his|their)\s+(?:novel|book|chapter|story)\s+)?(?:with|in)|invite[sd]?\s+(?:us|the\s+reader|readers))\b)`,
  'iu',
);
/**
 * "Frances Hodgson Burnett's The Secret Garden": the name owns the book's title, so it is the
 * author's (an HTML page's italics are gone by now, and the book may not know its author).
 */
function ownsTheBook(text: string, end: number, title: string | null): boolean {
  const words = (title ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return false;
  // "Agatha Pell's The Winter Clock"; "― Emmuska Orczy, The Scarlet Pimpernel" (a quote page's citation).
  const after = /^(?:['’]s\s+|,\s*)[*_"“‘]*([^\n]*)/u.exec(text.slice(end, end + 20 + (title?.length ?? 0)));
  const owned = (after?.[1] ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((w, i) => owned[i] === w);
}

/** Right before a name, opening a line: a greeting ("Hi ", "Dear ", "Thanks, ", "@"). */
const GREETING_BEFORE =
  /(?:^|\n)[ \t>*_]*(?:(?:Hi|Hello|Hey|Dear|Thanks|Thank\s+you|Cheers|Welcome|Good\s+(?:morning|afternoon|evening))[,!]?[ \t]+(?:@[ \t]*)?|@[ \t]*)$/i;

/** Right before a name: "according to Tanner", "as Tanner puts it". */
const AUTHORIAL_BEFORE = /\baccording\s+to\s+$/i;

/** Characters in a line read whole for real-world cues (see `namesInReview`). */
const SHORT_LINE = 100;
/** "Victorian society", "Gothic novel": an adjective of a people or a period, not a name. */
const ADJECTIVE_ENDING = /(?:ian|ean|ese|ish|ic|esque|ist|ism)$/;

interface Mention {
  name: string;
  words: string[];
  start: number;
  end: number;
}

function sentenceStarts(text: string): Set<number> {
  const starts = new Set<number>();
  for (const m of text.matchAll(SENTENCE_START)) starts.add(m.index + m[0].length);
  return starts;
}

/** The paragraph around `at` (a blank line ends one; a Markdown line break does not). */
function paragraphAround(text: string, at: number): { from: number; to: number } {
  const before = text.slice(0, at).search(/\n[^\S\n]*\n(?![\s\S]*\n[^\S\n]*\n)/);
  const from = before < 0 ? 0 : before + 1;
  const after = /\n[^\S\n]*\n/.exec(text.slice(at));
  return { from, to: after ? at + after.index : text.length };
}

/** The sentence around `at` (for its real-world cues), within its paragraph. */
function sentenceAround(text: string, at: number): string {
  const p = paragraphAround(text, at);
  let from = p.from;
  for (const m of text.slice(p.from, at).matchAll(/[.!?]["”’)]*\s+/g)) from = p.from + m.index + m[0].length;
  const end = /[.!?](?:\s|$)/.exec(text.slice(at, p.to));
  return text.slice(from, end ? at + end.index + 1 : p.to);
}

function lineAround(text: string, at: number): string {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  return text.slice(from, to < 0 ? text.length : to);
}

function mentionsIn(text: string, quotes: readonly CheckedQuote[]): Mention[] {
  const inQuote = (i: number) => quotes.some((q) => q.reviewParts.some((p) => i >= p.start && i < p.end));
  const out: Mention[] = [];
  for (const m of text.matchAll(NAME_RE)) {
    const start = m.index + (m[0].length - m[2]!.length);
    if (inQuote(start)) continue;
    // Leading words that are never names ("When Elizabeth", "The Bennets") are not part of the name.
    const words = m[2]!.split(/\s+/);
    let skip = 0;
    while (skip < words.length && NOT_NAMES.has(words[skip]!.toLowerCase())) skip++;
    // "Burnett's The Secret Garden", "Darcy's Letter": a possessive ends the name, and the
    // capitalised words after it are what the person owns (the cues after the name read them).
    const possessive = words.findIndex((w, k) => k >= skip && /['’]s$/.test(w));
    const upTo = possessive < 0 ? words.length : possessive + 1;
    if (upTo <= skip) continue;
    // Where each word starts in the match.
    const at: number[] = [];
    for (let k = 0, from = 0; k < words.length; k++) {
      at.push(m[2]!.indexOf(words[k]!, from));
      from = at[k]! + words[k]!.length;
    }
    // "Then Lady Russell", "Afterwards Captain Wentworth": a title after the words left out is the
    // name's title, as one opening the match is.
    let titleWord = -1;
    if (!(skip === 0 && m[1])) {
      if (skip > 0 && HONORIFICS.has(words[skip - 1]!.toLowerCase())) titleWord = skip - 1;
      else if (upTo - skip > 1 && HONORIFICS.has(words[skip]!.toLowerCase())) titleWord = skip++;
    }
    const kept = words.slice(skip, upTo).map((w) => w.replace(/['’]s$/, ''));
    const title =
      skip === 0 && m[1]
        ? m[0].slice(0, m[0].length - m[2]!.length).replace(/\s+/g, ' ')
        : titleWord >= 0
          ? `${words[titleWord]} `
          : '';
    // Where the last kept word ends in the text, before its possessive.
    const end = start + at[upTo - 1]! + words[upTo - 1]!.length;
    out.push({
      name: `${title}${kept.join(' ')}`,
      words: kept,
      start: skip === 0 ? m.index : start + at[titleWord >= 0 ? titleWord : skip]!,
      end: end - (possessive >= 0 ? 2 : 0),
    });
  }
  return out;
}

/** The one-word connectives that open a writer's sentence ("Later", "Elsewhere", "Soon"), in lower case. */
const OPENERS: ReadonlySet<string> = new Set(
  SENTENCE_CONNECTIVES.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()),
);

/**
 * "Later Edmund Blackwood", "Soon Louisa Musgrove": a connective, a function word or another word of
 * English that opens the sentence before a name is not part of it, unless the book uses the word as a
 * name or it is a title ("Captain Rook"). A title left opening the name is the name's title again
 * ("Later Lady Russell" is "Lady Russell").
 */
function withoutOpeningWord(m: Mention, starts: ReadonlySet<number>, ctx: NamesContext): Mention {
  if (!starts.has(m.start) || m.words.length < 2 || m.name !== m.words.join(' ')) return m;
  const first = normWord(m.words[0]!);
  if (HONORIFICS.has(first)) return m;
  const opener =
    OPENERS.has(first) || FUNCTION_WORDS.has(first) || (isEnglishWord(first) && !usedAsName(first, ctx));
  if (!opener) return m;
  const rest = m.words.slice(1);
  const at = m.start + m.name.indexOf(rest[0]!, m.words[0]!.length);
  const titled = rest.length > 1 && HONORIFICS.has(normWord(rest[0]!));
  return { name: rest.join(' '), words: titled ? rest.slice(1) : rest, start: at, end: m.end };
}

export interface NamesContext {
  book: Book;
  index: BookIndex;
  cast: Cast;
}

/**
 * How often the book prints a name's word, its possessive too: the book's index keeps "Jackson's"
 * (of "Jackson's Island") as one word, "jacksons", and a review's "Jackson's Island" names Jackson.
 */
function bookCount(word: string, index: BookIndex): number {
  const count = (w: string) => postingCount(index, index.idOf.get(w) ?? -1);
  return count(word) + (word.endsWith('s') ? 0 : count(`${word}s`));
}

/** Uses of a word read to tell whether the book writes it as a name (enough for a sure answer). */
const NAME_USES_READ = 400;
const namesOfBook = new WeakMap<BookIndex, Map<string, boolean>>();

/**
 * Whether the book writes a word (lower case, its possessive too) as a name: capitalised
 * mid-sentence at least once, and at least as often as in lower case — "Lyme", "Bath" in a novel
 * that goes there, not "new" or "later", which a sentence's opening capital alone does not make names.
 */
function usedAsName(word: string, ctx: NamesContext): boolean {
  let known = namesOfBook.get(ctx.index);
  if (!known) {
    known = new Map();
    namesOfBook.set(ctx.index, known);
  }
  let answer = known.get(word);
  if (answer !== undefined) return answer;
  let capitalMid = 0;
  let lower = 0;
  const text = ctx.book.text;
  for (const form of word.endsWith('s') ? [word] : [word, `${word}s`]) {
    const at = postingsAt(ctx.index, ctx.index.idOf.get(form) ?? -1);
    for (let k = 0; k < at.length && k < NAME_USES_READ; k++) {
      const start = ctx.index.starts[at[k]!]!;
      const first = text[start]!;
      if (first === first.toLowerCase()) {
        lower++;
        continue;
      }
      let j = start - 1;
      while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n')) j--;
      const before = j >= 0 ? text[j]! : '.';
      if (before === ',' || before === ';' || (before !== before.toUpperCase() && /\p{L}/u.test(before)))
        capitalMid++;
    }
  }
  answer = capitalMid > 0 && capitalMid >= lower;
  known.set(word, answer);
  return answer;
}

/**
 * "in Bath", "falls at Lyme": a word of English capitalised after a preposition of place, which the
 * book writes as a name, names a place of the book.
 */
function placeOfTheBook(text: string, m: Mention, norms: readonly string[], ctx: NamesContext): boolean {
  const before = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, m.start - 16), m.start));
  return (
    before !== null &&
    PLACE_PREPOSITIONS.has(before[1]!.toLowerCase()) &&
    norms.every((w) => usedAsName(w, ctx))
  );
}

/** The names of the review (outside its quotations), each once, in the order first named. */
export function namesInReview(
  doc: ReviewDocument,
  quotes: readonly CheckedQuote[],
  ctx: NamesContext,
): NameInReview[] {
  const text = doc.text;
  const starts = sentenceStarts(text);
  const mentions = mentionsIn(text, quotes);
  const midSentence = new Set(mentions.filter((m) => !starts.has(m.start)).map((m) => m.name));
  const aboutTheWork = new Set(
    [ctx.book.metadata.title ?? '', ctx.book.metadata.author ?? '']
      .flatMap((s) => s.split(NOT_A_WORD))
      .map((w) => normWord(w.replace(/['’]s$/, '')))
      .filter((w) => w.length > 0),
  );
  const byName = new Map<string, NameInReview>();
  /** Each name's own words (the title's and author's left out), and the words of names read as an author's. */
  const ownWords = new Map<string, string[]>();
  const authorsWords = new Set<string>();
  for (const m of mentions.map((x) => withoutOpeningWord(x, starts, ctx))) {
    const norms = m.words.map((w) => normWord(w));
    const titled = m.name !== m.words.join(' ');
    const own = norms.filter((w) => !aboutTheWork.has(w) && !STOPWORDS.has(w) && !NOT_NAMES.has(w));
    if (own.length === 0) continue;
    // Capitalised words of English only ("Key Themes", "United Kingdom", "Related Characters"): a
    // heading or a page's furniture as often as a name, and cannot be told from one.
    if (
      own.every((w) => isEnglishWord(w)) &&
      !titled &&
      !ctx.cast.characterNamed(m.name) &&
      (starts.has(m.start) || !placeOfTheBook(text, m, norms, ctx))
    ) {
      continue;
    }
    const single = m.words.length === 1 && !titled;
    const lower = norms[0]!;
    // A capital that only opens a sentence ("Although", "Perhaps") is no name; a word of English
    // capitalised mid-sentence ("Hope", "Gothic") may be, but cannot be told from the word: left out.
    if (single && (NOT_NAMES.has(lower) || STOPWORDS.has(lower))) continue;
    if (single && isEnglishWord(lower) && !ctx.index.idOf.has(lower)) continue;
    if (single && starts.has(m.start) && !midSentence.has(m.name) && isEnglishWord(lower)) continue;
    if (single && ADJECTIVE_ENDING.test(lower) && LOWER_CASE_WORD_NEXT.test(text.slice(m.end, m.end + 3)))
      continue;
    const known = byName.get(m.name);
    if (known) {
      known.reviewMentions++;
      // "Lawrence sets the scene … (Lawrence 34)": a later mention may show the name is the author's.
      if (!known.inBook && authorialAt(text, m, ctx))
        for (const w of ownWords.get(m.name) ?? []) authorsWords.add(w);
      continue;
    }
    const bookMentions = norms.reduce((n, w) => n + bookCount(w, ctx.index), 0);
    const character = ctx.cast.characterNamed(m.name);
    // A name alone on its line is a byline, a heading or a commenter's name, not talk about the story.
    // (or with a first word read apart: an essay's "Jordan Reyes" above its class and date, probe
    // round AF234)
    const line = lineAround(text, m.start).replace(/^[\s#>*+\-|]+|[\s:|*]+$/g, '');
    const alone = line === text.slice(m.start, m.end) || NAME_ALONE.test(line);
    const para = paragraphAround(text, m.start);
    // A short paragraph (a byline, a caption, a commenter's line) is read whole; a longer one by its sentence.
    const around =
      para.to - para.from <= SHORT_LINE ? text.slice(para.from, para.to) : sentenceAround(text, m.start);
    // ("Reviewed by T. Okafor": initials between, probe round AF234)
    const byline = BY_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
    // "Linda R." — a commenter's or a poster's handle (a first name and an initial), not a character.
    const handle = INITIAL_AFTER.test(text.slice(m.end, m.end + 5));
    // "Hi Marta, I had the same trouble…": the one a forum reply or a letter greets, not a
    // character (probe round AF245: warned of as someone the book never mentions).
    const greeted = GREETING_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
    const story = !alone && !byline && !handle && !greeted && !REAL_WORLD_CUE.test(around);
    // A full name is the book's when its last word (the family name) is: a given name the book uses
    // for someone else ("Edmund") does not make "Edmund Blackwood" one of its people. A name is the
    // book's too when it has a word that the book writes as a name, and not as someone's given name:
    // "Lyme Regis" where the book goes to "Lyme" (not "New Amsterdam" where it only says "new"). A place
    // is the book's by its own words, not by its "Hall" or "Street": "Quellmoor Hall" is not.
    let core = own;
    while (core.length > 1 && PLACE_NOUNS.has(core[core.length - 1]!)) core = core.slice(0, -1);
    const last = core[core.length - 1]!;
    const inBook =
      character !== null ||
      bookCount(last, ctx.index) > 0 ||
      (own.length === 1 && bookCount(own[0]!, ctx.index) > 0) ||
      core.some((w) => !isGivenName(w) && ctx.cast.charactersNamed(w).length === 0 && usedAsName(w, ctx));
    const authorial = !inBook && authorialAt(text, m, ctx);
    if (authorial) for (const w of own) authorsWords.add(w);
    byName.set(m.name, {
      name: m.name,
      character: character?.name ?? null,
      inBook,
      judged: story && !authorial,
      bookMentions,
      reviewMentions: 1,
      reviewLine: doc.lineAt(m.start),
      reviewSpan: { start: m.start, end: m.end },
    });
    ownWords.set(m.name, own);
  }
  // "Emily Brontë's Wuthering Heights … Brontë suggests": the author named once in full is the
  // author again by a part of that name, wherever the page first names them so.
  for (const entry of byName.values()) {
    const own = ownWords.get(entry.name)!;
    if (!entry.inBook && own.every((w) => authorsWords.has(w))) entry.judged = false;
  }
  return [...byName.values()];
}

/** The words around a name make it an author's or a critic's: "Tanner argues", "(Stevenson 12)", "Burnett's The Secret Garden". */
function authorialAt(text: string, m: { start: number; end: number }, ctx: NamesContext): boolean {
  return (
    AUTHORIAL_AFTER.test(text.slice(m.end, m.end + 60)) ||
    AUTHORIAL_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) ||
    ownsTheBook(text, m.end, ctx.book.metadata.title)
  );
}

/** `review/names-not-in-book`: the names the review gives in talking about the story that the book never mentions. */
export function namesWarning(names: readonly NameInReview[]): ReviewWarning | null {
  const missing = names.filter((n) => n.judged && !n.inBook);
  if (missing.length === 0) return null;
  const list = missing.map((n) => `${n.name} (line ${n.reviewLine})`).join(', ');
  const one = missing.length === 1;
  return {
    ruleId: 'review/names-not-in-book',
    reason: `the review names ${one ? 'someone or somewhere' : `${missing.length} people or places`} the book never mentions: ${list}: ${one ? 'is it' : 'are they'} invented, or from another book?`,
    severity: 'warning',
    line: missing[0]!.reviewLine,
  };
}
