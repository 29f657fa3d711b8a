/**
 * The book's text as the speech-tag patterns (book-tag-patterns.ts) read it before a line: the same
 * length as the text, so every offset a match gives holds in the book.
 */

/**
 * A description opening a sentence, its determiner in capitals: "The dying man spoke:--", "His
 * mother said, “" (probe round AF277: no tag read, and turn-taking's guess supported a wrong
 * credit). The tag patterns read descriptions in lower case ("said the old man"); before the line,
 * where a tag may open the writer's sentence, the text is read with such a determiner in lower
 * case (the same length: every offset holds; the tag's text is taken from the book as printed).
 * Not after the line, where a capital starts the narration's own sentence ("“Well, are you?” The
 * company laughed"); not "A" or "This", which open too many sentences that name no speaker.
 */
const OPENING_DETERMINER = /(^|[.!?;:][\u201d"\u2019')]*\s+|\n\s*)(The|His|Her|Their|My|Our)(?=\s+\p{Ll})/gu;
export function openingsInLowerCase(s: string): string {
  return s.replace(OPENING_DETERMINER, (_, before: string, det: string) => before + det.toLowerCase());
}

/**
 * A dash after the colon or comma that leads into the next paragraph's speech, as older editions
 * print it: "He bowed in a courtly way as he replied:--" (Dracula ends 472 paragraphs so; probe
 * round AF277: none of them read as the next line's tag, though the speaker model reads them). The
 * paragraph is read without it (its end only: every offset stays the text's).
 */
const LEAD_IN_DASH = /(?<=[,:])[ \t]*(?:-{2,}|[\u2014\u2013\u2015])\s*$/;
export function withoutLeadInDash(paraText: string): string {
  return paraText.replace(LEAD_IN_DASH, '');
}
