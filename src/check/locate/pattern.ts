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
}

// Order matters: bracketed ellipses before brackets, spaced dots before plain dots.
const SPECIAL_RE =
  /\[\s*(?:\.\s*){3,}\]|\[\s*…\s*\]|\(\s*(?:\.\s*){3,}\)|\(\s*…\s*\)|\.(?:\s?\.){2,}|…|\[\s*sic\s*\]|\(\s*(?:emphasis|italics)\s+(?:added|mine|in original)\s*\)|\(\s*my\s+emphasis\s*\)|\[[^\]\n]{1,60}\]/giu;

/**
 * Build the pattern of a quotation from its parts (spans into `source`, the review text).
 * Offsets of word tokens stay offsets into `source`.
 */
export function buildPattern(source: string, parts: readonly Span[]): QuotePattern {
  const tokens: PatternToken[] = [];
  const notes: string[] = [];
  parts.forEach((part, partIndex) => {
    if (partIndex > 0) tokens.push({ type: 'gap', reason: 'split' });
    const re = new RegExp(SPECIAL_RE.source, 'giu');
    re.lastIndex = part.start;
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
    for (let m = re.exec(source); m !== null && m.index < part.end; m = re.exec(source)) {
      if (m.index + m[0].length > part.end) break;
      // "[T]he", "[w]hen": a letter the writer changed to fit their sentence is part of the word.
      const letter = /^\[(\p{L})\]$/u.exec(m[0]);
      const rest = letter ? /^[\p{L}\p{N}'’-]+/u.exec(source.slice(m.index + 3, part.end)) : null;
      if (letter && rest) {
        pushWords(at, m.index);
        const end = m.index + 3 + rest[0].length;
        const raw = source.slice(m.index, end);
        tokens.push({ type: 'word', norm: normWord(letter[1]! + rest[0]), raw, start: m.index, end });
        at = end;
        re.lastIndex = end;
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
  return { tokens: merged, wordCount, notes };
}

/** The normalised words of a pattern (for term search and statistics). */
export function patternWords(p: QuotePattern): string[] {
  const out: string[] = [];
  for (const t of p.tokens) if (t.type === 'word') out.push(t.norm);
  return out;
}
