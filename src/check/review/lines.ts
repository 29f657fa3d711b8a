import type { Span } from '../../book/span.js';

/** The lines of a review's text, as the block reader (document.ts) and the table reader (tables.ts) walk them. */

export interface Line {
  start: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  end: number;
  raw: string;
}

export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > at && text[stop - 1] === '\r' ? stop - 1 : stop;
    out.push({ start: at, end, raw: text.slice(at, end) });
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}

export const isBlank = (l: Line) => l.raw.trim().length === 0;

/** The content span of `line` from `from` on, white space trimmed at both ends. */
export function trimmed(text: string, from: number, to: number): Span {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
