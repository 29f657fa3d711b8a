import { CREDIT_VERBS, endsInPersonNoun, isReviewLabel, titleAlternation } from '../../../lexicon.js';
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { LETTERS, UPPERS } from '../../../text/letters.js';
import { shareANameWord } from '../../extract/split.js';
import { knownToCast } from '../cast-names.js';
import {
  ADDRESSEE,
  DESCRIPTION,
  genderOfWrittenName,
  isDescription,
  isNarratorCredit,
  LOWER,
  NARRATOR,
  REF,
  SPEECH_VERB_RE,
  WRITTEN_NAME,
} from '../name-pattern.js';
import type { HeadingCredit } from '../page.js';
import { type CreditSite, segment } from '../site.js';
import { CITATION, CREDITED, followingLine, SAINTS_NAME } from './layout-parts.js';
import { namedInOwnLead } from './lead-in.js';
import { type CreditRule, type RuleMatch, readWith } from './rule.js';
import { DASHES } from './tag-parts.js';

/** A line's first word, past any list or quote marker. */
const FIRST_WORD = new RegExp(String.raw`^[\s>*_\-•·]*([${LETTERS}]+)\s`, 'u');

/**
 * Credits the page's layout gives: a name before a colon at the start of the line (screenplay), a
 * name in parentheses after the quotation, a name alone on the line above or below it, a heading
 * naming the speaker above it, a page title that credits every line below it. A dash line after the
 * quotation is dash-line.ts's.
 */

// ---------------------------------------------------------------------------------------------
// Screenplay: "Nancy: …", "[Cohn:] …", "MR. DARCY: …", "D: …", "**Darcy:** …", "Darcy (to Elizabeth): …", a revision note's "Darcy → …"

/** A video's or a podcast's time code opening the line: "14:30 ", "[1:02:45] ", "(3:40) – ". */
export const TIMESTAMP = '[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?\\s*(?:[-–—|]\\s*)?(?=\\S)';
/** "The Reverend Mr. Dimmesdale:": a title before a title, left out of the name ("Mr. Dimmesdale"). */
const HIGHER_TITLE = `(?:[Tt]he\\s+)?(?:(?:${titleAlternation()})\\s+(?=[${UPPERS}][${LETTERS}]{0,3}\\.\\s))?`;
const SCREENPLAY = lazyRegExp(
  () =>
    new RegExp(
      `^[\\s>*_\\-•·]*(?:\\d{1,3}[.)]\\s+|#\\d{1,3}[ \\t]*(?:[-–—.:)][ \\t]*)?|${TIMESTAMP})?(?:\\*\\*|__|\\*)?\\[?\\s*${HIGHER_TITLE}(?<name>${NARRATOR}|${WRITTEN_NAME}|${DESCRIPTION})\\s*(?:\\((?:to\\s+)?(?<to>${ADDRESSEE})\\)|,?\\s+to\\s+(?<to2>${ADDRESSEE})|,\\s+(?:on|about|of)\\s+${ADDRESSEE})?(?:\\s*\\(\\s*${REF}\\s*\\))?\\s*(?:\\*\\*|__|\\*)?(?:\\s*[*_]{0,2}\\((?:to\\s+(?<to3>${ADDRESSEE})|[^()\\n]{1,60})\\)[*_]{0,2})?\\s*(?:\\]\\s*:?|:|(?<=\\)[*_]{0,2}\\s*)(?:[${DASHES}]|--?)|[→⇒➔➜]|->|=>)(?:\\s*(?:\\*\\*|__|\\*|_))*\\s*\\]?(?:\\s*(?:\\*\\*|__|\\*|_))*\\s*$`,
      'dgu',
    ),
  // (its ending: a colon, bracket, dash or arrow, then emphasis at most)
  /[\]:\u2014\u2013\u2015\-→⇒➔➜>][\s*_\]]*$/u,
);

/**
 * A script line's name with "St." inside it ("Myra St. Claire:"): cut at "Myra" by WRITTEN_NAME, no
 * prefix was read and a heading above credited (and contradicted) the line (probe round AD11).
 */
const SAINTS_NAME_PREFIX = lazyRegExp(
  () =>
    new RegExp(
      String.raw`^[\s>*_\-•·]*(?:\*\*|__)?\[?\s*(?<name>${SAINTS_NAME})\s*(?:\*\*|__)?\s*\]?\s*:\s*$`,
      'du',
    ),
  /\sSt\.\s/,
);

/**
 * The same prefix at the head of a quotation's own words, where the extract stage kept it ("> [Mary:]
 * I declare…", an unmarked "Nancy: …" line). Unbracketed, only a name the book knows or that carries
 * a title: a quotation may itself open with "Remember: …".
 */
const PREFIX_IN_WORDS = lazyRegExp(
  () =>
    new RegExp(
      `^\\s*(?:\\*\\*|__)?(?:\\[\\s*(?<name>${NARRATOR}|${WRITTEN_NAME})\\s*:?\\s*\\]\\s*:?|(?<name2>${NARRATOR}|${WRITTEN_NAME})\\s*(?:\\*\\*|__)?\\s*:)(?:\\*\\*|__)?[ \\t]+\\S`,
      'dgu',
    ),
);

/**
 * "**Muff Potter** — “…”", "Jo – “…”", "Ben Gunn - “…”", "St. John, to Jane — “…”", a thread's "5/ Joe 🥺 “…”": a name
 * (and whom it is said to) before a dash (or an emoji) that opens the line, then the quotation in its marks. Only with the marks: unmarked, "Darcy — proud as ever — …" is prose.
 */
const DASH_LABEL = lazyRegExp(
  () =>
    new RegExp(
      `^[\\s>*_\\-•·]*(?:\\d{1,3}\\s*(?:[.)]|/)\\s+)?(?:\\*\\*|__|\\*)?\\s*(?<name>${NARRATOR}|${WRITTEN_NAME})(?:,?\\s+to\\s+(?<to>${ADDRESSEE}))?(?:\\s*\\(\\s*${REF}\\s*\\))?\\s*(?:\\*\\*|__|\\*)?\\s+(?:[${DASHES}]|--?|\\p{Extended_Pictographic}(?:\\uFE0F|\\s*\\p{Extended_Pictographic})*)\\s*$`,
      'dgu',
    ),
  // (its ending: a dash or an emoji)
  /[\u2014\u2013\u2015\-\uFE0F\p{Extended_Pictographic}]\s*$/u,
);

export const nameDashRule: CreditRule = {
  id: 'credit/name-dash',
  description: 'a name before a dash, then the quotation in its marks: **Jo** — “…” / Jo – “…”',
  read(site) {
    if (site.quote.setOff !== 'quote-marks') return null;
    // (segments blank emoji out of a credit's words: a thread's "5/ Joe 🥺 “…”" is read as written)
    const { start } = site.linePrefix;
    const asWritten = { text: site.text.slice(start, start + site.linePrefix.text.length), start };
    const m =
      readWith(site.linePrefix, DASH_LABEL, { pronoun: false }) ??
      (asWritten.text !== site.linePrefix.text ? readWith(asWritten, DASH_LABEL, { pronoun: false }) : null);
    // "Worse — “…”", "Finally — “…”": a word opening the sentence, not a label, unless the book
    // knows the name or it is a person's name by its form.
    return m && knownOrPersonal(site, m.name) ? m : null;
  },
};

/** A name the book's cast knows, a name in capitals ("MR. DARCY"), or one with a title or a given name's gender. */
function knownOrPersonal(site: CreditSite, name: string): boolean {
  return (
    site.ctx.cast.resolve(name).status !== 'unknown' ||
    /^\p{Lu}+\.?(?:\s|$)/u.test(name) ||
    genderOfWrittenName(name) !== null
  );
}

function prefixInWords(site: CreditSite): RuleMatch | null {
  const { quote } = site;
  if (quote.setOff === 'quote-marks' && !quote.block) return null;
  const first = quote.parts[0]!;
  const seg = segment(site.text, first.start, first.end);
  const m = readWith(seg, PREFIX_IN_WORDS(), { pronoun: false, description: false }, ['name', 'name2']);
  if (!m) return null;
  const bracketed = site.text[first.start + seg.text.search(/\S/)] === '[';
  if (bracketed) return m;
  return knownOrPersonal(site, m.name) ? m : null;
}

/** The speaker prefix the extract stage set aside (`Nancy`, `Cohn` of `[Cohn:]`, a play script's `ELIZABETH.`). */
function extractedPrefix(site: CreditSite): RuleMatch | null {
  const p = site.quote.prefix;
  if (!p) return null;
  const seg = segment(site.text, p.start, p.end);
  const named = readWith(seg, WHOLE_PREFIX(), { pronoun: false, description: false });
  if (named) return named;
  // "The captain:" over the words (extract/frame.ts colonCue): a person described by a noun for one.
  const described = readWith(seg, DESCRIBED_PREFIX(), { pronoun: false });
  return described && endsInPersonNoun(described.name) ? described : null;
}
const WHOLE_PREFIX = lazyRegExp(
  () => new RegExp(`^\\s*(?<name>${NARRATOR}|${WRITTEN_NAME})\\.?\\s*$`, 'dgu'),
);
const DESCRIBED_PREFIX = lazyRegExp(() => new RegExp(`^\\s*(?<name>${DESCRIPTION})\\s*$`, 'dgu'));

/** A definition list's term, alone on its line: "**Sir Percy**" above ": “…”" (Markdown Extra, pandoc). */
const TERM_LINE = lazyRegExp(
  () =>
    new RegExp(
      `^[\\s>*_\\-•·]*(?:\\*\\*|__|\\*)?\\s*(?<name>${NARRATOR}|${WRITTEN_NAME})(?:\\s*\\(\\s*${REF}\\s*\\))?\\s*(?:\\*\\*|__|\\*)?\\s*$`,
      'dgu',
    ),
);

/**
 * "Sir Percy" on one line and ": “…”" on the next: the term of a Markdown definition list, and its
 * definition the quotation (an HTML <dl> reads as "Sir Percy: “…”" already, review/html.ts).
 */
function definitionTerm(site: CreditSite): RuleMatch | null {
  const p = site.linePrefix;
  if (!/^[ \t]*:[ \t]*$/.test(p.text) || site.text[p.start - 1] !== '\n') return null;
  const lineEnd = p.start - 1;
  const lineStart = site.text.lastIndexOf('\n', lineEnd - 1) + 1;
  if (site.block && lineStart < site.block.content.start) return null;
  return readWith(segment(site.text, lineStart, lineEnd), TERM_LINE(), { pronoun: false });
}

/** Whether a line's prefix opens with a verb of speech ("Says Darcy of Elizabeth:"). */
function opensWithVerb(prefix: string): boolean {
  const first = FIRST_WORD.exec(prefix);
  return first !== null && SPEECH_VERB_RE.test(first[1]!);
}

/** "Key quote (Tommy Beresford): “…”", "Quote 3 (Jo):": a study note's label with the speaker in parentheses. */
const LABELLED_NAME = lazyRegExp(
  () =>
    new RegExp(
      `^[\\s>*_\\-•·]*(?:\\*\\*|__)?(?:[Kk]ey\\s+|[Ff]amous\\s+|[Ff]avou?rite\\s+)?(?:[Qq]uote|[Qq]uotation|[Ll]ine|[Pp]assage)(?:\\s*#?\\d{1,3})?\\s*\\(\\s*(?<name>${NARRATOR}|${WRITTEN_NAME})(?:,?\\s+to\\s+(?<to>${ADDRESSEE}))?\\s*\\)\\s*(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*$`,
      'dgu',
    ),
  // (its ending: a colon)
  /:[\s*_]*$/,
);

/** A line that opens on "To <someone>": whom the words are said to ("- To her father: …"). */
const ADDRESSEE_LABEL = /^[\s>*_\-•·]*(?:\d{1,3}[.)]\s+)?(?:\*\*|__|\*)?\[?\s*To\s/;

export const screenplayRule: CreditRule = {
  id: 'credit/screenplay',
  description:
    'a speaker prefix at the start of the line: Nancy: “…” / [Cohn:] … / MR. DARCY: … / D: … / Key quote (Jo): / a definition list’s term',
  read(site) {
    // "Says Darcy of Elizabeth: “…”" opens with a verb of speech: a tag, not a speaker's label.
    if (opensWithVerb(site.linePrefix.text)) return null;
    // "To Mrs Chiley: …" names whom the line is said to (probe round AE5: read as her line).
    if (ADDRESSEE_LABEL.test(site.linePrefix.text)) return null;
    const m =
      readWith(site.linePrefix, SCREENPLAY, { pronoun: false }) ??
      readWith(site.linePrefix, SAINTS_NAME_PREFIX, { pronoun: false }) ??
      readWith(site.linePrefix, LABELLED_NAME, { pronoun: false }) ??
      definitionTerm(site) ??
      extractedPrefix(site) ??
      prefixInWords(site);
    // "Q:" and "A:" are an interview's questions and answers, not initials.
    if (m && /^[QA]$/.test(m.name) && /(?:^|\n)[\s>*_-]*Q\s*:/.test(site.text)) return null;
    // "ON-SCREEN CAPTION:", "VO:" (a video script's cues) label the words; nobody says them.
    if (!m || isReviewLabel(m.name)) return null;
    // "The old physician:", "The duke:" (probe rounds AE4, AE16) label a line as the book's people
    // do; "The causeway floods:" is the writer's sentence: a description only where the cast has it,
    // or a noun for a person ("The captain:", probe round AF206).
    // ("The narrator:" is the book's narrator, as "Narrator:" is: probe round AF245, not read)
    if (
      isDescription(m.name) &&
      !isNarratorCredit(m.name) &&
      !knownToCast(m.name, site.ctx.cast) &&
      !endsInPersonNoun(m.name)
    )
      return null;
    return m;
  },
};

// ---------------------------------------------------------------------------------------------
// A forum's BBCode quotation: "[quote=Joe]…[/quote]"

/** The name in a BBCode quotation's opening tag: "[quote=Joe]", "[QUOTE=Joe;123]", "[quote name="Joe"]". */
const BB_NAME =
  /\[quote(?:\s*=\s*|\s+(?:name|author)\s*=\s*)["']?(?<name>[^\]"';\n]{1,60}?)["']?(?:;[^\]\n]*)?\]/i;

export const bbQuoteRule: CreditRule = {
  id: 'credit/bbcode-quote',
  description:
    'the name in a forum’s quotation tag: [quote=Joe]…[/quote] (a character of the book’s; a user name credits no one)',
  read(site) {
    const b = site.block?.kind === 'block-quote' ? site.block : null;
    if (!b || site.quote.outer.start - b.content.start > 3) return null;
    const opening = site.text.slice(b.span.start, b.content.start);
    const m = BB_NAME.exec(opening);
    const name = m?.groups?.name?.trim();
    // On a forum the tag mostly names the member being quoted: only a name of the book's is a credit.
    if (!m || !name || !knownToCast(name, site.ctx.cast)) return null;
    const start = b.span.start + m.index + m[0].indexOf(name);
    return { name, span: { start, end: start + name.length }, addressee: null };
  },
};

// ---------------------------------------------------------------------------------------------
// A name alone on the line above or below the quotation

/**
 * "“…”\nMr. Collins" (the name line ends the block, a blank line of the block quotation between at
 * most), "*Phoebe, feeding the hens*" (a caption: in italics, with what the person is doing), a
 * flashcard's "[Uncle William:]", or "“…” Mad Hatter" run in at the end of the line.
 */
const NAME_BELOW = lazyRegExp(
  () =>
    new RegExp(
      `^(?:(?:[ \\t]*\\r?\\n[ \\t>]*){1,2}|[ \\t]+)(?:\\*\\*|__|\\*|_|\\[[ \\t]*)?(?<name>${CREDITED})(?:\\s+to\\s+(?<to>${ADDRESSEE}))?${CITATION}(?:,[ \\t]+${LOWER}+ing\\b[^\\n*_]{0,60})?(?:\\*\\*|__|\\*|_|[ \\t]*:?[ \\t]*\\])?[ \\t]*$`,
      'dgu',
    ),
);
/** "Mr. Collins (Chapter 19)\n“…”": the first line of the block, the quotation on the next. */
const NAME_ABOVE = lazyRegExp(
  () =>
    new RegExp(
      `^[ \\t>]*(?:\\*\\*|__)?(?<name>${CREDITED})(?:\\s+to\\s+(?<to>${ADDRESSEE}))?(?:\\*\\*|__)?${CITATION}[ \\t]*:?[ \\t]*(?:\\*\\*|__)?[ \\t]*\\r?\\n[ \\t>]*$`,
      'dgu',
    ),
  // (its ending: a line break)
  /\n[ \t>]*$/,
);

/**
 * "*Phoebe, feeding the hens*" alone in the paragraph under a block quotation: a caption, in italics
 * or bold (plain, "Phoebe, feeding the hens, smiles." would be the writer's prose going on).
 */
const CAPTION_BELOW = lazyRegExp(
  () =>
    new RegExp(
      `^[ \\t]*(?:\\*\\*|__|\\*|_)(?<name>${CREDITED})${CITATION}(?:,[ \\t]+${LOWER}+ing\\b[^\\n*_]{0,60})?(?:\\*\\*|__|\\*|_)[ \\t.]*(?:\\r?\\n|$(?![\\s\\S]))`,
      'dgu',
    ),
);

function fromHeading(h: HeadingCredit | null, id: string): RuleMatch | null {
  return h && h.ruleId === id ? { name: h.name, span: h.span, addressee: h.addressee } : null;
}

/** The next quotation starts on the line of `at`: what stands there before it is that one's lead. */
function nextQuoteOnItsLine(site: CreditSite, at: number): boolean {
  const eol = site.text.indexOf('\n', at);
  return site.nextStart < (eol < 0 ? site.text.length : eol);
}

function notALabel(m: RuleMatch | null): RuleMatch | null {
  return m && isReviewLabel(m.name) ? null : m;
}

export const nameLineRule: CreditRule = {
  id: 'credit/name-line',
  description:
    'a name alone on the line below (or above) the quotation: “…”⏎Mr. Collins / Aziz as the next paragraph / *Phoebe, feeding the hens* under a block quotation',
  read(site) {
    const { quote, text, trail } = site;
    const endsWithStop = /[.!?…—]["”’']*\s*$/.test(text.slice(quote.parts[0]!.start, quote.outer.end));
    // (a line of its own in a card's paragraph, "Card 1⏎“…”⏎[Uncle William:]", is set apart too)
    const ownLine = /^[ \t>]*$/.test(site.linePrefix.text) && /^[ \t]*\r?\n/.test(trail.text);
    // (a block quotation's own last line is below the words whatever they end with)
    if ((site.setApart || ownLine) && (endsWithStop || site.block?.kind === 'block-quote')) {
      const m = notALabel(readWith(trail, NAME_BELOW(), { pronoun: false, description: false }));
      // The name must end its line in the page, not only in the trail that stops at the next
      // quotation: "Also Quatermain's “…”" below is the next line's lead, not this one's credit.
      if (m && !nextQuoteOnItsLine(site, m.span.end)) return m;
    }
    if (site.leadInline && site.block && site.lead.start === site.block.content.start) {
      // ("Card 1" above a flashcard's quotation is the card's number, no name)
      const m = notALabel(readWith(site.lead, NAME_ABOVE, { pronoun: false, description: false }));
      if (m) return m;
    }
    const end = site.doc.blocks.find(
      (b) => b.span.start <= quote.outer.end - 1 && quote.outer.end - 1 < b.span.end,
    );
    const below = end ? site.page.nameLineAfter(end) : null;
    if (below) return { name: below.name, span: below.span, addressee: below.addressee };
    return site.block?.kind === 'block-quote' ? followingLine(site, CAPTION_BELOW()) : null;
  },
};

export const tableColumnRule: CreditRule = {
  id: 'credit/table-column',
  description:
    'a table with a Speaker column (and a To whom column): | “Come home with me.” | Tommy | Ruth |',
  read(site) {
    const cell = site.block?.kind === 'table-cell' ? site.page.speakerCellFor(site.block) : null;
    return cell ? { name: cell.name, span: cell.span, addressee: cell.addressee } : null;
  },
};

export const headingAboveRule: CreditRule = {
  id: 'credit/heading-above',
  description: 'a heading (or bold line) naming the speaker above the quotation: ## Mr. Collins (Chapter 19)',
  read(site) {
    if (!site.setApart || !site.block || site.page.isHeadingLike(site.block)) return null;
    // a table with a Speaker column says who speaks each row, an empty cell included
    if (site.page.inSpeakerTable(site.block)) return null;
    const m = fromHeading(site.page.headingCreditFor(site.block), 'credit/heading-above');
    // (the quotation's own sentence, where it names someone, introduces it: read only under a heading)
    return m && !namedInOwnLead(site, m.name) && !taggedInOwnSentence(site, m.name) && !dashLineBelow(site)
      ? m
      : null;
  },
};

/** The words right after the closing mark, to the first stop: "“…,” her brother Reggie complains, and". */
const WORDS_AFTER = new RegExp(String.raw`^[\s,.!?;:—–-]*[”"’']?[\s,]*([${LETTERS}'’. \t-]{1,80})`, 'u');
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);

/**
 * The quotation's own sentence goes on with the writer's tag naming someone other than the heading's
 * person ("“…,” her brother Reggie complains" under "### Lady Brenda"), read or not: the tag credits
 * the line, and the heading above is no credit of it (probe round AF182: the heading two paragraphs
 * up contradicted Reggie's line). A pronoun subject may be the heading's person and does not count.
 */
function taggedInOwnSentence(site: CreditSite, heading: string): boolean {
  const m = WORDS_AFTER.exec(site.trail.text);
  if (!m) return false;
  const words = m[1]!
    .trim()
    .split(/[ \t]+/)
    .slice(0, 6);
  const verbAt = words.findIndex((w, k) => k > 0 && CREDIT_VERBS.has(w));
  if (verbAt < 0) return false;
  const subject = words.slice(0, verbAt).join(' ');
  if (PRONOUN_SUBJECTS.has(subject.toLowerCase())) return false;
  return !shareANameWord(subject, heading);
}

/**
 * A short line opening on a dash right below the quotation: the writer's own credit of it, read or
 * not ("— the banker, at the hospital board"). The heading above does not credit the line then
 * (probe round AF66: "### Mr. Casaubon" over two block quotes contradicted the second, which the
 * dash line below credits to Mr. Bulstrode). A Markdown "- " list marker is no such dash.
 */
function dashLineBelow(site: CreditSite): boolean {
  const f = site.following;
  if (!f || /\p{L}/u.test(site.trail.text)) return false;
  const line = f.text.split('\n')[0]!.trim();
  return /^[\u2014\u2013\u2015~]/.test(line) && line.length <= 100 && !/[.!?]\s+\p{Lu}/u.test(line);
}

export const pageTitleRule: CreditRule = {
  id: 'credit/page-title',
  description:
    'a title that credits every quotation below it: Quotes by Mr. Darcy / Eeyore quotes / Mary Crawford’s lines',
  read: (site) =>
    site.setApart &&
    site.block &&
    !site.page.isHeadingLike(site.block) &&
    // a table with a Speaker column says who speaks each row, an empty cell included
    !site.page.inSpeakerTable(site.block)
      ? fromHeading(site.page.headingCreditFor(site.block), 'credit/page-title')
      : null,
};
