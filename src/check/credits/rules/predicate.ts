import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { LETTERS } from '../../../text/letters.js';
import { ADDRESSEE, ADVERB, LOWER, SAYING_NOUNS, SPEAKER, VERBS, WRITTEN_NAME } from '../name-pattern.js';
import { firstSentenceEnd } from '../site.js';
import { type CreditRule, readWith, sub } from './rule.js';

/**
 * The quotation as the subject of the writer's sentence and the credit its predicate: “…” belongs
 * to Huck, not Tom / “…” is what Huck tells himself / “…” comes from Jim / “…” is Jim's reply /
 * “…” is Holmes's. The name must close the predicate: in "belongs to Huck's darkest chapter" the
 * line belongs to a chapter, not to Huck.
 */

const DASHES = '\\u2014\\u2013\\u2015';
/** What may stand between the closing mark and the predicate: the quotation's own stop, a comma, a dash. */
const OPENING = `^\\s*[,.!?]?\\s*(?:[${DASHES}-]\\s*)?(?:(?:These|Those|They|This|That|It)\\s+)?`;
/** "“…” These are Darcy's words.": a new sentence pointing back at the quotation. */
const POINTS_BACK = /^\s*(?:These|Those|They|This|That|It)\s/;
/** The name ends there: not in a possessive (a name's pattern takes "Huck’s" whole), not mid-word. */
const NAME_ENDS = `(?<!['’]s)(?![${LETTERS}'’])`;

/** The cue: the writer's sentence goes on after the closing mark with one of the predicates' verbs. */
const CUE = lazyRegExp(
  () => new RegExp(`${OPENING}(?:is|was|are|were|belongs?|belonged|comes?|came)\\s`, 'u'),
);
/** "belongs to Huck", "came from Jim", "comes straight from the mouth of Pap". */
const OWNER = lazyRegExp(
  () =>
    new RegExp(
      `${OPENING}(?:(?:belongs|belonged|belong)\\s+to|(?:comes|came|come)\\s+(?:straight\\s+)?from(?:\\s+the\\s+(?:mouth|lips|pen)\\s+of)?)\\s+(?<name>${SPEAKER})${NAME_ENDS}`,
      'dgu',
    ),
);
/** "is what Huck tells himself", "was how Jim greets him", "is what she says to Tom". */
const WHAT_SAYS = lazyRegExp(
  () =>
    new RegExp(
      `${OPENING}(?:is|was|are|were)\\s+(?:what|how)\\s+(?<name>${SPEAKER})${ADVERB}?\\s+(?:${VERBS})\\b(?:\\s+(?:to\\s+)?(?<to>${ADDRESSEE}))?`,
      'dgu',
    ),
);
/** "is Jim's reply to Huck", "was Pap's drunken complaint". */
const IS_HIS_WORDS = lazyRegExp(
  () =>
    new RegExp(
      `${OPENING}(?:is|was|are|were)\\s+(?<name>${WRITTEN_NAME})['’]s\\s+(?:${LOWER}+\\s+){0,2}(?:${SAYING_NOUNS})\\b(?:\\s+to\\s+(?<to>${ADDRESSEE}))?`,
      'dgu',
    ),
);

/** "“…” is Holmes's, said to Watson", "“…” was Darcy's own.": the owner's possessive alone closes the predicate. */
const IS_HIS = lazyRegExp(
  () =>
    new RegExp(
      `${OPENING}(?:is|was|are|were)\\s+(?:all\\s+)?(?<name>${WRITTEN_NAME})['’]s(?:\\s+own)?(?=\\s*(?:[,.;:!?${DASHES}]|$))`,
      'dgu',
    ),
);

/**
 * "“…” This is Mr. Bennet speaking to his daughter." / "That's Darcy talking." / "Here Darcy is
 * speaking to Bingley.": a sentence pointing back at the quotation names who is speaking it.
 */
const SPEAKING = lazyRegExp(
  () =>
    new RegExp(
      `^\\s*[,.!?]?\\s*(?:[${DASHES}-]\\s*)?(?:(?:This|That|It)\\s+(?:is|was)|(?:This|That|It)['’]s|Here,?)\\s+(?<name>${SPEAKER})${NAME_ENDS}\\s+(?:(?:is|was)\\s+)?(?:speaking|talking)\\b(?:\\s+to\\s+(?<to>${ADDRESSEE}))?`,
      'dgu',
    ),
  // (the words it cannot match without)
  /(?:speaking|talking)\b/,
);

/**
 * "…belongs to Lynch, but it is Stephen who says it": the writer corrects the credit they report
 * (probe round AA3: read as Lynch's, and contradicted by the book's "STEPHEN:").
 */
const BUT_IT_IS = lazyRegExp(
  () =>
    new RegExp(
      `,?\\s+but\\s+(?:it\\s+(?:is|was)|it['’]s)\\s+(?:really\\s+|actually\\s+|in\\s+fact\\s+)?(?<name>${SPEAKER})${NAME_ENDS}[^!?\\n]{0,40}?\\s+who\\b`,
      'dgu',
    ),
  /\bbut\s+it\b/,
);

export const predicateRule: CreditRule = {
  id: 'credit/predicate',
  description:
    'the quotation as the subject, the credit its predicate: “…” belongs to Huck / “…” is what Huck tells himself / “…” is Jim’s reply / “…” is Holmes’s / “…” This is Huck speaking',
  read(site) {
    const trail = site.trail;
    const speaking = readWith(sub(trail, 0, firstSentenceEnd(trail.text) + 1), SPEAKING);
    if (speaking) return speaking;
    if (!CUE().test(trail.text)) return null;
    const sentence = sub(trail, 0, firstSentenceEnd(trail.text) + 1);
    // "“…” This is Darcy's reply: “…”" introduces the next quotation, not this one.
    if (POINTS_BACK.test(sentence.text) && /[:\u201c"]/.test(sentence.text)) return null;
    const owner = readWith(sentence, OWNER());
    if (owner) {
      // (over the sentence's own end: "but it is STEPHEN: (Triumphaliter.) who says it")
      const rest = sub(trail, owner.span.end - trail.start, 120);
      return readWith(rest, BUT_IT_IS(), { pronoun: false }) ?? owner;
    }
    return (
      readWith(sentence, WHAT_SAYS()) ??
      readWith(sentence, IS_HIS_WORDS(), { pronoun: false }) ??
      readWith(sentence, IS_HIS(), { pronoun: false })
    );
  },
};
