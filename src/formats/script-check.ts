import { VerbatimError } from '../errors.js';

/**
 * Verbatim's segmentation, names and speech verbs are built for English (Latin-script) novels.
 * A text whose letters are mostly in another script is refused with a clear message rather than
 * analysed into nonsense; `allowAnyScript` overrides (the text is then loaded as is).
 */
const SCRIPTS: [string, RegExp][] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Chinese (Han)', /\p{Script=Han}/u],
  ['Japanese kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean (Hangul)', /\p{Script=Hangul}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];

/** Fewer letters than this are not enough to judge (a short test text, a title page). */
const MIN_LETTERS = 200;

export interface ScriptCount {
  latin: number;
  other: number;
  /** The most common non-Latin script, by name. */
  dominantOther: string | null;
}

export function countScripts(text: string, sampleChars = 2_000_000): ScriptCount {
  let latin = 0;
  let other = 0;
  const byScript = new Map<string, number>();
  const end = Math.min(text.length, sampleChars);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // ASCII fast path: most of an English novel.
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const ch = String.fromCodePoint(cp);
    if (!/\p{L}/u.test(ch)) continue;
    if (/\p{Script=Latin}/u.test(ch)) {
      latin++;
      continue;
    }
    other++;
    const name = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'non-Latin';
    byScript.set(name, (byScript.get(name) ?? 0) + 1);
  }
  let dominantOther: string | null = null;
  let best = 0;
  for (const [name, n] of byScript) if (n > best) [dominantOther, best] = [name, n];
  return { latin, other, dominantOther };
}

export function assertLatinScript(text: string, file: string | undefined): void {
  const { latin, other, dominantOther } = countScripts(text);
  if (latin + other < MIN_LETTERS) return;
  if (other > latin) {
    throw new VerbatimError(
      'unsupported_script',
      `the text is mostly in ${dominantOther} script; Verbatim's analysis is built for Latin-script (English) novels`,
      { file, hint: 'pass --allow-any-script to load it anyway' },
    );
  }
}
