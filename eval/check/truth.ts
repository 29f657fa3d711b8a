/**
 * Ground truth for the check evaluation, computed independently of the checker: a deliberately
 * simple word-string search (lower case, letters and digits only, apostrophes and hyphens dropped).
 * A quotation found this way in the other edition has a known place; one not found this way differs
 * between the editions (spelling, a changed word) and is reported apart.
 */
export interface PlainWords {
  words: string[];
  starts: number[];
  ends: number[];
  /** words joined by single spaces, for indexOf searches */
  joined: string;
  /** character offset in `joined` → word index */
  wordAtChar: Map<number, number>;
}

export function plainWords(text: string): PlainWords {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const re = /[\p{L}\p{N}]+(?:[’'‐-][\p{L}\p{N}]+)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0]
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f’'‐-]/g, '');
    if (!w) continue;
    words.push(w);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const wordAtChar = new Map<number, number>();
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    wordAtChar.set(at, i);
    at += words[i]!.length + 1;
  }
  return { words, starts, ends, joined: words.join(' '), wordAtChar };
}

/** All word positions where `needle` (plain words) occurs in `hay`. */
export function occurrences(hay: PlainWords, needle: readonly string[]): number[] {
  if (needle.length === 0) return [];
  const s = ` ${needle.join(' ')} `;
  const padded = ` ${hay.joined} `;
  const out: number[] = [];
  for (let i = padded.indexOf(s); i >= 0; i = padded.indexOf(s, i + 1)) {
    const w = hay.wordAtChar.get(i);
    if (w !== undefined) out.push(w);
  }
  return out;
}

/** Pick the occurrence whose preceding words best match the context the quotation had in its own edition. */
export function bestByContext(
  hay: PlainWords,
  positions: readonly number[],
  context: readonly string[],
): number | null {
  if (positions.length === 0) return null;
  if (positions.length === 1) return positions[0]!;
  const want = new Set(context);
  let best = positions[0]!;
  let bestScore = -1;
  for (const p of positions) {
    let score = 0;
    for (let k = Math.max(0, p - 30); k < p; k++) if (want.has(hay.words[k]!)) score++;
    if (score > bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}
