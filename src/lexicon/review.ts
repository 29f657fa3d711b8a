/** Writing about a book: the labels a page puts before a line that are not a speaker's name. */

/**
 * Words that head a line of writing about a book as a label, not as a speaker's name: "Summary: …",
 * "Related Characters: …", "Page Number: 34". A line `Label: words` is not a screenplay line, and the
 * label is not a credit. Checked in lower case, on the whole label or its first word.
 */
export const REVIEW_LABELS: ReadonlySet<string> = new Set(
  `quote quotes quotation quotations excerpt extract passage line lines key note notes nb ps p.s summary synopsis
  plot analysis explanation context theme themes motif motifs symbol symbols symbolism meaning significance
  interpretation commentary comment comments response answer answers question questions q&a example examples
  related characters character speaker speakers source sources reference references citation page pages
  chapter chapters book part volume vol act scene setting settings tone mood style genre author title
  published publisher edition translator date dates location locations place places time period background
  introduction conclusion overview takeaway takeaways lesson lessons moral tip tips update edit warning spoiler
  spoilers rating verdict review reviewed cast director starring format isbn price length words topic topics
  description definition caption image photo credit credits link links read listen watch buy category
  categories tags tag posted filed keywords fact facts trivia why how what who when where which important
  remember observe notice q interviewer interview hint clue discussion discuss addressee listener task activity
  prompt exercise point evidence explain explore elaborate technique effect claim reasoning warrant thesis
  counterargument counterclaim rebuttal term terms front back`
    .split(/\s+/)
    .filter(Boolean),
);
