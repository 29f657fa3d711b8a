/**
 * "Melville describes the wall as “…”", "Grey describes how “…”": the subject's own words for what
 * they describe, running into the quotation (credit/describes-as).
 */
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { WRITTEN_NAME } from '../name-pattern.js';
import { OPENING_PHRASES } from './lead-in.js';
import { type CreditRule, readWith } from './rule.js';

/**
 * "Melville describes the wall outside the window as “…”", "Grey describes how “…”", "Jane paints
 * Bingley as “…”": the subject's own words for what they describe (probe rounds AF284, AF289: not
 * read; an author's, for narration, where the name is the author's).
 */
const DESCRIBES_AS = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|[.!?]["”’')]*\\s+|;\\s+|,\\s+(?:and|but|while)\\s+)\\s*${OPENING_PHRASES}(?<name>${WRITTEN_NAME}|[Hh]e|[Ss]he)\\s+(?:describes|described|paints|painted|pictures|pictured|characteri[sz]es|characteri[sz]ed)\\s+(?:how|(?:[^“”"\\n.!?:;]{1,80}?\\s+)?as)\\s*$`,
      'dgu',
    ),
  /\b(?:describe[sd]|paint(?:s|ed)|picture[sd]|characteri[sz](?:es|ed))\s+(?:how|[^“”"\n]*\sas)\s*$/,
);

export const describesAsRule: CreditRule = {
  id: 'credit/describes-as',
  description:
    'the subject’s words for what they describe: Melville describes the wall as “…” / Grey describes how “…”',
  read(site) {
    if (!site.leadOpen) return null;
    return readWith(site.lead, DESCRIBES_AS, { pronoun: true });
  },
};
