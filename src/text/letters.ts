/**
 * One UTF-16 code unit at a time, the letter-level facts the normaliser (normalize.ts) folds by:
 * ligatures spelled out, accents taken off, lower case. Tables are filled on first use, so a hot loop
 * pays a lookup, not a string per character.
 */

/** Ligatures and the letters they are spelled with. */
export const LIGATURES = new Map<number, string>(
  (
    [
      ['\ufb00', 'ff'],
      ['\ufb01', 'fi'],
      ['\ufb02', 'fl'],
      ['\ufb03', 'ffi'],
      ['\ufb04', 'ffl'],
      ['\ufb05', 'st'],
      ['\ufb06', 'st'],
      ['Æ', 'AE'],
      ['æ', 'ae'],
      ['Œ', 'OE'],
      ['œ', 'oe'],
    ] as const
  ).map(([lig, letters]) => [lig.charCodeAt(0), letters]),
);

/** Combining accents (the marks NFD splits off letters), not other combining characters. */
export function isCombiningAccent(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

let baseTable: Uint16Array | null = null;
/** The letter under an accented letter ("é" → "e"), or the character itself. */
export function baseLetter(c: number): number {
  if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) return c;
  if (baseTable === null) baseTable = new Uint16Array(65536);
  let b = baseTable[c]!;
  if (b === 0) {
    const d = String.fromCharCode(c).normalize('NFD');
    b = c;
    if (d.length > 1) {
      let onlyAccents = true;
      for (let k = 1; k < d.length; k++) if (!isCombiningAccent(d.charCodeAt(k))) onlyAccents = false;
      if (onlyAccents) b = d.charCodeAt(0);
    }
    baseTable[c] = b;
  }
  return b;
}

let lowerTable: Uint16Array | null = null;
/** Lower case of one BMP code unit, alone (so the result never depends on neighbours). */
export function lowerUnit(c: number): number {
  if (lowerTable === null) lowerTable = new Uint16Array(65536);
  let l = lowerTable[c]!;
  if (l === 0) {
    // "İ" lower-cases to two units (i + combining dot): keep the "i".
    l = c >= 0xd800 && c <= 0xdfff ? c : String.fromCharCode(c).toLowerCase().charCodeAt(0);
    lowerTable[c] = l;
  }
  return l;
}

/**
 * Letters as the check's text-shape patterns read them (credits, names, headings, vocatives, the
 * book's speech tags), as regular-expression class contents: the Latin script with its Latin-1 and
 * Latin Extended-A accents (Extended-A alternates cases, so it is in both). Not \p{Lu}/\p{Ll}/\p{L}:
 * V8 looks a Unicode property up in ICU each time it parses a pattern holding one (twice per pattern:
 * when it is made and when it is compiled) and compiles it to a large table in every place it
 * appears. On the bench's one-shot check (45 quotations against Pride and Prejudice) the ~200 such
 * classes left in the check's patterns cost 162 M of 1,969 M instructions (valgrind); written with
 * these classes, 1,807 M, with the same output and the same eval figures. Writing in another script
 * gets the review/language warning, and its speech tags are not English ones. The word tokenisers
 * (locate/words.ts and the like) keep \p{L}\p{N}: a review's words must split as the book's index did.
 */
export const UPPERS = 'A-ZÀ-ÖØ-ÞĀ-ž';
export const LOWERS = 'a-zß-öø-ÿĀ-ž';
export const LETTERS = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ž';
