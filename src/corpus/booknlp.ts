/**
 * BookNLP-style tab-separated files (`.tokens`, `.entities`, `.quotes`) from a Verbatim analysis, with
 * BookNLP's column names and order so scripts written for BookNLP's output read them. What Verbatim
 * does not know (lemmas, POS tags, dependencies, events, pronoun coreference) is written as `_` (text
 * columns) or `-1` (numeric columns); docs/corpus.md lists every difference.
 */
import type { Analysis } from '../analysis/types.js';
import type { Span } from '../book/span.js';
import { findSpanIndex } from '../book/span.js';
import type { Book } from '../book/types.js';
import { type Token, tokenize } from '../text/tokenize.js';

export const TOKENS_HEADER = [
  'paragraph_ID',
  'sentence_ID',
  'token_ID_within_sentence',
  'token_ID_within_document',
  'word',
  'lemma',
  'byte_onset',
  'byte_offset',
  'POS_tag',
  'fine_POS_tag',
  'dependency_relation',
  'syntactic_head_ID',
  'event',
] as const;
export const ENTITIES_HEADER = ['COREF', 'start_token', 'end_token', 'prop', 'cat', 'text'] as const;
export const QUOTES_HEADER = [
  'quote_start',
  'quote_end',
  'mention_start',
  'mention_end',
  'mention_phrase',
  'char_id',
  'quote',
] as const;

/** A cell cannot hold a tab or a line break in a TSV: they become spaces (BookNLP does the same). */
function cell(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

function tsv(header: readonly string[], rows: (string | number)[][]): string {
  const lines = [header.join('\t')];
  for (const row of rows)
    lines.push(row.map((v) => (typeof v === 'number' ? String(v) : cell(v))).join('\t'));
  return `${lines.join('\n')}\n`;
}

/** The tokens of a book with the lookups the other two files need (offset → token index). */
export class TokenIndex {
  readonly tokens: Token[];
  private readonly starts: Int32Array;

  constructor(readonly book: Book) {
    this.tokens = tokenize(book.text, book.structure.sentences);
    this.starts = Int32Array.from(this.tokens, (t) => t.start);
  }

  /** Index of the first token ending after `offset` (the token at or after it); tokens.length if none. */
  at(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Inclusive token range [first, last] covering `span`, or null when it holds no token. */
  range(span: Span): [number, number] | null {
    const first = this.at(span.start);
    let last = first - 1;
    // starts is sorted: the last token starting before span.end.
    let lo = first;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < span.end) lo = mid + 1;
      else hi = mid;
    }
    last = lo - 1;
    return last >= first ? [first, last] : null;
  }
}

export function tokensTsv(index: TokenIndex): string {
  const { book, tokens } = index;
  const paragraphs = book.structure.paragraphs;
  const rows: (string | number)[][] = [];
  let paragraph = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A token outside every paragraph (a heading line the segmenter left out) keeps the last one's id.
    const p = findSpanIndex(paragraphs, t.start);
    if (p >= 0) paragraph = p;
    rows.push([
      Math.max(paragraph, 0),
      t.sentence,
      t.indexInSentence,
      i,
      book.text.slice(t.start, t.end),
      '_',
      t.start,
      t.end,
      '_',
      '_',
      '_',
      -1,
      '_',
    ]);
  }
  return tsv(TOKENS_HEADER, rows);
}

/** Words of a name as the tokenizer normalises them, punctuation dropped: "Mrs. Beaver" → mrs, beaver. */
function nameWords(name: string): string[] {
  return tokenize(name)
    .filter((t) => t.shape === 'word' || t.shape === 'number')
    .map((t) => t.norm);
}

/**
 * The token range of the name printed at `offset`: the longest of `aliases` whose words follow from
 * there (full stops skipped, so "Mrs Beaver" matches "Mrs. Beaver"), else the one token at `offset`.
 */
function nameRange(index: TokenIndex, offset: number, aliases: string[][]): [number, number] {
  const first = index.at(offset);
  const { tokens } = index;
  let best = first;
  for (const words of aliases) {
    let i = first;
    let w = 0;
    let last = first;
    while (w < words.length && i < tokens.length) {
      const t = tokens[i]!;
      if (t.shape === 'punct' && t.norm === '.') {
        i++;
        continue;
      }
      // A possessive ends a name: "Mr. Bennet's" is the name Mr. Bennet.
      const word = words[w]!;
      if (t.norm !== word && t.norm !== `${word}'s` && t.norm !== `${word}'`) break;
      last = i;
      w++;
      i++;
    }
    if (w === words.length && last > best) best = last;
  }
  return [first, Math.min(best, tokens.length - 1)];
}

/** Integer ids in BookNLP's COREF style: a character's index in `analysis.characters`, then places. */
export function corefIds(analysis: Analysis): Map<string, number> {
  return new Map(analysis.characters.map((c, i) => [c.id, i]));
}

export function entitiesTsv(index: TokenIndex, analysis: Analysis): string {
  const text = index.book.text;
  const rows: { start: number; row: (string | number)[] }[] = [];
  const push = (coref: number, offset: number, aliases: string[][], cat: string) => {
    if (index.tokens.length === 0) return;
    const [s, e] = nameRange(index, offset, aliases);
    const phrase = text.slice(index.tokens[s]!.start, index.tokens[e]!.end);
    rows.push({ start: s, row: [coref, s, e, 'PROP', cat, phrase] });
  };
  analysis.characters.forEach((c, i) => {
    const aliases = c.aliases.map(nameWords);
    for (const offset of c.mentionOffsets) push(i, offset, aliases, 'PER');
  });
  const placeBase = analysis.characters.length;
  analysis.places.forEach((p, i) => {
    const aliases = [nameWords(p.name)];
    for (const offset of p.mentionOffsets) push(placeBase + i, offset, aliases, 'LOC');
  });
  rows.sort((a, b) => a.start - b.start);
  return tsv(
    ENTITIES_HEADER,
    rows.map((r) => r.row),
  );
}

/** Speech-tag rules that name the speaker: only for these is a printed mention the attribution's source. */
const NAMING_FORMS = /\/(said-name|name-said)$/;

/**
 * One row per quoted part (BookNLP's quotes are the runs between quote marks, so `"Yes," said he, "I
 * know."` is two rows with the same speaker). mention_*: when a speech tag naming the speaker decided,
 * the speaker's naming mention nearest the quotation within its paragraph(s); else -1 and `_`.
 */
export function quotesTsv(index: TokenIndex, analysis: Analysis): string {
  const text = index.book.text;
  const paragraphs = index.book.structure.paragraphs;
  const ids = corefIds(analysis);
  const byId = new Map(analysis.characters.map((c) => [c.id, c]));
  const rows: (string | number)[][] = [];
  for (const q of analysis.quotes) {
    const charId = q.speaker === null ? -1 : (ids.get(q.speaker) ?? -1);
    let mention: [number, number] = [-1, -1];
    let phrase = '_';
    const speaker = q.speaker === null ? undefined : byId.get(q.speaker);
    if (speaker && NAMING_FORMS.test(q.rule)) {
      const p0 = paragraphs[findSpanIndex(paragraphs, q.start)];
      const p1 = paragraphs[findSpanIndex(paragraphs, Math.max(q.start, q.end - 1))];
      const from = p0?.start ?? q.start;
      const to = p1?.end ?? q.end;
      const insideQuote = (o: number) => q.parts.some((part) => o >= part.start && o < part.end);
      let nearest = -1;
      for (const o of speaker.mentionOffsets) {
        if (o < from || o >= to || insideQuote(o)) continue;
        const distance = o < q.start ? q.start - o : o - q.end;
        const best =
          nearest < 0 ? Number.POSITIVE_INFINITY : nearest < q.start ? q.start - nearest : nearest - q.end;
        if (distance < best) nearest = o;
      }
      if (nearest >= 0) {
        mention = nameRange(index, nearest, speaker.aliases.map(nameWords));
        phrase = text.slice(index.tokens[mention[0]]!.start, index.tokens[mention[1]]!.end);
      }
    }
    for (const part of q.parts) {
      const range = index.range(part);
      if (!range) continue;
      rows.push([
        range[0],
        range[1],
        mention[0],
        mention[1],
        phrase,
        charId,
        text.slice(part.start, part.end),
      ]);
    }
  }
  return tsv(QUOTES_HEADER, rows);
}
