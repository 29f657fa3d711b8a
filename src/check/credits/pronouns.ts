import type { Span } from '../../book/span.js';
import { GENDERED_NOUNS, type Gender } from '../../lexicon.js';
import { LOWERS, UPPERS } from '../../text/letters.js';
import { isAuthorName } from './book-names.js';
import { isDescription, SPEECH_VERB_RE } from './name-pattern.js';
import { genderOf, insideQuoted, type PronounScope, peopleIn } from './people-named.js';
import { blockAt, regions } from './pronoun-regions.js';
import {
  afterParticipleOpener,
  afterSubordinateOpener,
  CONJUNCTION_LEAD,
  DESCRIBED_OWNER,
  DESCRIBED_SUBJECT,
  describedSubjectName,
  describesSomeone,
  namesAPerson,
  OPENER,
  OPENING_CLAUSE_THEN_PRONOUN,
  ownSentenceStart,
  PARTICIPLE_OPENER,
  PERSON_NOUNS,
  WHEN_CLAUSE,
} from './sentence-subject.js';

export type { PronounScope } from './people-named.js';

/**
 * Who "she" is in "As she says, “…”": the nearest person of that gender the writer named before
 * it, in its paragraph first and then back through the page. Names inside quotations are the book's
 * words, not the writer's, and are not candidates; neither is the novel's author ("Austen wrote…
 * As she says" is about a character, never the author). A name's gender comes from the book's
 * characters (the cast), else from its title ("Mrs.", "Sir") or a known given name.
 */

/** How many words into a sentence its subject may be named ("Even Lydia, who…", "In the end Mrs. Pruett…"). */
const SUBJECT_WITHIN_WORDS = 4;

/** How deep a chain of pronouns is followed back ("Silver… he roars… Then he adds"). */
const CHAIN_DEPTH = 3;

/** "The narrator is…", "Home for dinner, the narrator is…": the narrator as the sentence's subject, after a short opening phrase. */
const NARRATOR_SUBJECT = new RegExp(
  String.raw`^\s*(?:[${UPPERS}][${LOWERS}]*(?:\s+[${LOWERS}]+){0,3},?\s+)?((?:[Tt]he|[Oo]ur)\s+narrator)\s+(?:[${LOWERS}]+ly\s+)?[${LOWERS}]+s\b`,
  'u',
);

/**
 * A "she" that opens its sentence (or follows "and" after one that did: "She teases…, and she
 * urges…", or a short opener: "Then, stumbling off, he adds") continues the subject of the
 * sentence before, as readers take it: "Even Lydia, who mocks the letter, understands that Hester
 * has made up her mind. She teases…" is Lydia's, though Hester was named last. The subject is the
 * first person of that gender named in the sentence before, within its first few words; when that
 * sentence's subject is itself "she" ("After the parley he roars at Smollett: “…” Then he adds"),
 * the chain goes back to whom that one stands for. Otherwise null, and the nearest person decides.
 */
function subjectOfPreviousSentence(
  scope: PronounScope,
  at: number,
  want: Gender,
  depth: number,
): string | null {
  const text = scope.doc.text;
  // "The old man soon tops him. “Bilgewater, kin I trust you?” he sobs.": a tag in lower case after
  // the words is in the sentence they open, and the sentence before is the one before them (probe
  // round AF77: "he" went to the duke, named further back, and the line was supported for him).
  const tagged = openingOfWordsTagged(scope, at);
  if (tagged !== null) at = tagged;
  const blockIndex = scope.doc.blocks.findIndex((b) => b.content.start <= at && at < b.content.end);
  const block = scope.doc.blocks[blockIndex];
  if (!block) return null;
  let sentenceStart = at;
  // Back to the start of the pronoun's sentence: words before it must be only "and"/"but" after a
  // pronoun of the same person (the sentence's own subject), else this is not a subject chain.
  const before = text.slice(block.content.start, at);
  const cut = Math.max(before.search(/[.!?]["”’')]*\s+[^.!?]*$/), -1);
  // (the closing marks of a quotation ending the sentence before are not words of this one)
  const own = cut < 0 ? before : before.slice(cut + 1).replace(/^["”’')]+/, '');
  sentenceStart = at - own.replace(/^\s+/, '').length;
  const lead = own.trim();
  const same = want === 'female' ? /^(?:She|she)\b/ : /^(?:He|he)\b/;
  // ("Dying, she is calm:": a participle or an adverb opening the sentence is no one's name)
  const opener =
    OPENER.test(lead) &&
    peopleIn(scope, sentenceStart, at).every(
      (p) => isAuthorName(p.name, scope.ctx) || /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$/u.test(p.name),
    );
  // "When Mary asks about the locked garden he adds": a clause of when, with no comma, that names
  // nobody the pronoun could be (probe round AF92: read as Colin, named a paragraph before).
  const clauseOpener =
    WHEN_CLAUSE.test(lead) &&
    peopleIn(scope, sentenceStart, at).every(
      (p) => genderOf(p.name, scope.ctx) !== null && genderOf(p.name, scope.ctx) !== want,
    );
  // "He tells David, “…” In his own words, “…”": the owner of the words carries on the subject, not
  // the one told (probe round AF231: read as David, and a right credit to Uriah Heep left unknown).
  const ownWords = lead === 'In' && /^(?:his|her)\s+(?:own\s+)?words\b/.test(text.slice(at));
  if (
    lead.length > 0 &&
    !opener &&
    !clauseOpener &&
    !ownWords &&
    !CONJUNCTION_LEAD.test(lead) &&
    !(same.test(lead) && /,?\s+(?:and|but|then)\s*$/.test(lead))
  )
    return null;
  // "Catherine confides in Nelly: “…”⏎⏎She goes further:": a pronoun opening a paragraph carries on
  // the subject of the paragraph before, when that is the writer's prose too.
  const previous = cut < 0 && blockIndex > 0 ? scope.doc.blocks[blockIndex - 1]! : null;
  if (cut < 0 && previous?.kind !== 'paragraph') return null;
  const base = previous ? previous.content.start : block.content.start;
  const prevText = previous
    ? text.slice(previous.content.start, previous.content.end)
    : before.slice(0, cut + 1);
  // The last sentence before (a title's full stop, "Mrs. Costello", ends none).
  let from = ownSentenceStart(text, base, base + prevText.replace(/[.!?]["”’')]*\s*$/, '').length);
  // (a sentence inside the writer's quotation is the book's: the writer's runs from before it; probe
  // round AF92, "The old man is gruff about the robin: “Remembers thee! He knows…” When Mary asks")
  const quotedAt = scope.quoted.find((q) => q.start <= from && from < q.end);
  if (quotedAt) from = ownSentenceStart(text, base, quotedAt.start);
  // "Later, when Dorothea accepts Mr. Casaubon, her sister is afraid for her.": the main clause's
  // subject follows an opening subordinate clause (probe round AB6: read as Dorothea).
  const mainFrom = afterSubordinateOpener(text, from);
  // "The monster tells Victor, “…” He adds": the description opening the sentence is its subject.
  const opening = DESCRIBED_SUBJECT.exec(text.slice(mainFrom, base + prevText.length));
  // "The narrator is still shaken. “Poor Ogilvy!” he tells his wife": the narrator is a person of
  // either gender, across the words too (probe round AF235: read as Ogilvy, named earlier).
  const narrator = NARRATOR_SUBJECT.exec(text.slice(mainFrom, base + prevText.length))?.[1];
  if (narrator) return sentenceStart > from ? narrator : null;
  if (opening && describesSomeone(opening[1]!)) {
    const g = GENDERED_NOUNS.get(opening[1]!.split(/\s+/).at(-1)!.toLowerCase());
    // (with the words that place the person: "The man in the red sweater")
    // (across the words, only a person by the noun's gender: "The storm comes. “Come home,” she says")
    if (g === want || (!g && tagged === null))
      return sentenceStart > from ? describedSubjectName(opening) : null;
  }
  // "The old man's insults escalate with each reply. He roars:": the person described owns the
  // subject, a thing (probe round AF94: read as Holmes, named in the paragraph before); not "The old
  // man's son opens the door", whose subject is the son.
  const owner = DESCRIBED_OWNER.exec(text.slice(mainFrom, base + prevText.length));
  if (owner && describesSomeone(owner[1]!) && !PERSON_NOUNS.has(owner[2]!.toLowerCase())) {
    const g = GENDERED_NOUNS.get(owner[1]!.split(/\s+/).at(-1)!.toLowerCase());
    if (g === want) return sentenceStart > from ? owner[1]! : null;
  }
  // "Confiding in Nelly, Catherine compares…": the subject follows the participle's clause.
  const subjectFrom = afterParticipleOpener(text, mainFrom);
  const people = peopleIn(scope, from, base + prevText.length).filter(
    (p) =>
      !isAuthorName(p.name, scope.ctx) &&
      (genderOf(p.name, scope.ctx) !== null || genderless(p.name, scope)) &&
      p.span.start >= subjectFrom,
  );
  // "Jimmy's father opens the door. He plays along": the relation, not its possessor, is the subject
  // (peopleIn lists the relation right after its possessor, at the same place; probe AC6).
  const first = apposedName(
    text,
    people,
    people[1]?.span.start === people[0]?.span.start ? people[1] : people[0],
  );
  const chained = depth < CHAIN_DEPTH ? subjectPronoun(scope, from, first?.span.start ?? at, want) : null;
  if (chained !== null && sentenceStart > from) return resolveAt(scope, chained, want, depth + 1);
  if (!first || (genderOf(first.name, scope.ctx) !== want && !genderless(first.name, scope))) return null;
  const wordsBefore = text.slice(subjectFrom, first.span.start).trim().split(/\s+/).filter(Boolean).length;
  return wordsBefore <= SUBJECT_WITHIN_WORDS && sentenceStart > from ? first.name : null;
}

/**
 * "The Collector's wife, Mrs. Turton, sets the tone.": a relation or description with the person's
 * name set beside it between commas is that person, by the name (probe round AF112: "she remarks"
 * after it was read as "The Collector's wife" and left unresolved).
 */
function apposedName<P extends { name: string; span: Span }>(
  text: string,
  people: readonly P[],
  first: P | undefined,
): P | undefined {
  // (a relation or description only: "Ruth, Miss Emily, and Anne" is a list)
  if (!first || !/['’]s?\s|^(?:the|his|her|their|a|an)\s/i.test(first.name)) return first;
  const comma = /^,\s+/.exec(text.slice(first.span.end, first.span.end + 4));
  if (!comma) return first;
  const at = first.span.end + comma[0].length;
  const named = people.find((p) => p.span.start === at);
  return named && /^\s*,(?!\s*(?:and|or)\b)/.test(text.slice(named.span.end, named.span.end + 8))
    ? named
    : first;
}

/** For a pronoun in lower case right after a quotation's closing mark ("…?” he sobs"), where the quotation opens. */
function openingOfWordsTagged(scope: PronounScope, at: number): number | null {
  const text = scope.doc.text;
  if (!/^(?:he|she)\b/.test(text.slice(at, at + 4))) return null;
  for (let k = scope.quoted.length - 1; k >= 0; k--) {
    const q = scope.quoted[k]!;
    if (q.end > at) continue;
    return /^[\s,]*$/.test(text.slice(q.end, at)) ? q.start : null;
  }
  return null;
}

/**
 * Where a sentence starting at `from` has "he" (or "she") as its subject, before `until` (its first
 * person named): within its first few words after an opener ("After the failed parley at the
 * stockade he roars…"), or null.
 */
function subjectPronoun(scope: PronounScope, from: number, until: number, want: Gender): number | null {
  const text = scope.doc.text;
  const re = want === 'female' ? /\b[Ss]he\b/g : /\b[Hh]e\b/g;
  const chunk = text.slice(from, until);
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    const at = from + m.index;
    // (a "he" inside a quotation is the book's, not the writer's)
    if (insideQuoted(scope.quoted, at)) continue;
    const wordsBefore = text.slice(from, at).trim().split(/\s+/).filter(Boolean).length;
    return wordsBefore <= SUBJECT_WITHIN_WORDS * 2 ? at : null;
  }
  return null;
}

/**
 * A "she" opening the second clause of a sentence ("Catherine is talking to Nelly in the kitchen,
 * and she says…", "Mrs. Beauchamp pities Charlotte; she tells her husband…") is the first clause's
 * subject, not the person it talks to: the first person of that gender named within the sentence's
 * first few words, or null.
 */
function subjectOfOwnSentence(scope: PronounScope, at: number, want: Gender): string | null {
  const text = scope.doc.text;
  const block = blockAt(scope, at);
  if (!block) return null;
  // (the clause before may end in the writer's quotation: "Frank tells Dick, “…,” and he adds"; a
  // semicolon alone joins the clauses too: "Mrs. Beauchamp pities Charlotte; she tells her husband")
  if (!/(?:[,;]["”’']?\s+(?:and|but|so|then|and\s+then)|;)\s+$/.test(text.slice(block.content.start, at)))
    return null;
  const from = ownSentenceStart(text, block.content.start, at);
  const subjectFrom = afterParticipleOpener(text, from);
  const people = peopleIn(scope, subjectFrom, at).filter((p) => !isAuthorName(p.name, scope.ctx));
  // "A kindly old soldier guides the girl home; he asks": a description opening the first clause is
  // its subject, of the pronoun's gender by its noun, or of none with nobody named after it (probe
  // round AF138: read as Mr. Temple, named in the sentence before).
  const opening = DESCRIBED_SUBJECT.exec(text.slice(subjectFrom, at));
  if (opening && describesSomeone(opening[1]!)) {
    const g = GENDERED_NOUNS.get(opening[1]!.split(/\s+/).at(-1)!.toLowerCase());
    // (of no gender only a noun for a person: "Soon the ice is broken, and she suggests a meal" is no
    // line of the ice's; probe round AF257)
    const person = g !== undefined || namesAPerson(opening[1]!);
    if (g === want || (g === undefined && person && people.length === 0))
      return describedSubjectName(opening);
    if (g !== undefined) return null;
  }
  const first = people[0];
  if (!first || (genderOf(first.name, scope.ctx) !== want && !genderless(first.name, scope))) return null;
  const wordsBefore = text.slice(subjectFrom, first.span.start).trim().split(/\s+/).filter(Boolean).length;
  return wordsBefore <= SUBJECT_WITHIN_WORDS ? first.name : null;
}

/**
 * "Fritz is sure who has drugged the King: “…,” he says between his teeth": a "he" in the tag
 * right after the writer's quotation, in a sentence whose subject was named (or described) before
 * it, is that subject, not whom the sentence names after it (probe round AE14: read as the King).
 */
function subjectBeforeOwnQuotation(scope: PronounScope, at: number, want: Gender): string | null {
  const text = scope.doc.text;
  const block = blockAt(scope, at);
  if (!block) return null;
  const q = scope.quoted.findLast((x) => x.end <= at);
  if (!q || !/^[\s,]*$/.test(text.slice(q.end, at))) return null;
  const from = ownSentenceStart(text, block.content.start, q.start);
  if (from >= q.start) return null;
  const subjectFrom = afterParticipleOpener(text, afterSubordinateOpener(text, from));
  // "The old squire never changes: “…,” he roars": a description of the pronoun's gender opening the
  // sentence is its subject (probe round AF82: read as Allworthy, named in the paragraph before).
  const opening = DESCRIBED_SUBJECT.exec(text.slice(subjectFrom, q.start));
  if (opening && describesSomeone(opening[1]!)) {
    const g = GENDERED_NOUNS.get(opening[1]!.split(/\s+/).at(-1)!.toLowerCase());
    if (g === want) return describedSubjectName(opening);
  }
  const people = peopleIn(scope, subjectFrom, q.start).filter((p) => !isAuthorName(p.name, scope.ctx));
  // ("Tommy's father is cruel: “…,” he says": the relation, listed right after its possessor)
  const first = people[1]?.span.start === people[0]?.span.start ? people[1] : people[0];
  if (!first || (genderOf(first.name, scope.ctx) !== want && !genderless(first.name, scope))) return null;
  const wordsBefore = text.slice(subjectFrom, first.span.start).trim().split(/\s+/).filter(Boolean).length;
  return wordsBefore <= SUBJECT_WITHIN_WORDS ? first.name : null;
}

/**
 * "When she claims that “…,” she admits…": a second "she" in a sentence whose subject is already
 * "she" is the same person, whoever is named inside the quotation between them.
 */
function earlierSubjectPronoun(scope: PronounScope, at: number, want: Gender): number | null {
  const text = scope.doc.text;
  const block = blockAt(scope, at);
  if (!block) return null;
  const from = ownSentenceStart(text, block.content.start, at);
  const first = subjectPronoun(scope, from, at, want);
  // (only when nobody of that gender is named by the writer between the two)
  if (first === null || first >= at) return null;
  const between = peopleIn(scope, first, at).filter((p) => genderOf(p.name, scope.ctx) === want);
  return between.length === 0 ? first : null;
}

/** A pronoun met on a chain back (see subjectOfPreviousSentence): resolved as the first one is, without credits. */
function resolveAt(scope: PronounScope, at: number, want: Gender, depth: number): string | null {
  return (
    subjectOfPreviousSentence(scope, at, want, depth) ??
    subjectOfOwnSentence(scope, at, want) ??
    nearestNamed(scope, at, want, null)
  );
}

/**
 * One of the book's characters whose gender neither the book nor the name tells ("Gretta", named
 * four times and never speaking in the model): as the subject the pronoun carries on (of its own
 * sentence, of the one before, of the words before its quotation), the writer's "she" is hers, not a
 * woman's named further back (probe round AF24: "Gretta tells him of the boy: “…,” she says. A moment
 * later she adds:" read as Aunt Kate's, and supported).
 */
function genderless(name: string, scope: PronounScope): boolean {
  return (
    genderOf(name, scope.ctx) === null &&
    scope.ctx.cast.characterNamed(name) !== null &&
    scope.ctx.cast.genderOf(name) === 'unknown'
  );
}

/** The nearest person of that gender named where a pronoun at `at` looks (see `regions`). */
function nearestNamed(
  scope: PronounScope,
  at: number,
  want: Gender,
  addressee: string | null,
  areas: readonly Span[] = regions(scope, at),
): string | null {
  const sentenceStart = ownSentenceStart(scope.doc.text, areas[0]!.start, at);
  // "Refusing Jaggers's money, he says": a name in the participle's clause before its subject is
  // what the subject does something to, not the subject.
  const opener = PARTICIPLE_OPENER.test(scope.doc.text.slice(sentenceStart, at)) ? sentenceStart : -1;
  // "Sissy confronts Louisa more than once, but the most striking moment is when she says": two
  // people of the pronoun's gender named before it in its own sentence, and no rule above chose the
  // subject: either may be meant, so neither is read (probe round AF159: "she" went to Louisa, the
  // nearer, and a right credit to Sissy's line would have been contradicted).
  const sameGender = new Set(
    peopleIn(scope, sentenceStart, at)
      .filter(
        (p) =>
          !isAuthorName(p.name, scope.ctx) && p.name !== addressee && genderOf(p.name, scope.ctx) === want,
      )
      .map((p) => scope.ctx.cast.characterNamed(p.name)?.id ?? p.name.toLowerCase()),
  );
  if (opener < 0 && sameGender.size > 1) return null;
  for (const area of areas) {
    const people = peopleIn(scope, area.start, area.end);
    for (let k = people.length - 1; k >= 0; k--) {
      const p = people[k]!;
      if (isAuthorName(p.name, scope.ctx) || p.name === addressee) continue;
      if (opener >= 0 && p.span.start >= opener && p.span.start < at) continue;
      const gender = genderOf(p.name, scope.ctx);
      if (gender === want) return p.name;
      // "It is Watson, though, who…, when he insists": in the pronoun's own sentence, a character
      // the book gives no gender (a first-person narrator) is taken before anyone further back.
      if (
        gender === null &&
        p.span.start >= sentenceStart &&
        scope.ctx.cast.characterNamed(p.name) !== null &&
        scope.ctx.cast.genderOf(p.name) === 'unknown'
      )
        return p.name;
    }
  }
  return null;
}

/**
 * "Mrs. Hale never stops mourning her lost gentility. When Margaret jokes about ironing all day, she
 * takes it badly:": after an opening clause of when in which someone of the pronoun's gender says
 * something, the pronoun may be that person or the subject of the sentence before, another of that
 * gender; a reader cannot tell (probe round AF251: read as Margaret, and a wrong credit to her
 * supported). True then.
 */
function twoReadingsAfterClause(scope: PronounScope, at: number, want: Gender): boolean {
  const text = scope.doc.text;
  const block = blockAt(scope, at);
  if (!block) return false;
  const start = ownSentenceStart(text, block.content.start, at);
  // (a clause that says something: its speaker's words are answered; "When Miss Emily arrives, she
  // says" goes on with Miss Emily)
  const clause = text.slice(start, at);
  if (!OPENING_CLAUSE_THEN_PRONOUN.test(clause) || !SPEECH_VERB_RE.test(clause)) return false;
  const inClause = peopleIn(scope, start, at).filter((p) => genderOf(p.name, scope.ctx) === want);
  if (inClause.length === 0) return false;
  const before = subjectOfPreviousSentence(scope, start, want, 0);
  return before !== null && inClause.every((p) => p.name !== before);
}

/**
 * The name "he"/"she" at `at` stands for, or null when no person of that gender is named where it
 * looks (see `regions`). `credited` are the names credited so far (used when nothing says any
 * name's gender).
 */
export function resolvePronoun(
  scope: PronounScope,
  at: number,
  pronoun: 'he' | 'she',
  credited: readonly { name: string; at: number }[],
  /** Whom the credit says the line is spoken to ("To Miss Pinkerton she retorts"): not the speaker. */
  addressee: string | null = null,
): string | null {
  const want: Gender = pronoun === 'he' ? 'male' : 'female';
  const noCast = scope.ctx.cast.characters.length === 0;
  if (twoReadingsAfterClause(scope, at, want)) return null;
  const subject =
    subjectOfPreviousSentence(scope, at, want, 0) ??
    subjectOfOwnSentence(scope, at, want) ??
    subjectBeforeOwnQuotation(scope, at, want);
  if (subject && subject !== addressee) return subject;
  const earlier = earlierSubjectPronoun(scope, at, want);
  if (earlier !== null) {
    const chained = resolveAt(scope, earlier, want, 1);
    if (chained && chained !== addressee) return chained;
  }
  const areas = regions(scope, at);
  const described = describedCreditBefore(scope, at, want, credited, areas[0]!);
  if (described && described !== addressee) return described;
  const named = nearestNamed(scope, at, want, addressee, areas);
  if (named) return named;
  // Nothing says anyone's gender (no cast, no titles): the last name credited in the pronoun's own
  // paragraph, if it is not known to be of the other gender, as a reader would take it.
  const own = areas[0]!;
  for (let k = credited.length - 1; k >= 0; k--) {
    const c = credited[k]!;
    if (c.at < own.start) break;
    if (isAuthorName(c.name, scope.ctx)) continue;
    const g = genderOf(c.name, scope.ctx);
    if (g === want || (g === null && noCast)) return c.name;
  }
  return null;
}

/**
 * "These lines were uttered by the old woman: “…” She then adds, “…”": the last credit in the
 * pronoun's paragraph is a person described ("the old woman", "her mother"), of the pronoun's gender
 * by its noun (or of none, "the harlequin"), and nobody of that gender (of any, for a noun of none)
 * is named after it: the pronoun goes on with that person
 * (probe round AF63: read as Mrs. Sparsit, named further back, and supported for her).
 */
function describedCreditBefore(
  scope: PronounScope,
  at: number,
  want: Gender,
  credited: readonly { name: string; at: number }[],
  own: Span,
): string | null {
  const last = credited[credited.length - 1];
  if (!last || last.at < own.start || last.at >= at || !isDescription(last.name)) return null;
  const words = last.name.toLowerCase().split(/\s+/);
  if (!/^(?:the|his|her|their|an?)$/.test(words[0]!)) return null;
  // (a noun of no gender, "the harlequin", only with nobody at all named after it: probe round AF125,
  // "He also says" went to Kurtz, named further back)
  const gender = GENDERED_NOUNS.get(words[words.length - 1]!);
  if (gender !== undefined && gender !== want) return null;
  const after = peopleIn(scope, last.at + last.name.length, at);
  if (gender === undefined) return after.length > 0 ? null : last.name;
  return after.some((p) => genderOf(p.name, scope.ctx) === want) ? null : last.name;
}
