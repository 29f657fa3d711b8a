/**
 * How the book writes each word: how often in lower case ("well" 300 times) and how often capitalised
 * mid-sentence ("Well" never), to tell names ("Elizabeth") from words capitalised only because they
 * open a sentence. Both read the whole novel, so they scan character codes and count words as offsets
 * into the text (a string and a map entry per distinct word, not per occurrence).
 */
import { GIVEN_NAME_GENDER } from '../lexicon.js';
import { letterBefore, lowerBefore, lowerWidth, upperWidth } from '../text/chars.js';
import { keepShape } from './keep-shape.js';

/**
 * Lower-case word counts, to tell names ("Elizabeth") from capitalised ordinary words ("Well"): the
 * words /(?<![\p{L}])[\p{Ll}][\p{Ll}'\u2019]*\/gu finds, counted in the order first seen.
 */
export function lowercaseWordCounts(text: string): Map<string, number> {
  const counter = new WordCounter(text);
  for (let i = 0; i < text.length; ) {
    const w = lowerWidth(text, i);
    if (w === 0 || letterBefore(text, i)) {
      i += w || 1;
      continue;
    }
    const j = lowerRunEnd(text, i + w);
    counter.add(i, j);
    i = j;
  }
  return counter.toMap();
}

/** Past the lower-case letters and apostrophes from i: the rest of /[\p{Ll}'\u2019]*\/u. */
function lowerRunEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const d = text.charCodeAt(j);
    if (d === 39 || d === 0x2019) j++;
    else {
      const wj = lowerWidth(text, j);
      if (wj === 0) return j;
      j += wj;
    }
  }
}

/**
 * Capitalised words mid-sentence: what /(?<=[\p{Ll},;] )\p{Lu}[\p{Ll}'\u2019]+\/gu finds, counted.
 */
function capitalisedMidSentence(text: string): Map<string, number> {
  const counter = new WordCounter(text);
  for (let i = 2; i < text.length; ) {
    if (text.charCodeAt(i - 1) !== 32) {
      i++;
      continue;
    }
    const p = text.charCodeAt(i - 2);
    const w = p === 44 || p === 59 || lowerBefore(text, i - 1) ? upperWidth(text, i) : 0;
    const j = w === 0 ? i : lowerRunEnd(text, i + w);
    if (j === i + w) {
      i++;
      continue;
    }
    counter.add(i, j);
    i = j;
  }
  return counter.toMap();
}

/**
 * Words that are capitalised only because they open a sentence: used mostly in lower case and
 * rarely capitalised mid-sentence ("Little Piglet", "Suddenly Pooh"). Names ("Grace") are the reverse.
 */
export function commonWordTest(
  text: string,
  lowerCounts: ReadonlyMap<string, number>,
): (word: string, sentenceInitial: boolean) => boolean {
  const capMidSentence = capitalisedMidSentence(text);
  return (word, sentenceInitial) => {
    const lower = lowerCounts.get(word.toLowerCase()) ?? 0;
    const cap = capMidSentence.get(word) ?? 0;
    // "Meanwhile Astley": a sentence opener never capitalised mid-sentence is not part of the name.
    if (sentenceInitial && cap === 0 && !GIVEN_NAME_GENDER.has(word.toLowerCase())) return true;
    return lower >= 3 && lower > 2 * cap;
  };
}

/** Counts of words given as spans of one text, in an open-addressing table keyed by their characters. */
class WordCounter {
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly hashes: number[] = [];
  private readonly counts: number[] = [];
  constructor(private readonly text: string) {}

  add(start: number, end: number): void {
    const text = this.text;
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s]!;
      if (e < 0) {
        this.slots[s] = this.starts.length;
        this.starts.push(start);
        this.ends.push(end);
        this.hashes.push(h);
        this.counts.push(1);
        if (this.starts.length * 2 > this.slots.length) this.grow();
        return;
      }
      if (this.hashes[e] === h && this.same(e, start, end)) {
        this.counts[e]!++;
        return;
      }
    }
  }

  private same(e: number, start: number, end: number): boolean {
    const s0 = this.starts[e]!;
    if (this.ends[e]! - s0 !== end - start) return false;
    for (let k = 0; k < end - start; k++)
      if (this.text.charCodeAt(s0 + k) !== this.text.charCodeAt(start + k)) return false;
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.starts.length; e++) {
      let s = this.hashes[e]! & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = e;
    }
    this.slots = slots;
  }

  /** The words and their counts, in the order first seen. */
  toMap(): Map<string, number> {
    const out = new Map<string, number>();
    for (let e = 0; e < this.starts.length; e++)
      out.set(this.text.slice(this.starts[e]!, this.ends[e]!), this.counts[e]!);
    return out;
  }
}

keepShape(new WordCounter(''));
