/**
 * Quotations that are writing, not speech: a letter or note quoted in full. Dialogue share counts
 * speech, as PDNC's annotation does (it leaves letters out), so these are set aside. Rules (ids):
 * - `written/salutation`: the quotation opens with a letter's salutation set apart from what follows
 *   ("My dear Anne,--I make…", "Dear Fanny,   You know…"): spoken address runs straight on ("My dear
 *   Anne, you are…"), and a line break alone is only the edition's wrapping.
 * - `written/introduced`: a long quotation (WRITTEN_MIN_CHARACTERS or more) opening a paragraph right
 *   after narration that speaks of writing in its last words (`WRITING_INTRODUCERS` in src/lexicon.ts:
 *   "the following letter was received", "these were the contents") and does not end a sentence there
 *   or name a speech verb ("took up Willoughby's letter, and exclaimed;" introduces speech).
 */
import { findSpanIndex, type Span } from '../book/span.js';
import { SPEECH_VERBS, WRITING_INTRODUCERS } from '../lexicon.js';
import { partsOf, type QuoteInput } from './types.js';
import { verseRule } from './verse.js';

/** A spoken speech after "she read the letter" is rarely this long; a letter nearly always is. */
export const WRITTEN_MIN_CHARACTERS = 300;
/** How far back from the quotation the narration is read for a writing word. */
const INTRODUCER_REACH = 250;

const SALUTATION =
  /^(?:(?:my\s+)?(?:dear(?:est)?|honou?red|respected|beloved)\s+[A-Za-z][\w.']*(?:\s+[A-Z][\w.']*){0,2}|sir|madam|gentlemen)\s*[,:](?:\s*--|\s*[\u2014\u2013]|[ \t]{2,})/i;

export function writtenRule(text: string, quote: QuoteInput, paragraphs: readonly Span[]): string | null {
  const parts = partsOf(quote);
  const first = parts[0] ?? quote;
  if (SALUTATION.test(text.slice(first.start, first.start + 80))) return 'written/salutation';
  const length = parts.reduce((n, p) => n + p.end - p.start, 0);
  if (length < WRITTEN_MIN_CHARACTERS) return null;
  const p = findSpanIndex(paragraphs, first.start);
  if (p < 1) return null;
  // The quotation opens its paragraph (only marks and spaces before it).
  if (!/^[\s"'\u201c\u2018_]*$/.test(text.slice(paragraphs[p]!.start, first.start))) return null;
  const before = paragraphs[p - 1]!;
  const tail = text.slice(Math.max(before.start, before.end - INTRODUCER_REACH), before.end);
  // Narration, not a speech: the paragraph before holds no quotation mark.
  if (/["\u201c\u201d]/.test(tail)) return null;
  // The narration leads into the quotation (a colon, a dash, nothing), rather than ending a sentence.
  if (/[.!?]\s*$/.test(tail)) return null;
  const words = tail.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.some((w) => SPEECH_VERBS.has(w))) return null;
  return words.some((w) => WRITING_INTRODUCERS.has(w)) ? 'written/introduced' : null;
}

/** Why a quotation is no speech: `writtenRule`'s id (a letter), `verseRule`'s (verse recited), or null. */
export function notSpeechRule(text: string, quote: QuoteInput, paragraphs: readonly Span[]): string | null {
  return writtenRule(text, quote, paragraphs) ?? verseRule(text, quote);
}

/** The spoken quotations' parts: every quotation's parts except those `notSpeechRule` sets aside. */
export function spokenParts(
  text: string,
  quotes: readonly QuoteInput[],
  paragraphs: readonly Span[],
): Span[] {
  return quotes.flatMap((q) => (notSpeechRule(text, q, paragraphs) ? [] : partsOf(q)));
}
