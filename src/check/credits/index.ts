import type { Span } from '../../book/span.js';
import { OPENING_SPEECH_VERBS, PLAIN_TAG_VERBS } from '../../lexicon.js';
import { parseKinCredit } from '../attribute/kin.js';
import type { ExtractedQuote } from '../extract/index.js';
import { callsByName } from '../extract/split.js';
import type { ReviewBlock, ReviewDocument } from '../review/document.js';
import type { Credit } from '../types.js';
import { isAuthorName, titleSpans } from './book-names.js';
import { isCastName, knownToCast } from './cast-names.js';
import { resolveInitial } from './initials.js';
import { withNamesCapitalised } from './name-case.js';
import { isNarratorCredit, isPronoun, narratorAppositionName, sameWords } from './name-pattern.js';
import { buildPageLayout } from './page.js';
import { namesOnPage } from './people-named.js';
import { type PronounScope, resolvePronoun } from './pronouns.js';
import { CREDIT_RULES, type RuleMatch, runIntroductionCredit } from './rules/index.js';
import { buildSite, type CreditContext, sentenceStart } from './site.js';
import { namesTitleNarrator } from './title-narrator.js';

/**
 * Stage 2 of the check, credits: whom the writer credits each quotation to, and how. Each form of
 * credit is a named rule (rules/index.ts, CREDIT_RULES, in the order they are tried); this module
 * composes them: for each quotation the first rule that reads a credit gives it, then a pronoun is
 * resolved within the writing (pronouns.ts), an initial through the cast, and the credit is sorted
 * into a character, the narrator or the novel's author. The name is recorded as written; what it
 * means in the book is the attribute stage's business (attribute/cast.ts).
 */

export { NAME, SPEECH_VERB_RE, VERBS } from './name-pattern.js';
export type { CreditRule, RuleMatch } from './rules/index.js';
export { CREDIT_RULES } from './rules/index.js';
export type { CreditContext } from './site.js';

/** Rules whose credit may be a citation of the book ("― Jane Austen, Pride and Prejudice", "(Austen 45)"). */
const CITATION_RULES: ReadonlySet<string> = new Set([
  'credit/dash-after',
  'credit/parenthesis',
  'credit/name-line',
]);
/**
 * What may still name the speaker after an author citation: the writer's own sentence around the
 * quotation (an essay's “Mr. Vane insists that “…” (Coyle 3)” — the citation gives the page, the
 * sentence the speaker), and a page title ("Elizabeth Bennet: a character profile", "The Gryphon
 * quotes"); a section heading further down may be about something else.
 */
const AFTER_CITATION_RULES: ReadonlySet<string> = new Set([
  'credit/tag-after',
  'credit/predicate',
  'credit/passive',
  'credit/as-puts-it',
  'credit/in-words',
  'credit/possessive',
  'credit/tag-before',
  'credit/page-title',
]);

/**
 * The book's own tag copied inside the quotation (“…,” he said, “…”). Its pronoun points into the
 * book, not the page: the page's own forms ("Related Characters: Rook (speaker)") come first, and
 * the pronoun, resolved in the page, stands only when nothing else credits the line.
 */
const BOOK_TAG_RULE = 'credit/tag-between';
/** A heading or page title is further from the line than the tag inside it: it does not outrank it. */
const PAGE_LEVEL_RULES: ReadonlySet<string> = new Set(['credit/heading-above', 'credit/page-title']);

const PAGE_TITLE_RULE = 'credit/page-title';

/** The page's own title: a level-1 heading, or the first heading when the page has no level 1. */
function isPageTitle(doc: ReviewDocument, at: Span): boolean {
  const headings = doc.blocks.filter((b) => b.kind === 'heading');
  const top = headings.find((b) => b.level === 1) ?? headings[0];
  return !!top && top.span.start <= at.start && at.start < top.span.end;
}

/** What the composition does with a rule's reading: a credit, no credit at all, or try the next rule. */
type Outcome = Credit | 'none' | 'next';

interface State {
  scope: PronounScope;
  /** Names credited so far, with where (pronouns fall back on them when no gender is known). */
  credited: { name: string; at: number }[];
  pageNames: () => readonly string[];
  /** Names the page has credited with the book's title after them ("― Jane Austen, Pride and Prejudice"): the author's. */
  authors: Set<string>;
  /**
   * A dash or parenthesis giving the book's title, which is a character's name too ("— Silas
   * Marner"), credits that character: the page credits its other lines so (readCredits).
   */
  titleIsPerson: boolean;
  /** A dash or parenthesis gave the title that is a character's name, and was read as a citation. */
  titleSkipped: boolean;
}

/** "Scarlet Pimpernel" and "The Scarlet Pimpernel": one title, its article aside. */
function sameTitle(a: string, b: string): boolean {
  const bare = (s: string) => normal(s).replace(/^(?:the|a|an) /, '');
  return bare(a) === bare(b);
}

function normal(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A novel's speech-tag verb right after "I" ("I retorted", "I cried", "I went on"): the plain tag verbs
 * and those that open a speech, past tense. Not "I argued" or "I noted", which a writer says of
 * themselves.
 */
const NOVEL_TAG_VERBS = [...new Set([...PLAIN_TAG_VERBS, ...OPENING_SPEECH_VERBS])].join('|');
const NOVEL_TAG_AFTER_I = new RegExp(`^\\s+(?:${NOVEL_TAG_VERBS}|went on|broke out|burst out)\\b`);

/** …and one right before it, inverted as a novel writes it: "said I", "cried I". */
const NOVEL_TAG_BEFORE_I = new RegExp(`\\b(?:${NOVEL_TAG_VERBS})\\s+$`);

/**
 * "“It is De Griers' handwriting!” I cried": in a first-person novel, "I" with a past-tense speech
 * verb beside a quotation is the book's own tag copied, and means its narrator (their name, when the
 * book gives one). A writer speaking of themselves says "I think", "as I said", "I love": present
 * tense, or no speech verb; and a novel without a narrator leaves "I" to the writer.
 */
function firstPersonNarrator(m: RuleMatch, state: State): string | null {
  const narrator = state.scope.ctx.cast.byId('narrator');
  if (!narrator) return null;
  const text = state.scope.doc.text;
  // (or inverted, "“There is always a charmer,” said I": probe round AF287, not read)
  if (
    !NOVEL_TAG_AFTER_I.test(text.slice(m.span.end, m.span.end + 20)) &&
    !NOVEL_TAG_BEFORE_I.test(text.slice(Math.max(0, m.span.start - 20), m.span.start))
  )
    return null;
  // "As I said, “…”": the writer pointing back at their own words.
  if (/\bas\s+$/i.test(text.slice(Math.max(0, m.span.start - 4), m.span.start))) return null;
  return narrator.name && !isNarratorCredit(narrator.name) ? narrator.name : 'the narrator';
}

/** "His wife", "her elder sister": one person by kin, of someone a possessive pronoun stands for. */
function isOwnedKin(name: string): boolean {
  const kin = parseKinCredit(name);
  return kin !== null && kin.possessor === null && /^(?:his|her)\s/i.test(name);
}

/**
 * "the Professor is still walking the streets, unsuspected, still promising:": a person described
 * right after a verb in -ing is its object, not the one who speaks (probe round AF281: credited to
 * "the streets"). Not after a noun in -ing: "That evening the old man says".
 */
const OBJECT_OF_A_VERB =
  /\b(?!(?:morning|evening|during|nothing|something|anything|everything|spring|king|thing|wedding|meeting|beginning|ending|opening|building|ceiling|darling|feeling|being|reading|writing|painting|living|ring|wing|sibling|duckling|inkling|herring|offspring|string)\b)[a-z]+ing\s+$/;

function toCredit(m: RuleMatch, ruleId: string, state: State): Outcome {
  const { ctx } = state.scope;
  // A weak word in lower case ("the old" of "the old cry") only as one of the cast's names in full:
  // a word of it ("the old black") is not enough.
  const lower = !/^\p{Lu}/u.test(m.name.replace(/^the\s+/i, ''));
  if (m.weak && !(lower ? isCastName(m.name, ctx.cast) : knownToCast(m.name, ctx.cast))) return 'next';
  if (
    /^the\s/i.test(m.name) &&
    OBJECT_OF_A_VERB.test(state.scope.doc.text.slice(Math.max(0, m.span.start - 30), m.span.start))
  )
    return 'next';
  let name = m.name;
  let pronoun: string | null = null;
  let initial: string | null = null;
  if (isPronoun(name)) {
    const p = name.toLowerCase();
    const narrator = p === 'i' ? firstPersonNarrator(m, state) : null;
    if (narrator)
      return { kind: 'narrator', name: narrator, ruleId, span: m.span, pronoun: name, addressee: null };
    // "I" and "we" are the writer; "they" is several people: not a speaker's credit. Another form may still credit the line.
    if (!/^(?:he|she|his|her)$/.test(p)) return 'next';
    const resolved = resolvePronoun(
      state.scope,
      m.span.start,
      p === 'he' || p === 'his' ? 'he' : 'she',
      state.credited,
      m.addressee,
    );
    if (!resolved) return ruleId === BOOK_TAG_RULE ? 'next' : 'none';
    // (as written: "Listen to him:" is read as "he", credit/in-words)
    pronoun = state.scope.doc.text.slice(m.span.start, m.span.end);
    // (the name as the page gave it earlier, on one line: "Mr.\nJarndyce replies … He also says",
    // probe round AF281, kept the break in the credit and its note)
    name = resolved.replace(/\s+/g, ' ');
  } else if (isOwnedKin(name)) {
    // "Mr. Micawber is sure of it. His wife chimes in with “…”": whose wife, as "he" would be read
    // (probe round AF260: "His wife" was checked as no character's name). A kin credit is never
    // contradicted (attribute/kin.ts).
    const owner = resolvePronoun(
      state.scope,
      m.span.start,
      /^his\b/i.test(name) ? 'he' : 'she',
      state.credited,
    );
    if (owner && !isPronoun(owner)) {
      pronoun = name;
      name = name.replace(/^\S+/, `${owner}’s`);
    }
  } else if (/^\p{Lu}{1,3}$/u.test(name) && name !== 'I') {
    const resolved = resolveInitial(state.scope, name, state.pageNames);
    if (resolved) {
      initial = name;
      name = resolved;
    }
  }
  // "— Persuasion", "— Winnie-the-Pooh, Chapter 2" cite the book, even when a character has its name;
  // in a sentence ("says Emma") a character of the book's name is still a character.
  // So does a page title that is the book's ("The Scarlet Pimpernel Quotes"): a page of the book's
  // lines, though a character is called the Scarlet Pimpernel too.
  if (ctx.bookTitle && sameTitle(name, ctx.bookTitle)) {
    const castName = isCastName(name, ctx.cast);
    if (CITATION_RULES.has(ruleId) && castName) {
      if (!state.titleIsPerson) {
        state.titleSkipped = true;
        return 'next';
      }
    } else if (CITATION_RULES.has(ruleId) || ruleId === PAGE_TITLE_RULE || !castName) return 'next';
  }
  const narrator = isNarratorCredit(name) || (!isAuthorName(name, ctx) && namesTitleNarrator(name, ctx));
  // "― George Eliot, Silas Marner" cites the author; "― Eppie, Silas Marner", a quote site's line of
  // a character, cites who says it in that book, as does "— Long John Silver, *Treasure Island*"
  // where the cast knows him as "Silver" and "John" apart (his family name is the cast's).
  if (
    m.citesBook &&
    (isAuthorName(name, ctx) || !(knownToCast(name, ctx.cast) || familyKnownToCast(name, ctx)))
  )
    state.authors.add(normal(name));
  const byAuthor = state.authors.has(normal(name)) || isAuthorName(name, ctx);
  const kind = narrator ? 'narrator' : byAuthor ? 'author' : 'character';
  if (narrator) name = narratorAppositionName(name);
  const addressee = m.addressee && !sameWords(m.addressee, name) ? m.addressee : null;
  return {
    kind,
    name,
    ruleId,
    span: m.span,
    pronoun,
    addressee,
    ...(initial ? { initial } : {}),
  };
}

/**
 * Stage 2 of the check, credits: whom the writer credits each quotation to, read from the words
 * and the layout around it. One entry per quotation, null where the writer credits no one.
 */
export function readCredits(
  written: ReviewDocument,
  quotes: readonly ExtractedQuote[],
  ctx: CreditContext,
): (Credit | null)[] {
  // A page in lower case is read with the book's names capitalised (same offsets).
  const doc = withNamesCapitalised(
    written,
    quotes.map((q) => q.outer),
    ctx.cast,
  );
  const page = buildPageLayout(doc, quotes, ctx);
  const blockIndex = new Map<ReviewBlock, number>(doc.blocks.map((b, i) => [b, i]));
  const scope: PronounScope = {
    doc,
    quoted: quotes.map((q) => q.outer),
    // The title is a person too when the book is named after one ("Daisy Miller").
    titles: ctx.bookTitle && !isCastName(ctx.bookTitle, ctx.cast) ? titleSpans(doc.text, ctx.bookTitle) : [],
    ctx,
  };
  // "— Silas Marner" under a line of Silas Marner: a citation of the book, unless the page credits
  // its other lines to the book's characters the same way ("— Godfrey Cass", "(Eppie)"); then the
  // character (probe round AF3: two right credits not read).
  const first = readEach(doc, quotes, page, blockIndex, scope, ctx, false);
  if (!first.titleSkipped || !first.out.some((c) => c?.kind === 'character' && CITATION_RULES.has(c.ruleId)))
    return first.out;
  return readEach(doc, quotes, page, blockIndex, scope, ctx, true).out;
}

/** readCredits's reading of each quotation in turn, the book's title a person's name or not. */
function readEach(
  doc: ReviewDocument,
  quotes: readonly ExtractedQuote[],
  page: ReturnType<typeof buildPageLayout>,
  blockIndex: ReadonlyMap<ReviewBlock, number>,
  scope: PronounScope,
  ctx: CreditContext,
  titleIsPerson: boolean,
): { out: (Credit | null)[]; titleSkipped: boolean } {
  let names: string[] | null = null;
  const state: State = {
    scope,
    credited: [],
    authors: new Set(),
    titleIsPerson,
    titleSkipped: false,
    pageNames: () => {
      names ??= namesOnPage(scope);
      return names;
    },
  };
  const out: (Credit | null)[] = [];
  for (let index = 0; index < quotes.length; index++) {
    const site = buildSite({
      doc,
      quotes,
      index,
      blockIndex,
      page,
      ctx,
      previousCredit: out[index - 1] ?? null,
    });
    let credit: Credit | null = null;
    // "― Jane Austen, Pride and Prejudice" under "Elizabeth Bennet: a character profile": the dash
    // cites the book, and the page says whose line it is. The author stands if the page does not.
    let citation: Credit | null = null;
    let bookPronoun: Credit | null = null;
    for (const rule of CREDIT_RULES) {
      if (citation && !AFTER_CITATION_RULES.has(rule.id)) continue;
      if (bookPronoun && PAGE_LEVEL_RULES.has(rule.id)) continue;
      const m = rule.read(site);
      if (!m) continue;
      // After a citation only the page's own title credits the line: a section heading ("Mrs. Seal
      // quotes") further down may have ended with the list under it.
      if (citation && rule.id === PAGE_TITLE_RULE && !isPageTitle(doc, m.span)) continue;
      // A heading or the page's title does not credit a quotation that goes on from a run the
      // writer introduced as someone else's ("# Stevie" over "As his sister tells her husband:" and
      // two quotations): whose the later ones are, the page leaves open.
      if (PAGE_LEVEL_RULES.has(rule.id)) {
        const intro = runIntroductionCredit(site);
        if (intro && !sameWords(intro.name, m.name)) break;
        // "### Macumazahn", then lines the writer credits to Agon, Nyleptha, Sorais…: the heading
        // names a topic, not the speaker of every line under it (probe round AD10: it contradicted
        // a credit the page never gave, fourteen lines down).
        if (creditedOtherwiseSince(m.span.end, index, quotes, out, m.name)) continue;
        // "### Sir Walter" over one block quote, then "Later: “Walter, why do you not do as you were
        // bid?”" (probe round AF55): a line the writer leads into in prose, calling the heading's
        // person by name, is said to them. (A bare list item under "Mr. Darcy" that calls him is
        // the writer's credit all the same, wrong as it is: realworld rw-pp-024.)
        if (
          site.leadInline &&
          /\p{L}/u.test(site.lead.text) &&
          callsByName(doc.text, quotes[index]!.parts, m.name)
        )
          continue;
      }
      const outcome = toCredit(m, rule.id, state);
      if (outcome === 'next') continue;
      if (rule.id === BOOK_TAG_RULE && outcome !== 'none' && outcome.pronoun) {
        bookPronoun = outcome;
        continue;
      }
      if (citation) {
        if (outcome !== 'none' && outcome.kind === 'character') credit = outcome;
        break;
      }
      if (outcome !== 'none' && outcome.kind === 'author' && CITATION_RULES.has(rule.id)) {
        citation = outcome;
        continue;
      }
      credit = outcome === 'none' ? null : outcome;
      break;
    }
    credit ??= citation ?? bookPronoun;
    if (credit && credit.kind === 'character')
      state.credited.push({ name: credit.name, at: credit.span.start });
    out.push(credit);
  }
  return { out, titleSkipped: state.titleSkipped };
}

/**
 * A quotation between a heading (ending at `headingEnd`) and this one (`index`) has a credit of its
 * own, not the page's, to someone other than `name`.
 */
function creditedOtherwiseSince(
  headingEnd: number,
  index: number,
  quotes: readonly ExtractedQuote[],
  credits: readonly (Credit | null)[],
  name: string,
): boolean {
  for (let j = index - 1; j >= 0 && quotes[j]!.outer.start > headingEnd; j--) {
    const c = credits[j];
    if (c && c.kind === 'character' && !PAGE_LEVEL_RULES.has(c.ruleId) && !sameWords(c.name, name))
      return true;
  }
  return false;
}

/** The sentence around a quotation (for classification cues), not reaching into the quotations beside it. */
export function contextOf(
  text: string,
  outer: Span,
  prevEnd: number,
  nextStart: number,
): { before: string; after: string } {
  const from = Math.max(prevEnd, outer.start - 200);
  const chunk = text.slice(from, outer.start);
  const rest = text.slice(outer.end, Math.min(nextStart, outer.end + 160));
  const stop = /[.!?](?:\s|$)|\n[ \t>]*\n/.exec(rest);
  return {
    before: chunk.slice(sentenceStart(chunk, false)),
    after: stop ? rest.slice(0, stop.index + 1) : rest,
  };
}

/** The last word of a name of two words or more is a name the cast knows ("Silver" of "Long John Silver"). */
function familyKnownToCast(name: string, ctx: CreditContext): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && knownToCast(words[words.length - 1]!, ctx.cast);
}
