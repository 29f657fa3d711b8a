import { PLAIN_TAG_VERBS } from '../../../lexicon.js';
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { knownToCast } from '../cast-names.js';
import { LOWER, WRITTEN_NAME } from '../name-pattern.js';
import { segment } from '../site.js';
import { type CreditRule, readWith } from './rule.js';

/**
 * The book's own tag kept inside a quotation from a novel that prints its dialogue without quote
 * marks (Ulysses' dashes, Joyce's and McCarthy's bare lines): "I am a servant of two masters, Stephen
 * said, an English and an Italian.", "Mrkrgnao! the cat said loudly." The novel's words say who
 * speaks, so it comes before the page around the quotation (probe round AF266: under a "### Buck
 * Mulligan" heading the line was credited to Mulligan and the right reading contradicted). Only a
 * name the book's cast knows, and only with a plain tag verb set off by the quotation's own
 * punctuation: a line of narration quoted may say ", John said," of someone else's words too, and
 * the cast is what tells a character from "the house" in "the house, they said, was old".
 */
const TAG_VERB = `(?:${PLAIN_TAG_VERBS.join('|')}|says|asks|cries|answers|replies)`;
const WHO = `(?:${WRITTEN_NAME}|the\\s+${LOWER}+)`;
const UNMARKED_TAG = lazyRegExp(
  () =>
    new RegExp(
      `(?:,|[!?])\\s+(?:(?<name>${WHO})\\s+${TAG_VERB}|${TAG_VERB}\\s+(?<name2>${WHO}))(?:\\s+${LOWER}+ly)?\\s*(?:[,.;:!?]|$)`,
      'dgu',
    ),
  // (a tag verb, after the quotation's own punctuation)
  new RegExp(`[,!?]\\s+(?:\\S+\\s+){0,6}${TAG_VERB}\\b`),
);

export const unmarkedTagRule: CreditRule = {
  id: 'credit/tag-inside',
  description:
    'the book’s tag kept inside a quotation from a novel without quote marks: “I am a servant of two masters, Stephen said, an English and an Italian.”',
  read(site) {
    const { quote, text } = site;
    // (a quotation with marks inside it is the split-quotation reader's: tag-after.ts)
    if (quote.between.length > 0 || quote.parts.some((p) => /[“”"]/.test(text.slice(p.start, p.end))))
      return null;
    for (const p of quote.parts) {
      const m = readWith(segment(text, p.start, p.end), UNMARKED_TAG(), { pronoun: false }, [
        'name',
        'name2',
      ]);
      if (m && knownToCast(m.name, site.ctx.cast)) return m;
    }
    return null;
  },
};
