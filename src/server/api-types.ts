/**
 * The JSON the web API returns, shared by the server (which builds it) and the front end (which
 * reads it). Types only: the front end imports this file without pulling in any server code.
 * Every location is a half-open UTF-16 span into the book's text, as everywhere in Verbatim.
 */

export type AnalysisStatus = 'none' | 'running' | 'done' | 'failed';

export interface ApiErrorBody {
  error: { code: string; message: string; hint: string | null };
}

export interface BookListItem {
  id: string;
  title: string;
  author: string | null;
  format: string;
  words: number;
  chapters: number;
  addedAt: string;
  analysisStatus: AnalysisStatus;
  analysisError: string | null;
}

export interface TocEntry {
  index: number;
  title: string;
  start: number;
  end: number;
  /** End of the chapter's heading as printed (the reader shows it as a heading). */
  headingEnd: number;
  part: string | null;
}

export interface BookDetail extends BookListItem {
  length: number;
  toc: TocEntry[];
  warnings: string[];
}

export interface PassageQuote {
  start: number;
  end: number;
  /** The spoken words only (a quotation split by "said he" has two parts), clipped to the passage. */
  parts: { start: number; end: number }[];
  /** The speaker's name, or null when the analysis could not tell. */
  speaker: string | null;
  addressees: string[];
  /** The speaker's calibrated confidence (0..1; right about that share of the time), or null. */
  confidence: number | null;
  /**
   * Shown as a question ("Elizabeth?", a dimmer badge), never as fact: confidence below
   * UNCERTAIN_BELOW (src/analysis/confidence/uncertain.ts).
   */
  uncertain: boolean;
  /** Why this speaker, for a tooltip: how it was found, the tag's words, the rule id, the confidence. */
  evidence: string | null;
}

/** A stretch of the book for the reader: its text, its paragraphs and the dialogue inside it. */
export interface Passage {
  start: number;
  end: number;
  text: string;
  /** Paragraph spans, absolute offsets, clipped to the passage. */
  paragraphs: { start: number; end: number }[];
  quotes: PassageQuote[];
  chapter: TocEntry | null;
}

export interface SearchHit {
  start: number;
  end: number;
  chapter: string | null;
  before: string;
  match: string;
  after: string;
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
  truncated: boolean;
}

export interface WorldCharacter {
  id: string;
  name: string;
  aliases: string[];
  gender: string;
  mentions: number;
  lines: number;
  /** Of `lines`, those whose speaker is uncertain (PassageQuote.uncertain): shown apart, not as fact. */
  uncertainLines: number;
  firstAppearance: number;
  /** End of the first mention (the name or alias the book uses there), for the highlight. */
  firstAppearanceEnd: number;
  firstChapter: string | null;
  /** Mentions in each of `World.bins` equal slices of the book. */
  distribution: number[];
}

export interface WorldEdge {
  from: string;
  to: string;
  weight: number;
}

export interface WorldPlace {
  name: string;
  mentions: number;
  firstMention: number | null;
  firstMentionEnd: number | null;
}

export interface World {
  status: AnalysisStatus;
  error: string | null;
  bins: number;
  length: number;
  characters: WorldCharacter[];
  network: { nodes: { id: string; name: string; lines: number }[]; edges: WorldEdge[]; basis: string };
  places: WorldPlace[];
}

export interface AnalysisState {
  status: AnalysisStatus;
  error: string | null;
}

/** One step of a word diff between a quotation (review) and the book. */
export interface DiffStep {
  type: 'same' | 'variant' | 'changed' | 'added' | 'missing' | 'elided' | 'editorial';
  review: string;
  book: string;
}

/**
 * The check page's data: the report as `verbatim check --format json` writes it (schema
 * `verbatim-check/2`, docs/check-json.md), plus what the page shows, worded by the same module as
 * the text, Markdown and HTML reports (src/check/report/wording.ts and summary.ts): a headline, the sections in
 * their order (problems first), and each quotation's sentences. Structural copies of those types, so
 * this file stays types only.
 */

export type Tone = 'problem' | 'unsure' | 'ok' | 'info';

export interface Sentence {
  text: string;
  tone: Tone;
}

/** Every sentence the reports show for one quotation (see `describeQuote`). */
export interface QuoteSentences {
  problem: 'not_found' | 'altered' | 'wrong_speaker' | null;
  /** "line 5", or "paragraph 5" for a DOCX review. */
  place: string;
  /** How the writer set it off, when not by quote marks ("a block quotation", "no quotation marks"). */
  setOff: string | null;
  verdict: Sentence;
  where: string | null;
  /** Who the writer credits, how it was read, and the book's verdict with its evidence. */
  attribution: Sentence | null;
  addressee: Sentence | null;
  term: string | null;
  notes: string[];
}

/** A stretch of the book's text as a reader sees it: italic or not, part of the quoted words or not. */
export interface PassageRun {
  text: string;
  italic: boolean;
  match: boolean;
}

export type AttributionVerdictName = 'supported' | 'contradicted' | 'unknown' | 'none';

/** One quotation of a check report, as the checker's JSON gives it, with the page's additions. */
export interface CheckedQuote {
  text: string;
  kind: string;
  verdict: 'verbatim' | 'altered' | 'not_found' | 'not_checked';
  location: { start: number; end: number; chapter: string | null } | null;
  claimedSpeaker: string | null;
  attribution: AttributionVerdictName;
  bookSpeaker: string | null;
  speakerConfidence?: number | null;
  diff: DiffStep[] | null;
  notes?: string[];
  reviewLine?: number;
  setOff?: string;
  credit?: {
    kind: 'character' | 'narrator' | 'author';
    name: string;
    ruleId: string;
    pronoun: string | null;
    addressee: string | null;
  } | null;
  claimedCharacter?: {
    status: 'character' | 'ambiguous' | 'unknown' | 'narrator' | 'author';
    character: string | null;
    candidates: string[];
    matchedBy: string | null;
    /** `unknown` only: the book prints the name, though its speaker model has no one of it. */
    namedInBook?: boolean;
  } | null;
  evidence?: {
    source: 'book-tag' | 'model' | 'narration' | 'none';
    ruleId: string | null;
    summary: string;
    confidence: number | null;
  } | null;
  addressee?: { claimed: string; attribution: AttributionVerdictName; bookAddressees: string[] } | null;
  /** Added by the server: the quoted words of the book as a reader sees them (no `_`, no line wrapping). */
  bookText?: string | null;
  /** Added by the server: the book's paragraphs around the quotation, the quoted words marked. */
  bookPassage?: PassageRun[][] | null;
  /** Added by the server: the report's sentences for this quotation. */
  says?: QuoteSentences;
}

export interface CheckWarning {
  ruleId: string;
  reason: string;
  severity?: string;
  line: number | null;
}

export interface CheckResult {
  quotes: CheckedQuote[];
  summary: {
    quotations: number;
    byVerdict: Record<string, number>;
    byAttribution: Record<string, number>;
    hasProblems: boolean;
  };
  warnings?: CheckWarning[];
  speakerModel?: boolean;
  reviewLineUnit?: 'line' | 'paragraph';
  /** Added by the server: what is wrong, in one sentence. */
  headline?: string;
  /** Added by the server: the counts in full. */
  counts?: string;
  /** Added by the server: warnings about the review as a whole (shown first), worded. */
  alerts?: Sentence[];
  /** Added by the server: warnings about places in the review, worded with their line and severity. */
  placeWarnings?: string[];
  /** Added by the server: the report's sections, problems first; `quotes` index into `quotes`. */
  sections?: { id: string; title: string; blurb: string; quotes: number[] }[];
  /** Added by the server: the people and places the review names, worded as the reports word them. */
  nameList?: import('../check/types.js').NamesSection;
}

/** The Style page: `verbatim profile --format json` (src/profile/types.ts), once the analysis is done. */
export type {
  BookProfile,
  ChapterProfile,
  LengthStats,
  Narration,
} from '../profile/types.js';
export type { KeyWord } from '../text/keyness.js';
export type { Addressee, CharacterVoice, VoicesReport } from '../voices/types.js';

export interface StyleView extends AnalysisState {
  profile: import('../profile/types.js').BookProfile | null;
}

/** The character pages: `verbatim voices --format json` (src/voices/types.ts), once the analysis is done. */
export interface VoicesView extends AnalysisState {
  voices: import('../voices/types.js').VoicesReport | null;
}

/** `GET /api/books/:id/terms?q=…&q=…`: each term's uses, and the analysis' status (while `running`, who says each use is not known yet). */
export type TermsResult = import('../terms/types.js').TermsReport & { analysisStatus: AnalysisStatus };

/** `GET /api/books/:id/motifs`: suggested motifs (src/terms/motifs.ts). */
export type MotifsResult = import('../terms/motifs.js').MotifSuggestions & { analysisStatus: AnalysisStatus };

/** `GET /api/books/:id/similar`: the library's books closest in style (src/similar/similar.ts). */
export type SimilarResult = import('../similar/similar.js').SimilarReport;

/** `GET /api/find?q=`: the library books holding a passage (`verbatim find --format json`). */
export type { FindMatch, FindResult as FindResponse } from '../find/types.js';
