/**
 * Sentence tags: a short sentence of its own before the speech ("Mrs. Hurst began again.", "She went
 * on."), read where the sieve's sentence rules look (sieve.ts): at the end of the narration before the
 * speech, or ending the speechless paragraph before it.
 */
import { OPENING_SPEECH_VERBS } from '../../lexicon.js';
import { pronounGender, spanned, type Tok, tokens } from './clause.js';
import { mentionsIn } from './scene.js';
import type { Tag, TagSource } from './tag-forms.js';
import type { Mention } from './types.js';

/** Words that make a sentence with a speech verb no tag: "Elizabeth said nothing", "did not answer". */
const NO_SPEECH = new Set(['not', 'never', 'nothing', 'no', 'nor', "didn't", "couldn't", "wouldn't"]);

/**
 * The words of the sentence ending (with a full stop) at `end`, when it is short (`shortSentenceWords`)
 * and does not deny speaking ("said nothing"): the shape of a sentence that is a speech tag of its own.
 */
function shortLastSentence(src: TagSource, start: number, end: number): Tok[] | null {
  const toks = tokens(src.text, Math.max(start, end - src.options.tagBeforeReach), end);
  if (toks[toks.length - 1]?.w !== '.') return null;
  let from = toks.length - 2;
  while (from >= 0 && !['.', '!', '?', ';', '"', '\u201c', '\u201d'].includes(toks[from]!.w)) from--;
  const sentence = toks.slice(from + 1, toks.length - 1);
  if (
    sentence.length === 0 ||
    sentence.length > src.options.shortSentenceWords ||
    sentence.some((t) => NO_SPEECH.has(t.lw))
  )
    return null;
  return sentence;
}

/** The name mentioned in `[from, end)` that ends right before the verb: "Mrs. Hurst began". */
function nameRightBefore(src: TagSource, from: number, verb: Tok, end: number): Mention | undefined {
  return mentionsIn(src.mentions, from, end).find((m) => m.end <= verb.start && verb.start - m.end <= 2);
}

/**
 * The last sentence of the narration before a quotation, when it is a short one about a named
 * character's speaking: "Mrs. Hurst began again.", "Sissy resumed in a lower voice."
 */
export function sentenceTagBefore(src: TagSource, start: number, end: number): Tag | null {
  const sentence = shortLastSentence(src, start, end);
  if (!sentence) return null;
  const v = sentence.findIndex((t) => OPENING_SPEECH_VERBS.has(t.lw));
  if (v < 1) return null;
  const named = nameRightBefore(src, sentence[0]!.start, sentence[v]!, end);
  return named
    ? spanned({ form: 'name-began', speaker: named.character, type: 'explicit', confidence: 0.75 }, sentence)
    : null;
}

/** "She went on.", "At length he spoke again.", "He resumed.": the same, with a pronoun subject. */
export function pronounSentenceTagBefore(src: TagSource, start: number, end: number): Tag | null {
  const sentence = shortLastSentence(src, start, end);
  if (!sentence) return null;
  const v = sentence.findIndex(
    (t, i) =>
      OPENING_SPEECH_VERBS.has(t.lw) || t.lw === 'spoke' || (t.lw === 'went' && sentence[i + 1]?.lw === 'on'),
  );
  if (v < 1) return null;
  const g = pronounGender(sentence[v - 1]!.lw) ?? (v >= 2 ? pronounGender(sentence[v - 2]!.lw) : null);
  return g
    ? spanned(
        { form: 'pronoun-began', speaker: null, type: 'anaphoric', confidence: 0.7, pronoun: g },
        sentence,
      )
    : null;
}

/**
 * After a speech earlier in the paragraph, only "began" looks ahead: '"…," he replied; "…"--A short
 * pause followed this speech, and Mrs. Hurst began again. "…"' (an "X replied." there is the tag of
 * the speech before). The name right before "began", "began again" ending the narration.
 */
export function beganTagBefore(src: TagSource, start: number, end: number): Tag | null {
  const toks = tokens(src.text, Math.max(start, end - src.options.tagBeforeReach), end);
  const n = toks.length;
  if (toks[n - 1]?.w !== '.') return null;
  const v = toks[n - 2]?.lw === 'again' ? n - 3 : n - 2;
  if (toks[v]?.lw !== 'began') return null;
  const named = nameRightBefore(src, toks[0]?.start ?? start, toks[v]!, end);
  return named
    ? spanned(
        { form: 'name-began', speaker: named.character, type: 'explicit', confidence: 0.75 },
        toks.slice(v - 1, n - 1),
      )
    : null;
}
