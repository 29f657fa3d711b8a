/**
 * LitBank's annotation files against the novel's text. LitBank gives the first ~2,000 words of each
 * of its 92 novels as tokens (litbank/quotations/<novel>_brat.txt: one sentence a line, tokens
 * separated by spaces) and its annotations by sentence and token index (<novel>_brat.ann). Verbatim
 * reports offsets into the novel's own text (litbank/original/<novel>.txt); these helpers carry
 * LitBank's token positions over to it.
 */
import { readFileSync } from 'node:fs';

/** A token's place in the text, or null when LitBank rewrote it (“ for ", `` for “) and it is not there. */
export type TokenSpan = { start: number; end: number } | null;

/**
 * Each token of each sentence line, found in `text` left to right from where the last one ended. A
 * token not found within 40 characters is one LitBank rewrote: it gets null and the next one
 * re-anchors.
 */
export function alignTokens(text: string, lines: readonly string[]): TokenSpan[][] {
  const out: TokenSpan[][] = [];
  let pos = 0;
  for (const line of lines) {
    const row: TokenSpan[] = [];
    for (const token of line.split(' ')) {
      if (!token) continue;
      let at = -1;
      let p = pos;
      while (p < text.length && /\s/.test(text[p]!)) p++;
      if (text.startsWith(token, p)) at = p;
      else {
        const found = text.indexOf(token, pos);
        if (found >= 0 && found - pos < 40) at = found;
      }
      if (at < 0) {
        row.push(null);
        continue;
      }
      row.push({ start: at, end: at + token.length });
      pos = at + token.length;
    }
    out.push(row);
  }
  return out;
}

/** The sentence lines of a `_brat.txt` file (blank lines dropped). */
export function readBratLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
}

/** A quotation LitBank annotates: sentence and token indexes (end inclusive), and its speaker's label. */
export interface BratQuote {
  id: string;
  from: { sentence: number; token: number };
  to: { sentence: number; token: number };
  text: string;
  /** The speaker's label ("Mrs_Bennet-7", "a_girl-12", "I-0"), or null when LitBank gives none. */
  speaker: string | null;
}

/** The QUOTE and ATTRIB lines of a `_brat.ann` file. */
export function readBratQuotes(file: string): BratQuote[] {
  const quotes: BratQuote[] = [];
  const speakers = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f[0] === 'QUOTE' && f.length >= 7) {
      quotes.push({
        id: f[1]!,
        from: { sentence: Number(f[2]), token: Number(f[3]) },
        to: { sentence: Number(f[4]), token: Number(f[5]) },
        text: f[6]!,
        speaker: null,
      });
    } else if (f[0] === 'ATTRIB' && f.length >= 3) speakers.set(f[1]!, f[2]!);
  }
  for (const q of quotes) q.speaker = speakers.get(q.id) ?? null;
  return quotes;
}

/** The text span from the first to the last token of a range that were found (null if none was). */
export function spanOf(tokens: readonly TokenSpan[][], q: BratQuote): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  for (let s = q.from.sentence; s <= q.to.sentence; s++) {
    const row = tokens[s] ?? [];
    const lo = s === q.from.sentence ? q.from.token : 0;
    const hi = s === q.to.sentence ? q.to.token : row.length - 1;
    for (let t = lo; t <= hi; t++) {
      const tok = row[t];
      if (!tok) continue;
      if (start < 0) start = tok.start;
      end = tok.end;
    }
  }
  return start < 0 ? null : { start, end };
}
