import { abbreviatedTitleAlternation, HONORIFICS, MENTION_CUE } from '../lexicon.js';
import { LETTERS, UPPERS } from '../text/letters.js';
import { cleanName } from './credits/name-pattern.js';
import type { BookIndex } from './locate/book-index.js';
import { wordsOf } from './locate/words.js';
import { withoutSubtitle } from './review/sources.js';
import type { Credit, QuoteKind } from './types.js';

/**
 * Stage 3 of the check, classify. What kind of quotation this is, from the quotation itself and the words around it:
 * `external` (credited to a critic, a newspaper, the author in an interview: not in the novel),
 * `title` (of the novel, a chapter, an essay), `term` (a word or short phrase in scare quotes),
 * `passage` (everything else: words from the book). What the words around a quotation suggest is
 * checked against the book: a line credited to a critic, cited like a scholar's source, or credited
 * to someone the book never names is searched first and is the book's words if the book has it
 * (writers cite the novel too: "(Austen 12)", "as Bloom notes, …"); only if it does not is it
 * `external`. Likewise a title-like phrase the book contains is a passage. That second decision is
 * made once the book has been searched (locate/index.ts, `ifAbsent`).
 */

export interface ClassifyInput {
  /** The quotation as written. */
  text: string;
  wordCount: number;
  block: boolean;
  /** The quotation stands in a heading of the page ("# The Moonstone — “Who Said It?” Worksheet"). */
  inHeading?: boolean;
  /** The quotation stands in the essay's list of sources ("Works Cited", "Bibliography"): an article's title. */
  inReferences?: boolean;
  /** The sentence text before and after the quotation. */
  before: string;
  after: string;
  /** The name the writer credits the quotation to, as written (the author's too), or null. */
  claimedSpeaker: string | null;
  /** What the credits stage took the name to be: a character, the narrator, the novel's author. */
  creditKind: Credit['kind'] | null;
  /** True when the credit names no one the book knows: no word of the name occurs in the book. */
  speakerUnknownToBook: boolean;
  bookTitle: string | null;
  bookAuthor: string | null;
  /** The book's chapter headings as printed ("ADVENTURE I. A SCANDAL IN BOHEMIA"); none if absent. */
  chapterTitles?: readonly string[];
  /** Whether a name is one of the book's people (its cast): "Mina's journal" is hers, not a critic's. */
  isBookPerson?: (name: string) => boolean;
}

export interface Classification {
  kind: QuoteKind;
  reason: string;
  /**
   * What the quotation is if the book does not contain it: a title-like phrase may be words from the
   * book, and a line credited to someone the book never names may still be the author's own words.
   */
  ifAbsent: { kind: QuoteKind; reason: string } | null;
}

/** "Mr." and "St.": a full stop that makes no sentence. */
const ABBREVIATED = new RegExp(`\\b(?:${abbreviatedTitleAlternation(true)})\\.`, 'g');
const PUBLICATION = new RegExp(
  String.raw`\b(?:The\s+)?(?:New\s+York\s+Times|New\s+Yorker|Guardian|Observer|Spectator|Atlantic|Telegraph|Independent|Times\s+Literary\s+Supplement|TLS|Washington\s+Post|Los\s+Angeles\s+Times|Paris\s+Review|London\s+Review\s+of\s+Books|LRB|New\s+York\s+Review\s+of\s+Books|Kirkus|Publishers\s+Weekly|Economist|Times|Nation|New\s+Republic|Harper's|Vogue|Time\s+magazine|Quarterly\s+Review|Edinburgh\s+Review|(?:[${UPPERS}][${LETTERS}]+\s+)+(?:Review|Post|Magazine|Journal|Quarterly|Tribune|Herald|Gazette|Chronicle))\b`,
  'u',
);
const CRITIC_WORDS =
  /\b(?:critic|critics|reviewer|reviewers|scholar|scholars|professor|biographer|biography|interview|interviewer|podcast|lecture|essayist|blurb|obituary|newspaper|magazine|journal|preface|introduction|foreword|afterword|editor|translator|publisher|memoir|acceptance speech|Nobel)\b|\b(?:in|from)\s+(?:his|her|their|an?)\s+(?:\d{4}\s+)?(?:essay|article|review|study|book|biography|lecture|interview|letter)\b/i;
/**
 * A word of criticism or publishing in the sentence, not one of the book's people's own papers: "And
 * Mina's journal sums up her married life: “Reader, I married him.”" is Dracula's Mina (probe round
 * AF88: said outside the book, and not checked, so a line of another novel was not reported).
 */
function criticWordOutside(sentence: string, isBookPerson?: (name: string) => boolean): boolean {
  const m = CRITIC_WORDS.exec(sentence);
  if (!m) return false;
  // ("And Mina's": the sentence's opening word is no part of the name; cleanName drops it)
  const written = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)['’]s?\s+$/u.exec(
    sentence.slice(0, m.index),
  )?.[1];
  const owner = written ? cleanName(written)?.name : undefined;
  return !(owner && isBookPerson?.(owner));
}
/** A citation right after the quotation: "(1925)", "(Bloom 12)", "(Bloom, p. 12)"; the name is `cited`. */
const CITATION_AFTER = new RegExp(
  String.raw`^\s*[”"’']?\s*\((?:[^()]*\b(?:1[5-9]|20)\d\d\b[^()]*|(?<cited>[${UPPERS}][${LETTERS}]+),?\s+(?:p\.\s*)?\d+)\)`,
  'u',
);
const TITLE_CUE =
  /\b(?:titled|entitled|called|named|chapter|essay|article|poem|story|stories|novel|novella|book|film|movie|adaptation|song|play|collection|sequel|volume)\s*$/i;
const SMALL_WORDS = new Set(
  'a an the and or but nor of in on at to for by with from as into upon over under de la le von van'.split(
    ' ',
  ),
);

function isTitleCase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0) return false;
  if (/[.!?,;:]$/.test(text.trim())) return false;
  let capitalised = 0;
  for (const [i, w] of words.entries()) {
    const clean = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (clean.length === 0) continue;
    if (/^\p{N}/u.test(clean)) continue;
    if (i > 0 && SMALL_WORDS.has(clean.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(clean)) return false;
    capitalised++;
  }
  return capitalised >= 1;
}

/** A heading without its label and number: "ADVENTURE I. A SCANDAL IN BOHEMIA" → "A SCANDAL IN BOHEMIA". */
function headingName(heading: string): string {
  return heading
    .replace(
      /^(?:chapter|adventure|book|part|section|letter|volume|canto|stave|story)\s+[\dIVXLCivxlc]+\b[.:—–-]?\s*/i,
      '',
    )
    .replace(/^[\dIVXLC]+[.:)]\s+/, '');
}

/** A phrase reduced to its words, lower case: titles and quotations are compared so. */
function wordsKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The quoted words are the book's title, or its main title without the subtitle: "The Red Badge of
 * Courage" for "The Red Badge of Courage: An Episode of the American Civil War", a subtitle a
 * library's title may carry without its colon (probe round Y2: the title after an author credit was
 * reported as an altered passage). A shorter start of the title counts only in title case and of
 * three words or more ("Pride and" is no title).
 */
function namesTheBook(text: string, key: string, title: string): boolean {
  const full = wordsKey(title);
  if (key === full || key === wordsKey(withoutSubtitle(title))) return true;
  return text.trim().split(/\s+/).length >= 3 && full.startsWith(`${key} `) && isTitleCase(text);
}

/**
 * The chapters' own names as wordsKey reduces them, made once per list of headings: the check asks
 * for every quotation, and reducing every heading each time was ~30 ms of a one-shot check.
 */
const CHAPTER_NAMES = new WeakMap<readonly string[], ReadonlySet<string>>();
function chapterNames(titles: readonly string[]): ReadonlySet<string> {
  let names = CHAPTER_NAMES.get(titles);
  if (!names) {
    names = new Set(titles.map((t) => wordsKey(headingName(t))));
    CHAPTER_NAMES.set(titles, names);
  }
  return names;
}

/**
 * A citation after the quotation that names a source outside the novel: "(Bloom 12)", not "(Hardy
 * 34)" in an essay on a novel by Thomas Hardy, the page of the novel itself (a line the book does not
 * have is then not found, not "said elsewhere").
 */
function citesAnotherSource(after: string, author: string | null): boolean {
  const m = CITATION_AFTER.exec(after);
  if (!m) return false;
  const cited = m.groups?.cited?.toLowerCase();
  const authorWords = author?.toLowerCase().split(/[\s,.]+/) ?? [];
  return !(cited && authorWords.includes(cited));
}

export function classifyQuote(q: ClassifyInput): Classification {
  const { text, before, after } = q;
  const key = wordsKey(text);
  if (q.bookTitle && namesTheBook(text, key, q.bookTitle)) {
    return { kind: 'title', reason: 'the title of the book', ifAbsent: null };
  }
  // "In “A Scandal in Bohemia”, Holmes…": a chapter's (or a story's) own title, not a passage;
  // unless the writer sets the words off as a character's line, with its "!" or "?" or on its own
  // (“The Young Adventurers, Ltd.!”, a chapter named after a line of its own).
  const credited = q.creditKind === 'character' || q.creditKind === 'narrator';
  const spoken = credited && (q.block || /[!?][”"’']?\s*$/.test(text));
  // (with its own chapter label too: "Chapter 1: A Not Unnatural Enterprise" over a quote list,
  // probe round AF210, was reported as a quotation found word for word)
  if (
    !spoken &&
    q.wordCount >= 2 &&
    q.chapterTitles &&
    (chapterNames(q.chapterTitles).has(key) || chapterNames(q.chapterTitles).has(wordsKey(headingName(text))))
  ) {
    return { kind: 'title', reason: 'the title of a chapter', ifAbsent: null };
  }
  const sentence = `${before} ${after.split(/(?<=[.!?])\s/)[0] ?? ''}`;
  // Cited like a source, or credited to a critic, a publication or the author outside the novel:
  // said outside the book, unless the book has the words.
  const cited = citesAnotherSource(after, q.bookAuthor);
  // ("Some critics hear an echo here; Dobbin even tells her, “…”": a line credited to one of the
  // book's people is theirs, whoever else the sentence names)
  const creditedOutside =
    !q.block &&
    (PUBLICATION.test(before) ||
      PUBLICATION.test(after.slice(0, 60)) ||
      (!credited && criticWordOutside(sentence, q.isBookPerson)));
  const outside = cited
    ? { kind: 'external' as const, reason: 'followed by a citation' }
    : creditedOutside
      ? { kind: 'external' as const, reason: 'credited to a critic, a publication or an interview' }
      : creditedToOutsider(q);
  const titleCase = !q.block && q.wordCount >= 1 && q.wordCount <= 12 && isTitleCase(text);
  if (titleCase && TITLE_CUE.test(before.replace(/[\s,:]+$/, ''))) {
    return { kind: 'title', reason: 'a title (named as one)', ifAbsent: null };
  }
  // "# TESS — “The Confession” (Phase the Fifth, ch. XXXV)": a few words in title case quoted in a
  // heading are the scene's or chapter's title, whoever the heading names (probe round AF222:
  // reported as a misquote credited to Tess).
  if (q.inHeading && titleCase && q.wordCount >= 2 && q.wordCount <= 6 && !spoken) {
    return { kind: 'title', reason: 'a title in a heading', ifAbsent: null };
  }
  const hasSentencePunctuation = /[.!?;]/.test(text.replace(ABBREVIATED, ''));
  const termLike = !q.block && q.wordCount <= 3 && !hasSentencePunctuation;
  // A word or two a critic used ("what Bloom calls “the sublime”") is the critic's, wherever the
  // novel happens to use the word too.
  // (not words credited to one of the book's people: "Barkis says only, “Barkis is willin'” (Dickens
  // 71)" quotes Barkis, whatever page the citation gives)
  if ((cited || creditedOutside) && termLike && !credited) return { ...outside!, ifAbsent: null };
  // "teases Catherine about the word “nicest”": a word named as a word is mentioned, not said, even
  // in a sentence that credits someone (probe round AF224: a passage credited to Henry, located at
  // Eleanor's use of it, and contradicted).
  // So is a word the writer's own sentence uses as a noun: "Jane teases her maid about the “angel”
  // who saved them:" (probe round AF295: a passage credited to Jane, located in Clayton's line with
  // the word, and contradicted).
  const usedAsNoun = termLike && isUsedAsNoun(before, text, after);
  const mentioned = termLike && (MENTION_CUE.test(before) || usedAsNoun);
  if (!outside && termLike && (!q.claimedSpeaker || mentioned)) {
    if (titleCase && q.wordCount >= 2) {
      return {
        kind: 'term',
        reason: 'a short phrase',
        ifAbsent: { kind: 'title', reason: 'looks like a title' },
      };
    }
    return { kind: 'term', reason: 'a word or short phrase', ifAbsent: null };
  }
  // Words quoted in a page's heading are a title or a catchphrase ("“Who Said It?” Worksheet"),
  // unless the book has them or the heading credits them to one of its people.
  if (!outside && q.inHeading && q.wordCount <= 12 && !credited) {
    return {
      kind: 'passage',
      reason: 'quoted in a heading',
      ifAbsent: { kind: 'title', reason: 'quoted in a heading' },
    };
  }
  // 'Felman, Shoshana. “Turning the Screw of Interpretation.” Yale French Studies': an article's
  // title in the essay's sources.
  if (!outside && q.inReferences && !credited) {
    return {
      kind: 'passage',
      reason: 'in the list of sources',
      ifAbsent: { kind: 'title', reason: 'a title in the list of sources' },
    };
  }
  if (!outside && titleCase && q.wordCount >= 2 && !q.claimedSpeaker) {
    return {
      kind: 'passage',
      reason: 'a quoted phrase',
      ifAbsent: { kind: 'title', reason: 'looks like a title' },
    };
  }
  return { kind: 'passage', reason: q.block ? 'a block quotation' : 'a quoted passage', ifAbsent: outside };
}

/**
 * A single word in marks that the writer's sentence uses as a noun, an article or a possessive before
 * it and the sentence going on in lower case after it ("about the “angel” who saved them"): the
 * writer's word, a term, and no quotation that ends the lead of the next (credits/site.ts).
 */
export function isUsedAsNoun(before: string, words: string, after: string): boolean {
  return (
    /^[\p{L}'’-]+$/u.test(words.trim()) &&
    /\b(?:the|a|an|this|that|his|her|their|its|our)\s*$/i.test(before) &&
    /^\s+\p{Ll}/u.test(after)
  );
}

/**
 * A line credited to someone the book never names was said outside it, if the book does not have it
 * ("— Harold Bloom"). Not so for the novel's author (the credits stage knows the author's name) or
 * the narrator: a line credited to them and not in the book is a line the book does not have. With
 * no author known, a bare surname ("Eliot writes") may be the author: the line is then not excused.
 */
function creditedToOutsider(q: ClassifyInput): { kind: QuoteKind; reason: string } | null {
  const claimed = q.claimedSpeaker?.trim() ?? '';
  if (!claimed || !q.speakerUnknownToBook) return null;
  if (q.creditKind === 'author' || q.creditKind === 'narrator') return null;
  if (q.bookAuthor === null && /^\p{Lu}[\p{L}'’-]+$/u.test(claimed)) return null;
  return { kind: 'external', reason: outsiderReason(claimed) };
}

const outsiderReason = (name: string) => `credited to ${name}, who is not in the book`;
const OUTSIDER_REASON = /^credited to .+, who is not in the book$/;

/**
 * Was this quotation called external because it is credited to a name the book does not know, and
 * the book does not have it ("credited to Mr. Knightley, who is not in the book")? Checked against
 * the wrong book, that is what a review's credited lines become.
 */
export function isCreditedToOutsider(kindReason: string): boolean {
  return OUTSIDER_REASON.test(kindReason);
}

/** Does any capitalised word of the name occur in the book? ("Harold Bloom" → no: not a character). */
export function nameInBook(name: string, index: BookIndex): boolean {
  if (/^(?:the|our|her|his) /i.test(name)) return true;
  const words = wordsOf(name).filter((w) => /^\p{Lu}/u.test(name.slice(w.start, w.end)));
  const core = words.filter((w) => !HONORIFICS.has(w.norm) && w.norm !== 'st' && w.norm !== 'saint');
  if (core.length === 0) return true;
  return core.some((w) => index.idOf.has(w.norm));
}
