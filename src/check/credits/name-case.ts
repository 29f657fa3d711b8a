import type { Span } from '../../book/span.js';
import { HONORIFICS } from '../../lexicon.js';
import { LETTERS } from '../../text/letters.js';
import type { Cast } from '../attribute/cast.js';
import { STOPWORDS } from '../locate/words.js';
import type { ReviewDocument } from '../review/document.js';

/**
 * Writing in lower case ("when estella tells miss havisham “…”", "pip to estella: “…”", a Tumblr
 * post, a text message): every credit form reads a name by its capitals, so a lower-case page
 * credits no one. Where the writer leaves most sentences in lower case, the credit stage reads a
 * copy of the page with the book's character names capitalised ("Estella", "Miss Havisham").
 * Same length, same offsets: a credit's span still points at the writer's words. Only outside the
 * quotations, and only the words of the book's own names (not "a", "will" or any common word).
 */

/** Share of the writer's sentences opening in lower case for the page to count as written in lower case. */
const LOWER_CASE_SHARE = 0.5;
/** …and at least this many such sentences (a line or two proves nothing). */
const MIN_LOWER_STARTS = 3;

/** A sentence's first letter: at the start of a line, or after . ! ? and a space. */
const SENTENCE_START = new RegExp(String.raw`(?:^|\n|[.!?…]\s+)[\s>*_#\-•·]*([${LETTERS}])`, 'gu');

function outside(spans: readonly Span[], at: number): boolean {
  return !spans.some((s) => at >= s.start && at < s.end);
}

/** Whether the page's own sentences mostly open in lower case. */
export function writtenInLowerCase(text: string, quoted: readonly Span[]): boolean {
  let lower = 0;
  let all = 0;
  for (const m of text.matchAll(SENTENCE_START)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (!outside(quoted, at)) continue;
    all++;
    if (m[1] !== m[1]!.toUpperCase()) lower++;
  }
  return lower >= MIN_LOWER_STARTS && lower >= LOWER_CASE_SHARE * all;
}

/** The words of the cast's names, lower case: given and family names, not titles or common words. */
function nameWords(cast: Cast): Set<string> {
  const out = new Set<string>();
  for (const c of cast.characters)
    for (const n of [c.name, ...c.aliases])
      for (const w of n.toLowerCase().split(/[^\p{L}'’-]+/u))
        if (w.length >= 2 && !STOPWORDS.has(w) && !HONORIFICS.has(w.replace(/\.$/, ''))) out.add(w);
  return out;
}

const WORD = new RegExp(`[${LETTERS}][${LETTERS}'’-]*`, 'gu');

/**
 * The page with the cast's names capitalised outside the quotations, when it is written in lower
 * case; else the page itself. A title before a name ("miss havisham", "mr. jaggers") is capitalised
 * with it.
 */
export function withNamesCapitalised(
  doc: ReviewDocument,
  quoted: readonly Span[],
  cast: Cast,
): ReviewDocument {
  if (cast.characters.length === 0 || !writtenInLowerCase(doc.text, quoted)) return doc;
  const names = nameWords(cast);
  const chars = doc.text.split('');
  let changed = false;
  const words = [...doc.text.matchAll(WORD)];
  words.forEach((m, i) => {
    const w = m[0];
    if (w[0] !== w[0]!.toLowerCase() || !outside(quoted, m.index)) return;
    const key = w.toLowerCase().replace(/['’]s$/, '');
    const next = words[i + 1];
    const isName = names.has(key);
    const titleOfName =
      HONORIFICS.has(key) &&
      next !== undefined &&
      /^\.?\s+$/.test(doc.text.slice(m.index + w.length, next.index)) &&
      names.has(next[0].toLowerCase().replace(/['’]s$/, ''));
    if (!isName && !titleOfName) return;
    const upper = w[0]!.toUpperCase();
    if (upper.length !== 1) return; // same length, or the offsets would move
    chars[m.index] = upper;
    changed = true;
  });
  return changed ? { ...doc, text: chars.join('') } : doc;
}

/**
 * Before extraction knows the quotations: the stretches inside a pair of quote marks on one line
 * (what a name-capitalised copy must leave as written), and nothing for unmarked lines.
 */
export function withinMarks(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/“[^”\n]*”|"[^"\n]*"|‘[^’\n]*’(?![\p{L}])/gu))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
