import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { ADVERB, VERBS } from '../name-pattern.js';
import type { CreditRule } from './rule.js';
import { DASHES, MANNER, NOT_SAID, OBJECT, TOPIC } from './tag-parts.js';

/**
 * "Miss Betsey greets her with “…,” and later asks, “…”": the sentence goes on from one quotation
 * to a second verb of speech with no subject of its own, so the second is the subject's too.
 */
const SHARED_SUBJECT = lazyRegExp(
  () =>
    new RegExp(
      `^[”"’'»)\\s]*,?\\s*(?:and|but|then|before)(?:\\s+(?:then|later|finally|again|also|afterwards|soon|at\\s+last))?${ADVERB}?\\s+(?:${VERBS})\\b${NOT_SAID}${ADVERB}?${OBJECT}${ADVERB}?${MANNER}${TOPIC}\\s*[,:${DASHES}-]?\\s*$`,
      'du',
    ),
);

export const sharedSubjectRule: CreditRule = {
  id: 'credit/shared-subject',
  description: 'a second verb of the same subject: Darcy says “…” and then asks, “…”',
  read(site) {
    const prev = site.previous;
    const credit = site.previousCredit;
    if (!prev || !credit || credit.kind === 'author' || prev.block || site.quote.block) return null;
    // The subject named before the quotation before ("Darcy says “…” and then asks"), or in its tag
    // after it ("“…,” says Darcy, and then asks"), in the same sentence.
    const before = credit.span.end <= prev.outer.start;
    const inTag = credit.span.start >= prev.outer.end && credit.span.end <= site.quote.outer.start;
    if (!before && !inTag) return null;
    const gap = site.text.slice(inTag ? credit.span.end : prev.outer.end, site.quote.outer.start);
    if (/\n|[.!?]\s/.test(gap)) return null;
    const m = SHARED_SUBJECT().exec(gap);
    if (!m) return null;
    const to = m.groups?.to ?? m.groups?.to2 ?? m.groups?.to4 ?? null;
    return { name: credit.name, span: credit.span, addressee: to };
  },
};
