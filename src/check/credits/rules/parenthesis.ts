import { CREDIT_PHRASES, CREDIT_VERBS, DOING_GLOSS_OPENERS, OWNED_RELATION } from '../../../lexicon.js';
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { LOWERS, UPPERS } from '../../../text/letters.js';
import { isAuthorName } from '../book-names.js';
import { ADDRESSEE, REF, VERBS } from '../name-pattern.js';
import type { CreditSite, Segment } from '../site.js';
import { AGED, CREDITED, followingLine, lastPart, TITLE_CASE, trailer } from './layout-parts.js';
import { type CreditRule, type RuleMatch, readWith } from './rule.js';

// A parenthesis: "“…” (Basil)", "(Lord Henry, chapter 2)", "(Catherine to Henry)", "(Austen 45)"

/** "(said Martha)", "(asked Tom)": the book's kind of tag, put in parentheses. */
const PAREN_VERB = `(?:(?:${VERBS})\\s+)?`;
/**
 * "(the old hag Gagool)", "(her sister, Mrs. Pett)": the person described, then named; the name is
 * the credit (probe rounds AF116, AF146).
 */
const DESCRIBED_BEFORE = `(?:[Tt]he\\s+(?:[${LOWERS}]+\\s+){1,2}(?=[${UPPERS}])|(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?:${OWNED_RELATION}),\\s+(?=[${UPPERS}]))?`;
/** "(Huck, trading his tick)": what the person does as they say it (probe round AE11). */
// (or how: "(Maury, ironically)", probe round AF254: not read)
const DOING = `,\\s+(?:[${LOWERS}]+ing|[${LOWERS}]+ly|${DOING_GLOSS_OPENERS})\\b[^()[\\]\\n]{0,40}`;
/** "(Mr. Whittington again, cooling down)": the same person once more (probe round AF245: not read). */
const AGAIN = '(?:\\s+(?:again|too|once\\s+more|still))?';
const PAREN_BODY = `[([]\\s*${PAREN_VERB}${DESCRIBED_BEFORE}(?<name>${AGED}${CREDITED}|narrator(?=\\s*[,;)\\]]))${AGAIN}(?:,?\\s+to\\s+(?<to>${ADDRESSEE}))?(?:\\s*[,;:]\\s*(?:${REF}|${TITLE_CASE}|\\*[^*)]{1,60}\\*)|\\s+${REF}|${DOING})*\\s*[)\\]]`;
/** What PAREN_BODY cannot match without (the gate of the parenthesis patterns). */
const PAREN_GATE = /[([]/;
/** Right after the quotation, or on the next line of its paragraph ("“…”<br>(the accountant)"). */
const PAREN = lazyRegExp(
  () => new RegExp(`^[ \\t]*[.,;:!?]?[ \\t]*(?:\\r?\\n[ \\t]*)?${PAREN_BODY}`, 'dgu'),
  PAREN_GATE,
);
const PAREN_LINE = lazyRegExp(() => new RegExp(`^\\s*${PAREN_BODY}\\s*$`, 'dgu'), PAREN_GATE);
const PAREN_LAST = lazyRegExp(() => new RegExp(`${PAREN_BODY}[ \\t.]*$`, 'dgu'), PAREN_GATE);
/** "5. (Carl) “What a hopeless position…”": the name in parentheses opening the quotation's line. */
const PAREN_BEFORE = lazyRegExp(
  () => new RegExp(`(?:^|\\n)[ \\t>*_\\-•·]*(?:\\d{1,3}[.)][ \\t]+)?${PAREN_BODY}[ \\t]*$`, 'dgu'),
  PAREN_GATE,
);

/**
 * "(Austen 20)", "(Dickens 1.3)": a surname and a page (or a volume and chapter), the MLA citation of
 * an essay (a year, "(Hale 2019)", names a critic's source and is left as it was). The book's author
 * when the checker knows the author; else a credit only when a character has the name (weak: the
 * composition asks the cast), and otherwise an author or critic the book's metadata does not name:
 * the writer's sentence ("Elizabeth declares that …") credits the line.
 */
// (a page of four figures below 1500; 1500 and up is a year: "(Hale 2019)")
const PAGE_CITATION = /^[ \t]+(?:\d{1,3}|1[0-4]\d\d)(?:[.:]\d{1,3}){0,2}(?:[-–]\d{1,4})?[ \t]*\)/;

function citationIsWeak(site: CreditSite, m: RuleMatch | null): RuleMatch | null {
  if (!m || !PAGE_CITATION.test(site.text.slice(m.span.end, m.span.end + 16))) return m;
  return isAuthorName(m.name, site.ctx) ? m : { ...m, weak: true };
}

export const parenthesisRule: CreditRule = {
  id: 'credit/parenthesis',
  description:
    'a name in parentheses after the quotation: “…” (Basil) / (Lord Henry, chapter 2) / (Catherine to Henry) / (said Martha), or opening its line: (Carl) “…”',
  read(site) {
    const read = readParenthesis(site);
    // "(Book Two, Ch. 1)", "(Part Three)": the number of a part, read as a name where the word
    // before it is none (probe round AF176: "Two" credited before "whispers the curate"); a
    // character may be called so (Alice's gardeners Two, Five and Seven), but not after "Book".
    if (read && PART_WORD_BEFORE.test(site.text.slice(Math.max(0, read.span.start - 12), read.span.start)))
      return null;
    return citationIsWeak(site, read);
  },
};

/** A word naming a part of a book, right before a name read in a parenthesis. */
const PART_WORD_BEFORE =
  /\b(?:[Bb]ook|BOOK|[Pp]art|PART|[Vv]olume|[Vv]ol\.|[Cc]hapter|[Cc]h\.|[Aa]ct|[Ss]cene|[Cc]anto|[Ll]etter)\s+$/;

function readParenthesis(site: CreditSite): RuleMatch | null {
  const fromTrailer = readWith(trailer(site), PAREN, { pronoun: false });
  if (fromTrailer) return fromTrailer;
  const before = site.leadInline ? readWith(site.lead, PAREN_BEFORE, { pronoun: false }) : null;
  if (before) return before;
  if (!/[([]/.test(site.trail.text.slice(0, 8)) && !/^[([]/.test(site.following?.text ?? '')) {
    const last = lastPart(site);
    if (!last || !/[)\]][ \t.]*$/.test(last.text)) return null;
  }
  return (
    readWith(site.trail, PAREN, { pronoun: false }) ??
    followingLine(site, PAREN_LINE) ??
    readWith(lastPart(site), PAREN_LAST, { pronoun: false }) ??
    nameThenVerb(trailer(site)) ??
    nameThenVerb(site.trail)
  );
}

/**
 * "(Begbie shoots back)", "(Jo replies)": the name, then a verb of saying (probe round AF163: no
 * credit read, and the words in parentheses taken into the quotation's). The verb is looked up in
 * the lexicon rather than written into the pattern: a parenthesis of this shape is rare, and the
 * verbs would more than double the pattern.
 */
const PAREN_SAYING = lazyRegExp(
  () =>
    new RegExp(
      `^[ \\t]*[.,;:!?]?[ \\t]*[([]\\s*(?<name>${AGED}${CREDITED})\\s+(?<verb>[${LOWERS}]+(?:\\s+(?:back|out|in|on|up))?)\\s*[)\\]]`,
      'dgu',
    ),
  PAREN_GATE,
);

function nameThenVerb(seg: Segment | null): RuleMatch | null {
  if (!seg || !PAREN_GATE.test(seg.text)) return null;
  const verb = PAREN_SAYING().exec(seg.text)?.groups?.verb?.replace(/\s+/g, ' ');
  if (!verb || !(CREDIT_VERBS.has(verb) || CREDIT_PHRASES.includes(verb))) return null;
  return readWith(seg, PAREN_SAYING, { pronoun: false });
}
