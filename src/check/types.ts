import type { Span } from '../book/span.js';
import type { Problem } from '../problem.js';

/**
 * The data a review check produces. This is also the `--format json` schema (see docs/check-json.md,
 * schema id `verbatim-check/2`): every field here is part of the public contract, so add fields,
 * never rename them. Offsets into the review are into the text the checker read (for HTML and DOCX,
 * the text extracted from them); offsets into the book are into `book.text`. Both are half-open UTF-16.
 */

/** What kind of quotation the writer made. Only `passage` and `term` are checked against the book. */
export type QuoteKind = 'passage' | 'term' | 'external' | 'title';

/**
 * `verbatim`: found as written (modulo typography, spelling variants, marked omissions/insertions).
 * `altered`: found, but words differ (see `diff`). `not_found`: not in the book.
 * `not_checked`: credited to someone outside the book, or a title.
 */
export type Verdict = 'verbatim' | 'altered' | 'not_found' | 'not_checked';

/**
 * `supported`: the book's speaker of the line is the character the writer named.
 * `contradicted`: someone else speaks it (`bookSpeaker` says who). `unknown`: narration, no speaker
 * model, or the model is not confident. `none`: the writer credits no one.
 */
export type AttributionVerdict = 'supported' | 'contradicted' | 'unknown' | 'none';

/**
 * One step of the word-level diff between the quotation (review side) and the book.
 * `same`: identical words; `variant`: spelling/typography variant of the same words (not a misquote);
 * `changed`: the writer has `review` where the book has `book`; `added`: words in the quotation that
 * the book does not have; `missing`: book words left out without an ellipsis; `elided`: book words the
 * writer left out and marked with an ellipsis; `editorial`: the writer's [bracketed] words standing for
 * the book's `book` words. `changed`, `added` and `missing` make a quotation `altered`, and so does an
 * `editorial` step whose words are not the book's (a substitution, "[woman]" for "one"); a bracket
 * that only adds a clarification ("he [Darcy] said") or restates the book's words does not.
 */
export type DiffOpType = 'same' | 'variant' | 'changed' | 'added' | 'missing' | 'elided' | 'editorial';

export interface DiffOp {
  type: DiffOpType;
  /** The words as the writer has them ('' for `missing` and `elided`). */
  review: string;
  /** The words as the book has them ('' for `added`). */
  book: string;
}

export interface QuoteLocation extends Span {
  /** Chapter title as printed ("CHAPTER I."), or null when the book has no chapters. */
  chapter: string | null;
  /** 0-based index into book.structure.chapters, or null. */
  chapterIndex: number | null;
}

/**
 * How the writer set the quotation off: `quote-marks` (“…”, ‘…’, "…", «…», inside prose or on a
 * line of their own), `block-quote` (Markdown `>`, HTML `blockquote`, a DOCX quote style, an indented
 * paragraph), `list-item`, `table-cell`, `screenplay` (`Name: …` lines), `unmarked` (a line or a
 * paragraph with no marks that is the book's own words).
 */
export type SetOff = 'quote-marks' | 'block-quote' | 'list-item' | 'table-cell' | 'screenplay' | 'unmarked';

/**
 * Whom the writer credits a quotation to, and how. `character`: a person of the book (or a name the
 * writer takes to be one); `narrator`: "the narrator"; `author`: the novel's author ("― Jane Austen",
 * "Austen writes"), who wrote every line but speaks none of them.
 */
export interface Credit {
  kind: 'character' | 'narrator' | 'author';
  /** The name as written ("Miss Emily", "Lizzy", "the narrator"); for a pronoun, the name it was taken to mean. */
  name: string;
  /** The rule of the credit reader that read it, e.g. `credit/dash-after`, `credit/heading-above`. */
  ruleId: string;
  /** Where the credit stands in the review (the name, or the pronoun). */
  span: Span;
  /** "she says": the pronoun as written when `name` was resolved from it, else null. */
  pronoun: string | null;
  /** "Emma tells Harriet": the person spoken to, as written, or null. */
  addressee: string | null;
  /** "D: …": the initial as written when `name` was resolved from it (the one character of that initial the page names). */
  initial?: string;
}

/**
 * What a name as written means in the book. `character`: one of the book's characters (`character`
 * is the book's name for them); `ambiguous`: several characters answer to it (`candidates`), so
 * nothing is guessed; `unknown`: no character of the book has this name; `narrator`; `author`.
 */
export interface NameResolution {
  status: 'character' | 'ambiguous' | 'unknown' | 'narrator' | 'author';
  character: string | null;
  candidates: string[];
  /**
   * How the name met the character: `name` (one of the names the book gives them), `full-name` (a
   * given and a family name the book gives apart), `first-name`, `surname`, `title-surname`,
   * `diminutive` (Lizzy, Harry for Henry), `description` ("the stranger", "the Cat"), `married-name`,
   * `title` ("the Colonel"), `initial` ("D"), `spelling` (a slip: "Elisabeth"); null when not matched.
   */
  matchedBy: string | null;
  /**
   * `unknown` only: true when the book prints the name all the same (someone named in passing, or a
   * person the speaker model missed), so a report says the model has no lines for them rather than
   * that the book has no such person; absent otherwise.
   */
  namedInBook?: boolean;
}

/**
 * Why the checker judged an attribution as it did, in a form every report shows. `book-tag`: the
 * book's own speech tag at the passage ("said Elizabeth"; `ruleId` `tag/after-quote`,
 * `tag/before-quote`, `tag/between-parts`, `tag/previous-paragraph`, `tag/continued-speech`,
 * `tag/same-speech`, and `…/gender` for "she said" against a man); `model`: the speaker model's
 * inference (`model/explicit`, `model/anaphoric`, `model/implicit`); `narration`: the passage is not
 * dialogue (`text/narration`, `text/first-person-narration`); `none`: nothing to go by.
 */
export interface AttributionEvidence {
  source: 'book-tag' | 'model' | 'narration' | 'none';
  ruleId: string | null;
  /** In words a teacher reads: `the book says “said Elizabeth”`, `inferred from turn-taking (0.70)`. */
  summary: string;
  /** 0..1 where the source gives one (the speaker model), else null. */
  confidence: number | null;
}

export interface CheckedQuote {
  /** The quotation as written, without its quote marks; parts of a split quotation joined by a space. */
  text: string;
  /** Where the quotation is in the review text (half-open UTF-16 offsets, quote marks excluded). */
  reviewSpan: Span;
  /** The parts of a quotation the writer split with narration ("'I kept you apart,' she says, 'and…'"). */
  reviewParts: Span[];
  /**
   * 1-based line where the quotation starts, in the file the writer gave: for HTML the line of the
   * HTML source, for DOCX the paragraph number (see `reviewLineUnit` on the report).
   */
  reviewLine: number;
  /** How the writer set the quotation off. */
  setOff: SetOff;
  kind: QuoteKind;
  /** Why this kind was chosen, in a few words (e.g. "credited to a newspaper"). */
  kindReason: string;
  verdict: Verdict;
  /** Best location in the book, or null when not found/not checked. */
  location: QuoteLocation | null;
  /** Further places where the same words occur (a line repeated in the book; every use of a term). */
  otherLocations: QuoteLocation[];
  /** For terms: how many times the book uses the word or phrase. */
  occurrences: number | null;
  /**
   * The name the writer credits the quotation to, as written ("Miss Emily", "the narrator"), or null.
   * Null for a credit to the novel's author (see `credit`), who is not a speaker.
   */
  claimedSpeaker: string | null;
  /** The writer's credit in full: who, how it was read, where it stands; null when none. */
  credit: Credit | null;
  /** What the claimed name means in the book (null when the writer credits no one). */
  claimedCharacter: NameResolution | null;
  attribution: AttributionVerdict;
  /** Why the attribution verdict is what it is (null when the writer credits no one). */
  evidence: AttributionEvidence | null;
  /**
   * "Emma tells Harriet": the addressee claimed and checked against the book's model where it knows
   * whom the line is spoken to; null when the writer names no addressee.
   */
  addressee: { claimed: string; attribution: AttributionVerdict; bookAddressees: string[] } | null;
  /** Who speaks the located line according to the book's speaker model, or null. */
  bookSpeaker: string | null;
  /** The speaker model's confidence (0..1) in `bookSpeaker`, or null. */
  speakerConfidence: number | null;
  /** Word-level diff when located (null otherwise). */
  diff: DiffOp[] | null;
  /** 0..1: share of the quotation's words found in order at the location. */
  score: number;
  /** Things worth telling the person about this quotation (e.g. "[sic] noted"). */
  notes: string[];
  /**
   * For a passage not in this book, or a line credited to someone the book never names: the library
   * book that has it (word for word or closely), found by `verbatim find` across the library; absent
   * when not looked for (no library) or not found.
   */
  inLibraryBook?: LibrarySource;
}

/** A library book holding a quotation the checked book does not have, with the place in it. */
export interface LibrarySource {
  bookId: string;
  title: string | null;
  author: string | null;
  verdict: 'verbatim' | 'altered';
  /** Offsets into that book's text. */
  location: QuoteLocation;
}

export interface CheckSummary {
  quotations: number;
  byKind: Record<QuoteKind, number>;
  byVerdict: Record<Verdict, number>;
  byAttribution: Record<AttributionVerdict, number>;
  /** True when exit status 1 applies: a passage not found or altered, or an attribution contradicted. */
  hasProblems: boolean;
}

/**
 * Something about the review as a whole or a place in it (an unbalanced quote mark, a review that
 * seems to be about another book): the project's `Problem` (reason, rule id, severity, span into the
 * review text) with the line a person looks at.
 */
export interface ReviewWarning extends Problem {
  /** 1-based line in the review file (as `reviewLine`), when the warning is about a place. */
  line: number | null;
}

/**
 * A person or place the review names outside its quotations (the names stage, src/check/names.ts),
 * looked up in the book.
 */
export interface NameInReview {
  /** As first written, with its title ("Mrs. Dalloway", "Bourton"); a possessive "'s" taken off. */
  name: string;
  /** The book's name for the character it means (the cast), or null (a place, or no one the analysis knows). */
  character: string | null;
  /** Whether the book mentions it (a character of the cast, or any word of the name in the book's text). */
  inBook: boolean;
  /**
   * Whether the review names it in talking about the story: false in a sentence about the work or
   * people outside it (its author, critics, a film), where a name absent from the book is expected.
   */
  judged: boolean;
  /** Uses in the book of the name's words (0 when it never mentions it). */
  bookMentions: number;
  /** Times the review names it. */
  reviewMentions: number;
  /** First place in the review: line (as `reviewLine`) and span. */
  reviewLine: number;
  reviewSpan: Span;
}

/**
 * The names the review gives, worded as the text, Markdown and HTML reports and the web page show
 * them (report/names.ts).
 */
export interface NamesSection {
  title: string;
  /** How many names the review gives. */
  count: number;
  /** "9 people and places: 1 the book never mentions, 1 named outside the story (not judged)." */
  summary: string;
  /** Non-empty groups, in this order: not in the book, in the book, not judged. */
  groups: { id: 'not_in_book' | 'in_book' | 'not_judged'; label: string; names: string[] }[];
}

export interface CheckReport {
  quotes: CheckedQuote[];
  /** The people and places the review names outside its quotations, and whether the book mentions them. */
  names?: NameInReview[];
  summary: CheckSummary;
  warnings: ReviewWarning[];
  book: { id: string; title: string | null; author: string | null };
  /** Whether a speaker model was available to check attributions. */
  speakerModel: boolean;
  /** What `reviewLine` counts: lines of the file (text, Markdown, HTML source) or paragraphs (DOCX). */
  reviewLineUnit: 'line' | 'paragraph';
}

export type ReviewFormat = 'txt' | 'md' | 'html' | 'docx';
