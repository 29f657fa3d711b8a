import { type Alignment, alignPattern } from './align.js';
import { type BookIndex, normAt, postingsAt } from './book-index.js';
import { QuoteWords } from './compare.js';
import type { PatternToken, QuotePattern } from './pattern.js';
import { compareWords } from './words.js';

/**
 * Finding a quotation: the inverted index proposes candidate places (the rarest words of the
 * quotation vote for a diagonal "book position − quotation position"), then each candidate window
 * is aligned word by word. Rare words make the vote cheap and robust: a changed, misspelt or
 * OCR-damaged word just loses its vote.
 */

/** Words seen more often than this are not used to propose places (unless nothing rarer exists). */
const MAX_POSTINGS = 4000;
const MAX_ANCHORS = 24;
/**
 * Total postings read to propose places for one quotation: first QUICK_VOTE_BUDGET, and the whole
 * VOTE_BUDGET only when that finds no place holding at least SURE_SHARE of the quotation's words.
 * Rarest words vote first, so a quotation of some length is placed by its first few hundred
 * postings; reading 6,000 of them for every misquote was the largest single share of a server
 * check's CPU (the load test's 45-quotation reviews, one misquote in five: the checking alone
 * 10.2–11.5 → 8.8–9.1 ms a check, dist build, four alternating runs of 200). Measured with a script
 * kept out of the project (the texts are the corpus's): 4,950 misquotes of sentences from 11 LitBank
 * novels (the two longest words changed, one word changed, two dropped), placed with 2,000 postings
 * alone, differed from 6,000 in 7 (0.14%), all lines of ten words or fewer, mostly common ones
 * ("What she try do?"), which the second pass is for (with it, 1 differs); eval:check,
 * eval:realworld, eval:pages, eval:find unchanged.
 */
const QUICK_VOTE_BUDGET = 2000;
const VOTE_BUDGET = 6000;
/** A place from the quick vote is kept when it matches this share of the quotation's words in order. */
const SURE_SHARE = 0.8;
/**
 * Longer quotations are placed by the quick vote alone, sure or not: their rarer words are enough
 * postings within QUICK_VOTE_BUDGET (in the measurement above, every one of the 7 places the whole
 * budget changed was a line of ten words or fewer). The second pass cost them most on lines the book
 * does not have (an invented line has no sure place in either pass): a one-shot check of the bench's
 * essay (4 of its 45 lines invented) 257–265 → 243–247 ms (fastest of 11 runs, three rounds each);
 * eval:find 13.6 → 11.0–12.1 ms a query, eval:unmarked 1.02 → 0.88–1.00 ms a search. Measured with a script kept out of the project (the texts are the corpus's): 1,800
 * misquotes of sentences of 13–60 words from 12 LitBank novels (the two longest words changed, one
 * word changed, two dropped) were placed and judged exactly alike with and without the second pass,
 * and 1,800 such sentences checked against another novel stayed not found in both (only the score
 * of the nearest failed place moved in 303: the JSON report carries it, no other report shows it);
 * eval:check, eval:realworld, eval:pages, eval:unmarked, eval:find unchanged.
 */
const SECOND_PASS_MAX_WORDS = 12;
/** How far (in words) the diagonal may drift and still count as the same place. */
const DRIFT = 4;
const MAX_CANDIDATES = 8;
/** Book words an ellipsis or a split may skip. */
const GAP_SLACK = 600;
/** Quotations longer than this are aligned chunk by chunk (keeps memory and time bounded). */
const CHUNK_TOKENS = 240;

export interface Found {
  alignment: Alignment;
}

interface Anchor {
  qpos: number;
  postings: Int32Array;
}

function anchorsOf(tokens: readonly PatternToken[], index: BookIndex, voteBudget: number): Anchor[] {
  const all: Anchor[] = [];
  let qpos = 0;
  for (const t of tokens) {
    if (t.type === 'word') {
      const id = index.idOf.get(t.norm);
      if (id !== undefined) all.push({ qpos, postings: postingsAt(index, id) });
      qpos++;
    } else if (t.type === 'editorial') qpos++;
  }
  all.sort((a, b) => a.postings.length - b.postings.length);
  // Rarest words first, until the vote budget is spent: a few rare words place a quotation, and
  // thousands of "the"s only cost time. At least three anchors, whatever their frequency.
  const chosen: Anchor[] = [];
  let budget = 0;
  for (const a of all) {
    if (chosen.length >= 3 && (a.postings.length > MAX_POSTINGS || budget + a.postings.length > voteBudget))
      break;
    if (chosen.length >= MAX_ANCHORS) break;
    chosen.push(a);
    budget += a.postings.length;
  }
  return chosen;
}

interface Window {
  start: number;
  end: number;
  votes: number;
}

/** Anchors per quotation fit in the low bits of a packed vote (MAX_ANCHORS ≤ 32). */
const VOTER_BITS = 5;

/**
 * Every anchor occurrence as a vote for its diagonal (book position − quotation position), packed
 * as diagonal × 32 + anchor in one Int32Array and sorted: by diagonal, ties in anchor order. The
 * native integer sort costs a fraction of sorting the same votes as doubles (diagonal × 32 + anchor
 * in a Float64Array, a third of placing a misquote), and unlike a merge written in JavaScript it is
 * as fast in a one-shot `check`, before the JIT has compiled anything, as in a long-running server.
 * (Packing needs fewer than 2^26 words in a book: a book is at most LIMITS.bookBytes, 64 MB.)
 */
function sortedVotes(anchors: readonly Anchor[]): Int32Array {
  let count = 0;
  for (const a of anchors) count += a.postings.length;
  const votes = new Int32Array(count);
  let at = 0;
  anchors.forEach((a, ai) => {
    for (let k = 0; k < a.postings.length; k++) votes[at++] = ((a.postings[k]! - a.qpos) << VOTER_BITS) | ai;
  });
  votes.sort();
  return votes;
}

function candidateWindows(
  tokens: readonly PatternToken[],
  index: BookIndex,
  limit = MAX_CANDIDATES,
  voteBudget = VOTE_BUDGET,
): Window[] {
  const anchors = anchorsOf(tokens, index, voteBudget);
  const total = index.ids.length + 1;
  // Each occurrence of an anchor votes for the exact diagonal (book position − quotation position),
  // weighted by how rare the word is (idf): "sorry" is evidence, "I" hardly. Each anchor's votes
  // come sorted (its postings ascend), so the votes in diagonal order are a merge of the anchors'
  // lists, ties in anchor order: a fraction of the cost of sorting them all (which was a third of
  // finding a misquoted line).
  const weights = anchors.map((a) => Math.log(total / a.postings.length));
  const votes = sortedVotes(anchors);
  const count = votes.length;
  // A diagonal's strength includes diagonals close by (words added or dropped shift it a little):
  // a sliding window of ±DRIFT over the sorted diagonals.
  const ds = new Int32Array(count);
  const sums = new Float64Array(count);
  let distinct = 0;
  let lo = 0;
  let hi = 0;
  let sum = 0;
  let best = 0;
  for (let k = 0; k < count; k++) {
    const d = votes[k]! >> VOTER_BITS;
    if (k > 0 && votes[k - 1]! >> VOTER_BITS === d) continue;
    while (hi < count && votes[hi]! >> VOTER_BITS <= d + DRIFT) sum += weights[votes[hi++]! & 31]!;
    while (lo < hi && votes[lo]! >> VOTER_BITS < d - DRIFT) sum -= weights[votes[lo++]! & 31]!;
    ds[distinct] = d;
    sums[distinct++] = sum;
    if (sum > best) best = sum;
  }
  // A place that holds less than this share of the anchors' weight cannot hold most of the
  // quotation's words, which any verdict but not_found needs: not worth aligning. (Lower with an
  // ellipsis: each stretch of the quotation votes for its own diagonal.)
  const possible = weights.reduce((a, b) => a + b, 0);
  const floor = Math.max(best * 0.3, possible * (tokens.some((t) => t.type === 'gap') ? 0.2 : 0.35));
  const scored: { d: number; votes: number }[] = [];
  for (let k = 0; k < distinct; k++) if (sums[k]! >= floor) scored.push({ d: ds[k]!, votes: sums[k]! });
  scored.sort((a, b) => b.votes - a.votes || a.d - b.d);
  const tokenCount = tokens.length;
  const hasGap = tokens.some((t) => t.type === 'gap');
  const slack = 24 + Math.ceil(tokenCount / 4) + (hasGap ? GAP_SLACK : 0);
  const windows: Window[] = [];
  for (const s of scored) {
    if (windows.length >= limit * 3) break;
    const d = s.d;
    windows.push({
      start: Math.max(0, d - slack),
      end: Math.min(index.ids.length, d + tokenCount + slack),
      votes: s.votes,
    });
  }
  // Merge overlapping windows (they are the same place seen from neighbouring buckets).
  windows.sort((a, b) => a.start - b.start);
  const merged: Window[] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end) {
      last.end = Math.max(last.end, w.end);
      last.votes = Math.max(last.votes, w.votes);
    } else merged.push({ ...w });
  }
  merged.sort((a, b) => b.votes - a.votes || a.start - b.start);
  return merged.slice(0, limit);
}

/**
 * All places worth considering, best first (by alignment score). Repeated lines give several
 * equally good results.
 */
export function findPattern(pattern: QuotePattern, index: BookIndex, bookText: string): Found[] {
  if (pattern.wordCount === 0) return [];
  if (pattern.tokens.length > CHUNK_TOKENS) {
    const long = findLong(pattern.tokens, index, bookText);
    return long ? [{ alignment: long }] : [];
  }
  const quoteWords = new QuoteWords(pattern.tokens, index);
  const quick = placesFrom(pattern, index, bookText, quoteWords, QUICK_VOTE_BUDGET);
  const best = quick[0]?.alignment;
  if (best && best.same + best.variant >= SURE_SHARE * pattern.wordCount) return quick;
  if (pattern.wordCount > SECOND_PASS_MAX_WORDS) return quick;
  return placesFrom(pattern, index, bookText, quoteWords, VOTE_BUDGET);
}

/** `findPattern` with the candidate places proposed by at most `voteBudget` postings. */
function placesFrom(
  pattern: QuotePattern,
  index: BookIndex,
  bookText: string,
  quoteWords: QuoteWords,
  voteBudget: number,
): Found[] {
  const found: Found[] = [];
  let perfect = Number.NEGATIVE_INFINITY;
  for (const w of candidateWindows(pattern.tokens, index, MAX_CANDIDATES, voteBudget)) {
    // Once a place matches word for word, only places with as many votes can match as well (a line
    // the book repeats); the rest need not be aligned.
    if (w.votes < perfect * 0.9) break;
    const a = alignPattern(pattern.tokens, index, w.start, w.end, bookText, quoteWords);
    if (!a) continue;
    found.push({ alignment: a });
    if (a.changed + a.added + a.missing === 0 && perfect < 0) perfect = w.votes;
  }
  found.sort(
    (x, y) => y.alignment.score - x.alignment.score || x.alignment.firstWord - y.alignment.firstWord,
  );
  // Distinct places only.
  const distinct: Found[] = [];
  for (const f of found) {
    if (distinct.some((d) => d.alignment.firstWord === f.alignment.firstWord)) continue;
    distinct.push(f);
  }
  return distinct;
}

/**
 * A very long quotation (hundreds or thousands of words): place its first chunk, then align each
 * following chunk just after the previous one, and join the results.
 */
function findLong(tokens: readonly PatternToken[], index: BookIndex, bookText: string): Alignment | null {
  const chunks: PatternToken[][] = [];
  for (let i = 0; i < tokens.length; i += CHUNK_TOKENS) chunks.push(tokens.slice(i, i + CHUNK_TOKENS));
  const first = chunks[0]!;
  let bestFirst: Alignment | null = null;
  for (const w of candidateWindows(first, index, 4)) {
    const a = alignPattern(first, index, w.start, w.end, bookText);
    if (a && (!bestFirst || a.score > bestFirst.score)) bestFirst = a;
  }
  if (!bestFirst) return null;
  const parts: { a: Alignment; offset: number }[] = [{ a: bestFirst, offset: 0 }];
  let cursor = bestFirst.endWord;
  for (let c = 1; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    const hasGap = chunk.some((t) => t.type === 'gap');
    const end = Math.min(index.ids.length, cursor + chunk.length * 2 + 24 + (hasGap ? GAP_SLACK : 0));
    const a = alignPattern(chunk, index, cursor, end, bookText);
    if (!a) break;
    parts.push({ a, offset: c * CHUNK_TOKENS });
    cursor = a.endWord;
  }
  const joined: Alignment = {
    score: 0,
    firstWord: bestFirst.firstWord,
    endWord: cursor,
    steps: [],
    same: 0,
    variant: 0,
    changed: 0,
    added: 0,
    missing: 0,
  };
  for (const { a, offset } of parts) {
    joined.score += a.score;
    joined.same += a.same;
    joined.variant += a.variant;
    joined.changed += a.changed;
    joined.added += a.added;
    joined.missing += a.missing;
    for (const s of a.steps) {
      if ('q' in s) {
        joined.steps.push({ ...s, q: s.q + offset });
      } else joined.steps.push(s);
    }
  }
  // Chunks that could not be placed count as added words.
  const placed = parts.length * CHUNK_TOKENS;
  for (let q = placed; q < tokens.length; q++) {
    if (tokens[q]!.type === 'word') {
      joined.steps.push({ op: 'added', q });
      joined.added++;
    }
  }
  return joined;
}

/** Every place where a short word or phrase occurs (terms), as [firstWord, endWord) positions. */
export function findPhrase(
  norms: readonly string[],
  index: BookIndex,
): { firstWord: number; endWord: number }[] {
  if (norms.length === 0) return [];
  const firstId = index.idOf.get(norms[0]!);
  const out: { firstWord: number; endWord: number }[] = [];
  const check = (p: number): boolean => {
    for (let k = 1; k < norms.length; k++) {
      if (p + k >= index.ids.length || compareWords(norms[k]!, normAt(index, p + k)) === 'different')
        return false;
    }
    return true;
  };
  if (firstId !== undefined) {
    for (const p of postingsAt(index, firstId))
      if (check(p)) out.push({ firstWord: p, endWord: p + norms.length });
  }
  // A phrase the book hyphenates or closes up ("to morrow" / "tomorrow").
  if (norms.length >= 2) {
    const joinedId = index.idOf.get(norms.join(''));
    if (joinedId !== undefined)
      for (const p of postingsAt(index, joinedId)) out.push({ firstWord: p, endWord: p + 1 });
  }
  out.sort((a, b) => a.firstWord - b.firstWord);
  return out;
}
