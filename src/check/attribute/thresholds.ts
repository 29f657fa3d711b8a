/**
 * The confidence thresholds of the attribute stage, each with the measurement that chose it.
 *
 * The speaker model's confidence means different things for different rules: a speech tag the
 * checker reads itself is right 0.99 of the time, a line the model calls `explicit` where the checker
 * finds no named tag only 0.83 even at 0.95 (`npm run eval:tags`, eval/results/book-tags.md, PDNC's
 * 22,430 annotated quotations; the model's own calibration by rule is in eval/results/speakers.md).
 */

/**
 * Below this the model's speaker is not used at all, not even to agree with a writer; it is still
 * shown as the book's likeliest speaker. The confidence is calibrated (src/analysis/confidence,
 * eval/results/calibration.md): on its own the model is right 0.285 of the time at 0.2–0.3 and 0.37
 * at 0.3–0.4 (cross-validated), but a writer who names the same person as the model is right far more
 * often. Measured after calibration (speakers-6), 0.3 → 0.2: `npm run eval:check` correct claims
 * 152 of 186 supported either way, wrong claims supported 1 of 66 either way, the forms' attribution
 * right 473 → 476 of 720 (474 before calibration, at raw 0.3); `npm run eval:attribute` 111 of 129
 * right and 0 of 121 correct credits contradicted either way (110 before calibration);
 * `npm run eval:realworld` 102 of 129, "contradicted" right 6 of 6, either way. Calibrated 0.3 lost a
 * line raw 0.3 kept: turn-taking at raw 0.30–0.31 is right 0.23 of the time and now says so. The
 * lowest value the shipped calibration gives is 0.20 (turn-taking at raw ≤ 0.26), so 0.2 admits
 * every single answer and keeps out lines whose occurrences disagree on the speaker (model-line.ts
 * scales those by the share that agree).
 */
export const SUPPORT_MIN_CONFIDENCE: Readonly<Record<string, number>> = {
  explicit: 0.2,
  anaphoric: 0.2,
  implicit: 0.2,
  other: 0.2,
};

/**
 * A writer who names the speaker model's second (or third) choice for a line is supported when the
 * model gives that choice at least RUNNER_UP_SUPPORT_MIN, its first choice less than
 * RUNNER_UP_FIRST_MAX, and the book's own tag names no one. A runner-up is about as often right as a
 * first choice of the same probability: on PDNC (22,430 quotations, speakers-12) a runner-up at
 * 0.2–0.3 is the annotated speaker 0.26 of the time, at 0.3–0.4 0.32, at 0.4–0.5 0.37, and a first
 * choice at 0.2 already agrees with a writer (SUPPORT_MIN_CONFIDENCE). Behind a first choice at 0.8 or
 * more it is right only 0.16 of the time, and "the model cannot tell them apart" is no longer true.
 * Measured (runner-up ≥ 0.2, first < 0.7, against no runner-up at all): `npm run eval:check` correct
 * claims supported 153 → 162 of 186, wrong claims supported 1 → 2 of 66 (a near tie, the
 * Caterpillar 0.57 or Alice 0.34, credited to Alice), no correct claim contradicted, the forms'
 * attribution right 476 → 496 of 720; `npm run eval:realworld` attribution right 102 → 106 of 129,
 * "contradicted" right 6 of 6; `npm run eval:attribute` 111 → 115 of 129. Runner-up at 0.25 or 0.3:
 * +6 / +4 correct for +1 wrong; at 0.15 one more correct. First choice below 0.6: 2 fewer correct;
 * up to any confidence: one more wrong claim supported (Charles 0.82 over Mrs. Musgrove 0.21).
 */
// Not where the book's tag describes the speaker in words the cast cannot place and the model went
// by turn-taking ("says the constable", occurrence.ts): there the first choice confirms nothing, and
// a second choice confirming was inconsistent (Snagsby at 0.25 agreed, Guster at 0.49 did not).
// Measured 2026-12-04: `npm run eval:pdnc-credits` wrong credits supported 1,715 → 1,693, right
// credits supported 17,690 → 17,671; eval:check, eval:realworld, eval:attribute unchanged.
// On the probe pages of rounds AF216–AF230 (135 pages on 45 novels, a quarter of the credits planted
// wrong), support by this rule was right 21 times and wrong 11; by the model's first choice, right
// 14 / wrong 2 below 0.5, 63 / 9 at 0.5–0.7, 128 / 6 at 0.7–0.9, 141 / 3 at 0.9 and over. So the
// report shows this support as unsure, not as agreed (report/wording.ts). Measured again on
// 2026-12-07 (probe rounds AF259–AF266 met four wrong credits it supported): at 0.3, eval:pdnc-credits
// right credits supported 17,557 → 17,148 and wrong 1,410 → 1,075 (the band 0.2–0.3 right 409 times,
// wrong 335; its wrong credits are the speaker of the line before, the usual runner-up), eval:check
// forms 492 → 477 of 720, eval:realworld 113 → 112, eval:pages 120 → 119, eval:attribute 119 → 118.
// At 0.25: 17,327 / 1,232. Kept at 0.2, shown as unsure.
export const RUNNER_UP_SUPPORT_MIN = 0.2;
export const RUNNER_UP_FIRST_MAX = 0.7;

/**
 * Contradicting a writer fails the check and tells a teacher the student is wrong, so it needs a
 * speaker right ≥ 0.99 of the time: writers are mostly right (121 of 129 checkable credits on real
 * pages, realworld/quotes.jsonl), so a source right 0.95 of the time would be wrong in about half of
 * its contradictions. No kind of model inference reaches that on its own (eval:tags, best cells at
 * 0.95–1.00: explicit without the checker's own tag 0.830, anaphoric after a pronoun tag 0.949,
 * implicit 0.913), so only the book's own named tag contradicts (0.997 right, eval:tags); the model
 * alone never does (with a call to the claimed person in the line itself it may: VOCATIVE_CONTRADICT_MIN
 * below). Calibration does not change that: its surest band (0.9–1.0) is right 0.954 of the
 * time on held-out novels (eval/results/calibration.md), far from 0.99. Before: explicit at 0.95 contradicted on its own, and 2 of the 3 wrong
 * contradictions left in eval:check were such lines ("was what Anne often heard him say").
 */
export const CONTRADICT_MIN_CONFIDENCE: Readonly<Record<string, number>> = {
  explicit: Number.POSITIVE_INFINITY,
  anaphoric: Number.POSITIVE_INFINITY,
  implicit: Number.POSITIVE_INFINITY,
  other: Number.POSITIVE_INFINITY,
};

/**
 * A line that calls the claimed person by name (vocatives.ts, addressedNames) is said to them, not
 * by them: where the book's tags, its turn-taking, or the model at this confidence or more give
 * someone else, the credit is contradicted, with both in its evidence. On PDNC (`npm run
 * eval:vocatives`, eval/results/vocatives.md; the model's cast, as in the checker) the called person
 * speaks the line 1 time in 1,504 where the model gives another speaker at 0.7 or more — "Louisa!!
 * Thomas!!", Mr. Gradgrind calling his son, whom the model keeps as a "Thomas" of his own that the
 * evaluation maps to the father (a writer's "Mr. Gradgrind" is not that character) — and 3 in 411 at
 * 0.5–0.7. The model alone at 0.9–1.0 is right 0.954 of the time (CONTRADICT_MIN_CONFIDENCE above):
 * the call is what makes the contradiction safe. (Measured again on 2026-12-07, after calls between
 * two-hyphen dashes were read: 4 in 1,752 at 0.7 or more, 4 in 461 at 0.5–0.7.)
 */
export const VOCATIVE_CONTRADICT_MIN = 0.7;

export function supportThreshold(type: string | null): number {
  return SUPPORT_MIN_CONFIDENCE[type ?? 'other'] ?? SUPPORT_MIN_CONFIDENCE.other!;
}

export function contradictThreshold(type: string | null): number {
  return CONTRADICT_MIN_CONFIDENCE[type ?? 'other'] ?? CONTRADICT_MIN_CONFIDENCE.other!;
}

/**
 * Which of the book-tag reader's rules may contradict a writer, by their precision on PDNC's
 * annotated quotations (`npm run eval:tags`, every part of 22,430 quotations, a named tag right when it
 * names the annotated speaker; eval/results/book-tags.md): after the quote 0.997 (4,857 tags), before
 * it 0.998 (955), between the parts of one speech 0.998 (1,754), the paragraph before leading in 0.962
 * (52; both misses are PDNC naming "the Coroner" Mr. Wells). A tag on another part of the same speech
 * (`tag/same-speech`, 0.978 of 225) leans on the model's grouping of turns, which merges two speakers
 * now and then: it may agree with a writer, not contradict one. The subject of the sentence leading
 * into the quotation (`tag/before-quote-clause`, "Catherine blushed, and said, “") is right 30 of 30:
 * too few to contradict on. A play's speaker label (`tag/script-label`, "ROSALIND: Yes!") is the
 * book's own convention for who speaks, as sure as "said Rosalind"; PDNC has none to measure it on.
 */
export const TAG_RULES_THAT_CONTRADICT: ReadonlySet<string> = new Set([
  'tag/script-label',
  'tag/after-quote',
  'tag/before-quote',
  'tag/between-parts',
  'tag/previous-paragraph',
  'tag/continued-speech',
]);

/** At most this many places of a repeated line are read (a refrain said twenty times needs no more). */
export const MAX_OCCURRENCES = 8;

/**
 * …except before contradicting a writer, when every place is read, up to this many (the locate
 * stage lists at most 50 further places): "Yes," is printed 24 times in Miss Marjoribanks, and only
 * the 22nd is Mr Ashburton's.
 */
export const MAX_PLACES_TO_CONTRADICT = 64;

/**
 * At most this many quotations of one review are looked for again in the whole book (repeats.ts):
 * each look is one scan of the text (about 5 ms for a 2 MB novel), and a review of 5,000 quotations
 * must still check in seconds.
 */
export const MAX_REPEAT_SEARCHES = 300;

/**
 * How far the book's turn-taking (alternation.ts) may be trusted, by where the turns naming a person
 * are and what stands between them and the line. Measured on PDNC's 17,000 quotations without a named
 * tag of their own (`npm run eval:turns`, eval/results/turns.md; names read with the speaker model's
 * cast, as in the checker). "Opening": words of narration a turn holds before its speech besides its
 * tag ("After a short pause, " is 4); "narration": all it holds besides its tag.
 *
 * The line's speaker (`tag/alternation`, tags name them an even number of turns away):
 * - `contradicts`: tags name the speaker both before and after the line, and no turn between opens on
 *   more than ALTERNATION_MAX_OPENING words of narration: right 223 of 223 (lower bound 0.99 at 90%).
 *   With a longer opening (someone entering, a change of scene) 0.90 of 81: supports only.
 * - `supports`: tags on both sides however the turns open (0.97 of 304); on one side with at most
 *   ALTERNATION_MAX_NARRATION words of narration in any turn between: before the line where no turn
 *   opens on more than ALTERNATION_MAX_OPENING words of narration 0.97 of 722 (0.80 of 81 otherwise,
 *   too weak), after
 *   it with every turn opening on its speech 0.88 of 631. A tag after the line with a turn opening on
 *   narration is often someone entering the talk (0.67 of 327), and a long stretch of narration
 *   breaks the pattern (0.72 of 716): too weak. So is a tag after a line that opens its run right
 *   after a paragraph of narration which does not name the person the tags give (someone else's
 *   action beat, or no one's): 0.79 of 57 and 0.78 of 41, against 0.95 of 53 where it names them
 *   (2026-12-07; `supports` 0.926 of 1,611 → 0.935 of 1,536; eval:pdnc-credits right credits
 *   contradicted 9 → 7, supported 17,556 → 17,553, wrong credits supported 1,413 → 1,416).
 * `tag/addressed` (no tag names the speaker; the other's turns speak to them by name) is right 0.73 of
 * 1495 on one side, 0.92 of 165 on both: it supports only then.
 * Supporting needs less than contradicting: a writer who names the same person as the turns is right
 * far more often than either alone (as with the model, SUPPORT_MIN_CONFIDENCE above).
 *
 * A wrong "contradicted" is the worst error the checker can make, and writers are mostly right: where
 * 19 credits in 20 are right, a source right 0.99 of the time is wrong in about one contradiction in
 * six; so only configurations with no miss in hundreds contradict.
 */
export type AlternationStrength = 'contradicts' | 'supports' | 'too weak';

/** Words of narration a turn between the line and its tag may hold for `supports` (see above). */
export const ALTERNATION_MAX_NARRATION = 15;

/** Words of narration before a turn's speech ("After a short pause, ") that still let it contradict. */
export const ALTERNATION_MAX_OPENING = 4;

export function alternationStrength(p: {
  ruleId: string;
  bothSides: boolean;
  narration: number;
  opening: number;
  naming: readonly { offset: number }[];
  /** Everyone seen on the party's side; two characters the cast keeps apart may be one person ("maybe"). */
  names?: readonly unknown[];
  /** alternation.ts's Party: the narration the line's run opens after names them (null: no such narration). */
  narrationBeforeNamesThem?: boolean | null;
}): AlternationStrength {
  if (p.ruleId === 'tag/addressed') return p.bothSides ? 'supports' : 'too weak';
  // Two of the book's characters on one side that may be one person (Mrs. Sparsit and "Loo", a woman
  // who may have married): the alternation holds, but which of them speaks is not settled enough to
  // contradict (Hard Times, the one miss of 225 in eval:turns).
  const onePerson = (p.names?.length ?? 1) <= 1;
  if (p.bothSides) return p.opening <= ALTERNATION_MAX_OPENING && onePerson ? 'contradicts' : 'supports';
  const before = p.naming.some((x) => x.offset < 0);
  // Named only after a line that opens its run right after a paragraph of narration naming someone
  // else or no one ("The Doctor sighed,--a good honest sigh…", then the line, then "said Kirby" and
  // "said Mitchell's cynical voice": Life in the Iron-Mills, probe round AF271, the Doctor's line
  // "supported" for Mitchell): too weak (above).
  if (!before && p.narrationBeforeNamesThem === false) return 'too weak';
  // Before the line, a turn opening on more than a few words of narration (someone entering) is
  // right only 0.80 of 81 times: too weak to tell a teacher the writer is right.
  if (
    p.narration <= ALTERNATION_MAX_NARRATION &&
    (p.opening === 0 || (before && p.opening <= ALTERNATION_MAX_OPENING))
  )
    return 'supports';
  return 'too weak';
}

/**
 * "The other person of the exchange does not speak the line" (alternation.ts's `other`, tags naming
 * them an odd number of turns away): right 418 of 418 times where tags name them on both sides of the
 * line and no turn between opens on more than ALTERNATION_MAX_OPENING words of narration (`npm run
 * eval:turns`); on one side only 0.99 at best (470 lines, tag before the line, no narration), which is
 * not enough to tell a writer they are wrong (see above).
 */
export function otherPartyStrength(p: {
  ruleId: string;
  bothSides: boolean;
  opening: number;
}): 'contradicts' | 'too weak' {
  return p.ruleId === 'tag/alternation' && p.bothSides && p.opening <= ALTERNATION_MAX_OPENING
    ? 'contradicts'
    : 'too weak';
}
