import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../../text/letters.js';
import {
  ADDRESSEE,
  cleanName,
  DESCRIPTION,
  isNameLike,
  NARRATOR,
  SPEAKER,
  WRITTEN_NAME,
} from '../name-pattern.js';
import { type CreditSite, type Segment, segment } from '../site.js';
import { type CreditRule, type RuleMatch, readWith, sub } from './rule.js';

/**
 * Credits a page gives as labels around the quotation: a speaker field or mark ("Related
 * characters: Jake Barnes (speaker), Bill Gorton", "Speaker: Mr. Darcy", "Who: Justine"), a quiz's
 * answer ("Answer: Meg") and a worksheet's answer key.
 */

/** A line that ends on a dash and a name, and is nothing else: "— Oak", "Quote 2 — Gabriel Oak". */
const DASH_CREDIT_LINE = new RegExp(
  String.raw`^[\s>*_]*(?:[${LETTERS}\d]+[ \t]+){0,3}(?:[—–―~]|-{1,2})[ \t]*[${UPPERS}][${LETTERS}'’.\- ]{0,60}$`,
  'u',
);

/** The rest of the quotation's line: a dash and a name ("… — Lydia Bennet"), and nothing else. */
const OWN_DASH_CREDIT = new RegExp(
  String.raw`^[^\S\n]*[.,]?[^\S\n]*(?:[—–―~]|-{1,2})[ \t]*[${UPPERS}][${LETTERS}'’.\- ]{0,60}\s*$`,
  'u',
);

/** The writer's words after the quotation: the rest of its block and up to `blocks` blocks more, before the next quotation. */
function after(site: CreditSite, blocks = 2): Segment {
  const { doc, quote } = site;
  const last = quote.outer.end - 1;
  const i = doc.blocks.findIndex((b) => b.span.start <= last && last < b.span.end);
  const trailEnd = site.trail.start + site.trail.text.length;
  // Not past a heading: a section's label ("## 4. The surrender⏎⏎Related characters: Molly Walden
  // (speaker)") is the next section's quotation's (probe round G4).
  let lastAt = Math.min(doc.blocks.length - 1, i + blocks);
  for (let k = i + 1; i >= 0 && k <= lastAt; k++) if (doc.blocks[k]!.kind === 'heading') lastAt = k - 1;
  // Nor past the quotation's own credit line: "Quote 2 — Oak" under it closes what is its; a label
  // below that ("Related Characters: Bathsheba Everdene (speaker)") heads the next quotation (probe
  // round AE15: a right credit contradicted).
  for (let k = i + 1; i >= 0 && k <= lastAt; k++) {
    const b = doc.blocks[k]!;
    if (DASH_CREDIT_LINE.test(site.text.slice(b.content.start, b.content.end))) {
      lastAt = k;
      break;
    }
  }
  // …or on the quotation's own line: '10. "…the tallest." — Lydia Bennet' (probe round AF31: the
  // label under it, the next quotation's, was read as its credit, and contradicted it).
  if (i >= 0 && OWN_DASH_CREDIT.test(site.text.slice(quote.outer.end, doc.blocks[i]!.content.end)))
    lastAt = i;
  const lastBlock = i >= 0 ? doc.blocks[lastAt] : undefined;
  // Not into the block of the next quotation: what stands there before it ("Speaker: Lydia" above
  // its words) is that one's.
  const nextBlock = doc.blocks.find((b) => b.span.start <= site.nextStart && site.nextStart < b.span.end);
  const nextBlockStart = nextBlock && nextBlock !== doc.blocks[i] ? nextBlock.span.start : site.nextStart;
  const end = Math.min(
    site.nextStart,
    nextBlockStart,
    Math.max(trailEnd, lastBlock?.content.end ?? trailEnd),
  );
  return segment(site.text, site.trail.start, Math.max(site.trail.start, end));
}

// ---------------------------------------------------------------------------------------------
// Labels

const SPEAKER_MARK = lazyRegExp(
  // (not the family name alone after a nickname in brackets: "Rebecca (Becky) Sharp (speaker)" was
  // read as "Sharp", and the right credit contradicted by the book's "Miss Rebecca": probe round AF130)
  // (a person described, too, the whole item: "The old sailor (speaker)", probe rounds AF150, AF154;
  // not "the red sweater" of "The man in the red sweater (speaker)")
  () =>
    new RegExp(
      `(?<![)]\\s)(?<name>${WRITTEN_NAME}|${NARRATOR}|(?<=(?:^|[:,;>*_\\n])[ \\t]{0,3})${DESCRIPTION})\\s*\\(\\s*(?:the\\s+)?speaker\\s*\\)`,
      'dgu',
    ),
);
/**
 * "Speaker: Frankenstein’s monster", "Answer: Farrington’s boy": the one whose monster or boy it is
 * does not speak (a relation the credit reader knows, "Tom’s aunt", is read whole: name-pattern.ts).
 */
const NOT_OWNER = `(?![${LETTERS}'’])(?!(?<=['’]s)\\s+[${LOWERS}])`;

const SPEAKER_FIELD = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|\\n|[.!?]\\s+)[\\s>*_\\-•·]*(?:(?:Speaker|Spoken\\s+by|Said\\s+by|Who\\s+says\\s+it|Who\\s+said\\s+it|Who|Character|Said\\s+to\\s+be\\s+by)\\s*(?:\\*\\*?|__?)?\\s*[:\\-–—]|(?:[Tt]he\\s+)?[Ss]peaker\\s+(?:here\\s+)?(?:is|was))[ \\t]*(?:\\*\\*?|__?)?[ \\t]*(?<name>${WRITTEN_NAME}|${NARRATOR}|${DESCRIPTION})${NOT_OWNER}(?:,?\\s+to\\s+(?<to>${ADDRESSEE}))?`,
      'dgu',
    ),
);

/** A worksheet's line for whom the words are said to: "Spoken to: Mr. Rochester", "To whom: Jane". */
const ADDRESSEE_FIELD =
  /(?:^|\n)[ \t>*_\-•·]*(?:Spoken\s+to|Said\s+to|To\s+whom|Addressed\s+to|Addressee|Listener)[ \t]*(?:\*\*?|__?)?[ \t]*[:\-–—][ \t]*(?:\*\*?|__?)?[ \t]*(?<to>[^\n]{1,60})/u;

/**
 * A field's name ends with its line: in "Speaker: Jane⏎Spoken to: Mr. Rochester" the name is
 * "Jane" (a name pattern reads across spaces, and a line break is one); the line below may say
 * whom the words are for.
 */
function fieldLine(m: RuleMatch | null, below: Segment): RuleMatch | null {
  if (!m) return null;
  const cut = m.name.search(/\s*\n/);
  const own =
    cut > 0
      ? { ...m, name: m.name.slice(0, cut), span: { start: m.span.start, end: m.span.start + cut } }
      : m;
  if (own.addressee && !own.addressee.includes('\n')) return own;
  const to = ADDRESSEE_FIELD.exec(below.text)
    ?.groups?.to?.trim()
    .replace(/[.;,]+$/, '');
  const cleaned = to ? cleanName(to) : null;
  return { ...own, addressee: cleaned && isNameLike(cleaned.name) ? cleaned.name : null };
}

/**
 * The Speaker field in the lines above the quotation, with the Spoken-to field among them; or a
 * "Related Characters: Molly Walden (speaker), John" line above it (a study guide that gives the
 * label first, under the section's heading).
 */
function fieldsAbove(site: CreditSite, above: Segment | null): RuleMatch | null {
  if (!above) return null;
  const field = fieldLine(readWith(above, SPEAKER_FIELD(), { pronoun: false }), above);
  if (field) return opensItsQuotation(site, field) || fieldOpensItsLine(site, field) ? field : null;
  if (!/\(\s*(?:the\s+)?speaker\s*\)/i.test(above.text)) return null;
  // "X (speaker)" above a quotation is its label only where it opens the quotation's section. Under
  // a quotation it is that one's ("**2.** “…”⏎Related characters: Dr Blifil (speaker)⏎**3.** “…”":
  // Dr Blifil is the second's, probe round J4).
  const mark = readWith(above, SPEAKER_MARK(), { pronoun: false });
  return mark && opensItsQuotation(site, mark) ? mark : null;
}

/** No quotation between the label and the heading above it, or none before it at all. */
function opensItsQuotation(site: CreditSite, label: RuleMatch): boolean {
  if (!site.previous) return true;
  return /(?:^|\n)[ \t]*#{1,6}[ \t]/.test(site.text.slice(site.previous.outer.end, label.span.start));
}

/**
 * A "Speaker:" field between two quotations is the later one's when it opens its own line (a
 * worksheet's "Speaker: Tommy⏎Context: Chapter 1⏎“…”"); closing a sentence about the quotation
 * before ("**9.** “…”⏎*Explanation:* Her father confirms it. Speaker: her father.⏎**10.** “…”") it
 * is that one's (probe round J4: the next quotation credited to "her father").
 */
function fieldOpensItsLine(site: CreditSite, field: RuleMatch): boolean {
  const lineStart = site.text.lastIndexOf('\n', field.span.start - 1) + 1;
  return /^[\s>*_\-•·]*(?:\*\*?|__?)?[ \t]*(?:Speaker|Spoken\s+by|Said\s+by|Who|Character|[Tt]he\s+speaker)/.test(
    site.text.slice(lineStart, field.span.start),
  );
}

/** A lead that ends on the speaker mark, then a dash or a colon: "Related Characters: X (speaker) —". */
const LABEL_ENDS_LEAD = /\(\s*(?:the\s+)?speaker\s*\)\s*(?:[—–:-]|-{2})?\s*$/i;

export const speakerLabelRule: CreditRule = {
  id: 'credit/speaker-label',
  description:
    'a label naming the speaker: Related characters: Jake Barnes (speaker), Bill Gorton / Speaker: Mr. Darcy / Who: Justine',
  read(site) {
    const below = after(site);
    const cue = /speaker|said\s+by|spoken\s+by|who\s+sa|\bwho\s*(?:\*\*?|__?)?\s*:|character/i;
    if (!cue.test(below.text) && !cue.test(site.lead.text)) return null;
    return (
      readWith(below, SPEAKER_MARK(), { pronoun: false }) ??
      fieldLine(readWith(below, SPEAKER_FIELD(), { pronoun: false }), below) ??
      // ("<li>Related Characters: Joan Gildea (speaker) — “…”</li>": the label on the quotation's own
      // line, right before its words; probe round AF291, not read)
      (site.leadInline && LABEL_ENDS_LEAD.test(site.lead.text)
        ? readWith(site.lead, SPEAKER_MARK(), { pronoun: false })
        : null) ??
      // (not for a quotation that is a heading: a label above it closes the section before,
      // "…Speaker: Newsome.⏎⏎### 7. “Is the creature you mean Chad himself?”")
      (site.block?.kind === 'heading'
        ? null
        : fieldsAbove(site, site.leadInline || site.leadFollowsQuote ? linesAbove(site) : site.lead))
    );
  },
};

// ---------------------------------------------------------------------------------------------
// A quiz's answer

/**
 * The label of a quiz's answer opening a line: "Answer:", "**Answer:**", "A:", "Answer —", a Q&A
 * site's "**Answer (top voted):**", a thread's "Reply from @hetty_fan:", a flashcard's "Definition:"
 * or "Back:" (under "Term:" / "Front:", QUESTION_LABEL); or after the question on its line: "Q: Who
 * says “…”? A: Angel Clare", "**Q1.** Who says “…”? **A:** Uncas".
 */
const ANSWER_LABEL =
  /(?:^|\n|\?[”"’']?[ \t]+)[ \t>*_\-•·]*(?:Answers?|A|Definition|Back|Reply(?:[ \t]+from[ \t]+@?[\w.-]{1,30})?)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:\*\*?|__?)?[ \t]*[:\-–—][ \t]*(?:\*\*?|__?)?[ \t]*/;
/**
 * What the answer says: a name, a description ("the ferryman") or the narrator, alone or as a
 * sentence that names it: "It's Dr. Mortimer, at the end of chapter 2", "That was Jo", or as a
 * flashcard's label: "[Tuppence:] said to Tommy in Chapter 1".
 */
const ANSWER_NAME = lazyRegExp(
  () =>
    new RegExp(
      `^(?:\\[[ \\t]*)?(?:(?:It|That)(?:['’]s|\\s+is|\\s+was)\\s+|The\\s+speaker\\s+is\\s+|(?:Said|Spoken)\\s+by\\s+)?(?<name>${SPEAKER})${NOT_OWNER}`,
      'dgu',
    ),
);
/** The page or the question asks who speaks: "Who said it?", "Guess who says…", "Name the speaker", "Quote ID quiz". */
const WHO_SAID =
  /\bwho\s+(?:said|says|spoke|speaks|is\s+speaking|is\s+the\s+speaker)\b|\b(?:name|identify)\s+the\s+speaker\b|\bquote[- ]?id\b|\bwhose\s+(?:words|line|lines)\b/i;
/** The quotation is the question of a Q&A: "Q: “I like good strong words…”". */
const QUESTION_LABEL =
  /(?:^|\n)[ \t>*_\-•·]*(?:Q|Question(?:\s*\d+)?|Term|Front)[ \t]*(?:\*\*?|__?)?[ \t]*[:.)\-–—][ \t]*(?:\*\*?|__?)?[ \t]*[“"‘']?[ \t]*$/;

export const quizAnswerRule: CreditRule = {
  id: 'credit/quiz-answer',
  description: 'a quiz’s answer below the quotation: “Who said it?” … Answer: Meg / Q: “…” A: Jo',
  read(site) {
    const below = after(site);
    const label = ANSWER_LABEL.exec(below.text);
    if (!label) return null;
    // A quiz asks who speaks (in its title, its introduction or the question), or sets the
    // quotation as the question of a Q&A; any other "Answer:" may answer something else.
    const asked =
      WHO_SAID.test(site.text.slice(0, site.quote.outer.start)) ||
      QUESTION_LABEL.test(site.text.slice(Math.max(0, site.quote.outer.start - 40), site.quote.outer.start));
    if (!asked) return null;
    // Only the first answer below, on its own line: a later "Answer:" answers another question.
    const from = label.index + label[0].length;
    const lineEnd = below.text.indexOf('\n', from);
    return readWith(sub(below, from, (lineEnd < 0 ? below.text.length : lineEnd) - from), ANSWER_NAME(), {
      pronoun: false,
    });
  },
};

export const answerKeyRule: CreditRule = {
  id: 'credit/answer-key',
  description: 'a worksheet’s answer key: 3. “…” ______ … ## Answer Key / 3. Sergeant Cuff',
  read(site) {
    const answer = site.block ? site.page.answerKeyFor(site.block) : null;
    if (!answer) return null;
    return readWith(segment(site.text, answer.start, answer.end), ANSWER_NAME(), { pronoun: false });
  },
};

/** A worksheet's label for the quotation's own field: "Quote:", "**Line:**", "Passage —". */
const QUOTE_FIELD = /^[\s>*_\-•·]*(?:Quote|Quotation|Line|Passage|Text|Excerpt)[\s*_]*[:\-–—][\s*_]*/;

/** "Speaker: Lydia Marsh⏎Context: Chapter 2⏎“…”": the lines of the quotation's own block above it. */
function linesAbove(site: CreditSite): Segment | null {
  const block = site.block;
  if (!block) return null;
  const start = block.content.start;
  const before = site.text.slice(start, site.quote.outer.start);
  const lastBreak = before.lastIndexOf('\n');
  // Only whole lines above: the quotation must open its own line, after a field's label at most
  // ("**Quote:** “…”" under "**Speaker:** Sergeant Cuff").
  const ownLine = before.slice(lastBreak + 1).replace(QUOTE_FIELD, '');
  if (lastBreak < 0 || /[^\s“"‘'«>*_\-•·]/.test(ownLine)) return null;
  return segment(site.text, start, start + lastBreak);
}
