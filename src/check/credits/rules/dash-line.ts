import { abbreviatedTitleAlternation, OWNED_RELATION, VERB_FIRST_CREDIT_VERBS } from '../../../lexicon.js';
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { LETTERS, UPPERS } from '../../../text/letters.js';
import { isAuthorName } from '../book-names.js';
import { knownToCast } from '../cast-names.js';
import { ADDRESSEE, LOWER, LOWERS, SAYING_NOUNS } from '../name-pattern.js';
import type { CreditSite } from '../site.js';
import { AGED, CITATION, CREDITED, followingLine, lastPart, SAINTS_NAME, trailer } from './layout-parts.js';
import { type CreditRule, type RuleMatch, readWith } from './rule.js';
import { DASHES } from './tag-parts.js';

/**
 * A credit line after the quotation, opening on a dash (or a tilde or an arrow): the writer's
 * "— Emma Woodhouse" under or beside the words (layout.ts has the page's other layout credits).
 */

// ---------------------------------------------------------------------------------------------
// A dash line after: "“…” — Emma Woodhouse", "― Lord Henry", "- Lord Henry" on the next line, "~ Emma"

/**
 * What a summary adds after the name on a credit line: "— Catherine, declaring that they are one",
 * "— Heathcliff, after her death", "— Nelly, to Lockwood" (a participle or a preposition opens it;
 * "— Flossie Mackenzie, asked if…", probe round AF255: not read),
 * "— Lucy, letter to Mina" (the kind of saying),
 * "— Mrs. Kronborg on the train", "— Fred Ottenburg again" (a circumstance without a comma),
 * "— Joe Gargery, the best man in the whole book", "— Jo, who else" (an apposition), "— Jaggers,
 * legend" (a word or two), "– Captain Flint (the parrot, obviously)" (an aside in brackets), "—
 * Captain Flint, Silver's parrot" (whose: probe round AF245, not read), "— John the coachman"
 * (what the person is, no comma: AF257, not read), "— Mr.
 * Bennet's reply to his wife (Chapter XX)" (the owner of the saying). A place in the book may follow
 * it: "— Lilia (Mrs. Charles Herriton), Chapter 1" (probe round AF118: not read). "— Black Beauty
 * himself" (probe round AF270: not read).
 */
const DASH_GLOSS = `(?:[ \\t]+(?:himself|herself|themselves)(?=[ \\t.]*(?:\\r?\\n|$))|[ \\t]+${LOWER}+ing\\b[^\\n]{0,200}?|[ \\t]+(?:on|about|after|before|when|while|in|upon|during|at|by|from|with|again|later|once|still)\\b[^\\n]{0,60}?|[ \\t]*,[ \\t]+(?:${LOWER}+ing|${LOWER}+ed|to|on|about|after|before|when|while|in|as|upon|during|at|by|from|with|of|the|a|an|his|her|their|our|my|who|whose|${SAYING_NOUNS})\\b[^\\n]{0,200}?|[ \\t]*,[ \\t]+${LOWER}+(?:[ \\t]+${LOWER}+)?(?=[ \\t.]*(?:\\r?\\n|$))|[ \\t]*,[ \\t]+[${UPPERS}][${LETTERS}.-]*(?:[ \\t]+[${UPPERS}][${LETTERS}.-]*){0,2}['’]s[ \\t]+${LOWER}[^\\n]{0,60}?|['’]s[ \\t]+[*_]{0,2}(?:${LOWER}+[ \\t]+){0,2}(?:${SAYING_NOUNS}|bon mot|motto)\\b[^\\n()]{0,60}?(?:[ \\t]*\\([^()\\n]{1,40}\\))?|[ \\t]*\\([^()\\n]{1,60}\\)|[ \\t]+the[ \\t]+${LOWER}[${LOWERS}'’-]*(?=[ \\t.]*(?:\\r?\\n|$)))?`;

/**
 * What opens a credit line: a dash, a tilde, or (in revision notes and quote banks) an arrow,
 * "→ Count Dracula, greeting Jonathan", "-> Dracula".
 */
const CREDIT_LINE_MARK = `(?:[${DASHES}~→⇒➔➜←⇐]|->|=>|<-|--?)`;

/**
 * "— her cousin Tom", "— Twala's son Scragga": a relation, then the person's name without a comma;
 * the name is the credit (probe round AF116: neither read).
 */
const RELATION_BEFORE_NAME = `(?:[Hh]is|[Hh]er|[Tt]heir|[${UPPERS}][${LETTERS}-]+(?:[ \\t]+[${UPPERS}][${LETTERS}-]+)?['’]s)[ \\t]+${OWNED_RELATION}[ \\t]+(?=[${UPPERS}])`;

/**
 * "— the banker, Mr. Bulstrode, at the hospital board", "— her friend, Mr. Darcy": the person
 * described, then named in apposition; the name is the credit (probe round AF66: not read, and the
 * heading over the block quote before credited the line instead).
 */
const APPOSED = `(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \\t]+(?:${LOWER}+[ \\t]+){0,2}${LOWER}+,[ \\t]+(?=[${UPPERS}])|${RELATION_BEFORE_NAME})?`;

/** The book's kind of tag, verb first: "— cries Cora" (an HTML block quote's <footer>; probe round AF251). */
const VERB_FIRST = `(?:(?:${VERB_FIRST_CREDIT_VERBS.join('|')})[ \\t]+)?`;

/**
 * How a credit line opens: at most emphasis and a line break before its mark, or two inside a block
 * quotation (its blank "> " line, or an HTML quotation's `<footer>`: "> “…”⏎>⏎> — Clifford, from the
 * parlor", probe round AF234, not read), or from a block quote's blank line under a list item ("1. >
 * “…”⏎   >⏎   > — Ben Weatherstaff", AF249: not read).
 */
const DASH_LINE_OPENING = `^[*_]*[ \\t>]*(?:\\r?\\n[ \\t>]*|\\r?\\n[ \\t]*>[ \\t>]*\\r?\\n[ \\t]*>[ \\t>]*)?${CREDIT_LINE_MARK}`;
/** (After the credit's own full stop the line may go on with the writer's comment: "— Jo, ch 1. The start of everything.") */
const DASH_LINE = lazyRegExp(
  () =>
    new RegExp(
      `${DASH_LINE_OPENING}[ \\t]*[*_]{0,2}${VERB_FIRST}${APPOSED}(?<name>${AGED}${CREDITED})[*_]{0,2}(?:\\s+to\\s+(?<to>${ADDRESSEE}))?${CITATION}${DASH_GLOSS}${CITATION}(?:(?<!\\b(?:${abbreviatedTitleAlternation()}))[ \\t]*[.!][ \\t]+[^\\n]*)?[ \\t.]*(?:\\r?\\n|$(?![\\s\\S]))`,
      'dgu',
    ),
  // (its opening)
  new RegExp(DASH_LINE_OPENING, 'u'),
);
/** The same line as the last line of a block quotation the extract stage left it in. */
const DASH_LAST_LINE = lazyRegExp(
  () =>
    new RegExp(
      `\\n[ \\t>]*${CREDIT_LINE_MARK}[ \\t]*[*_]{0,2}${VERB_FIRST}${APPOSED}(?<name>${AGED}${CREDITED})[*_]{0,2}(?:\\s+to\\s+(?<to>${ADDRESSEE}))?${CITATION}${DASH_GLOSS}${CITATION}[ \\t.]*$`,
      'dgu',
    ),
  // (its opening)
  new RegExp(`\\n[ \\t>]*${CREDIT_LINE_MARK}`, 'u'),
);

/** "― Jane Austen, Pride and Prejudice": the book's title right after the name (citesBook). */
function markBookCitation(site: CreditSite, m: RuleMatch | null): RuleMatch | null {
  const title = site.ctx.bookTitle;
  if (!m || !title) return m;
  const after = site.text.slice(m.span.end, m.span.end + title.length + 12);
  const simple = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const lead = /^\s*[,:]\s*[*_"“‘']*/.exec(after);
  if (!lead || !simple(after.slice(lead[0].length)).startsWith(simple(title))) return m;
  return { ...m, citesBook: true };
}

export const dashAfterRule: CreditRule = {
  id: 'credit/dash-after',
  description:
    'a dash line after the quotation: “…” — Emma Woodhouse / ― Lord Henry on the next line / ~ Emma',
  read(site) {
    return markBookCitation(site, narratorGloss(site, knownApposition(site, readDashLine(site))));
  },
};

/**
 * "— John Dowell (narrator)", "— Nick, the narrator": the writer says the person is the book's
 * narrator, and that is the credit, under whatever name (probe round AF119: "John Dowell" was matched
 * to the book's Uncle John by the given name).
 */
function narratorGloss(site: CreditSite, m: RuleMatch | null): RuleMatch | null {
  if (!m || /narrator/i.test(m.name)) return m;
  const after = site.text.slice(m.span.end, m.span.end + 30);
  if (!/^\s*(?:,\s+(?:the|our)\s+narrator\b|\(\s*(?:the\s+)?narrator\s*\))/i.test(after)) return m;
  return { ...m, name: `${m.name}, the narrator` };
}

/** ", the Little Doctor" right after a credit's name: the person again, described. */
const APPOSITION_AFTER = new RegExp(
  String.raw`^,[ \t]+((?:[Tt]he[ \t]+)?[${UPPERS}][${LETTERS}'’-]*(?:[ \t]+[${UPPERS}][${LETTERS}'’-]*){0,2})(?=[ \t]*(?:[,.(]|\r?\n|$))`,
  'u',
);

/**
 * "— Della Bennett, the Little Doctor": a name the book never gives, then what the book does call the
 * person; the book's name is the credit (probe round AF115: "Della Bennett" read, no character of the
 * book, and the line left unknown).
 */
function knownApposition(site: CreditSite, m: RuleMatch | null): RuleMatch | null {
  // (not the author and the book's title: "― Agnes Morrow, The Cheshire Cat" cites the book)
  if (!m || knownToCast(m.name, site.ctx.cast) || isAuthorName(m.name, site.ctx)) return m;
  const a = APPOSITION_AFTER.exec(site.text.slice(m.span.end, m.span.end + 60));
  if (!a || !knownToCast(a[1]!, site.ctx.cast)) return m;
  const title = site.ctx.bookTitle?.toLowerCase().replace(/^the\s+/, '');
  if (title && a[1]!.toLowerCase().replace(/^the\s+/, '') === title) return m;
  const start = m.span.end + a[0].length - a[1]!.length;
  return { ...m, name: a[1]!, span: { start, end: start + a[1]!.length } };
}

function readDashLine(site: CreditSite): RuleMatch | null {
  const read = readDashLineAt(site);
  return read && !goesOnToItsVerb(site, read) ? read : null;
}

/**
 * "“…” — Mrs. Pett, who hired her, cannot believe it": after the name and an aside set off by commas
 * the writer's sentence goes on to its verb; the dash opens that sentence, no credit line (probe
 * round AF202: read as a credit, and the right credit of the words contradicted).
 */
function goesOnToItsVerb(site: CreditSite, m: RuleMatch): boolean {
  const after = site.text.slice(m.span.end, m.span.end + 120);
  return SENTENCE_GOES_ON.test(after) || LABELLED_SENTENCE.test(after) || siblingListItem(site, m);
}

/**
 * "- **Fear and courage.** Tuppence admits … “the beautiful woman with the cruel eyes.”⏎- **Partnership.**
 * Tommy and Tuppence succeed together…": the quotation's own line is a list item, and the next line
 * under the same list marker is another item, a label and the writer's sentence after it, no credit
 * line (probe round AF277: the line above credited to "Partnership"). A bare "- Lord Henry" under a
 * list item stays a credit.
 */
function siblingListItem(site: CreditSite, m: RuleMatch): boolean {
  const lineStart = site.text.lastIndexOf('\n', m.span.start - 1) + 1;
  const bullet = LABELLED_ITEM.exec(site.text.slice(lineStart, m.span.start))?.[1];
  if (!bullet) return false;
  const quoteAt = site.quote.parts[0]!.start;
  const quoteLine = site.text.slice(site.text.lastIndexOf('\n', quoteAt - 1) + 1, quoteAt);
  if (LIST_BULLET.exec(quoteLine)?.[1] !== bullet) return false;
  const lineEnd = site.text.indexOf('\n', m.span.end);
  return SENTENCE_AFTER_LABEL.test(site.text.slice(m.span.end, lineEnd < 0 ? site.text.length : lineEnd));
}
/** A Markdown list item's marker opening a line ("- ", "* ", "+ "). */
const LIST_BULLET = /^[ \t]*([-*+])[ \t]/;
/** A list item opening on a label in emphasis: "- **Partnership.**". */
const LABELLED_ITEM = /^[ \t]*([-*+])[ \t]+[*_]{1,2}$/;
/** After a label's name: the end of its emphasis (a full stop or colon inside or after it), then a sentence of three words or more. */
const SENTENCE_AFTER_LABEL = /^[.:]?[*_]{1,2}[.:]?[ \t]+(?:\S+[ \t]+){2,}\S/u;
/**
 * "- Method: Poirot's order and logic contrast with Hastings's hasty guesses.": the next list item
 * is a label and the writer's sentence after its colon, no credit line (probe round AF216: the line
 * above credited to "Method"). A credit's citation after a colon is short ("— Jo: ch. 1").
 */
const LABELLED_SENTENCE = /^[ \t]*:[ \t]+(?:[^\s]+[ \t]+){5,}[^\s]/u;
const SENTENCE_GOES_ON = new RegExp(
  String.raw`^[ \t]*,[^,\n]{1,80},[ \t]+(?:[${LOWERS}]+ly[ \t]+)?(?:cannot|can|could|will|would|should|must|may|might|is|was|are|were|has|had|does|did|[${LOWERS}]+s)\b`,
  'u',
);

function readDashLineAt(site: CreditSite): RuleMatch | null {
  const fromTrailer = readWith(trailer(site), DASH_LINE, { pronoun: false });
  if (fromTrailer) return fromTrailer;
  const dash = /[\u2014\u2013\u2015~\-→⇒➔➜←⇐]/;
  const last = lastPart(site);
  if (
    !dash.test(site.trail.text.slice(0, 8)) &&
    !(site.following && dash.test(site.following.text.slice(0, 4)))
  ) {
    if (!last || !/\n[ \t>]*[\u2014\u2013\u2015~\-→⇒➔➜←⇐]/.test(last.text)) {
      // A Markdown "- Lord Henry" list item below: its dash is the marker, outside `following`.
      if (!site.following) return null;
    }
  }
  const inTrail =
    readWith(site.trail, DASH_LINE, { pronoun: false }) ?? readWith(site.trail, SAINTS_DASH_LINE);
  return (
    (inTrail && !introducesNext(site, inTrail) ? inTrail : null) ??
    followingLine(site, DASH_LINE) ??
    readWith(lastPart(site), DASH_LAST_LINE, { pronoun: false })
  );
}

/** "— Emily St. Aubert" (SAINTS_NAME): no credit line was read (probe round AF294). */
const SAINTS_DASH_LINE = lazyRegExp(
  () =>
    new RegExp(
      String.raw`^[*_]*[ \t]*(?:[\u2014\u2013\u2015~]|--?)[ \t]*[*_]{0,2}(?<name>${SAINTS_NAME})[*_]{0,2}[ \t.]*(?:\r?\n|$)`,
      'du',
    ),
  /\sSt\.\s/,
);

/**
 * "- Godfrey, turning red: “Hold your tongue…”" below a quotation: the name's line goes on into the
 * next quotation, so it introduces that one and is no credit line of the quotation above.
 */
function introducesNext(site: CreditSite, m: RuleMatch): boolean {
  const end = site.trail.start + site.trail.text.length;
  return end === site.nextStart && end < site.text.length && !site.text.slice(m.span.end, end).includes('\n');
}
