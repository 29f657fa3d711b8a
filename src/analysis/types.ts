import type { Span } from '../book/span.js';
import type { Gender } from '../lexicon.js';

/**
 * Bump when the analysis output changes, so analyses stored in a library by an older Verbatim are
 * recomputed instead of served stale. speakers-4: each quotation carries the `rule` that decided its
 * speaker (the speakers and confidences are those of speakers-3). speakers-5: names read across
 * no-break and thin spaces ("Mr.\u00a0Bennet"), so books converted from EPUB get their Mr. and Mrs.
 * apart; pet forms joined to the full given name ("Sissy" and "Cecilia Jupe", "Francis" and "Frank
 * Oakley", "Kit" and "Kitty"); a woman's earlier and married names joined where the narration says
 * "Miss X, now Mrs. Y"; "Mademoiselle" alone joined to the one Mademoiselle; display names as readers
 * use them ("Daisy Miller", "Admiral Croft"); a first-person narrator joined with their other names
 * ("Jake", "Jacob Barnes", "Mr. Barnes"). speakers-6: confidence calibrated (src/analysis/confidence),
 * `tagSpan` the evidence of a speech tag. speakers-7: a common-word name (Hope, Will) tagged as a
 * speaker twice is a person; "Mrs. Hall" not a place; "the stranger" joined to the name the text reveals.
 * speakers-8: each conversation decoded as a whole (the sequence decoder,
 * src/analysis/ranker/sequence.ts; rule id `decode/sequence`). speakers-9: "said his companion", "her
 * friend replied" read as tags (the one the possessor is with; `said-companion`, `companion-said`).
 * speakers-10: the ranker and the sequence decoder keep a near he / she tag's gender.
 * speakers-11: "said this young lady" is a description tag; "on Jane's reply, “…”" no tag of Jane's;
 *   a few "said I" in a long third-person novel make no narrator; "cried her mother" after a
 *   daughter with no family name is the scene's married woman, never the daughter; an untagged
 *   quotation calling its paragraph's tagged speaker by name is the other party's; a possessive
 *   inside a run of capitals ends the name ("Mina Harker's Journal" is Mina Harker); "the officer
 *   who had said" makes no role character "the had".
 * speakers-12: each quotation names the other speakers the ranker found likely (`runnersUp`).
 * speakers-13: "she saw Mr. Darcy walk in" makes him a subject, and "Colonel Fitzwilliam himself"
 *   one mention; a first-person narrator, and the name others call them ("Watson"), is in every
 *   scene they tell.
 * speakers-14: no "he said" is the first-person narrator's; a name read from the sentence around a
 *   speech that calls that name ("Janet had gone…, when my aunt cried out, 'Janet! Donkeys!'") is
 *   not its speaker.
 * speakers-15: a word that is no name elsewhere ("Good") is one where a speech tag names it ("said Good.").
 * speakers-16: "Mrs. Joe" (a married title and a man's given name) is Joe's wife, not Joe.
 * speakers-17: one name printed in two cases ("Van Helsing", "van Helsing") is one character.
 * speakers-18: "Huck Finn" is "Huckleberry Finn": a clipped given name (four letters or more) of one family.
 * speakers-19: '"…Is he not, Rawdon?" Rawdon laughed out': a name that laughs (smiles, nods) after a
 *   speech calling it by name is not its speaker.
 * speakers-20: "Master Silver" is the family name of the one John Silver (not a given name); "Cap'n"
 *   is a spelling of Captain.
 * speakers-21: a pet form the book lists beside its full name ("Aunt Polly and Mary") is someone else.
 * speakers-22: "Whereupon", "Meanwhile", "Afterwards" open a sentence and are never names.
 * speakers-61: '"…," he argued; and she had answered: "…"': a pronoun or a possessive's noun that
 *   speaks after the first part's own tag starts a second quotation (src/analysis/quotes.ts).
 * speakers-63: "Miss Dashwood" among "the Miss Dashwoods" is not the sister called "Miss Marianne"
 *   (eldest-daughter.ts).
 * speakers-64: "…--A short pause followed, and Mrs. Hurst began again." tags the next speech.
 * speakers-65: "Mr. Hale" is not the son the book calls "Master Frederick".
 * speakers-66: the English "Madam" ("Madam Sophia") marks no married woman.
 * speakers-67: "my Lady" is the book's one lady of rank (RANKS_ALONE).
 * speakers-68: "said my lady", "her ladyship" describe a lady of rank, not any woman near.
 * speakers-69: '"No!" said Charles, and "No, no!" cried Louisa': two quotations (src/analysis/quotes.ts).
 * speakers-70: 'Mrs. Sparsit said, "…," Mr. Bounderby replied, "…"': two quotations.
 * speakers-71: "Mr. Peggotty and Ham" (listed apart twice or more) keeps the plain "Mr. Peggotty" from Ham Peggotty.
 * speakers-72: once listed apart is enough ("Mr. Whitney and Frank").
 * speakers-73: "Wake up, Alice dear!" calls Alice (an endearment after the name ends a call).
 * speakers-74: a name in two or more speech tags is a person, however often a place preposition
 *   stands before it ("says Rosanna", "to Rosanna": person-forms.ts).
 * speakers-75: "Mrs. Miller" is not the one Miller woman with a full name when the book calls her
 *   "Miss Gertrude": that is her daughter (titled-names.ts).
 * speakers-76: "Chief Inspector Heat" is Inspector Heat; "Chief" before a title is the title's (names.ts).
 * speakers-77: the clergy's ranks are titles ("Monsignor Darcy", "Parson Adams"), and alone name the
 *   one person of that rank (lexicon/titles.ts).
 * speakers-78: a line of dash dialogue ends at a tag whose name has two or three words ("…, Mr Deasy
 *   said solemnly": quotes.ts).
 * speakers-79: a first-person narrator names themself after "I," ("…and I, Vandyck Jennings": narrator.ts).
 * speakers-80: "old Mr. Thornton" said 3 times of 332 "Mr. Thornton"s makes no second Mr. Thornton
 *   (cast.ts: AGE_QUALIFIED_SHARE).
 * speakers-81: a second title is no given name ("the Reverend Master Dimmesdale": names.ts).
 * speakers-82: a full name on a known given name, printed 5 times or more, and that given name alone
 *   are a person after place prepositions ("with Fanny Robin": cast.ts GIVEN_IN_FULL_MIN).
 * speakers-83: "Professor Porter" is the one of the Porters the book also gives that title in full
 *   ("Professor Archimedes Q. Porter"), not Jane Porter for her mentions (titled-names.ts).
 * speakers-84: a woman's maiden and married names, given in full, the Miss wholly before the Mrs.
 *   ("Mina Murray", "Mina Harker"), are one woman (married-names.ts joinRenamedOnMarriage).
 * speakers-85: a relative clause closed by a comma before the verb of saying is not the speaker's
 *   clause ("she startled Miss Crawley, who was …, by crying out": tags.ts).
 * speakers-86: the present-tense tag verbs of a novel told in the present ("gasps the old man",
 *   "returns Mr. George") are speech verbs (lexicon/speech.ts).
 * speakers-87: "pipes" is a speech verb.
 * speakers-88: a pronoun tag passes over whom the speaker turns to inside the speech ("'…' (looking
 *   towards Captain Wentworth,) '…' … he wound up by adding": speakers/pronouns.ts).
 * speakers-89: a character nothing else gives a gender takes it from the pronouns after the names
 *   where a first-person narrator names them as an object ("I called Bartleby. He …": cast.ts);
 *   Deb is Deborah (lexicon/people.ts).
 * speakers-90: a word that is no name elsewhere is one as the subject of a tag right after the words
 *   ("“…,” Irish murmured": names.ts).
 * speakers-91: a line opening on the very name the line before was made of echoes it and calls no
 *   one ("Miss Elizabeth Bennet!" repeated Miss Bingley: speakers/scene.ts).
 * speakers-92: "upon" aims an action at the name after it, like "to" and "at" ("turned her eyes upon
 *   Leonora": speakers/beats.ts).
 * speakers-93: in a single-quoted book, "'O!" opens a speech ("'O! that is no recommendation at
 *   all,' replied her aunt"): the elided 'o is in lower case (quotes.ts).
 */
export const ANALYSIS_VERSION = 'speakers-93';

export type { Gender };

/** A person in the book: one entry per character, with every name the book uses for them. */
export interface Character {
  /** Stable within one analysis: `c0`, `c1`, … in order of first appearance; `narrator` for a first-person narrator. */
  id: string;
  /** The fullest common name ("Elizabeth Bennet", "Mr. Darcy"). */
  name: string;
  /** Every name the book uses for this character, including `name`. */
  aliases: string[];
  gender: Gender;
  /** How many times the book names the character (narration and dialogue; pronouns not counted). */
  mentions: number;
  /** Start offset of each naming mention, sorted. */
  mentionOffsets: number[];
  /** Offset of the first mention. */
  firstAppearance: number;
}

export type QuoteType = 'explicit' | 'anaphoric' | 'implicit' | 'none';

/**
 * One quotation of direct speech. Spans are INSIDE the quote marks (the spoken words only), like the
 * PDNC annotation: `"Yes," said he, "I know."` has two parts, `Yes,` and `I know.`; `start` is the
 * first part's start and `end` the last part's end. A speech running over several paragraphs has one
 * part per paragraph.
 */
export interface DialogueQuote extends Span {
  parts: Span[];
  /** Character id, or null when no rule could tell. */
  speaker: string | null;
  /**
   * Character ids spoken to: named in the line (a vocative) or by its tag ("said to Anne"); failing
   * both, the speaker of the line before or, failing that, after (turn-taking: a guess, not always
   * right). Empty when none of these gives anyone (src/analysis/speakers/sieve.ts).
   */
  addressees: string[];
  /** How the speaker was found: a speech verb with a name, a pronoun or description, or turn-taking / vocative. */
  type: QuoteType;
  /**
   * 0..1, calibrated: of the speakers given 0.9 about 90% are right on novels the calibration was not
   * fitted on (leave-one-novel-out on PDNC, eval/results/calibration.md). The rule's raw confidence
   * mapped through its family's curve (src/analysis/confidence); 0 when there is no speaker.
   */
  confidence: number;
  /**
   * The id of the rule that decided the speaker, to tell what fired without reading `confidence`:
   * - a speech tag, `<where>/<form>`: where the sieve found it (`tag-after` the quotation, `tag-between`
   *   its parts, `tag-opening` ending at its opening mark, `tag-before` it, `tag-previous-paragraph`,
   *   `sentence-before`, `sentence-previous-paragraph`, `pronoun-sentence-before`) and its form
   *   (`said-name` "said Elizabeth", `name-said` "Elizabeth said", `said-pronoun` "said he" resolved to a
   *   character, `said-kin` "said her mother", `said-description` "cried the old lady", … see
   *   src/analysis/speakers/tags.ts, TagForm);
   * - an action beat, `beat/only-name`, `beat/near`, `beat/paragraph-before`;
   * - turn-taking, `turn/vocative`, `turn/answered`, `turn/alternate-back`, `turn/alternate-ahead`,
   *   `turn/skip-back`, `turn/skip-ahead`, `turn/other-back`, `turn/other-ahead`, `turn/recent-named`;
   * - `last-resort` (the character named last: a guess);
   * - `ranker`: the speaker ranker chose another speaker than the sieve's rules (src/analysis/ranker);
   * - `decode/sequence`: decoding the whole conversation chose another speaker than the ranker's
   *   (src/analysis/ranker/sequence.ts);
   * - `none`: no speaker.
   * Every id the sieve can give is in RULE_IDS (src/analysis/speakers/sieve.ts).
   */
  rule: string;
  /**
   * Where a speech tag decided the speaker: the tag's clause (`said Elizabeth, smiling`), as half-open
   * UTF-16 offsets into the book text (`text.slice(start, end)`). Also set when the speaker came from
   * a tag on another quotation of the same paragraph. Absent for beats, turn-taking, the ranker's own
   * choice and the last resort: then `rule` is the whole evidence.
   */
  tagSpan?: Span;
  /**
   * Other speakers the ranker found likely, most likely first (at most two, each at 0.1 or more),
   * with the ranker's probability, never above `confidence`. Absent when there is none. The checker
   * lets a writer's credit agree with a close second choice (src/check/attribute/thresholds.ts); the
   * reader names them beside an unsure speaker.
   */
  runnersUp?: RunnerUp[];
}

/** A speaker the ranker found likely for a quotation but not likeliest, with its probability (0..1). */
export interface RunnerUp {
  speaker: string;
  probability: number;
}

export interface Place {
  name: string;
  mentions: number;
  mentionOffsets: number[];
}

export interface Analysis {
  version: string;
  quoteStyle: QuoteStyle;
  characters: Character[];
  quotes: DialogueQuote[];
  places: Place[];
}

/** How the book marks direct speech. */
export type QuoteStyle = 'double' | 'single' | 'dash';
