import { type LazyRegExp, lazyRegExp } from '../../../text/lazy-regexp.js';
import { LETTERS, UPPERS } from '../../../text/letters.js';
import { LOWER, SAYING_NOUNS, SPEAKER, WRITTEN_NAME } from '../name-pattern.js';
import type { Segment } from '../site.js';
import { type RuleMatch, readWith } from './rule.js';

/**
 * A sentence after the quotation that points back at it as a saying and hands it to its owner: "This
 * retort comes from Miss Havisham", "It is Anne who says this", "That is Gino speaking" (gloss.ts reads
 * it in the sentence after a set-apart quotation).
 */

/** "This retort", "These words, which close the chapter,", "The line": the quotation named as a saying. */
const THIS_SAYING = `(?:This|That|These|Those|The)\\s+(?:${LOWER}+\\s+){0,2}(?:${SAYING_NOUNS}|quote|quotation|passage)(?:,\\s+(?:which|that)\\s+[^,.;:!?\\n]{1,60},)?`;

/**
 * A sentence after the quotation pointing back at it as a saying and handing it to its owner
 * (predicate.ts reads the same right after the closing mark). Each is made and compiled only for a
 * sentence its gate lets through: together they are ~70,000 characters of pattern, which a check
 * of an essay that never writes "This retort comes from…" paid for at start-up (~9 ms to make).
 */
const OWNED_SAYINGS: readonly LazyRegExp[] = [
  // "This retort comes from Miss Havisham", "The line belongs to Estella"
  lazyRegExp(
    () =>
      new RegExp(
        `^${THIS_SAYING}\\s+(?:(?:belongs?|belonged)\\s+to|(?:comes?|came)\\s+(?:straight\\s+)?from(?:\\s+the\\s+(?:mouth|lips|pen)\\s+of)?)\\s+(?<name>${SPEAKER})(?<!['’]s)(?![${LETTERS}'’])`,
        'dgu',
      ),
    /^(?:This|That|These|Those|The)\s[\s\S]*?\b(?:belongs?|belonged|comes?|came)\s/,
  ),
  // "This speech is Joe's", "These words, which close the chapter, are Mortimer's answer to Holmes"
  lazyRegExp(
    () =>
      new RegExp(
        `^${THIS_SAYING}\\s+(?:is|was|are|were)\\s+(?:all\\s+)?(?<name>${WRITTEN_NAME})['’]s(?:\\s+own)?(?:\\s+(?:${LOWER}+\\s+){0,2}?(?:${SAYING_NOUNS}))?(?=\\s*(?:[,.;:!?]|$)|\\s+(?:to|for|when|as|after|in|at|on|about|during|while|before)\\b)`,
        'dgu',
      ),
    /^(?:This|That|These|Those|The)\s[\s\S]*?\s(?:is|was|are|were)\s[\s\S]*?['’]s/,
  ),
  // "These are Mr. Gradgrind's words to his son", "It is Harriet's cry in the street" (probe rounds
  // AF63, AF70, AF71: not read)
  lazyRegExp(
    () =>
      new RegExp(
        `^(?:This|That|These|Those|It)\\s+(?:is|was|are|were)\\s+(?<name>${WRITTEN_NAME})['’]s(?:\\s+own)?\\s+(?:${LOWER}+\\s+){0,2}?(?:${SAYING_NOUNS})(?=\\s*(?:[,.;:!?]|$)|\\s+(?:to|for|when|as|after|in|at|on|about|during|while|before)\\b)`,
        'dgu',
      ),
    /^(?:This|That|These|Those|It)\s+(?:is|was|are|were)\s[\s\S]*?['’]s/,
  ),
  // "That is how Jock Grant-Menzies sums up Winnie at the station." (probe round AF119: not read)
  lazyRegExp(
    () =>
      new RegExp(
        `^(?:That|This)\\s+is\\s+how\\s+(?<name>${SPEAKER})(?<!['’]s)\\s+(?:sums\\s+(?:it\\s+|[${UPPERS}][${LETTERS}]*\\s+)?up|puts\\s+it|says\\s+it|describes|sees|greets|answers|replies)\\b`,
        'dgu',
      ),
    /^(?:That|This)\s+is\s+how\s/,
  ),
  // "It is the Admiral who says this, on the drive back" (probe round AF62: not read)
  lazyRegExp(
    () =>
      new RegExp(
        `^It\\s+(?:is|was)\\s+(?<name>${SPEAKER})\\s+who\\s+(?:says|said|speaks|spoke|utters|uttered|asks|asked|cries|cried|exclaims|exclaimed|declares|declared|whispers|whispered|shouts|shouted|mutters|muttered|remarks|remarked|observes|observed)\\s+(?:this|these|that|it|the\\s+(?:${LOWER}+\\s+)?(?:${SAYING_NOUNS}))\\b`,
        'dgu',
      ),
    /^It\s+(?:is|was)\s[\s\S]*?\swho\s/,
  ),
  // "Betteredge is the one who says this, …" (probe round AF178: not read)
  lazyRegExp(
    () =>
      new RegExp(
        `^(?<name>${SPEAKER})\\s+(?:is|was)\\s+the\\s+one\\s+who\\s+(?:says|said|speaks|spoke|utters|uttered|asks|asked|cries|cried)\\s+(?:this|these|that|it|the\\s+(?:${LOWER}+\\s+)?(?:${SAYING_NOUNS}))\\b`,
        'dgu',
      ),
    /\s(?:is|was)\s+the\s+one\s+who\s/,
  ),
  // "That is Gino speaking.", "This is Huck talking" (probe round AF184: not read)
  lazyRegExp(
    () =>
      new RegExp(
        `^(?:That|This)(?:\\s+is|['’]s)\\s+(?<name>${SPEAKER})(?<!['’]s)\\s+(?:speaking|talking)\\b`,
        'dgu',
      ),
    /^(?:That|This)(?:\s+is|['’]s)\s[\s\S]*?\s(?:speaking|talking)\b/,
  ),
  // "These words from the monster explain…" (the name, or "the" and one noun, before the verb)
  lazyRegExp(
    () =>
      new RegExp(
        `^(?:This|These|Those)\\s+(?:${LOWER}+\\s+){0,2}(?:${SAYING_NOUNS}|quote|quotation|passage)\\s+from\\s+(?:the\\s+(?:mouth|lips|pen)\\s+of\\s+)?(?<name>${WRITTEN_NAME}|the\\s+${LOWER}+)(?<!['’]s)(?=\\s+${LOWER}+)`,
        'dgu',
      ),
    /^(?:This|These|Those)\s[\s\S]*?\sfrom\s/,
  ),
  // "These are the words of Sherlock Holmes", "It is the reply of Mr. Bennet"
  lazyRegExp(
    () =>
      new RegExp(
        `^(?:This|That|These|Those|It)\\s+(?:is|was|are|were)\\s+(?:the\\s+)?(?:${LOWER}+\\s+)?(?:${SAYING_NOUNS})\\s+of\\s+(?<name>${SPEAKER})(?<!['’]s)(?![${LETTERS}'’])`,
        'dgu',
      ),
    /^(?:This|That|These|Those|It)\s+(?:is|was|are|were)\s[\s\S]*?\sof\s/,
  ),
];

export function readOwnedSaying(sentence: Segment | null): RuleMatch | null {
  if (!sentence) return null;
  for (const re of OWNED_SAYINGS) {
    const m = readWith(sentence, re, { pronoun: false });
    if (m) return m;
  }
  return null;
}
