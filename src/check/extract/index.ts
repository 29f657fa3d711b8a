import type { Span } from '../../book/span.js';
import { SPEECH_VERB_RE } from '../credits/index.js';
import type { ReviewDocument } from '../review/document.js';
import type { ReviewWarning, SetOff } from '../types.js';

/**
 * Stage 1 of the check, extract. Finding the quotations in a review: double and single quote marks (curly or straight, British or
 * American, nested), guillemets, Markdown `>` block quotes and indented block quotes, and a quotation
 * split by the writer's narration ("'I kept you apart,' she says, 'and I am sorry.'" is one quotation
 * in two parts). Apostrophes are told apart from single quote marks: "don't", "the Bennets' house",
 * "'tis", "the '90s".
 */

export interface ExtractedQuote {
  /** The quoted words, quote marks excluded; several parts when the writer split the quotation. */
  parts: Span[];
  /** The narration between parts ("she says"), one span per gap. */
  between: Span[];
  /** From the first opening mark to the last closing mark (the whole block for block quotes). */
  outer: Span;
  block: boolean;
  /** How the writer set it off. */
  setOff: SetOff;
  /** 1-based line (or paragraph) in the file the writer gave. */
  line: number;
  /** The quote marks were not balanced: this span is a best guess. */
  unbalanced: boolean;
}

export interface Extraction {
  quotes: ExtractedQuote[];
  warnings: ReviewWarning[];
}

type MarkKind = 'double' | 'single' | 'guillemet';

interface Open {
  kind: MarkKind;
  pos: number;
}

const ELISIONS =
  /^(?:tis|twas|twere|twill|twould|em|n|cause|til|till|ere|neath|gainst|bout)\b|^\d0?s\b|^\d\d\b/i;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/\u201c\u2018"'«]/;
const CLOSING_CONTEXT = /[\s)\]}.,;:!?\u2014\u2013\-/\u201d\u2019"'»*_]/;
const LETTER = /[\p{L}\p{N}]/u;

function isBlank(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

/** Paragraphs: runs of text separated by blank lines. */
function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n(?:[ \t>]*\r?\n)+/g;
  let at = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > at) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out.filter((p) => text.slice(p.start, p.end).trim().length > 0);
}

/** Markdown `>` block quotes and paragraphs indented by four spaces or a tab. */
function blockQuotes(text: string): Span[] {
  const out: Span[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0) out.push({ start: blockStart, end: blockEnd });
    blockStart = -1;
  };
  for (const line of lines) {
    const isQuoteLine = /^ {0,3}>/.test(line);
    if (isQuoteLine) {
      if (blockStart < 0) blockStart = offset;
      blockEnd = offset + line.replace(/\r$/, '').length;
    } else flush();
    offset += line.length + 1;
  }
  flush();
  // Indented paragraphs (plain-text convention), only when not a list or code-looking line.
  for (const p of paragraphs(text)) {
    const body = text.slice(p.start, p.end);
    const lines2 = body.split('\n').filter((l) => l.trim().length > 0);
    if (
      lines2.every((l) => /^(?: {4}|\t)\s*\S/.test(l)) &&
      !out.some((b) => b.start <= p.start && p.start < b.end)
    ) {
      out.push(p);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Trim whitespace, `>` markers, surrounding quote marks and a trailing page citation from a block. */
function blockContent(text: string, block: Span): Span {
  let s = block.start;
  let e = block.end;
  const trimChars = /[\s>]/;
  while (s < e && trimChars.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  // "(p. 34)", "(34)", "(ch. 3)", "— p. 34" at the end
  const tail =
    /\s*(?:[\u2014\u2013-]\s*)?\((?:p{1,2}\.?\s*)?(?:ch(?:apter|\.)?\s*)?[\divxlc\s,.–-]+\)\s*$/i.exec(
      text.slice(s, e),
    );
  if (tail) e -= tail[0].length;
  const first = text[s];
  const last = text[e - 1];
  const wrapped = (first === '“' || first === '"') && (last === '”' || last === '"');
  // Only a wrapper when no other double mark is inside ("“Yes,” said he, “it is.”" is two parts).
  if (wrapped && !/["“”]/.test(text.slice(s + 1, e - 1))) {
    s++;
    e--;
  }
  return { start: s, end: e };
}

/** Narration between two parts of one split quotation: short, with a speech verb. */
function isSplitNarration(gap: string, firstPart: string): boolean {
  const trimmed = gap.trim();
  if (trimmed.length === 0 || trimmed.length > 80) return false;
  const words = trimmed.split(/\s+/).filter((w) => LETTER.test(w));
  if (words.length === 0 || words.length > 8) return false;
  if (!SPEECH_VERB_RE.test(trimmed)) return false;
  const firstEnds = /[,\u2014\u2013!?-]\s*$/.test(firstPart);
  const gapStarts = /^[,\u2014\u2013]/.test(trimmed);
  const gapEnds = /[,\u2014\u2013]$/.test(trimmed) || /[.]$/.test(trimmed);
  // One clause of narration ("said he,"), not a sentence and the start of another.
  if (/[.!?;:]\s/.test(trimmed.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Mme|Mlle|Col|Capt|Rev)\./g, ''))) return false;
  return (firstEnds || gapStarts) && gapEnds;
}

interface Mark {
  pos: number;
  ch: string;
}

function classifySingle(text: string, i: number, end: number): 'open' | 'close' | 'both' | 'apostrophe' {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = i + 1 < end ? text[i + 1] : undefined;
  const prevLetter = prev !== undefined && LETTER.test(prev);
  const nextLetter = next !== undefined && LETTER.test(next);
  if (prevLetter && nextLetter) return 'apostrophe';
  const left = (prev === undefined || OPENING_CONTEXT.test(prev)) && !isBlank(next);
  const right = !isBlank(prev) && (next === undefined || CLOSING_CONTEXT.test(next));
  if (left && !right) {
    if (ELISIONS.test(text.slice(i + 1, Math.min(end, i + 12)))) return 'apostrophe';
    return 'open';
  }
  if (right && !left) return 'close';
  if (left && right) return 'both';
  return 'apostrophe';
}

function classifyDouble(text: string, i: number, end: number): 'open' | 'close' | 'both' {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = i + 1 < end ? text[i + 1] : undefined;
  const left = (prev === undefined || OPENING_CONTEXT.test(prev)) && !isBlank(next);
  const right = !isBlank(prev) && (next === undefined || CLOSING_CONTEXT.test(next));
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return 'both';
}

/** Top-level quotations of one paragraph. */
function scanParagraph(
  text: string,
  para: Span,
  lines: ReviewDocument,
  warnings: ReviewWarning[],
  /** The next paragraph opens with a quote mark: a quotation running over paragraphs may stay open. */
  nextOpensQuote = false,
): { inner: Span; outer: Span; unbalanced: boolean }[] {
  const found: { inner: Span; outer: Span; unbalanced: boolean }[] = [];
  const stack: Open[] = [];
  const marks: Mark[] = [];
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i]!;
    if ('"“”„«»\'‘’'.includes(ch)) marks.push({ pos: i, ch });
  }
  const singleOpen = () => stack.some((o) => o.kind === 'single');
  const close = (kind: MarkKind, pos: number) => {
    let k = stack.length - 1;
    while (k >= 0 && stack[k]!.kind !== kind) k--;
    if (k < 0) return false;
    const open = stack[k]!;
    stack.length = k;
    if (k === 0 && pos > open.pos + 1) {
      found.push({
        inner: { start: open.pos + 1, end: pos },
        outer: { start: open.pos, end: pos + 1 },
        unbalanced: false,
      });
    }
    return true;
  };
  for (let m = 0; m < marks.length; m++) {
    const { pos, ch } = marks[m]!;
    if (ch === '“' || ch === '„') stack.push({ kind: 'double', pos });
    else if (ch === '«') stack.push({ kind: 'guillemet', pos });
    else if (ch === '»') close('guillemet', pos);
    else if (ch === '”') {
      if (!close('double', pos)) {
        warnings.push({
          ruleId: 'quote/unbalanced',
          reason: 'a closing ” has no opening quote mark before it',
          severity: 'warning',
          span: { start: pos, end: pos + 1 },
          line: lines.lineAt(pos),
        });
      }
    } else if (ch === '"') {
      const c = classifyDouble(text, pos, para.end);
      const doubleIsOpen = stack.some((o) => o.kind === 'double');
      if (c === 'open' || (c === 'both' && !doubleIsOpen)) stack.push({ kind: 'double', pos });
      else if (!close('double', pos)) {
        warnings.push({
          ruleId: 'quote/unbalanced',
          reason: 'a closing " has no opening quote mark before it',
          severity: 'warning',
          span: { start: pos, end: pos + 1 },
          line: lines.lineAt(pos),
        });
      }
    } else {
      // single marks: ' ‘ ’
      const c = classifySingle(text, pos, para.end);
      if (c === 'apostrophe') continue;
      if (c === 'open' || (c === 'both' && !singleOpen())) {
        if (ch === '’' && !singleOpen() && c === 'both') continue;
        stack.push({ kind: 'single', pos });
        continue;
      }
      // a closing candidate
      if (!singleOpen()) continue; // "the Bennets' house", "James' book"
      // "s' " followed by a lower-case word may be a plural possessive inside the quotation: keep
      // looking when a later closing mark exists before the next opening one.
      const prev = text[pos - 1];
      const after = text.slice(pos + 1, pos + 3);
      if ((prev === 's' || prev === 'S') && /^\s\p{Ll}/u.test(after)) {
        let laterClose = false;
        for (let k = m + 1; k < marks.length; k++) {
          const mk = marks[k]!;
          if (mk.ch === '"' || mk.ch === '“' || mk.ch === '”') continue;
          const ck = classifySingle(text, mk.pos, para.end);
          if (ck === 'open') break;
          if (ck === 'close' || ck === 'both') {
            laterClose = true;
            break;
          }
        }
        if (laterClose) continue;
      }
      close('single', pos);
    }
  }
  // Anything still open at the end of the paragraph is unbalanced.
  if (stack.length > 0) {
    const open = stack[0]!;
    const mark = text[open.pos];
    // The typographic convention for a quotation over several paragraphs: each opens with a mark,
    // only the last closes. The paragraph is the quotation, and nothing is wrong.
    const startsParagraph = text.slice(para.start, open.pos).trim().length === 0;
    const continued = startsParagraph && nextOpensQuote && stack.length === 1;
    if (!continued) {
      warnings.push({
        ruleId: 'quote/unbalanced',
        reason: `the opening ${mark} is never closed in its paragraph; the quotation is taken to run to the end of the paragraph`,
        severity: 'warning',
        span: { start: open.pos, end: open.pos + 1 },
        line: lines.lineAt(open.pos),
      });
    }
    if (open.kind !== 'single' || stack.length === 1) {
      // Best guess: the rest of the paragraph, or of the sentence when the paragraph is long.
      const rest = text.slice(open.pos + 1, para.end);
      let end = open.pos + 1 + rest.trimEnd().length;
      if (rest.split(/\s+/).length > 120) {
        const stop = /[.!?](?=\s|$)/.exec(rest);
        if (stop) end = open.pos + 1 + stop.index + 1;
      }
      if (end > open.pos + 1) {
        found.push({
          inner: { start: open.pos + 1, end },
          outer: { start: open.pos, end },
          unbalanced: !continued,
        });
      }
    }
  }
  return found;
}

export function extractQuotations(doc: ReviewDocument): Extraction {
  const text = doc.text;
  const lines = doc;
  const warnings: ReviewWarning[] = [];
  const quotes: ExtractedQuote[] = [];
  const blocks = blockQuotes(text);
  for (const b of blocks) {
    const inner = blockContent(text, b);
    if (inner.end > inner.start) {
      quotes.push({
        parts: [inner],
        between: [],
        outer: b,
        block: true,
        setOff: 'block-quote',
        line: lines.lineAt(inner.start),
        unbalanced: false,
      });
    }
  }
  const paras = paragraphs(text);
  for (const [pi, para] of paras.entries()) {
    const next = paras[pi + 1];
    const nextOpensQuote =
      next !== undefined && /^[\s>]*[“"‘'«]/.test(text.slice(next.start, next.start + 8));
    // Scan the parts of the paragraph outside block quotes.
    const pieces: Span[] = [];
    let at = para.start;
    for (const b of blocks) {
      if (b.end <= at || b.start >= para.end) continue;
      if (b.start > at) pieces.push({ start: at, end: b.start });
      at = Math.max(at, b.end);
    }
    if (at < para.end) pieces.push({ start: at, end: para.end });
    for (const piece of pieces) {
      const found = scanParagraph(text, piece, lines, warnings, nextOpensQuote && piece.end === para.end);
      // Join a quotation split by narration with the one before it.
      let current: ExtractedQuote | null = null;
      for (const f of found) {
        if (current && !f.unbalanced) {
          const gap = text.slice(current.outer.end, f.outer.start);
          const lastPart = current.parts[current.parts.length - 1]!;
          const firstPartText = text.slice(lastPart.start, lastPart.end);
          if (isSplitNarration(gap, firstPartText)) {
            current.parts.push(f.inner);
            current.between.push({ start: current.outer.end, end: f.outer.start });
            current.outer = { start: current.outer.start, end: f.outer.end };
            continue;
          }
        }
        current = {
          parts: [f.inner],
          between: [],
          outer: f.outer,
          block: false,
          setOff: 'quote-marks',
          line: lines.lineAt(f.inner.start),
          unbalanced: f.unbalanced,
        };
        quotes.push(current);
      }
    }
  }
  quotes.sort((a, b) => a.outer.start - b.outer.start);
  return { quotes, warnings };
}

/** The quotation as written: its parts without quote marks (and a block's `>` markers), joined by a space. */
export function quoteText(text: string, parts: readonly Span[], block: boolean): string {
  const pieces = parts.map((p) => {
    const s = text.slice(p.start, p.end);
    return block
      ? s
          .split('\n')
          .map((l) => l.replace(/^ {0,3}>\s?/, '').trim())
          .join('\n')
          .trim()
      : s.replace(/\s+/g, ' ').trim();
  });
  return pieces.join(' ');
}
