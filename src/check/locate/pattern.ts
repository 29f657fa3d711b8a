import type { Span } from '../../book/span.js';
import { normWord, wordsOf } from './words.js';

/**
 * A quotation turned into what is searched for: its words, with the writer's conventions made
 * explicit. An ellipsis (`...`, `…`, `. . .`, `[…]`) or the narration between two parts of a split
 * quotation becomes a `gap` (book words may be skipped there, without penalty); `[he]` becomes an
 * `editorial` token (stands for up to a few book words); `[sic]` and "(emphasis added)" are dropped.
 */
export type PatternToken =
  | { type: 'word'; norm: string; raw: string; start: number; end: number }
  | { type: 'gap'; reason: 'ellipsis' | 'split' }
  | { type: 'editorial'; raw: string; start: number; end: number };

export interface QuotePattern {
  tokens: PatternToken[];
  /** Number of `word` tokens. */
  wordCount: number;
  notes: string[];
  /**
   * The "!" or "?" the writer ends the words with, or null: where a short line is printed at several
   * places, the one that ends so is the line ("“Ah!” said the captain", not Silver's "“Ah,” said he").
   */
  endMark?: '!' | '?' | null;
}

// Order matters: bracketed ellipses before brackets, spaced dots before plain dots.
const SPECIAL_RE =
  /\[\s*(?:\.\s*){3,}\]|\[\s*…\s*\]|\(\s*(?:\.\s*){3,}\)|\(\s*…\s*\)|\.(?:\s?\.){2,}|…|\[\s*sic\s*\]|\(\s*(?:emphasis|italics)\s+(?:added|mine|in original)\s*\)|\(\s*my\s+emphasis\s*\)|\[[^\]\n]{1,60}\]/giu;

/** A match of SPECIAL_RE: where it starts and what it matched. */
interface Special {
  index: number;
  0: string;
}

/**
 * The SPECIAL_RE matches of one review text, found in one pass, and the next match from any offset
 * as a search from there would find it. Searching from each quotation's start instead read the
 * rest of the review every time (the pattern is rare: most searches ran to the review's end), so a
 * review cost quadratic time in its length. A pattern match at a position does not depend on where
 * the search began (the pattern has no anchors or lookbehind), so the first match at or after an
 * offset outside every listed match is the next listed one; from inside a listed match (rare: after
 * "[T]he", the search goes on from the word's end) the pattern is run from there.
 */
class Specials {
  private readonly found: Special[] = [];

  constructor(private readonly source: string) {
    const re = new RegExp(SPECIAL_RE.source, 'giu');
    for (let m = re.exec(source); m !== null; m = re.exec(source))
      this.found.push({ index: m.index, 0: m[0] });
  }

  next(from: number): Special | null {
    const found = this.found;
    // the first listed match ending after `from`
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const f = found[mid]!;
      if (f.index + f[0].length <= from) lo = mid + 1;
      else hi = mid;
    }
    const f = found[lo];
    if (f === undefined) return null;
    if (f.index >= from) return f;
    const re = new RegExp(SPECIAL_RE.source, 'giu');
    re.lastIndex = from;
    const m = re.exec(this.source);
    return m ? { index: m.index, 0: m[0] } : null;
  }
}

/** The last review's specials: every quotation of a review is built from the same text. */
let lastSpecials: Specials | null = null;
let lastSource: string | null = null;

function specialsOf(source: string): Specials {
  if (lastSpecials === null || lastSource !== source) {
    lastSpecials = new Specials(source);
    lastSource = source;
  }
  return lastSpecials;
}

/**
 * Build the pattern of a quotation from its parts (spans into `source`, the review text).
 * Offsets of word tokens stay offsets into `source`.
 */
export function buildPattern(source: string, parts: readonly Span[]): QuotePattern {
  const tokens: PatternToken[] = [];
  const notes: string[] = [];
  parts.forEach((part, partIndex) => {
    if (partIndex > 0) tokens.push({ type: 'gap', reason: 'split' });
    const specials = specialsOf(source);
    let at = part.start;
    const pushWords = (from: number, to: number) => {
      for (const w of wordsOf(source, from, to)) {
        if (w.norm.length === 0) continue;
        tokens.push({
          type: 'word',
          norm: w.norm,
          raw: source.slice(w.start, w.end),
          start: w.start,
          end: w.end,
        });
      }
    };
    let from = part.start;
    for (let m = specials.next(from); m !== null && m.index < part.end; m = specials.next(from)) {
      if (m.index + m[0].length > part.end) break;
      from = m.index + m[0].length;
      // "[T]he", "[w]hen": a letter the writer changed to fit their sentence is part of the word.
      const letter = /^\[(\p{L})\]$/u.exec(m[0]);
      const rest = letter ? /^[\p{L}\p{N}'’-]+/u.exec(source.slice(m.index + 3, part.end)) : null;
      if (letter && rest) {
        pushWords(at, m.index);
        const end = m.index + 3 + rest[0].length;
        const raw = source.slice(m.index, end);
        tokens.push({ type: 'word', norm: normWord(letter[1]! + rest[0]), raw, start: m.index, end });
        at = end;
        from = end;
        continue;
      }
      pushWords(at, m.index);
      at = m.index + m[0].length;
      const s = m[0];
      const inner = s.slice(1, -1).trim().toLowerCase();
      if (/^[.…\s]+$/.test(inner) || /^[.…\s]+$/.test(s)) {
        tokens.push({ type: 'gap', reason: 'ellipsis' });
      } else if (inner === 'sic') {
        notes.push('[sic]: the writer marks an error as the original’s');
      } else if (/^\^[\w-]{1,20}$/.test(inner)) {
        // "[^2]": a Markdown footnote's mark, the writer's note on the words, not a word of them
        notes.push(`${s}: a footnote mark`);
      } else if (s.startsWith('(')) {
        notes.push(`${s}: emphasis is not checked`);
      } else {
        tokens.push({ type: 'editorial', raw: s, start: m.index, end: m.index + s.length });
      }
    }
    pushWords(at, part.end);
  });
  // An ellipsis at the very start or end only says the quotation begins or ends mid-sentence.
  while (tokens.length > 0 && tokens[0]!.type === 'gap') tokens.shift();
  while (tokens.length > 0 && tokens[tokens.length - 1]!.type === 'gap') tokens.pop();
  // Two gaps in a row are one gap.
  const merged = tokens.filter((t, i) => !(t.type === 'gap' && tokens[i - 1]?.type === 'gap'));
  const wordCount = merged.filter((t) => t.type === 'word').length;
  const lastWord = [...merged].reverse().find((t) => t.type === 'word');
  const lastPart = parts[parts.length - 1];
  const mark =
    lastWord && lastPart
      ? /^[^\p{L}\p{N}]*?([!?])/u.exec(source.slice(lastWord.end, lastPart.end))?.[1]
      : undefined;
  return { tokens: merged, wordCount, notes, endMark: mark === '!' || mark === '?' ? mark : null };
}

/** The normalised words of a pattern (for term search and statistics). */
export function patternWords(p: QuotePattern): string[] {
  const out: string[] = [];
  for (const t of p.tokens) if (t.type === 'word') out.push(t.norm);
  return out;
}
