/**
 * A video's or a podcast's time code opening a line ("10:31 Sir Henry vs Barrymore: “…”", "[22:10]
 * Madame de Vionnet: “…”", "**(1:02:15)** –"): what follows it is read as if the line began there.
 * Regular-expression sources, for the extract and credits stages alike.
 */

/** The stamp itself: "10:31", "[22:10]", "(1:02:15)". */
export const TIME_STAMP = '[[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?';

/** A stamp and what parts it from the line's words: spaces, maybe a dash or a bar. */
export const TIME_CODE = `${TIME_STAMP}(?:[ \\t]+[-–—|])?[ \\t]+`;

/** A time code at the start of a line, maybe in Markdown bold ("**[22:10]**"). */
export const LEADING_TIME_CODE = new RegExp(
  `^(?:\\*\\*|__)?${TIME_STAMP}(?:\\*\\*|__)?(?:[ \\t]+[-–—|])?[ \\t]+`,
);
