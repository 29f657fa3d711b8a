import type { Span } from '../../book/span.js';
import { LETTERS } from '../../text/letters.js';

/**
 * The quote-mark scanner: the top-level quotations of one paragraph, however the writer marks them.
 * English curly and straight marks (“…” ‘…’ "…" '…'), guillemets both ways round («…» and »…«, ‹…›),
 * German and Polish low marks („…“ „…” ‚…‘), Swedish ”…”, and the marks of a page whose UTF-8 was
 * read as Windows-1252 (â€œ…â€). Quotations nest to any depth (a quotation inside a quotation
 * stays inside the outer one). Apostrophes are told apart from single marks by the letters around
 * them: "don't", "the Bennets' house", "'tis", "the '90s".
 *
 * A mark is read from its neighbours: one with white space (or an opening bracket) before it and a
 * letter after it opens; one with a letter or punctuation before it and white space or punctuation
 * after it closes. Marks that can only open or only close (“ ” „ « ») follow their shape unless the
 * context says the page uses the other convention (German „…“, Swedish ”…”, Danish »…«).
 */

type Family = 'double' | 'single' | 'guillemet' | 'single-guillemet';

/** One mark as found: its canonical character and how many characters of the text it takes. */
interface Token {
  pos: number;
  len: number;
  ch: string;
}

interface Open {
  family: Family;
  /** The opening character (decides what may close it: „ is closed by “ or ”). */
  ch: string;
  pos: number;
  len: number;
}

export interface MarkedQuote {
  /** The quoted words, marks excluded. */
  inner: Span;
  /** From the opening mark to the closing one (to the end of the guess when unclosed). */
  outer: Span;
  /** The opening mark was never closed in the paragraph: `inner` is a best guess. */
  openAtEnd: boolean;
  /** The opening mark, as found (for messages): `“`, `«`, `â€œ`. */
  mark: string;
  /** The unclosed quotation opens at the very start of the paragraph (a multi-paragraph quotation may go on). */
  opensParagraph: boolean;
}

export interface StrayMark {
  span: Span;
  mark: string;
}

export interface ScanResult {
  quotes: MarkedQuote[];
  /** Closing marks with nothing open before them. */
  stray: StrayMark[];
}

/**
 * Elided words an apostrophe stands for at the start of a word ('tis, 'em, 'cause, the '90s, a
 * dropped h: 'im, a young 'un). Not 'is or 'er, which open quotations too ("'Is it true?'").
 * (Probe round AF101: "Eat 'im!" on its own line was read as the quotation "im!"; AF204: "I'm 'fraid
 * of" opened a quotation that ran to the end of its list item.) Dialect's: 'fraid, 'cept, 'spose…
 */
const ELISIONS =
  /^(?:tis|twas|twere|twill|twould|tain|em|im|un|n|cause|til|till|ere|neath|gainst|bout|fraid|cept|specially|spose|sposin|pears|nough|fore|member|kase)\b|^\d0?s\b|^\d\d\b/i;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/\u201c\u2018\u201e\u201a"'«»‹›]/;
const CLOSING_CONTEXT = /[\s)\]}.,;:!?\u2014\u2013\-/\u201d\u2019\u201c\u2018"'»«›‹*_…]/;
const LETTER = new RegExp(String.raw`[${LETTERS}\p{N}]`, 'u');
const ALL_MARKS = '"“”„‟«»‹›\'‘’‚';

const FAMILY: Record<string, Family> = {
  '"': 'double',
  '“': 'double',
  '”': 'double',
  '„': 'double',
  '‟': 'double',
  "'": 'single',
  '‘': 'single',
  '’': 'single',
  '‚': 'single',
  '«': 'guillemet',
  '»': 'guillemet',
  '‹': 'single-guillemet',
  '›': 'single-guillemet',
};

/**
 * UTF-8 curly marks read as Windows-1252: “ → â€œ, ” → â€ + U+009D (often lost), ‘ → â€˜,
 * ’ → â€™, „ → â€ž. Every other character of that row is something else: the dashes (â€“ â€” â€•,
 * whose third characters are curly marks or a bullet), the ellipsis (â€¦), the bullet (â€¢).
 */
const MOJIBAKE_MARKS: Record<string, string> = { œ: '“', '\u009d': '”', '˜': '‘', '™': '’', ž: '„' };

/** The family of a quotation mark as found (`“`, `'`, the mis-encoded `â€œ`), or null for no mark. */
export function markFamily(mark: string): Family | null {
  const ch = mark.startsWith('â€') ? MOJIBAKE_MARKS[mark[2] ?? '\u009d'] : mark[0];
  return ch ? (FAMILY[ch] ?? null) : null;
}

function mojibakeAt(text: string, i: number): Token | null | 'other' {
  if (text[i] !== 'â' || text[i + 1] !== '€') return null;
  const third = text[i + 2];
  const mark = third === undefined ? undefined : MOJIBAKE_MARKS[third];
  if (mark) return { pos: i, len: 3, ch: mark };
  // The lost U+009D of a closing ”: what follows is ordinary text.
  if (third === undefined || /[\s\p{L}\p{N}.,;:!?)\]]/u.test(third)) return { pos: i, len: 2, ch: '”' };
  return 'other';
}

function tokensIn(text: string, span: Span): Token[] {
  const out: Token[] = [];
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    if (c === 'â') {
      const m = mojibakeAt(text, i);
      if (m === 'other') {
        i += 2;
        continue;
      }
      if (m && m.pos + m.len <= span.end) {
        out.push(m);
        i += m.len - 1;
      }
      continue;
    }
    if (ALL_MARKS.includes(c)) out.push({ pos: i, len: 1, ch: c });
  }
  return out;
}

const isBlank = (c: string | undefined) => c === undefined || /\s/.test(c);

interface Context {
  prev: string | undefined;
  next: string | undefined;
  /** Could open: starts a stretch (white space or a bracket before, a non-blank after). */
  left: boolean;
  /** Could close: ends a stretch (a non-blank before, white space or punctuation after). */
  right: boolean;
}

function contextOf(text: string, t: Token, span: Span): Context {
  const prev = t.pos > span.start ? text[t.pos - 1] : undefined;
  const nextAt = t.pos + t.len;
  const next = nextAt < span.end ? text[nextAt] : undefined;
  const left = (prev === undefined || OPENING_CONTEXT.test(prev)) && !isBlank(next);
  const right = !isBlank(prev) && (next === undefined || CLOSING_CONTEXT.test(next));
  return { prev, next, left, right };
}

type Role = 'open' | 'close' | 'either' | 'apostrophe';

function singleRole(text: string, t: Token, c: Context, span: Span): Role {
  const prevLetter = c.prev !== undefined && LETTER.test(c.prev);
  const nextLetter = c.next !== undefined && LETTER.test(c.next);
  if (prevLetter && nextLetter) return 'apostrophe';
  if (c.left && !c.right) {
    if (ELISIONS.test(text.slice(t.pos + t.len, Math.min(span.end, t.pos + t.len + 12)))) return 'apostrophe';
    return 'open';
  }
  if (c.right && !c.left) return 'close';
  if (c.left && c.right) return 'either';
  return 'apostrophe';
}

function contextRole(c: Context): Role {
  if (c.left && !c.right) return 'open';
  if (c.right && !c.left) return 'close';
  return 'either';
}

/** May a mark `ch` close a quotation opened by `opener`? („ is closed by “ or ”; » by « on Danish pages.) */
function closes(opener: string, ch: string): boolean {
  switch (opener) {
    case '„':
      return ch === '“' || ch === '”' || ch === '"';
    case '‚':
      return ch === '‘' || ch === '’' || ch === "'";
    case '»':
      return ch === '«';
    case '«':
      return ch === '»';
    case '›':
      return ch === '‹';
    case '‹':
      return ch === '›';
    case '“':
    case '‟':
      return ch === '”' || ch === '"' || ch === '“';
    case '”':
      return ch === '”' || ch === '"';
    case '‘':
      return ch === '’' || ch === "'" || ch === '‘';
    default:
      // straight marks close with either straight or curly
      return FAMILY[opener] === FAMILY[ch];
  }
}

/** Words an unclosed quotation is guessed to run over before the guess stops at a sentence end. */
const UNCLOSED_GUESS_WORDS = 120;

/** The quotations of one paragraph (`span`), outermost only: inner quotations stay in their text. */
export function scanMarks(text: string, span: Span): ScanResult {
  const tokens = tokensIn(text, span);
  const quotes: MarkedQuote[] = [];
  const stray: StrayMark[] = [];
  const stack: Open[] = [];
  const isOpen = (family: Family) => stack.some((o) => o.family === family);
  /** The innermost open quotation `ch` may close, as a stack index, or -1. */
  const closable = (ch: string) => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (FAMILY[stack[k]!.ch] === FAMILY[ch]) return closes(stack[k]!.ch, ch) ? k : -1;
    }
    return -1;
  };
  const push = (t: Token, family: Family) => stack.push({ family, ch: t.ch, pos: t.pos, len: t.len });
  const close = (k: number, t: Token) => {
    const open = stack[k]!;
    stack.length = k;
    const inner = { start: open.pos + open.len, end: t.pos };
    if (k === 0 && text.slice(inner.start, inner.end).trim().length > 0) {
      quotes.push({
        inner,
        outer: { start: open.pos, end: t.pos + t.len },
        openAtEnd: false,
        mark: text.slice(open.pos, open.pos + open.len),
        opensParagraph: false,
      });
    }
  };
  const strayClose = (t: Token) =>
    stray.push({ span: { start: t.pos, end: t.pos + t.len }, mark: text.slice(t.pos, t.pos + t.len) });

  for (let m = 0; m < tokens.length; m++) {
    const t = tokens[m]!;
    const family = FAMILY[t.ch]!;
    const c = contextOf(text, t, span);
    const k = closable(t.ch);
    switch (t.ch) {
      case '„':
      case '‟':
        push(t, 'double');
        break;
      case '‚':
        // A low single mark is a comma-like glyph: only an opener when it stands before a word.
        if (c.left && c.next !== undefined && LETTER.test(c.next)) push(t, 'single');
        break;
      case '“': {
        // Opens, except where a German „ waits for it, or it plainly ends a stretch of words.
        const lowOpen = k >= 0 && stack[k]!.ch === '„';
        if (k >= 0 && (lowOpen || contextRole(c) === 'close')) close(k, t);
        else push(t, 'double');
        break;
      }
      case '”': {
        // Closes; a Swedish page opens with it too (”…”).
        if (k >= 0 && contextRole(c) !== 'open') close(k, t);
        else if (contextRole(c) === 'open' && !isOpen('double')) push(t, 'double');
        else if (k >= 0) close(k, t);
        else strayClose(t);
        break;
      }
      case '"': {
        const role = contextRole(c);
        if (role === 'open' || (role === 'either' && k < 0)) push(t, 'double');
        else if (k >= 0) close(k, t);
        else strayClose(t);
        break;
      }
      case '«':
      case '‹': {
        // Opens («…», French with or without spaces inside); closes a Danish »…« quotation.
        const reversed = k >= 0 && (stack[k]!.ch === '»' || stack[k]!.ch === '›');
        const nextLetter = c.next !== undefined && LETTER.test(c.next);
        if (reversed && !nextLetter) close(k, t);
        else push(t, family);
        break;
      }
      case '»':
      case '›': {
        // Closes; opens on a German or Danish page (»…«), where a word follows it directly.
        const nextLetter = c.next !== undefined && LETTER.test(c.next);
        const prevOpens = c.prev === undefined || OPENING_CONTEXT.test(c.prev);
        if (k >= 0 && !(nextLetter && prevOpens)) close(k, t);
        else if (nextLetter) push(t, family);
        else if (k >= 0) close(k, t);
        // "Posted by quillpig » Tue 14:02", "Home › Books": a separator between words, no quote mark
        // (probe rounds AF219, AF222: warned of as a stray closing mark).
        else if (!(isBlank(c.prev) && isBlank(c.next))) strayClose(t);
        break;
      }
      default: {
        // ' ‘ ’
        const role = singleRole(text, t, c, span);
        if (role === 'apostrophe') break;
        const lowOpen = k >= 0 && stack[k]!.ch === '‚';
        if (lowOpen && t.ch === '‘' && role !== 'open') {
          close(k, t);
          break;
        }
        if (role === 'open' || (role === 'either' && !isOpen('single'))) {
          // A ’ that could open or close with nothing open is an apostrophe ("the Bennets’ ’90s").
          if (t.ch === '’' && role === 'either') break;
          push(t, 'single');
          break;
        }
        if (k < 0) break; // "the Bennets' house", "James' book": nothing open, an apostrophe
        // 'Barkis is willin'', 'in the mornin'.': a dropped letter at the end of the quotation, the
        // closing mark right after it (a stop between at most). Closing at the first would leave the
        // second to open a quotation of the prose that follows.
        if (
          c.prev !== undefined &&
          LETTER.test(c.prev) &&
          /^[.,!?;:]?['’](?![\p{L}\p{N}])/u.test(text.slice(t.pos + t.len, t.pos + t.len + 3))
        )
          break;
        // "s' " followed by a lower-case word may be a plural possessive inside the quotation, and a
        // dialect's dropped letter ("wi' a hand", "an' I reckon", "goin' home") an apostrophe too:
        // keep looking when a later closing single mark exists before the next opening one.
        if (
          c.prev !== undefined &&
          LETTER.test(c.prev) &&
          /^\s(?:\p{Ll}|I(?![\p{L}]))/u.test(text.slice(t.pos + t.len, t.pos + t.len + 3))
        ) {
          let laterClose = false;
          for (let j = m + 1; j < tokens.length; j++) {
            const u = tokens[j]!;
            if (FAMILY[u.ch] !== 'single') continue;
            const r = singleRole(text, u, contextOf(text, u, span), span);
            if (r === 'open') break;
            if (r === 'close' || r === 'either') {
              laterClose = true;
              break;
            }
          }
          if (laterClose) break;
        }
        close(k, t);
      }
    }
  }
  // Anything still open at the end of the paragraph: the outermost one is a best guess.
  if (stack.length > 0) {
    const open = stack[0]!;
    const from = open.pos + open.len;
    const rest = text.slice(from, span.end);
    let end = from + rest.trimEnd().length;
    // A long paragraph: the guess stops at the first sentence end rather than swallowing it all.
    if (rest.split(/\s+/).length > UNCLOSED_GUESS_WORDS) {
      const stop = /[.!?](?=\s|$)/.exec(rest);
      if (stop) end = from + stop.index + 1;
    }
    // An unclosed single mark under nothing else that was probably an apostrophe is not a quotation
    // unless it is all there is: keep the guess only for double marks and guillemets, or a lone single.
    if (end > from && (open.family !== 'single' || stack.length === 1)) {
      quotes.push({
        inner: { start: from, end },
        outer: { start: open.pos, end },
        openAtEnd: true,
        mark: text.slice(open.pos, open.pos + open.len),
        opensParagraph: text.slice(span.start, open.pos).trim().length === 0,
      });
    }
  }
  quotes.sort((a, b) => a.outer.start - b.outer.start);
  return { quotes, stray };
}

/** Does the paragraph at `span` open with a quote mark (white space and `>` markers aside)? */
export function opensWithMark(text: string, span: Span): boolean {
  let i = span.start;
  while (i < span.end && /[\s>]/.test(text[i]!)) i++;
  if (i >= span.end) return false;
  const m = mojibakeAt(text, i);
  if (m && m !== 'other') return m.ch === '“' || m.ch === '‘';
  const c = text[i]!;
  if (c === '«') return true;
  return '“"‘\'»„‚‹›'.includes(c) && i + 1 < span.end && !/\s/.test(text[i + 1]!);
}
