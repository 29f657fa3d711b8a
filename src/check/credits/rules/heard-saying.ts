import { hearingVerbAlternation } from '../../../lexicon.js';
import { ADDRESSEE, WRITTEN_NAME } from '../name-pattern.js';
import { type CreditRule, readWith } from './rule.js';
import { DASHES } from './tag-parts.js';

/**
 * "Richard hears Mr. Jarndyce say, “…”", "we overhear Lady Dedlock telling her maid:", "I always think
 * of Pip saying “…”": whoever is heard (remembered, pictured) speaking is the speaker, not the one
 * who hears. (Not "hears him say": the pronoun is not the sentence's subject, and the writing's
 * pronoun reading would take the subject.)
 */
const HEARD_SAYING = new RegExp(
  `\\b(?:${hearingVerbAlternation()}|listens?\\s+to|listened\\s+to|think(?:s|ing)?\\s+of|thought\\s+of|remember(?:s|ed|ing)?|recall(?:s|ed|ing)?|imagine|picture|love|loved|moment\\s+of|scene\\s+of)\\s+(?<name>${WRITTEN_NAME})\\s+(?:say|saying|ask|asking|tell|telling|cry|crying|call|calling|whisper|whispering|mutter|muttering|exclaim|exclaiming|shout|shouting|remark|remarking)(?:\\s+to\\s+(?<to>${ADDRESSEE}))?(?:\\s+(?:him|her|them|me|us))?\\s*[,:${DASHES}-]?\\s*$`,
  'dgu',
);

export const heardSayingRule: CreditRule = {
  id: 'credit/heard-saying',
  description:
    'someone heard (or remembered) saying the words: Richard hears Mr. Jarndyce say, “…” / we overhear Jane telling Bingley: / I think of Pip saying “…”',
  read(site) {
    return site.leadOpen ? readWith(site.lead, HEARD_SAYING, { pronoun: false }) : null;
  },
};
