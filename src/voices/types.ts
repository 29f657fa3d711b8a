import type { Span } from '../book/span.js';
import type { KeyWord } from '../text/keyness.js';

/** Someone a character speaks to, and in how many of the counted lines. */
export interface Addressee {
  id: string;
  name: string;
  lines: number;
}

/** How one character talks. JSON schema `verbatim-voices/1` (a list of these). */
export interface CharacterVoice {
  id: string;
  name: string;
  /**
   * Lines counted: quotations whose speaker is this character with calibrated confidence at least
   * UNCERTAIN_BELOW (0.8), letters quoted in full left out. Every figure below is over these lines.
   */
  lines: number;
  /** Lines given to this character below UNCERTAIN_BELOW: not counted, shown apart. */
  uncertainLines: number;
  words: number;
  /** Words per line. */
  meanWords: number;
  medianWords: number;
  /** The longest counted line, a span into the book text (a link into the reader). */
  longestLine: Span | null;
  longestWords: number;
  /**
   * Whom they speak to most, most lines first: the addressees of the analysis, that is whoever a line
   * names or is tagged as said to, or else the speaker just before or after it (a guess from the
   * turn-taking, not the text's word).
   */
  addressees: Addressee[];
  /**
   * Counted lines with an addressee, by any of those means (so not the lines where the text names the
   * person spoken to: a neighbouring speaker counts too).
   */
  addressedLines: number;
  /**
   * Words most overused in their lines against the other characters' counted lines (Dunning G², the
   * thresholds in `VoicesReport.keyness`), function words included, strongest first.
   */
  distinctiveWords: KeyWord[];
  /** Two-word phrases likewise (`word` is "my dear"). */
  distinctivePhrases: KeyWord[];
  /** Where each distinctive word and phrase is first said in their lines (for a link into the reader). */
  firstSaid: Record<string, Span>;
}

export interface VoicesReport {
  schema: 'verbatim-voices/1';
  title: string;
  /** The confidence a speaker needs for a line to count (UNCERTAIN_BELOW). */
  minConfidence: number;
  /**
   * How distinctive words and phrases are chosen (VOICE_KEYNESS): Dunning's log-likelihood (G²)
   * against the other characters' counted lines, said at least `minCount` times, G² at least `minG2`
   * (p < `p` per word, one degree of freedom).
   */
  keyness: { measure: 'log-likelihood'; minCount: number; minG2: number; p: number };
  characters: CharacterVoice[];
  notes: string[];
}
