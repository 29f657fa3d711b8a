import type { BookIndex } from './book-index.js';
import type { PatternToken } from './pattern.js';
import { compareWords, mayBeMisread, spellingKey, type WordMatch } from './words.js';

/**
 * How each word of one quotation compares with book words (words.ts `compareWords`), each pair
 * worked out once however many places and windows the quotation is tried in. The answers are kept
 * in a byte table indexed by quotation token and a per-quotation slot for each book word id met:
 * a Map keyed by number pairs (as before) cost more to look up than most comparisons themselves.
 */

const UNKNOWN = 0;
const SAME = 1;
const VARIANT = 2;
const DIFFERENT = 3;
const MATCHES: readonly WordMatch[] = ['same', 'same', 'variant', 'different'];

/**
 * Per book index: the slot of each word id in the quotation being compared, valid when `stamp` holds
 * that quotation's generation (so nothing is cleared between quotations).
 */
interface Slots {
  slot: Int32Array;
  stamp: Int32Array;
  generation: number;
}
const slotsByIndex = new WeakMap<BookIndex, Slots>();

/** Per book index: 0 not yet known, 1 no, 2 yes — whether each word id has letters OCR confuses. */
const misreadByIndex = new WeakMap<BookIndex, Uint8Array>();

function bookMisread(index: BookIndex, bookId: number): boolean {
  let known = misreadByIndex.get(index);
  if (!known) {
    known = new Uint8Array(index.vocab.length);
    misreadByIndex.set(index, known);
  }
  if (known[bookId] === 0) known[bookId] = mayBeMisread(index.vocab[bookId]!) ? 2 : 1;
  return known[bookId] === 2;
}

export class QuoteWords {
  /** The book word id of each quotation token, −1 for a word the book lacks or a non-word. */
  readonly ids: Int32Array;
  private readonly keys: string[];
  /** 1 where the token has letters OCR confuses (words.ts `mayBeMisread`). */
  private readonly misread: Uint8Array;
  private readonly slots: Slots;
  private readonly generation: number;
  private table: Uint8Array;
  private used = 0;

  constructor(
    private readonly tokens: readonly PatternToken[],
    private readonly index: BookIndex,
  ) {
    const n = tokens.length;
    this.ids = new Int32Array(n).fill(-1);
    this.keys = new Array<string>(n).fill('');
    this.misread = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      const t = tokens[k]!;
      if (t.type === 'word') {
        this.ids[k] = index.idOf.get(t.norm) ?? -1;
        this.keys[k] = spellingKey(t.norm);
        this.misread[k] = mayBeMisread(t.norm) ? 1 : 0;
      }
    }
    let slots = slotsByIndex.get(index);
    if (!slots) {
      slots = {
        slot: new Int32Array(index.vocab.length),
        stamp: new Int32Array(index.vocab.length),
        generation: 0,
      };
      slotsByIndex.set(index, slots);
    }
    this.slots = slots;
    this.generation = ++slots.generation;
    this.table = new Uint8Array(Math.max(1, n) * 64);
  }

  /** How quotation token `q` compares with the book word whose id is `bookId`. */
  match(q: number, bookId: number): WordMatch {
    return MATCHES[this.code(q, bookId)]!;
  }

  /**
   * `match` as the aligner scores it (`same`, `variant`, `different` → the three given scores),
   * without a string between: this is the aligner's innermost call.
   */
  score(q: number, bookId: number, same: number, variant: number, different: number): number {
    const v = this.code(q, bookId);
    return v === DIFFERENT ? different : v === VARIANT ? variant : same;
  }

  /** SAME, VARIANT or DIFFERENT, each pair worked out once. */
  private code(q: number, bookId: number): number {
    if (this.ids[q] === bookId) return SAME;
    const n = this.tokens.length;
    const s = this.slots;
    let slot: number;
    if (s.stamp[bookId] === this.generation) slot = s.slot[bookId]!;
    else {
      slot = this.used++;
      if ((slot + 1) * n > this.table.length) {
        const bigger = new Uint8Array(this.table.length * 2);
        bigger.set(this.table);
        this.table = bigger;
      }
      s.stamp[bookId] = this.generation;
      s.slot[bookId] = slot;
    }
    const at = slot * n + q;
    let v = this.table[at]!;
    if (v === UNKNOWN) {
      v = this.compare(q, bookId);
      this.table[at] = v;
    }
    return v;
  }

  private compare(q: number, bookId: number): number {
    const t = this.tokens[q]!;
    if (t.type !== 'word') return DIFFERENT;
    const index = this.index;
    let bKey = index.spellingKeys[bookId];
    if (bKey === undefined) {
      bKey = spellingKey(index.vocab[bookId]!);
      index.spellingKeys[bookId] = bKey;
    }
    const misread = this.misread[q] === 1 || bookMisread(index, bookId);
    const c = compareWords(t.norm, index.vocab[bookId]!, this.keys[q], bKey, this.ids[q]! >= 0, misread);
    return c === 'same' ? SAME : c === 'variant' ? VARIANT : DIFFERENT;
  }
}
