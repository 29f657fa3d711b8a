/**
 * Every tunable of the speaker analysis, in one place, each with its default and why. A rule's own
 * confidence is not here: it stays beside the rule that earns it (tags.ts, sieve.ts, turn-taking.ts).
 *
 * Distances are in UTF-16 characters of the book's text unless they say words, paragraphs or turns.
 * "Measured" means `npm run eval:speakers` over the 18 PDNC development novels (22,430 annotated
 * quotations); what was tried instead and measured worse is in NOTES.md beside this file. The
 * defaults are the ones every published figure was measured with: change one, and re-measure
 * (`npm run eval:speakers -- --sieve` for the sieve alone, then `npm run train:speakers`).
 */
export interface SpeakerOptions {
  /**
   * Narration of more than this many words between two speech paragraphs ends an exchange (and
   * turn-taking with it). Default 60: about three lines of print, a beat or two ("She turned to the
   * window. …") but not a scene's worth of narration.
   */
  exchangeBreakWords: number;
  /**
   * Two speech paragraphs more than this many paragraphs apart are in two exchanges, however short the
   * narration between them. Default 3: a speech, one short narration paragraph and the reply.
   */
  exchangeBreakParagraphs: number;
  /**
   * Two turns with at most this many whitespace-separated chunks between the end of one speech and the
   * start of the next, the quote marks included, have "no narration between them", and are almost
   * never one speaker's (0.7% on PDNC). Default 3: the closing and opening marks and at most one word;
   * a tag ("said she.") is already narration. (6 and 12 tried: no gain.)
   */
  tightWords: number;

  /** How far after a quotation the tag reader looks for its tag. Default 160: a long tag clause. */
  tagAfterReach: number;
  /**
   * A tag after a quotation is read from its first clause, at most this many words. Default 14
   * (18 and 24 tried: no gain).
   */
  tagClauseWords: number;
  /**
   * In a tag after a quotation, the speech verb may stand at most this many words into the clause and
   * still have its subject before it ("Mrs. Bennet, smiling, said"). Default 6 (a subject up to 9
   * words before the verb tried: no gain).
   */
  tagSubjectWords: number;
  /** A name this many words or fewer before the speech verb is its near subject (0.95), else far (0.85). */
  nearNameWords: number;
  /** A he / she this many words or fewer before the speech verb is its near subject (0.85), else far (0.75). */
  nearPronounWords: number;
  /**
   * How far before a quotation the tag reader looks for a tag ending at it. Default 200 ("Tony said to
   * Jock, as they sat alone after dinner,"); 300 and 400 tried: each slightly worse.
   */
  tagBeforeReach: number;
  /** Narration between two parts of one quotation longer than this is not read as a tag between them. Default 300. */
  betweenPartsReach: number;
  /**
   * A tag ending right at the opening mark (`Beaver said, "…"`) is taken before the tag after the
   * speech only when its confidence is at least this. Default 0.8: named tags and a near "he said",
   * not a far pronoun or a relation ("his wife") that the tag after may name outright.
   */
  openingTagConfidence: number;
  /** A sentence of at most this many words can be a speech tag of its own ("Mrs. Hurst began again."). Default 8. */
  shortSentenceWords: number;

  /**
   * How far back the antecedent of a pronoun tag ("said she") is read: by salience, by the last one
   * named, and for the ranker's salience features. Default 2,500 (about half a page).
   */
  antecedentWindow: number;
  /**
   * Whoever a description tag ("said the general") may be is read this many antecedent windows back
   * (and 1,000 characters ahead, `describedAhead`). Default 4: a title is seldom repeated every page.
   */
  describedWindows: number;
  /** See `describedWindows`. Default 1,000. */
  describedAhead: number;
  /**
   * A chapter opening on dialogue: the first one named in the narration after the speech, within this
   * distance. Default 1,500 (about a third of a page).
   */
  namedAfterReach: number;
  /**
   * A pronoun tag with nobody of its gender named near: whoever of that gender is named most within
   * this distance on either side (a long tête-à-tête). Default 15,000 (a few pages).
   */
  mostNamedRadius: number;
  /** The exchange holding a turn is read from this far before its first speech. Default 300. */
  exchangeLookback: number;
  /** "He said" in a man-and-woman exchange: the pair is read from this many decided turns back. Default 4. */
  mixedPairTurns: number;
  /** "Said the other": the other party is looked for this many turns back. Default 6. */
  otherPartyTurns: number;

  /**
   * A vocative names the next speaker only if that person is "in the scene": speaking in the last
   * `sceneTurns` turns of the exchange, or named in narration within `sceneWindow` characters before.
   * Defaults 12 turns and 25,000 characters (a chapter's worth: "Miss Bennet" may be a sister far away).
   */
  sceneTurns: number;
  /** See `sceneTurns`. */
  sceneWindow: number;
  /**
   * The last resort and the loosest turn-taking rule take the character named last in narration within
   * this distance before the speech. Default 3,000.
   */
  recentNamedWindow: number;
  /**
   * Each turn-taking level runs until nothing changes, at most this many passes over the book.
   * Default 8: a level rarely needs more than three.
   */
  turnTakingPasses: number;

  /** The salience model (salience.ts), after Lappin and Leass. */
  salience: SalienceWeights;
}

/** Weights of the salience model: what one mention adds by its grammatical role, and how fast it fades. */
export interface SalienceWeights {
  /** A name by role: subject > object > other > prepositional > possessive. Defaults 310 / 280 / 230 / 220 / 150. */
  subject: number;
  object: number;
  oblique: number;
  possessive: number;
  other: number;
  /** Weight left at each sentence end. Default 0.5. */
  decay: number;
  /** A quotation's speaker, as a mention: less than a named subject, the speech is about someone else. Default 100. */
  speaker: number;
  /** A he / she passes on this share of a subject's weight to whoever is most salient. Default 0.7. */
  subjectPronoun: number;
  /** A him / her / his passes on this share of a possessive's weight. Default 0.3. */
  otherPronoun: number;
  /** Whom a speech addresses by name: likely to answer it. Default 300. */
  vocative: number;
}

export const DEFAULT_SPEAKER_OPTIONS: Readonly<SpeakerOptions> = Object.freeze({
  exchangeBreakWords: 60,
  exchangeBreakParagraphs: 3,
  tightWords: 3,
  tagAfterReach: 160,
  tagClauseWords: 14,
  tagSubjectWords: 6,
  nearNameWords: 4,
  nearPronounWords: 3,
  tagBeforeReach: 200,
  betweenPartsReach: 300,
  openingTagConfidence: 0.8,
  shortSentenceWords: 8,
  antecedentWindow: 2500,
  describedWindows: 4,
  describedAhead: 1000,
  namedAfterReach: 1500,
  mostNamedRadius: 15_000,
  exchangeLookback: 300,
  mixedPairTurns: 4,
  otherPartyTurns: 6,
  sceneTurns: 12,
  sceneWindow: 25_000,
  recentNamedWindow: 3000,
  turnTakingPasses: 8,
  salience: Object.freeze({
    subject: 310,
    object: 280,
    oblique: 220,
    possessive: 150,
    other: 230,
    decay: 0.5,
    speaker: 100,
    subjectPronoun: 0.7,
    otherPronoun: 0.3,
    vocative: 300,
  }),
});
