/**
 * Credits a writer gives as a phrase around the words rather than a sentence about the speaker: "As
 * Miss Emily puts it,", "In Lizzy's words,", "To quote X,", "according to X", "Here is Jane:" (the
 * sentences before the quotation are inline.ts's).
 */
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import {
  ADDRESSEE,
  ADVERB,
  DESCRIPTION,
  LOWER,
  NARRATOR,
  SAYING_NOUN,
  SPEAKER,
  SPEECH_VERB_RE,
  VERBS,
  WRITTEN_NAME,
} from '../name-pattern.js';
import type { Segment } from '../site.js';
import { type CreditRule, type RuleMatch, readWith } from './rule.js';
import { DASHES, OBJECT, PARTICIPLE_RE } from './tag-parts.js';

/**
 * "As Miss Emily puts it,", "As she says,", "As Henry tells Mrs. Allen, examining her muslin," (a
 * participle's clause after whom it is said to: probe round AF170, not read), "As James puts it when
 * Strether and Maria return to the hotel," (when: probe round AF271, not read).
 */
const AS_BEFORE = lazyRegExp(
  () =>
    new RegExp(
      `\\b[Aa]s\\s+(?<name>${SPEAKER})${ADVERB}?(?:\\s+(?:once|so|famously|memorably))?\\s+(?:${VERBS}|puts|put|has|phrases|phrased)(?:\\s+it)?${ADVERB}?${OBJECT}(?:\\s+(?:in|at)\\s+[^,:“”"]{1,40}|\\s+(?:when|while|after|before|once)\\s+[^,:;.!?“”"]{1,60})?(?:,\\s+${LOWER}+ing\\b[^,:;.!?“”"]{0,40})?\\s*[,:${DASHES}-]?\\s*$`,
      'dgu',
    ),
);

/**
 * "As the old lady puts it, the rest of the family are “…”": the "as" clause opens the writer's
 * sentence, and the rest of it (`rest`) leads on into the words (probe round AF195: not read).
 */
const AS_OPENS_SENTENCE = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|[.!?]["”’')]*\\s+)\\s*[Aa]s\\s+(?<name>${SPEAKER})${ADVERB}?(?:\\s+(?:once|so|famously|memorably))?\\s+(?:${VERBS}|puts|put|phrases|phrased)(?:\\s+it)?${ADVERB}?${OBJECT},\\s+(?<rest>[^“”"\\n:;.!?]{1,80})$`,
      'dgu',
    ),
);

/**
 * The rest of a sentence an "as" clause opens credits nothing of its own: no verb of speech, no
 * saying and no one's possessive ("As Ruth says, Tommy's reply “…”" is Tommy's reply).
 */
function restCreditsNoOne(lead: Segment, opening: RegExp = AS_OPENS_SENTENCE()): boolean {
  // (a shared global pattern: from the start, whatever the last search left)
  opening.lastIndex = 0;
  const m = opening.exec(lead.text);
  const rest = m?.groups?.rest;
  opening.lastIndex = 0;
  return (
    rest !== undefined &&
    !SPEECH_VERB_RE.test(rest) &&
    !PARTICIPLE_RE().test(rest) &&
    !/['’]s?\s/.test(rest) &&
    !SAYING_NOUN().test(rest)
  );
}

export const asPutsItRule: CreditRule = {
  id: 'credit/as-puts-it',
  description:
    'As Miss Emily puts it, “…” / As she says, “…” / as Austen writes, / As Jo says, the rest are “…”',
  read(site) {
    if (!site.leadOpen || !/\b[Aa]s\s/.test(site.lead.text)) return null;
    return (
      readWith(site.lead, AS_BEFORE()) ??
      (restCreditsNoOne(site.lead) ? readWith(site.lead, AS_OPENS_SENTENCE()) : null)
    );
  },
};

const IN_WORDS = lazyRegExp(
  () =>
    new RegExp(
      `\\b(?:[Ii]n\\s+(?:the\\s+(?:${LOWER}+\\s+)?words\\s+of\\s+(?<name>${SPEAKER})|(?<name2>${WRITTEN_NAME}|${NARRATOR}|${DESCRIPTION})(?:'s|’s|')\\s+(?:(?:own|famous|memorable|immortal|oft-quoted|${LOWER}+)\\s+)?words)|(?<name3>[Hh]is|[Hh]er)\\s+(?:own\\s+)?words)(?:\\s+to\\s+(?<to>${ADDRESSEE}))?\\s*[,:${DASHES}-]?\\s*$`,
      'dgu',
    ),
);
/**
 * "In Guy Pollock's words, the Village Virus “…”": the phrase opens the writer's sentence and the rest
 * of it leads on into the words, a colon at most after it (probe rounds AF232, AF237: not read), as
 * AS_OPENS_SENTENCE reads "As X puts it,".
 */
const IN_WORDS_OPENS_SENTENCE = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|[.!?]["”’')]*\\s+)\\s*In\\s+(?:the\\s+words\\s+of\\s+(?<name>${SPEAKER})|(?<name2>${WRITTEN_NAME}|${NARRATOR}|${DESCRIPTION})(?:'s|’s|')\\s+(?:own\\s+)?words|(?<name3>[Hh]is|[Hh]er)\\s+(?:own\\s+)?words),\\s+(?<rest>[^“”"\\n:;.!?]{1,100}?)\\s*:?\\s*$`,
      'dgu',
    ),
);
const TO_QUOTE = lazyRegExp(
  () =>
    new RegExp(
      `\\b(?:[Tt]o\\s+(?:quote|borrow\\s+from|paraphrase)|[Aa]ccording\\s+to|[Qq]uoting)\\s+(?<name>${SPEAKER})(?:\\s+(?:again|once\\s+more|herself|himself))?\\s*[,:${DASHES}-]?\\s*$`,
      'dgu',
    ),
);
/** "Here is Jane:", "Here's what Mr. Bennet says:", "This is Eeyore at his gloomiest:", "Then there's Mr. Bennet:". */
const HERE_IS = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+)\\s*(?:(?:[Aa]nd\\s+|[Tt]hen\\s+)?(?:[Hh]ere|[Tt]here)(?:['’]s|\\s+(?:is|are|comes))|[Tt]his\\s+is|[Nn]ow\\s+(?:for|comes))\\s+(?:what\\s+)?(?<name>${WRITTEN_NAME}|${NARRATOR}|${DESCRIPTION})(?:\\s+(?:again|once\\s+more|(?:says|said|has\\s+to\\s+say)(?:\\s+to\\s+(?<to>${ADDRESSEE}))?|at\\s+(?:${LOWER}+\\s+){0,2}${LOWER}+|on\\s+[^:“”"]{1,40}|in\\s+[^:“”"]{1,40}))?\\s*[,:${DASHES}-]\\s*$`,
      'dgu',
    ),
  // (its ending)
  /[,:\u2014\u2013\u2015-]\s*$/,
);
/**
 * "Listen to him:", "Just listen to Mr. Cavendish here:": the writer bids the reader hear the words
 * of the one named (probe round AF270: not read).
 */
const LISTEN_TO = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+)\\s*(?:(?:[Jj]ust|[Nn]ow|[Bb]ut|[Aa]nd)\\s+)?[Ll]isten\\s+to\\s+(?<name>${WRITTEN_NAME}|${NARRATOR}|${DESCRIPTION}|him|her|them)(?:\\s+(?:again|here|now|once\\s+more|on\\s+[^:“”"]{1,40}|at\\s+(?:${LOWER}+\\s+){0,2}${LOWER}+))?\\s*[,:${DASHES}-]\\s*$`,
      'dgu',
    ),
);
/** LISTEN_TO's credit; its object pronoun as the subject's the pronoun resolver knows ("him": he). */
function listenTo(lead: Segment): RuleMatch | null {
  const m = readWith(lead, LISTEN_TO(), { pronoun: true });
  const subject = m && { him: 'he', her: 'she', them: 'they' }[m.name.toLowerCase()];
  return m && subject ? { name: subject, span: m.span, addressee: m.addressee } : m;
}
/** What TO_QUOTE and HERE_IS cannot match without. */
const TO_QUOTE_WORDS = /quote|borrow|paraphrase|ccording|uoting/;
const HERE_IS_WORDS = /[Hh]ere|[Tt]here|[Tt]his|[Nn]ow/;
const ACCORDING_AFTER = lazyRegExp(
  () => new RegExp(`^\\s*[,${DASHES}-]?\\s*according\\s+to\\s+(?<name>${SPEAKER})`, 'dgu'),
);
/** '“…,” in Robin MacRae's words.', '“…” — in the words of the Admiral': the same after the quotation. */
const IN_WORDS_AFTER = lazyRegExp(
  () =>
    new RegExp(
      `^\\s*[,${DASHES}-]?\\s*in\\s+(?:the\\s+words\\s+of\\s+(?<name>${SPEAKER})|(?<name2>${WRITTEN_NAME}|${NARRATOR}|${DESCRIPTION})(?:'s|’s|')\\s+(?:own\\s+)?words)(?=\\s*[.,;:!?)]|\\s*$)`,
      'dgu',
    ),
);

export const inWordsRule: CreditRule = {
  id: 'credit/in-words',
  description:
    'In Lizzy’s words, “…” / In the words of X / To quote X, / according to X / Here is Jane: / Listen to him: / “…,” in Lizzy’s words',
  read(site) {
    // Each pattern runs only where the words it cannot match without are (it is checked for every
    // quotation, and the patterns are large): the same answers at a fraction of the cost.
    const lead = site.lead.text;
    if (site.leadOpen) {
      const m =
        (lead.includes('words')
          ? (readWith(site.lead, IN_WORDS(), { pronoun: true }, ['name', 'name2', 'name3']) ??
            (restCreditsNoOne(site.lead, IN_WORDS_OPENS_SENTENCE())
              ? readWith(site.lead, IN_WORDS_OPENS_SENTENCE(), { pronoun: true }, ['name', 'name2', 'name3'])
              : null))
          : null) ??
        (TO_QUOTE_WORDS.test(lead) ? readWith(site.lead, TO_QUOTE()) : null) ??
        (HERE_IS_WORDS.test(lead) ? readWith(site.lead, HERE_IS, { pronoun: false }) : null) ??
        (/[Ll]isten\s+to\s/.test(lead) ? listenTo(site.lead) : null);
      if (m) return m;
    }
    const trail = site.trail.text;
    return (
      (trail.includes('according') ? readWith(site.trail, ACCORDING_AFTER()) : null) ??
      (trail.includes('words')
        ? readWith(site.trail, IN_WORDS_AFTER(), { pronoun: false }, ['name', 'name2'])
        : null)
    );
  },
};
